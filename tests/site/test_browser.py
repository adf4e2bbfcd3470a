"""What a citizen notices in a real browser: charts, instant navigation, search, tables, no-JS, accessibility.

Drives Debian's headless Chromium through chromedriver (both from /usr/bin; nothing is downloaded).
The site is built once with PLANSITE_SITE_URL pointing at a local server that serves it under a
sub-path, as on an intranet (http://127.0.0.1:<port>/easup/), so Material's instant navigation is on.
Skipped when Chromium or chromedriver is missing, unless PLANSITE_REQUIRE_BROWSER=1 (CI), which turns
the skip into a failure. The accessibility tests also need axe-core: `npm ci --prefix tools/axe`.
"""
from __future__ import annotations

import os
import re
import time
import unicodedata
import urllib.parse

import pytest

from browser_support import (AXE_JS, Browser, SiteServer, judge, judged_queries, missing_browser_reason,
                             require_browser)
from conftest import build_into, make_site_root
from generator.site.build import GENERATED
from generator.site.urls import Urls

# Pages the build writes at docs/'s top: present after any local `make serve`, never hand-written.
GENERATED_TOP_PAGES = {name for name in GENERATED if name.endswith(".md")} | set(Urls.PLAN_TOP)

pytestmark = pytest.mark.browser

PREFIX = "/easup/"
# The chart as it arrives: the SVG of the view shown, drawn at build time. PLOTLY: after the reader's click.
CHART = "div[data-figure] figure.ps-chart__view:not([hidden]) svg.ps-svg"
PLOTLY = "div[data-figure] .ps-chart__host svg.main-svg"
LIVE_BUTTON = "div[data-figure] button[data-chart-live]"
CHARTS_READY = ("return Array.prototype.every.call(document.querySelectorAll('div[data-figure]'), function (el) {"
                " var svg = el.querySelector('figure.ps-chart__view:not([hidden]) svg.ps-svg');"
                " return el.hasAttribute('data-chart-state') && svg && svg.getBoundingClientRect().height > 100; })")


def skip_or_fail(reason: str):
    if require_browser():
        pytest.fail(f"PLANSITE_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


# --- fixtures -------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser_available():
    reason = missing_browser_reason()
    if reason:
        skip_or_fail(reason)


@pytest.fixture(scope="session")
def site(tmp_path_factory, browser_available):
    """The shipped plan, built for and served at http://127.0.0.1:<free port>/easup/ for the whole session."""
    root = make_site_root(tmp_path_factory.mktemp("browser-site"))
    with SiteServer(root / "site", prefix=PREFIX) as server:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PLANSITE_SITE_URL", server.base)
            if "SOURCE_DATE_EPOCH" not in os.environ:
                mp.setenv("SOURCE_DATE_EPOCH", "1765929600")  # as built_site: 2025-12-17
            build_into(root)
        yield server


@pytest.fixture(scope="session")
def chromium(browser_available):
    """One headless Chromium for the whole session (JavaScript on)."""
    try:
        browser = Browser()
    except Exception as exc:  # e.g. chromium and chromedriver of different versions
        skip_or_fail(f"headless Chromium did not start: {exc}".splitlines()[0])
    yield browser
    browser.quit()


@pytest.fixture
def b(chromium, site):
    """The session's browser, left as the next test expects it: desktop size, default palette, empty log."""
    chromium.console()
    yield chromium
    driver = chromium.driver
    try:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        if driver.current_url.startswith(site.base):
            driver.execute_script("localStorage.clear()")
    finally:
        chromium.console()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_JS.exists():
        skip_or_fail(f"axe-core is not installed ({AXE_JS} missing): run npm ci --prefix tools/axe")
    return AXE_JS.read_text(encoding="utf-8")


# --- helpers --------------------------------------------------------------------------------------

def wait_charts(b, timeout=15):
    """Every chart shown (its SVG laid out) and charts.js ready for the reader's click."""
    b.wait_for(lambda d: d.execute_script(CHARTS_READY), timeout, "the chart is not shown")


def go_live(b, timeout=20):
    """The reader asks for the interactive chart: Plotly draws it in place of the SVG."""
    from selenium.webdriver.common.by import By
    button = b.wait_for(lambda d: [e for e in d.find_elements(By.CSS_SELECTOR, LIVE_BUTTON) if e.is_displayed()],
                        10, "no button for the interactive chart")[0]
    b.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    b.wait_for(lambda d: d.execute_script(
        "var el = document.querySelector('div[data-figure]');"
        " return el.getAttribute('data-chart-state') === 'drawn' && !!el.querySelector('.ps-chart__host svg.main-svg')"),
        timeout, "Plotly did not take the chart over")


def wait_network_quiet(b, quiet=0.3, timeout=5):
    """Until the page has started no new request for `quiet` seconds."""
    end = time.monotonic() + timeout
    count, since = -1, time.monotonic()
    while time.monotonic() < end:
        n = len(b.requested_urls())
        if n != count:
            count, since = n, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.05)


def off_site(urls):
    """Requests that left 127.0.0.1 (data: and blob: URLs never touch the network)."""
    return [u for u in urls if not u.startswith(("data:", "blob:"))
            and urllib.parse.urlsplit(u).hostname != "127.0.0.1"]


def plotly_requests(b):
    return [u for u in b.requested_urls() if "plotly" in urllib.parse.urlsplit(u).path.rsplit("/", 1)[-1]]


def click_instant(b, css):
    """Click an in-page link; Material's instant navigation swaps the page in without reloading."""
    from selenium.webdriver.common.by import By
    link = b.wait_for(lambda d: (d.find_elements(By.CSS_SELECTOR, css) or [None])[0], 10, f"no link {css}")
    target = link.get_attribute("href")
    b.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    b.wait_for(lambda d: d.current_url.split("#")[0] == target.split("#")[0], 10, f"did not arrive at {target}")
    b.wait_for(lambda d: d.execute_script("return document.readyState") == "complete")


def wait_tables_ready(b):
    b.wait_for(lambda d: d.execute_script("return !!document.querySelector('.ps-filters[data-ready]')"),
               10, "tables.js did not set up the filters")


