/**
 * The key of a recorded verify pass (src/pdf/verify-record.ts): every input of
 * the verify's answer must change it, or a build would trust a pass that no
 * longer holds. (That a build records and uses passes, and that a changed PDF
 * or expectation is checked in full, is tested on real PDFs in pdf-build.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { tmpdir } from "node:os";
import { verifyRecordKey, type VerifyReaders } from "../../src/pdf/verify-record.ts";
import { pageGeometry } from "../../src/pdf/page-geometry.ts";
import { pdfFileNames } from "../../src/pdf/pdf-files.ts";
import type { VerifyExpectations } from "../../src/pdf/verify-pdfs.ts";

let dir: string;
const names = pdfFileNames("nb");
const readers: VerifyReaders = { code: "a".repeat(64), poppler: "pdftotext version 22.02.0" };
const expectations: VerifyExpectations = {
  locale: "nb",
  geometry: pageGeometry("A5"),
  contacts: ["113", "+47 55 55 33 33"],
  printHtml: "<main>Ring 113</main>",
};
const key = (e: VerifyExpectations = expectations, r: VerifyReaders = readers) => verifyRecordKey(dir, e, r);
const writeAll = async () => {
  for (const name of Object.values(names)) await writeFile(path.join(dir, name), `%PDF-1.7 ${name}`);
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "handbook-verify-record-"));
  await writeAll();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("verifyRecordKey", () => {
  it("is the same for the same files, expectations and readers", async () => {
    expect(await key()).toMatch(/^[0-9a-f]{64}$/);
    expect(await key()).toBe(await key());
    expect(await key({ ...expectations, contacts: [...expectations.contacts] })).toBe(await key());
  });

  it("changes with one byte of any of the three PDFs, and when one is missing", async () => {
    const before = await key();
    for (const name of Object.values(names)) {
      await writeFile(path.join(dir, name), `%PDF-1.7 ${name}!`);
      expect(await key(), name).not.toBe(before);
      await writeAll();
      expect(await key(), name).toBe(before);
    }
    await unlink(path.join(dir, names.booklet));
    expect(await key()).not.toBe(before);
    await writeFile(path.join(dir, names.booklet), "");
    const empty = await key();
    expect(empty).not.toBe(before);
    await writeAll();
  });

  it("changes with what the verify expects: contacts, page geometry, the print page", async () => {
    const before = await key();
    const changed: VerifyExpectations[] = [
      { ...expectations, contacts: ["113", "+47 55 55 33 34"] },
      { ...expectations, contacts: ["113"] },
      { ...expectations, geometry: pageGeometry("A4") },
      { ...expectations, printHtml: "<main>Ring 112</main>" },
      { ...expectations, printHtml: undefined },
    ];
    for (const e of changed) expect(await key(e), JSON.stringify(e).slice(0, 120)).not.toBe(before);
  });

  it("changes with the code that reads the PDFs and with pdftotext's version", async () => {
    const before = await key();
    expect(await key(expectations, { ...readers, code: "b".repeat(64) })).not.toBe(before);
    expect(await key(expectations, { ...readers, poppler: "absent" })).not.toBe(before);
  });
});
