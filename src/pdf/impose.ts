/**
 * Saddle-stitch imposition: the order in which pages go on folded sheets.
 * `pages` must be a multiple of 4. Each sheet has a front and a back side,
 * each with a left and a right page (1-based page numbers). A right-to-left
 * booklet binds on the right, so every side is mirrored.
 * Input: (8, "ltr") → Output: [[8, 1], [2, 7], [6, 3], [4, 5]].
 */
export function saddleStitchOrder(pages: number, dir: "ltr" | "rtl" = "ltr"): [number, number][] {
  if (pages % 4 !== 0 || pages <= 0) throw new Error(`A saddle-stitched booklet needs a multiple of 4 pages, not ${pages}.`);
  const sides: [number, number][] = [];
  for (let sheet = 0; sheet < pages / 4; sheet++) {
    const front: [number, number] = [pages - 2 * sheet, 2 * sheet + 1];
    const back: [number, number] = [2 * sheet + 2, pages - 2 * sheet - 1];
    sides.push(front, back);
  }
  return dir === "rtl" ? sides.map(([l, r]) => [r, l]) : sides;
}

/**
 * Where blank pages go so that a booklet has a multiple of 4 pages: before
 * the last page, so the back cover stays on the back.
 * Input: 5 → Output: [1, 2, 3, 4, null, null, null, 5] (null is a blank page).
 */
export function paddedPageOrder(pages: number): (number | null)[] {
  const total = Math.ceil(pages / 4) * 4;
  const order: (number | null)[] = [];
  for (let p = 1; p < pages; p++) order.push(p);
  for (let i = pages; i < total; i++) order.push(null);
  order.push(pages);
  return order;
}
