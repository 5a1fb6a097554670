import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/site/page-context.ts";
import type { SiteModel } from "../../src/site/site-model.ts";

const site = (siteUrl?: string) => ({ meta: { siteUrl } }) as unknown as SiteModel;

describe("absoluteUrl", () => {
  it("gives the same URL as the URL constructor, for plain and unusual paths", () => {
    for (const base of ["https://handbook.example.org", "https://example.org/handbook/", "http://127.0.0.1:8080/x"]) {
      const s = site(base);
      for (const p of [
        "/",
        "/nb/",
        "/nb/sick-pay/",
        "/sitemap-nb.xml",
        "/a b/",
        "/ø/",
        "//evil.example/",
        "relative/",
        "/x?y=1#z",
      ]) {
        expect(absoluteUrl(s, p), `${base} ${p}`).toBe(new URL(p, base).href);
      }
    }
  });

  it("leaves the path as it is when no site URL is configured", () => {
    expect(absoluteUrl(site(), "/nb/sick-pay/")).toBe("/nb/sick-pay/");
  });
});
