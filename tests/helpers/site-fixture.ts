import { cp, mkdtemp, readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locale } from "../../src/model/locale.ts";
import { splitFrontMatter } from "../../src/content/front-matter.ts";
import { sourceHash } from "../../src/content/source-hash.ts";
import { locales as projectLocales } from "../../src/locales.ts";
import { repoRoot } from "./cli.ts";

/**
 * Test-only locales in scripts the project's real translations do not cover
 * yet: Arabic (right to left) and Tigrinya (Ethiopic script).
 */
export const AR: Locale = { code: "ar", englishName: "Arabic", nativeName: "العربية", dir: "rtl", fonts: ["Noto Sans Arabic", "Noto Sans"], status: "draft", enabled: true };
export const TI: Locale = { code: "ti", englishName: "Tigrinya", nativeName: "ትግርኛ", dir: "ltr", fonts: ["Noto Sans Ethiopic", "Noto Sans"], status: "draft", enabled: true };

/** The project's locales with the fixture's Arabic and Tigrinya in place of any of the same code. */
export function fixtureLocales(): Locale[] {
  return [...projectLocales.filter((l) => l.code !== AR.code && l.code !== TI.code), AR, TI];
}

/** A sentence in each fixture language, so pages hold that script and load its font. */
const SAMPLE: Record<string, { title: string; sentence: string; ui: Record<string, string> }> = {
  ar: {
    title: "حقوق المرضى في النرويج",
    sentence: "هذا نص تجريبي للاختبار فقط.",
    ui: { "nav.home": "الرئيسية", "nav.contents": "المحتويات", "nav.language": "اللغة", "nav.skipToContent": "انتقل إلى المحتوى", "emergency.heading": "أرقام الطوارئ" },
  },
  ti: {
    title: "መሰል ሕሙማት ኣብ ኖርወይ",
    sentence: "እዚ ንፈተና ጥራይ ዝኾነ ጽሑፍ እዩ።",
    ui: { "nav.home": "መበገሲ", "nav.contents": "ትሕዝቶ", "nav.language": "ቋንቋ", "nav.skipToContent": "ናብ ትሕዝቶ ኺድ", "emergency.heading": "ቁጽሪ ህጹጽ ረድኤት" },
  },
};

/** The fixture's published address (never contacted: only printed and encoded in QR codes). */
export const FIXTURE_SITE_URL = "https://handbook.example.org";

/** The XSS payloads a translation might contain; the site must print them as text. */
export const XSS_BODY = "Tricks: <script>alert(1)</script> and <img src=x onerror=alert(1)> and [x](javascript:alert(1)).\n";

/**
 * A copy of the real content plus Arabic and Tigrinya fixture locales (the
 * English text with one sentence in the fixture language, so every page kind
 * exists in those scripts), plus a section holding XSS payloads in every locale.
 */
export async function createSiteFixture(): Promise<{ root: string; locales: Locale[] }> {
  const root = await mkdtemp(path.join(tmpdir(), "handbook-site-"));
  await cp(path.join(repoRoot, "translations"), path.join(root, "translations"), { recursive: true });
  // A published address, so the printed covers get a QR code to the web version.
  const handbookYaml = path.join(root, "translations/handbook.yaml");
  await writeFile(handbookYaml, (await readFile(handbookYaml, "utf8")).replace(/^# siteUrl: .*$/m, `siteUrl: ${FIXTURE_SITE_URL}`));
  const en = path.join(root, "translations/en");
  const xssSource = `---\nid: xss-test\norder: 999\npart: help\ntitle: XSS test\nsources:\n  - seed:000_b59e1386dc61f03a.txt\nreviewed: "2026-11-23"\n---\n${XSS_BODY}`;
  await writeFile(path.join(en, "xss-test.md"), xssSource);
  await writeFile(path.join(root, "translations/nb/xss-test.md"), `---\nid: xss-test\ntitle: XSS-test\nsourceHash: ${sourceHash("XSS test", XSS_BODY)}\n---\n${XSS_BODY}`);
  const enUi = await readFile(path.join(en, "ui.yaml"), "utf8");
  for (const [code, sample] of Object.entries(SAMPLE)) {
    const dir = path.join(root, "translations", code);
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(en)) {
      if (!name.endsWith(".md")) continue;
      const split = splitFrontMatter(await readFile(path.join(en, name), "utf8"));
      if (!split.ok) throw new Error(`fixture: ${name}`);
      const title = /^title: (.*)$/m.exec(split.file.yaml)![1]!;
      const body = `${sample.sentence}\n\n${split.file.body}`;
      await writeFile(path.join(dir, name), `---\nid: ${name.slice(0, -3)}\ntitle: ${sample.title} – ${title}\nsourceHash: pending\n---\n${body}`);
    }
    let ui = enUi.replace(/^ {2}title: .*$/m, `  title: "${sample.title}"`);
    for (const [key, value] of Object.entries(sample.ui)) {
      const [, name] = key.split(".");
      ui = ui.replace(new RegExp(`^ {2}${name}: .*$`, "m"), `  ${name}: "${value}"`);
    }
    await writeFile(path.join(dir, "ui.yaml"), ui);
  }
  return { root, locales: fixtureLocales() };
}
