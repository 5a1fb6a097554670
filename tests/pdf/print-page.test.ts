/**
 * The print page's HTML helpers (templates/pages/print.ts): what Paged.js is given to keep
 * together, and the terms it must not break.
 */
import { describe, expect, it } from "vitest";
import {
  keepLatinTermsWhole,
  keepTermsWhole,
  keepTogether,
  sectionStart,
} from "../../templates/pages/print-keep-whole.ts";

describe("keepLatinTermsWhole", () => {
  it("isolates an all-Latin hyphenated term left to right and only keeps a mixed-script one unbroken", () => {
    expect(keepLatinTermsWhole("<p>رقم D-nummer هنا</p>")).toBe(
      '<p>رقم <span class="latin-term" dir="ltr">D-nummer</span> هنا</p>',
    );
    expect(keepLatinTermsWhole("<p>ናይ D-ቁጽሪ</p>")).toBe('<p>ናይ <span class="latin-term">D-ቁጽሪ</span></p>');
  });

  it("leaves link text and tags alone", () => {
    const html = '<p><a href="https://www.nav.no/send-meldekort-aap/en">send-meldekort</a></p>';
    expect(keepLatinTermsWhole(html)).toBe(html);
  });
});

describe("keepTermsWhole", () => {
  it("escapes a label and keeps its hyphenated term whole", () => {
    expect(keepTermsWhole("ቁጽሪ <ውልቀ> ወይ D-ቁጽሪ").value).toBe('ቁጽሪ &lt;ውልቀ&gt; ወይ <span class="latin-term">D-ቁጽሪ</span>');
  });
});

describe("keepTogether", () => {
  it("groups a lead-in ending in a colon with its short list, and a sub-section heading with its short first block", () => {
    expect(keepTogether("<p>You need:</p>\n<ul><li>a</li><li>b</li></ul>")).toBe(
      '<div class="keep-together"><p>You need:</p>\n<ul><li>a</li><li>b</li></ul></div>',
    );
    expect(keepTogether("<h4>Who pays</h4>\n<p>NAV pays.</p>")).toBe(
      '<div class="keep-together"><h4>Who pays</h4>\n<p>NAV pays.</p></div>',
    );
  });

  it("leaves a heading before a long paragraph to break (Paged.js keeps its first lines with it)", () => {
    const html = `<h4>Who pays</h4>\n<p>${"word ".repeat(200)}</p>`;
    expect(keepTogether(html)).toBe(html);
  });
});

describe("sectionStart", () => {
  it("puts the section heading in one unbreakable block with the section's short first block", () => {
    expect(sectionStart('<h3 id="nav">NAV</h3>', "\n<p>NAV pays.</p>\n<p>More.</p>")).toBe(
      '<div class="keep-together"><h3 id="nav">NAV</h3>\n<p>NAV pays.</p></div>\n<p>More.</p>',
    );
  });

  it("leaves the heading on its own before a long first paragraph", () => {
    const body = `\n<p>${"word ".repeat(200)}</p>`;
    expect(sectionStart("<h3>NAV</h3>", body)).toBe(`<h3>NAV</h3>\n${body}`);
  });
});
