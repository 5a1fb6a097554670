import { describe, expect, it } from "vitest";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readdir, readFile } from "node:fs/promises";
import {
  bracketScan,
  editorLeftover,
  findLongLines,
  findMarkupFlood,
  locateFrontMatter,
  MAX_BRACKET_SCAN,
  MAX_LINE_LENGTH,
} from "../../src/content/text-guards.ts";
import { splitFrontMatter } from "../../src/content/front-matter.ts";
import { repoRoot } from "../helpers/cli.ts";
import { guardYaml, MAX_YAML_FLOW_DEPTH, MAX_YAML_LINES } from "../../src/content/yaml-guard.ts";
import { findNestingPastLimit } from "../../src/content/nesting-limit.ts";
import { contentRootProblem } from "../../src/project-root.ts";
import { parseYaml } from "../../src/content/yaml-document.ts";
import { aliasBomb } from "../fixtures/bad/load-cases.ts";

/** The fastest of three runs: the least disturbed by a busy machine. */
const ms = (f: () => unknown) => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    f();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

describe("findLongLines", () => {
  it("finds lines longer than the limit, with their numbers", { timeout: 2_000 }, () => {
    expect(findLongLines("a\nbb\nccc", 2)).toEqual([{ line: 3, length: 3 }]);
    expect(findLongLines(`a\n${"x".repeat(MAX_LINE_LENGTH + 1)}\nb`)).toEqual([
      { line: 2, length: MAX_LINE_LENGTH + 1 },
    ]);
    expect(findLongLines("short\ntext")).toEqual([]);
  });
});

describe("locateFrontMatter", () => {
  it("splits exactly as splitFrontMatter, on every real section and on edge cases", { timeout: 5_000 }, async () => {
    const texts = [
      "---\nid: a\n---\nText",
      "---\n---\n",
      "---\nid: a\n---  \n\nBody\n---\nmore",
      "---\nid: a",
      "no front matter",
      "---\nid: a\n---",
    ];
    for (const locale of await readdir(path.join(repoRoot, "translations"))) {
      if (locale.includes(".")) continue;
      for (const name of await readdir(path.join(repoRoot, "translations", locale))) {
        if (name.endsWith(".md")) texts.push(await readFile(path.join(repoRoot, "translations", locale, name), "utf8"));
      }
    }
    for (const text of texts) {
      const split = splitFrontMatter(text);
      expect(locateFrontMatter(text), text.slice(0, 60)).toEqual(split.ok ? split.file : undefined);
    }
  });
});

describe("findMarkupFlood", () => {
  it("leaves real text alone", { timeout: 2_000 }, () => {
    expect(findMarkupFlood("See [NAV](https://nav.no) and **this** _here_.\n\n- [a] [b]\n")).toBeUndefined();
    expect(findMarkupFlood(`${"[a](b) ".repeat(300)}\n`.repeat(50))).toBeUndefined();
  });

  it("blanks a line of unclosed [ and keeps the line count", { timeout: 2_000 }, () => {
    const text = `first\n${"[".repeat(5000)}\nlast [x](y)`;
    const flood = findMarkupFlood(text)!;
    expect(flood.lines).toEqual([2]);
    expect(flood.brackets).toBe(5000);
    expect(flood.text).toBe("first\n\nlast [x](y)");
  });

  it("blanks brackets spread over many lines, and a line of emphasis markers", { timeout: 2_000 }, () => {
    const spread = findMarkupFlood(`ok\n${Array(1000).fill("[a ".repeat(50)).join("\n")}\nok`)!;
    expect(spread.lines[0]).toBe(2);
    expect(bracketScan(spread.text)).toBeLessThanOrEqual(MAX_BRACKET_SCAN);
    expect(findMarkupFlood(`x\n${"_a".repeat(6000)}`)!.lines).toEqual([2]);
  });

  // Ten times the text takes about ten times as long (a quadratic scan would take a hundred):
  // compared with itself, so a busy machine does not fail it (a fixed 500 ms limit did, under load 13).
  it("is linear: ten times the text, not a hundred times the time", { timeout: 20_000 }, () => {
    const small = ms(() => findMarkupFlood("[".repeat(50 * 1024)));
    expect(ms(() => findMarkupFlood("[".repeat(500 * 1024)))).toBeLessThan(Math.max(30 * small, 50));
    const lines = (n: number) => Array(n).fill("[".repeat(19_000)).join("\n");
    const few = ms(() => findMarkupFlood(lines(3)));
    expect(ms(() => findMarkupFlood(lines(30)))).toBeLessThan(Math.max(30 * few, 50));
  });
});

describe("editorLeftover", () => {
  it("names the leftovers of common editors, and nothing else", { timeout: 1_000 }, () => {
    expect(editorLeftover(".#sick-pay.md")).toBe("an Emacs lock file");
    expect(editorLeftover("#sick-pay.md#")).toBe("an Emacs auto-save file");
    expect(editorLeftover("sick-pay.md~")).toBe("an editor backup file");
    expect(editorLeftover(".sick-pay.md.swp")).toBe("a Vim swap file");
    expect(editorLeftover(".sick-pay.md.swo")).toBe("a Vim swap file");
    expect(editorLeftover(".~lock.ui.yaml#")).toBe("a LibreOffice lock file");
    expect(editorLeftover("._sick-pay.md")).toBe("a macOS metadata file");
    expect(editorLeftover("sick-pay.md.orig")).toBe("a backup or merge leftover");
    for (const name of ["sick-pay.md", "ui.yaml", "nav.md", ".DS_Store", "a-b.md"])
      expect(editorLeftover(name), name).toBeUndefined();
  });
});