VISIBLE_ROWS = ("return Array.prototype.filter.call(document.querySelectorAll('#ps-indicators tbody tr'), "
                "function (r) { return r.getClientRects().length > 0; })"
                ".map(function (r) { return {id: r.cells[0].textContent.trim(), name: r.cells[1].textContent.trim(), "
                "status: r.getAttribute('data-status'), statusText: r.cells[6].textContent.trim(), "
                "text: r.textContent}; });")


def visible_rows(b):
    """Rows the reader can see (laid out), not merely rows without the hidden attribute."""
    return b.driver.execute_script(VISIBLE_ROWS)


def count_text(b):
    from selenium.webdriver.common.by import By
    return b.driver.find_element(By.CSS_SELECTOR, ".ps-filters__count").text.strip()


def total_rows(b):
    return b.driver.execute_script("return document.querySelectorAll('#ps-indicators tbody tr').length")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "d")
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


# Vietnamese alphabetical order (as in a dictionary / Intl.Collator('vi') at base strength): ă, â after a;
# đ after d; ê after e; ô, ơ after o; ư after u; tone marks and case do not order; digit runs by value.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_RANK = {ch: i for i, ch in enumerate("a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split())}


def vi_key(text: str) -> list[tuple[int, int]]:
    key: list[tuple[int, int, str]] = []
    for part in re.findall(r"\d+|\D", unicodedata.normalize("NFD", text.lower())):
        if part.isdigit():
            key.append((2, int(part), part))
        elif part in _TONES:
            continue
        elif unicodedata.combining(part):  # breve, circumflex, horn: a different letter
            if key and key[-1][0] == 3:
                letter = unicodedata.normalize("NFC", key.pop()[2] + part)
                key.append((3, _RANK.get(letter, 100 + ord(letter[0])), letter))
        elif part.isalpha():
            key.append((3, _RANK.get(part, 100 + ord(part)), part))
        elif part.isspace():
            key.append((0, 0, part))
        else:
            key.append((1, ord(part), part))
    return [k[:2] for k in key]


# --- 1. charts on first load, no console errors, nothing fetched from elsewhere ------------------------

def test_indicator_chart_renders_on_first_load_without_errors_or_outside_requests(b, site):
    b.get(site.url("chi-tieu/2-1/"))
    wait_charts(b)
    assert b.driver.find_element("css selector", CHART).is_displayed()
    wait_network_quiet(b)
    assert not plotly_requests(b), "the cold page fetched plotly.js before any interaction"
    go_live(b)
    errors = b.console("SEVERE")
    assert not errors, "console errors on chi-tieu/2-1/:\n" + "\n".join(e["message"] for e in errors)
    urls = b.requested_urls()
    assert len(urls) > 3, urls  # the Performance API did report the page's requests
    assert not off_site(urls), f"requests that left 127.0.0.1: {off_site(urls)}"


# --- 2. Material's instant navigation -------------------------------------------------------------

def test_chart_renders_after_instant_navigation_without_reload(b, site):
    b.get(site.url(""))
    b.driver.execute_script("window.__marker = 1")
    click_instant(b, '.ps-lead a[href$="chi-tieu/"]')           # home -> indicator index
    wait_tables_ready(b)                                          # tables.js ran for the new page too
    click_instant(b, '#ps-indicators tbody a[href$="chi-tieu/2-1/"]')  # index -> indicator 2.1
    wait_charts(b)
    go_live(b)
    assert b.driver.execute_script("return window.__marker") == 1, "the click reloaded the whole page"
    assert b.driver.execute_script("return document.querySelector('h1').textContent").startswith("2.1.")
    errors = b.console("SEVERE")
    assert not errors, "\n".join(e["message"] for e in errors)
    assert not off_site(b.requested_urls())


# --- 3. plotly.js only where there is a chart, once ------------------------------------------------

@pytest.mark.parametrize("path", ["", "chi-tieu/7-4/"], ids=["home", "indicator-without-chart"])
def test_no_plotly_on_pages_without_a_chart(b, site, path):
    b.get(site.url(path))
    assert not b.driver.find_elements("css selector", "div[data-figure]")
    wait_network_quiet(b)
    assert not plotly_requests(b), f"{path or 'home'} has no chart but fetched {plotly_requests(b)}"
    assert not b.driver.find_elements("css selector", 'script[src*="plotly"]')


def test_plotly_loads_only_on_the_readers_click_and_once(b, site):
    b.get(site.url("chi-tieu/2-1/"))
    wait_charts(b)
    wait_network_quiet(b)
    assert not plotly_requests(b)
    go_live(b)
    assert len(plotly_requests(b)) == 1, plotly_requests(b)
    # On to another chart page without a reload: the library already loaded is reused.
    b.driver.execute_script("window.__marker = 1")
    click_instant(b, '.ps-crumbs a[href$="chi-tieu/"]')
    click_instant(b, '#ps-indicators tbody a[href$="chi-tieu/6-5/"]')
    wait_charts(b)
    go_live(b)
    assert b.driver.execute_script("return window.__marker") == 1
    assert len(plotly_requests(b)) == 1, plotly_requests(b)


def test_plotly_takes_the_chart_over_in_place_with_hover_and_zoom(b, site):
    b.get(site.url("chi-tieu/6-3/"))
    wait_charts(b)
    svg = b.driver.find_element("css selector", CHART)
    top = b.driver.execute_script("return arguments[0].getBoundingClientRect().top + window.scrollY", svg)
    go_live(b)
    assert not svg.is_displayed()                                   # the drawing gave way …
    host = b.driver.find_element("css selector", "div[data-figure] .ps-chart__host")
    assert host.is_displayed() and host.get_attribute("role") == "img"
    host_top = b.driver.execute_script("return arguments[0].getBoundingClientRect().top + window.scrollY", host)
    assert abs(host_top - top) <= 2, (host_top, top)                # … to Plotly, in the same place
    layout = b.driver.execute_script("return document.querySelector('.ps-chart__host')._fullLayout.dragmode")
    assert layout == "zoom"
    assert b.driver.find_elements("css selector", "div[data-figure] .modebar-btn")   # zoom in, out, reset
    # Hover: the pointer on the last point of the values shows it as the table writes it.
    from selenium.webdriver.common.action_chains import ActionChains
    point = b.driver.find_elements("css selector", ".ps-chart__host .scatterlayer .trace .points path")[-1]
    ActionChains(b.driver).move_to_element(point).perform()
    b.wait_for(lambda d: "94,6 %" in d.execute_script(
        "var l = document.querySelector('.ps-chart__host .hoverlayer'); return l ? l.textContent : ''"),
        5, "no hover label with the value")


