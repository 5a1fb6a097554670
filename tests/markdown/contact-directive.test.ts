import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/create-markdown.ts";
import { CONTACTS } from "../helpers/handbook.ts";

const md = createMarkdown(new Map(CONTACTS.map((c) => [c.id, c])));

describe(":contact[id] in markdown-it", () => {
  it("renders a phone number's display form with a tel: link in E.164", () => {
    expect(md.renderInline("Call :contact[nav-phone].")).toBe(
      'Call <a class="contact contact-phone" data-contact="nav-phone" href="tel:+4755553333" dir="ltr">+47 55 55 33 33</a>.',
    );
  });

  it("renders a short number without +47", () => {
    expect(md.renderInline(":contact[out-of-hours]")).toContain('href="tel:116117" dir="ltr">116 117</a>');
  });

  it("renders a web contact as a link without the scheme in its text", () => {
    expect(md.renderInline(":contact[nav]")).toContain('href="https://www.nav.no/en" dir="ltr">www.nav.no/en</a>');
  });

  it("marks an unknown id visibly instead of dropping it", () => {
    expect(md.renderInline(":contact[nope]")).toBe('<mark class="contact contact-unknown">:contact[nope]</mark>');
  });

  it("leaves raw HTML and javascript: links inert", () => {
    const html = md.render("<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))");
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain("&lt;script&gt;");
  });
});
