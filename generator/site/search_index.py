"""The site's search index: what the search box can find, as one static script.

Why our own index instead of the theme's search plugin: citizens type "ho ngheo" on phones
without Vietnamese keyboards, and lunr (the plugin's engine) cannot rank a phrase above
scattered syllables, a title above body text, an exact-diacritic match above a folded one, or
expand the plan's abbreviations. The generator knows what each page is (task, indicator,
group, agency, plan text), so it writes that structure down and a small script
(assets/javascripts/search.js) ranks with it. The index is a `.js` file so that a
`<script>` element can load it both from a web server and from file:// (no fetch/XHR),
and the script loads it only when the reader opens search, so a first visit never pays for it.

Entries carry a plan number so that a site with several plans can say which plan a hit
belongs to; every plan brings its own abbreviations (plan/abbreviations.yml).

A site with several plans ships the index in shards, so that what a query fetches does not grow
with the number of plans: index.js holds the site's own pages, the plans' labels and where each
plan's shard is; each plan's entries (its pages below its folder too) are in search/<plan-id>.js.
search.js loads the shard of the plan the reader is in, and every shard only when the reader asks
to search all plans (a province's site: a hundred communes' plans, 30 KB gz each).

Format (kept compact; the script folds diacritics itself, so no folded copy is shipped):
    {"plans": [label, …], "kinds": {code: label}, "abbr": [[short, long], …],
     "docs": [[url, plan, kind, id, title, keys, body], …]}
url is relative to the site root; plan is an index into plans or -1 (site pages); keys are
other names of the same thing (an agency's short name, variants), matched like the title.
Sharded, index.js also has "shards": [[url prefix, file name], …] (one per plan, in the plans'
order), and each shard is `(window.plansiteSearchShards=…||{})[file name]={"docs": […]};`.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from generator.compute.compute import Computed
from generator.data.load import read_file
from generator.data.model import AbbreviationsFile
from generator.data.problems import DataError, Problem
from generator.data.project import short_title
from generator.site import texts as T
from generator.site.urls import Urls, url_dir

INDEX_PATH = "assets/plansite/search/index.js"
SHARD_DIR = "assets/plansite/search/"
ABBREVIATIONS = "plan/abbreviations.yml"

# One home for the result labels: the script shows "Chỉ tiêu 6.10", "Nhiệm vụ 2.1".
KINDS = {"t": T.KIND_TASK.vi, "i": T.KIND_INDICATOR.vi, "g": T.KIND_GROUP.vi, "a": T.KIND_AGENCY.vi,
         "c": T.KIND_CATEGORY.vi, "p": T.KIND_PAGE.vi}


@dataclass(frozen=True)
class Doc:
    url: str          # relative to the site root, a directory URL
    plan: int         # index into the plans list; -1 for pages of the whole site
    kind: str         # a key of KINDS
    id: str           # "6.10", "4.1.a"; "" when the page has no id
    title: str
    keys: tuple[str, ...]
    body: str

    def row(self) -> list:
        return [self.url, self.plan, self.kind, self.id, self.title, list(self.keys), self.body]


def _clean(*parts: str | None) -> str:
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()


def read_abbreviations(root: Path, rel: str = ABBREVIATIONS) -> list[tuple[str, str]]:
    """(short, long) pairs, variants included; a plan without the file has none. Raises DataError."""
    path = Path(root) / rel
    if not path.exists():
        return []
    problems: list[Problem] = []
    f = read_file(Path(root), path, AbbreviationsFile, problems)
    if f is None:
        raise DataError(problems)
    seen: dict[str, int] = {}
    pairs = []
    for n, a in enumerate(f.data.abbreviations):
        for k, short in enumerate([a.short, *a.variants]):
            where = ("abbreviations", n, "short") if k == 0 else ("abbreviations", n, "variants", k - 1)
            if short in seen:
                problems.append(f.problem(where, *T.ABBREVIATION_TWICE(short=short, entry=seen[short] + 1)))
                continue
            if not re.search(r"\w", short) or short.strip() != short:
                problems.append(f.problem(where, *T.ABBREVIATION_NOT_WORD(short=short)))
                continue
            seen[short] = n
            pairs.append((short, a.long))
    if problems:
        raise DataError(problems)
    return pairs


# ------------------------------------------------------------ plan pages
def _milestone_text(info) -> str:
    """The targets as written; the one place this module meets the milestone fields."""
    return _clean(*(T.TARGET_AS_WRITTEN(year=m, text=t.text)[0] for m, t in sorted(info.targets.items()) if t.text))


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.items)


def plan_docs(computed: Computed, plan: int, urls: Urls | None = None, agencies: set[str] | None = None) -> list[Doc]:
    """Every task, indicator, group and agency page of one plan, plus its full text.

    urls places the plan's pages (the root plan at '', others under their id); agencies are the
    bodies the plan has a page for (default: every body of the registry)."""
    p = computed.project
    urls = urls or Urls()

    def at(md: str) -> str:
        return url_dir(urls.of(md))
    docs: list[Doc] = []
    groups = {g.id: g for g in p.task_groups}
    for t in p.tasks.values():
        g = groups.get(t.group)
        sub = next((s.title for s in (g.subgroups if g else []) if s.id == t.subgroup), None)
        reports = computed.tasks[t.id].reports
        docs.append(Doc(at(Urls.task(t.id)), plan, "t", t.id, short_title(t, 140), (),
                        _clean(t.text, g.title if g else None, sub,
                               t.lead.as_written if t.lead else None,
                               t.coordinating.as_written if t.coordinating else None,
                               t.timeframe.as_written if t.timeframe else None,
                               *(r.summary for r in reports[-1:]))))
    ind_groups = {g.id: g for g in p.groups}
    for i in p.indicators.values():
        parent = p.indicators[i.parent_id].name if i.parent_id else None
        written = i.as_written.name if i.as_written and i.as_written.name else None
        docs.append(Doc(at(Urls.indicator(i.id)), plan, "i", i.id, i.name, tuple(k for k in (written,) if k),
                        _clean(parent, ind_groups[i.group_id].name, i.unit and T.UNIT(unit=i.unit)[0],
                               _milestone_text(i), p.agency_name(i.reporting_agency))))
    for g in p.groups:
        docs.append(Doc(at(Urls.group(g.id)), plan, "g", g.id, g.name, (),
                        _clean(g.as_written.name if g.as_written else None, p.agency_name(g.reporting_agency))))
    for a in p.agencies.values():
        if agencies is not None and a.id not in agencies:
            continue
        keys = tuple(dict.fromkeys(k for k in (a.short_name, a.full_name, *a.variants) if k))
        docs.append(Doc(at(Urls.agency(a.id)), plan, "a", "", a.name, keys, ""))
    for dim in p.dimensions.by_id.values():
        # A commune's name finds its page: "how is my commune doing?" starts with typing its name.
        for cat in dim.categories:
            docs.append(Doc(at(Urls.category(dim.id, cat.id)), plan, "c", "", cat.label, (), _clean(dim.label, cat.note)))
    pl = p.plan
    docs.append(Doc(at(Urls.plan()), plan, "p", "", T.FULL_TEXT.vi, (pl.short_title,),
                    _clean(pl.title, pl.preamble,
                           *(x for n in _walk(pl.body) for x in (" ".join(filter(None, (n.number, n.title))), n.text)),
                           pl.closing)))
    return docs


# ------------------------------------------------------------- other pages
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        if key and value and not line.startswith(" "):
            try:
                value = json.loads(value) if value.startswith('"') else value
            except ValueError:
                pass
            meta[key.strip()] = html.unescape(value)
    return meta, text[m.end():]


def markdown_text(md: str) -> str:
    """Readable text of a Markdown page: no tags, link targets, attribute lists or markup signs."""
    md = re.sub(r"```.*?```", " ", md, flags=re.DOTALL)
    md = re.sub(r"<[^>]+>", " ", md)
    md = re.sub(r"\{[:#.][^}]*\}", " ", md)
    md = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"^\s*(#+|[-*+]|\d+\.|>|!!!.*|\|?[-:| ]+\|)\s", " ", md, flags=re.MULTILINE)
    md = re.sub(r"[*_`|]", " ", md)
    return _clean(html.unescape(md))


def page_doc(md_path: str, text: str, full: bool) -> Doc:
    """A page that is not one thing of a plan: its title and summary, and its text when `full`."""
    meta, body = _front_matter(text)
    title = meta.get("title") or next(iter(re.findall(r"^# (.+)$", body, re.MULTILINE)), md_path)
    return Doc(url_dir(md_path), -1, "p", "", title, (), _clean(meta.get("description"), markdown_text(body) if full else ""))


# ------------------------------------------------------------------ index
def build_index(plans: list[tuple], pages: dict[str, str], hand_written: set[str]) -> dict:
    """The index as data. plans: (label, computed, abbreviations[, urls, agencies listed]) per plan;
    pages: every Markdown page by path (the plans' own pages are described from their data instead)."""
    docs: list[Doc] = []
    for n, (_, computed, _, *where) in enumerate(plans):
        docs += plan_docs(computed, n, *where)
    covered = {d.url for d in docs}
    for path in sorted(pages):
        if url_dir(path) not in covered:
            docs.append(page_doc(path, pages[path], path in hand_written))
    abbr = dict.fromkeys((s, l) for _, _, pairs, *_ in plans for s, l in pairs)
    return {"plans": [label for label, *_ in plans], "kinds": KINDS, "abbr": [list(a) for a in abbr],
            "docs": [d.row() for d in docs]}


def index_script(index: dict) -> bytes:
    """The index as a script that a <script> element can load over http and from file://."""
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.plansiteSearchIndex={data};\n".encode("utf-8")


def _script(assign: str, data: dict) -> bytes:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{assign}{text};\n".encode("utf-8")


def index_files(index: dict, plans: list[tuple[str, str]], owners: dict[str, int] | None = None) -> dict[str, bytes]:
    """The index as the files the site ships, by path. plans: (plan id, url prefix) in the index's
    plan order; owners: url → plan number of the pages a plan generated that are not one of its
    things (its lists, reports, open data: the root plan's sit at the root). One plan: the whole
    index in index.js. Several: a shard per plan (see the top)."""
    if len(plans) < 2:
        return {INDEX_PATH: index_script(index)}
    owners = owners or {}
    homes = {prefix for _, prefix in plans}

    def owner(row: list) -> int:
        if row[0] in homes:
            return -1           # a plan's home stays findable from anywhere: typing a commune's name finds its plan
        return row[1] if row[1] >= 0 else owners.get(row[0], -1)
    shards: list[list] = [[] for _ in plans]
    site: list = []
    for row in index["docs"]:
        n = owner(row)
        (site if n < 0 else shards[n]).append(row)
    names = [f"{pid}.js" for pid, _ in plans]
    files = {INDEX_PATH: index_script({**index, "docs": site,
                                       "shards": [[prefix, name] for (_, prefix), name in zip(plans, names)]})}
    for name, docs in zip(names, shards):
        files[SHARD_DIR + name] = _script(f"(window.plansiteSearchShards=window.plansiteSearchShards||{{}})"
                                          f"[{json.dumps(name)}]=", {"docs": docs})
    return files
