import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { copyContent, runScript } from "../helpers/cli.ts";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { exportXliff } from "../../src/xliff/export-xliff.ts";
import { exportXliff12 } from "../../src/xliff/export-xliff-12.ts";
import { importXliff } from "../../src/xliff/import-xliff.ts";
import { applyXliffImport } from "../../src/xliff/apply-import.ts";
import { enabledLocalesOf, localesOf } from "../../src/locales.ts";
const enabledLocales = enabledLocalesOf(localesOf());

let content: Awaited<ReturnType<typeof copyContent>>;
beforeEach(async () => {
  content = await copyContent();
}, 60_000);
afterEach(() => content.cleanup(), 60_000);

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
      out.set(full, await readFile(full, "utf8"));
    }
  }
  return out;
}

const load = async () => (await loadHandbook({ root: content.root })).handbook;

describe("XLIFF 2.0 export", { timeout: 60_000 }, () => {
  it("has one unit per title and block, the section id on its group, and every contact as a protected inline code", async () => {
    const xml = exportXliff(await load(), "pl");
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl">/,
    );
    expect(xml).toContain('<group id="sick-pay" name="sick-pay">');
    expect(xml).toMatch(
      /<unit id="nav.b\d+" name="(?:paragraph|item)">\s*<originalData>\s*<data id="d1">:contact\[nav\]<\/data>/,
    );
    expect(xml).toContain('<ph id="c1" dataRef="d1" canCopy="no" canDelete="no"/>');
    expect(xml.match(/<unit /g)!.length).toBe(xml.match(/<target>/g)!.length);
  });

  it("is well-formed XML (xmllint)", async () => {
    const file = path.join(content.root, "pl.xlf");
    await writeFile(file, exportXliff(await load(), "pl"));
    expect(() => execFileSync("xmllint", ["--noout", file], { stdio: "pipe" })).not.toThrow();
  });
});

describe("XLIFF 2.0 export against the OASIS core schema", () => {
  // The OASIS XLIFF 2.0 core schema and the xml: namespace schema it imports (provenance in tests/fixtures/xliff/README.md).
  const schema = path.join(path.dirname(new URL(import.meta.url).pathname), "../fixtures/xliff/xliff_core_2.0.xsd");
  const validate = (file: string) => execFileSync("xmllint", ["--noout", "--schema", schema, file], { stdio: "pipe" });

  it("validates every published locale's export", { timeout: 60_000 }, async () => {
    const handbook = await load();
    for (const { code } of enabledLocales.filter((l) => l.status !== "source")) {
      const file = path.join(content.root, `${code}.xlf`);
      await writeFile(file, exportXliff(handbook, code));
      expect(() => validate(file), code).not.toThrow();
    }
  });

  it(
    "rejects a file that breaks the schema, so the validation above means something",
    { timeout: 30_000 },
    async () => {
      const file = path.join(content.root, "broken.xlf");
      await writeFile(file, exportXliff(await load(), "pl").replace("<unit ", '<unit state="bogus" '));
      expect(() => validate(file)).toThrow();
    },
  );
});

describe("XLIFF and a source that changed after the translation (stale sections)", { timeout: 60_000 }, () => {
  const SECTION = "translations/en/out-of-hours-and-emergencies.md";
  const changeSource = async () => {
    const file = path.join(content.root, SECTION);
    const text = await readFile(file, "utf8");
    expect(text).toContain("You can call :contact[police] even if");
    await writeFile(file, text.replace("You can call :contact[police] even if", "You cannot call :contact[police] if"));
  };
  const recordedHash = async () =>
    /sourceHash: (\w+)/.exec(
      await readFile(path.join(content.root, "translations/nb/out-of-hours-and-emergencies.md"), "utf8"),
    )![1];

  it("exports a stale section's targets as not yet confirmed, with a note, in 2.0 and 1.2", async () => {
    await changeSource();
    const handbook = await load();
    const xml = exportXliff(handbook, "nb");
    const group = xml.slice(xml.indexOf('<group id="out-of-hours-and-emergencies"'));
    const stale = group.slice(0, group.indexOf("</group>"));
    expect(stale).toContain('<note category="stale">');
    expect(stale).not.toContain('state="translated"');
    expect(stale).toContain('state="initial"');
    // Other sections are as before.
    expect(xml.slice(0, xml.indexOf('<group id="out-of-hours-and-emergencies"'))).not.toContain('state="initial"');
    const xml12 = exportXliff12(handbook, "nb");
    expect(xml12).toContain('<target state="needs-review-translation">');
    expect(xml12).toContain('<note from="stale">');
  });

  it("keeps the section stale after an unedited round trip, and makes it current once every unit is confirmed", async () => {
    await changeSource();
    const before = await recordedHash();
    const exported = exportXliff(await load(), "nb");
    const unedited = await applyXliffImport(content.root, exported);
    expect(unedited.problems).toEqual([]);
    expect(unedited.writes.size).toBe(0);
    expect(unedited.stillStale).toEqual(["out-of-hours-and-emergencies"]);
    expect(await recordedHash()).toBe(before);
    // One unit confirmed is not enough.
    const one = await applyXliffImport(content.root, exported.replace('state="initial"', 'state="translated"'));
    expect(one.stillStale).toEqual(["out-of-hours-and-emergencies"]);
    expect(await recordedHash()).toBe(before);
    const all = await applyXliffImport(content.root, exported.replaceAll('state="initial"', 'state="translated"'));
    expect(all.stillStale).toEqual([]);
    expect([...all.writes.keys()]).toEqual(["translations/nb/out-of-hours-and-emergencies.md"]);
    expect(await recordedHash()).not.toBe(before);
  });
});

