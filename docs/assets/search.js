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
  let engine = null;
  let asked = 0;

  async function pagefind() {
    if (!engine) {
      engine = await import(new URL("pagefind.js", bundle).href);
      await engine.options({ baseUrl: new URL("../", bundle).pathname });
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
    const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
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
