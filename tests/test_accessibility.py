"""Every page passes axe-core in a real Chromium, works from the keyboard, and fits a phone.

axe-core takes ~0.45 s a page on two cores, so ~230 pages at four settings would take seven
minutes, growing with every entry. Instead: the pages the run looks at (tests/sweep.py: with
--every-page all of them; in the pull-request run every page that is not an entry's, the entries
that between them show each optional part and each labelled value of their template, and every
page a change touches) at one setting (phone, light scheme), and one page per template at all
four (phone and desktop, light and dark). Pages of one template differ only in their data, so a
template-level fault shows on its sample page; a fault of one value's style (a grade badge, a
tier colour) shows on the sample entry carrying that value. By the same reasoning, at the three
further settings the long repeated parts (the rows of the field tables, the bibliography's
items) are looked at in their first few only: one row of a table is built like the next, and
every row is looked at on a phone in the light scheme. Those parts were half of axe's time there.
"""

from __future__ import annotations

import pytest
import sweep
from axe_playwright_python.sync_playwright import Axe
from conftest import Site, output_file

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SETTINGS = {"phone-light": (PHONE, "light"), "phone-dark": (PHONE, "dark"),
            "desktop-light": (DESKTOP, "light"), "desktop-dark": (DESKTOP, "dark")}
AXE_SOURCE = Axe().axe_script  # the axe-core that axe-playwright-python bundles
# The palette in mkdocs.yml follows prefers-color-scheme (no stored choice), so emulating the
# scheme shows the reader's light or dark palette. Checked below, so a palette change is noticed.
SCHEME_ATTRIBUTE = {"light": "default", "dark": "slate"}


# Rows past the first few of the parts that repeat one row's markup (macros/site/templates).
REPEATED_ROWS = ["table.ca-fields tbody tr:nth-child(n+4)", "ol.ca-bibliography > li:nth-child(n+6)"]


def violations(page, url: str, skip: list[str] | None = None) -> list[str]:
    page.goto(url)
    found = page.evaluate("""skip => axe.run(skip.length ? {include: [document], exclude: skip.map(s => [s])} : document,
                                         {resultTypes: ['violations']}).then(r => r.violations)""", skip or [])
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['html'][:120] for n in v['nodes'][:3]]}" for v in found]


def pages_of(built: Site) -> list[str]:
    return [p.relative_to(built.root).as_posix() for p in built.looked_at()]


def test_the_template_sample_has_every_template_and_kind(built: Site) -> None:
    """One page per template: every kind's richest entry, and the pages that are no entry's."""
    sample = sweep.template_pages(built.root, built.html_files())
    kinds = {e.kind.name for e in sweep.atlas().entries.values()}
    shown = {e.kind.name for e in sweep.atlas().entries.values() if f"{e.site_path}index.html" in sample}
    assert shown == kinds, kinds - shown
    for page in ("index.html", "404.html", "search/index.html", "stretches/index.html", "about/index.html"):
        assert page in sample
    assert len([p for p in sample if p.startswith("print/")]) == 1, "the guides share one template"


@pytest.fixture(scope="module")
def contexts(browser):
    opened = {}
    for name, (viewport, scheme) in SETTINGS.items():
        context = browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=viewport is PHONE,
                                      has_touch=viewport is PHONE)
        context.add_init_script(AXE_SOURCE)  # once per context, not sent again for every page
        opened[name] = context.new_page()
    yield opened
    for page in opened.values():
        page.context.close()


SHARES = 4  # the pages in four shares, so test workers split them instead of one worker taking all


@pytest.mark.parametrize("share", range(SHARES))
def test_every_page_looked_at_has_no_axe_violations_on_a_phone_in_light_scheme(built: Site, site_server: str, contexts,
                                                                               share: int) -> None:
    page, found, no_disclaimer = contexts["phone-light"], {}, []
    for url in pages_of(built)[share::SHARES]:
        if problems := violations(page, site_server + url):
            found[url] = problems
        if not page.locator(".ca-disclaimer").is_visible():  # on screen, not only in the HTML
            no_disclaimer.append(url)
    assert not found, "\n".join(f"{url}: {v}" for url, vs in found.items() for v in vs)
    assert not no_disclaimer, f"the medical disclaimer is not shown on: {no_disclaimer}"


@pytest.mark.parametrize("setting", ["phone-dark", "desktop-light", "desktop-dark"])
def test_each_page_type_has_no_axe_violations_at_every_width_and_scheme(built: Site, site_server: str, contexts,
                                                                        setting: str) -> None:
    page = contexts[setting]
    found = {}
    for url in sweep.template_pages(built.root, built.html_files()):
        if problems := violations(page, site_server + url, REPEATED_ROWS):
            found[url] = problems
        scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert scheme == SCHEME_ATTRIBUTE[SETTINGS[setting][1]], f"{url} did not switch palette"
    assert not found, "\n".join(f"{url}: {v}" for url, vs in found.items() for v in vs)


