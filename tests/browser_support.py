"""Helpers for the browser tests: a local static server for a built site, and headless Chromium.

Nothing here downloads anything: Chromium and chromedriver come from Debian (/usr/bin), axe-core
from tools/axe/node_modules (``npm ci --prefix tools/axe``).
"""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import tempfile
import threading
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = "/usr/bin/chromedriver"
AXE_JS = ROOT / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def require_browser() -> bool:
    """CI sets PLANSITE_REQUIRE_BROWSER=1: a missing browser is then a failure, not a skip."""
    return os.environ.get("PLANSITE_REQUIRE_BROWSER", "") not in ("", "0", "false", "no")


def chromium_binary() -> str | None:
    for path in CHROMIUM_CANDIDATES:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def missing_browser_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    missing = []
    if chromium_binary() is None:
        missing.append("chromium (" + " or ".join(CHROMIUM_CANDIDATES) + ")")
    if not (os.path.isfile(CHROMEDRIVER) and os.access(CHROMEDRIVER, os.X_OK)):
        missing.append(f"chromedriver ({CHROMEDRIVER})")
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the Python package selenium (pip install -e '.[test]')")
    if missing:
        return ("browser tests need " + ", ".join(missing)
                + "; on Debian: apt-get install chromium chromium-driver")
    return None


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves one folder under a URL prefix (e.g. /easup/), like an intranet sub-path; 404 elsewhere."""

    prefix = "/"

    def __init__(self, *args, directory: str, prefix: str, **kwargs):
        self.prefix = prefix
        super().__init__(*args, directory=directory, **kwargs)

    def translate_path(self, path):
        clean = urllib.parse.urlsplit(path).path
        if clean + "/" == self.prefix:
            clean = self.prefix  # /easup -> the folder itself; the base class redirects to /easup/
        if not clean.startswith(self.prefix):
            return os.path.join(self.directory, "\0outside-prefix")  # does not exist: 404
        return super().translate_path("/" + clean[len(self.prefix):])

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):  # keep pytest output clean
        pass


class SiteServer:
    """A threaded http.server on 127.0.0.1 serving a built site under `prefix`, in a background thread."""

    def __init__(self, directory: Path, prefix: str = "/", port: int = 0):
        """Binds at once (port 0: a free one), so the URL is known before the site is built."""
        if not prefix.endswith("/"):
            prefix += "/"
        self.prefix = prefix
        self.directory = Path(directory)
        handler = functools.partial(_SiteHandler, directory=str(directory), prefix=prefix)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}{prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="site-server", daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def url(self, path: str = "") -> str:
        return self.base + path.lstrip("/")


CHROME_ARGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    "--no-default-browser-check", "--disable-extensions", "--lang=vi", "--window-size=1280,900",
)


class Browser:
    """One headless Chromium (with a fresh profile folder) driven by chromedriver from /usr/bin."""

    def __init__(self, javascript: bool = True):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="plansite-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = chromium_binary()
        for arg in CHROME_ARGS:
            options.add_argument(arg)
        options.add_argument(f"--user-data-dir={self.profile}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        if not javascript:
            options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        try:
            self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        except Exception:
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(30)

    def quit(self):
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    # -- helpers -------------------------------------------------------------------------------
    def get(self, url: str):
        """A full page load with an empty console log afterwards, ready for the page's own scripts."""
        self.driver.get(url)
        self.wait_for(lambda d: d.execute_script("return document.readyState") == "complete")
        return self.driver

    def wait_for(self, condition, timeout: float = 10, message: str = ""):
        from selenium.webdriver.support.ui import WebDriverWait
        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(condition, message)

    def console(self, level: str = "SEVERE") -> list[dict]:
        """Console entries at `level` since the last call (reading the log empties it)."""
        return [e for e in self.driver.get_log("browser") if e.get("level") == level]

    def requested_urls(self) -> list[str]:
        """Everything the current document fetched (Performance API), plus the document itself."""
        return self.driver.execute_script(
            "return [location.href].concat(performance.getEntriesByType('resource').map(function (e) "
            "{ return e.name; }));")

    # -- the site's search box -------------------------------------------------------------------
    def open_search(self):
        """Open search as a reader does: the magnifier on a phone, the box itself on a wide screen."""
        from selenium.webdriver.common.by import By
        box = self.driver.find_element(By.CSS_SELECTOR, ".ps-search input.md-search__input")
        icon = self.driver.find_element(By.CSS_SELECTOR, 'label[for="__search"].md-header__button')
        (icon if icon.is_displayed() else box).click()
        self.wait_for(lambda d: box.is_displayed() and d.switch_to.active_element == box, 10, "search did not open")
        return box

    def search(self, query: str, timeout: float = 10) -> list[dict]:
        """Type `query` into the open search box (replacing what is there) and return the results
        shown, best first: [{"path": URL path, "text": what the result says}]."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        box = self.driver.find_element(By.CSS_SELECTOR, ".ps-search input.md-search__input")
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.BACKSPACE)
        box.send_keys(query)
        self.wait_for(lambda d: d.execute_script(
            "var l = document.querySelector('.ps-search .md-search-result__list');"
            " var q = l.getAttribute('data-query');"
            " return q !== null && q.normalize('NFC') === arguments[0].normalize('NFC');", query), timeout,
            f"no results were shown for {query!r}")
        return self.driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('.ps-search .md-search-result__item a[href]'),"
            " function (a) { return {path: new URL(a.href).pathname, text: a.textContent}; });")


JUDGED = Path(__file__).parent / "search_judged.yml"


def judged_queries() -> list[tuple[str, str]]:
    """(query, page that must be in the top 3) from tests/search_judged.yml."""
    import yaml
    data = yaml.safe_load(JUDGED.read_text(encoding="utf-8"))
    return [(q["q"], q["page"]) for q in data["queries"]]


def judge(browser: Browser, prefix_url: str, queries: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """Each judged query typed into the site's own search box; returns the misses as
    (query, expected page, the top 3 shown). prefix_url: the site's address, ending in '/'."""
    base = urllib.parse.urlsplit(prefix_url).path
    browser.get(prefix_url)
    browser.open_search()
    misses = []
    for query, page in queries:
        top = [r["path"][len(base):] if r["path"].startswith(base) else r["path"] for r in browser.search(query)[:3]]
        if page not in top:
            misses.append((query, page, top))
    return misses
