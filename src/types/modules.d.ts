// Type declarations for packages that ship none.
// Eleventy 3 ships no type declarations; these cover what this project uses.
declare module "@11ty/eleventy" {
  export const I18nPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    logger: { overrideLogger(logger: Record<"log" | "info" | "warn" | "error", (...args: unknown[]) => void>): void };
  }
}

// subset-font ships no type declarations.
declare module "subset-font" {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: "woff2" | "woff" | "sfnt" },
  ): Promise<Uint8Array>;
}