# --- 4. search: the site's own, in Material's header box -------------------------------------------

def index_requests(b):
    """The search index and the engine: both are loaded only when the reader opens search."""
    return [u for u in b.requested_urls()
            if urllib.parse.urlsplit(u).path.endswith(("/search/index.js", "/search-engine.js"))]


def test_judged_queries_find_the_right_page_in_the_top_3(b, site):
    # tests/search_judged.yml: >= 40 queries a citizen types, each with the page it must reach.
    queries = judged_queries()
    assert len(queries) >= 40
    misses = judge(b, site.url(""), queries)
    rate = 1 - len(misses) / len(queries)
    assert rate >= 0.95, f"top-3 hit rate {rate:.0%}; missed: " + "; ".join(
        f"{q!r} wants {page}, top 3: {top}" for q, page, top in misses)
    assert not b.console(), b.console()


@pytest.mark.parametrize("query", ["nước sạch", "nuoc sach", unicodedata.normalize("NFD", "nước sạch"), "NƯỚC SẠCH"],
                         ids=["diacritics", "no-diacritics", "decomposed-nfd", "capitals"])
def test_search_finds_vietnamese_with_and_without_diacritics(b, site, query):
    b.get(site.url(""))
    b.open_search()
    results = b.search(query)
    hit = [r for r in results[:3] if r["path"].endswith("/chi-tieu/10-1/")]
    assert hit, f"{query!r}: 10.1 not in the top 3: {[r['path'] for r in results[:5]]}"
    text = unicodedata.normalize("NFC", hit[0]["text"]).lower()
    assert "chỉ tiêu 10.1" in text and "nước sạch" in text


def test_diacritics_typed_are_meant_and_a_folded_query_still_finds_them(b, site):
    b.get(site.url(""))
    b.open_search()
    first = b.search("hồ")[0]["text"].lower()            # hồ sơ: the word as typed comes first
    assert re.search(r"\bhồ\b", first), first
    first = b.search("hộ")[0]["text"].lower()
    assert re.search(r"\bhộ\b", first), first
    assert any(re.search(r"\bhồ\b", r["text"].lower()) for r in b.search("ho")), "a folded query finds hồ too"
    # the words of a result that answer the query are marked, abbreviations too (4.5 is written "BHTN")
    b.search("bao hiem that nghiep")
    marks = b.driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll("
        "'.ps-search .md-search-result__item a[href$=\"/chi-tieu/4-5/\"] h1 mark'),"
        " function (m) { return m.textContent; });")
    assert "BHTN" in marks, marks


def test_the_index_is_fetched_only_when_search_opens_and_only_once(b, site):
    b.get(site.url("chi-tieu/2-1/"))
    wait_network_quiet(b)
    assert not index_requests(b), "a first visit must not download the search index"
    b.open_search()
    assert b.search("tuoi tho")[0]["path"].endswith("/chi-tieu/7-2/")
    assert len(index_requests(b)) == 2, index_requests(b)
    assert not off_site(b.requested_urls())


def test_search_after_instant_navigation_and_a_result_opens_without_reload(b, site):
    from selenium.webdriver.common.by import By
    b.get(site.url(""))
    b.driver.execute_script("window.__marker = 1")
    click_instant(b, 'a[href$="chi-tieu/"]')
    b.open_search()
    results = b.search("6.10")
    assert results[0]["path"].endswith("/chi-tieu/6-10/"), results[:3]
    b.driver.find_element(By.CSS_SELECTOR, ".ps-search .md-search-result__item a").click()
    b.wait_for(lambda d: d.current_url.endswith("/chi-tieu/6-10/"), 10, "the result did not open")
    assert b.driver.execute_script("return window.__marker") == 1, "instant navigation: no full reload"
    b.wait_for(lambda d: not d.execute_script("return document.getElementById('__search').checked"), 5,
               "search stays open over the page it opened")
    assert len(index_requests(b)) <= 2
    b.open_search()
    assert b.search("ho ngheo")[:3], "search still works on the new page"
    assert not b.console(), b.console()


def test_keyboard_only_search(b, site):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    b.get(site.url("phuong-phap/"))
    ActionChains(b.driver).send_keys("/").perform()
    b.wait_for(lambda d: "md-search__input" in d.switch_to.active_element.get_attribute("class"), 5,
               "'/' does not focus the search box")
    active = b.driver.switch_to.active_element
    active.send_keys("phong giao duc")
    b.wait_for(lambda d: d.execute_script(
        "return document.querySelector('.ps-search .md-search-result__list').getAttribute('data-query')")
        == "phong giao duc")
    active.send_keys(Keys.ARROW_DOWN)
    focused = b.driver.switch_to.active_element
    assert "md-search-result__link" in focused.get_attribute("class")
    assert focused.get_attribute("href").endswith("/co-quan/phong-giao-duc-va-dao-tao/")
    focused.send_keys(Keys.ARROW_UP)
    b.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not b.driver.execute_script("return document.getElementById('__search').checked")
    # Enter in the box opens the best result
    ActionChains(b.driver).send_keys("s").perform()
    box = b.driver.switch_to.active_element
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys("trung tam y te")
    b.wait_for(lambda d: d.execute_script(
        "return document.querySelector('.ps-search .md-search-result__list').getAttribute('data-query')")
        == "trung tam y te")
    box.send_keys(Keys.ENTER)
    b.wait_for(lambda d: d.current_url.endswith("/co-quan/trung-tam-y-te/"), 10, "Enter did not open the best result")


