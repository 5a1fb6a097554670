// Print preview for translators (npm run preview): /<locale>/print/?preview
// lays the page out with Paged.js in the browser, exactly as the PDF stage does,
// so a translator sees where text overflows a page. Only the preview build
// ships this file and Paged.js; the published site has no JavaScript.
// Around the pages: a grey desk with a gap and a shadow between sheets (so one
// page's end is never mistaken for the next one's start), the translator bar,
// and a status that says "Laying out… page n" while Paged.js works (it takes
// seconds, and showed a blank window before) and "Page n of N" afterwards.
(function () {
  if (!new URLSearchParams(location.search).has("preview")) return;
  var root = document.documentElement;
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "page.css";
  document.head.appendChild(css);

  // data-pagedjs-ignore: Paged.js leaves this sheet alone (it rewrites and
  // moves the others, and applies their print rules, which hide the bar).
  var desk = document.createElement("style");
  desk.setAttribute("data-pagedjs-ignore", "");
  desk.textContent = [
    "html { background: #5f6368 !important; }",
    "body { background: transparent !important; margin: 0; }",
    ".pagedjs_pages { display: flex; flex-direction: column; align-items: center; gap: 28px; padding: 28px 0 96px; }",
    ".pagedjs_page { background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.5), 0 6px 18px rgba(0,0,0,.35); margin: 0 !important; }",
    ".translator-bar.pv-bar { display: block !important; position: sticky; top: 0; z-index: 20; font: 14px/1.45 system-ui, sans-serif !important; }",
    // The print rules Paged.js applies make links plain text; in the bar they must look like links.
    ".pv-bar a { color: #fff !important; text-decoration: underline !important; }",
    ".pv-bar .translator-file { font-size: 16px !important; }",
    ".pv-status { position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 20; margin: 0; padding: 0.5rem 0.9rem; background: #1a1a1a; color: #fff; border-radius: 0.4rem; font: 600 15px/1.3 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.4); }",
    ".pv-status.pv-working::before { content: ''; display: inline-block; width: 0.8em; height: 0.8em; margin-inline-end: 0.5em; vertical-align: -0.1em; border: 2px solid #fff; border-inline-end-color: transparent; border-radius: 50%; animation: pv-spin 0.8s linear infinite; }",
    "@keyframes pv-spin { to { transform: rotate(360deg); } }",
    "@media (prefers-reduced-motion: reduce) { .pv-status.pv-working::before { animation: none; } }",
    ".pv-announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }",
  ].join("\n");
  document.head.appendChild(desk);

  // The bar and the status live outside <body>, which Paged.js empties and refills with pages.
  var bar = document.querySelector("body > .translator-bar");
  if (bar) {
    bar.classList.add("pv-bar");
    root.insertBefore(bar, document.body);
  }
  var status = document.createElement("p");
  status.className = "pv-status pv-working";
  status.setAttribute("lang", "en");
  status.setAttribute("dir", "ltr");
  status.textContent = "Laying out the pages…";
  root.appendChild(status);
  // The visible status changes with every page and every scroll; a screen reader hears only the start and the end.
  var announce = document.createElement("p");
  announce.className = "pv-announce";
  announce.setAttribute("role", "status");
  announce.setAttribute("lang", "en");
  root.appendChild(announce);
  setTimeout(function () {
    announce.textContent = "Laying out the pages for print.";
  }, 100);

  var laidOut = 0;
  window.PagedConfig = {
    before: function () {
      if (!window.PagedPolyfill) return;
      window.PagedPolyfill.on("page", function () {
        laidOut++;
        status.textContent = "Laying out… page " + laidOut;
      });
    },
    after: function () {
      var pages = Array.prototype.slice.call(document.querySelectorAll(".pagedjs_page"));
      status.classList.remove("pv-working");
      status.setAttribute("data-pages", String(pages.length));
      announce.textContent = pages.length + " pages laid out.";
      var shown = 0;
      function update() {
        // The page under the middle of the window is the one being read.
        var middle = window.innerHeight / 2;
        var current = 1;
        for (var i = 0; i < pages.length; i++) {
          var box = pages[i].getBoundingClientRect();
          if (box.top <= middle) current = i + 1;
          else break;
        }
        if (current === shown) return;
        shown = current;
        status.textContent = "Page " + current + " of " + pages.length;
      }
      update();
      window.addEventListener("scroll", update, { passive: true });
      window.addEventListener("resize", update);
    },
  };
  // The right-to-left workaround (<html> left to right, the content in the page's direction) has one
  // home, which the PDF stage runs too: src/pdf/paged-direction.js. Scripts added with async = false
  // run in the order added, so it runs before Paged.js.
  ["/assets/paged-direction.js", "/assets/paged.polyfill.js"].forEach(function (src) {
    var script = document.createElement("script");
    script.src = src;
    script.async = false;
    document.head.appendChild(script);
  });
})();
