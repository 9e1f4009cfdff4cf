// Cramp Atlas site search: Pagefind (macros/site/search.py writes site/pagefind/) on the search
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

  // One load, shared: a reader typing fast starts several searches before the first has loaded it.
  function pagefind() {
    engine ??= import(new URL("pagefind.js", bundle).href)
      .then(async (loaded) => { await loaded.options({ baseUrl: root }); return loaded; });
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

  // Pagefind ranks by word statistics, which cannot tell the entry a reader named from the many
  // pages that mention it ("cramp" is on half the site). So among Pagefind's best 40, in order:
  // 1. the page the query names exactly (its title or a name it is also called, "Also called");
  // 2. entries with a name that contains the query ("calf cramp" in "calf cramp stretch");
  // 3. the other entries; 4. overviews (a section's list, the home page, contributor guides);
  // 5. the bibliography and press coverage, never ahead of an entry, even when named.
  // Each group keeps Pagefind's order. Names are compared loosely: case, punctuation, a plural s
  // and "a/an/the" do not count.
  const small = new Set(["a", "an", "the"]);
  const words = (text) => (text || "").toLowerCase().replace(/[’']/g, "").split(/[^a-z0-9]+/)
    .filter((w) => w && !small.has(w)).map((w) => (w.length > 3 ? w.replace(/s$/, "") : w));
  const bibliography = ["sources/", "coverage/"];
  const section = (d) => new URL(d.url, location.href).pathname.slice(root.length);
  const overview = (path) => !/^[^/]+\/[^/]+/.test(path);  // "", "prevention/", "contribute/"

  function group(asked, d) {
    const path = section(d);
    if (bibliography.some((b) => path.startsWith(b))) return 4;
    const names = [d.meta.title, ...(d.meta.names || "").split(", ")].map((n) => words(n).join(" "));
    if (names.includes(asked)) return 0;
    if (overview(path)) return 3;
    return names.some((n) => ` ${n} `.includes(` ${asked} `)) ? 1 : 2;
  }

  // The site writes "will not", "does not": a contraction in the query should find those words.
  const expanded = (query) => query.replace(/’/g, "'").replace(/\bwon't\b/gi, "will not")
    .replace(/\bcan't\b/gi, "cannot").replace(/n't\b/gi, " not");

  async function run(query) {
    const mine = ++asked;
    query = query.trim();
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    status.textContent = "Searching…";
    const pf = await pagefind();
    let found = await pf.search(expanded(query));
    const dropped = [];
    if (!found.results.length) {
      // Pagefind wants every word on one page. Drop the rarest word (a misspelt or unusual one:
      // "charlie horse", "twitchy eyelid") until something is found, and say so.
      const kept = expanded(query).split(/\s+/);
      const pages = new Map(await Promise.all(kept.map(async (w) => [w, (await pf.search(w)).results.length])));
      while (!found.results.length && kept.length > 1) {
        const rarest = kept.reduce((a, b) => (pages.get(b) < pages.get(a) ? b : a));
        dropped.push(...kept.splice(kept.indexOf(rarest), 1));
        found = await pf.search(kept.join(" "));
      }
    }
    const best = await Promise.all(found.results.slice(0, 40).map((r) => r.data()));
    const asked_words = words(expanded(query)).join(" ");
    const ranked = best.map((d, i) => [group(asked_words, d), i, d]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const top = ranked.slice(0, 10).map(([, , d]) => d);
    if (mine !== asked) return;  // a newer query has started: drop this one
    list.replaceChildren(...top.map(item));
    const without = dropped.length && top.length ? `, showing pages without “${dropped.join(" ")}”` : "";
    status.textContent = top.length
      ? `${found.results.length} result${found.results.length === 1 ? "" : "s"} for “${query}”${without}`
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