describe("guardYaml", () => {
  it("leaves ordinary YAML exactly as it is", { timeout: 1_000 }, () => {
    const text = 'id: a\ntitle: "Open {opens}–{closes} & more *stars*"\nlist: [a, b]\nnested:\n  - x: 1\n';
    const g = guardYaml(text, 2);
    expect(g.text).toBe(text);
    expect([g.aliases, g.deepLines, g.longLines, g.tooManyLines]).toEqual([[], [], [], undefined]);
  });

  it("refuses a billion-laughs bomb: every alias becomes null, lines and columns stay", { timeout: 2_000 }, () => {
    const bomb = aliasBomb();
    const g = guardYaml(bomb, 5);
    expect(g.aliases[0]).toMatchObject({ line: 5, column: 7, token: "&a0", kind: "anchor" });
    expect(g.aliases.filter((a) => a.kind === "alias")).toHaveLength(72);
    expect(g.text.split("\n").map((l) => l.length)).toEqual(bomb.split("\n").map((l) => l.length));
    // The real parser now reads it at once, without "Excessive alias count".
    const parsed = parseYaml(g.text);
    expect(parsed.errors).toEqual([]);
    expect((parsed.data as Record<string, unknown[]>).lol8).toEqual(Array(9).fill(null));
  });

  it("places aliases right after a blanked line", { timeout: 1_000 }, () => {
    const g = guardYaml(`a: ${"[".repeat(100)}\nb: *x\n`, 3);
    expect(g.deepLines).toMatchObject([{ line: 3 }]);
    expect(g.aliases).toEqual([{ line: 4, column: 4, token: "*x", kind: "alias" }]);
    expect(g.text).toBe("\nb: ~ \n");
  });

  it("finds an alias where Markdown emphasis was meant", { timeout: 1_000 }, () => {
    expect(guardYaml("title: *Viktig* info\n").aliases).toMatchObject([
      { line: 1, column: 8, token: "*Viktig*", kind: "alias" },
    ]);
  });

  it("blanks lines nested too deep, quickly", { timeout: 5_000 }, () => {
    const deep = guardYaml(`a: 1\ntitle: ${"{".repeat(5000)}\nb: 2\n`);
    expect(deep.deepLines).toEqual([{ line: 2, depth: 5000, kind: "brackets" }]);
    expect(deep.text).toBe("a: 1\n\nb: 2\n");
    expect(guardYaml(`x: ${"[".repeat(MAX_YAML_FLOW_DEPTH)}${"]".repeat(MAX_YAML_FLOW_DEPTH)}\n`).deepLines).toEqual(
      [],
    );
    expect(guardYaml(`k: ${"- ".repeat(5000)}x\n`).deepLines[0]).toMatchObject({ line: 1, kind: "indentation" });
    expect(guardYaml(`k:\n${" ".repeat(300)}v: 1\n`).deepLines[0]).toMatchObject({
      line: 2,
      depth: 300,
      kind: "indentation",
    });
    expect(ms(() => guardYaml(Array(400).fill("[".repeat(1000)).join("\n")))).toBeLessThan(1000);
  });

  it("does not read YAML of more than MAX_YAML_LINES lines", { timeout: 2_000 }, () => {
    const g = guardYaml(Array.from({ length: MAX_YAML_LINES + 5 }, (_, i) => `k${i}: v`).join("\n"));
    expect(g.tooManyLines).toBe(MAX_YAML_LINES + 5);
    expect(g.text).toBe("");
  });
});

describe("findNestingPastLimit", () => {
  it("counts > markers, with or without spaces", { timeout: 1_000 }, () => {
    expect(findNestingPastLimit(`text\n${">".repeat(10_000)} deep`)).toEqual([
      { line: 2, levels: 10_000, quotes: 10_000, lists: 0 },
    ]);
    expect(findNestingPastLimit(`${"> ".repeat(100)}x`)[0]).toMatchObject({ line: 1, levels: 100 });
    expect(findNestingPastLimit(`${"> ".repeat(99)}x`)).toEqual([]);
  });

  it("counts lists by indentation and on one line, two levels each", { timeout: 1_000 }, () => {
    const lists = Array.from({ length: 52 }, (_, i) => `${"  ".repeat(i)}- item ${i + 1}`).join("\n");
    expect(findNestingPastLimit(lists).map((n) => n.line)).toEqual([50, 51, 52]);
    expect(findNestingPastLimit(Array.from({ length: 49 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n"))).toEqual(
      [],
    );
    expect(findNestingPastLimit(`${"- ".repeat(50)}x`)[0]).toMatchObject({ levels: 100, lists: 50 });
    expect(findNestingPastLimit(`${"- > ".repeat(34)}x`)[0]).toMatchObject({ levels: 102, quotes: 34, lists: 34 });
  });

  it("ignores real content: short lists, code blocks, paragraphs", { timeout: 1_000 }, () => {
    expect(findNestingPastLimit("- a\n  - b\n    - c\n\n> quote\n\n    code\n\n1. one\n2. two\n")).toEqual([]);
  });
});

describe("contentRootProblem", () => {
  it("says what is wrong with a content root", { timeout: 2_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "handbook-root-"));
    try {
      expect(contentRootProblem(path.join(dir, "missing"))).toBe("does not exist");
      expect(contentRootProblem(dir)).toBe("has no translations/ folder");
      await writeFile(path.join(dir, "file"), "x");
      expect(contentRootProblem(path.join(dir, "file"))).toBe("is a file, not a folder");
      await writeFile(path.join(dir, "translations"), "x");
      expect(contentRootProblem(dir)).toMatch(/has a file named translations/);
      await rm(path.join(dir, "translations"));
      await mkdir(path.join(dir, "translations"));
      expect(contentRootProblem(dir)).toBeUndefined();
      expect(contentRootProblem(path.join(dir, "translations"))).toMatch(
        /translations\/ folder itself; use its parent/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
