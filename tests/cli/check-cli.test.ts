import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile, rm, writeFile, readdir } from "node:fs/promises";
import { copyContent, runCheckCommand, runScript } from "../helpers/cli.ts";
import { checkCommand } from "../../src/pipeline/check-command.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
beforeEach(async () => {
  content = await copyContent();
}, 60_000);
afterEach(async () => {
  await content.cleanup();
}, 60_000);

/**
 * The command's work in this process (src/pipeline/check-command.ts; scripts/check.ts only prints
 * its report and exits with its code), as stdout would show it: starting Node for each case cost
 * about a second on a busy two-core machine. The cases that need the process spawn it (below).
 */
const check = async (...args: string[]) => {
  const { code, report } = await checkCommand(args, content.root);
  return { code, stdout: `${report}\n` };
};
async function edit(rel: string, change: (text: string) => string) {
  const before = await readFile(content.file(rel), "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(content.file(rel), after);
}

describe("npm run check", { timeout: 60_000 }, () => {
  it("passes on the repository's content with no errors (the command itself, as npm starts it)", async () => {
    const r = await runCheckCommand([], content.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 errors, \d+ warnings?/m);
  });

  it("fails when a Norwegian section file is deleted, naming the locale and the file", async () => {
    await rm(content.file("translations/nb/sick-pay.md"));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('translations/nb/sick-pay.md:1:1  error  missing-section  [nb] section "sick-pay"');
    expect(r.stdout).toContain("Fix: ");
  });

  it("fails when a contact directive is replaced by a typed phone number", async () => {
    await edit("translations/nb/nav.md", (t) => t.replace(":contact[nav-phone]", "+47 55 55 33 33"));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/translations\/nb\/nav\.md:\d+:\d+ {2}error {2}hardcoded-number {2}\[nb\] section "nav"/);
    expect(r.stdout).toContain("missing-contact");
  });

  it("fails on an unknown contact id", async () => {
    await edit("translations/nb/nav.md", (t) => t.replace(":contact[nav-phone]", ":contact[nav-fone]"));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/translations\/nb\/nav\.md:\d+:\d+ {2}error {2}unknown-contact {2}\[nb\] section "nav"/);
  });

  it("fails when one figure in a Norwegian section changes", async () => {
    await edit("translations/nb/sick-pay.md", (t) => t.replace("52", "53"));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /translations\/nb\/sick-pay\.md:\d+:\d+ {2}error {2}number-mismatch {2}\[nb\] section "sick-pay"/,
    );
    expect(r.stdout).toContain('A figure changed: 52 weeks ("52 weeks") became 53 weeks ("53 uker")');
  });

  it("fails on broken YAML front matter and gives its line", async () => {
    await edit("translations/nb/nav.md", (t) => t.replace(/^title: (.*)$/m, "title: [$1"));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /translations\/nb\/nav\.md:[3-5]:\d+ {2}error {2}invalid-front-matter {2}\[nb\] section "nav"/,
    );
  });

  it("warns that translations are stale after an English section is edited, without failing", async () => {
    await edit("translations/en/sick-pay.md", (t) => t.replace(/\n$/, "\nOne more sentence.\n"));
    const r = await check();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning  stale-translation  [nb] section "sick-pay"');
  });

  it("collects every problem before failing", async () => {
    await rm(content.file("translations/nb/sick-pay.md"));
    await edit("translations/nb/nav.md", (t) => t.replace(":contact[nav-phone]", ":contact[nav-fone]"));
    const r = await check();
    expect(r.stdout).toContain("missing-section");
    expect(r.stdout).toContain("unknown-contact");
    expect(r.stdout).toContain("missing-contact");
    expect(r.stdout).toMatch(/^3 errors/m);
  });

  it("reads files saved with CRLF line endings and a byte-order mark", async () => {
    for (const name of await readdir(content.file("translations/nb"))) {
      await edit(`translations/nb/${name}`, (t) => "\uFEFF" + t.replace(/\n/g, "\r\n"));
    }
    const r = await check();
    expect(r.code).toBe(0);
  });

  it("--json prints only a JSON array of issues with the documented fields", async () => {
    await edit("translations/nb/sick-pay.md", (t) => t.replace("52", "53"));
    // The command itself: nothing but the JSON reaches stdout.
    const r = await runCheckCommand(["--json"], content.root);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as Record<string, unknown>[];
    const mismatch = issues.find((i) => i.code === "number-mismatch")!;
    expect(Object.keys(mismatch)).toEqual([
      "code",
      "severity",
      "locale",
      "section",
      "contact",
      "file",
      "line",
      "column",
      "message",
      "fix",
    ]);
    expect(mismatch).toMatchObject({
      severity: "error",
      locale: "nb",
      section: "sick-pay",
      file: "translations/nb/sick-pay.md",
    });
  });

  it("--locale limits the report to one locale", async () => {
    await rm(content.file("translations/nb/sick-pay.md"));
    const r = await check("--locale", "en", "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { locale: string | null }[]).every((i) => i.locale !== "nb")).toBe(true);
  });

  it("rejects an unknown --locale in one line, without a stack trace", async () => {
    const r = await runCheckCommand(["--locale", "xx"], content.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--locale xx: no such locale");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm run stamp", { timeout: 60_000 }, () => {
  it("clears a stale-translation warning after the translator brings the section up to date", async () => {
    await edit("translations/en/sick-pay.md", (t) => t.replace(/\n$/, "\nOne more sentence.\n"));
    expect((await check()).stdout).toContain("stale-translation");
    const s = await runScript("stamp.ts", ["--locale", "nb", "--section", "sick-pay"], content.root);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain("stamped translations/nb/sick-pay.md");
    expect((await check()).stdout).not.toContain('stale-translation  [nb] section "sick-pay"');
  });
});
