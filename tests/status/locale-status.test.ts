import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../helpers/cli.ts";
import { computeStatus, countWords, formatStatusTable } from "../../src/status/locale-status.ts";
import { runChecks } from "../../src/checks/run-checks.ts";
import { sourceHash } from "../../src/content/source-hash.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

describe("computeStatus", () => {
  const body = "Call :contact[nav-phone] today.\n";
  const { handbook, loadIssues } = makeHandbook({
    sections: {
      en: { a: sourceMd("a", body), b: sourceMd("b", "Second.\n"), c: sourceMd("c", "Third.\n") },
      nb: {
        a: translatedMd("a", "Ring :contact[nav-phone] i dag.\n", sourceHash("Title of a", body)),
        b: translatedMd("b", "Andre.\n", "0123456789ab"),
      },
    },
  });
  const [en, nb] = computeStatus(handbook, runChecks(handbook, loadIssues));

  it("counts complete, stale and missing sections and names their files", () => {
    expect(nb!.sections).toEqual({ total: 3, complete: 1, stale: 1, missing: 1 });
    expect(nb!.staleSections).toEqual([{ id: "b", file: "translations/nb/b.md" }]);
    expect(nb!.missingSections).toEqual([{ id: "c", file: "translations/nb/c.md" }]);
    expect(en!.sections).toEqual({ total: 3, complete: 3, stale: 0, missing: 0 });
  });

  it("counts contacts, words and the checks' errors per locale", () => {
    expect(nb!.contacts).toEqual({ total: 1, present: 1 });
    expect(nb!.words).toBe(4);
    expect(nb!.errors).toBeGreaterThan(0);
  });

  it("prints one row per locale", () => {
    const table = formatStatusTable([en!, nb!]).split("\n");
    expect(table).toHaveLength(4);
    expect(table[3]).toMatch(/^nb Norsk bokmål\s+draft\s+yes\s+1\/1\/1 of 3/);
  });
});

describe("countWords", () => {
  it("counts words in scripts with and without spaces, ignoring contact directives", () => {
    expect(countWords("Ring :contact[nav-phone] i dag.", "nb")).toBe(3);
    expect(countWords("اتصل بالطبيب اليوم", "ar")).toBe(3);
    expect(countWords("ฉันไปโรงพยาบาล", "th")).toBeGreaterThan(1);
  });

  it("agrees with Intl.Segmenter within 2% on every locale of the repository's content", () => {
    const dir = path.join(repoRoot, "translations");
    const codes = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(codes.length).toBeGreaterThanOrEqual(8);
    for (const code of codes) {
      const segmenter = new Intl.Segmenter(code, { granularity: "word" });
      let ours = 0;
      let reference = 0;
      for (const f of readdirSync(path.join(dir, code)).filter((n) => n.endsWith(".md"))) {
        const body = readFileSync(path.join(dir, code, f), "utf8")
          .split(/^---$/m)
          .slice(2)
          .join("---");
        ours += countWords(body, code);
        for (const s of segmenter.segment(body.replace(/:contact\[[^\]]*\]/g, " "))) if (s.isWordLike) reference++;
      }
      expect(Math.abs(ours - reference) / reference, code).toBeLessThan(0.02);
    }
  });
});
