import { describe, expect, it } from "vitest";
import { characterIssues, describeCharacter } from "../../src/content/forbidden-characters.ts";
import { identifyLanguage, francCodeOf } from "../../src/content/language-id.ts";

const at = { file: "translations/nb/a.md", locale: "nb" };

describe("characterIssues", () => {
  it("reports bidirectional controls, control characters and NUL with line and column", () => {
    const issues = characterIssues("ok\nRing \u202E113\nA\u0000B\u001B", at);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["forbidden-character", 2, 6],
      ["forbidden-character", 3, 2],
      ["forbidden-character", 3, 4],
    ]);
    expect(issues[0]!.found).toBe("U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control)");
  });

  it("reports a byte-order mark inside the text and the blank Hangul filler letters", () => {
    const issues = characterIssues("52\uFEFF uker\nslutt\u3164", at);
    expect(issues.map((i) => [i.line, i.column, i.found])).toEqual([
      [1, 3, "U+FEFF BYTE ORDER MARK (inside the text)"],
      [2, 6, "U+3164 HANGUL FILLER (a blank letter)"],
    ]);
  });

  it("allows the marks right-to-left text needs, tabs and line breaks", () => {
    expect(characterIssues("\u200Fنص\u200E\t113\r\n\u061C", at)).toEqual([]);
  });

  it("reports mojibake with the letter it probably was", () => {
    const [i] = characterIssues("høyst hÃ¸yst", at);
    expect(i).toMatchObject({ code: "mojibake", line: 1, column: 8, expected: "ø" });
    expect(characterIssues("Žmonės, gyvenantys Šiauliuose; Å være", at)).toEqual([]);
  });

  it("reports HTML character references the page would show as characters, and lets the harmless five through", () => {
    const issues = characterIssues("i høyst &#x202E;52 uker\nRing &#49;&#49;&#51; &nbsp;", at);
    expect(issues.map((i) => [i.code, i.line, i.column, i.found])).toEqual([
      ["character-reference", 1, 9, "&#x202E;"],
      ["character-reference", 2, 6, "&#49;"],
      ["character-reference", 2, 11, "&#49;"],
      ["character-reference", 2, 16, "&#51;"],
      ["character-reference", 2, 22, "&nbsp;"],
    ]);
    expect(issues[0]!.message).toContain("U+202E RIGHT-TO-LEFT OVERRIDE");
    expect(issues[1]!.message).toContain("U+0031 (1)");
    expect(issues[4]!.message).toContain("U+00A0 (an invisible or space character)");
    // Ampersands in ordinary text, words that are no reference, and &amp; &lt; &gt; &quot; &apos;.
    expect(
      characterIssues("NAV & Helfo; &foo; R&D &amp; &lt;b&gt; &quot;x&quot; &apos; avklarings&shy;penger", at),
    ).toEqual([]);
  });

  it("names the character", () => {
    expect(describeCharacter("\u2066")).toBe("U+2066 LEFT-TO-RIGHT ISOLATE (a bidirectional control)");
    expect(describeCharacter("\u0007")).toBe("U+0007 BELL (a control character)");
  });
});

describe("language identification", () => {
  const candidates = ["eng", "nob", "pol"];
  it("tells the handbook's languages apart and skips short texts", () => {
    expect(
      identifyLanguage(
        "Hvis du mister inntekt fordi du er syk eller skadet, kan du få sykepenger. Først er det arbeidsgiveren din som betaler, og senere NAV. Du trenger ikke å søke om dette selv.",
        candidates,
      ),
    ).toBe("nob");
    expect(
      identifyLanguage(
        "If you lose income because you are ill or injured, you may get sick pay. First your employer pays it, and later NAV pays. You do not have to apply for this yourself.",
        candidates,
      ),
    ).toBe("eng");
    expect(identifyLanguage("Kort tekst.", candidates)).toBeUndefined();
  });
  it("maps locale codes to franc's", () => {
    expect(francCodeOf("nb")).toBe("nob");
    expect(francCodeOf("pt-BR")).toBe("por");
    expect(francCodeOf("x-bench")).toBeUndefined();
  });
});
