/* plansite charts: the SVG in the page is the chart; plotly.js only when the reader asks.
 *
 * - Every chart arrives drawn: <div class="ps-chart" data-figure="{data, layout}"> holds one SVG
 *   per view (the total, each breakdown), drawn at build time (chart_svg.py). With no script, on
 *   paper and from a folder they show as they are.
 * - The "Xem theo" selector shows the chosen breakdown's SVG and table (no plotly.js needed). It is
 *   hidden without JavaScript, when every table shows under its own heading.
 * - The button "Xem tương tác" loads plotly.js (vendor/plotly-scatter.min.js next to this file, its
 *   URL derived from this script's own src, so any sub-path, intranet host or file:// works) and
 *   charts-live.js (the Plotly glue: palettes, redraws) on that click, and Plotly takes the chart
 *   over in place: hover values, zoom. It then follows the selector and the palette. Neither file
 *   is part of a page's first load: every byte before the first paint competes with the CSS.
 * - Works on full page loads and after Material's instant navigation (document$).
 * - Nothing is fetched from another host. If plotly.js cannot load, the SVG stays and the button
 *   says so.
 */
(function () {
  "use strict";
  if (window.__plansiteCharts) return;           // included twice: one renderer is enough
  window.__plansiteCharts = true;

  var script = document.currentScript;
  var BUNDLE = script && script.src ? new URL("vendor/plotly-scatter.min.js", script.src).href : null;
  var LIVE = script && script.src ? new URL("charts-live.js", script.src).href : null;
  var loading = {};

  function load(url, ready) {
    if (ready()) return Promise.resolve(ready());
    if (!url) return Promise.reject(new Error("charts.js: own URL unknown"));
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = url;
        s.async = true;
        s.onload = function () { ready() ? resolve(ready()) : reject(new Error(url + " did not define its API")); };
        s.onerror = function () { s.remove(); delete loading[url]; reject(new Error(url + " did not load")); };
        document.head.appendChild(s);
      });
    }
    return loading[url];
  }

  function live() { return window.__plansiteLive; }

  // The reader asked for interaction: load plotly.js and the glue on this click and take the chart over.
  function goLive(el, button) {
    if (el.getAttribute("data-chart-state") === "loading") return;
    el.setAttribute("data-chart-state", "loading");
    button.disabled = true;
    button.textContent = T.JS_CHART_LOADING;
    Promise.all([load(BUNDLE, function () { return window.Plotly; }), load(LIVE, live)]).then(function (both) {
      return both[1].draw(both[0], el);
    }).then(function () {
      button.parentNode.hidden = true;
    }, function () {
      el.setAttribute("data-chart-state", "static");
      button.disabled = false;
      button.textContent = T.JS_CHART_FAILED;
    });
  }

  function setupChart(el) {
    if (el.hasAttribute("data-chart-state")) return;
    el.setAttribute("data-chart-state", "static");
    var button = el.querySelector("button[data-chart-live]");
    if (!button || !BUNDLE) return;
    button.addEventListener("click", function () { goLive(el, button); });
    button.parentNode.hidden = false;
  }

  function render() {
    if (live()) live().forgetDetached();
    document.querySelectorAll("div[data-figure]").forEach(setupChart);
    document.querySelectorAll("[data-breakdown-picker]").forEach(setupPicker);
  }

  // The "Xem theo" selector: the chart draws the chosen breakdown and only its table shows
  // (with "Tổng", the totals table). Without JavaScript the selector stays hidden and every
  // table shows.
  function setupPicker(box) {
    if (box.hasAttribute("data-ready")) return;
    var select = box.querySelector("select[data-breakdown-select]");
    if (!select) return;
    var apply = function () {
      var view = select.value;
      document.querySelectorAll("[data-breakdown-table]").forEach(function (t) {
        t.hidden = t.getAttribute("data-breakdown-table") !== view;
      });
      var option = select.options[select.selectedIndex];
      document.querySelectorAll("div[data-figure]").forEach(function (el) {
        var views = el.querySelectorAll("figure[data-view]"), shown = false;
        views.forEach(function (f) { f.hidden = f.getAttribute("data-view") !== view; shown = shown || !f.hidden; });
        if (!shown && views.length) views[0].hidden = false;      // a view without a drawing: the total
        el.__plansiteView = view;
        el.__plansiteViewLabel = view && option ? option.textContent : "";
        if (live() && el.getAttribute("data-chart-state") === "drawn") live().redraw(el);
      });
    };
    select.addEventListener("change", function () {
      // The address says what is shown, so a shared link or a reload opens the same breakdown.
      // Written first: a chart that fails to redraw must not leave the address behind the selector.
      var url = location.pathname + location.search + (select.value ? "#theo-" + select.value : "");
      history.replaceState(history.state, "", url);
      apply();
    });
    box.__plansiteApply = apply;
    box.hidden = false;
    box.setAttribute("data-ready", "");
    fromHash(box);
    apply();                                     // a selection the browser kept (back/forward) applies too
  }

  // "#theo-xa" (a link from a commune's page, or a shared address) opens that breakdown.
  function fromHash(box) {
    var m = /^#theo-([a-z0-9-]+)$/.exec(location.hash);
    var select = box.querySelector("select[data-breakdown-select]");
    if (!m || !select) return false;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === m[1]) {
        select.selectedIndex = i;
        return true;
      }
    }
    return false;
  }

  window.addEventListener("hashchange", function () {
    document.querySelectorAll("[data-breakdown-picker][data-ready]").forEach(function (box) {
      if (fromHash(box) && box.__plansiteApply) box.__plansiteApply();
    });
  });

  // Material has no palette event: watch the attribute its palette toggle (and the OS preference) sets.
  new MutationObserver(function () { if (live()) live().repaint(); }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(render);          // emits on the first load and after every instant navigation
  }
  // Also on load: from file:// Material may end document$ unemitted. render() draws each chart once.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
