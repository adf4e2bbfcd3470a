"""Stage 4: turn computed views into Markdown pages (plus the data they link to).

Python decides what goes on a page; the Jinja templates in templates/ hold
the markup. Every template autoescapes: text from YAML is never trusted as
HTML. Bodies are HTML blocks inside Markdown (so a future engine renders the
same thing), and links are final relative URLs, checked by the tests.
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.data.amendments import ITEM_LABELS, field_names
from generator.site import texts as T
from generator.site.breakdown_pages import behind_highlights, breakdown_pages
from generator.site.indicator_pages import breakdown_table, indicator_pages
from generator.site.open_data_pages import open_data_page, opensdg_file
from generator.compute.compute import Computed
from generator.data.dimensions import span_text
from generator.data.evidence import host
from generator.opendata.export import baseline_column, mark_column
from generator.data.load import plan_files
from generator.data.model import (BUDGET_UNIT, CHANGE_KIND_LABELS, LEVEL_LABELS, REPORT_FIELD_LABELS, TASK_STATUS_LABELS,
                    VALUE_KIND_LABELS, Assignment, Timeframe)
from generator.text.numbers import format_number, money, value_text, vi_sort_key
from generator.data.project import short_title
from generator.compute.roles import agency_roles, involved
from generator.compute.status import LABELS, STATUSES, rollup
from generator.data.targets import Target, describe_target
from generator.text.say import Say
from generator.site.family_links import FAMILY_PAGE, FamilyLinks
from generator.site.urls import Urls, rel_md, rel_url, slug  # noqa: F401  (slug: part of this module's API, tests use it)

TEMPLATES = Path(__file__).parent / "templates"


DIRECTION_LABELS = {"higher": T.DIRECTION_HIGHER.vi, "lower": T.DIRECTION_LOWER.vi, "keep": T.DIRECTION_KEEP.vi}
DIRECTION_BASIS = {"plan": T.BASIS_PLAN.vi, "targets": T.BASIS_TARGETS.vi, "site": T.BASIS_SITE.vi}

# An index page lists every row up to this many, and only its groups beyond (each group has its
# page), so that no page grows with the plan: the shipped plan's 105 indicators make a 13 KB gz
# index, the 10x synthetic plan's 1,050 made 67 KB gz (issue 24: a later page at most 20 KB gz).
INDEX_ROWS_MAX = 150

# Kept importable under their old names: one builder decides, these only ask it.
task_page, indicator_page, group_page, agency_page = Urls.task, Urls.indicator, Urls.group, Urls.agency


def md_link(target: str, text, anchor: str = "", cls: str = "", **attrs: str) -> Markup:
    """A Markdown link to a page's .md file (or a file under docs/): the one form MkDocs, ProperDocs
    and Zensical all resolve to the target's URL, and that MkDocs checks (`--strict` fails on a
    missing page or anchor). Raw-HTML hrefs are left alone by MkDocs and resolved differently by
    Zensical. Inside an HTML element the element (and each one around it) needs `markdown="span"`
    (or "1" for one holding other elements; the md_in_html extension), else the link stays text.
    `text` is escaped (a Markup text keeps its tags); `attrs` (data_now="x", download=True) become attributes."""
    parts = re.split(r"(<[^>]*>)", str(Markup.escape(text)))
    label = "".join(part if part.startswith("<") else _MD_SPECIAL.sub(r"\\\1", part) for part in parts)
    extra = [f".{c}" for c in cls.split()] + [k.replace("_", "-") + ("" if v is True else f'="{html.escape(v)}"')
                                              for k, v in attrs.items()]
    tail = f"{{ {' '.join(extra)} }}" if extra else ""
    return Markup(f"[{label}]({target}{'#' + anchor if anchor else ''}){tail}")


# Markdown syntax in link text: code, emphasis, links.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")


# ------------------------------------------------------------ formatting
def md_escape(text: str) -> Markup:
    """Escape for Markdown context (headings): HTML first, then Markdown syntax."""
    return Markup(re.sub(r"([\\`*_{}\[\]()#+\-.!|])", r"\\\1", html.escape(str(text), quote=False)))


def yaml_str(text: str) -> Markup:
    """A front-matter value. Themes print title and description into <meta> and <title>
    without escaping, so escape here; JSON strings are valid YAML double-quoted scalars."""
    return Markup(json.dumps(html.escape(str(text)), ensure_ascii=False))


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in str(text).split("\n\n") if p.strip()]


class _Text(Markup):
    """A catalogue entry in a template: our text, so Markup; called, it formats with its fields escaped.
    `.plain(…)` formats without escaping, for a filter that escapes itself (yaml_str, md)."""

    def __call__(self, **fields) -> Markup:
        return Markup(self).format(**fields)

    def plain(self, **fields) -> str:
        return str.format(str(self), **fields)


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    """One template environment for every plan: templates compile once, however many plans there are.
    Per-plan values travel in each render's context, never in the environment's globals."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md_escape, paragraphs=paragraphs, yaml_str=yaml_str)
    # The catalogue, Vietnamese side, by name: {{ T.TASKS }}, {{ T.NAME(x=…) }} (fields escaped).
    env.globals["T"] = SimpleNamespace(**{name: _Text(say.vi) for name, say in vars(T).items() if isinstance(say, Say)})
    return env


