/**
 * XLIFF 1.2 export and import, and a real round trip through Debian's
 * translate-toolkit (xliff2po → po2xliff -t <export> → import), the way a
 * translator using Poedit, Virtaal or Weblate works. The import is called
 * in-process; only the translate-toolkit commands run as processes, each with
 * a timeout.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { readFile, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { snapshot } from "../helpers/snapshot.ts";
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

const load = async () => (await loadHandbook({ root: content.root })).handbook;
const translated = enabledLocales.filter((l) => l.status !== "source").map((l) => l.code);

/** One translate-toolkit command, stopped after 30 s; resolves with its stdout. */
function tool(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: content.root, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

/** Export (1.2) → xliff2po → the PO text, which `edit` may change → po2xliff -t export → the file to import. */
async function throughPo(locale: string, edit: (po: string) => string = (po) => po): Promise<string> {
  const exported = content.file(`${locale}.xlf`);
  await writeFile(exported, exportXliff12(await load(), locale));
  await tool("xliff2po", ["--progress=none", exported, content.file(`${locale}.po`)]);
  const po = await readFile(content.file(`${locale}.po`), "utf8");
  await writeFile(content.file(`${locale}.po`), edit(po));
  await tool("po2xliff", [
    "--progress=none",
    "-t",
    exported,
    content.file(`${locale}.po`),
    content.file(`${locale}.back.xlf`),
  ]);
  return readFile(content.file(`${locale}.back.xlf`), "utf8");
}

/** A PO entry by its "#:" reference, as [whole entry, msgstr text] (single-line msgstr only). */
function entry(po: string, unit: string): [string, string] {
  const m = new RegExp(`#: ${unit.replace(/\./g, "\\.")}\\n(?:#.*\\n)*msgid .*\\n(?:".*"\\n)*msgstr "(.+)"\\n`).exec(
    po,
  );
  expect(m, `a one-line msgstr for ${unit}`).toBeTruthy();
  return [m![0], m![1]!];
}

describe("XLIFF 1.2 export", () => {
  it(
    "has the same units as the 2.0 export, contacts as <ph> with the directive kept, drafts not approved",
    { timeout: 15_000 },
    async () => {
      const handbook = await load();
      const xml = exportXliff12(handbook, "pl");
      expect(xml).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n <file original="translations\/en" source-language="en" target-language="pl" datatype="plaintext">/,
      );
      expect(xml.match(/<trans-unit /g)!.length).toBe(exportXliff(handbook, "pl").match(/<unit /g)!.length);
      expect(xml).toContain('<group id="sick-pay" resname="sick-pay">');
      expect(xml).toMatch(
        /<trans-unit id="nav\.b\d+" resname="(?:paragraph|item)" xml:space="preserve"><source>[^<]*<ph id="c1" ctype="x-contact">:contact\[nav\]<\/ph>/,
      );
      expect(xml).toContain('<target state="translated">');
      expect(xml).not.toContain("approved=");
    },
  );

  it("is well-formed (xmllint) in every published locale", { timeout: 30_000 }, async () => {
    const handbook = await load();
    for (const code of translated) {
      await writeFile(content.file(`${code}.xlf`), exportXliff12(handbook, code));
      await expect(tool("xmllint", ["--noout", content.file(`${code}.xlf`)]), code).resolves.toBe("");
    }
  });

  it(
    "npm run xliff:export -- --locale pl --xliff 1.2 writes a file named for 1.2 beside the 2.0 one",
    { timeout: 30_000 },
    async () => {
      const [v20, v12] = await Promise.all([
        runScript("xliff-export.ts", ["--locale", "pl"], content.root),
        runScript("xliff-export.ts", ["--locale", "pl", "--xliff", "1.2"], content.root),
      ]);
      expect(v20.code, v20.stderr).toBe(0);
      expect(v12.code, v12.stderr).toBe(0);
      expect(v12.stdout).toMatch(/wrote .*dist\/xliff\/handbook\.en-pl\.xliff-1\.2\.xlf \(XLIFF 1\.2, \d+ units\)/);
      await access(content.file("dist/xliff/handbook.en-pl.xlf"));
      expect(await readFile(content.file("dist/xliff/handbook.en-pl.xliff-1.2.xlf"), "utf8")).toContain(
        'version="1.2"',
      );
      const wrong = await runScript("xliff-export.ts", ["--locale", "pl", "--xliff", "1.1"], content.root);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain("--xliff 1.1: the export writes XLIFF 2.0 or 1.2");
    },
  );
});

