import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { HANDBOOK_FILE } from "../content/load-handbook.ts";
import { brandPairings, contrastRatio, MIN_CONTRAST } from "../model/brand.ts";

/**
 * `handbook-brand`: every brand colour in handbook.yaml must reach WCAG AA
 * (4.5:1) against what it is printed with — white cover text and links on
 * white for the primary colour, the white emergency bar text for the alarm
 * colour, the dark page for the dark variants. A pale colour would make the
 * cover and the emergency numbers hard to read, so it stops the build.
 */
export function checkHandbookBrand(ctx: CheckContext): Issue[] {
  const meta = ctx.handbook.meta;
  if (!meta) return [];
  const lineOf = ctx.handbook.metaLineOf ?? (() => 1);
  return brandPairings(meta.brand)
    .map((p) => ({ ...p, ratio: contrastRatio(p.colour, p.against) }))
    .filter((p) => p.ratio < MIN_CONTRAST)
    .map((p) =>
      issue({
        code: "handbook-brand",
        file: HANDBOOK_FILE,
        // Without the field (a default), the nearest written parent: brand, or line 1.
        line: lineOf(p.path),
        message: `The colour ${p.path.join(".")} (${p.colour}) has a contrast of ${p.ratio.toFixed(2)}:1 with ${p.against}, too little for ${p.where}.`,
        expected: `at least ${MIN_CONTRAST}:1 against ${p.against}`,
        found: `${p.ratio.toFixed(2)}:1`,
        fix:
          p.against === "#ffffff"
            ? `Choose a darker shade of ${p.colour} for ${p.path.join(".")} (a contrast checker shows when it reaches ${MIN_CONTRAST}:1 with white).`
            : `Choose a lighter shade of ${p.colour} for ${p.path.join(".")} (a contrast checker shows when it reaches ${MIN_CONTRAST}:1 with ${p.against}).`,
      }),
    );
}
