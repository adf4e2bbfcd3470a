"""The chart in a real browser on a slow connection: when it shows, the page's largest paint against
a bare Material page, and what a cold page load transfers.

    .venv/bin/python tools/bench_charts.py SITE [SITE …]   # measure built sites (e.g. before/after)

`make bench` (tools/bench.py) runs it on the 1x site it builds. Headless Chromium from /usr/bin with
Chrome DevTools throttling: 400 kbit/s down, 400 ms round trip, CPU ÷ 4 (the issue's "slow 3G"),
served by a local HTTP/1.1 server that keeps connections alive and gzips text (as a static host with
compression does), a cold cache for every load. Times are milliseconds from navigation start, the
median of --runs loads; the two pages of the LCP ratio are loaded alternately in one browser.
"""
from __future__ import annotations

import argparse
import gzip
import http.server
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CHART_PAGE = "chi-tieu/2-1/"
THROTTLE = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
CPU_SLOWDOWN = 4
GZIP_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")

# Injected before any page script: the largest paint as the browser reports it, and the first frame
# in which the chart is on screen (the SVG laid out; on a page drawn by Plotly, its drawn state).
PROBE = """
window.__ps = {};
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) {
    var el = e.element;
    window.__ps.lcp = e.startTime;
    window.__ps.lcpWhat = el ? el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "")
      + " " + (el.textContent || "").trim().slice(0, 40) : e.url;
  });
}).observe({type: "largest-contentful-paint", buffered: true});
(function poll() {
  var svg = document.querySelector(".ps-chart__view:not([hidden]) svg, div[data-figure][data-chart-state=drawn] svg.main-svg");
  if (svg && svg.getBoundingClientRect().height > 50) { window.__ps.chart = performance.now(); return; }
  requestAnimationFrame(poll);
})();
"""


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files over keep-alive HTTP/1.1, text gzip -9 (what a host with static compression sends)."""
    protocol_version = "HTTP/1.1"

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return None
        body = path.read_bytes()
        ctype = self.guess_type(str(path))
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if ctype.startswith(GZIP_TYPES) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 9, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self._body = body
        return None

    def do_GET(self):
        self._body = b""
        self.send_head()
        if self._body:
            self.wfile.write(self._body)

    def log_message(self, *args):
        pass


class Server:
    def __init__(self, folder: Path):
        handler = lambda *a, **k: GzipHandler(*a, directory=str(folder), **k)   # noqa: E731
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def bare_material_site(work: Path) -> Path:
    """Material with nothing of ours: the site's theme settings (mkdocs.yml), one page of text."""
    import yaml
    palette = [{"media": f"(prefers-color-scheme: {m})", "scheme": s, "primary": "teal", "accent": "deep orange",
                "toggle": {"icon": "material/weather-night", "name": "Chuyển nền"}}
               for m, s in (("light", "default"), ("dark", "slate"))]
    theme = {"name": "material", "language": "vi", "font": False, "palette": palette,
             "features": ["navigation.instant", "navigation.tracking", "navigation.sections", "navigation.top",
                          "navigation.prune"]}
    root = work / "bare-material"
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(yaml.safe_dump({"site_name": "Material", "site_url": "http://127.0.0.1/", "theme": theme},
                                                    allow_unicode=True), encoding="utf-8")
    (root / "docs" / "index.md").write_text(
        "# 2.1. Tỉ lệ thất nghiệp chung\n\nChưa đạt (mốc 2025). Số liệu năm 2025 là 3,8 %, "
        "mục tiêu của kế hoạch là dưới 4 %; cần giảm thêm để đạt mục tiêu của năm 2030.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"),
                    "-d", str(root / "site")], check=True)
    return root / "site"


def missing_browser() -> str | None:
    from tests.browser_support import missing_browser_reason
    return missing_browser_reason()