def test_search_on_a_412px_phone(b, site):
    from selenium.webdriver.common.by import By
    b.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                             {"width": 412, "height": 915, "deviceScaleFactor": 1, "mobile": True})
    b.get(site.url("chi-tieu/"))
    icon = b.driver.find_element(By.CSS_SELECTOR, 'label[for="__search"].md-header__button')
    assert icon.is_displayed(), "the magnifier is in the phone header"
    b.open_search()
    results = b.search("bao hiem y te")
    assert any(r["path"].endswith("/chi-tieu/4-6/") for r in results[:3])
    first = b.driver.find_element(By.CSS_SELECTOR, '.ps-search .md-search-result__item a[href$="/chi-tieu/4-6/"]')
    # Once Material's opening animation is over (and it has locked the page under the open search,
    # after 400 ms), the result fits the screen and nothing scrolls sideways.
    b.wait_for(lambda d: d.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"
                                          " && window.innerWidth === 412"), 5, "the open search scrolls sideways")
    b.wait_for(lambda d: first.is_displayed() and first.rect["x"] >= 0
               and first.rect["x"] + first.rect["width"] <= 412 + 1, 5, f"the result is off screen: {first.rect}")
    first.click()
    b.wait_for(lambda d: d.current_url.endswith("/chi-tieu/4-6/"), 10, "tapping the result did not open it")


def test_search_works_from_the_file_system(b, site):
    index_html = site.directory / "index.html"
    b.get(index_html.as_uri())
    b.open_search()
    results = b.search("nuoc sach")
    assert results and results[0]["path"].endswith("/index.html"), results[:2]
    hit = [r for r in results[:3] if r["path"].endswith("/chi-tieu/10-1/index.html")]
    assert hit, [r["path"] for r in results[:3]]


def test_a_site_with_several_plans_says_which_plan_each_result_belongs_to(b, tmp_path, site):
    import json
    import shutil
    copy = tmp_path / "site"
    shutil.copytree(site.directory, copy)
    index_js = copy / "assets/plansite/search/index.js"
    text = index_js.read_text(encoding="utf-8")
    data = json.loads(text[text.index("=") + 1:text.rindex(";")])
    second = [[d[0], 1] + d[2:] for d in data["docs"] if d[1] == 0]
    data["plans"] = ["Kế hoạch 68/NQ-CP (huyện)", "Kế hoạch thử nghiệm (không có thật)"]
    data["docs"] += second
    # text from YAML is never HTML in results either
    data["docs"].append(["", 1, "p", "", "Thử <img src=x onerror=window.__xss=1> xyzzy", [], "<b>xyzzy</b>"])
    index_js.write_text("window.plansiteSearchIndex=" + json.dumps(data, ensure_ascii=False) + ";\n", encoding="utf-8")
    b.get((copy / "index.html").as_uri())
    b.open_search()
    texts = [r["text"] for r in b.search("6.10")[:2]]
    assert any("Kế hoạch 68/NQ-CP (huyện)" in t for t in texts) and any("không có thật" in t for t in texts), texts
    [shown] = b.search("xyzzy")
    assert "<img src=x onerror=window.__xss=1>" in shown["text"] and "<b>xyzzy</b>" in shown["text"]
    assert b.driver.execute_script("return window.__xss") is None


# --- 5. sorting and filtering the indicator table ---------------------------------------------------

def test_sort_by_name_uses_vietnamese_order(b, site):
    from selenium.webdriver.common.by import By
    b.get(site.url("chi-tieu/"))
    wait_tables_ready(b)
    button = b.driver.find_element(By.XPATH, '//table[@id="ps-indicators"]/thead//th/button[normalize-space()="Chỉ tiêu"]')
    button.click()
    th = button.find_element(By.XPATH, "..")
    assert th.get_attribute("aria-sort") == "ascending"
    names = [r["name"] for r in visible_rows(b)]
    assert len(names) == total_rows(b)
    wrong = [(x, y) for x, y in zip(names, names[1:]) if vi_key(x) > vi_key(y)]
    assert not wrong, f"not in Vietnamese alphabetical order: {wrong[:5]}"


