"""The copy that opens from a folder (file://): what someone with a USB stick and no internet gets.

The copy under test is the one readers download: the zip that `plansite build` places in the online
site, unzipped into a temporary folder and opened straight from the disk. Browser tests use Debian's
headless Chromium (chromedriver) and Firefox ESR (over WebDriver BiDi, see firefox_support.py); they
are skipped when a browser is missing, unless PLANSITE_REQUIRE_BROWSER=1 (Firefox: only when the
firefox-esr package is installed, as CI does not install it).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import urllib.parse
import zipfile
from pathlib import Path

import pytest

from conftest import make_site_root
from generator.text.numbers import format_number

ZIP_LINK_TEXT = "Tải toàn bộ trang để xem không cần mạng"
BUILD_DATE = dt.date(2025, 12, 17)   # conftest's SOURCE_DATE_EPOCH: the data date of a root outside git


def zip_of(site: Path) -> Path:
    found = sorted((site / "tai-ve").glob("*.zip"))
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="session")
def offline_copy(built_site, tmp_path_factory) -> Path:
    """The downloaded zip, unzipped as a reader would: the folder that holds index.html."""
    dest = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(zip_of(built_site)) as zf:
        zf.extractall(dest)
    (top,) = dest.iterdir()
    return top


def pages(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))


def chart_pages(folder: Path) -> list[str]:
    return [rel for rel in pages(folder)
            if rel.startswith("chi-tieu/") and "data-figure" in (folder / rel).read_text(encoding="utf-8")]


def links(html_text: str) -> list[tuple[str, str]]:
    return re.findall(r'(?<=\s)(href|src)="([^"]*)"', html_text)


def material_config(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', text, re.S).group(1))


# --- the download, on the online site ---------------------------------------------------------------

def test_open_data_page_offers_the_zip_with_its_size_and_data_date(built_site):
    page = (built_site / "du-lieu" / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<a href="([^"]+)" download>' + ZIP_LINK_TEXT + r"</a> \(tệp ZIP, ([\d,]+) MB; "
                  r"dữ liệu đến ngày (\d\d/\d\d/\d{4})\)", page)
    assert m, "the open-data page has no download link for the copy without network"
    href, size, day = m.groups()
    target = (built_site / "du-lieu" / urllib.parse.unquote(href)).resolve()
    assert target == zip_of(built_site).resolve()
    assert size == format_number(target.stat().st_size / 1024 / 1024, 1)
    assert day == BUILD_DATE.strftime("%d/%m/%Y")
    assert BUILD_DATE.isoformat() in target.name   # copies kept side by side say which data they hold


def test_the_zip_is_the_whole_site_in_one_folder_and_not_itself(built_site):
    with zipfile.ZipFile(zip_of(built_site)) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
    tops = {n.split("/", 1)[0] for n in names}
    assert tops == {zip_of(built_site).stem}, tops
    inside = {n.split("/", 1)[1] for n in names}
    assert "index.html" in inside and "DOC-TRUOC.txt" in inside
    online = {p for p in pages(built_site) if p != "404.html"}
    assert online <= inside, sorted(online - inside)[:10]
    assert {"data/indicators.csv", "data/progress.csv"} <= inside
    assert not [n for n in inside if n.endswith((".zip", ".map")) or n.startswith("tai-ve/")]


def test_the_copy_says_which_data_it_holds(offline_copy):
    page = (offline_copy / "du-lieu" / "index.html").read_text(encoding="utf-8")
    assert ZIP_LINK_TEXT not in page                     # the copy does not offer a zip it cannot hold
    assert f"dữ liệu đến ngày {BUILD_DATE.strftime('%d/%m/%Y')}" in page
    readme = (offline_copy / "DOC-TRUOC.txt").read_text(encoding="utf-8-sig")
    assert "index.html" in readme and BUILD_DATE.strftime("%d/%m/%Y") in readme


# --- the copy's files --------------------------------------------------------------------------------

def test_every_link_in_the_copy_names_a_file_and_nothing_is_fetched_from_another_host(offline_copy):
    bad, fetched_off_site, checked = [], [], 0
    for rel in pages(offline_copy):
        page = offline_copy / rel
        text = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<link\b[^>]*>", text):   # stylesheets, icons, preloads are fetched
            if re.search(r'href="(https?:)?//', tag) and not re.search(r'rel="(canonical|alternate)"', tag):
                fetched_off_site.append((rel, tag))
        for attr, url in links(text):
            parts = urllib.parse.urlsplit(url)
            if parts.scheme or url.startswith("//"):
                # An outbound link a reader may click is fine; anything fetched (src, stylesheets) is not.
                if attr == "src" or parts.scheme not in ("http", "https", "mailto"):
                    fetched_off_site.append((rel, url))
                continue
            if not parts.path:
                continue                                  # #anchor on the same page
            checked += 1
            target = (page.parent / urllib.parse.unquote(parts.path)).resolve()
            if parts.path.startswith("/") or not target.is_file():
                bad.append((rel, url))
    assert checked > 3_000
    assert not bad, f"{len(bad)} links open a folder or nothing from file://, e.g. {bad[:8]}"
    assert not fetched_off_site, fetched_off_site[:8]
    for stylesheet in offline_copy.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", stylesheet.read_text(encoding="utf-8")), stylesheet


def test_only_the_copy_turns_instant_navigation_off(built_site, offline_copy):
    for rel in ("index.html", "chi-tieu/2-1/index.html", "huong-dan/index.html"):
        assert "navigation.instant" in material_config(built_site / rel)["features"]
        assert not [f for f in material_config(offline_copy / rel)["features"] if f.startswith("navigation.instant")]
    # The online pages are otherwise the pages of the copy, links aside.
    online = (built_site / "chi-tieu" / "2-1" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../ke-hoach/"' in online and "ke-hoach/index.html" not in online


def test_links_to_folders_become_links_to_their_index_html(tmp_path):
    from generator.site.offline import link_files
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "index.html").write_text("home", encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text("a", encoding="utf-8")
    (tmp_path / "a" / "data.csv").write_text("x", encoding="utf-8")
    page = tmp_path / "a" / "b" / "index.html"
    page.write_text('<a href="../">up</a> <a href="../..">home</a> <a href="../#top">anchor</a>'
                    ' <a href=".">here</a> <a href="../data.csv?v=1">file</a> <a href="#x">same page</a>'
                    ' <a href="https://example.org/">outbound</a> <a data-href="../">not a link</a>'
                    ' <a href="/a/">absolute</a> <img src="../missing.png">', encoding="utf-8")
    broken = link_files(tmp_path)
    assert page.read_text(encoding="utf-8") == (
        '<a href="../index.html">up</a> <a href="../../index.html">home</a> <a href="../index.html#top">anchor</a>'
        ' <a href="./index.html">here</a> <a href="../data.csv?v=1">file</a> <a href="#x">same page</a>'
        ' <a href="https://example.org/">outbound</a> <a data-href="../">not a link</a>'
        ' <a href="/a/">absolute</a> <img src="../missing.png">')
    assert broken == [("a/b/index.html", "/a/"), ("a/b/index.html", "../missing.png")]


def test_plansite_build_offline_writes_a_folder_and_a_zip_beside_it(tmp_path, monkeypatch, capsys):
    from generator.cli import main
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1765929600")
    root = make_site_root(tmp_path / "repo")
    dest = tmp_path / "ban-sao"
    assert main(["--root", str(root), "build", "--offline", "--site", str(dest)]) == 0
    assert (dest / "index.html").is_file() and (dest / "chi-tieu" / "2-1" / "index.html").is_file()
    # The plan's signed text travels with the copy, and its page links it as a file.
    from conftest import SEED
    assert (dest / "data" / "van-ban.txt").read_bytes() == SEED.read_bytes()
    assert 'href="../data/van-ban.txt"' in (dest / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    home = (dest / "index.html").read_text(encoding="utf-8")
    assert 'href="chi-tieu/index.html"' in home
    with zipfile.ZipFile(tmp_path / "ban-sao.zip") as zf:
        assert "ban-sao/index.html" in zf.namelist()
    assert "ban-sao.zip" in capsys.readouterr().out

    # A data mistake: a clear message, and the copy already there is left as it was.
    before = (dest / "index.html").read_bytes()
    bad = root / "progress" / "ea-sup-nq68" / "2025" / "trung-tam-y-te.yml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("kind: uoc-tinh", "kind: sobo", 1), encoding="utf-8")
    assert main(["--root", str(root), "build", "--offline", "--site", str(dest)]) == 1
    err = capsys.readouterr().err
    assert "trung-tam-y-te.yml" in err and "Traceback" not in err
    assert (dest / "index.html").read_bytes() == before
    assert not list(tmp_path.glob(".site-*")) and not list(root.glob(".plansite-offline-*"))


def test_the_copy_is_the_online_html_with_only_the_copy_rewrites(built_site, offline_copy):
    """The copy is made from the online pages, not by a second render: a page differs only by its links,
    its theme config and the part that says which copy it is; neither side keeps the other's part."""
    from generator.site.offline import SIZE_SLOT, without_instant_navigation
    online = (built_site / "chi-tieu" / "2-1" / "index.html").read_text(encoding="utf-8")
    copy = (offline_copy / "chi-tieu" / "2-1" / "index.html").read_text(encoding="utf-8")
    assert re.sub(r'(href|src)="[^"]*"', "", without_instant_navigation(online)) == re.sub(r'(href|src)="[^"]*"', "", copy)
    for rel in pages(built_site):
        text = (built_site / rel).read_text(encoding="utf-8")
        assert SIZE_SLOT not in text and 'data-ps-copy="offline"' not in text, rel
    for rel in pages(offline_copy):
        text = (offline_copy / rel).read_text(encoding="utf-8")
        assert 'data-ps-copy="online"' not in text and "tai-ve/" not in text, rel


