/**
 * What xliff:import rejects besides broken files and codes: empty targets that
 * would erase a translation, targets that add Markdown blocks, untranslated
 * targets; and that its writes are all-or-nothing. In-process: each case
 * edits an export of a throwaway copy of the content.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { fsError, snapshot } from "../helpers/snapshot.ts";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { exportXliff } from "../../src/xliff/export-xliff.ts";
import { importXliff } from "../../src/xliff/import-xliff.ts";
import { applyXliffImport, formatImportProblem } from "../../src/xliff/apply-import.ts";
import { onlyUntranslatable, sourceNames } from "../../src/xliff/untranslatable.ts";
import { WriteFailedError } from "../../src/errors.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
beforeEach(async () => {
  content = await copyContent();
}, 60_000);
afterEach(() => content.cleanup(), 60_000);

const load = async () => (await loadHandbook({ root: content.root })).handbook;
const translations = () => snapshot(path.join(content.root, "translations"));

/** The export with one unit's <target> text replaced (raw XML, so "\n" and markup go in as given). */
function setTarget(xml: string, unit: string, target: string): string {
  const re = new RegExp(`(<unit id="${unit.replace(/\./g, "\\.")}"[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`);
  expect(re.test(xml), `unit ${unit} has a target in the export`).toBe(true);
  return xml.replace(re, (_, open: string, close: string) => open + target + close);
}

const T = { timeout: 15_000 };

describe("xliff:import rejects, naming each unit", () => {
  it("an empty <target> where a translation existed", T, async () => {
    const handbook = await load();
    const result = importXliff(handbook, setTarget(exportXliff(handbook, "nb"), "sick-pay.b3", ""));
    expect(result.writes.size).toBe(0);
    expect(result.problems).toEqual([
      expect.objectContaining({
        unit: "sick-pay.b3",
        section: "sick-pay",
        file: "translations/nb/sick-pay.md",
        message: expect.stringContaining("the <target> is empty"),
      }),
    ]);
    expect(result.problems[0]!.message).toContain('"For å få sykepenger må du:"');
  });

  it("but accepts an empty <target> where there was no translation, writing nothing for it", T, async () => {
    const file = content.file("translations/nb/sick-pay.md");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, 'title: ""'));
    const handbook = await load();
    const xml = exportXliff(handbook, "nb").replace(
      "<source>Sick pay</source>",
      "<source>Sick pay</source><target> </target>",
    );
    const result = importXliff(handbook, xml);
    expect(result.problems).toEqual([]);
    expect(result.writes.size).toBe(0);
  });

  it(
    "targets that add Markdown blocks: a heading after a blank line, a list, a heading marker, a second item",
    T,
    async () => {
      const handbook = await load();
      let xml = exportXliff(handbook, "nb");
      xml = setTarget(xml, "sick-pay.b1", "Hvis du mister inntekt, kan du få sykepenger.\n\n## Ny overskrift");
      xml = setTarget(xml, "sick-pay.b3", "For å få sykepenger må du:\n- ha jobbet");
      xml = setTarget(xml, "sick-pay.b7", "## Inntektsgrensen gjelder ikke de første 16 dagene.");
      xml = setTarget(xml, "sick-pay.b4", "ha jobbet i minst 4 uker.\n- ha mistet inntekt.");
      xml = setTarget(xml, "sick-pay.b2", "Vilkår\n\nog mer");
      const before = await translations();
      const result = await applyXliffImport(content.root, xml);
      // Every rejected unit is reported, not only the first.
      expect(result.problems.map((p) => p.unit)).toEqual([
        "sick-pay.b1",
        "sick-pay.b2",
        "sick-pay.b3",
        "sick-pay.b4",
        "sick-pay.b7",
      ]);
      const message = (unit: string) => result.problems.find((p) => p.unit === unit)!.message;
      expect(message("sick-pay.b1")).toBe(
        "the target adds Markdown structure: it would make a paragraph, a heading where the unit stands for a paragraph",
      );
      expect(message("sick-pay.b2")).toBe(
        "the target adds Markdown structure: it would make a heading, a paragraph where the unit stands for a heading",
      );
      expect(message("sick-pay.b3")).toBe(
        "the target adds Markdown structure: it would make a paragraph, a bulleted list of 1 item where the unit stands for a paragraph",
      );
      expect(message("sick-pay.b4")).toBe(
        "the target adds Markdown structure: it would make a bulleted list of 2 items where the unit stands for a bulleted list of 1 item",
      );
      expect(message("sick-pay.b7")).toBe(
        "the target adds Markdown structure: it would make a heading where the unit stands for a paragraph",
      );
      expect(result.writes.size).toBe(0);
      expect(await translations()).toEqual(before);
    },
  );

  it("a target equal to its source, unless the source has nothing to translate", T, async () => {
    // nav.md's title becomes something else, so that importing "NAV" (its source) is a change that the rule must allow.
    const nav = content.file("translations/nb/nav.md");
    await writeFile(nav, (await readFile(nav, "utf8")).replace(/^title: .*$/m, "title: Arbeids- og velferdsetaten"));
    const handbook = await load();
    let xml = exportXliff(handbook, "nb");
    xml = setTarget(xml, "sick-pay.b3", "To get sick pay, you must:");
    xml = setTarget(xml, "sick-pay.title", "Sick  pay");
    xml = setTarget(xml, "nav.title", "NAV");
    const result = importXliff(handbook, xml);
    expect(result.problems.map((p) => [p.unit, p.message])).toEqual([
      ["sick-pay.title", 'the target is the same as the source ("Sick pay"), so it looks untranslated'],
      ["sick-pay.b3", 'the target is the same as the source ("To get sick pay, you must:"), so it looks untranslated'],
    ]);
    // Without the untranslated ones, "NAV" is imported.
    const accepted = importXliff(handbook, setTarget(exportXliff(handbook, "nb"), "nav.title", "NAV"));
    expect(accepted.problems).toEqual([]);
    expect(accepted.writes.get("translations/nb/nav.md")).toMatch(/^title: "NAV"$/m);
  });

  it("but keeps a translation that already equals its source and was not edited (nb 'transport')", T, async () => {
    const handbook = await load();
    const xml = exportXliff(handbook, "nb");
    expect(xml).toMatch(/<source>transport<\/source><target>transport<\/target>/);
    expect(importXliff(handbook, xml)).toEqual(expect.objectContaining({ problems: [] }));
  });
});

