import { PDFDocument, PDFName } from "pdf-lib";

export interface XmpFields {
  title: string;
  /** BCP-47 language of the title, the description and the text. */
  lang: string;
  creator: string;
  description: string;
  keywords: string[];
  tool: string;
  date: Date;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The XMP packet: what PDF/UA checkers and document managers read instead of
 * the Info dictionary (title shown in the window, language, author, summary).
 * Input: { title: "Patient rights", lang: "en", … } → `<?xpacket …?><x:xmpmeta …><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Patient rights</rdf:li>…`
 */
export function xmpPacket(f: XmpFields): string {
  const date = f.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const alt = (text: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li><rdf:li xml:lang="${escapeXml(f.lang)}">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(f.title)}</dc:title>`,
    `<dc:description>${alt(f.description)}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(f.creator)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(f.lang)}</rdf:li></rdf:Bag></dc:language>`,
    f.keywords.length
      ? `<dc:subject><rdf:Bag>${f.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>`
      : "",
    `<xmp:CreatorTool>${escapeXml(f.tool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<pdf:Producer>${escapeXml(f.tool)}</pdf:Producer>`,
    f.keywords.length ? `<pdf:Keywords>${escapeXml(f.keywords.join(", "))}</pdf:Keywords>` : "",
    `</rdf:Description>`,
    `</rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** Puts the XMP packet on the catalog, uncompressed (as the XMP spec asks, so tools can find it by scanning). */
export function setXmpMetadata(doc: PDFDocument, f: XmpFields): void {
  const stream = doc.context.stream(new TextEncoder().encode(xmpPacket(f)), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(stream));
}
