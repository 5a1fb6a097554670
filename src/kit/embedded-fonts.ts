import { readFile } from "node:fs/promises";
import type { Locale } from "../model/locale.ts";
import { collectFonts } from "../site/fonts.ts";

/**
 * @font-face rules for a locale's own fonts, with the font files inside them
 * (data: URLs), for the kit's pages, which open from a folder and may make no
 * request. Only families of scripts a computer may lack (Arabic, Ethiopic):
 * text in Latin and Cyrillic falls back to the system's sans-serif, which
 * every computer has, and leaving Noto Sans out keeps the pages small.
 * Input: Tigrinya → two rules for "Noto Sans Ethiopic" (400, 700); Polish → "".
 */
export async function embeddedFontCss(locale: Locale): Promise<string> {
  const families = locale.fonts.filter((f) => f !== "Noto Sans");
  if (!families.length) return "";
  const fonts = await collectFonts([{ ...locale, fonts: families }]);
  const byName = new Map([...fonts.files].map(([file, name]) => [name, file]));
  let css = fonts.css;
  for (const [name, file] of byName) {
    const data = (await readFile(file)).toString("base64");
    css = css.split(`url(/fonts/${name})`).join(`url(data:font/woff2;base64,${data})`);
  }
  return css;
}
