/* The site's search engine: ranking and result rendering for search.js, loaded with the
 * index only when the reader opens search (so a first visit carries only search.js).
 *
 * Ranking, in order of weight: an id typed as such ("6.10", "4.1.a"); the query's words
 * together as a phrase over words scattered; a title (or another name of the same thing) over
 * body text; a title the query covers more of; words typed with diacritics matching as typed
 * over matching only without them; whole words over the start of the word being typed. The
 * plan's abbreviations are expanded on both sides, so "BHYT" and "bao hiem y te" find the
 * same pages. No third-party code. */
(function () {
  "use strict";
  var MAX_SHOWN = 30;
  var NONWORD = /[^\p{L}\p{N}]+/gu;
  var WORD = /[\p{L}\p{N}]+/gu;
  var MARKS = /[\u0300-\u036f]/g;
  var WEIGHT = { title: 3, keys: 2.5, body: 1 };
  var engine, box, meta, list, ROOT;
  var text = function (name) { return box.getAttribute("data-ps-" + name) || ""; };

  // ------------------------------------------------------------ text
  function foldOne(c) {
    if (c === "đ") return "d";
    if (c === "Đ") return "D";
    var f = c.normalize("NFD").replace(MARKS, "");
    return f.length === 1 ? f : c;
  }
  /* Without diacritics, keeping every character at its place (so a match found in the folded
   * text can be marked in the original). */
  function fold(s) {
    var f = s.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    if (f.length === s.length) return f;
    var out = "";
    for (var i = 0; i < s.length; i++) out += foldOne(s[i]);
    return out;
  }
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function wordsRe(alternatives, flags) {
    return new RegExp("(?<![\\p{L}\\p{N}])(?:" + alternatives.map(escapeRe).join("|") + ")(?![\\p{L}\\p{N}])", flags);
  }
  /* " word word word ": lower case, "&" read as "và", everything but letters and digits a space. */
  function words(s) {
    var t = s.toLowerCase().replace(/&/g, " và ").replace(NONWORD, " ").trim();
    return t ? " " + t + " " : " ";
  }

  // ----------------------------------------------------------- index
  var engine = null;

  function Engine(raw) {
    this.plans = raw.plans || [];
    this.kinds = raw.kinds || {};
    var inDocs = {}, inQuery = {};
    (raw.abbr || []).forEach(function (pair) {
      var short = pair[0].normalize("NFC"), long = " " + pair[1].normalize("NFC") + " ";
      inDocs[short] = long;
      var lower = short.toLowerCase();
      [lower, fold(lower), lower.replace(/[-&\s]/g, ""), fold(lower).replace(/[-&\s]/g, "")].forEach(function (f) {
        if (f && !(f in inQuery)) inQuery[f] = long;
      });
    });
    var byLength = function (a, b) { return b.length - a.length; };
    var docRe = Object.keys(inDocs).length ? wordsRe(Object.keys(inDocs).sort(byLength), "gu") : null;
    var queryRe = Object.keys(inQuery).length ? wordsRe(Object.keys(inQuery).sort(byLength), "gu") : null;
    // Documents write abbreviations in capitals, as the plan does; readers type them any way.
    this.expandDoc = function (s) { return docRe ? s.replace(docRe, function (m) { return inDocs[m]; }) : s; };
    this.expandQuery = function (s) { return queryRe ? s.replace(queryRe, function (m) { return inQuery[m]; }) : s; };
    this.shortsOf = Object.keys(inDocs).map(function (s) { return [fold(words(inDocs[s])), words(fold(s)).trim().split(" ")]; });
    var self = this;
    this.docs = (raw.docs || []).map(function (r, n) {
      var d = { n: n, url: r[0], plan: r[1], kind: r[2], id: r[3], title: r[4].normalize("NFC"),
                keys: r[5].map(function (k) { return k.normalize("NFC"); }), body: r[6].normalize("NFC") };
      d.t = self.field(d.title);
      d.k = d.keys.map(function (k) { return self.field(k); });
      d.b = self.field(d.body);
      return d;
    });
  }
  Engine.prototype.field = function (s) {
    var e = words(this.expandDoc(s));
    return { e: e, f: fold(e), n: e.split(" ").length - 2 };
  };

  // ----------------------------------------------------------- query
  var ID = /^(?:(nhiệm vụ|nhiem vu|nv|chỉ tiêu|chi tieu|nhóm|nhom)\s*)?(\d+(?:\.\d+)*(?:\.[a-zđ])?)\.?$/;
  var ID_KIND = { "nhiệm vụ": "t", "nhiem vu": "t", "nv": "t", "chỉ tiêu": "i", "chi tieu": "i", "nhóm": "g", "nhom": "g" };

  Engine.prototype.query = function (typed) {
    var raw = typed.normalize("NFC").toLowerCase();
    var q = raw.trim();
    var id = q.match(ID);
    var e = words(this.expandQuery(q));
    var toks = e.trim() ? e.trim().split(" ") : [];
    return {
      id: id ? id[2] : null, idKind: id && id[1] ? ID_KIND[id[1]] : null,
      toks: toks, ftoks: toks.map(fold), e: e, f: fold(e),
      marked: toks.map(function (t) { return t !== fold(t); }),
      // The last word may still be being typed: let it match the start of a word.
      open: toks.length > 0 && !/\s$/.test(raw) && !/\d$/.test(q)
    };
  };

  /* How well a field holds query word i: a whole word beats the start of one (the word
   * still being typed); odd values mean "as typed", even ones "only without diacritics". */
  var WHOLE_AS_TYPED = 5, WHOLE_FOLDED = 4, START_AS_TYPED = 3, START_FOLDED = 2;
  var QUALITY = [0, 0, 0.5, 0.6, 0.8, 1];
  function tokenHit(fld, Q, i) {
    if (fld.e.indexOf(" " + Q.toks[i] + " ") >= 0) return WHOLE_AS_TYPED;
    if (fld.f.indexOf(" " + Q.ftoks[i] + " ") >= 0) return WHOLE_FOLDED;
    if (Q.open && i === Q.toks.length - 1) {
      if (fld.e.indexOf(" " + Q.toks[i]) >= 0) return START_AS_TYPED;
      if (fld.f.indexOf(" " + Q.ftoks[i]) >= 0) return START_FOLDED;
    }
    return 0;
  }
  function phraseHit(fld, Q) {
    if (Q.toks.length < 2) return 0;
    if (fld.e.indexOf(Q.e) >= 0) return 1;
    if (fld.f.indexOf(Q.f) >= 0) return 0.9;
    if (Q.open) {
      if (fld.e.indexOf(Q.e.slice(0, -1)) >= 0) return 0.8;
      if (fld.f.indexOf(Q.f.slice(0, -1)) >= 0) return 0.7;
    }
    return 0;
  }
  /* One field's score; hits[i] keeps the best tokenHit of query word i over the fields. */
  function fieldScore(fld, Q, hits, coverage) {
    var n = Q.toks.length, found = 0, sum = 0;
    for (var i = 0; i < n; i++) {
      var h = tokenHit(fld, Q, i);
      if (h) { found++; sum += QUALITY[h]; if (h > hits[i]) hits[i] = h; }
    }
    if (!found) return 0;
    var phrase = phraseHit(fld, Q);
    var s = phrase ? 10 * phrase : 4 * sum / n * (found === n ? 1 : 0.5);
    // A short title that is mostly the query beats a long one that merely contains it.
    if (coverage && found === n && fld.n) s += 4 * Math.min(1, n / fld.n);
    return s;
  }

  Engine.prototype.search = function (typed) {
    var Q = this.query(typed);
    if (!Q.toks.length) return { results: [], partial: false, Q: Q, typed: typed };
    var complete = [], partial = [];
    this.docs.forEach(function (d) {
      var hits = Q.toks.map(function () { return 0; });
      var names = WEIGHT.title * fieldScore(d.t, Q, hits, true);
      d.k.forEach(function (k) { names = Math.max(names, WEIGHT.keys * fieldScore(k, Q, hits, true)); });
      // The body decides between pages whose names do not match; where a name does, it only nudges.
      var score = names + WEIGHT.body * fieldScore(d.b, Q, hits, false) * (names ? 0.3 : 1);
      if (Q.id && d.id === Q.id) score += 1000 + (Q.idKind === d.kind ? 100 : 0);
      else if (Q.id && d.id.indexOf(Q.id + ".") === 0) score += 20;
      if (!score) return;
      // Diacritics typed are meant: a page with the words as typed ranks above one matching only without them.
      var typedMarks = 0, asTyped = 0;
      Q.marked.forEach(function (m, i) { if (m) { typedMarks++; if (hits[i] % 2) asTyped++; } });
      if (typedMarks) score *= 0.6 + 0.4 * asTyped / typedMarks;
      var all = hits.every(Boolean) || (Q.id && d.id === Q.id);
      (all ? complete : partial).push({ doc: d, score: score, found: hits.filter(Boolean).length });
    });
    var order = function (a, b) { return b.score - a.score || a.doc.n - b.doc.n; };
    if (complete.length) return { results: complete.sort(order), partial: false, Q: Q, typed: typed };
    partial.sort(function (a, b) { return b.found - a.found || order(a, b); });
    return { results: partial, partial: true, Q: Q, typed: typed };
  };

  // ------------------------------------------------------- rendering
  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }
  /* Folded words to mark: the query's words and the abbreviations that stand for them. */
  function markSet(Q) {
    var set = {};
    Q.ftoks.forEach(function (t) { set[t] = true; });
    engine.shortsOf.forEach(function (pair) {
      if (Q.f.indexOf(pair[0]) >= 0) pair[1].forEach(function (t) { set[t] = true; });
    });
    return set;
  }
  /* 2: a query word (or its abbreviation); 1: starts with the word still being typed; 0: neither. */
  function isMarked(word, set, Q) {
    var f = fold(word.toLowerCase());
    if (set[f]) return 2;
    var last = Q.ftoks[Q.ftoks.length - 1];
    return Q.open && last && f.indexOf(last) === 0 ? 1 : 0;
  }
  function marked(s, set, Q) {
    var out = "", at = 0;
    s.replace(WORD, function (w, pos) {
      out += escapeHtml(s.slice(at, pos)) + (isMarked(w, set, Q) ? "<mark>" + escapeHtml(w) + "</mark>" : escapeHtml(w));
      at = pos + w.length;
      return w;
    });
    return out + escapeHtml(s.slice(at));
  }
  /* Up to ~200 characters of the body around its first whole query word (else the first word
   * that starts like the one being typed). */
  function snippet(body, set, Q) {
    if (!body) return "";
    var first = -1, firstStart = -1;
    body.replace(WORD, function (w, pos) {
      var m = first < 0 ? isMarked(w, set, Q) : 0;
      if (m === 2) first = pos;
      else if (m === 1 && firstStart < 0) firstStart = pos;
      return w;
    });
    if (first < 0) first = firstStart;
    var start = Math.max(0, first - 60);
    if (start > 0) start = body.indexOf(" ", start) + 1 || start;
    var end = Math.min(body.length, start + 220);
    if (end < body.length) end = body.lastIndexOf(" ", end) > start ? body.lastIndexOf(" ", end) : end;
    return (start > 0 ? "… " : "") + marked(body.slice(start, end), set, Q) + (end < body.length ? " …" : "");
  }
  function href(url) {
    var u = new URL(url, ROOT).href;
    // From the file system a folder does not open its index.html by itself.
    return location.protocol === "file:" && /\/$/.test(u) ? u + "index.html" : u;
  }
  function label(d) {
    var kind = engine.kinds[d.kind] || "";
    var parts = [kind + (d.id ? " " + d.id : "")];
    if (engine.plans.length > 1 && d.plan >= 0) parts.push(engine.plans[d.plan]);
    return parts.join(" · ");
  }
  function show(found) {
    list.textContent = "";
    var n = found.results.length;
    if (!found.Q.toks.length) {
      meta.textContent = text("help");
      list.setAttribute("data-query", found.typed);
      return;
    }
    meta.textContent = !n ? text("none") : found.partial ? text("partial")
      : n === 1 ? text("one") : text("other").replace("#", String(n));
    var set = markSet(found.Q);
    found.results.slice(0, MAX_SHOWN).forEach(function (r) {
      var d = r.doc;
      var li = document.createElement("li");
      li.className = "md-search-result__item";
      li.innerHTML = '<a class="md-search-result__link" href="' + escapeHtml(href(d.url)) + '">' +
        '<article class="md-search-result__article md-typeset" data-md-score="' + r.score.toFixed(2) + '">' +
        '<p class="ps-search__kind">' + escapeHtml(label(d)) + "</p>" +
        "<h1>" + marked(d.title, set, found.Q) + "</h1>" +
        (d.body ? "<p>" + snippet(d.body, set, found.Q) + "</p>" : "") +
        "</article></a>";
      list.appendChild(li);
    });
    list.setAttribute("data-query", found.typed);   // what these results answer (tests wait for it)
  }

  /* search.js calls this once the index is loaded: returns the function that shows the
   * results for what is in the box. */
  window.plansiteSearchEngine = function (raw, searchBox, root) {
    engine = new Engine(raw);
    box = searchBox;
    ROOT = root;
    meta = box.querySelector(".md-search-result__meta");
    list = box.querySelector(".md-search-result__list");
    return function (value) { show(engine.search(value)); };
  };
})();
