/**
 * Saddle-stitch imposition: the order in which pages go on folded sheets.
 * `pages` must be a multiple of 4. Each sheet has a front and a back side,
 * each with a left and a right page (1-based page numbers). A right-to-left
 * booklet binds on the right, so every side is mirrored.
 * Input: (8, "ltr") → Output: [[8, 1], [2, 7], [6, 3], [4, 5]].
 */
export function saddleStitchOrder(pages: number, dir: "ltr" | "rtl" = "ltr"): [number, number][] {
  if (pages % 4 !== 0 || pages <= 0)
    throw new Error(`A saddle-stitched booklet needs a multiple of 4 pages, not ${pages}.`);
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

/**
 * How many lined "Notes" pages the print page has before the back cover
 * (templates/pages/print.ts). With 3, any page count can be made a multiple of 4.
 */
export const NOTES_PAGES = 3;

/**
 * Runs in the print page once Paged.js has laid it out: removes as many of the
 * lined "Notes" pages ([data-fill="notes"], each one page) as needed to make the
 * page count a multiple of 4, so the booklet needs no blank pages, and puts the
 * printing instructions on the last page to fill in. The notes pages come just
 * before the back cover, which has no page number, so no number printed on an
 * earlier page changes. Returns the new page count.
 * (No named inner functions: this is serialised into the browser.)
 */
export function trimNotesPages(): number {
  const all = Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));
  const notes = all.filter((p) => p.querySelector('[data-fill="notes"]') !== null);
  const surplus = Math.min(all.length % 4, notes.length);
  for (const page of notes.slice(notes.length - surplus)) page.remove();
  const left = Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));
  const fills = Array.from(document.querySelectorAll(".pagedjs_pages .fill-page"));
  fills.forEach((f, i) => f.classList.toggle("last-inside", i === fills.length - 1));
  // Keep left/right (margins, page-number side) in step with the pages' new places.
  left.forEach((p, i) => {
    const right = i % 2 === 0;
    p.classList.toggle("pagedjs_right_page", right);
    p.classList.toggle("pagedjs_left_page", !right);
    p.setAttribute("data-page-number", String(i + 1));
  });
  return left.length;
}
