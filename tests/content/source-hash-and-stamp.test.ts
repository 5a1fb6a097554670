import { describe, expect, it } from "vitest";
import { sourceHash } from "../../src/content/source-hash.ts";
import { stampSourceHash } from "../../src/content/stamp-translation.ts";

describe("sourceHash", () => {
  it("is 12 hex digits and changes when the title or body changes", () => {
    const h = sourceHash("Title", "Body");
    expect(h).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash("Title!", "Body")).not.toBe(h);
    expect(sourceHash("Title", "Body.")).not.toBe(h);
  });

  it("ignores trailing white space and blank lines at the ends", () => {
    expect(sourceHash("Title", "Body  \n\n")).toBe(sourceHash("Title", "Body"));
  });
});

describe("stampSourceHash", () => {
  it("changes only the sourceHash line", () => {
    expect(stampSourceHash("---\nid: a\nsourceHash: pending\ntitle: T\n---\nBody", "0123456789ab")).toBe(
      "---\nid: a\nsourceHash: 0123456789ab\ntitle: T\n---\nBody",
    );
  });

  it("adds the line when it is missing and keeps CRLF files CRLF", () => {
    expect(stampSourceHash("---\r\nid: a\r\n---\r\nBody", "0123456789ab")).toBe(
      "---\r\nid: a\r\nsourceHash: 0123456789ab\r\n---\r\nBody",
    );
  });

  it("never touches a sourceHash line in the body", () => {
    const text = "---\nid: a\nsourceHash: pending\n---\nsourceHash: keep";
    expect(stampSourceHash(text, "0123456789ab").endsWith("sourceHash: keep")).toBe(true);
  });
});
