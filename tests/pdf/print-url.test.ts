import { describe, expect, it } from "vitest";
import { printedUrl, shortenPrintedUrls, PRINT_URL_MAX } from "../../src/pdf/print-url.ts";

describe("printedUrl", () => {
  it("prints a long address as its host and /…", () => {
    expect(printedUrl("nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering")).toBe("nkom.no/…");
    expect(
      printedUrl("www.helsenorge.no/en/payment-for-health-services/exemption-card-for-public-health-services"),
    ).toBe("www.helsenorge.no/…");
  });

  it("leaves short addresses, phone numbers and plain text as they are", () => {
    expect(printedUrl("www.nav.no/send-meldekort-aap/en")).toBe("www.nav.no/send-meldekort-aap/en");
    expect(printedUrl("+47 55 55 33 33")).toBe("+47 55 55 33 33");
    const sentence = "a sentence that is longer than the limit but has no address in it";
    expect(sentence.length).toBeGreaterThan(PRINT_URL_MAX);
    expect(printedUrl(sentence)).toBe(sentence);
  });
});

describe("shortenPrintedUrls", () => {
  it("shortens the text of a link showing a long address and keeps its full href", () => {
    const href = "https://nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering";
    const link = `<a class="contact" href="${href}" dir="ltr">nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering</a>`;
    expect(shortenPrintedUrls(`<p>See ${link}.</p>`)).toBe(
      `<p>See <a class="contact" href="${href}" dir="ltr">nkom.no/…</a>.</p>`,
    );
  });

  it("leaves phone links, short addresses and link text that is not an address alone", () => {
    const html =
      '<a href="tel:+4755553333">+47 55 55 33 33</a> <a href="https://www.nav.no/en">www.nav.no/en</a> <a href="https://www.regjeringen.no/no/aktuelt/id2928797/">the new law on compensation for victims of violence</a>';
    expect(shortenPrintedUrls(html)).toBe(html);
  });
});
