/* Draw every <div data-figure> with plotly.js, loaded from this site only when
 * a page has a chart. Works on full loads and after Material's instant
 * navigation (document$), follows the light/dark palette, never fetches from
 * another host. The table under each chart is the text alternative. */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script ? script.src.replace(/[^/]*$/, "") : "";
  var loading = null;

  function loadPlotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = base + "vendor/plotly.min.js";
        s.async = true;
        s.onload = function () { resolve(window.Plotly); };
        s.onerror = function () { loading = null; reject(new Error("plotly.js could not be loaded")); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function palette() {
    var dark = document.body.getAttribute("data-md-color-scheme") === "slate";
    var fg = dark ? "#e2e4e9" : "#1f2328";
    var grid = dark ? "rgba(226,228,233,0.15)" : "rgba(31,35,40,0.12)";
    return {
      "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
      "font.color": fg, "xaxis.gridcolor": grid, "yaxis.gridcolor": grid,
      "xaxis.linecolor": grid, "yaxis.linecolor": grid, "xaxis.zerolinecolor": grid, "yaxis.zerolinecolor": grid,
      "hoverlabel.bgcolor": dark ? "#2e303e" : "#ffffff", "hoverlabel.font.color": fg
    };
  }

  function applyPalette(layout) {
    var p = palette();
    Object.keys(p).forEach(function (path) {
      var parts = path.split("."), o = layout;
      for (var i = 0; i < parts.length - 1; i++) o = o[parts[i]] = o[parts[i]] || {};
      o[parts[parts.length - 1]] = p[path];
    });
    return layout;
  }

  function draw(Plotly, el) {
    var fig;
    try { fig = JSON.parse(el.getAttribute("data-figure")); } catch (e) { return; }
    el.textContent = "";
    Plotly.newPlot(el, fig.data, applyPalette(fig.layout || {}), {
      responsive: true, displayModeBar: false, displaylogo: false, locale: "vi"
    });
    el.setAttribute("data-drawn", "1");
  }

  function render() {
    var charts = document.querySelectorAll("div[data-figure]:not([data-drawn])");
    if (!charts.length) return;
    loadPlotly().then(function (Plotly) {
      charts.forEach(function (el) { draw(Plotly, el); });
    }).catch(function () { /* the table below each chart still holds every value */ });
  }

  new MutationObserver(function () {
    if (!window.Plotly) return;
    document.querySelectorAll("div[data-drawn]").forEach(function (el) {
      window.Plotly.relayout(el, palette());
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(render);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
