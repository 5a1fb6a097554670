import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/content/front-matter.ts";

describe("splitFrontMatter", () => {
  it("splits YAML and body and gives the body's first line", () => {
    const r = splitFrontMatter("---\nid: a\ntitle: T\n---\nBody\n");
    expect(r).toEqual({ ok: true, file: { yaml: "id: a\ntitle: T\n", yamlLine: 2, body: "Body\n", bodyLine: 5 } });
  });

  it("reads files with a byte-order mark and CRLF line endings like any other", () => {
    const r = splitFrontMatter("\uFEFF---\r\nid: a\r\n---\r\nBody\r\n");
    expect(r).toEqual({ ok: true, file: { yaml: "id: a\n", yamlLine: 2, body: "Body\n", bodyLine: 4 } });
  });

  it.each([
    ["", "the file is empty"],
    ["Just text", "does not start with a front matter block"],
    ["---\nid: a\nno closing line", "not closed"],
  ])("explains what is wrong with %j", (text, message) => {
    const r = splitFrontMatter(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});
