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

  // Pagefind's ranking (pagefind.app/docs/ranking), chosen on the tuning query set
  // (bench/results/search.md): a word in an entry's other names (meta "names", "Also called")
  // counts like one in its title; the section label (meta "kind") is for show and does not count.
  const RANKING = { metaWeights: { title: 5, names: 5, kind: 0 } };

  // One load, shared: a reader typing fast starts several searches before the first has loaded it.
  function pagefind() {
    engine ??= import(new URL("pagefind.js", bundle).href)
      .then(async (loaded) => { await loaded.options({ baseUrl: root, ranking: RANKING }); return loaded; });
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
    // Which section the page is in ("Common questions", "When to see a doctor"): Pagefind meta "kind".
    if (result.meta.kind) {
      const kind = document.createElement("span");
      kind.className = "ca-search__kind";
      kind.textContent = result.meta.kind;
      li.append(kind);
    }
    li.append(heading, answer);
    return li;
  }

  // Pagefind ranks by word statistics, which cannot tell the entry a reader named from the many
  // pages that mention it ("cramp" is on half the site). So among Pagefind's best results, in order:
  // 1. the page the query names exactly (its title or a name it is also called, "Also called");
  // 2. entries with a name that has every word of the query, fewest other words first;
  // 3. the other entries, those with more of the reader's words first;
  // 4. overviews (a section's list, the home page, contributor guides);
  // 5. the bibliography and press coverage, never ahead of an entry, even when named.
  // Each group keeps Pagefind's order. Names are compared loosely: case, punctuation, a plural s
  // and small words ("a", "my", "for") do not count.
  // Small words carry no topic, and Pagefind wants every word of a query on one page, so "pickle
  // juice for cramps" would miss the page that never writes "for": they are left out of the query.
  const small = new Set(("a an the i im ive me my mine you your it its is are am was be been do does did " +
    "can could should would will to of for in on at by with and or so up what how why who when which " +
    "that this there have has just very really").split(" "));
  const tokens = (text) => (text || "").toLowerCase().replace(/[’']/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  const words = (text) => tokens(text).filter((w) => !small.has(w)).map((w) => (w.length > 3 ? w.replace(/s$/, "") : w));
  const bibliography = ["sources/", "coverage/"];
  const section = (d) => new URL(d.url, location.href).pathname.slice(root.length);
  const overview = (path) => !/^[^/]+\/[^/]+/.test(path);  // "", "prevention/", "contribute/"

  const entry = (d) => !overview(section(d)) && !bibliography.some((b) => section(d).startsWith(b));

  // [group, extra words]: for a name with every word the reader typed, how many more it has, so
  // "stop cramp" puts "Stop a cramp now" before "Will drinking more water stop my cramps?".
  function group(asked, d) {
    const path = section(d);
    if (bibliography.some((b) => path.startsWith(b))) return [4, 0];
    const names = [d.meta.title, ...(d.meta.names || "").split(", ")].map((n) => words(n).join(" ")).filter(Boolean);
    if (names.includes(asked)) return [0, 0];
    if (overview(path)) return [3, 0];
    const want = asked.split(" ").filter(Boolean);
    const fits = names.map((n) => n.split(" ")).filter((n) => want.length && want.every((w) => n.includes(w)));
    return fits.length ? [1, Math.min(...fits.map((n) => n.length - want.length))] : [2, 0];
  }

  // A routine warning ("see your doctor if it lasts over a week") follows the entry it is a
  // warning about (Pagefind meta "warns") when that entry has as many of the reader's words: a
  // reader who asks about sore muscles gets Delayed-onset muscle soreness, then the warning, as the
  // entry page itself shows them. Same-day and emergency warnings keep their place, and so does a
  // warning the reader named (groups 0 and 1): an urgent sign is never pushed down.
  const FOLLOWS = new Set(["routine", "self-care"]);
  function warningsAfter(ranked) {
    const order = ranked.slice();
    for (let i = 0; i < order.length; i += 1) {
      const [place, , flag] = order[i];
      if (place < 2 || !FOLLOWS.has(flag.data.meta.tier)) continue;
      const about = new Set((flag.data.meta.warns || "").split(" ").filter(Boolean));
      const owed = (row) => row[0] <= place && about.has(section(row[2].data)) && row[2].share >= flag.share;
      const ahead = order.slice(i + 1).filter(owed);
      if (!ahead.length) continue;
      const rest = order.slice(i).filter((row) => !ahead.includes(row));
      order.splice(i, order.length - i, ...ahead, ...rest);
      i += ahead.length;
    }
    return order;
  }

  // Pagefind matches whole words and their beginnings, never a misspelling ("fasiculation" finds
  // no entry). A word of four letters or more that no word the entries use begins with, or
  // nearly is (pagefind/words.json, written with the index, most used first), is read as the
  // nearest of those words, found by Fuse.js (vendored in assets/vendor/fuse/ and served from this
  // site), which is loaded only then. Shorter words are left as typed: too many near neighbours.
  // SPELLING is Fuse's threshold (0 exact, 1 anything); a guess may differ by two letters at most.
  const SPELLING = 0.3;
  const SHORTEST = 4;  // as macros/site/search.py SHORTEST: the shortest word words.json lists
  let vocabulary = null, dictionary = null;
  const known = () => (vocabulary ??= fetch(new URL("words.json", bundle)).then((r) => r.json()));
  function nearest() {
    dictionary ??= Promise.all([import(new URL("../assets/vendor/fuse/fuse.basic.min.js", bundle).href), known()])
      .then(([fuse, list]) => new fuse.default(list, { includeScore: true, threshold: SPELLING, ignoreLocation: true }));
    return dictionary;
  }
  const used = (list, w) => list.some((v) => v.startsWith(w) || (w.startsWith(v) && v.length >= w.length - 3));

  // Each word as read: itself, or the nearest word the entries use when they use nothing like it.
  async function spelled(terms) {
    if (!terms.some((w) => w.length >= SHORTEST)) return terms;
    const list = await known();
    return Promise.all(terms.map(async (w) => {
      if (w.length < SHORTEST || /\d/.test(w) || used(list, w)) return w;
      const near = (await nearest()).search(w).find((m) => Math.abs(m.item.length - w.length) <= 2);
      return near ? near.item : w;
    }));
  }

  // The site writes "will not", "does not": a contraction in the query should find those words.
  const expanded = (query) => query.replace(/’/g, "'").replace(/\bwon'?t\b/gi, "will not")
    .replace(/\bcan'?t\b/gi, "cannot").replace(/n't\b/gi, " not");

  // Every way to keep `size` of the words, in the reader's order.
  function keeping(terms, size) {
    if (size === 0) return [[]];
    if (terms.length < size) return [];
    const [first, ...rest] = terms;
    return [...keeping(rest, size - 1).map((k) => [first, ...k]), ...keeping(rest, size)];
  }

  // Pagefind returns only pages with every word, and a reader's words are rarely all on the page
  // that answers ("calf locked up at night": no page says "locked"): ask again with one word fewer. A page found
  // without some of the reader's words keeps its Pagefind score times the share of words it has,
  // (to the power MISSING, 1 chosen on the tuning set), so a strong match on most words can pass a weak match on all of them.
  // Returns {data, share, score} for each page found.
  const MISSING = 1;
  async function relaxed(pf, terms) {
    const seen = new Map();
    const entries = () => [...seen.values()].filter((f) => entry(f.data)).length;
    for (let size = terms.length; size >= Math.max(1, terms.length - 2); size -= 1) {
      const found = await Promise.all(keeping(terms, size).map((k) => pf.search(k.join(" "))));
      const share = size / terms.length;
      const best = found.flatMap((f) => f.results.slice(0, size === terms.length ? 40 : 20));
      for (const r of best) {
        const score = r.score * share ** MISSING;
        if (!seen.has(r.id)) seen.set(r.id, { data: r.data(), share, score });
        else if (seen.get(r.id).score < score) Object.assign(seen.get(r.id), { share, score });
      }
      // Each page's fragment loads at once, not one after another: a long query finds many pages.
      await Promise.all([...seen.values()].map(async (f) => { f.data = await f.data; }));
      // Always one word fewer (a short page on the topic may lack a word); two fewer while fewer
      // than five entries are found. (Two fewer only when one fewer found no entry gave tidier
      // lists but lost long questions: held-out 60%/72% against 65%/78%, bench/results/search.md.)
      if (size < terms.length && entries() >= 5) break;
    }
    return [...seen.values()];
  }

  async function run(query) {
    const mine = ++asked;
    query = query.trim();
    if (!query) { list.replaceChildren(); status.textContent = ""; return; }
    status.textContent = "Searching…";
    const pf = await pagefind();
    const typed = tokens(expanded(query));
    const terms = typed.filter((w) => !small.has(w));
    const asking = terms.length ? terms : typed;
    const read = await spelled(asking);
    const found = await relaxed(pf, read);
    const misread = new Map(asking.map((w, i) => [w, read[i]]).filter(([w, r]) => w !== r));
    const asked_words = words(typed.map((w) => misread.get(w) ?? w).join(" ")).join(" ");
    const ranked = found.map((f) => [...group(asked_words, f.data), f])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1] || b[2].score - a[2].score);
    const top = warningsAfter(ranked).slice(0, 10).map(([, , f]) => f.data);
    if (mine !== asked) return;  // a newer query has started: drop this one
    list.replaceChildren(...top.map(item));
    const every = found.some((f) => f.share === 1);
    const some = top.length && !every && terms.length > 1 ? ", showing pages with most of your words" : "";
    const as = [...misread].map(([w, r]) => `“${w}” as “${r}”`).join(", ");
    const spelling = top.length && as ? ` (reading ${as})` : "";
    status.textContent = top.length
      ? `${found.length} result${found.length === 1 ? "" : "s"} for “${query}”${spelling}${some}`
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