describe("xliff:import messages", () => {
  it("name the XLIFF file, the locale, the unit, the translation file, and what to do", T, async () => {
    const handbook = await load();
    const result = importXliff(
      handbook,
      setTarget(exportXliff(handbook, "nb"), "sick-pay.b3", "To get sick pay, you must:"),
    );
    expect(formatImportProblem("nb.xlf", result.locale, result.problems[0]!)).toBe(
      'nb.xlf: [nb] unit sick-pay.b3 (translations/nb/sick-pay.md): the target is the same as the source ("To get sick pay, you must:"), so it looks untranslated. ' +
        "Translate it into nb; if the text really is the same in nb, write it into the Markdown file by hand (the import keeps a translation it does not change).",
    );
  });
});

describe("xliff:import writes all or nothing", () => {
  it("changes no file when one translation file cannot be written", T, async () => {
    const handbook = await load();
    let xml = exportXliff(handbook, "nb");
    xml = setTarget(xml, "nav.b1", "Første endrede avsnitt.");
    xml = setTarget(xml, "sick-pay.title", "Sykepenger fra NAV");
    xml = setTarget(xml, "user-fees.title", "Egenandeler (endret)");
    const before = await translations();
    const attempted: string[] = [];
    const failing = async (file: string, data: string | Buffer) => {
      attempted.push(path.basename(file).replace(/\.\d+\.\d+\.tmp$/, ""));
      if (file.includes(".sick-pay.md.")) throw fsError("EACCES", file);
      await writeFile(file, data);
    };
    const error = await applyXliffImport(content.root, xml, { writeFile: failing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailedError);
    expect((error as Error).message).toMatch(
      /^could not write translations\/nb\/sick-pay\.md \(EACCES\); no file was changed\. Make .*\.$/,
    );
    // nav.md's temporary was written first, then sick-pay.md failed and user-fees.md was never tried.
    expect(attempted).toEqual([".nav.md", ".sick-pay.md"]);
    expect(await translations()).toEqual(before);
  });

  it(
    "the command prints one line naming the file and exits 1, without a stack trace",
    { timeout: 30_000 },
    async () => {
      // Running as root, nothing is unwritable; a locale folder that is missing fails the write for anyone.
      await rm(content.file("translations/lt"), { recursive: true });
      const xml = exportXliff(await load(), "lt").replace(
        "<source>Sick pay</source>",
        "<source>Sick pay</source><target>Ligos pašalpa</target>",
      );
      await writeFile(content.file("lt.xlf"), xml);
      const before = await translations();
      const r = await runScript("xliff-import.ts", [content.file("lt.xlf")], content.root);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^Error: could not write translations\/lt\/[a-z-]+\.md \(ENOENT\); no file was changed\. Create the folder translations\/lt\/ .*\n$/,
      );
      expect(await translations()).toEqual(before);
    },
  );

  it("writes every changed file when all can be written", T, async () => {
    const handbook = await load();
    let xml = exportXliff(handbook, "nb");
    xml = setTarget(xml, "nav.b1", "Første endrede avsnitt.");
    xml = setTarget(xml, "sick-pay.title", "Sykepenger fra NAV");
    const result = await applyXliffImport(content.root, xml);
    expect(result.problems).toEqual([]);
    expect([...result.writes.keys()]).toEqual(["translations/nb/nav.md", "translations/nb/sick-pay.md"]);
    expect(await readFile(content.file("translations/nb/sick-pay.md"), "utf8")).toContain(
      'title: "Sykepenger fra NAV"',
    );
    expect(await readFile(content.file("translations/nb/nav.md"), "utf8")).toContain("\n\nFørste endrede avsnitt.\n");
  });
});

describe("untranslatable source text", () => {
  const names = sourceNames(["Ask Helsenorge or the Health Authority.", "Your health matters.", "Sick pay"]);

  it("learns names the source capitalises mid-sentence and never writes in lower case", () => {
    expect([...names].sort()).toEqual(["Authority", "Helsenorge"]);
  });

  it("is only contacts, numbers, addresses, acronyms and names", () => {
    expect(onlyUntranslatable(":contact[nav] (NAV), 116 117, https://nav.no", names)).toBe(true);
    expect(onlyUntranslatable("Helsenorge", names)).toBe(true);
    expect(onlyUntranslatable("transport", names)).toBe(false);
    expect(onlyUntranslatable("Health", names)).toBe(false);
    expect(onlyUntranslatable("Phone: :contact[nav-phone]", names)).toBe(false);
  });
});
