/**
 * The emergency poster for waiting rooms: one page per paper size, every
 * published language on it. Shared by the site (the poster pages), the PDF
 * stage and the verify stage.
 */
export const POSTER_SIZES = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
} as const;
export type PosterSize = keyof typeof POSTER_SIZES;
export const POSTER_SIZE_NAMES = Object.keys(POSTER_SIZES) as PosterSize[];

/** The folder under dist/pdf/ that holds the posters. */
export const POSTER_DIR = "poster";

/** dist/pdf/poster/emergency-numbers-a4.pdf */
export function posterFileName(size: PosterSize): string {
  return `emergency-numbers-${size.toLowerCase()}.pdf`;
}

/** The site page the poster is printed from: /poster/emergency-numbers-a4/. */
export function posterPageUrl(size: PosterSize): string {
  return `/poster/emergency-numbers-${size.toLowerCase()}/`;
}