def test_status_filter_keeps_only_that_status_and_says_so(b, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    b.get(site.url("chi-tieu/"))
    wait_tables_ready(b)
    total = total_rows(b)
    expected = b.driver.execute_script(
        "return document.querySelectorAll('#ps-indicators tbody tr[data-status=\"khong-dat\"]').length")
    assert expected > 0
    Select(b.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="status"]')).select_by_visible_text("Không đạt")
    rows = visible_rows(b)
    assert rows and all(r["statusText"].startswith("Không đạt") for r in rows), \
        [(r["id"], r["statusText"]) for r in rows if not r["statusText"].startswith("Không đạt")][:10]
    assert len(rows) == expected
    assert count_text(b) == f"Hiển thị {expected}/{total} dòng"


def test_text_filter_matches_without_diacritics(b, site):
    from selenium.webdriver.common.by import By
    b.get(site.url("chi-tieu/"))
    wait_tables_ready(b)
    total = total_rows(b)
    box = b.driver.find_element(By.CSS_SELECTOR, 'input[data-filter="text"]')
    seen = {}
    for query in ("nuoc sach", "nước sạch"):
        box.clear()
        box.send_keys(query)
        rows = visible_rows(b)
        ids = [r["id"] for r in rows]
        assert "10.1" in ids, f"{query!r} hides indicator 10.1; shown: {ids}"
        assert all("nuoc sach" in fold(r["text"]) for r in rows), ids
        assert count_text(b) == f"Hiển thị {len(rows)}/{total} dòng"
        seen[query] = ids
    assert seen["nuoc sach"] == seen["nước sạch"]


def test_filter_hides_rows_on_a_phone_too(b, site):
    """At phone width the rows become cards: a filtered-out row must still disappear."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    b.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                             {"width": 412, "height": 915, "deviceScaleFactor": 1, "mobile": True})
    b.get(site.url("chi-tieu/"))
    wait_tables_ready(b)
    Select(b.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="status"]')).select_by_visible_text("Không đạt")
    shown = visible_rows(b)
    wrong = [(r["id"], r["status"]) for r in shown if r["status"] != "khong-dat"]
    assert not wrong, (f"at 412 px, {count_text(b)!r} but {len(shown)} rows are still displayed, "
                       f"e.g. {wrong[:5]} (rows with the hidden attribute are still laid out)")


# --- 6. JavaScript off -----------------------------------------------------------------------------

def test_without_javascript_the_content_is_all_there(site):
    from selenium.webdriver.common.by import By
    try:
        nojs = Browser(javascript=False)
    except Exception as exc:
        skip_or_fail(f"second headless Chromium did not start: {exc}".splitlines()[0])
    try:
        d = nojs.driver
        d.get(site.url("chi-tieu/2-1/"))
        status = d.find_element(By.CSS_SELECTOR, ".ps-verdict__status")
        reason = d.find_element(By.CSS_SELECTOR, ".ps-verdict__reason")
        assert status.is_displayed() and status.text.strip()
        assert reason.is_displayed() and reason.text.strip()
        table = d.find_element(By.CSS_SELECTOR, "table.ps-values")
        assert table.is_displayed()
        assert [r for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()]
        chart = d.find_element(By.CSS_SELECTOR, CHART)      # the chart, drawn at build time
        assert chart.is_displayed() and chart.size["height"] > 100
        assert not d.find_element(By.CSS_SELECTOR, LIVE_BUTTON).is_displayed()   # nothing that needs a script
        assert not d.find_element(By.CSS_SELECTOR, "[data-breakdown-picker]").is_displayed()  # JavaScript was off

        d.get(site.url("chi-tieu/"))
        filters = d.find_element(By.CSS_SELECTOR, ".ps-filters")
        assert not filters.is_displayed(), "the filter controls show although they cannot work without JavaScript"
        rows = d.find_elements(By.CSS_SELECTOR, "#ps-indicators tbody tr")
        assert rows and rows[0].is_displayed() and rows[-1].is_displayed()
    finally:
        nojs.quit()


# --- 7. accessibility (axe-core), light and dark ---------------------------------------------------

# One page of every kind the site has: each generated template, each hand-written page, the 404 page.
AXE_PAGE_KINDS = {
    "": "home.md.j2", "ke-hoach/": "plan.md.j2", "nhiem-vu/": "tasks_index.md.j2", "nhiem-vu/4-1-a/": "task.md.j2",
    "chi-tieu/": "indicators_index.md.j2", "chi-tieu/nhom-7/": "group.md.j2", "chi-tieu/7-4/": "indicator.md.j2",
    "chi-tieu/2-1/": "indicator.md.j2", "co-quan/": "agencies_index.md.j2",
    "co-quan/phong-giao-duc-va-dao-tao/": "agency.md.j2", "du-lieu/": "open_data.md.j2",
    "bao-cao/": "reporting.md.j2", "phuong-phap/": "docs/phuong-phap.md", "gioi-thieu/": "docs/gioi-thieu.md",
    "huong-dan/": "docs/huong-dan.md", "bao-cao/nam-2025/": "yearly.md.j2", "bao-cao-nam/": "docs/bao-cao-nam.md",
    "thay-doi-co-quan/": "docs/thay-doi-co-quan.md", "nhap-ke-hoach/": "docs/nhap-ke-hoach.md", "404.html": "404",
    "trang-moi/": "docs/trang-moi.md",
    "phan-to/": "breakdowns_index.md.j2", "phan-to/xa/ia-jloi/": "category.md.j2",
    "van-ban/": "documents_index.md.j2", "van-ban/nq-203-2025-qh15/": "document.md.j2",
}
# …and the search panel open over a page.
AXE_PAGES = list(AXE_PAGE_KINDS) + ["?search-open"]
# Pages only a family of plans has (tests/fixtures/family/: fictional plans beside the shipped one).
FAMILY_AXE_PAGE_KINDS = {
    "cac-ke-hoach/": "plans.md.j2", "xa-mau-2026/ke-hoach/": "plan.md.j2", "xa-mau-2026/chi-tieu/1-1/": "indicator.md.j2",
    "nhiem-vu/1-1/": "task.md.j2", "xa-mau-2026/nhiem-vu/1/": "task.md.j2", "tinh-mau-ctr/chi-tieu/": "indicators_index.md.j2",
}


def test_accessibility_checks_cover_every_kind_of_page():
    """A new template or hand-written page joins the axe pass below, or this fails."""
    from conftest import ROOT
    kinds = {t.name for t in (ROOT / "generator" / "site" / "templates").glob("*.j2") if not t.name.startswith("_")}
    kinds |= {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md") if p.name not in GENERATED_TOP_PAGES}
    kinds.add("404")
    covered = set(AXE_PAGE_KINDS.values()) | set(FAMILY_AXE_PAGE_KINDS.values())
    assert kinds == covered, kinds ^ covered

AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  done(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.map(function (n) { return n.target.join(' '); })};
  }));
}, function (e) { done('axe failed: ' + e); });
"""

SCHEME = "return document.body.getAttribute('data-md-color-scheme')"


def set_palette(b, scheme):
    """Click Material's palette toggle until the page shows `scheme` (Material remembers it in localStorage)."""
    from selenium.webdriver.common.by import By
    for _ in range(2):
        if b.driver.execute_script(SCHEME) == scheme:
            return
        for label in b.driver.find_elements(By.CSS_SELECTOR, "label.md-header__button[for^=__palette]"):
            if label.is_displayed():
                label.click()
                break
        time.sleep(0.1)
    b.wait_for(lambda d: d.execute_script(SCHEME) == scheme, 5, f"palette did not switch to {scheme}")


@pytest.fixture(scope="session")
def family_site(tmp_path_factory, browser_available):
    """The shipped plan with the fictional plans of tests/fixtures/family/, built and served."""
    from family_support import make_family_root
    root = make_family_root(tmp_path_factory.mktemp("browser-family"))
    with SiteServer(root / "site", prefix=PREFIX) as server:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PLANSITE_SITE_URL", server.base)
            mp.setenv("SOURCE_DATE_EPOCH", "1796083200")  # 2026-12-01: the commune's first report is in
            build_into(root)
        yield server


@pytest.mark.parametrize("scheme", ["default", "slate"], ids=["light", "dark"])
@pytest.mark.parametrize("path", AXE_PAGES, ids=[p.strip("/?") or "home" for p in AXE_PAGES])
def test_no_serious_accessibility_violations(b, site, axe_source, path, scheme):
    search_open = path == "?search-open"   # the home page with search open and results shown
    b.get(site.url("" if search_open else path))
    set_palette(b, scheme)
    assert b.driver.execute_script(SCHEME) == scheme
    wait_charts(b)
    if search_open:
        b.open_search()
        assert b.search("bao hiem y te")
        time.sleep(0.5)   # Material's opening animation: axe must see the final colours
    axe_check(b, axe_source, path, scheme)


@pytest.mark.parametrize("scheme", ["default", "slate"], ids=["light", "dark"])
@pytest.mark.parametrize("path", list(FAMILY_AXE_PAGE_KINDS), ids=[p.strip("/") for p in FAMILY_AXE_PAGE_KINDS])
def test_family_pages_have_no_serious_accessibility_violations(b, family_site, axe_source, path, scheme):
    b.get(family_site.url(path))
    set_palette(b, scheme)
    wait_charts(b)
    axe_check(b, axe_source, path, scheme)


def axe_check(b, axe_source, path, scheme):
    b.driver.execute_script(axe_source)
    found = b.driver.execute_async_script(AXE_RUN)
    assert not isinstance(found, str), found
    bad = [v for v in found if v["impact"] in ("serious", "critical")]
    lines = []
    for v in bad:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {len(v['targets'])} element(s)")
        lines += [f"    {t}" for t in v["targets"][:6]]
        if len(v["targets"]) > 6:
            lines.append(f"    … and {len(v['targets']) - 6} more")
    if bad:
        version = b.driver.execute_script("return axe.version")
        pytest.fail(f"axe-core {version}, /{path} ({'dark' if scheme == 'slate' else 'light'} palette), "
                    "serious/critical violations:\n" + "\n".join(lines), pytrace=False)


# --- 8. language and keyboard ----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["", "chi-tieu/", "chi-tieu/2-1/"])
def test_pages_declare_vietnamese(b, site, path):
    b.get(site.url(path))
    assert b.driver.execute_script("return document.documentElement.lang") == "vi"


def test_keyboard_reaches_filters_and_sort_buttons(b, site):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    b.get(site.url("chi-tieu/"))
    wait_tables_ready(b)
    b.driver.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
    probe = ("var e = document.activeElement; return {tag: e.tagName, filter: e.getAttribute('data-filter'),"
             " sort: !!(e.tagName === 'BUTTON' && e.closest('#ps-indicators th')), text: (e.textContent || '').trim().slice(0, 40),"
             " outline: getComputedStyle(e).outlineStyle, outlineWidth: parseFloat(getComputedStyle(e).outlineWidth)};")
    reached, sort_focus = set(), None
    for _ in range(80):
        ActionChains(b.driver).send_keys(Keys.TAB).perform()
        el = b.driver.execute_script(probe)
        if el["tag"] == "SELECT" and el["filter"]:
            reached.add("select:" + el["filter"])
        if el["sort"]:
            sort_focus = el
            break
    assert {"select:group", "select:status", "select:agency"} <= reached, reached
    assert sort_focus, "80 presses of Tab never reached a sort button of the indicator table"
    assert sort_focus["outline"] != "none" and sort_focus["outlineWidth"] > 0, \
        f"the focused sort button shows no focus outline: {sort_focus}"
    ActionChains(b.driver).send_keys(Keys.ENTER).perform()
    assert b.driver.execute_script("return document.activeElement.closest('th').getAttribute('aria-sort')") == "ascending"


# --- 9. phones -------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["chi-tieu/2-1/", "chi-tieu/", "van-ban/nq-203-2025-qh15/", "van-ban/"])
def test_no_sideways_scrolling_at_412px(b, site, path):
    b.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                             {"width": 412, "height": 915, "deviceScaleFactor": 1, "mobile": True})
    b.get(site.url(path))
    wait_charts(b)
    width, scroll = b.driver.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
    assert width == 412
    if scroll > width + 1:
        culprits = b.driver.execute_script(
            "var w = window.innerWidth; return Array.prototype.filter.call(document.querySelectorAll('body *'),"
            " function (e) { return e.getBoundingClientRect().right > w + 1; }).slice(0, 5)"
            ".map(function (e) { return e.tagName.toLowerCase() + '.' + e.className; });")
        pytest.fail(f"/{path} at 412 px: document is {scroll} px wide; too wide: {culprits}")


