/* Sort and filter the site's tables, with no third-party code.
 * The table is complete HTML without this script; it only adds buttons and filters.
 * Runs on first load and after Material's instant navigation (document$). */
(function () {
  "use strict";
  var collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d").replace(/\u0110/g, "d").toLowerCase();
  }
  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? (cell.getAttribute("data-value") || cell.textContent).trim() : "";
  }
  function compare(kind, a, b) {
    if (kind === "number") {
      var x = parseFloat(a), y = parseFloat(b);
      if (isNaN(x)) return isNaN(y) ? 0 : 1;
      if (isNaN(y)) return -1;
      return x - y;
    }
    return collator.compare(a, b);
  }
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var kind = th.getAttribute("data-sort");
      if (!kind || th.querySelector("button")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      button.title = T.JS_SORT;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var d = compare(kind, cellValue(r1, index), cellValue(r2, index));
          return asc ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  // Folded once per row, on first use: shipping a folded copy in the HTML would double the table's weight.
  function rowText(row) {
    if (row.__folded === undefined) row.__folded = fold(row.textContent);
    return row.__folded;
  }
  function setupFilters(box) {
    // One table, or several (the list of plans has one per level): ids separated by spaces.
    var tables = box.getAttribute("data-table").split(" ").map(function (id) { return document.getElementById(id); });
    if (!tables.length || tables.indexOf(null) !== -1 || box.getAttribute("data-ready")) return;
    box.setAttribute("data-ready", "1");
    box.hidden = false;
    var controls = box.querySelectorAll("[data-filter]");
    var count = box.querySelector(".ps-filters__count");
    function apply() {
      var shown = 0, rows = [];
      tables.forEach(function (table) { rows = rows.concat(Array.prototype.slice.call(table.tBodies[0].rows)); });
      rows.forEach(function (row) {
        var ok = Array.prototype.every.call(controls, function (c) {
          var want = c.value.trim();
          if (!want) return true;
          var key = c.getAttribute("data-filter");
          if (key === "text") return rowText(row).indexOf(fold(want)) !== -1;
          return (" " + (row.getAttribute("data-" + key) || "") + " ").indexOf(" " + want + " ") !== -1;
        });
        row.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = T.JS_SHOWING + shown + "/" + rows.length + T.JS_ROWS;
    }
    Array.prototype.forEach.call(controls, function (c) {
      c.addEventListener(c.tagName === "SELECT" ? "change" : "input", apply);
    });
    // A link like chi-tieu/#status=dat opens the table already filtered.
    var m = /status=([a-z-]+)/.exec(location.hash);
    var statusSelect = box.querySelector('[data-filter="status"]');
    if (m && statusSelect) statusSelect.value = m[1];
    apply();
  }
  function init() {
    // Material's search dialog has no accessible name; screen readers announce it as "dialog".
    var dialog = document.querySelector('.md-search[role="dialog"]');
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", T.JS_SEARCH);
    document.querySelectorAll("table.ps-table").forEach(makeSortable);
    document.querySelectorAll(".ps-filters[data-table]").forEach(setupFilters);
    // Queries typed in decomposed Unicode (some Vietnamese keyboards) would find nothing: normalise.
    var search = document.querySelector("input.md-search__input");
    if (search && !search.getAttribute("data-nfc")) {
      search.setAttribute("data-nfc", "1");
      search.addEventListener("input", function () {
        var n = search.value.normalize("NFC");
        if (n !== search.value) search.value = n;
      }, true);
    }
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  }
  // Also on load, as charts.js does: from file:// Material may end document$ unemitted. init() is idempotent.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