def test_plansite_build_offline_plan_hands_over_one_plan_alone(tmp_path, monkeypatch, capsys):
    """A commune's office hands over a copy of its own plan: that plan at the copy's root, no other plan,
    every link naming a file; docs/ of the repository is left as it was."""
    from family_support import make_family_root
    from generator.cli import main
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1765929600")
    root = make_family_root(tmp_path / "repo")
    docs_before = sorted(p.relative_to(root / "docs").as_posix() for p in (root / "docs").rglob("*"))
    dest = tmp_path / "xa-mau"
    assert main(["--root", str(root), "build", "--offline", "--plan", "xa-mau-2026", "--site", str(dest)]) == 0
    home = (dest / "index.html").read_text(encoding="utf-8")
    assert 'href="ke-hoach/index.html"' in home
    plan_page = (dest / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    assert "Xã Mẫu" in plan_page and "Ea Súp" not in plan_page
    assert not (dest / "ea-sup-nq68").exists() and not (dest / "tinh-mau-ctr").exists()
    assert not (dest / "cac-ke-hoach").exists()
    with zipfile.ZipFile(tmp_path / "xa-mau.zip") as zf:
        assert "xa-mau/index.html" in zf.namelist()
    assert sorted(p.relative_to(root / "docs").as_posix() for p in (root / "docs").rglob("*")) == docs_before
    assert not list(tmp_path.glob(".site-*")) and not list(root.glob(".plansite-offline-*"))

    assert main(["--root", str(root), "build", "--offline", "--plan", "khong-co", "--site", str(dest)]) == 1
    err = capsys.readouterr().err
    assert "khong-co" in err and "Traceback" not in err


# --- in real browsers, from file:// -----------------------------------------------------------------

def file_url(folder: Path, rel: str = "index.html") -> str:
    return (folder / rel).as_uri()


PAGE_TYPES = ["index.html", "ke-hoach/index.html", "nhiem-vu/index.html", "nhiem-vu/4-1-a/index.html",
              "chi-tieu/index.html", "chi-tieu/nhom-7/index.html", "chi-tieu/2-1/index.html",
              "chi-tieu/7-4/index.html", "co-quan/index.html", "co-quan/phong-giao-duc-va-dao-tao/index.html",
              "bao-cao/index.html", "du-lieu/index.html", "phuong-phap/index.html", "gioi-thieu/index.html",
              "huong-dan/index.html"]

IS_PAGE = ("return !!document.querySelector('.md-content h1') && !/^Index of /.test(document.title)"
           " && location.protocol === 'file:' && /\\/index\\.html$/.test(location.pathname)")


def page_errors(entries) -> list[str]:
    return [e["message"] for e in entries]


@pytest.fixture
def ch(offline_copy):
    """Headless Chromium (the session's own), with an empty console log."""
    from test_browser import Browser, missing_browser_reason, skip_or_fail
    reason = missing_browser_reason()
    if reason:
        skip_or_fail(reason)
    global _CHROMIUM
    if _CHROMIUM is None:
        try:
            _CHROMIUM = Browser()
        except Exception as exc:
            skip_or_fail(f"headless Chromium did not start: {exc}".splitlines()[0])
    _CHROMIUM.console()
    yield _CHROMIUM
    _CHROMIUM.console()


_CHROMIUM = None


@pytest.fixture(scope="module", autouse=True)
def _quit_chromium():
    yield
    global _CHROMIUM
    if _CHROMIUM is not None:
        _CHROMIUM.quit()
        _CHROMIUM = None


@pytest.mark.browser
def test_chromium_from_file_every_page_type_opens_and_its_links_open_pages(ch, offline_copy):
    from selenium.webdriver.common.by import By
    for rel in PAGE_TYPES:
        ch.get(file_url(offline_copy, rel))
        assert ch.driver.execute_script(IS_PAGE), rel
        assert not page_errors(ch.console("SEVERE")), (rel, ch.console("SEVERE"))
        assert not [u for u in ch.requested_urls() if not u.startswith(("file:", "data:", "blob:"))]
    # Click through: the nav, a breadcrumb, a table row, the footer: each opens a page, not a folder listing.
    ch.get(file_url(offline_copy))
    nav = [a.get_attribute("href") for a in ch.driver.find_elements(By.CSS_SELECTOR, ".md-nav--primary a.md-nav__link[href]")]
    assert len(nav) >= 9, nav
    for css in ('.md-nav--primary a[href$="chi-tieu/index.html"]', '#ps-indicators tbody a[href$="2-1/index.html"]',
                '.ps-crumbs a', '.md-nav--primary a[href$="co-quan/index.html"]',
                '.md-content article a[href$="/index.html"]', '.md-header__button.md-logo'):
        link = ch.wait_for(lambda d, css=css: (d.find_elements(By.CSS_SELECTOR, css) or [None])[0], 10, css)
        target = link.get_attribute("href")
        ch.driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", link)
        ch.wait_for(lambda d, t=target: d.current_url.split("#")[0] == t.split("#")[0], 10, f"{css} → {target}")
        ch.wait_for(lambda d: d.execute_script("return document.readyState") == "complete")
        assert ch.driver.execute_script(IS_PAGE), f"{css} opened {ch.driver.current_url}, not a page"


@pytest.mark.browser
def test_chromium_from_file_the_chart_shows_on_every_indicator_page(ch, offline_copy):
    from test_browser import CHARTS_READY, go_live
    drawable = chart_pages(offline_copy)
    assert len(drawable) > 50
    not_drawn = []
    for rel in drawable:
        ch.get(file_url(offline_copy, rel))
        try:
            ch.wait_for(lambda d: d.execute_script(CHARTS_READY), 15)
        except Exception:
            not_drawn.append(rel)
    assert not not_drawn, f"no chart from file:// on {not_drawn[:10]}"
    # …and the interactive chart loads from the folder too, on the reader's click.
    ch.get(file_url(offline_copy, "chi-tieu/6-3/index.html"))
    ch.wait_for(lambda d: d.execute_script(CHARTS_READY), 15)
    go_live(ch)
    assert not page_errors(ch.console("SEVERE"))


@pytest.mark.browser
def test_the_online_site_opened_from_a_folder_still_filters_and_draws(ch, built_site):
    """Someone copies site/ itself (instant navigation on) and opens it from file://: Material's document$
    never fires there, so the tables and charts must start on the page's own load."""
    from test_browser import wait_tables_ready
    ch.get(file_url(built_site, "chi-tieu/index.html"))
    wait_tables_ready(ch)
    ch.get(file_url(built_site, "chi-tieu/2-1/index.html"))
    from test_browser import CHARTS_READY, go_live
    ch.wait_for(lambda d: d.execute_script(CHARTS_READY), 20, "the chart did not show from file:// in the online site")
    go_live(ch)


@pytest.mark.browser
def test_chromium_from_file_filters_and_sorting_work(ch, offline_copy):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    from test_browser import count_text, total_rows, vi_key, visible_rows, wait_tables_ready
    ch.get(file_url(offline_copy, "chi-tieu/index.html"))
    wait_tables_ready(ch)
    total = total_rows(ch)
    Select(ch.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="status"]')).select_by_visible_text("Không đạt")
    rows = visible_rows(ch)
    assert rows and all(r["statusText"].startswith("Không đạt") for r in rows)
    assert count_text(ch) == f"Hiển thị {len(rows)}/{total} dòng"
    Select(ch.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="status"]')).select_by_index(0)
    box = ch.driver.find_element(By.CSS_SELECTOR, 'input[data-filter="text"]')
    box.send_keys("nuoc sach")
    assert "10.1" in [r["id"] for r in visible_rows(ch)]
    box.clear()
    box.send_keys(" ")
    box.clear()
    button = ch.driver.find_element(By.XPATH, '//table[@id="ps-indicators"]/thead//th/button[normalize-space()="Chỉ tiêu"]')
    button.click()
    names = [r["name"] for r in visible_rows(ch)]
    assert len(names) == total
    assert all(vi_key(x) <= vi_key(y) for x, y in zip(names, names[1:]))


@pytest.mark.browser
def test_chromium_from_file_search_finds_a_page(ch, offline_copy):
    """Type in the site's search box, as a reader would, and follow a result to its page."""
    from selenium.webdriver.common.by import By
    ch.get(file_url(offline_copy))
    box = ch.driver.find_element(By.CSS_SELECTOR, "input[type=search], input.md-search__input")
    toggle = ch.driver.find_elements(By.CSS_SELECTOR, 'label[for="__search"]')
    if not box.is_displayed() and toggle:
        toggle[0].click()
    box.click()
    box.send_keys("nuoc sach")
    find = ("return Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) { return a.href; })"
            ".filter(function (h) { return /chi-tieu\\/10-1\\/index\\.html/.test(h); })[0] || null;")
    href = ch.wait_for(lambda d: d.execute_script(find), 10, "no search result links to indicator 10.1")
    ch.get(href)
    assert ch.driver.execute_script(IS_PAGE)
    assert "10.1" in ch.driver.find_element(By.CSS_SELECTOR, "h1").text


# --- Firefox -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def firefox(offline_copy):
    from firefox_support import Firefox, firefox_binary
    if firefox_binary() is None:
        pytest.skip("Firefox is not installed (apt-get install firefox-esr); the file:// checks ran in Chromium")
    try:
        browser = Firefox()
    except Exception as exc:
        pytest.fail(f"firefox-esr is installed but did not start headless: {exc}")
    yield browser
    browser.quit()


FF_CHARTS_DRAWN = ("Array.prototype.every.call(document.querySelectorAll('div[data-figure]'), "
                   "function (el) { var s = el.querySelector('figure.ps-chart__view:not([hidden]) svg.ps-svg');"
                   " return el.hasAttribute('data-chart-state') && s && s.getBoundingClientRect().height > 100; })")
FF_IS_PAGE = IS_PAGE.replace("return ", "", 1)


@pytest.mark.browser
def test_firefox_from_file_pages_links_charts_and_filters_work(firefox, offline_copy):
    for rel in PAGE_TYPES:
        firefox.get(file_url(offline_copy, rel))
        assert firefox.evaluate(FF_IS_PAGE), rel
        assert not firefox.errors(), (rel, firefox.errors())
        assert not [u for u in firefox.requested_urls() if urllib.parse.urlsplit(u).scheme in ("http", "https")]
    # A click on a link opens the page it names (Firefox shows a folder as a listing, not as the page).
    firefox.get(file_url(offline_copy))
    target = firefox.evaluate("(function () { var a = document.querySelector("
                              "'.md-nav--primary a[href$=\"chi-tieu/index.html\"]'); a.click(); return a.href; })()")
    firefox.wait_for(f"location.href === {json.dumps(target)} && document.readyState === 'complete'")
    assert firefox.evaluate(FF_IS_PAGE)
    # The indicator table filters.
    firefox.wait_for("!!document.querySelector('.ps-filters[data-ready]')", 10, "tables.js did not run")
    shown = firefox.evaluate(
        "(function () { var s = document.querySelector('select[data-filter=\"status\"]');"
        " s.value = 'khong-dat'; s.dispatchEvent(new Event('change', {bubbles: true}));"
        " return Array.prototype.filter.call(document.querySelectorAll('#ps-indicators tbody tr'),"
        " function (r) { return r.getClientRects().length > 0; }).map(function (r) { return r.getAttribute('data-status'); }); })()")
    assert shown and set(shown) == {"khong-dat"}, shown
    # Charts on indicator pages (a sample across the groups; Chromium draws every one).
    for rel in chart_pages(offline_copy)[::25]:
        firefox.get(file_url(offline_copy, rel))
        firefox.wait_for(f"document.querySelector('div[data-figure]') && {FF_CHARTS_DRAWN}", 20,
                         f"no chart from file:// in Firefox on {rel}")


def test_each_yearly_report_page_links_the_copy_it_can_be_sent_with(built_site):
    """The yearly report goes upward as attachments: its page offers the copy of the site with the same data."""
    zipped = zip_of(built_site)
    for year in (2024, 2025):
        page = (built_site / "bao-cao" / f"nam-{year}" / "index.html").read_text(encoding="utf-8")
        assert f'href="../../tai-ve/{zipped.name}"' in page
        assert f"dữ liệu đến ngày {BUILD_DATE.strftime('%d/%m/%Y')}" in page