# --- 10. breakdowns: who is behind, by commune, sex and ethnic group ----------------------------------

SELECT = "select[data-breakdown-select]"
# What the chart and the tables show now: the names the chart shows (the SVG's legend, or once Plotly
# has taken over, its own traces), the breakdown tables laid out, and whether the totals table is.
BREAKDOWN_STATE = """
var el = document.querySelector('div[data-figure]');
var laid = function (e) { return e.getClientRects().length > 0; };
var host = el && el.querySelector('.ps-chart__host');
var view = el && Array.prototype.filter.call(el.querySelectorAll('figure.ps-chart__view'), laid)[0];
return {
  traces: host && host.data ? host.data.map(function (t) { return t.name; })
    : view ? Array.prototype.map.call(view.querySelectorAll('.ps-chart__legend li'), function (li) { return li.textContent; })
    : null,
  label: host ? host.getAttribute('aria-label') : view ? view.querySelector('svg title').textContent : null,
  view: view ? view.getAttribute('data-view') : null,
  tables: Array.prototype.filter.call(document.querySelectorAll('[data-breakdown-table]'), laid)
    .map(function (e) { return e.getAttribute('data-breakdown-table'); }),
  rows: Array.prototype.filter.call(document.querySelectorAll('[data-breakdown-table] tbody tr'), laid).length
};
"""
COMMUNES_2025 = 10   # the former communes with a 2025 value on 6.3 (illustrative reports)


def breakdown_state(b):
    return b.driver.execute_script(BREAKDOWN_STATE)


