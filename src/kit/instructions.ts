import { html, raw, type SafeHtml } from "../site/html.ts";
import { fontStackRules } from "../site/fonts.ts";
import type { SiteLocale } from "../site/site-model.ts";
import { OFFLINE_CSP } from "./self-contained.ts";

/** The kit's file names, shown in the instruction next to what each is for. */
export interface KitFileNames {
  xliff20: string;
  xliff12: string;
  /** Undefined when the kit has no PDF (an unpublished locale). */
  pdf?: string;
  review: string;
}

// One page, printable, readable in any browser: system fonts (the page makes no requests), the language's own direction.
const CSS = `
body { font-family: system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif; font-size: 1.05rem; line-height: 1.5; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; margin-block-end: 0.5rem; }
h2 { font-size: 1.2rem; margin-block: 1.5rem 0.5rem; }
code { font-family: ui-monospace, monospace; font-size: 0.95em; background: #f1f1f1; padding: 0 0.2em; unicode-bidi: isolate; direction: ltr; }
dt { font-weight: 700; margin-block-start: 0.5rem; }
dd { margin-inline-start: 1.5rem; }
.draft { padding: 0.75rem 1rem; background: #fff8e1; border-inline-start: 4px solid #a07800; }
@media print { body { margin: 0; font-size: 10.5pt; } }
`;

/**
 * The kit's one-page instruction, in the translator's language (the kit.*
 * strings of its ui.yaml): what each file is for, the three steps, what the
 * import checks, and that the translation stays a draft until a qualified
 * reviewer has checked it. File names are shown as they are, left to right.
 * `fontCss` holds @font-face rules for the language's script (embeddedFontCss).
 */
export function renderKitInstructions(loc: SiteLocale, files: KitFileNames, fontCss = ""): string {
  const { t, locale } = loc;
  const name = (file: string): SafeHtml => html`<code dir="ltr">${file}</code>`;
  return html`<!doctype html>
<html lang="${locale.code}" dir="${locale.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">
<title>${t("kit.title", { language: locale.nativeName })}</title>
<style>${raw(fontCss)}${raw(CSS)}${raw(fontStackRules([loc.locale]))}</style>
</head>
<body>
<main>
<h1>${t("kit.title", { language: locale.nativeName })}</h1>
<p>${t("kit.intro", { language: locale.nativeName })}</p>
<h2>${t("kit.contentsHeading")}</h2>
<dl>
<dt>${name(files.xliff20)}, ${name(files.xliff12)}</dt><dd>${t("kit.xliff")}</dd>
${files.pdf ? html`<dt>${name(files.pdf)}</dt><dd>${t("kit.pdf")}</dd>` : ""}
<dt>${name(files.review)}</dt><dd>${t("kit.review")}</dd>
</dl>
<h2>${t("kit.stepsHeading")}</h2>
<ol>
<li>${t("kit.open")}</li>
<li>${t("kit.translate")}</li>
<li>${t("kit.send")}</li>
</ol>
<h2>${t("kit.rulesHeading")}</h2>
<ul>
<li>${t("kit.codes")}</li>
<li>${t("kit.figures")}</li>
<li>${t("kit.blocks")}</li>
<li>${t("kit.terms")}</li>
</ul>
<p class="draft">${t("kit.draft")}</p>
</main>
</body>
</html>
`.value;
}
