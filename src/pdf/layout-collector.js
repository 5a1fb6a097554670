// Runs inside the print page after Paged.js has laid it out (injected by
// src/pdf/layout-check.ts): measures every .pagedjs_page and returns plain
// data for the layout check. Plain JavaScript, so no build step can add
// helpers that the page does not have. Returns PageLayout[] (layout-check.ts).
window.__handbookCollectLayout = function collectLayout() {
  const DELIBERATE = ".cover, .toc, .print-intro, .colophon, .back-cover, [data-layout-deliberate]";
  // A contact entry: a group of the contacts list, a list item that gives a contact, a contact link.
  const CONTACT = ".contact-group, li:has([data-contact]), [data-contact]";
  const SECTION =
    "[data-section], section.print-section, .print-part, .print-contacts, .colophon, .print-intro, .toc, .back-cover, .cover";
  const LEAD_END = /[:：፦]$/u;
  const short = (text) => {
    const t = text.replace(/\s+/g, " ").trim();
    return t.length > 60 ? `${t.slice(0, 57)}…` : t;
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return style.display !== "none" && style.visibility !== "hidden";
  };
  /** The section a node belongs to: the closest marked section, named by its id. */
  const sectionOf = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const s = el?.closest(SECTION);
    if (!s) return undefined;
    return (
      s.getAttribute("data-section") ||
      (s.matches("section.print-section") && s.getAttribute("aria-labelledby")) ||
      (s.id && s.id.replace(/^part-/, "")) ||
      s.className
        .split(/\s+/)
        .find((c) => c && !c.startsWith("pagedjs"))
        ?.replace(/^print-/, "") ||
      undefined
    );
  };
  const pages = [];
  // Paged.js gives both fragments of an element it splits the same data-ref.
  const contactPages = new Map();
  for (const [i, pageEl] of [...document.querySelectorAll(".pagedjs_page")].entries()) {
    const content = pageEl.querySelector(".pagedjs_page_content");
    const areaEl = pageEl.querySelector(".pagedjs_area") ?? content;
    const area = areaEl.getBoundingClientRect();
    const classes = pageEl.className;
    const named = [...pageEl.classList].find(
      (c) =>
        c.startsWith("pagedjs_") && c.endsWith("_page") && !/^pagedjs_(first|left|right|blank|named)_page$/.test(c),
    );
    const page = {
      number: i + 1,
      first: classes.includes("pagedjs_first_page"),
      blank: classes.includes("pagedjs_blank_page"),
      named: named ? named.slice("pagedjs_".length, -"_page".length) : undefined,
      deliberate: false,
      areaHeight: area.height,
      contentHeight: 0,
      textChars: 0,
      images: 0,
      last: undefined,
      splitContacts: [],
      overflow: [],
      smallText: [],
      firstSection: undefined,
    };
    if (!content) {
      pages.push(page);
      continue;
    }
    // Text: how much, how low it reaches, whether it leaves the page area, and its size.
    let bottom = area.top;
    let lastNode;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const smallSeen = new Set();
    const lines = [];
    const overflowSeen = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      if (!text) continue;
      const parent = node.parentElement;
      if (!parent) continue;
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) continue;
      // Visually hidden text (screen-reader only) is a 1 px box.
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      if (!visible(parent)) continue;
      page.textChars += text.length;
      lastNode = node;
      if (!page.firstSection) page.firstSection = sectionOf(node);
      for (const r of rects) {
        bottom = Math.max(bottom, r.bottom);
        lines.push({ node, top: r.top, bottom: r.bottom });
      }
      // A line whose middle is outside the area (a glyph's ascent may reach above a tight line box).
      const out = rects.some(
        (r) =>
          r.right > area.right + 1 ||
          r.left < area.left - 1 ||
          (r.top + r.bottom) / 2 > area.bottom ||
          (r.top + r.bottom) / 2 < area.top,
      );
      if (out && !overflowSeen.has(parent)) {
        overflowSeen.add(parent);
        page.overflow.push({ what: `text "${short(text)}"`, section: sectionOf(node) });
      }
      const pt = parseFloat(getComputedStyle(parent).fontSize) * 0.75;
      if (!smallSeen.has(parent)) {
        smallSeen.add(parent);
        page.smallText.push({ pt: Math.round(pt * 10) / 10, text: short(text), section: sectionOf(node) });
      }
    }
    // Boxes (images, tables, framed blocks) that leave the page area.
    for (const el of content.querySelectorAll("*")) {
      // Paged.js's own wrapper around the page's fragment is as wide as its columns, not the page.
      if (el.parentElement === content) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.matches("img, svg, video, canvas, object")) {
        page.images++;
        bottom = Math.max(bottom, r.bottom);
        if (!lastNode || lastNode.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) lastNode = el;
      }
      const out = r.right > area.right + 1 || r.left < area.left - 1 || r.bottom > area.bottom + 1;
      if (out && visible(el) && !overflowSeen.has(el) && !(el.parentElement && overflowSeen.has(el.parentElement))) {
        overflowSeen.add(el);
        const tag = el.tagName.toLowerCase();
        page.overflow.push({
          what: `${tag}${el.classList.length ? `.${[...el.classList].join(".")}` : ""} "${short(el.textContent ?? "")}"`,
          section: sectionOf(el),
        });
      }
    }
    page.overflow = page.overflow.filter((o, k, all) => all.findIndex((p) => p.what === o.what) === k);
    // Only the smallest size matters for the check; keep a few examples.
    page.smallText.sort((a, b) => a.pt - b.pt);
    page.smallText = page.smallText.slice(0, 3);
    page.contentHeight = Math.max(0, bottom - area.top);
    // Pages that are short by design: the cover, the contents, the introduction, the colophon, the back cover.
    page.deliberate =
      Boolean(content.querySelector(DELIBERATE)) && !content.querySelector("section.print-section, .print-contacts");
    // The last thing on the page, and what it is.
    if (lastNode) {
      const el = lastNode.nodeType === 1 ? lastNode : lastNode.parentElement;
      const heading = el.closest("h1, h2, h3, h4");
      const para = el.closest("p");
      const fragment = (x) => x.hasAttribute("data-split-to");
      if (heading && !fragment(heading))
        page.last = { kind: "heading", text: short(heading.textContent ?? ""), section: sectionOf(heading) };
      else if (para && !fragment(para) && LEAD_END.test((para.textContent ?? "").trim()))
        page.last = { kind: "lead-in", text: short(para.textContent ?? ""), section: sectionOf(para) };
      else page.last = { kind: "other", text: short(el.textContent ?? ""), section: sectionOf(el) };
    }
    // The last heading on the page, and how many lines of text follow it there.
    const headings = [...content.querySelectorAll("h1, h2, h3, h4")].filter(
      (h) => h.getBoundingClientRect().height > 0 && !h.hasAttribute("data-split-to"),
    );
    const heading = headings.at(-1);
    if (heading) {
      const hb = heading.getBoundingClientRect().bottom;
      const after = lines.filter(
        (l) =>
          heading.compareDocumentPosition(l.node) & Node.DOCUMENT_POSITION_FOLLOWING &&
          !heading.contains(l.node) &&
          l.top >= hb - 2,
      );
      // Lines: line boxes whose bottoms are more than 3 px apart.
      let rows = 0;
      let row = -Infinity;
      for (const b of after.map((l) => l.bottom).sort((a, b) => a - b)) {
        if (b - row > 3) rows++;
        row = b;
      }
      const images = [...content.querySelectorAll("img, svg")].filter(
        (x) =>
          heading.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING && x.getBoundingClientRect().height > 0,
      ).length;
      // Whether what the heading introduces goes on on the next page (<main> itself goes on on every page).
      const continues = Boolean(
        heading
          .closest("section, article, li, dd, div:not(.pagedjs_page_content > div)")
          ?.hasAttribute("data-split-to"),
      );
      page.lastHeading = {
        text: short(heading.textContent ?? ""),
        section: sectionOf(heading),
        linesAfter: rows,
        images,
        continues,
        below: Math.max(0, area.bottom - hb),
      };
    }
    // Contact entries, outermost only, by data-ref: one on this page and the next is split.
    for (const el of content.querySelectorAll(CONTACT)) {
      if (el.parentElement?.closest(CONTACT)) continue;
      const ref = el.getAttribute("data-ref");
      if (!ref || !(el.textContent ?? "").trim()) continue;
      const seen = contactPages.get(ref);
      const text = el.innerText || el.textContent || "";
      if (seen && seen.page === i) {
        const before = pages[i - 1];
        if (before && !before.splitContacts.some((c) => c.ref === ref))
          before.splitContacts.push({ ref, text: short(seen.text), section: seen.section });
      } else contactPages.set(ref, { page: i + 1, text, section: sectionOf(el) });
    }
    pages.push(page);
  }
  return pages;
};
