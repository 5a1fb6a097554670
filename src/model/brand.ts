import { z } from "zod";

/**
 * A colour in handbook.yaml: "#rrggbb" or "#rgb", always quoted (unquoted, YAML
 * reads everything after # as a comment). Kept as lower-case #rrggbb so the
 * stylesheets and the contrast check see one spelling.
 */
export const HexColour = z
  .string({ error: 'must be a colour in quotes, e.g. "#0b5c8a" (without quotes YAML reads # as a comment)' })
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { message: 'must be a colour as # and six hex digits, e.g. "#0b5c8a"' })
  .transform((c) => (c.length === 4 ? `#${[...c.slice(1)].map((d) => d + d).join("")}` : c).toLowerCase());

/** The Norwegian handbook's colours: the defaults, and the colour templates/assets/favicon.svg is drawn in. */
export const DEFAULT_BRAND = {
  primary: "#0b5c8a",
  alarm: "#a4161a",
  dark: { primary: "#8ccbf7", alarm: "#ff9b9b", alarmBar: "#8f1216" },
} as const;

/**
 * The handbook's colours (handbook.yaml `brand`). Every default is the colour
 * the Norwegian handbook has always had, so leaving `brand` out changes nothing.
 */
export const Brand = z
  .strictObject({
    /** Cover background, headings and links: white text sits on it, and it sits on white as link text. */
    primary: HexColour.default(DEFAULT_BRAND.primary),
    /** The emergency bar, the emergency numbers and their borders: white text on it, it as text on white. */
    alarm: HexColour.default(DEFAULT_BRAND.alarm),
    /** The same roles on the site's dark background (prefers-color-scheme: dark); print never uses them. */
    dark: z
      .strictObject({
        /** Links, headings and accents as light text on the dark page. */
        primary: HexColour.default(DEFAULT_BRAND.dark.primary),
        /** Emergency numbers and their borders as light text on the dark page. */
        alarm: HexColour.default(DEFAULT_BRAND.dark.alarm),
        /** The emergency bar's background under white text. */
        alarmBar: HexColour.default(DEFAULT_BRAND.dark.alarmBar),
      })
      .prefault({}),
  })
  .prefault({});
export type Brand = z.infer<typeof Brand>;

/** The site's dark-mode page background (templates/css/site.css, --bg under prefers-color-scheme: dark). */
export const DARK_BACKGROUND = "#121417";
/** WCAG AA for normal text: what every brand pairing must reach. */
export const MIN_CONTRAST = 4.5;

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21; the order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** One pairing a brand colour must pass: the colour, what it is paired with, and where a reader meets the pair. */
export interface BrandPairing {
  path: readonly ["brand", ...string[]];
  colour: string;
  against: string;
  where: string;
}

/** Every pairing of a brand colour that a page or a PDF prints (contrast is symmetric: one line covers both ways). */
export function brandPairings(brand: Brand): BrandPairing[] {
  return [
    {
      path: ["brand", "primary"],
      colour: brand.primary,
      against: "#ffffff",
      where: "white text on the cover and links on a white page",
    },
    {
      path: ["brand", "alarm"],
      colour: brand.alarm,
      against: "#ffffff",
      where: "white text on the emergency bar and emergency numbers on white",
    },
    {
      path: ["brand", "dark", "primary"],
      colour: brand.dark.primary,
      against: DARK_BACKGROUND,
      where: "links and headings on the dark page",
    },
    {
      path: ["brand", "dark", "alarm"],
      colour: brand.dark.alarm,
      against: DARK_BACKGROUND,
      where: "emergency numbers on the dark page",
    },
    {
      path: ["brand", "dark", "alarmBar"],
      colour: brand.dark.alarmBar,
      against: "#ffffff",
      where: "white text on the emergency bar in dark mode",
    },
  ];
}

/**
 * The custom properties the stylesheets read (var(--brand), var(--alarm),
 * var(--alarm-bar)): written in front of site.css, brochure.css and poster.css
 * when they are served, so a page needs no inline style (the CSP forbids it)
 * and the PDF cache, which hashes every stylesheet the print page loads, sees a
 * colour change. `dark` adds the dark palette (only the site's stylesheet has one).
 */
export function brandCss(brand: Brand, { dark }: { dark: boolean }): string {
  const vars = (primary: string, alarm: string, bar: string, indent: string) =>
    [`--brand: ${primary};`, `--alarm: ${alarm};`, `--alarm-bar: ${bar};`].map((v) => `${indent}${v}\n`).join("");
  const light = `:root {\n${vars(brand.primary, brand.alarm, brand.alarm, "  ")}}\n`;
  const night = dark
    ? `@media screen and (prefers-color-scheme: dark) {\n  :root {\n${vars(brand.dark.primary, brand.dark.alarm, brand.dark.alarmBar, "    ")}  }\n}\n`
    : "";
  return `/* Brand colours from handbook.yaml (src/model/brand.ts). */\n${light}${night}`;
}