def tab_to(b, css, presses=60):
    """Press Tab until the element matching css has the focus; return its computed outline."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    b.driver.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
    for _ in range(presses):
        ActionChains(b.driver).send_keys(Keys.TAB).perform()
        if b.driver.execute_script("return document.activeElement.matches(arguments[0])", css):
            return b.driver.execute_script(
                "var s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]")
    pytest.fail(f"{presses} presses of Tab never reached {css}")


def choose(b, label):
    """Pick an option of the selector as a reader does with the keyboard: on the focused selector,
    the arrow keys (a closed native select changes its value with them). Tab reaching the selector
    is tested once below; here it is focused directly, not through the header's search box."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    before, options = b.driver.execute_script(
        f"var s = document.querySelector('{SELECT}'); s.focus();"
        " return [s.value, Array.prototype.map.call(s.options, function (o) { return o.textContent; })];")
    at = b.driver.execute_script(f"return document.querySelector('{SELECT}').selectedIndex")
    steps = options.index(label) - at
    ActionChains(b.driver).send_keys(*([Keys.ARROW_DOWN] * steps if steps > 0 else [Keys.ARROW_UP] * -steps)).perform()
    b.wait_for(lambda d: d.execute_script(f"var s = document.querySelector('{SELECT}');"
                                          " return s.options[s.selectedIndex].textContent") == label,
               5, f"the arrow keys did not select {label!r}")
    assert b.driver.execute_script(f"return document.querySelector('{SELECT}').value") != before


def test_the_breakdown_selector_works_with_the_keyboard_and_the_chart_and_table_follow(b, site):
    b.get(site.url("chi-tieu/6-3/"))
    wait_charts(b)
    state = breakdown_state(b)
    assert "Tổng" not in state["traces"] and "Số liệu ước tính" in state["traces"]   # the total by default
    assert state["tables"] == [""]                                               # only the totals table
    outline = tab_to(b, SELECT)
    assert outline[0] != "none" and outline[1] > 0, f"the focused selector shows no focus outline: {outline}"

    choose(b, "Xã, thị trấn")
    b.wait_for(lambda d: "Tổng" in (breakdown_state(b)["traces"] or []), 5, "the chart did not redraw")
    state = breakdown_state(b)
    communes = [t for t in state["traces"] if t.startswith(("Xã ", "Thị trấn "))]
    assert len(communes) == COMMUNES_2025, state["traces"]
    assert {"Mục tiêu 2025", "Mục tiêu 2030"} <= set(state["traces"])               # targets still drawn
    assert state["tables"] == ["xa"] and state["rows"] == COMMUNES_2025
    assert "theo xã, thị trấn" in state["label"]                                  # the chart says what it shows
    assert state["view"] == "xa" and not plotly_requests(b)                        # a drawing swapped, no Plotly

    choose(b, "Tổng")
    b.wait_for(lambda d: "Tổng" not in (breakdown_state(b)["traces"] or []), 5, "the chart did not go back")
    assert breakdown_state(b)["tables"] == [""]
    # Interactive, the chart still follows the selector.
    go_live(b)
    choose(b, "Xã, thị trấn")
    b.wait_for(lambda d: "Tổng" in (breakdown_state(b)["traces"] or []), 5, "Plotly did not redraw")
    assert "theo xã, thị trấn" in breakdown_state(b)["label"]
    errors = b.console("SEVERE")
    assert not errors, "\n".join(e["message"] for e in errors)


def test_breakdowns_after_instant_navigation(b, site):
    b.get(site.url("chi-tieu/"))
    b.driver.execute_script("window.__marker = 1")
    wait_tables_ready(b)
    click_instant(b, '#ps-indicators tbody a[href$="chi-tieu/2-1/"]')
    wait_charts(b)
    assert b.driver.execute_script("return window.__marker") == 1, "the click reloaded the whole page"
    choose(b, "Dân tộc")
    b.wait_for(lambda d: "Dân tộc thiểu số" in (breakdown_state(b)["traces"] or []), 5, "the chart did not redraw")
    state = breakdown_state(b)
    assert [t for t in state["traces"] if t in ("Kinh", "Dân tộc thiểu số", "Nam", "Nữ")] == ["Kinh", "Dân tộc thiểu số"]
    assert state["tables"] == ["dan-toc"] and state["rows"] == 2
    # …and on to another disaggregated page: its own selector, starting from the total.
    click_instant(b, '.ps-crumbs a[href$="chi-tieu/"]')
    wait_tables_ready(b)
    click_instant(b, '#ps-indicators tbody a[href$="chi-tieu/5-10/"]')
    wait_charts(b)
    assert breakdown_state(b)["tables"] == [""]
    choose(b, "Xã, thị trấn")
    b.wait_for(lambda d: len([t for t in breakdown_state(b)["traces"] or [] if t.startswith(("Xã ", "Thị trấn "))])
               == COMMUNES_2025, 5, "5.10 did not draw its communes after instant navigation")
    assert b.driver.execute_script("return window.__marker") == 1
    errors = b.console("SEVERE")
    assert not errors, "\n".join(e["message"] for e in errors)


def test_who_is_behind_is_said_above_the_chart_and_in_the_verdict(b, site):
    b.get(site.url("chi-tieu/6-3/"))
    behind = b.driver.find_element("css selector", "#ai-chua-dat").text
    assert "Theo xã, thị trấn: 6 xã, thị trấn chưa đạt mục tiêu 2025" in behind and "Xã Ia Jlơi (89,4 %)" in behind
    assert "cách đọc của trang này" in behind                 # ours, said as ours
    verdict = b.driver.find_element("css selector", ".ps-verdict").text
    assert "6/10 xã, thị trấn chưa đạt mục tiêu 2025" in verdict and "Xã Ia Jlơi" in verdict
    chart_top = b.driver.execute_script("return document.querySelector('div[data-figure]').getBoundingClientRect().top")
    behind_top = b.driver.execute_script("return document.querySelector('#ai-chua-dat').getBoundingClientRect().top")
    assert behind_top < chart_top


def test_ten_communes_on_a_412px_phone_without_sideways_scrolling(b, site):
    b.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                             {"width": 412, "height": 915, "deviceScaleFactor": 1, "mobile": True})
    b.get(site.url("chi-tieu/6-3/"))
    wait_charts(b)
    choose(b, "Xã, thị trấn")
    b.wait_for(lambda d: "Tổng" in (breakdown_state(b)["traces"] or []), 5, "the chart did not redraw")
    width, scroll = b.driver.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
    assert width == 412 and scroll <= width + 1, f"the page is {scroll} px wide at 412 px"
    # The legend (13 entries) wraps under the drawing, which keeps a readable height and text size.
    plot_h, font = b.driver.execute_script(f"var s = document.querySelector('{CHART}');"
                                           " return [s.getBoundingClientRect().height,"
                                           " s.querySelector('text.ty').getBoundingClientRect().height]")
    assert plot_h >= 150, f"the chart is only {plot_h} px high with ten communes"
    assert font >= 10, f"the axis labels are {font} px high on a phone"
    go_live(b)
    width, scroll = b.driver.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
    assert scroll <= width + 1, f"the interactive chart makes the page {scroll} px wide at 412 px"


