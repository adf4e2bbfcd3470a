/* The site's search, in Material's header search box, with no third-party code.
 *
 * This file only wires the box: the engine (search-engine.js) and the index
 * (assets/plansite/search/index.js, written by generator/search_index.py) are loaded with
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
  var SCRIPTS = [new URL("search-engine.js", here).href, new URL("../search/index.js", here).href];

  var input = box.querySelector(".md-search__input");
  var form = box.querySelector("form");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var text = function (name) { return box.getAttribute("data-ps-" + name) || ""; };
  var show = null;

  // ------------------------------------------------------- behaviour
  var state = "idle";
  var pending = 0;
  function run() {
    if (state !== "ready") return;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(function () { show(input.value); });
  }
  function load() {
    if (state !== "idle") return;
    state = "loading";
    meta.textContent = text("loading");
    var left = SCRIPTS.length;
    SCRIPTS.forEach(function (src) {
      var s = document.createElement("script");
      s.src = src;
      s.async = false;   // run in order: the engine, then the index
      s.onload = function () {
        if (--left || state !== "loading") return;
        if (!window.plansiteSearchEngine || !window.plansiteSearchIndex) return failed();
        show = window.plansiteSearchEngine(window.plansiteSearchIndex, box, ROOT);
        state = "ready";
        run();
      };
      s.onerror = failed;
      document.head.appendChild(s);
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
