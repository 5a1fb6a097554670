/**
 * The PDF cache must never serve a stale PDF: every kind of input changes the
 * key (pure, no browser), and the files a print page loads are found.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, rm, writeFile, cp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  buildEpoch,
  cacheKey,
  canonicalJson,
  codeFiles,
  codeHash,
  relativeImports,
  cssReferences,
  htmlReferences,
  pageInputs,
  resolveReference,
  reusableEntry,
  writeEntry,
  type KeyInputs,
} from "../../src/pdf/pdf-cache.ts";
import { repoRoot } from "../helpers/cli.ts";
import { stableNodeIds } from "../../src/pipeline/build-posters.ts";
import { remainingToVerify } from "../../src/pipeline/early-verify.ts";

const base: KeyInputs = {
  target: "brochure:nb",
  pages: { "/nb/print/index.html": "a".repeat(64) },
  assets: { "/assets/site.css": "b".repeat(64), "/fonts/noto-sans-latin-400-normal.woff2": "c".repeat(64) },
  layout: { geometry: { width: 148, height: 210, bleed: 3 }, dir: "ltr", draft: false },
  meta: { title: "Dine rettigheter", author: "Publisher", keywords: ["x", "2026-11-01", "abc123"], lang: "nb" },
  code: "d".repeat(64),
  chromium: "Chromium 131.0.6778.139",
  epoch: "1764547200",
};

const temps: string[] = [];
afterEach(async () => {
  for (const t of temps.splice(0)) await rm(t, { recursive: true, force: true });
}, 60_000);
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), "pdf-cache-test-"));
  temps.push(d);
  return d;
};

describe("cacheKey", () => {
  it("is the same for the same inputs, whatever the order of their keys", () => {
    const reordered: KeyInputs = {
      ...base,
      assets: { "/fonts/noto-sans-latin-400-normal.woff2": "c".repeat(64), "/assets/site.css": "b".repeat(64) },
    };
    expect(cacheKey(reordered)).toBe(cacheKey(base));
    expect(cacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  const changes: [string, Partial<KeyInputs>][] = [
    ["another locale", { target: "brochure:en" }],
    ["the print page's HTML", { pages: { "/nb/print/index.html": "e".repeat(64) } }],
    ["a stylesheet", { assets: { ...base.assets, "/assets/site.css": "f".repeat(64) } }],
    ["a font", { assets: { ...base.assets, "/fonts/noto-sans-latin-400-normal.woff2": "0".repeat(64) } }],
    ["an image the page gains", { assets: { ...base.assets, "/nb/img/map.png": "1".repeat(64) } }],
    ["an image that went missing", { assets: { ...base.assets, "/assets/site.css": "missing" } }],
    ["the page size", { layout: { geometry: { width: 210, height: 297, bleed: 3 }, dir: "ltr", draft: false } }],
    ["the direction", { layout: { geometry: { width: 148, height: 210, bleed: 3 }, dir: "rtl", draft: false } }],
    ["the draft mark", { layout: { geometry: { width: 148, height: 210, bleed: 3 }, dir: "ltr", draft: true } }],
    [
      "the metadata (content version in the keywords)",
      { meta: { ...(base.meta as object), keywords: ["x", "2026-11-01", "def456"] } },
    ],
    ["the code or Paged.js version", { code: "9".repeat(64) }],
    ["the Chromium version", { chromium: "Chromium 132.0.6834.83" }],
    ["SOURCE_DATE_EPOCH", { epoch: "1764633600" }],
    ["SOURCE_DATE_EPOCH being unset", { epoch: "unset" }],
  ];
  it.each(changes)("changes with %s", (_, change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base));
  });
});

describe("buildEpoch", () => {
  it('is SOURCE_DATE_EPOCH when it is whole seconds, else "unset"', () => {
    expect(buildEpoch({ SOURCE_DATE_EPOCH: "1764547200" })).toBe("1764547200");
    expect(buildEpoch({})).toBe("unset");
    expect(buildEpoch({ SOURCE_DATE_EPOCH: "yesterday" })).toBe("unset");
  });
});

describe("canonicalJson", () => {
  it("sorts object keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: [2, { d: 1, c: 0 }], a: "x", u: undefined })).toBe('{"a":"x","b":[2,{"c":0,"d":1}]}');
  });
});

describe("what a page loads", { timeout: 60_000 }, () => {
  it("takes stylesheets, scripts, images and style url()s, not the pages it links to", () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="/assets/brochure.css" media="print">
      <link rel="alternate" hreflang="en" href="/en/print/"><link rel="canonical" href="/nb/print/">
      <script src="/assets/search.js"></script><style>.x{background:url('/img/bg.png')}</style></head>
      <body><a href="/nb/">home</a><img src="../img/map.png" srcset="../img/map-2x.png 2x, ../img/map-3x.png 3x">
      <div style="background-image: url(&quot;/img/inline.png&quot;)"></div><svg><use href="#icon"/><image href="/img/logo.svg"/></svg>
      <!-- <img src="/img/commented.png"> --><img src="data:image/png;base64,AAAA"></body></html>`;
    expect(htmlReferences(html).sort()).toEqual(
      [
        "/assets/site.css",
        "/assets/brochure.css",
        "/assets/search.js",
        "../img/map.png",
        "../img/map-2x.png",
        "../img/map-3x.png",
        "/img/inline.png",
        "/img/logo.svg",
        "/img/bg.png",
      ].sort(),
    );
  });

  it("takes url() and @import from CSS, not from comments or data: URLs", () => {
    const css = `@import "print.css"; /* url(/old.woff2) */ @font-face{src:url(/fonts/a.woff2) format("woff2"),url('b.woff')} .q{background:url(data:image/png;base64,AA)}`;
    expect(cssReferences(css).sort()).toEqual(["/fonts/a.woff2", "b.woff", "print.css"].sort());
  });

  it("resolves an address against the file that wrote it, without query or fragment", () => {
    expect(resolveReference("/nb/print/index.html", "../../assets/site.css?v=2#x")).toEqual({
      sitePath: "/assets/site.css",
    });
    expect(resolveReference("/assets/site.css", "../fonts/noto%20sans.woff2")).toEqual({
      sitePath: "/fonts/noto sans.woff2",
    });
    expect(resolveReference("/nb/print/index.html", "img/")).toEqual({ sitePath: "/nb/print/img/index.html" });
    expect(resolveReference("/nb/print/index.html", "https://cdn.example/x.css")).toEqual({
      external: "https://cdn.example/x.css",
    });
  });

  it("hashes the page and, through its CSS, the fonts it loads; another locale's page does not count", async () => {
    const site = await tempDir();
    const write = async (rel: string, text: string) => {
      await mkdir(path.dirname(path.join(site, rel)), { recursive: true });
      await writeFile(path.join(site, rel), text);
    };
    await write(
      "nb/print/index.html",
      `<link rel="stylesheet" href="/assets/site.css"><img src="img/kart.png"><a href="/en/print/">en</a>`,
    );
    await write("en/print/index.html", `<link rel="stylesheet" href="/assets/site.css">`);
    await write("assets/site.css", `@font-face{src:url(/fonts/a.woff2)}`);
    await write("fonts/a.woff2", "font-1");
    await write("nb/print/img/kart.png", "png-1");
    const inputs = () => pageInputs(site, ["/nb/print/index.html"]);
    const first = await inputs();
    expect(Object.keys(first.assets).sort()).toEqual(["/assets/site.css", "/fonts/a.woff2", "/nb/print/img/kart.png"]);
    await write("en/print/index.html", `<p>changed</p>`);
    expect(await inputs()).toEqual(first);
    await write("fonts/a.woff2", "font-2");
    const fontChanged = await inputs();
    expect(fontChanged.assets["/fonts/a.woff2"]).not.toBe(first.assets["/fonts/a.woff2"]);
    await rm(path.join(site, "nb/print/img/kart.png"));
    expect((await inputs()).assets["/nb/print/img/kart.png"]).toBe("missing");
    await write("nb/print/index.html", `<link rel="stylesheet" href="/assets/site.css"><p>new text</p>`);
    expect((await inputs()).pages["/nb/print/index.html"]).not.toBe(first.pages["/nb/print/index.html"]);
  });
});

describe("codeHash", { timeout: 60_000 }, () => {
  it("follows the PDF stage's imports: rendering code, page rules and CSS count, verify-only code does not", async () => {
    const files = await codeFiles(repoRoot);
    for (const f of [
      "src/pipeline/build-pdfs.ts",
      "src/pdf/render-brochure.ts",
      "src/pdf/postprocess.ts",
      "src/pdf/page-css.ts",
      "src/pdf/layout-collector.js",
      "src/browser/launch-browser.ts",
      "src/pdf/pdf-cache.ts",
      "templates/css/brochure.css",
    ]) {
      expect(files).toContain(f);
    }
    expect(files).not.toContain("src/pdf/verify-pdfs.ts");
  });

  it("changes when a file the PDF code is made of changes, or a newly imported one", async () => {
    const dir = await tempDir();
    await cp(path.join(repoRoot, "src"), path.join(dir, "src"), { recursive: true });
    await cp(path.join(repoRoot, "templates/css"), path.join(dir, "templates/css"), { recursive: true });
    const edit = async (rel: string, f: (text: string) => string) =>
      writeFile(path.join(dir, rel), f(await readFile(path.join(dir, rel), "utf8")));
    const first = await codeHash(dir);
    expect(await codeHash(dir)).toBe(first);
    await edit("src/pdf/verify-pdfs.ts", (t) => `${t}\n// verify only\n`);
    expect(await codeHash(dir)).toBe(first);
    await edit("src/pdf/postprocess.ts", (t) => `${t}\n// changed\n`);
    const second = await codeHash(dir);
    expect(second).not.toBe(first);
    await edit("templates/css/brochure.css", () => "@page { size: A4 }");
    const third = await codeHash(dir);
    expect(third).not.toBe(second);
    await writeFile(path.join(dir, "src/pdf/new-step.ts"), "export const x = 1;\n");
    expect(await codeHash(dir)).toBe(third);
    await edit("src/pdf/page-css.ts", (t) => `import { x } from "./new-step.ts";\n${t}`);
    const fourth = await codeHash(dir);
    await writeFile(path.join(dir, "src/pdf/new-step.ts"), "export const x = 2;\n");
    expect(await codeHash(dir)).not.toBe(fourth);
  });

  it("reads run-time imports, not type-only ones", () => {
    const source = `import { a } from "./a.ts";\nimport type { B } from "./b.ts";\nimport {\n  c,\n  d,\n} from "../c.ts";\nexport { e } from "./e.ts";\nimport "./side.ts";\nconst f = await import("./f.ts");\nimport x from "node:fs";`;
    expect(relativeImports(source).sort()).toEqual(["../c.ts", "./a.ts", "./e.ts", "./f.ts", "./side.ts"]);
  });
});

