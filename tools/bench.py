"""Build times, page weights, reproducibility and off-site references, measured now.

    .venv/bin/python tools/bench.py                 # what `make bench` runs
    .venv/bin/python tools/bench.py --factors 1,10  # quicker: skip 30x
    .venv/bin/python tools/bench.py --work /tmp/b --keep   # keep the built sites to look at

Every number printed comes from this run: the shipped plan and synthetic plans
(tools/synth.py) are written to a scratch folder, built with
generator.site.build.build_site (the copy without network and its zip, then the
generator, search index included, then MkDocs --strict) and the built files are
read back. The judged search queries (tests/search_judged.yml) are typed into
the built site's own search box in headless Chromium when it is installed.
Nothing is written into the
repository. Sizes are bytes; "gz" is gzip -9 of each file on its own, which is
what a server with static compression sends.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote, urljoin, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from synth import synthesize

from generator.site.offline import DOWNLOAD_DIR
from generator.data.parallel import cores

# A fixed build date, so two builds can be compared and timings do not depend on git.
DEFAULT_EPOCH = "1765929600"   # 2025-12-17, the date tests/conftest.py uses

PAGES = [  # (label, URL path in the built site)
    ("home", "/"),
    ("plan", "/ke-hoach/"),
    ("task", "/nhiem-vu/4-1-a/"),
    ("indicator index", "/chi-tieu/"),
    ("group", "/chi-tieu/nhom-7/"),
    ("indicator", "/chi-tieu/2-1/"),
    ("agency", "/co-quan/phong-giao-duc-va-dao-tao/"),
    ("methodology", "/phuong-phap/"),
    ("open data", "/du-lieu/"),
    # Lists that grow with the plan, shown in the scaling table.
    ("task index", "/nhiem-vu/"),
    ("agency index", "/co-quan/"),
    ("reporting", "/bao-cao/"),
]
# Chart pages weighed on a first visit: both have breakdowns (their figure carries one view per
# breakdown, their page one table per breakdown): by sex and ethnic group, and by the 10 communes.
CHART_PAGES = [("by sex, ethnic group", "/chi-tieu/2-1/"), ("by commune", "/chi-tieu/6-3/")]
ORIGIN = "https://site.invalid"   # stands for "this site" when resolving relative URLs

TARGET_TIME_10X = 12.0          # 10x data in at most 12x the time
# Plans of the shipped size on one site, in at most so many times the time of one (issue 24); other
# counts are held to the 30-plan target scaled.
TARGET_FAMILY = {30: 15.0, 100: 45.0}
FAMILY_PAGES = [("task", "nhiem-vu/6-1/"), ("indicator", "chi-tieu/6-5/"), ("indicators", "chi-tieu/"),
                ("tasks", "nhiem-vu/"), ("agencies", "co-quan/"), ("home", "")]   # per plan, below its prefix
TARGET_CRITICAL_KB = 100
TARGET_CHART_TOTAL_KB = 450
TARGET_LATER_PAGE_KB = 20

KB = 1024


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def kb(n: float) -> str:
    return f"{n / KB:,.1f} KB"


# ------------------------------------------------------------------ HTML
class Refs(HTMLParser):
    """What a browser fetches from one HTML page, plus anchors, inline CSS and the Material config."""

    FETCH_ATTRS: ClassVar[set[tuple[str, str]]] = {("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"),
                   ("script", "src"), ("iframe", "src"), ("video", "src"), ("video", "poster"),
                   ("audio", "src"), ("embed", "src"), ("object", "data"), ("input", "src"),
                   ("image", "href"), ("use", "href"), ("track", "src")}
    # <link rel=…> values a browser fetches on its own (canonical, alternate, etc. are not fetched).
    FETCH_RELS: ClassVar[set[str]] = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                  "prefetch", "manifest", "mask-icon"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stylesheets: list[str] = []
        self.scripts: list[str] = []
        self.fetched: list[tuple[str, str]] = []   # (what, url)
        self.anchors: list[str] = []
        self.styles: list[str] = []
        self.config_text: str | None = None
        self.has_figure = False
        self._in_config = False
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if "data-figure" in a:
            self.has_figure = True
        if a.get("style"):
            self.styles.append(a["style"])
        if tag == "link":
            rels = set(a.get("rel", "").lower().split())
            if "stylesheet" in rels and a.get("href"):
                self.stylesheets.append(a["href"])
            if rels & self.FETCH_RELS and a.get("href"):
                self.fetched.append((f"<link rel={a.get('rel')}>", a["href"]))
        elif tag == "script" and a.get("src"):
            self.scripts.append(a["src"])
        elif tag == "script" and a.get("id") == "__config":
            self._in_config = True
        elif tag == "style":
            self._in_style = True
        elif tag == "a" and a.get("href"):
            self.anchors.append(a["href"])
        for (t, attr) in self.FETCH_ATTRS:
            if tag == t and a.get(attr):
                for url in (re.split(r",\s*", a[attr]) if attr == "srcset" else [a[attr]]):
                    self.fetched.append((f"<{tag} {attr}>", url.strip().split(" ")[0]))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_config = False
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_config:
            self.config_text = (self.config_text or "") + data
        if self._in_style:
            self.styles.append(data)


def parse_html(path: Path) -> Refs:
    p = Refs()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def page_file(site: Path, url_path: str) -> Path:
    rel = unquote(url_path).lstrip("/")
    return site / (rel + "index.html" if rel.endswith("/") or not rel else rel)


def to_file(site: Path, base_url: str, ref: str) -> Path | None:
    """The file in the built site that `ref` (as written on the page at base_url) names; None if off-site."""
    full = urljoin(base_url, ref)
    parts = urlsplit(full)
    if f"{parts.scheme}://{parts.netloc}" != ORIGIN:
        return None
    return page_file(site, parts.path)


def is_offsite(url: str) -> bool:
    u = url.strip().lower()
    return u.startswith(("http://", "https://", "//"))


# -------------------------------------------------------------- measures
@dataclass
class PageWeight:
    label: str
    url: str
    html_raw: int
    html_gz: int
    assets: list[tuple[str, int, int]] = field(default_factory=list)   # (site path, raw, gz)
    missing: list[str] = field(default_factory=list)
    has_figure: bool = False

    @property
    def critical_gz(self) -> int:
        return self.html_gz + sum(g for _, _, g in self.assets)

    @property
    def critical_raw(self) -> int:
        return self.html_raw + sum(r for _, r, _ in self.assets)


def weigh_page(site: Path, label: str, url: str) -> PageWeight | None:
    path = page_file(site, url)
    if not path.exists():
        return None
    data = path.read_bytes()
    refs = parse_html(path)
    w = PageWeight(label, url, len(data), gz(data), has_figure=refs.has_figure)
    base = ORIGIN + url
    for ref in refs.stylesheets + refs.scripts:
        f = to_file(site, base, ref)
        if f is None:
            w.missing.append(f"{ref} (off-site)")
        elif not f.exists():
            w.missing.append(f"{ref} (not in the site)")
        else:
            b = f.read_bytes()
            w.assets.append((f.relative_to(site).as_posix(), len(b), gz(b)))
    return w


def file_weight(site: Path, f: Path) -> tuple[str, int, int]:
    b = f.read_bytes()
    return f.relative_to(site).as_posix(), len(b), gz(b)


def chart_extras(site: Path, url: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]], list[str]]:
    """(plotly bundle, search assets at page load, notes) for the page at url."""
    notes: list[str] = []
    path = page_file(site, url)
    refs = parse_html(path)
    base = ORIGIN + url
    plotly: list[tuple[str, int, int]] = []
    # charts.js loads its vendored plotly.js relative to its own URL when the page has a chart.
    charts_ref = next((s for s in refs.scripts if s.rsplit("/", 1)[-1].startswith("charts")), None)
    if not refs.has_figure:
        notes.append(f"{url} has no chart (no div[data-figure]); plotly not counted")
    elif charts_ref is None:
        notes.append(f"{url} has a chart but references no charts.js")
    else:
        charts_file = to_file(site, base, charts_ref)
        m = re.search(r"""["']((?:\./)?vendor/[^"']+?\.js)["']""", charts_file.read_text(encoding="utf-8"))
        if not m:
            notes.append("charts.js names no vendor/*.js bundle")
        else:
            f = to_file(site, urljoin(base, charts_ref), m.group(1))
            if f and f.exists():
                plotly.append(file_weight(site, f))
            else:
                notes.append(f"charts.js loads {m.group(1)}, which is not in the site")

    search: list[tuple[str, int, int]] = []
    if refs.config_text is None:
        notes.append("no Material __config on the page: search not counted")
        return plotly, search, notes
    config = json.loads(refs.config_text)
    # Material's bundle fetches its index at load only when the page has its form named "search".
    if not config.get("search") or not re.search(r"<form[^>]*\bname=\"search\"", path.read_text(encoding="utf-8")):
        notes.append("the site's own search: search.js is in the critical path above; its index "
                     f"and engine ({', '.join(SEARCH_ON_OPEN)}) are loaded only when the reader opens search, "
                     "so not counted here")
        return plotly, search, notes
    # Material 9.x bundle: fetches <base>/search/search_index.json and starts the worker at page load;
    # the worker importScripts "../lunr/min/lunr.stemmer.support.min.js" plus, per language,
    # lunr.<lang>.min.js (not en), tinyseg.js (ja), wordcut.js (hi, th) and lunr.multi.min.js (> 1 language).
    worker_url = urljoin(base, config["search"])
    worker = to_file(site, base, config["search"])
    index = to_file(site, urljoin(base, config.get("base", ".").rstrip("/") + "/"), "search/search_index.json")
    for f in (worker, index):
        if f and f.exists():
            search.append(file_weight(site, f))
        else:
            notes.append(f"search asset missing: {f}")
    wtext = worker.read_text(encoding="utf-8") if worker and worker.exists() else ""
    if "lunr.stemmer.support.min.js" not in wtext or '"../lunr"' not in wtext:
        notes.append("the search worker no longer names ../lunr/min/lunr.stemmer.support.min.js: "
                     "Material changed how it loads languages; lunr files below may be wrong")
    langs = json.loads(index.read_text(encoding="utf-8")).get("config", {}).get("lang", ["en"]) if index else ["en"]
    lunr = urljoin(worker_url, "../lunr/")
    names = []
    for lang in langs:
        if lang == "ja":
            names.append("tinyseg.js")
        elif lang in ("hi", "th"):
            names.append("wordcut.js")
        if lang != "en":
            names.append(f"min/lunr.{lang}.min.js")
    if len(langs) > 1:
        names.append("min/lunr.multi.min.js")
    if names:
        names.insert(0, "min/lunr.stemmer.support.min.js")
    for name in names:
        f = to_file(site, lunr, name)
        if f and f.exists():
            search.append(file_weight(site, f))
        else:
            notes.append(f"lunr file missing: {name}")
    notes.append(f"search language(s) from search_index.json: {', '.join(langs)}")
    return plotly, search, notes


def other_load_requests(site: Path, url: str) -> list[tuple[str, str, int, int]]:
    """Requests at page load outside the brief's critical path: favicon, instant navigation's sitemap."""
    out = []
    path = page_file(site, url)
    refs = parse_html(path)
    base = ORIGIN + url
    for what, ref in refs.fetched:
        if "icon" in what:
            f = to_file(site, base, ref)
            if f and f.exists():
                out.append(("favicon", *file_weight(site, f)))
    config = json.loads(refs.config_text) if refs.config_text else {}
    bundle = next((to_file(site, base, s) for s in refs.scripts if "bundle" in s), None)
    if "navigation.instant" in config.get("features", []) and bundle and "sitemap.xml" in bundle.read_text(
            encoding="utf-8"):
        f = to_file(site, urljoin(base, config.get("base", ".").rstrip("/") + "/"), "sitemap.xml")
        if f and f.exists():
            out.append(("instant navigation sitemap", *file_weight(site, f)))
    return out


SEARCH_INDEX = "assets/plansite/search/index.js"
SEARCH_ON_OPEN = (SEARCH_INDEX, "assets/plansite/javascripts/search-engine.js")   # loaded together


def search_breakdown(site: Path) -> dict | None:
    """What the search index is made of: entries, and bytes per kind of page (task, indicator, …)."""
    path = site / SEARCH_INDEX
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    index = json.loads(text[text.index("=") + 1:text.rindex(";")])
    kinds: dict[str, int] = {}
    for doc in index["docs"]:
        label = index["kinds"].get(doc[2], doc[2])
        kinds[label] = kinds.get(label, 0) + len(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode())
    return {"entries": len(index["docs"]), "raw": path.stat().st_size, "gz": gz(path.read_bytes()), "kinds": kinds}


def judged_search(site: Path) -> tuple[int, list[tuple[str, str, list[str]]]] | str:
    """(queries, misses) for tests/search_judged.yml typed into the site's own search box in
    headless Chromium, or why it could not run."""
    sys.path.insert(0, str(REPO / "tests"))
    from browser_support import Browser, SiteServer, judge, judged_queries, missing_browser_reason
    reason = missing_browser_reason()
    if reason:
        return reason
    queries = judged_queries()
    try:
        browser = Browser()
    except Exception as exc:  # e.g. chromium and chromedriver of different versions
        return f"headless Chromium did not start: {str(exc).splitlines()[0]}"
    try:
        with SiteServer(site, prefix="/") as server:
            return len(queries), judge(browser, server.url(""), queries)
    finally:
        browser.quit()


# ------------------------------------------------------------- building
@dataclass
class Build:
    factor: int
    root: Path
    site: Path
    gen_s: float
    mkdocs_s: float
    offline_s: float                          # the copy without network and its zip, built first
    zip_bytes: int
    counts: dict
    pages: dict[str, tuple[int, int]]         # label -> (raw, gz)
    search_index: tuple[int, int]             # index + engine, loaded on opening search
    site_bytes: int
    html_files: int
    largest_html: tuple[str, int]
    cpu_s: float = 0.0          # CPU seconds, this process + MkDocs subprocess: less sensitive to a busy machine
    rss_mb: tuple[float, float] = (0.0, 0.0)   # peak resident MB: the build's Python process, MkDocs
    query_gz: int = 0           # search: what one query fetches (engine, index.js, the largest plan shard), gz
    later_gz: tuple[str, int] = ("", 0)        # the largest HTML page, gz (among the 30 largest raw)

    @property
    def total_s(self) -> float:
        return self.gen_s + self.mkdocs_s + self.offline_s

    def pages_raw(self, url: str) -> int:
        return page_file(self.site, "/" + url).stat().st_size


def ex_plan_prefix(b: "Build") -> str:
    """The folder of the last plan of a synthesized family ('<id>-p<N>/')."""
    numbered = [(int(m.group(1)), p.name) for p in b.site.iterdir()
                if p.is_dir() and (m := re.search(r"-p(\d+)$", p.name))]
    return max(numbered)[1] + "/"


def build(factor: int, root: Path, plans: int = 1) -> Build:
    from generator.checks.family import load_family
    synthesize(factor, root, plans=plans)
    family = load_family(root)
    ps = family.plans.values()
    counts = {"plans": len(family.plans), "tasks": sum(len(p.tasks) for p in ps),
              "indicators": sum(len(p.indicators) for p in ps),
              "agencies": len(family.agencies), "reports": sum(len(p.reports) for p in ps)}
    site = root / "site"
    shutil.rmtree(root / ".plansite-cache", ignore_errors=True)   # a clean build: nothing cached
    times, cpu_s, rss = build_in_child(root, site)
    pages = {}
    for label, url in PAGES:
        f = page_file(site, url)
        if f.exists():
            b = f.read_bytes()
            pages[label] = (len(b), gz(b))
    on_open = [(site / f).read_bytes() for f in SEARCH_ON_OPEN if (site / f).exists()]
    html = [(p, p.stat().st_size) for p in site.rglob("*.html")]
    largest = max(html, key=lambda x: x[1])
    url_of = lambda p: "/" + p.relative_to(site).parent.as_posix().strip(".") + "/"   # noqa: E731
    later = max(((url_of(p), gz(p.read_bytes())) for p, _ in sorted(html, key=lambda x: -x[1])[:30]), key=lambda x: x[1])
    shards = [p.read_bytes() for p in (site / SEARCH_INDEX).parent.glob("*.js") if p.name != "index.js"]
    query = sum(map(gz, on_open)) + max(map(gz, shards), default=0)
    return Build(factor, root, site, times.generator_s, times.mkdocs_s, times.offline_s, times.zip_bytes,
                 counts, pages, (sum(map(len, on_open)), sum(map(gz, on_open))),
                 sum(p.stat().st_size for p in site.rglob("*") if p.is_file()), len(html),
                 (url_of(largest[0]), largest[1]), cpu_s, rss, query, later)


def rebuild_after_one_report(root: Path) -> tuple[float, float, str]:
    """Correct one number in one report of the last plan, then build again with the cache the clean
    build left: (seconds, CPU seconds, which file). tests/site/test_incremental.py checks that such
    a build is byte-identical to a clean one."""
    plans = sorted((p for p in (root / "progress").iterdir() if p.is_dir()), key=lambda p: (len(p.name), p.name))
    report = sorted(plans[-1].rglob("*.yml"))[-1]
    text = report.read_text(encoding="utf-8")
    m = re.search(r'value: "(\d+)', text)
    report.write_text(text[:m.start(1)] + str(int(m.group(1)) + 1) + text[m.end(1):], encoding="utf-8")
    start = time.perf_counter()
    _, cpu_s, _ = build_in_child(root, root / "site")
    return time.perf_counter() - start, cpu_s, report.relative_to(root).as_posix()


def build_in_child(root: Path, site: Path):
    """build_site in a forked process, so that its peak memory is its own and not the bench's
    earlier builds': (times, CPU seconds, (peak MB of the build's Python process, of MkDocs))."""
    from generator.site.build import build_site
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:   # the child: build, report, leave without running the parent's cleanup
        code = 0
        try:
            times = build_site(root, site)
            me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            report = {"times": vars(times), "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                      "rss": [me.ru_maxrss / 1024, kids.ru_maxrss / 1024]}
        except BaseException as exc:   # noqa: BLE001 - told to the parent, which raises it
            report, code = {"error": f"{type(exc).__name__}: {exc}"}, 1
        os.write(write, json.dumps(report).encode())
        os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as f:
        report = json.loads(f.read() or b'{"error": "the build process died"}')
    os.waitpid(pid, 0)
    if "error" in report:
        raise RuntimeError(report["error"])
    from generator.site.build import BuildTimes
    return BuildTimes(**report["times"]), report["cpu"], tuple(report["rss"])


# -------------------------------------------------------- reproducibility
def compare_trees(a: Path, b: Path) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    fa = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    fb = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    diffs = []
    for rel in sorted(fa & fb):
        x, y = (a / rel).read_bytes(), (b / rel).read_bytes()
        if x != y:
            diffs.append((rel, why_different(rel, x, y)))
    return sorted(fa - fb), sorted(fb - fa), diffs


def why_different(rel: str, x: bytes, y: bytes) -> str:
    if rel.endswith(".gz"):
        try:
            ux, uy = gzip.decompress(x), gzip.decompress(y)
        except OSError:
            return "gzip files differ and do not decompress"
        if ux == uy:
            return (f"same content, gzip header differs (mtime {int.from_bytes(x[4:8], 'little')} vs "
                    f"{int.from_bytes(y[4:8], 'little')})")
        return "decompressed content differs too: " + why_different(rel[:-3], ux, uy)
    if rel.endswith(".json"):
        try:
            jx, jy = json.loads(x), json.loads(y)
        except ValueError:
            jx = jy = None
        if jx is not None and isinstance(jx, dict) and isinstance(jx.get("docs"), list):
            def key(d):
                return json.dumps(d, sort_keys=True, ensure_ascii=False)
            if sorted(map(key, jx["docs"])) == sorted(map(key, jy["docs"])):
                return "same entries in a different order (search index order)"
        if jx == jy:
            return "same JSON, different formatting"
    tx, ty = x.decode("utf-8", "replace"), y.decode("utf-8", "replace")
    i = next((k for k in range(min(len(tx), len(ty))) if tx[k] != ty[k]), min(len(tx), len(ty)))
    return f"first difference at char {i}: {tx[max(0, i - 40):i + 40]!r} vs {ty[max(0, i - 40):i + 40]!r}"


# ----------------------------------------------------- off-site references
# In JS only obvious fetch targets count: a literal off-site URL passed to fetch/import/importScripts/a worker/
# XHR/sendBeacon or assigned to .src. Assigning .href (a link a reader may click) is listed, not counted, and
# other URL strings (documentation links, XML namespaces, unused defaults) are only tallied.
FETCH_IN_JS = re.compile(
    r"""(?:\bfetch|\bimportScripts|\bimport|new\s+Worker|new\s+SharedWorker|new\s+EventSource|new\s+WebSocket|"""
    r"""\.open\s*\(\s*["'][A-Z]+["']\s*,|\.src\s*=|\bsendBeacon)\s*\(?\s*[`"']((?:https?:)?//[^`"'\s]+)""")
HREF_IN_JS = re.compile(r"""\.href\s*=\s*[`"']((?:https?:)?//[^`"'\s]+)""")
URL_IN_JS = re.compile(r"""[`"']((?:https?:)?//([a-z0-9-]+(?:\.[a-z0-9-]+)+)[^`"'\s]*)""", re.IGNORECASE)
# A literal URL of code or style on a CDN: some code path may load it (old browsers, optional features).
LOADABLE = re.compile(r"""(unpkg\.com|jsdelivr\.net|cdnjs\.|googleapis\.com|gstatic\.com|cdn\.|"""
                      r"""\.m?js(?:[?#]|$)|\.css(?:[?#]|$)|\.woff2?(?:[?#]|$))""", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')\s]+)|@import\s+["']([^"']+)""")


@dataclass
class OffSite:
    fetched: list[tuple[str, str, str]] = field(default_factory=list)   # (file, how, url): would be requested
    anchors: int = 0                                                    # outbound <a href> in HTML
    js_links: list[tuple[str, str]] = field(default_factory=list)       # (file, url) assigned to .href in JS
    js_strings: dict[str, set[str]] = field(default_factory=dict)       # file -> hosts named in other JS strings
    js_conditional: list[tuple[str, str, str]] = field(default_factory=list)  # (file, url, code before it)


def offsite_references(site: Path) -> OffSite:
    out = OffSite()
    found = out.fetched
    for f in sorted(site.rglob("*")):
        if not f.is_file():
            continue
        rel = f.relative_to(site).as_posix()
        if f.suffix == ".html":
            refs = parse_html(f)
            for what, url in refs.fetched:
                if is_offsite(url):
                    found.append((rel, what, url))
            for css in refs.styles:
                for m in CSS_URL.finditer(css):
                    url = m.group(1) or m.group(2)
                    if is_offsite(url):
                        found.append((rel, "inline CSS url()", url))
            out.anchors += sum(is_offsite(h) for h in refs.anchors)
        elif f.suffix == ".css":
            for m in CSS_URL.finditer(f.read_text(encoding="utf-8", errors="replace")):
                url = m.group(1) or m.group(2)
                if is_offsite(url):
                    found.append((rel, "CSS url()/@import", url))
        elif f.suffix == ".js":
            text = f.read_text(encoding="utf-8", errors="replace")
            counted = set()
            for m in FETCH_IN_JS.finditer(text):
                found.append((rel, "JS fetch/import/src", m.group(1)))
                counted.add(m.start(1))
            for m in HREF_IN_JS.finditer(text):
                out.js_links.append((rel, m.group(1)))
                counted.add(m.start(1))
            hosts = set()
            for m in URL_IN_JS.finditer(text):
                if m.start(1) in counted or m.group(2) == "www.w3.org":
                    continue
                if LOADABLE.search(m.group(1)):
                    before = text[max(0, m.start() - 70):m.start()].replace("\n", " ")
                    out.js_conditional.append((rel, m.group(1), before))
                else:
                    hosts.add(m.group(2))
            if hosts:
                out.js_strings[rel] = hosts
    return out


# ------------------------------------------------------ copy without network
def file_links(copy: Path) -> tuple[int, list[tuple[str, str]]]:
    """(relative links checked, those that do not name a file) in a copy meant for file://."""
    checked, bad = 0, []
    for page in sorted(copy.rglob("*.html")):
        for url in re.findall(r'(?<=\s)(?:href|src)="([^"]*)"', page.read_text(encoding="utf-8")):
            path = urlsplit(url).path
            if not path or urlsplit(url).scheme or url.startswith("//"):
                continue
            checked += 1
            if path.startswith("/") or not (page.parent / unquote(path)).is_file():
                bad.append((page.relative_to(copy).as_posix(), url))
    return checked, bad


# ------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Measure build time, page weight, reproducibility, off-site requests.")
    ap.add_argument("--factors", default="1,10,30", help="plan sizes to build (1 is the shipped plan); default 1,10,30")
    ap.add_argument("--plans", default="1,10,30,100",
                    help="family sizes: that many plans of the shipped size on one site (default 1,10,30,100; 'none' skips)")
    ap.add_argument("--work", type=Path, help="scratch folder (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder and the built sites")
    args = ap.parse_args(argv)
    factors = sorted({int(x) for x in args.factors.split(",")} | {1})
    os.environ.setdefault("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)
    work = args.work or Path(tempfile.mkdtemp(prefix="plansite-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    summary: list[tuple[str, str, str, str]] = []   # (measure, value, target, verdict)

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSES"

    try:
        print(f"plansite bench — SOURCE_DATE_EPOCH={os.environ['SOURCE_DATE_EPOCH']}, {os.cpu_count()} CPU(s), "
              f"scratch {work}, load average {os.getloadavg()[0]:.1f}")
        # ---------------------------------------------------------- a. build
        print("\n== a. Build time (generator.site.build.build_site: the copy without network and its zip, then the "
              "generator + search index and MkDocs --strict for the online site) ==")
        builds: dict[int, Build] = {}
        for factor in factors:
            b = build(factor, work / f"plan-{factor}x")
            builds[factor] = b
            c = b.counts
            print(f"  {factor:>2}x: {c['tasks']} tasks, {c['indicators']} indicators, {c['agencies']} agencies, "
                  f"{c['reports']} reports -> {b.html_files} HTML pages, site {b.site_bytes / KB / KB:,.1f} MB; "
                  f"generator {b.gen_s:.2f} s + MkDocs {b.mkdocs_s:.2f} s + offline copy {b.offline_s:.2f} s "
                  f"= {b.total_s:.2f} s; CPU {b.cpu_s:.2f} s",
                  flush=True)
        one = builds[1]
        # The shipped plan again, in another folder: a second 1x timing (the first build pays for cold
        # caches) and the pair compared byte for byte in section c.
        again = build(1, work / "plan-1x-again")
        print(f"   1x again: generator {again.gen_s:.2f} s + MkDocs {again.mkdocs_s:.2f} s + offline copy "
              f"{again.offline_s:.2f} s = {again.total_s:.2f} s; "
              f"CPU {again.cpu_s:.2f} s")
        base = min((one, again), key=lambda b: b.total_s)
        base_cpu = min(one.cpu_s, again.cpu_s)
        print(f"  1x baseline = the faster of the two: {base.total_s:.2f} s "
              f"(generator {base.gen_s:.2f} s, MkDocs {base.mkdocs_s:.2f} s, offline copy {base.offline_s:.2f} s); "
              f"peak RSS {base.rss_mb[0]:.0f} MB (Python) / {base.rss_mb[1]:.0f} MB (MkDocs)")
        print(f"\n  {'size':>5} {'generator s':>12} {'MkDocs s':>9} {'offline s':>10} {'total s':>8} {'x 1x time':>10} "
              f"{'gen x 1x':>9} {'MkDocs x 1x':>12} {'gen share':>10} {'ms / page':>10} {'CPU s':>7} {'CPU x 1x':>9}")
        for f, b in builds.items():
            ratio = b.total_s / base.total_s
            print(f"  {f:>4}x {b.gen_s:>12.2f} {b.mkdocs_s:>9.2f} {b.offline_s:>10.2f} {b.total_s:>8.2f} {ratio:>9.1f}x "
                  f"{b.gen_s / base.gen_s:>8.1f}x {b.mkdocs_s / base.mkdocs_s:>11.1f}x "
                  f"{100 * b.gen_s / b.total_s:>9.0f}% {1000 * b.total_s / b.html_files:>10.1f} "
                  f"{b.cpu_s:>7.2f} {b.cpu_s / base_cpu:>8.1f}x")
            if f > 1:
                limit = TARGET_TIME_10X / 10 * f
                summary.append((f"build time {f}x data", (f"{ratio:.1f}x the 1x time ({b.total_s:.1f} s; "
                                f"CPU {b.cpu_s / base_cpu:.1f}x)"),
                                f"<= {limit:.0f}x" + ("" if f == 10 else " (10x target scaled)"),
                                verdict(ratio <= limit)))

        # ---------------------------------------------------------- a2. family
        plan_counts = [] if args.plans == "none" else sorted({int(x) for x in args.plans.split(",")} - {1})
        if plan_counts:
            print("\n== a2. A family of plans on one site (N copies of the shipped plan; the first owns the root) ==")
            fam = {1: base}
            for n in plan_counts:
                fam[n] = build(1, work / f"family-{n}", plans=n)
                b = fam[n]
                print(f"  {n:>2} plans: {b.counts['tasks']} tasks, {b.counts['indicators']} indicators -> "
                      f"{b.html_files} HTML pages; generator {b.gen_s:.2f} s + MkDocs {b.mkdocs_s:.2f} s + offline "
                      f"copy {b.offline_s:.2f} s = {b.total_s:.2f} s = {b.total_s / base.total_s:.1f}x one plan; "
                      f"CPU {b.cpu_s / base_cpu:.1f}x; peak RSS {b.rss_mb[0]:.0f} MB (Python) / {b.rss_mb[1]:.0f} MB (MkDocs); "
                      f"one search query {kb(b.query_gz)} gz; largest page {kb(b.later_gz[1])} gz {b.later_gz[0]}",
                      flush=True)
                summary.append((f"offline copy share, {n} plans", f"{100 * b.offline_s / b.total_s:.0f}% of the build",
                                "<= 20 %", verdict(b.offline_s <= 0.2 * b.total_s)))
                summary.append((f"search fetched for one query, {n} plans", kb(b.query_gz) + " gz", "<= 60 KB gz",
                                verdict(b.query_gz <= 60 * KB)))
                summary.append((f"largest page HTML, {n} plans", f"{kb(b.later_gz[1])} gz ({b.later_gz[0]})",
                                f"<= {TARGET_LATER_PAGE_KB} KB gz", verdict(b.later_gz[1] <= TARGET_LATER_PAGE_KB * KB)))
                # Twice: the first rebuild after a clean build has no earlier site to update (engine.mirror).
                for attempt in ("first", "next"):
                    inc_s, inc_cpu, changed = rebuild_after_one_report(b.root)
                    print(f"     one report changed ({changed}), {attempt} rebuild with the cache: {inc_s:.2f} s = "
                          f"{100 * inc_s / b.total_s:.0f}% of the clean build; CPU {inc_cpu:.2f} s = "
                          f"{100 * inc_cpu / b.cpu_s:.0f}%", flush=True)
                summary.append((f"one report changed, {n} plans", f"{100 * inc_s / b.total_s:.0f}% of the clean build "
                                f"({inc_s:.1f} s of {b.total_s:.1f} s; CPU {100 * inc_cpu / b.cpu_s:.0f}%)",
                                "<= 10 %", verdict(inc_s <= 0.1 * b.total_s)))
                per_plan = max(b.rss_mb) / n
                summary.append((f"peak RSS, {n} plans", f"{max(b.rss_mb):.0f} MB ({max(b.rss_mb) / max(base.rss_mb):.1f}x one plan; "
                                f"{per_plan:.0f} MB/plan)", "grows no faster than plans",
                                verdict(max(b.rss_mb) / max(base.rss_mb) <= n)))
                limit = TARGET_FAMILY.get(n, TARGET_FAMILY[30] / 30 * n)
                summary.append((f"build time, {n} plans", f"{b.total_s / base.total_s:.1f}x one plan ({b.total_s:.1f} s; "
                                f"CPU {b.cpu_s / base_cpu:.1f}x, on {cores()} cores)",
                                f"<= {limit:.1f}x" + ("" if n in TARGET_FAMILY else " (30-plan target scaled)"),
                                verdict(b.total_s / base.total_s <= limit)))
            last = {n: (f"{ex_plan_prefix(b)}" if n > 1 else "") for n, b in fam.items()}
            print("  HTML of one plan's pages as plans are added (raw bytes; root plan | last plan):")
            print(f"  {'page':<12}" + "".join(f"{f'{n} plan(s)':>24}" for n in fam))
            grew = []
            for label, url in FAMILY_PAGES:
                cells = []
                first_last = None
                for n, b in fam.items():
                    root_size = page_file(b.site, "/" + url).stat().st_size
                    sizes = [root_size]
                    # The root plan's page as with one plan (its home gains one line linking the list of plans).
                    if root_size > fam[1].pages_raw(url) + 200:
                        grew.append((label, n))
                    if n > 1:
                        last_size = page_file(b.site, "/" + last[n] + url).stat().st_size
                        sizes.append(last_size)
                        # A plan below the root names its plan (title, crumb): a fixed cost, the same at 10 and 30
                        # plans but for the length of the last plan's id in its links ('-p100' is one letter
                        # longer than '-p10', written once per link: a few bytes, not growth).
                        first_last = first_last or last_size
                        if last_size > first_last + 64:
                            grew.append((label, n))
                    cells.append(" | ".join(f"{x:,}" for x in sizes))
                print(f"  {label:<12}" + "".join(f"{c:>24}" for c in cells))
            summary.append(("plan pages as plans are added", "constant" if not grew else f"grow: {grew[:3]}",
                            "do not grow", verdict(not grew)))

        # ------------------------------------------------------------ b. weight
        site = one.site
        print("\n== b. Page weight, shipped plan (1x); gz = gzip -9 per file ==")
        print(f"  {'page':<16} {'URL':<38} {'HTML raw':>10} {'HTML gz':>9} {'CSS+JS gz':>10} {'critical gz':>12}")
        weights: list[PageWeight] = []
        for label, url in PAGES[:9]:
            w = weigh_page(site, label, url)
            if w is None:
                print(f"  {label:<16} {url:<38} (page not in the site)")
                continue
            weights.append(w)
            print(f"  {label:<16} {url:<38} {w.html_raw:>10,} {w.html_gz:>9,} {w.critical_gz - w.html_gz:>10,} "
                  f"{w.critical_gz:>12,}" + ("  " + "; ".join(w.missing) if w.missing else ""))
        if weights:
            print("  critical path assets (same on every page):")
            for path, raw, g in weights[0].assets:
                print(f"    {path:<60} {raw:>10,} raw {g:>9,} gz")
            worst = max(weights, key=lambda w: w.critical_gz)
            summary.append(("critical path (worst page)", f"{kb(worst.critical_gz)} ({worst.label})",
                            f"<= {TARGET_CRITICAL_KB} KB gz", verdict(worst.critical_gz <= TARGET_CRITICAL_KB * KB)))
            later = max(weights, key=lambda w: w.html_gz)
            print(f"  later page on the same site = its HTML only (gz): largest is {later.label} "
                  f"{kb(later.html_gz)}; target <= {TARGET_LATER_PAGE_KB} KB")
            for w in weights:
                if w.html_gz > TARGET_LATER_PAGE_KB * KB:
                    print(f"    over {TARGET_LATER_PAGE_KB} KB: {w.label} {w.url} {kb(w.html_gz)}")
            summary.append(("later page, HTML only (worst)", f"{kb(later.html_gz)} ({later.label})",
                            f"<= {TARGET_LATER_PAGE_KB} KB gz", verdict(later.html_gz <= TARGET_LATER_PAGE_KB * KB)))

        for what, chart_page in CHART_PAGES:
            chart = weigh_page(site, "indicator", chart_page)
            if not chart:
                print(f"\n  {chart_page}: page not in the site")
                continue
            plotly, search, notes = chart_extras(site, chart_page)
            extra = other_load_requests(site, chart_page)
            # "every request": the favicon and instant navigation's sitemap count too.
            total = chart.critical_gz + sum(g for _, _, g in plotly + search) + sum(g for *_, g in extra)
            print(f"\n  indicator page with chart {what}, first visit ({chart_page}):")
            print(f"    {'critical path (HTML + CSS + JS)':<60} {chart.critical_raw:>10,} raw {chart.critical_gz:>9,} gz")
            print(f"    {'  of which the page HTML':<60} {chart.html_raw:>10,} raw {chart.html_gz:>9,} gz")
            for path, raw, g in plotly:
                print(f"    {'plotly (loaded by charts.js): ' + path:<60} {raw:>10,} raw {g:>9,} gz")
            for path, raw, g in search:
                print(f"    {'search at load: ' + path:<60} {raw:>10,} raw {g:>9,} gz")
            for n in notes:
                print(f"    note: {n}")
            for kind, path, raw, g in extra:
                print(f"    {kind + ': ' + path:<60} {raw:>10,} raw {g:>9,} gz")
            print(f"    {'TOTAL':<60} {'':>14} {total:>9,} gz = {kb(total)}  (target <= {TARGET_CHART_TOTAL_KB} KB)")
            summary.append((f"indicator + chart + search, {what}", kb(total), f"<= {TARGET_CHART_TOTAL_KB} KB gz",
                            verdict(total <= TARGET_CHART_TOTAL_KB * KB)))
            summary.append((f"critical path, {what}", kb(chart.critical_gz), f"<= {TARGET_CRITICAL_KB} KB gz",
                            verdict(chart.critical_gz <= TARGET_CRITICAL_KB * KB)))
            summary.append((f"later page, HTML only, {what}", kb(chart.html_gz), f"<= {TARGET_LATER_PAGE_KB} KB gz",
                            verdict(chart.html_gz <= TARGET_LATER_PAGE_KB * KB)))

        print("\n  HTML of each page as the plan grows (raw / gz bytes):")
        head = "".join(f"{f'{f}x':>25}" for f in builds)
        print(f"  {'page':<16}{head}")
        for label, _ in PAGES:
            cells = "".join(f"{(f'{b.pages[label][0]:,} / {b.pages[label][1]:,}' if label in b.pages else '—'):>25}"
                            for b in builds.values())
            print(f"  {label:<16}{cells}")
        cells = "".join(f"{f'{b.search_index[0]:,} / {b.search_index[1]:,}':>25}" for b in builds.values())
        print(f"  {'search (on open)':<16}{cells}")
        cells = "".join(f"{f'{b.largest_html[1]:,} {b.largest_html[0]}':>25}" for b in builds.values())
        print(f"  {'largest HTML':<16}{cells}")
        print(f"\n  search index ({SEARCH_INDEX}; fetched only when the reader opens search), what it is made of:")
        for f, b in builds.items():
            sb = search_breakdown(b.site)
            if not sb:
                continue
            top = sorted(sb["kinds"].items(), key=lambda kv: -kv[1])
            print(f"  {f:>4}x: {sb['entries']:,} entries, {sb['raw']:,} raw / {sb['gz']:,} gz; by kind: "
                  + ", ".join(f"{k} {100 * v / sb['raw']:.0f}%" for k, v in top))
        big = builds[max(builds)]
        if "indicator" in big.pages and "indicator" in one.pages:
            growth = big.pages["indicator"][0] / one.pages["indicator"][0]
            sizes = ", ".join(f"{f}x {b.pages['indicator'][0]:,}" for f, b in builds.items())
            summary.append((f"indicator page HTML 1x -> {max(builds)}x", f"{sizes} B (x{growth:.2f})",
                            "does not grow (<= x1.10)", verdict(growth <= 1.10)))
        if big is not one:
            worst_label = max(big.pages, key=lambda k: big.pages[k][1])
            g = big.pages[worst_label][1]
            summary.append((f"later page, HTML only, {big.factor}x plan", f"{kb(g)} ({worst_label})",
                            f"<= {TARGET_LATER_PAGE_KB} KB gz", verdict(g <= TARGET_LATER_PAGE_KB * KB)))
        if one.search_index[1]:
            summary.append(("search index + engine, shipped plan", kb(one.search_index[1]) + " gz",
                            "(fetched only on opening search)", "info"))
        if big is not one and big.search_index[1]:
            summary.append((f"search index + engine, {max(builds)}x plan", kb(big.search_index[1]) + " gz",
                            "(fetched only on opening search)", "info"))

        # ------------------------------------------------------ search quality
        print("\n== Search: judged queries (tests/search_judged.yml) in the built site's own search box ==")
        judged = judged_search(site)
        if isinstance(judged, str):
            print(f"  not measured: {judged}")
            summary.append(("search top-3 hit rate", "not measured (no Chromium)", ">= 95 %", "check"))
        else:
            n, misses = judged
            rate = 100 * (n - len(misses)) / n
            print(f"  {n - len(misses)} of {n} queries have the judged page in the top 3: {rate:.1f} %")
            for q, page, top in misses:
                print(f"    missed {q!r}: wants {page}, top 3 {top}")
            summary.append(("search top-3 hit rate", f"{rate:.1f} % of {n} queries", ">= 95 %", verdict(rate >= 95)))

        # --------------------------------------------------- c. reproducibility
        print("\n== c. Reproducibility: the shipped plan built twice, in two folders ==")
        only_a, only_b, diffs = compare_trees(one.site, again.site)
        n_files = sum(1 for p in one.site.rglob("*") if p.is_file())
        if not (only_a or only_b or diffs):
            print(f"  identical ({n_files} files compared byte for byte)")
        for rel in only_a:
            print(f"  only in first build: {rel}")
        for rel in only_b:
            print(f"  only in second build: {rel}")
        for rel, why in diffs:
            print(f"  differs: {rel} — {why}")
        n_bad = len(only_a) + len(only_b) + len(diffs)
        summary.append(("reproducible build", "identical" if not n_bad else f"{n_bad} of {n_files} files differ",
                        "identical", verdict(not n_bad)))

        # --------------------------------------------------- d. off-site references
        print("\n== d. Off-site references a browser would fetch (HTML src/href, CSS url(), JS fetch/import) ==")
        off = offsite_references(site)
        found = off.fetched
        if not found:
            print("  0 off-site references")
        else:
            print(f"  {len(found)} off-site references:")
            for rel, how, url in found[:40]:
                print(f"    {rel}: {how} {url}")
            if len(found) > 40:
                print(f"    … and {len(found) - 40} more")
        print(f"  not fetched, for information: {off.anchors} outbound <a href> links in HTML;")
        for rel, url in off.js_links:
            print(f"    JS sets a link target (.href, not a request): {rel}: {url}")
        for rel, url, before in off.js_conditional:
            print(f"    JS names a loadable off-site file (conditional code path, check it): {rel}: {url}\n"
                  f"      …{before}")
        for rel, hosts in sorted(off.js_strings.items()):
            print(f"    other off-site URL strings in {rel} (docs links, defaults; not requests by themselves): "
                  f"{', '.join(sorted(hosts))}")
        summary.append(("off-site references", f"{len(found)}", "0", verdict(not found)))
        if off.js_conditional:
            summary.append(("off-site files JS may load", f"{len(off.js_conditional)} (see d.)",
                            "(conditional paths)", "check"))

        # ------------------------------------------------- e. copy without network
        print("\n== e. Copy without network (the zip plansite build places in the site; opened from file://) ==")
        for f, b in builds.items():
            zipped = sorted((b.site / DOWNLOAD_DIR).glob("*.zip"))
            if not zipped:
                print(f"  {f:>4}x: no zip in {DOWNLOAD_DIR}/")
                continue
            with zipfile.ZipFile(zipped[0]) as zf:
                infos = zf.infolist()
            unpacked = sum(i.file_size for i in infos)
            print(f"  {f:>4}x: {zipped[0].name}: zip {b.zip_bytes:,} B = {b.zip_bytes / KB / KB:,.2f} MB "
                  f"({len(infos):,} files, {unpacked / KB / KB:,.1f} MB unzipped); built in {b.offline_s:.2f} s "
                  f"({100 * b.offline_s / b.total_s:.0f}% of plansite build)")
        zipped = sorted((one.site / DOWNLOAD_DIR).glob("*.zip"))
        if zipped:
            copy_dir = work / "offline-1x"
            shutil.rmtree(copy_dir, ignore_errors=True)
            with zipfile.ZipFile(zipped[0]) as zf:
                zf.extractall(copy_dir)
            (copy,) = copy_dir.iterdir()
            checked, bad = file_links(copy)
            off_copy = offsite_references(copy)
            print(f"  1x copy: {checked:,} relative links checked, {len(bad)} open a folder or nothing from file://"
                  + (f", e.g. {bad[:3]}" if bad else "") + f"; {len(off_copy.fetched)} off-site references")
            summary.append(("offline copy zip (1x)", f"{one.zip_bytes / KB / KB:,.2f} MB, built in {one.offline_s:.1f} s",
                            "(no target)", "info"))
            summary.append(("offline copy share, 1 plan", f"{100 * base.offline_s / base.total_s:.0f}% of the build "
                            f"({base.offline_s:.2f} s of {base.total_s:.2f} s)", "<= 20 %",
                            verdict(base.offline_s <= 0.2 * base.total_s)))
            summary.append(("offline copy: links not to a file / off-site",
                            f"{len(bad)} / {len(off_copy.fetched)}", "0 / 0",
                            verdict(not bad and not off_copy.fetched)))
            shutil.rmtree(copy_dir, ignore_errors=True)

        # --------------------------------------------------------- summary
        print(f"\n== Summary (bench took {time.perf_counter() - started:.0f} s; load average now "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: other work on the machine inflates timings) ==")
        w1 = max(len(s[0]) for s in summary)
        w2 = max(len(s[1]) for s in summary)
        w3 = max(len(s[2]) for s in summary)
        print(f"  {'measure':<{w1}}  {'measured':<{w2}}  {'target':<{w3}}  verdict")
        for m, v, t, ok in summary:
            print(f"  {m:<{w1}}  {v:<{w2}}  {t:<{w3}}  {ok}")
        return 0
    finally:
        if args.keep:
            print(f"\n(kept {work})")
        elif args.work:   # a folder the user named: remove only what this run wrote into it
            for sub in [*(work / f"plan-{f}x" for f in factors), work / "plan-1x-again", *work.glob("family-*")]:
                if (sub / ".plansite-synth").exists():
                    shutil.rmtree(sub, ignore_errors=True)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
