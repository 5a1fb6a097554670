// Print preview for translators (npm run preview): /<locale>/print/?preview
// lays the page out with Paged.js in the browser, exactly as the PDF stage does,
// so a translator sees where text overflows a page. Only the preview build
// ships this file and Paged.js; the published site has no JavaScript.
(function () {
  if (!new URLSearchParams(location.search).has("preview")) return;
  var root = document.documentElement;
  var dir = root.getAttribute("dir") || "ltr";
  // Paged.js 0.4 loses pages when <html dir="rtl">; the PDF stage does the same.
  root.setAttribute("dir", "ltr");
  document.querySelectorAll("body > header, body > main").forEach(function (el) {
    el.setAttribute("dir", dir);
  });
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "page.css";
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = "/assets/paged.polyfill.js";
  document.head.appendChild(script);
})();
