// Cramp Atlas site search: Pagefind (macros/site_search.py writes site/pagefind/) on the search
// page. Each result is the page's title and its one-sentence answer (Pagefind meta "summary"),
// written as text, never as HTML. Without JavaScript the page shows a plain list of sections.
(function () {
  "use strict";
  const form = document.querySelector("form[data-ca-search]");
  if (!form) return;
  form.hidden = false;  // hidden in the HTML: without JavaScript the page offers the section list instead
  const input = form.querySelector("input[name=q]");
  const status = document.getElementById("ca-search-status");
  const list = document.getElementById("ca-search-results");
  const bundle = new URL(form.dataset.caSearch, document.baseURI);
  const root = new URL("../", bundle).pathname;  // the site's base path, e.g. /cramp-atlas/
  let engine = null;
  let asked = 0;

  async function pagefind() {
    if (!engine) {
      engine = await import(new URL("pagefind.js", bundle).href);
      await engine.options({ baseUrl: root });
    }
    return engine;
  }

  function item(result) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    const heading = document.createElement("h2");
    heading.className = "ca-search__title";
    heading.append(link);
    const answer = document.createElement("p");
    // The entry's answer if it has one, else the matched text (tags stripped by textContent).
    const excerpt = document.createElement("div");
    excerpt.innerHTML = result.excerpt || "";
    answer.textContent = result.meta.summary || excerpt.textContent;
    li.append(heading, answer);
    return li;
  }

  async function run(query) {
    const mine = ++asked;
    query = query.trim();
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    status.textContent = "Searching…";
    const found = await (await pagefind()).search(query);
    // Pagefind has no per-page boost: among the best 20, entries come before the bibliography
    // (the sources section), each group in Pagefind's order, so a paper never leads its entry.
    const best = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    const bibliography = (d) => new URL(d.url, location.href).pathname.startsWith(`${root}sources/`);
    const top = [...best.filter((d) => !bibliography(d)), ...best.filter(bibliography)].slice(0, 10);
    if (mine !== asked) return;  // a newer query has started: drop this one
    list.replaceChildren(...top.map(item));
    status.textContent = top.length
      ? `${found.results.length} result${found.results.length === 1 ? "" : "s"} for “${query}”`
      : `Nothing found for “${query}”. Try other words, or browse the sections from the home page.`;
  }

  let timer = 0;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => run(input.value), 200); });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
    run(input.value);
  });
  const asked_for = new URLSearchParams(location.search).get("q");
  if (asked_for) { input.value = asked_for; run(asked_for); } else { input.focus(); }
})();
