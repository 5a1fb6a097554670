import { describe, expect, it } from "vitest";
import { externalReferences, OFFLINE_CSP, selfContainedPage } from "../../src/kit/self-contained.ts";

const page = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/x.js" defer></script>
</head>
<body><a href="#s">Jump</a> <a href="/pl/sick-pay/">page</a> <img src="x.png"></body>
</html>`;

describe("selfContainedPage", () => {
  const out = selfContainedPage(page, "p { color: red }");

  it("puts the CSS inside, replaces the CSP, drops the icon and scripts", () => {
    expect(out).toContain("<style>\np { color: red }\n</style>");
    expect(out).toContain(`content="${OFFLINE_CSP}"`);
    expect(out).not.toContain("favicon");
    expect(out).not.toContain("<script");
  });

  it("keeps links within the page and turns links to other pages into their text", () => {
    expect(out).toContain('<a href="#s">Jump</a> page ');
  });

  it("leaves anything else a browser would fetch for externalReferences to find", () => {
    expect(externalReferences(out)).toEqual(["x.png"]);
    expect(
      externalReferences('<style>@font-face{src:url(data:font/woff2;base64,AA)} a{background:url("/b.png")}</style>'),
    ).toEqual(["/b.png"]);
  });
});
