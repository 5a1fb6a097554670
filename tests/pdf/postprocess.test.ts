/** The reading copy's post-processing (src/pdf/postprocess.ts) on a small PDF made with pdf-lib: no browser. */
import { describe, expect, it } from "vitest";
import { PDFDict, PDFDocument, PDFHexString, PDFName, StandardFonts } from "pdf-lib";
import { makeReadingCopy } from "../../src/pdf/postprocess.ts";
import { pageGeometry, PT_PER_MM } from "../../src/pdf/page-geometry.ts";
import { readPdfStructure } from "../../src/pdf/pdf-structure.ts";
import { readPdf } from "../../src/pdf/pdf-text.ts";
import { printPageHeadings } from "../../src/pdf/tagging.ts";

const A5 = pageGeometry("A5");

/** One A5 page with bleed, its text, and Chromium's kind of outline: a space lost at a line break. */
async function rendered(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([(A5.width + 2 * A5.bleed) * PT_PER_MM, (A5.height + 2 * A5.bleed) * PT_PER_MM]);
  page.drawText("Patient rights in Norway", {
    x: 40,
    y: 500,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  const root = doc.context.nextRef();
  const item = doc.context.register(
    doc.context.obj({
      Title: PDFHexString.fromText("Patient rights inNorway"),
      Parent: root,
      Dest: [page.ref, "XYZ", 0, 500, 0],
    }),
  );
  doc.context.assign(root, doc.context.obj({ Type: "Outlines", First: item, Last: item, Count: 1 }));
  doc.catalog.set(PDFName.of("Outlines"), root);
  return doc.save();
}

describe("the reading copy", () => {
  it("gets XMP metadata, DisplayDocTitle, /Lang and outline titles from the print page's headings", async () => {
    const date = new Date(Date.UTC(2026, 10, 23));
    const pdf = await makeReadingCopy(await rendered(), A5, {
      title: "Pasientrettigheter i Norge",
      author: "Personskadeforbundet LTN",
      subject: "En håndbok",
      keywords: ["nb"],
      lang: "nb",
      dir: "ltr",
      date,
      headings: printPageHeadings("<h1>Patient rights in Norway</h1>"),
    });
    const s = await readPdfStructure(pdf);
    expect(s.lang).toBe("nb");
    expect(s.displayDocTitle).toBe(true);
    expect(s.xmp).toContain('<rdf:li xml:lang="nb">Pasientrettigheter i Norge</rdf:li>');
    expect(s.xmp).toContain("<dc:creator><rdf:Seq><rdf:li>Personskadeforbundet LTN</rdf:li></rdf:Seq></dc:creator>");
    expect(s.xmp).toContain("<xmp:CreateDate>2026-11-23T00:00:00Z</xmp:CreateDate>");
    expect((await readPdf(pdf)).outline).toEqual(["Patient rights in Norway"]);
    const doc = await PDFDocument.load(pdf);
    expect(doc.catalog.lookup(PDFName.of("Metadata"))).toBeDefined();
    expect(doc.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict).get(PDFName.of("Direction"))).toBeUndefined();
  }, 30_000);
});
