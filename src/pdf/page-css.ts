import type { PageGeometry } from "./page-geometry.ts";

/**
 * The @page rules of one brochure: size with bleed, margins wider on the
 * binding side, page numbers on the outer edge, the current part as running
 * header, and the draft mark. Right-to-left brochures bind on the right, so
 * inner and outer edges swap. Paged.js numbers odd pages as :right. The
 * cover's bleed is var(--brand): handbook.yaml's colour, from the stylesheets
 * the print page loads (src/model/brand.ts).
 */
export function pageCss(g: PageGeometry, dir: "ltr" | "rtl", draft: boolean): string {
  // A5: a 120 × 183 mm text area, near what A5 booklets use; the inner margin is wider
  // for the fold, the bottom one holds the page number and the draft mark.
  const inner = g.size === "A5" ? 15 : 22;
  const outer = g.size === "A5" ? 13 : 18;
  const [top, bottom] = g.size === "A5" ? [13, 14] : [18, 20];
  const [oddNumberBox, evenNumberBox] =
    dir === "rtl" ? ["bottom-left", "bottom-right"] : ["bottom-right", "bottom-left"];
  const [oddLeft, oddRight] = dir === "rtl" ? [outer, inner] : [inner, outer];
  const marginText = "font-size: 9pt; color: #1a1a1a;";
  return `
@page {
  size: ${g.width}mm ${g.height}mm;
  bleed: ${g.bleed}mm;
  margin-top: ${top}mm;
  margin-bottom: ${bottom}mm;
  @top-center { content: string(part, first-except); ${marginText} }
  ${draft ? `@bottom-center { content: string(draftmark); font-size: 8pt; color: #8a6d00; font-weight: 700; }` : ""}
}
@page :right {
  margin-left: ${oddLeft}mm;
  margin-right: ${oddRight}mm;
  @${oddNumberBox} { content: counter(page); ${marginText} }
}
@page :left {
  margin-left: ${oddRight}mm;
  margin-right: ${oddLeft}mm;
  @${evenNumberBox} { content: counter(page); ${marginText} }
}
@page :first {
  margin: 0;
  background: var(--brand);
  @top-center { content: none; }
  @bottom-center { content: none; }
  @${oddNumberBox} { content: none; }
  @${evenNumberBox} { content: none; }
}
@page back {
  @top-center { content: none; }
  @${oddNumberBox} { content: none; }
  @${evenNumberBox} { content: none; }
}
@page :blank {
  @top-center { content: none; }
}
`;
}