describe("XLIFF 1.2 import", () => {
  it("changes nothing after an unedited round trip, in every published locale", { timeout: 30_000 }, async () => {
    const handbook = await load();
    for (const code of translated) {
      const result = importXliff(handbook, exportXliff12(handbook, code));
      expect(result.problems, code).toEqual([]);
      expect(result.writes.size, code).toBe(0);
    }
  });

  it(
    "applies the same unit rules as 2.0: a removed code, an untranslated target, an added block",
    { timeout: 15_000 },
    async () => {
      const handbook = await load();
      let xml = exportXliff12(handbook, "nb");
      xml = xml.replace(
        /(<trans-unit id="(nav\.b\d+)"[^>]*><source>.*?<\/source><target state="translated">[^<]*)<ph id="c1" ctype="x-contact">:contact\[nav\]<\/ph>/,
        "$1NAV",
      );
      xml = xml.replace(
        /(<trans-unit id="sick-pay\.b3"[^>]*><source>([^<]*)<\/source><target state="translated">)[^<]*/,
        "$1$2",
      );
      xml = xml.replace(
        /(<trans-unit id="sick-pay\.b1"[^>]*><source>[^<]*<\/source><target state="translated">[^<]*)/,
        "$1\n\n## Ny",
      );
      const result = importXliff(handbook, xml);
      expect(result.writes.size).toBe(0);
      expect(result.problems.map((p) => [p.unit?.replace(/\d+$/, "N"), p.message.replace(/\(.*\)/, "(…)")])).toEqual([
        ["nav.bN", "its inline codes were removed, added or altered (…)"],
        [
          "sick-pay.bN",
          "the target adds Markdown structure: it would make a paragraph, a heading where the unit stands for a paragraph",
        ],
        ["sick-pay.bN", "the target is the same as the source (…), so it looks untranslated"],
      ]);
    },
  );
});

describe("round trip through translate-toolkit (xliff2po, po2xliff -t)", () => {
  it(
    "pocount reads every unit of the 1.2 export (and none of the 2.0 one is lost on the way)",
    { timeout: 30_000 },
    async () => {
      const handbook = await load();
      await writeFile(content.file("pl.xlf"), exportXliff12(handbook, "pl"));
      const units = exportXliff(handbook, "pl").match(/<unit /g)!.length;
      const counted = await tool("pocount", ["--csv", content.file("pl.xlf")]);
      // CSV: "Filename, Translated Messages, …, Total Message, …", then one row per file.
      const [head, row] = counted
        .trim()
        .split("\n")
        .slice(-2)
        .map((l) => l.split(/,\s*/));
      const total = Number(row![head!.indexOf("Total Message")]);
      expect(total).toBe(units);
    },
  );

  it("an unedited PO file comes back and imports without changing a file", { timeout: 60_000 }, async () => {
    const before = await snapshot(path.join(content.root, "translations"));
    for (const code of ["pl", "ar", "ti"]) {
      const back = await throughPo(code);
      // po2xliff keeps the export and appends the PO's entries in a second <file>, addressed by their "#:" unit ids.
      expect(back).toContain('datatype="po"');
      const result = await applyXliffImport(content.root, back, undefined, code);
      expect(result.problems, code).toEqual([]);
      expect(result.writes.size, code).toBe(0);
    }
    expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
  });

  it("a msgstr edited in the PO file is written back into the Markdown", { timeout: 60_000 }, async () => {
    const back = await throughPo("pl", (po) => {
      const [whole, msgstr] = entry(po, "sick-pay.title");
      return po.replace(whole, whole.replace(`msgstr "${msgstr}"`, 'msgstr "Zasiłek chorobowy z NAV"'));
    });
    const result = await applyXliffImport(content.root, back);
    expect(result.problems).toEqual([]);
    expect([...result.writes.keys()]).toEqual(["translations/pl/sick-pay.md"]);
    expect(await readFile(content.file("translations/pl/sick-pay.md"), "utf8")).toMatch(
      /^title: "Zasiłek chorobowy z NAV"$/m,
    );
  });

  it(
    "a contact deleted from a msgstr rejects the file, naming the unit, and nothing is written",
    { timeout: 60_000 },
    async () => {
      let unit = "";
      const back = await throughPo("pl", (po) => {
        const m =
          /#: ([a-z-]+\.b\d+)\n(?:#.*\n)*msgid .*\n(?:".*"\n)*msgstr "([^"\n]*?):contact\[[a-z0-9-]+\]([^"\n]*)"\n/.exec(
            po,
          )!;
        unit = m[1]!;
        const msgstr = m[0].slice(m[0].lastIndexOf("msgstr "));
        return po.replace(m[0], m[0].replace(msgstr, msgstr.replace(/:contact\[[a-z0-9-]+\]/g, "+47 55 55 33 33")));
      });
      const before = await snapshot(path.join(content.root, "translations"));
      const result = await applyXliffImport(content.root, back);
      expect(result.problems.map((p) => [p.unit, p.message])).toEqual([
        [unit, expect.stringContaining("inline codes were removed, added or altered")],
      ]);
      expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
    },
  );

  it("refuses a file for another locale when --locale names one", { timeout: 60_000 }, async () => {
    const back = await throughPo("pl");
    const result = await applyXliffImport(content.root, back, undefined, "uk");
    expect(result.problems).toEqual([
      expect.objectContaining({ message: 'the file is a translation into "pl", not "uk"' }),
    ]);
    expect(result.writes.size).toBe(0);
  });
});