def test_on_paper_the_chart_shows_the_breakdown_chosen_beside_the_tables(b, site):
    b.get(site.url("chi-tieu/6-3/"))
    wait_charts(b)
    choose(b, "Xã, thị trấn")
    go_live(b)                                     # even after Plotly took over, paper gets the drawing
    set_palette(b, "slate")                        # read in the dark palette, printed on white paper
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        black = b.driver.execute_script(f"return getComputedStyle(document.querySelector('{CHART} .c-c3')).color")
        assert black == "rgb(0, 0, 0)", f"the chart prints in the dark palette's colours ({black})"
        state = breakdown_state(b)
        assert state["view"] == "xa" and "theo xã, thị trấn" in state["label"]
        assert b.driver.find_element("css selector", CHART).is_displayed()
        assert not b.driver.find_element("css selector", ".ps-chart__host").is_displayed()
        assert not b.driver.find_element("css selector", LIVE_BUTTON).is_displayed()
        assert b.driver.find_element("css selector", "[data-breakdown-picker]").is_displayed()   # says which
        assert set(state["tables"]) >= {"", "xa"}                               # every table prints
        # A4 through Chromium's own print: the chart is in the PDF (its drawing makes the page heavier).
        pdf = b.driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})
        assert len(pdf["data"]) > 10_000
    finally:
        b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_breakdowns_from_the_file_system(b, site):
    b.get((site.directory / "chi-tieu" / "6-3" / "index.html").as_uri())
    wait_charts(b)
    choose(b, "Xã, thị trấn")
    b.wait_for(lambda d: len([t for t in breakdown_state(b)["traces"] or [] if t.startswith(("Xã ", "Thị trấn "))])
               == COMMUNES_2025, 5, "no communes drawn from file://")
    assert breakdown_state(b)["tables"] == ["xa"]


def test_without_javascript_every_breakdown_table_shows_under_its_heading(site):
    from selenium.webdriver.common.by import By
    try:
        nojs = Browser(javascript=False)
    except Exception as exc:
        skip_or_fail(f"second headless Chromium did not start: {exc}".splitlines()[0])
    try:
        d = nojs.driver
        d.get(site.url("chi-tieu/2-1/"))
        assert not d.find_element(By.CSS_SELECTOR, "[data-breakdown-picker]").is_displayed()  # cannot work: hidden
        tables = d.find_elements(By.CSS_SELECTOR, "[data-breakdown-table]")
        assert [t.get_attribute("data-breakdown-table") for t in tables] == ["", "gioi-tinh", "dan-toc"]
        assert all(t.is_displayed() for t in tables)
        headings = [t.find_element(By.CSS_SELECTOR, "h3").text for t in tables[1:]]
        assert headings == ["Theo giới tính", "Theo dân tộc"]
        rows = [r.text for r in tables[2].find_elements(By.CSS_SELECTOR, "tbody tr")]
        assert rows[1].startswith("Dân tộc thiểu số 5,6 5") and "Không đạt" in rows[1], rows
        assert d.find_element(By.CSS_SELECTOR, "#ai-chua-dat").is_displayed()
    finally:
        nojs.quit()


@pytest.mark.parametrize("scheme", ["default", "slate"], ids=["light", "dark"])
def test_no_serious_accessibility_violations_with_a_breakdown_chosen(b, site, axe_source, scheme):
    b.get(site.url("chi-tieu/6-3/"))
    set_palette(b, scheme)
    wait_charts(b)
    choose(b, "Xã, thị trấn")
    b.wait_for(lambda d: "Tổng" in (breakdown_state(b)["traces"] or []), 5, "the chart did not redraw")
    axe_check(b, axe_source, "chi-tieu/6-3/ (theo xã)", scheme)


def test_each_category_in_a_breakdown_table_opens_its_page(b, site):
    b.get(site.url("chi-tieu/6-3/"))
    wait_charts(b)
    choose(b, "Xã, thị trấn")
    click_instant(b, '[data-breakdown-table="xa"] tbody a[href$="phan-to/xa/ia-jloi/"]')
    assert "Ia Jlơi" in b.driver.find_element("css selector", "h1").text


def test_a_link_from_a_communes_page_opens_the_communes_and_the_address_follows_the_selector(b, site):
    # From Xã Ia Jlơi's page, 6.3's link opens the indicator already broken down by commune.
    b.get(site.url("phan-to/xa/ia-jloi/"))
    b.driver.execute_script("window.__marker = 1")
    click_instant(b, 'article a[href$="chi-tieu/6-3/#theo-xa"]')
    wait_charts(b)
    b.wait_for(lambda d: breakdown_state(b)["tables"] == ["xa"], 5, "the link did not open the communes")
    assert b.driver.execute_script("return window.__marker") == 1, "the click reloaded the whole page"
    assert b.driver.execute_script("return document.querySelector('select[data-breakdown-select]').value") == "xa"
    b.wait_for(lambda d: len([t for t in breakdown_state(b)["traces"] or [] if t.startswith(("Xã ", "Thị trấn "))])
               == COMMUNES_2025, 5, "the chart did not draw the communes")
    # Choosing another view writes it into the address, so a shared link or a reload shows the same.
    choose(b, "Tổng")
    # The selector's change handler writes the address after the option is selected: wait for it.
    b.wait_for(lambda d: d.execute_script("return location.hash") == "", 5, "the address kept the communes")
    b.get(site.url("chi-tieu/2-1/#theo-dan-toc"))
    wait_charts(b)
    assert breakdown_state(b)["tables"] == ["dan-toc"]
    choose(b, "Giới tính")
    b.wait_for(lambda d: d.execute_script("return location.hash") == "#theo-gioi-tinh", 5,
               "the address did not follow the selector to Giới tính")
    errors = b.console("SEVERE")
    assert not errors, "\n".join(e["message"] for e in errors)
