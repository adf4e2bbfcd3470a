/* plansite charts, the interactive part: Plotly draws a chart in place of its SVG.
 *
 * charts.js loads this file and plotly.js (vendor/plotly-scatter.min.js) only when the reader asks
 * for the interactive chart, so a page's first load carries neither. Plotly follows Material's
 * light ("default") and dark ("slate") palettes: the colours are Okabe-Ito, each light colour
 * swapped for a brighter partner on the dark palette (plansite.css gives the SVG the same pairs).
 */
(function () {
  "use strict";
  if (window.__plansiteLive) return;

  // The reader asked for interaction: hover values, and zoom with a drag or the three buttons
  // (a double click resets). Touch then zooms too; the page scrolls beside the chart.
  var CONFIG = {
    responsive: true, displayModeBar: true, displaylogo: false, showTips: false,
    modeBarButtons: [["zoomIn2d", "zoomOut2d", "resetScale2d"]],
    doubleClick: "reset", scrollZoom: false, typesetMath: false,
    showSendToCloud: false, plotlyServerURL: ""
  };
  // Light colours as charts.py writes them → dark-palette partners (Okabe-Ito).
  var DARK_COLOURS = {
    "#0072B2": "#56B4E9",                        // blue → sky blue
    "#D55E00": "#E69F00",                        // vermillion → orange
    "rgba(213,94,0,0.16)": "rgba(230,159,0,0.22)",        // range band
    "rgba(213,94,0,0.32)": "rgba(230,159,0,0.38)",        // shade on a bound's side, fading to
    "rgba(213,94,0,0)": "rgba(230,159,0,0)",
    "#000000": "#E0E0E0",                        // a category in black → light grey
    "#009E73": "#009E73",                        // bluish green, reddish purple and the total's grey
    "#CC79A7": "#CC79A7",                        //   read on both palettes: unchanged
    "#808080": "#808080"
  };
  var PALETTES = {
    light: { fg: "rgba(0,0,0,0.87)", muted: "rgba(0,0,0,0.6)", grid: "rgba(0,0,0,0.10)",
             line: "rgba(0,0,0,0.35)", hoverBg: "#ffffff", hoverBorder: "rgba(0,0,0,0.35)" },
    dark: { fg: "rgba(226,228,233,0.92)", muted: "rgba(226,228,233,0.7)", grid: "rgba(226,228,233,0.14)",
            line: "rgba(226,228,233,0.4)", hoverBg: "#2e303e", hoverBorder: "rgba(226,228,233,0.5)" }
  };
  var drawn = [];                                // charts Plotly drew, to purge once they leave the page

  // plotly.js puts its own CSS (the chart's stacked SVG layers are position:absolute) in
  // <style id="plotly.js-style-global"> in <head>, with insertRule, so the element has no text.
  // Material's instant navigation drops every <head> child the next page does not have, and
  // charts drawn after that stack their layers and overflow. So: write the rules out as text
  // and keep the element in <body>, which instant navigation leaves alone.
  var plotlyStyle = null;
  function keepPlotlyStyle() {
    if (!plotlyStyle) {
      var s = document.getElementById("plotly.js-style-global");
      if (!s) return;
      if (!s.textContent && s.sheet) {
        s.textContent = Array.prototype.map.call(s.sheet.cssRules, function (r) { return r.cssText; }).join("\n");
      }
      plotlyStyle = s;
    }
    if (plotlyStyle.parentNode !== document.body) document.body.appendChild(plotlyStyle);
  }

  function isDark() {
    return document.body.getAttribute("data-md-color-scheme") === "slate";
  }

  // A copy of traces/layout with every *color / *colorscale value swapped for its dark partner
  // (other strings, e.g. hover text, untouched).
  function recolour(value, dark, isColour) {
    if (Array.isArray(value)) return value.map(function (v) { return recolour(v, dark, isColour); });
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = recolour(value[k], dark, isColour || /color(scale)?$/.test(k)); });
      return out;
    }
    if (dark && isColour && typeof value === "string" && DARK_COLOURS.hasOwnProperty(value)) return DARK_COLOURS[value];
    return value;
  }

  function merge(target, extra) {
    Object.keys(extra).forEach(function (k) {
      var v = extra[k];
      if (v && typeof v === "object" && !Array.isArray(v)) {
        target[k] = merge(target[k] && typeof target[k] === "object" ? target[k] : {}, v);
      } else {
        target[k] = v;
      }
    });
    return target;
  }

  // The traces to draw: the total (fig.data), or for a breakdown the shared targets followed by
  // that breakdown's own traces.
  function traces(fig, view) {
    var own = view && fig.views && fig.views[view];
    return own ? (fig.data || []).slice(0, fig.shared || 0).concat(own.data) : (fig.data || []);
  }

  // More legend rows on a narrow chart with many series: grow the chart by their height, so the
  // plot area keeps its size (Plotly takes the legend's room from the plot otherwise).
  function height(el, layout, data) {
    var entries = data.filter(function (t) { return t.showlegend !== false; }).length;
    var perRow = Math.max(1, Math.floor((el.clientWidth || 600) / 150));
    var rows = Math.ceil(entries / perRow);
    return layout.height + Math.max(0, rows - 2) * 22;
  }

  // The figure's own layout plus what depends on the page: palette colours and the page's font.
  function themed(fig, el) {
    var dark = isDark(), p = dark ? PALETTES.dark : PALETTES.light;
    var family = window.getComputedStyle(document.body).fontFamily || "sans-serif";
    var axis = { color: p.muted, gridcolor: p.grid, linecolor: p.line, zerolinecolor: p.line, showline: true,
                 fixedrange: false,
                 tickfont: { color: p.muted }, title: { font: { color: p.fg } } };
    var layout = merge(recolour(fig.layout || {}, dark, false), {
      paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)", dragmode: "zoom",
      font: { family: family, color: p.fg, size: 13 },
      xaxis: axis, yaxis: JSON.parse(JSON.stringify(axis)),
      legend: { bgcolor: "rgba(0,0,0,0)", font: { color: p.fg } },
      hoverlabel: { bgcolor: p.hoverBg, bordercolor: p.hoverBorder, font: { family: family, color: p.fg } }
    });
    var view = el && el.__plansiteView, data = recolour(traces(fig, view), dark, false);
    if (view && fig.views && fig.views[view]) layout.yaxis.range = fig.views[view].y;
    if (el && layout.height) layout.height = height(el, layout, data);
    return { data: data, layout: layout };
  }

  function unescapeEntities(s) {                 // charts.py escapes &, <, > for Plotly; aria-label is text
    return String(s).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function label(host, fig, el) {
    host.setAttribute("role", "img");
    var title = fig.layout && fig.layout.meta && fig.layout.meta.title;
    var text = (title ? T.JS_CHART_LABEL_TITLED + unescapeEntities(title) + ". " : T.JS_CHART_LABEL) +
               T.JS_CHART_DETAILS;
    var view = el.__plansiteViewLabel;
    host.setAttribute("aria-label", view ? text + T.JS_CHART_VIEWING + view.toLowerCase() + "." : text);
  }

  // Plotly takes the chart over: a host element in place of the SVGs (kept for print and in case of failure).
  function draw(Plotly, el) {
    keepPlotlyStyle();
    var fig;
    try {
      fig = JSON.parse(el.getAttribute("data-figure"));
    } catch (e) {
      return Promise.reject(e);
    }
    var host = document.createElement("div");
    host.className = "ps-chart__host";
    el.insertBefore(host, el.firstChild);
    el.__plansiteFigure = fig;
    el.__plansiteHost = host;
    el.__plansiteDark = isDark();
    label(host, fig, el);
    var t = themed(fig, el);
    // responsive: Plotly's resize drops layout.height and takes the container's height from then
    // on, so the container gets the figure's height itself (else a resize can grow the chart).
    host.style.height = t.layout.height + "px";
    el.classList.add("ps-chart--live");
    return Promise.resolve(Plotly.newPlot(host, t.data, t.layout, CONFIG)).then(function () {
      drawn.push(el);
      el.setAttribute("data-chart-state", "drawn");
    }, function (e) {
      Plotly.purge(host);
      host.remove();
      el.classList.remove("ps-chart--live");
      throw e;
    });
  }

  function forgetDetached() {
    drawn = drawn.filter(function (el) {
      if (el.isConnected) return true;
      if (window.Plotly) window.Plotly.purge(el.__plansiteHost); // drops its window resize listener
      return false;
    });
  }

  function repaint() {
    if (!window.Plotly) return;
    forgetDetached();
    var dark = isDark();
    drawn.forEach(function (el) {
      if (el.__plansiteDark === dark || el.getAttribute("data-chart-state") !== "drawn") return;
      el.__plansiteDark = dark;
      redraw(el);
    });
  }

  function redraw(el) {
    var t = themed(el.__plansiteFigure, el), host = el.__plansiteHost;
    host.style.height = t.layout.height + "px";
    label(host, el.__plansiteFigure, el);
    window.Plotly.react(host, t.data, t.layout, CONFIG);
  }

  window.__plansiteLive = { draw: draw, redraw: redraw, repaint: repaint, forgetDetached: forgetDetached };
})();
