/** Trim sizes the brochure can be made in (ISO 216, the Norwegian standard). */
export const PAGE_SIZES = {
  A5: { width: 148, height: 210 },
  A4: { width: 210, height: 297 },
} as const;
export type PageSizeName = keyof typeof PAGE_SIZES;

/** Print-shop bleed on every edge, in millimetres (what Norwegian printers ask for). */
export const BLEED_MM = 3;

/** PDF points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

export interface PageGeometry {
  size: PageSizeName;
  /** Trimmed page, in mm. */
  width: number;
  height: number;
  bleed: number;
}

export function pageGeometry(size: PageSizeName): PageGeometry {
  return { size, ...PAGE_SIZES[size], bleed: BLEED_MM };
}

/** The sheet two trimmed pages are imposed on: A5 pages on A4 landscape, A4 pages on A3 landscape. */
export function bookletSheet(g: PageGeometry): { width: number; height: number; name: string } {
  return g.size === "A5"
    ? { width: 297, height: 210, name: "A4 landscape" }
    : { width: 420, height: 297, name: "A3 landscape" };
}
