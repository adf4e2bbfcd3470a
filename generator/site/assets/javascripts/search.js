/* The site's search, in Material's header search box, with no third-party code.
 *
 * This file only wires the box: the engine (search-engine.js) and the index
 * (assets/plansite/search/index.js and, with several plans, a shard per plan, written by
 * generator/site/search_index.py) are loaded with
 * <script> elements only when the reader opens search, so a first visit never pays for them,
 * and it works from file:// as well as from a server (no fetch of JSON). The header survives
 * Material's instant navigation, so this runs once per full page load. */
(function () {
  "use strict";
  var here = document.currentScript && document.currentScript.src;
  var box = document.querySelector(".ps-search");
  var toggle = document.getElementById("__search");
  if (!here || !box || !toggle) return;
  var ROOT = new URL("../../../", here);               // assets/plansite/javascripts/ → site root
  var INDEX = new URL("../search/", here);
  var SCRIPTS = [new URL("search-engine.js", here).href, new URL("index.js", INDEX).href];

  var input = box.querySelector(".md-search__input");
  var form = box.querySelector("form");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var all = box.querySelector(".ps-search__all");
  var TEXTS = { loading: T.SEARCH_LOADING, help: T.SEARCH_HELP, none: T.SEARCH_NONE, one: T.SEARCH_ONE,
                other: T.SEARCH_OTHER, partial: T.SEARCH_PARTIAL, failed: T.SEARCH_FAILED, all: T.SEARCH_ALL };
  var text = function (name) { return TEXTS[name]; };
  var show = null;

  // ------------------------------------------------------- behaviour
  var state = "idle";
  var pending = 0;
  function run() {
    if (state !== "ready") return;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(function () { show(input.value); });
  }
  /* <script> elements, not fetch: they load from file:// as well as from a server. */
  function loadScripts(srcs, done) {
    var left = srcs.length;
    srcs.forEach(function (src) {
      var s = document.createElement("script");
      s.src = src;
      s.async = false;   // run in order: the engine, then the index
      s.onload = function () { if (!--left && state === "loading") done(); };
      s.onerror = failed;
      document.head.appendChild(s);
    });
  }
  /* A site with several plans ships its index in shards (generator/site/search_index.py): the
   * shard of the plan this page belongs to is loaded with the index, the others on request. */
  function shardsFor(raw, everyPlan) {
    var path = location.href.slice(ROOT.href.length);
    var mine = null;
    raw.shards.forEach(function (s) {
      if (path.indexOf(s[0]) === 0 && (!mine || s[0].length > mine[0].length)) mine = s;
    });
    return raw.shards.filter(function (s) { return everyPlan || s === mine; });
  }
  function start(everyPlan) {
    var raw = window.plansiteSearchIndex;
    if (!window.plansiteSearchEngine || !raw) return failed();
    var shards = raw.shards ? shardsFor(raw, everyPlan) : [];
    var loaded = window.plansiteSearchShards || {};
    var missing = shards.filter(function (s) { return !loaded[s[1]]; });
    if (missing.length) {
      return loadScripts(missing.map(function (s) { return new URL(s[1], INDEX).href; }), function () { start(everyPlan); });
    }
    var docs = [];
    shards.forEach(function (s) { if (loaded[s[1]]) docs = docs.concat(loaded[s[1]].docs); });
    var merged = {};
    Object.keys(raw).forEach(function (k) { merged[k] = raw[k]; });
    merged.docs = docs.concat(raw.docs);   // the plan's pages first, as in a site of one plan
    show = window.plansiteSearchEngine(merged, box, ROOT);
    if (all) {
      all.hidden = !raw.shards || shards.length === raw.shards.length;
      all.textContent = text("all").replace("#", String(raw.plans.length));
    }
    state = "ready";
    run();
  }
  function load() {
    if (state !== "idle") return;
    state = "loading";
    meta.textContent = text("loading");
    loadScripts(SCRIPTS, function () { start(false); });
  }
  if (all) {
    all.addEventListener("click", function () {
      if (state !== "ready") return;
      state = "loading";
      all.hidden = true;
      meta.textContent = text("loading");
      start(true);
    });
  }
  function failed() {
    if (state !== "loading") return;
    state = "idle";   // a later opening tries again
    meta.textContent = text("failed");
  }
  function setOpen(open) {
    if (toggle.checked === open) return;
    toggle.checked = open;
    toggle.dispatchEvent(new Event("change"));
  }
  function close() {
    setOpen(false);
    if (box.contains(document.activeElement)) document.activeElement.blur();
  }

  input.addEventListener("focus", function () { setOpen(true); load(); });
  input.addEventListener("input", run);
  toggle.addEventListener("change", function () {
    if (!toggle.checked) return;
    load();
    if (document.activeElement !== input) input.focus({ preventScroll: true });
  });
  // The icon on phones: start loading while the finger is still down.
  Array.prototype.forEach.call(document.querySelectorAll('label[for="__search"]'), function (l) {
    l.addEventListener("pointerdown", load);
  });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var first = list.querySelector("a[href]");
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { run(); input.focus(); }, 0);
  });
  // Leaving the search with Tab or Shift+Tab closes it, as a click outside does.
  box.addEventListener("focusout", function (ev) {
    if (ev.relatedTarget && !box.contains(ev.relatedTarget)) setOpen(false);
  });
  list.addEventListener("click", function (ev) {
    if (ev.target.closest && ev.target.closest("a[href]")) setTimeout(close, 0);
  });
  window.addEventListener("keydown", function (ev) {
    if (ev.metaKey || ev.ctrlKey || ev.altKey) return;
    var active = document.activeElement;
    if (!toggle.checked) {
      var typing = active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
      if (!typing && (ev.key === "/" || ev.key === "s" || ev.key === "f")) {
        ev.preventDefault();
        input.focus();
        input.select();
      }
      return;
    }
    if (ev.key === "Escape") {
      ev.preventDefault();
      close();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      var stops = [input].concat(Array.prototype.slice.call(list.querySelectorAll("a[href]")));
      var i = stops.indexOf(active);
      i = (Math.max(0, i) + stops.length + (ev.key === "ArrowUp" ? -1 : 1)) % stops.length;
      stops[i].focus();
      ev.preventDefault();
    }
  });
})();
