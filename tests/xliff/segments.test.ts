/**
 * XLIFF 2.0 as sentence-segmenting CAT tools (memoQ, Trados, OmegaT) save it:
 * a unit split into several <segment>s with <ignorable>s between them, and a
 * state on each segment. In-process, on a throwaway copy of the content.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import path from "node:path";
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { copyContent } from "../helpers/cli.ts";
import { snapshot } from "../helpers/snapshot.ts";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { exportXliff } from "../../src/xliff/export-xliff.ts";
import { importXliff } from "../../src/xliff/import-xliff.ts";
import { applyXliffImport } from "../../src/xliff/apply-import.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
beforeEach(async () => {
  content = await copyContent();
}, 60_000);
afterEach(() => content.cleanup(), 60_000);

const load = async () => (await loadHandbook({ root: content.root })).handbook;
const T = { timeout: 20_000 };

/** A plain unit (no codes) whose source and target are two sentences each: "<id>" → [source, target]. */
const TWO_SENTENCES =
  /<unit id="([^"]+)" name="[^"]+">\n    <segment state="translated"><source>([^<]*?\. )([^<]*)<\/source><target>([^<]*?\. )([^<]*)<\/target><\/segment>/g;

/**
 * The export with every unit of two sentences split as a CAT tool saves it:
 * first sentence, the space as an <ignorable>, second sentence; each segment
 * with its own state. `edit` may change a unit's second target sentence.
 */
function segment(
  xml: string,
  opts: { state?: string; edit?: (id: string, second: string) => string; dropSecondTarget?: string } = {},
): { xml: string; ids: string[] } {
  const ids: string[] = [];
  const out = xml.replace(TWO_SENTENCES, (whole, id: string, s1: string, s2: string, t1: string, t2: string) => {
    if (s1.split(". ").length !== 2 || t1.split(". ").length !== 2) return whole;
    ids.push(id);
    const state = opts.state ?? "translated";
    const second =
      opts.dropSecondTarget === id
        ? `<segment id="${id}-s2"><source>${s2}</source></segment>`
        : `<segment id="${id}-s2" state="${state}"><source>${s2}</source><target>${opts.edit ? opts.edit(id, t2) : t2}</target></segment>`;
    return (
      `<unit id="${id}" name="paragraph">\n    <segment id="${id}-s1" state="${state}"><source>${s1.trimEnd()}</source><target>${t1.trimEnd()}</target></segment>` +
      `<ignorable><source> </source></ignorable>` +
      second
    );
  });
  return { xml: out, ids };
}

describe("xliff:import of segmented units", () => {
  it(
    "joins a unit split into two segments with an ignorable between, and an unedited file changes nothing",
    T,
    async () => {
      const handbook = await load();
      const { xml, ids } = segment(exportXliff(handbook, "nb"));
      // Real content: dozens of two-sentence paragraphs, each now two segments.
      expect(ids.length).toBeGreaterThan(20);
      expect(xml).toContain(
        `<unit id="${ids[0]}" name="paragraph">\n    <segment id="${ids[0]}-s1" state="translated">`,
      );
      // The segmented file is what a CAT tool may write: valid against the OASIS 2.0 schema.
      await writeFile(content.file("segmented.xlf"), xml);
      const schema = path.join(path.dirname(new URL(import.meta.url).pathname), "../fixtures/xliff/xliff_core_2.0.xsd");
      await new Promise<void>((resolve, reject) =>
        execFile(
          "xmllint",
          ["--noout", "--schema", schema, content.file("segmented.xlf")],
          { timeout: 30_000 },
          (error, _out, stderr) => (error ? reject(new Error(stderr)) : resolve()),
        ),
      );
      const before = await snapshot(path.join(content.root, "translations"));
      const result = await applyXliffImport(content.root, xml);
      expect(result.problems).toEqual([]);
      expect(result.writes.size).toBe(0);
      expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
    },
  );

  it("writes the joined target when the translator changed the second segment", T, async () => {
    const handbook = await load();
    const id = segment(exportXliff(handbook, "nb")).ids[0]!;
    let second = "";
    const { xml } = segment(exportXliff(handbook, "nb"), {
      edit: (unit, t2) => {
        if (unit !== id) return t2;
        second = t2;
        return `Endret: ${t2}`;
      },
    });
    const result = importXliff(handbook, xml);
    expect(result.problems).toEqual([]);
    const file = `translations/nb/${id.split(".")[0]}.md`;
    expect([...result.writes.keys()]).toEqual([file]);
    // The first sentence, the ignorable's space, then the edited second sentence.
    expect(result.writes.get(file)).toContain(
      `. Endret: ${second.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")}`,
    );
  });

  it("rejects a unit translated in one segment only, naming the segment", T, async () => {
    const handbook = await load();
    const first = segment(exportXliff(handbook, "nb")).ids[0]!;
    const { xml } = segment(exportXliff(handbook, "nb"), { dropSecondTarget: first });
    const result = importXliff(handbook, xml);
    expect(result.writes.size).toBe(0);
    expect(result.problems).toEqual([
      expect.objectContaining({
        unit: first,
        message: "segment 2 of 2 has no <target> while others have one, so the unit is only partly translated",
      }),
    ]);
  });

  it("still finds a changed source when the segments are joined", T, async () => {
    const handbook = await load();
    const { xml, ids } = segment(exportXliff(handbook, "nb"));
    const changed = xml.replace(
      `<segment id="${ids[0]}-s1" state="translated"><source>`,
      `<segment id="${ids[0]}-s1" state="translated"><source>Old: `,
    );
    expect(importXliff(handbook, changed).problems).toEqual([
      expect.objectContaining({ unit: ids[0], message: "its source text no longer matches the current source" }),
    ]);
  });
});

describe("segment state", () => {
  it("is exported as 'translated' for a draft translation and left out where there is none", T, async () => {
    const file = content.file("translations/nb/sick-pay.md");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, 'title: ""'));
    const xml = exportXliff(await load(), "nb");
    expect(xml).toContain('<unit id="sick-pay.title" name="title">\n    <segment><source>Sick pay</source></segment>');
    expect(xml).toContain('<unit id="sick-pay.b1" name="paragraph">\n    <segment state="translated">');
    expect(xml).not.toMatch(/state="(?:reviewed|final)"/);
  });

  it(
    "'reviewed' and 'final' from a CAT tool are counted in the result but change no file: a CAT state is not a qualified review",
    T,
    async () => {
      const handbook = await load();
      const { xml, ids } = segment(exportXliff(handbook, "nb"), { state: "final" });
      const marked = xml.replace(
        '<unit id="sick-pay.title" name="title">\n    <segment state="translated">',
        '<unit id="sick-pay.title" name="title">\n    <segment state="reviewed">',
      );
      const before = await snapshot(path.join(content.root, "translations"));
      const result = await applyXliffImport(content.root, marked);
      expect(result.problems).toEqual([]);
      expect(result.states).toEqual(expect.objectContaining({ final: ids.length, reviewed: 1 }));
      expect(result.writes.size).toBe(0);
      expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
    },
  );

  it("of a unit is its least advanced segment's", T, async () => {
    const handbook = await load();
    const { xml, ids } = segment(exportXliff(handbook, "nb"), { state: "final" });
    const mixed = xml.replace(
      `<segment id="${ids[0]}-s2" state="final">`,
      `<segment id="${ids[0]}-s2" state="translated">`,
    );
    expect(importXliff(handbook, mixed).states).toEqual(expect.objectContaining({ final: ids.length - 1 }));
  });
});
