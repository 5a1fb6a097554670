// The header's search box: Pagefind's index of this language (built by the
// site stage into /pagefind/), loaded on first use. Without JavaScript, or
// when the index is missing, the form stays hidden and the site works as before.
const form = document.querySelector("form.search");
if (form) {
  const input = form.querySelector(".search-input");
  const status = form.querySelector(".search-status");
  const list = form.querySelector(".search-results");
  let pagefind;
  let latest = 0;

  const load = async () => {
    // Pagefind picks the index of the page's <html lang>.
    pagefind ??= import("/pagefind/pagefind.js").then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    });
    return pagefind;
  };

  // Copies Pagefind's excerpt (text with <mark>) as text and <mark> only: nothing else of it becomes markup.
  const excerpt = (htmlText) => {
    const template = document.createElement("template");
    template.innerHTML = htmlText;
    const out = document.createElement("p");
    out.className = "search-excerpt";
    for (const node of template.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else out.append(node.textContent ?? "");
    }
    return out;
  };

  const show = async (query) => {
    const run = ++latest;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    const pf = await load();
    const search = await pf.search(query);
    const results = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
    if (run !== latest) return;
    for (const r of results) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = r.url;
      a.textContent = r.meta?.title ?? r.url;
      li.append(a, excerpt(r.excerpt));
      list.append(li);
    }
    const text = results.length
      ? form.dataset.results.replace("{count}", String(search.results.length))
      : form.dataset.none;
    status.textContent = text.replace("{query}", query.trim());
  };

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show(input.value), 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void show(input.value);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      input.value = "";
      void show("");
    }
  });
  // Shown only when the index answers: a site built without it keeps no dead box.
  fetch("/pagefind/pagefind-entry.json", { method: "HEAD" })
    .then((r) => {
      if (r.ok) form.hidden = false;
    })
    .catch(() => undefined);
}
