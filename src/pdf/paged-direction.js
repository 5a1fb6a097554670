/* global document */
// Runs in a print page just before Paged.js lays it out, in both places that
// do: the PDF stage (src/pdf/render-brochure.ts injects this file) and the
// translator's print preview (templates/assets/print-preview.js loads it as
// /assets/paged-direction.js), so the preview shows the pages the PDF gets.
// Paged.js 0.4 loses every page but the first of each part when the document
// is dir="rtl": its overflow test assumes columns run left to right. So
// <html> is made left to right and the content (header and main) gets the
// page's direction. Plain JavaScript, run as it is in the browser.
(function () {
  var root = document.documentElement;
  var dir = root.getAttribute("dir") || "ltr";
  root.setAttribute("dir", "ltr");
  document.querySelectorAll("body > header, body > main").forEach(function (el) {
    el.setAttribute("dir", dir);
  });
})();