@dataclass(frozen=True)
class Settings:
    site_name: str
    repo_url: str | None
    repo_branch: str
    show_illustrative: bool
    plans: tuple[str, ...] = ()      # which plans the site shows, in order (default: all)
    root_plan: str | None = None     # the plan whose pages sit at the site's root (default: the only one)


class Renderer:
    """The pages of one plan. `urls` places them (the root plan at "", others under their id)."""

    def __init__(self, computed: Computed, settings: Settings, data_sizes: dict[str, int] | None = None,
                 file_dates: dict[str, dt.date] | None = None, urls: Urls | None = None, family=None,
                 offline: dict | None = None):
        self.c = computed
        self.urls = urls or Urls()
        self.family = family
        # The open-data page's word on the copy without network: {"download": …, "copy_date": …}.
        self.offline = offline or {"download": None, "copy_date": None}
        self.file_dates = file_dates or {}
        self.data_sizes = data_sizes or {}
        self.p = computed.project
        self.settings = settings
        self.env = environment()
        self.roles = agency_roles(self.p, computed.as_of)
        # Imported here: the yearly report formats its figures with this module's helpers.
        from generator.site.yearly_pages import YearlyIndex, year_page
        self.yearly = YearlyIndex(self.p)
        self.life = self.plan_life()
        links = FamilyLinks(self.p, self.urls, family)
        self.globals = dict(
            LABELS=LABELS, STATUSES=STATUSES, KIND_LABELS=VALUE_KIND_LABELS, TASK_STATUS_LABELS=TASK_STATUS_LABELS,
            AGENCY_KIND_LABELS=self.p.agency_kinds, DIRECTION_LABELS=DIRECTION_LABELS, LEVEL_LABELS=LEVEL_LABELS,
            DIRECTION_BASIS={**DIRECTION_BASIS, **({"targets": T.BASIS_TWO_TARGETS.vi}
                                                   if len(self.p.milestones) == 2 else {})},
            MILESTONES=self.p.milestones, value_text=value_text,
            urls=self.urls, milestones_phrase=milestones_phrase, implementing=links.implementing,
            target_summary=self.target_summary, baseline_column=baseline_column, mark_column=mark_column,
            tasks_file=plan_files(self.p.id)["tasks"], progress_dir=plan_files(self.p.id)["progress"],
            appendix_title=_indicator_table_title(self.p.plan),
            several_plans=bool(family and len(family.plans) > 1), plan_link=links.plan_link,
            parent_task=links.parent_task, same_indicators=links.same_indicators, elsewhere=links.elsewhere,
            plans_page=links.plans_page(),
            describe=describe_target, c=computed, p=computed.project, settings=settings,
            agency_name=self.p.agency_name, slug=slug, task_title=self.task_title, roles=self.roles,
            sources=self.sources, yearly=self.yearly, year_page=year_page, money=money, BUDGET_UNIT=BUDGET_UNIT,
            REPORT_LABELS=REPORT_FIELD_LABELS,
            docs=self.p.documents, life=self.life, CHANGE_KIND_LABELS=CHANGE_KIND_LABELS,
            answer=lambda aid: self.p.answer(aid, computed.as_of), day_before=lambda d: d - dt.timedelta(days=1),
            revised=self.revised, ITEM_LABELS=ITEM_LABELS,
            field_label=lambda kind, f: field_names(kind, self.p.milestones)[f],
            any_illustrative=lambda ids: any(computed.indicators[i].illustrative for i in ids),
            span_text=span_text, rollup=rollup, behind_highlights=behind_highlights, p_files=SimpleNamespace(**plan_files(self.p.id)),
            opensdg_file=lambda ind_id: opensdg_file(self, ind_id),
            number=format_number, breakdown_table=breakdown_table, host=host,
        )

    def involved_agencies(self) -> set[str]:
        """This plan's bodies; bodies no plan involves (named in passing) are listed by the first plan."""
        out = involved(self.p, self.roles)
        if self.family is None:
            return out | set(self.p.agencies)
        if next(iter(self.family.plans)) == self.p.id:
            out |= set(self.p.agencies) - set().union(*self.family.bodies.values())
        return out

    def plan_life(self) -> dict | None:
        """When the plan's issuer has ended: how, and what each plan year received until today."""
        p, c = self.p, self.c
        ans = p.answer(p.plan.issuer, c.as_of)
        if not ans.changed:
            return None
        years = []
        for y in c.years.values():
            reports = [r for r in p.reports if r.year == y.year]
            years.append({"year": y.year, "deadline": y.deadline, "bodies": len(y.duties),
                          "received": y.received + y.received_unowned, "total": y.owed + len(y.unowned),
                          "illustrative": bool(reports) and all(r.illustrative for r in reports)})
        return {"answer": ans, "years": years, "end": p.plan.period.end}

    def revised(self, value) -> str:
        """A value before or after an amendment, as a reader sees it."""
        if value is None:
            return T.PLAN_SILENT.vi
        if isinstance(value, Target):
            return value.text or T.LEFT_BLANK.vi
        if isinstance(value, Assignment):
            return "; ".join(self.p.agency_name(a) for a in value.agencies)
        if isinstance(value, Timeframe):
            return value.as_written
        return str(value)

    def amendment_history(self) -> list[dict]:
        """Each amending document in force, with what it changed (oldest first)."""
        by_doc: dict[str, dict] = {}
        for revs in self.c.history.values():
            for r in revs:
                entry = by_doc.setdefault(r.amendment.id, {"amendment": r.amendment, "revisions": []})
                entry["revisions"].append(r)
        return sorted(by_doc.values(), key=lambda e: (e["amendment"].effective, e["amendment"].id))

    # Helpers exposed to templates
    def target_summary(self, info) -> str:
        """'Mục tiêu 2026: 62,5; 2028: >70' for a page description."""
        parts = [f"{y}: {info.target(y).text or T.TARGET_BLANK.vi}" for y in self.p.milestones]
        return T.TARGET_SUMMARY(parts="; ".join(parts))[0] if parts else T.NO_MILESTONE_TARGETS.vi

    def task_title(self, tid: str) -> str:
        return short_title(self.p.tasks[tid], 140)

    def render(self, template: str, page: str, **ctx) -> str:
        here = self.urls.of(page)

        def link(to: str) -> str:
            return rel_url(here, self.urls.of(to))

        def link_abs(docs_path: str) -> str:
            """A link to a page of another plan, given as its file under docs/."""
            return rel_url(here, docs_path)

        def page_link(to: str, text, anchor: str = "", cls: str = "", **attrs) -> Markup:
            return md_link(rel_md(here, self.urls.of(to)), text, anchor, cls, **attrs)

        def page_link_abs(docs_path: str, text, anchor: str = "", cls: str = "", **attrs) -> Markup:
            return md_link(rel_md(here, docs_path), text, anchor, cls, **attrs)
        # A page's own context wins over the renderer's globals (the full text shows the plan as issued).
        text = self.env.get_template(template).render({
            **self.globals, "page": page, "link": link, "link_abs": link_abs, "page_link": page_link,
            "page_link_abs": page_link_abs, "task_page": Urls.task,
            "indicator_page": Urls.indicator, "group_page": Urls.group, "agency_page": Urls.agency, **ctx})
        return self._name_the_plan(text, page) if self.urls.prefix else text

    def _name_the_plan(self, text: str, page: str) -> str:
        """Pages of a plan below the root say which plan they belong to: in their title, so a
        search result or a browser tab is never ambiguous, and under their heading, with a link
        to the plan's home (the site's nav belongs to the plan at the root)."""
        head, sep, rest = text.partition("\ntitle: ")
        if not sep:
            return text
        value, nl, tail = rest.partition("\n")
        title = json.loads(value)
        text = head + sep + str(yaml_str(f"{html.unescape(title)} · {self.p.plan.place}")) + nl + tail
        here = self.urls.of(page)
        home = md_link(rel_md(here, self.urls.of(Urls.home())), self.p.plan.short_title)
        crumb = (f'\n<p class="ps-crumbs ps-plan" data-search-exclude markdown="span">{T.PLAN_CRUMB.vi}{home}'
                 f" · {html.escape(self.p.plan.place)}</p>\n")
        at = text.find("\n# ")
        if at < 0:
            return text
        end = text.index("\n", at + 1)
        return text[:end + 1] + crumb + text[end + 1:]

    def sources(self, paths: list[str], line: int | None = None) -> dict:
        """The YAML files a page is made from, when each last changed, and where to see its history."""
        files = []
        for n, path in enumerate(dict.fromkeys(paths)):
            entry = {"path": path, "line": line if n == 0 else None, "view": None, "history": None}
            if self.settings.repo_url:
                base, b = self.settings.repo_url.rstrip("/"), self.settings.repo_branch
                entry.update(view=f"{base}/blob/{b}/{path}", history=f"{base}/commits/{b}/{path}")
            files.append(entry)
        dates = [self.file_dates[p] for p in paths if p in self.file_dates]
        return {"files": files, "changed": max(dates) if dates else None}

    # ---------------------------------------------------------- pages
    def pages(self) -> dict[str, str]:
        c, p = self.c, self.p
        out: dict[str, str] = {}
        reporting = self.reporting()
        recent = sorted(p.reports, key=lambda r: (r.submitted or dt.date(r.year, 12, 31), r.path), reverse=True)[:8]
        out["index.md"] = self.render("home.md.j2", "index.md", reporting=reporting, recent=recent)
        # The full text is the plan as issued; its history lists what each amending document changed.
        out["ke-hoach.md"] = self.render("plan.md.j2", "ke-hoach.md", p=c.original or p,
                                         amendments=self.amendment_history())
        out["nhiem-vu/index.md"] = self.render(
            "tasks_index.md.j2", "nhiem-vu/index.md",
            lead_agencies=sorted({a for t in p.tasks.values() for a in (t.lead.agencies if t.lead else [])},
                                 key=lambda a: vi_sort_key(p.agency_name(a))))
        for tid in p.tasks:
            out[task_page(tid)] = self.render("task.md.j2", task_page(tid), task=p.tasks[tid], view=c.tasks[tid],
                                              related=[i for i in p.indicators.values() if tid in i.tasks])
        if p.plan.appendix is not None or p.indicators:
            out["chi-tieu/index.md"] = self.render(
                "indicators_index.md.j2", "chi-tieu/index.md", groups_only=self.indicator_groups(),
                reporting_agencies=sorted({i.reporting_agency for i in p.indicators.values()},
                                          key=lambda a: vi_sort_key(p.agency_name(a))))
        for g in p.groups:
            out[group_page(g.id)] = self.render("group.md.j2", group_page(g.id), group=g)
        out.update(indicator_pages(self))
        involved = self.involved_agencies()
        out["co-quan/index.md"] = self.render("agencies_index.md.j2", "co-quan/index.md",
                                              agencies=sorted((p.agencies[a] for a in involved), key=lambda a: vi_sort_key(a.name)))
        for aid, agency in p.agencies.items():
            if aid not in involved:
                continue
            out[agency_page(aid)] = self.render("agency.md.j2", agency_page(aid), agency=agency,
                                                report_files=[r.path for r in p.reports if r.agency == aid])
        out.update(open_data_page(self))
        out["bao-cao.md"] = self.render("reporting.md.j2", "bao-cao.md", **reporting)
        from generator.site.yearly_pages import yearly_pages
        out.update(yearly_pages(self))
        out.update(breakdown_pages(self))
        return {self.urls.of(k): v for k, v in out.items()}

    def indicator_groups(self) -> list[dict]:
        """The indicator index's rows when the plan has too many indicators for one table: each group
        with its size and status roll-up (its page lists its indicators). Empty: the index lists them all."""
        if len(self.p.indicators) <= INDEX_ROWS_MAX or not self.p.groups:
            return []
        ids: dict[str, list[str]] = {}
        for iid, v in self.c.indicators.items():
            ids.setdefault(v.info.group_id, []).append(iid)
        return [{"group": g, "size": len(ids.get(g.id, [])), "counts": self.c.counts(ids.get(g.id, []))}
                for g in self.p.groups]

    def reporting(self) -> dict:
        """The reporting year's duties by the body that owes them today, the duties no body owes, and every year."""
        c = self.c
        yd = c.years[c.reporting_year]
        rows = []
        complete = 0
        for a in sorted(yd.duties, key=lambda a: vi_sort_key(self.p.agency_name(a))):
            d = yd.duties[a]
            tasks = [e for e in d.expected if e.kind == "task"]
            inds = [e for e in d.expected if e.kind == "indicator"]
            n_done = len(d.expected) - len(d.missing)
            if not d.missing:
                state, label = "du", T.DUTY_COMPLETE.vi
                complete += 1
            elif c.as_of > yd.deadline:
                state, label = "tre", T.DUTY_LATE_PARTIAL.vi if n_done else T.DUTY_LATE_NONE.vi
            else:
                state, label = "thieu", T.DUTY_PARTIAL.vi if n_done else T.DUTY_NONE.vi
            rows.append({"agency": a, "tasks": len(tasks), "tasks_done": sum(e.present for e in tasks),
                         "inds": len(inds), "ind_done": sum(e.present for e in inds), "state": state,
                         "state_label": label, "submitted": d.submitted, "inherited": len(d.inherited)})
        unowned: dict[str, dict] = {}
        for u in yd.unowned:
            row = unowned.setdefault(u.expected.named, {"agency": u.expected.named, "answer": u.answer,
                                                        "tasks": 0, "inds": 0, "received": 0})
            row["tasks" if u.expected.kind == "task" else "inds"] += 1
            row["received"] += u.expected.present
        years = [{"year": y.year, "deadline": y.deadline, "owed": y.owed, "received": y.received,
                  "bodies": len(y.duties), "unowned": len(y.unowned), "received_unowned": y.received_unowned}
                 for y in c.years.values()]
        share = f"{format_number(100 * yd.received / yd.owed, 0)} %" if yd.owed else "—"
        yearly = self.p.plan.responsibilities.yearly_report
        return {"rows": rows, "deadline": yd.deadline, "share": share, "complete": complete, "year": yd,
                "unowned": sorted(unowned.values(), key=lambda r: vi_sort_key(self.p.agency_name(r["agency"]))),
                "years": years, "duty": yearly}


