/** The @font-face rules the site and the print pages use (src/site/fonts.ts). */
import { describe, expect, it } from "vitest";
import { collectFonts, FONT_FAMILIES } from "../../src/site/fonts.ts";
import { localesOf } from "../../src/locales.ts";
const locales = localesOf();

const locale = (code: string) => locales.find((l) => l.code === code)!;

describe("fonts", () => {
  it("sets Arabic in Amiri, the family whose PDF text layer reads back (docs/accessibility.md)", async () => {
    expect(locale("ar").fonts[0]).toBe("Amiri");
    const { css, files } = await collectFonts([locale("ar")]);
    expect([...files.values()]).toEqual(
      expect.arrayContaining(["amiri-arabic-400-normal.woff2", "amiri-arabic-700-normal.woff2"]),
    );
    expect(css).toContain('font-family:"Amiri"');
    // Amiri's letters are smaller than its neighbours' at the same size.
    expect(css).toMatch(/font-family:"Amiri";[^}]*size-adjust:115%/);
  });

  it("declares the latin-ext subset after latin, so Chromium's PDFs keep letters like ū whole", async () => {
    const { css } = await collectFonts([locale("lt")]);
    for (const weight of [400, 700]) {
      const latin = css.indexOf(`noto-sans-latin-${weight}-normal.woff2`);
      const ext = css.indexOf(`noto-sans-latin-ext-${weight}-normal.woff2`);
      expect(latin).toBeGreaterThan(-1);
      expect(ext).toBeGreaterThan(latin);
    }
  });

  it("has a package for every family a locale names", () => {
    for (const l of locales)
      for (const family of l.fonts) expect(FONT_FAMILIES[family], `${l.code}: ${family}`).toBeDefined();
  });
});

describe("fontsForScript (a new locale's fonts, from the families the site publishes)", () => {
  it("names the family that covers the script, then Noto Sans; nothing for a script no family covers", async () => {
    const { fontsForScript } = await import("../../src/site/fonts.ts");
    expect(fontsForScript("Arab")).toEqual(["Amiri", "Noto Sans"]);
    expect(fontsForScript("Ethi")).toEqual(["Noto Sans Ethiopic", "Noto Sans"]);
    expect(fontsForScript("Cyrl")).toEqual(["Noto Sans"]);
    expect(fontsForScript("Thai")).toBeUndefined();
  });
});
