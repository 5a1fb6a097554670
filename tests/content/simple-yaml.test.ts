import { describe, expect, it } from "vitest";
import { parseSimpleYaml, parseYaml } from "../../src/content/yaml-document.ts";

describe("parseSimpleYaml (the fast path for simple front matter)", () => {
  it("reads plain and double-quoted values with their lines, like the full parser", () => {
    const text = 'id: sick-pay\ntitle: "Sykepenger: \\"hva\\""\nsourceHash: 0123456789ab\n';
    const fast = parseSimpleYaml(text, 2)!;
    expect(fast.data).toEqual(parseYaml(text, 2).data);
    expect(fast.lineOf(["sourceHash"])).toBe(4);
  });

  it.each([
    ["a list", "sources:\n  - a\n"],
    ["a number", "order: 10\n"],
    ["a comment", "id: a # note\n"],
    ["a repeated key", "id: a\nid: b\n"],
    ["a single-quoted value", "title: 'x'\n"],
    ["a flow sequence", "title: [x\n"],
  ])("leaves %s to the full YAML parser", (_name, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });
});