def milestones_phrase(years) -> str:
    """'2026 và 2028', '2026, 2027 và 2029'."""
    years = [str(y) for y in years]
    return T.AND.vi.join([", ".join(years[:-1]), years[-1]]) if len(years) > 1 else "".join(years)


class FamilyRenderer:
    """The page that lists every plan of the site, by level and issuer, with each one's status, and
    filters by level, issuer and place over all of them."""

    def __init__(self, family, computed: dict[str, Computed], settings: Settings):
        self.family, self.computed, self.settings = family, computed, settings
        self.env = environment()

    def pages(self) -> dict[str, str]:
        order = ("tinh", "huyen", "xa", "trung-uong")
        rows = []
        for pid, project in self.family.plans.items():
            c = self.computed[pid]
            counts = c.counts(c.indicators.keys())
            reported = sum(1 for t in c.tasks.values() if t.latest and t.latest.year == c.reporting_year)
            rows.append({"id": pid, "p": project, "home": self.family.urls[pid].of(Urls.home()),
                         "issuer": project.agency_name(project.plan.issuer), "counts": counts,
                         "tasks": len(project.tasks), "tasks_reported": reported, "year": c.reporting_year})
        rows.sort(key=lambda r: (order.index(r["p"].plan.level), vi_sort_key(r["issuer"]),
                                 -r["p"].plan.period.start, r["id"]))
        root_owned = any(u.prefix == "" for u in self.family.urls.values())
        page = FAMILY_PAGE if root_owned else "index.md"
        levels = [(lv, [r for r in rows if r["p"].plan.level == lv]) for lv in order]
        # The filters' choices: a province's site lists a hundred communes' plans.
        issuers = sorted({(r["p"].plan.issuer, r["issuer"]) for r in rows}, key=lambda x: vi_sort_key(x[1]))
        places = sorted({r["p"].plan.place for r in rows}, key=vi_sort_key)
        text = self.env.get_template("plans.md.j2").render(
            rows=rows, levels=[(lv, rs) for lv, rs in levels if rs], link=lambda to: rel_url(page, to),
            page_link=lambda to, text, **kw: md_link(rel_md(page, to), text, **kw), LEVEL_LABELS=LEVEL_LABELS, LABELS=LABELS,
            STATUSES=STATUSES, site_name=self.settings.site_name, issuers=issuers, places=list(enumerate(places)),
            place_number={name: n for n, name in enumerate(places)})
        return {page: text}


def _indicator_table_title(plan) -> str:
    """Where the indicators are written: the appendix, or the section of the body that holds their table."""
    if plan.appendix:
        return plan.appendix.title.capitalize()
    stack = list(plan.body)
    while stack:
        node = stack.pop(0)
        if node.contains == "appendix" and node.title:
            return node.title.capitalize()
        stack[:0] = node.items
    return ""