describe("XLIFF 2.0 import never drops text without a word", { timeout: 60_000 }, () => {
  it("reads a unit a CAT tool moved out of its group, by the section its id names", async () => {
    const xml = exportXliff(await load(), "nb");
    const unit = /<unit id="sick-pay\.b2"[\s\S]*?<\/unit>\n/.exec(xml)![0];
    const edited = unit.replace(/<target>([\s\S]*?)<\/target>/, "<target>$1 Ekstra setning.</target>");
    const moved = xml.replace(unit, "").replace(" </file>", `${edited} </file>`);
    const result = importXliff(await load(), moved);
    expect(result.problems).toEqual([]);
    expect([...result.writes.keys()]).toEqual(["translations/nb/sick-pay.md"]);
    expect(result.writes.get("translations/nb/sick-pay.md")).toContain("Ekstra setning.");
  });

  it("refuses a comment inside a target, whose words would be lost", async () => {
    const xml = exportXliff(await load(), "nb");
    const withComment = xml.replace(/(<unit id="sick-pay\.b2"[\s\S]*?<target>)/, "$1<!-- ring 113 først --> ");
    const result = importXliff(await load(), withComment);
    expect(result.writes.size).toBe(0);
    expect(result.problems).toMatchObject([{ unit: "sick-pay.b2", file: "translations/nb/sick-pay.md" }]);
    expect(result.problems[0]!.message).toContain('a comment ("ring 113 først")');
  });
});

describe("XLIFF 2.0 import", { timeout: 60_000 }, () => {
  it(
    "leaves translations/ byte-identical after a round trip without edits, in every locale",
    { timeout: 30_000 },
    async () => {
      const before = await snapshot(path.join(content.root, "translations"));
      const handbook = await load();
      for (const { code } of enabledLocales.filter((l) => l.status !== "source")) {
        const result = await applyXliffImport(content.root, exportXliff(handbook, code));
        expect(result.problems, code).toEqual([]);
        expect(result.writes.size, code).toBe(0);
      }
      expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
    },
  );

  it(
    "the commands do the same: xliff:export, then xliff:import of its file, reports nothing changed",
    { timeout: 60_000 },
    async () => {
      const before = await snapshot(path.join(content.root, "translations"));
      const exported = await runScript("xliff-export.ts", ["--locale", "uk"], content.root);
      expect(exported.code, exported.stderr).toBe(0);
      const imported = await runScript(
        "xliff-import.ts",
        ["--locale", "uk", path.join(content.root, "dist/xliff/handbook.en-uk.xlf")],
        content.root,
      );
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toContain("uk: 0 file(s) updated (nothing changed)");
      expect(imported.stdout).toContain("States the CAT tool recorded: 449 translated.");
      expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
    },
  );

  it("writes an edited target back into the Markdown, keeping the rest of the file", async () => {
    const handbook = await load();
    const xml = exportXliff(handbook, "nb").replace(
      /(<unit id="sick-pay.title" name="title">\s*<segment state="translated"><source>Sick pay<\/source><target>)[^<]*/,
      "$1Sykepenger fra NAV",
    );
    const result = importXliff(handbook, xml);
    expect(result.problems).toEqual([]);
    expect([...result.writes.keys()]).toEqual(["translations/nb/sick-pay.md"]);
    const text = result.writes.get("translations/nb/sick-pay.md")!;
    expect(text).toContain('title: "Sykepenger fra NAV"');
    const original = await readFile(path.join(content.root, "translations/nb/sick-pay.md"), "utf8");
    expect(text.split("\n").slice(4)).toEqual(original.split("\n").slice(4));
  });

  it("rejects a file whose inline code was removed, naming the unit", async () => {
    const handbook = await load();
    const xml = exportXliff(handbook, "nb").replace(
      /(<unit id="(nav\.b\d+)"[\s\S]*?<target>[^<]*)<ph id="c1" dataRef="d1" canCopy="no" canDelete="no"\/>/,
      "$1+47 55 55 33 33",
    );
    const unit = /<unit id="(nav\.b\d+)"[^>]*>\s*<originalData>/.exec(xml)![1];
    const result = importXliff(handbook, xml);
    expect(result.writes.size).toBe(0);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        unit,
        message: expect.stringContaining("inline codes were removed, added or altered"),
      }),
    );
  });

  it("rejects a file whose source no longer matches the current source", async () => {
    const handbook = await load();
    const xml = exportXliff(handbook, "nb").replace("<source>Sick pay</source>", "<source>Sickness pay</source>");
    expect(importXliff(handbook, xml).problems).toContainEqual(
      expect.objectContaining({ unit: "sick-pay.title", message: expect.stringContaining("no longer matches") }),
    );
  });

  it("rejects a file that is not well-formed, and the CLI writes nothing", async () => {
    const file = path.join(content.root, "broken.xlf");
    await writeFile(file, exportXliff(await load(), "nb").replace("</group>", ""));
    const before = await snapshot(path.join(content.root, "translations"));
    const r = await runScript("xliff-import.ts", [file], content.root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not well-formed");
    expect(r.stderr).toContain("nothing was written");
    expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
  });
});
