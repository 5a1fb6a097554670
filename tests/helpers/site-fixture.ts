import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "../../src/model/locale.ts";
import { sourceHash } from "../../src/content/source-hash.ts";
import { localesOf } from "../../src/locales.ts";
import { copyContent } from "./cli.ts";
const projectLocales = localesOf();

/** The fixture's published address (never contacted: only printed and encoded in QR codes). */
export const FIXTURE_SITE_URL = "https://handbook.example.org";

/**
 * HTML payloads a translation might contain; the checks only warn (raw-html),
 * so they reach the site, which must print them as text. (A javascript: link
 * is an unsafe-link error and never reaches the site: see tests/fixtures/bad.)
 */
export const XSS_BODY =
  'Tricks: <script>alert(1)</script> and <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">x</a>.\n';

/** The locales of the fixture site: the project's own. */
export function fixtureLocales(): Locale[] {
  return [...projectLocales];
}

/**
 * A copy of the real content with a published address (so covers get a QR
 * code) and one more section, in every locale, holding XSS payloads.
 */
export async function createSiteFixture(): Promise<{ root: string; locales: Locale[] }> {
  const { root } = await copyContent();
  const handbookYaml = path.join(root, "translations/handbook.yaml");
  await writeFile(
    handbookYaml,
    (await readFile(handbookYaml, "utf8")).replace(/^# siteUrl: .*$/m, `siteUrl: ${FIXTURE_SITE_URL}`),
  );
  const hash = sourceHash("XSS test", XSS_BODY);
  for (const entry of await readdir(path.join(root, "translations"), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const text =
      entry.name === "en"
        ? `---\nid: xss-test\norder: 999\npart: help\ntitle: XSS test\nsources:\n  - seed:000_b59e1386dc61f03a.txt\nreviewed: "2026-11-23"\n---\n${XSS_BODY}`
        : // Marked per locale: a block equal to its source would be an untranslated-block error.
          `---\nid: xss-test\ntitle: XSS test (${entry.name})\nsourceHash: ${hash}\n---\n${XSS_BODY.replace("Tricks:", `Tricks (${entry.name}):`)}`;
    await writeFile(path.join(root, "translations", entry.name, "xss-test.md"), text);
  }
  return { root, locales: fixtureLocales() };
}
