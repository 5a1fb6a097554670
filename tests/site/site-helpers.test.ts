/** Small pure helpers of the site: contact groups, quotation marks, the _headers file. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { contactGroupOf, groupContacts } from "../../src/site/contact-groups.ts";
import { quotesFor } from "../../src/site/quotes.ts";
import { renderHeadersFile } from "../../src/site/headers-file.ts";
import { createMarkdown } from "../../src/markdown/create-markdown.ts";
import { repoRoot } from "../helpers/cli.ts";

/** The real handbook's groups, as handbook.yaml lists them. */
const GROUPS = (
  parse(readFileSync(path.join(repoRoot, "translations/handbook.yaml"), "utf8")) as {
    contactGroups: { id: string; contacts: string[] }[];
  }
).contactGroups;

describe("contact groups", () => {
  it("places a contact by its id or id prefix, and an unknown one under other", () => {
    expect(contactGroupOf("police", GROUPS)).toBe("emergency");
    expect(contactGroupOf("helsenorge-exemption-card", GROUPS)).toBe("health");
    expect(contactGroupOf("nav-phone", GROUPS)).toBe("nav");
    expect(contactGroupOf("tff", GROUPS)).toBe("compensation");
    expect(contactGroupOf("personskadeforbundet-email", GROUPS)).toBe("publisher");
    expect(contactGroupOf("navigator", GROUPS)).toBe("other");
  });

  it("keeps the contacts' order inside each group and leaves empty groups out", () => {
    expect(groupContacts([{ id: "npe" }, { id: "fire" }, { id: "police" }], GROUPS)).toEqual([
      { id: "emergency", items: [{ id: "fire" }, { id: "police" }] },
      { id: "compensation", items: [{ id: "npe" }] },
    ]);
  });

  it("puts every contact of contacts.yaml in a named group (none in other)", async () => {
    const list = parse(await readFile(path.join(repoRoot, "translations/contacts.yaml"), "utf8")) as { id: string }[];
    const contacts = Array.isArray(list) ? list : (Object.values(list).find(Array.isArray) as { id: string }[]);
    expect(contacts.length).toBeGreaterThan(15);
    expect(contacts.filter((c) => contactGroupOf(c.id, GROUPS) === "other").map((c) => c.id)).toEqual([]);
  });
});

describe("quotation marks", () => {
  it("uses each language's own, and English's for one not listed", () => {
    expect(quotesFor("en")).toEqual(["“", "”", "‘", "’"]);
    expect(quotesFor("nb")).toEqual(["«", "»", "‘", "’"]);
    expect(quotesFor("nb-x-easy")).toEqual(quotesFor("nb"));
    expect(quotesFor("xx")).toEqual(quotesFor("en"));
  });

  it("turns straight quotes into the language's and leaves dashes, (c) and contacts alone", () => {
    const md = createMarkdown(new Map(), { quotes: quotesFor("nb") });
    expect(md.renderInline('Velg "Bytte fastlege" -- (c) 08:00-15:30')).toBe(
      "Velg «Bytte fastlege» -- (c) 08:00-15:30",
    );
    expect(createMarkdown(new Map()).renderInline('"x"')).toBe("&quot;x&quot;");
  });
});

describe("_headers", () => {
  it("sends the pages' policy as a header, with frame-ancestors, and caching per kind of file", () => {
    const text = renderHeadersFile("default-src 'none'");
    expect(text).toContain("/*\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n");
    expect(text).toMatch(/\/pdf\/\*\n  Cache-Control: public, max-age=86400/);
    expect(text).toMatch(/\/fonts\/\*\n  Cache-Control: public, max-age=604800/);
  });
});
