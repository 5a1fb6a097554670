import { describe, expect, it } from "vitest";
import { checkMarkup } from "../../src/checks/check-markup.ts";
import { checkLayoutRisks } from "../../src/checks/check-layout-risks.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd } from "../helpers/handbook.ts";

const ctx = (body: string) =>
  createCheckContext(makeHandbook({ sections: { en: { a: sourceMd("a", body) } } }).handbook);

describe("checkMarkup", () => {
  it("accepts plain Markdown with contacts", () => {
    expect(checkMarkup(ctx("## Heading\n\nText with **bold** and :contact[nav].\n"))).toEqual([]);
  });

  it("warns about raw HTML at its position", () => {
    expect(checkMarkup(ctx("Text\n<script>alert(1)</script>"))).toMatchObject([
      { code: "raw-html", severity: "warning", line: 11, column: 1 },
      { code: "raw-html", severity: "warning", line: 11, column: 17 },
    ]);
  });

  it("reports struck-through text at its position, and leaves single tildes alone", () => {
    expect(checkMarkup(ctx("Du kan ~~ikke~~ ringe.\nOg ~~x~~."))).toMatchObject([
      { code: "struck-text", line: 10, column: 8, found: "~~ikke~~" },
      { code: "struck-text", line: 11, column: 4, found: "~~x~~" },
    ]);
    expect(checkMarkup(ctx("About ~5 days, ~ 10 km, a~b, and ~~ alone."))).toEqual([]);
    // Across one line break of a paragraph, and with a single tilde inside.
    expect(checkMarkup(ctx("Du kan ~~ikke\nringe~~ og ~~ca ~5~~ dager.")).map((i) => i.found)).toEqual([
      "~~ikke\nringe~~",
      "~~ca ~5~~",
    ]);
  });

  it("refuses javascript:, data: and vbscript: links", () => {
    const codes = checkMarkup(ctx("[a](javascript:alert(1)) [b](data:text/html,x) [c](VBScript:x)")).map((i) => i.code);
    expect(codes).toEqual(["unsafe-link", "unsafe-link", "unsafe-link"]);
  });

  it("refuses images from other hosts", () => {
    expect(checkMarkup(ctx("![logo](https://example.org/logo.png)"))).toMatchObject([
      { code: "external-resource", severity: "error" },
    ]);
  });
});

describe("checkLayoutRisks", () => {
  it("warns about a word longer than a printed line", () => {
    expect(checkLayoutRisks(ctx(`Short words, then ${"x".repeat(60)}.`))).toMatchObject([
      { code: "long-word", column: 19 },
    ]);
  });

  it("does not count long Norwegian compounds that fit, or contact directives", () => {
    expect(checkLayoutRisks(ctx("arbeidsavklaringspenger :contact[personskadeforbundet-lawyer-form]"))).toEqual([]);
  });

  it("warns once about lists nested deeper than three levels", () => {
    const deep = Array.from({ length: 6 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n");
    expect(checkLayoutRisks(ctx(deep))).toMatchObject([{ code: "deep-nesting", line: 13 }]);
  });
});