# --- keyboard -------------------------------------------------------------------------------

# A visually hidden control (Material's palette switch is a 0x0 radio) shows focus on the label after it.
FOCUS_PROBE = """() => {
  const el = document.activeElement;
  const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const marked = e => { const s = getComputedStyle(e);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none'); };
  const label = el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL' ? [el.nextElementSibling] : [];
  const face = shown(el) ? el : [...label, ...(el.labels || [])].find(shown);
  return {tag: el.tagName, visible: !!face && marked(face), key: el.dataset.tabProbe || el.outerHTML.slice(0, 200)};
}"""
INTERACTIVE = """() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')]
  .filter(el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[hidden], [inert]')
      && el.tabIndex >= 0; })
  .map((el, n) => { el.dataset.tabProbe = `${n}: ${el.outerHTML.slice(0, 160)}`; return el.dataset.tabProbe; })"""


@pytest.mark.parametrize("url", ["index.html", "glossary/muscle-cramp/index.html",
                                 "stretches/standing-calf-stretch/index.html", "see-a-doctor/index.html",
                                 "search/index.html"])
def test_tab_reaches_every_visible_control_with_a_visible_focus_ring(site_server: str, contexts, url: str) -> None:
    page = contexts["desktop-light"]
    page.goto(site_server + url)
    wanted = set(page.evaluate(INTERACTIVE))
    reached, unmarked = set(), []
    for _ in range(len(wanted) + 40):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_PROBE)
        if focus["tag"] == "BODY":
            continue  # past the last control (or the page settling under load): the next Tab goes on
        if focus["key"] in reached:
            break  # wrapped round to the start: every control has had its turn
        reached.add(focus["key"])
        if not focus["visible"]:
            unmarked.append(focus["key"])
    assert not unmarked, f"{url}: focused without a visible outline or ring: {unmarked[:5]}"
    missed = wanted - reached
    assert not missed, f"{url}: Tab never reaches: {sorted(missed)[:5]}"


def test_glossary_comparison_table_scrolls_sideways_on_a_phone_instead_of_clipping(site_server: str, phone) -> None:
    phone.goto(site_server + "glossary/")
    wrap = phone.locator(".ca-table-wrap").first
    table = wrap.locator("table.ca-compare")
    sizes = wrap.evaluate("w => ({client: w.clientWidth, scroll: w.scrollWidth, overflow: getComputedStyle(w).overflowX})")
    page_width = phone.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 390, f"the page itself scrolls sideways ({page_width}px): the table pushes it wider"
    if sizes["scroll"] > sizes["client"]:  # wider than the screen: the wrapper must scroll it
        assert sizes["overflow"] in ("auto", "scroll"), sizes
        wrap.evaluate("w => { w.scrollLeft = w.scrollWidth; }")
        last = table.locator("tbody tr").first.locator("td").last
        box, frame = last.bounding_box(), wrap.bounding_box()
        assert box["x"] + box["width"] <= frame["x"] + frame["width"] + 1, "last column cannot be scrolled into view"
        assert wrap.evaluate("w => w.scrollLeft") > 0
    narrowest = min(table.locator("th, td").evaluate_all("cells => cells.map(c => c.getBoundingClientRect().width)"))
    assert narrowest >= 100, f"a column is squeezed to {narrowest:.0f}px: words break mid-way on a phone"
    # The wrapper can be focused and scrolled with arrow keys (axe: scrollable-region-focusable).
    assert wrap.get_attribute("tabindex") == "0" or sizes["scroll"] <= sizes["client"]


# --- the four fact-page types on a phone ---------------------------------------------------

PHONE_PAGES = {"home": "index.html", "glossary-term": "glossary/muscle-cramp/index.html",
               "stretch": "stretches/standing-calf-stretch/index.html", "red-flags": "see-a-doctor/index.html"}


@pytest.mark.parametrize("kind", PHONE_PAGES)
def test_each_page_type_fits_a_phone_and_leads_with_its_answer(site_server: str, phone, kind: str) -> None:
    phone.goto(site_server + PHONE_PAGES[kind])
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{kind}: the page scrolls sideways on a phone ({width}px wide)"
    heading = phone.locator("article h1").first.bounding_box()
    assert heading and heading["y"] < 844 / 2, f"{kind}: the page title starts below half the first screen"
    phone.screenshot(path=str(output_file(f"phone-{kind}.png")), full_page=True)  # looked at before resolving
