/**
 * A record of a passed verify, beside a locale's PDFs (<dir>/.verified.json):
 * the SHA-256 of everything the verify's answer depends on. The verify of one
 * locale is a pure function of its three PDFs' bytes, what it expects of them
 * (page geometry, contacts, the print page's HTML) and the code that reads
 * them (src/pdf/verify-pdfs.ts and its imports, pdf-lib, pdf.js, pdftotext).
 * When a build's verify stage finds a record whose key matches, it has read
 * and hashed every byte of the three files and knows the full check would
 * pass again, so it does not parse them again. Why: a rebuild after editing
 * one language keeps the other seven, and reading those seven back in full
 * (pdf.js and pdftotext, about 2.4 s of CPU) slowed the one being made by
 * more than a second on two cores. A changed byte, expectation or reader
 * means no match, and the full check runs (and records a new pass).
 * `npm run verify:pdf` always runs the full check.
 */
import { execFile } from "node:child_process";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson, codeHash, sha256, type CodeSet } from "./pdf-cache.ts";
import { pdfFileNames } from "./pdf-files.ts";
import { verifyLocalePdfs, type PdfProblem, type VerifyExpectations } from "./verify-pdfs.ts";

/** The record's file name (a dot file: the site and verify read only the PDFs by name). */
export const VERIFIED_FILE = ".verified.json";

/** The code that reads a locale's PDFs back. */
const VERIFY_CODE: CodeSet = { entries: ["src/pdf/verify-pdfs.ts"], extras: [], packages: ["pdf-lib", "pdfjs-dist"] };

/** What every record of one verify run shares: the reading code's hash and pdftotext's version. */
export interface VerifyReaders {
  code: string;
  poppler: string;
}

/** Finds the readers once per verify run (about 10 ms). */
export async function verifyReaders(): Promise<VerifyReaders> {
  const [code, poppler] = await Promise.all([codeHash(undefined, VERIFY_CODE), popplerVersion()]);
  return { code, poppler };
}

/** pdftotext's version line (it prints it to stderr), or "absent": the verify then reads with pdf.js. */
function popplerVersion(): Promise<string> {
  return new Promise((resolve) => {
    execFile("pdftotext", ["-v"], { timeout: 10_000 }, (error, stdout, stderr) => {
      const line = `${stderr}${stdout}`.split("\n").find((l) => /version/i.test(l));
      resolve(line?.trim() ?? (error ? "absent" : "unknown"));
    });
  });
}

/** Input: a locale's PDF folder, the expectations and readers. Output: the key a recorded pass must carry. */
export async function verifyRecordKey(
  dir: string,
  expect: VerifyExpectations,
  readers: VerifyReaders,
): Promise<string> {
  const files: Record<string, string> = {};
  for (const name of Object.values(pdfFileNames(expect.locale)))
    files[name] = await readFile(path.join(dir, name)).then(sha256, () => "missing");
  return sha256(
    canonicalJson({
      version: 1,
      readers,
      files,
      expect: { ...expect, printHtml: expect.printHtml === undefined ? null : sha256(expect.printHtml) },
    }),
  );
}

/** True when <dir> holds a record of a pass with this key. */
async function passedBefore(dir: string, key: string): Promise<boolean> {
  const text = await readFile(path.join(dir, VERIFIED_FILE), "utf8").catch(() => "");
  try {
    return (JSON.parse(text) as { key?: unknown }).key === key;
  } catch {
    return false;
  }
}

/** Written beside and renamed over the old record, so a build stopped mid-write leaves no half record. */
async function recordPass(dir: string, key: string): Promise<void> {
  const tmp = path.join(dir, `${VERIFIED_FILE}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, `${JSON.stringify({ key })}\n`);
    await rename(tmp, path.join(dir, VERIFIED_FILE));
  } catch {
    // No record only means the next build reads these PDFs in full again.
  }
}

/**
 * The verify of one locale (verifyLocalePdfs), answered from its record when the record's key
 * matches; a pass is recorded. `recorded` says whether the answer came from the record.
 */
export async function verifyLocaleRecorded(
  dir: string,
  expect: VerifyExpectations,
  readers: VerifyReaders,
): Promise<{ problems: PdfProblem[]; recorded: boolean }> {
  const key = await verifyRecordKey(dir, expect, readers);
  if (await passedBefore(dir, key)) return { problems: [], recorded: true };
  const problems = await verifyLocalePdfs(dir, expect);
  if (problems.length === 0) await recordPass(dir, key);
  return { problems, recorded: false };
}