class Chromium:
    def __init__(self):
        from tests.browser_support import Browser
        self.b = Browser()
        d = self.b.driver
        d.set_window_size(412, 900)                      # a phone
        d.execute_cdp_cmd("Network.enable", {})
        d.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})
        d.set_page_load_timeout(120)

    def load(self, url: str, slow: bool = True, wait_chart: bool = False) -> dict:
        d = self.b.driver
        d.get("about:blank")
        d.execute_cdp_cmd("Network.clearBrowserCache", {})
        d.execute_cdp_cmd("Network.emulateNetworkConditions", THROTTLE if slow else
                          {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        d.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN if slow else 1})
        d.get(url)
        end = time.monotonic() + 90
        while time.monotonic() < end:
            state = d.execute_script("return [document.readyState, window.__ps]")
            if state[0] == "complete" and (not wait_chart or "chart" in state[1]):
                break
            time.sleep(0.1)
        time.sleep(1.0)    # let the last paints land before reading the largest one
        out = d.execute_script("""
            var nav = performance.getEntriesByType('navigation')[0];
            var res = performance.getEntriesByType('resource');
            return {ps: window.__ps, fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime,
                    bytes: nav.transferSize + res.reduce(function (a, e) { return a + e.transferSize; }, 0),
                    requests: 1 + res.length,
                    plotly: res.some(function (e) { return /plotly/.test(e.name); })};""")
        d.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 1})
        return {"lcp": out["ps"].get("lcp"), "what": out["ps"].get("lcpWhat"), "chart": out["ps"].get("chart"),
                "fcp": out["fcp"], "bytes": out["bytes"], "requests": out["requests"], "plotly": out["plotly"]}

    def quit(self):
        self.b.quit()


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def measure(sites: list[Path], runs: int = 3, work: Path | None = None) -> list[dict]:
    """For each built site: chart visible on slow 3G, LCP and its ratio to bare Material, cold bytes."""
    work = work or Path(tempfile.mkdtemp(prefix="plansite-bench-charts-"))
    bare = bare_material_site(work)
    servers = [Server(bare)] + [Server(s) for s in sites]
    browser = Chromium()
    results = []
    try:
        for server in servers[1:]:
            page, ref = [], []
            for _ in range(runs):          # alternate, so a busy moment weighs on both
                page.append(browser.load(server.base + CHART_PAGE, wait_chart=True))
                ref.append(browser.load(servers[0].base))
            lcp, lcp_ref = median(r["lcp"] for r in page), median(r["lcp"] for r in ref)
            results.append({"chart_ms": median(r["chart"] for r in page), "lcp_ms": lcp, "bare_lcp_ms": lcp_ref,
                            "lcp_ratio": lcp / lcp_ref if lcp and lcp_ref else None,
                            "lcp_element": page[-1]["what"], "bare_lcp_element": ref[-1]["what"],
                            "fcp_ms": median(r["fcp"] for r in page), "cold_bytes": median(r["bytes"] for r in page),
                            "requests": page[-1]["requests"], "plotly_at_load": any(r["plotly"] for r in page),
                            "runs": [(r["chart"], r["lcp"]) for r in page], "bare_runs": [r["lcp"] for r in ref]})
    finally:
        browser.quit()
        for s in servers:
            s.close()
    return results


def report(r: dict) -> list[str]:
    def s(ms):
        return f"{ms / 1000:.2f} s" if ms is not None else "—"
    return [f"chart of {CHART_PAGE} visible, slow 3G: {s(r['chart_ms'])} (runs: "
            + ", ".join(s(c) for c, _ in r["runs"]) + ")",
            f"largest paint: {s(r['lcp_ms'])} ({r['lcp_element']}) vs bare Material {s(r['bare_lcp_ms'])} "
            f"({r['bare_lcp_element']}) = {r['lcp_ratio']:.2f}x" if r["lcp_ratio"] else "largest paint: —",
            f"first contentful paint: {s(r['fcp_ms'])}; cold load transferred {r['cold_bytes'] / 1024:,.1f} KB "
            f"in {r['requests']} requests; plotly.js at load: {'yes' if r['plotly_at_load'] else 'no'}"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sites", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    for site, r in zip(args.sites, measure(args.sites, args.runs), strict=True):
        print(site)
        for line in report(r):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