describe("reusableEntry", { timeout: 60_000 }, () => {
  it("reuses only with the same key and every PDF as recorded", async () => {
    const dir = await tempDir();
    const outputs = [
      ["a.pdf", new Uint8Array([1, 2, 3])],
      ["b.pdf", new Uint8Array([4, 5])],
    ] as const;
    for (const [name, bytes] of outputs) await writeFile(path.join(dir, name), bytes);
    const key = "7".repeat(64);
    await writeEntry(dir, key, outputs, { pages: 36 });
    expect((await reusableEntry(dir, key, ["a.pdf", "b.pdf"]))?.report).toEqual({ pages: 36 });
    expect(await reusableEntry(dir, "8".repeat(64), ["a.pdf", "b.pdf"])).toBeUndefined();
    expect(await reusableEntry(dir, key, ["a.pdf", "b.pdf", "c.pdf"])).toBeUndefined();
    await writeFile(path.join(dir, "b.pdf"), new Uint8Array([4]));
    expect(await reusableEntry(dir, key, ["a.pdf", "b.pdf"])).toBeUndefined();
    await writeFile(path.join(dir, ".build-key.json"), "{ not json");
    expect(await reusableEntry(dir, key, ["a.pdf"])).toBeUndefined();
  });
});

describe("stableNodeIds (the posters' reproducible bytes)", () => {
  it("numbers Chromium's node ids 0, 1, 2… in their order, whatever their start and gaps, keeping the length", () => {
    const pdf = (ids: number[]) =>
      new Uint8Array(Buffer.from(ids.map((n) => `<< /ID (node${String(n).padStart(8, "0")}) >>`).join("\n"), "latin1"));
    const a = stableNodeIds(pdf([84, 86, 90, 100]));
    const b = stableNodeIds(pdf([76, 77, 82, 95]));
    expect(Buffer.from(a).toString("latin1")).toBe(Buffer.from(pdf([0, 1, 2, 3])).toString("latin1"));
    expect(b).toEqual(a);
    expect(a.length).toBe(pdf([84, 86, 90, 100]).length);
    const none = new Uint8Array([1, 2, 3]);
    expect(stableNodeIds(none)).toBe(none);
  });
});

describe("remainingToVerify (the verify stage after the kept PDFs were read early)", () => {
  it("reads every locale and the posters once: early what was kept, the rest in the stage", () => {
    const wanted = { locales: ["en", "nb", "ar"], posters: true };
    expect(remainingToVerify(wanted, undefined)).toEqual({ locales: ["en", "nb", "ar"], posters: true });
    expect(remainingToVerify(wanted, { locales: ["en", "ar"], posters: true })).toEqual({
      locales: ["nb"],
      posters: false,
    });
    expect(remainingToVerify(wanted, { locales: ["en", "nb", "ar"], posters: false })).toEqual({
      locales: [],
      posters: true,
    });
    expect(remainingToVerify({ locales: ["nb"], posters: false }, { locales: ["nb"], posters: false })).toEqual({
      locales: [],
      posters: false,
    });
  });
});
