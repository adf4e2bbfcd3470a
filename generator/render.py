"""Stage 4: turn computed views into Markdown pages (plus the data they link to).

Python decides what goes on a page; the Jinja templates in templates/ hold
the markup. Every template autoescapes: text from YAML is never trusted as
HTML. Bodies are HTML blocks inside Markdown (so a future engine renders the
same thing), and links are final relative URLs, checked by the tests.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .charts import ChartPoint, ChartTarget, figure_json, indicator_figure
from .compute import MILESTONES, Computed, IndicatorView
from .model import TASK_STATUS_LABELS, VALUE_KIND_LABELS
from .numbers import format_number, format_quantity
from .project import short_title
from .status import LABELS, STATUSES
from .targets import describe_target

TEMPLATES = Path(__file__).parent / "templates"

AGENCY_KIND_LABELS = {
    "co-quan-chuyen-mon": "Cơ quan chuyên môn thuộc UBND huyện", "don-vi-su-nghiep": "Đơn vị sự nghiệp",
    "co-quan-nganh-doc": "Cơ quan ngành dọc tại huyện", "chinh-quyen": "Chính quyền", "dang": "Tổ chức Đảng",
    "mat-tran-doan-the": "Mặt trận, đoàn thể, ban", "tap-the": "Nhóm cơ quan (tập thể)",
}
ALL_DISTRICT_BODIES = "cac-co-quan-don-vi-nganh-cua-huyen"
DISTRICT_BODIES = ("co-quan-chuyen-mon", "don-vi-su-nghiep", "co-quan-nganh-doc")
DIRECTION_LABELS = {"higher": "tăng là tốt", "lower": "giảm là tốt", "keep": "giữ ở mức mục tiêu"}
DIRECTION_BASIS = {"plan": "theo kế hoạch", "targets": "suy từ hai mục tiêu của kế hoạch",
                   "site": "do trang này xác định"}


# ------------------------------------------------------------------ URLs
def slug(id_: str) -> str:
    return id_.replace(".", "-")


def task_page(tid: str) -> str:
    return f"nhiem-vu/{slug(tid)}.md"


def indicator_page(iid: str) -> str:
    return f"chi-tieu/{slug(iid)}.md"


def group_page(gid: str) -> str:
    return f"chi-tieu/nhom-{gid}.md"


def agency_page(aid: str) -> str:
    return f"co-quan/{aid}.md"


def url_dir(md_path: str) -> str:
    """The directory URL MkDocs gives a Markdown file (use_directory_urls)."""
    stem = md_path[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def rel_url(from_md: str, to: str) -> str:
    """Relative URL from one page to another page (…md) or to a file.

    Built from path segments: posixpath.relpath consults the working directory on
    every call, and big plans make hundreds of thousands of links.
    """
    target = url_dir(to) if to.endswith(".md") else to
    here = [p for p in url_dir(from_md).split("/") if p]
    there = [p for p in target.split("/") if p]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    parts = [".."] * (len(here) - common) + there[common:]
    out = "/".join(parts) if parts else "."
    if to.endswith(".md"):
        out = "./" if out == "." else out + "/"
    return out


# ------------------------------------------------------------ formatting
def vi_sort_key(text: str) -> tuple:
    """Vietnamese order: base letters first (đ after d), then tones, like a dictionary."""
    out = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.combining(ch):
            continue
        out.append("d~" if ch == "đ" else ch)
    return ("".join(out), unicodedata.normalize("NFC", text.lower()))


def fold(text: str) -> str:
    """Lowercase without diacritics, for search and filters ('nước sạch' → 'nuoc sach')."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def value_text(value, unit: str) -> str:
    """An observed value as shown: a number with its unit, or a qualitative level as written."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return format_quantity(value, unit)


def md_escape(text: str) -> Markup:
    """Escape for Markdown context (headings): HTML first, then Markdown syntax."""
    return Markup(re.sub(r"([\\`*_{}\[\]()#+\-.!|])", r"\\\1", html.escape(str(text), quote=False)))


def yaml_str(text: str) -> Markup:
    """A front-matter value. Themes print title and description into <meta> and <title>
    without escaping, so escape here; JSON strings are valid YAML double-quoted scalars."""
    return Markup(json.dumps(html.escape(str(text)), ensure_ascii=False))


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in str(text).split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Settings:
    site_name: str
    repo_url: str | None
    repo_branch: str
    show_illustrative: bool


class Renderer:
    def __init__(self, computed: Computed, settings: Settings, data_sizes: dict[str, int] | None = None,
                 file_dates: dict[str, dt.date] | None = None, offline: dict | None = None):
        self.c = computed
        # The open-data page's word on the copy without network: {"download": …, "copy_date": …}.
        self.offline = offline or {"download": None, "copy_date": None}
        self.file_dates = file_dates or {}
        self.data_sizes = data_sizes or {}
        self.p = computed.project
        self.settings = settings
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
        self.env.filters.update(md=md_escape, paragraphs=paragraphs, yaml_str=yaml_str)
        self.roles = self._roles()
        self.env.globals.update(
            LABELS=LABELS, STATUSES=STATUSES, KIND_LABELS=VALUE_KIND_LABELS, TASK_STATUS_LABELS=TASK_STATUS_LABELS,
            AGENCY_KIND_LABELS=AGENCY_KIND_LABELS, DIRECTION_LABELS=DIRECTION_LABELS,
            DIRECTION_BASIS=DIRECTION_BASIS, MILESTONES=MILESTONES, value_text=value_text,
            describe=describe_target, c=computed, p=computed.project, settings=settings,
            agency_name=self.p.agency_name, slug=slug, task_title=self.task_title, roles=self.roles,
            sources=self.sources,
            any_illustrative=lambda ids: any(computed.indicators[i].illustrative for i in ids),
        )

    def _roles(self) -> dict[str, dict[str, list[str]]]:
        """Per agency: tasks it leads, coordinates, indicators it reports, agencies it succeeded."""
        roles = {a: {"lead": [], "coordinating": [], "via_collective": [], "indicators": [], "predecessors": []}
                 for a in self.p.agencies}
        # "Các cơ quan, đơn vị, ngành của huyện" coordinates almost every task: each district body is part of it.
        members = [a.id for a in self.p.agencies.values() if a.level == "huyen" and a.kind in DISTRICT_BODIES]
        for t in self.p.tasks.values():
            for role in ("lead", "coordinating"):
                for a in (getattr(t, role).agencies if getattr(t, role) else []):
                    roles[a][role].append(t.id)
            if t.coordinating and ALL_DISTRICT_BODIES in t.coordinating.agencies:
                for a in members:
                    if t.id not in roles[a]["lead"] + roles[a]["coordinating"]:
                        roles[a]["via_collective"].append(t.id)
        for ind in self.p.indicators.values():
            roles[ind.reporting_agency]["indicators"].append(ind.id)
        for a in self.p.agencies.values():
            for s in a.successors:
                roles[s.agency]["predecessors"].append(a.id)
        return roles

    # Helpers exposed to templates
    def task_title(self, tid: str) -> str:
        return short_title(self.p.tasks[tid], 140)

    def render(self, template: str, page: str, **ctx) -> str:
        def link(to: str) -> str:
            return rel_url(page, to)
        return self.env.get_template(template).render(
            page=page, link=link, task_page=task_page, indicator_page=indicator_page, group_page=group_page,
            agency_page=agency_page, **ctx)

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
    def chart(self, view: IndicatorView) -> Markup | None:
        """The figure as a single-quoted attribute value: JSON's many double quotes then
        need no escaping, which keeps the page a third lighter than &#34; everywhere."""
        info = view.info
        if info.qualitative:
            return None
        points = [ChartPoint(rv.current.year, rv.current.number, rv.current.kind) for rv in view.values
                  if rv.current.number is not None]
        targets = [ChartTarget(m, info.target(m)) for m in MILESTONES]
        fig = indicator_figure(info.name, info.unit, points, targets,
                               first_year=self.p.plan.period.start, last_year=self.p.plan.period.end)
        if not fig:
            return None
        escaped = figure_json(fig).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
        return Markup(escaped)

    def pages(self) -> dict[str, str]:
        c, p = self.c, self.p
        out: dict[str, str] = {}
        reporting = self.reporting()
        recent = sorted(p.reports, key=lambda r: (r.submitted or dt.date(r.year, 12, 31), r.path), reverse=True)[:8]
        out["index.md"] = self.render("home.md.j2", "index.md", reporting=reporting, recent=recent)
        out["ke-hoach.md"] = self.render("plan.md.j2", "ke-hoach.md")
        out["nhiem-vu/index.md"] = self.render(
            "tasks_index.md.j2", "nhiem-vu/index.md",
            lead_agencies=sorted({a for t in p.tasks.values() for a in (t.lead.agencies if t.lead else [])},
                                 key=lambda a: vi_sort_key(p.agency_name(a))))
        for tid in p.tasks:
            out[task_page(tid)] = self.render("task.md.j2", task_page(tid), task=p.tasks[tid], view=c.tasks[tid],
                                              related=[i for i in p.indicators.values() if tid in i.tasks])
        out["chi-tieu/index.md"] = self.render(
            "indicators_index.md.j2", "chi-tieu/index.md",
            reporting_agencies=sorted({i.reporting_agency for i in p.indicators.values()},
                                      key=lambda a: vi_sort_key(p.agency_name(a))))
        for g in p.groups:
            out[group_page(g.id)] = self.render("group.md.j2", group_page(g.id), group=g)
        for iid, view in c.indicators.items():
            out[indicator_page(iid)] = self.render("indicator.md.j2", indicator_page(iid), view=view,
                                                   figure=self.chart(view), value_rows=self.value_rows(view))
        out["co-quan/index.md"] = self.render("agencies_index.md.j2", "co-quan/index.md",
                                              agencies=sorted(p.agencies.values(), key=lambda a: vi_sort_key(a.name)))
        for aid, agency in p.agencies.items():
            out[agency_page(aid)] = self.render("agency.md.j2", agency_page(aid), agency=agency,
                                                report_files=[r.path for r in p.reports if r.agency == aid])
        out["du-lieu.md"] = self.render("open_data.md.j2", "du-lieu.md", files=self.open_data_list(),
                                       **self.offline)
        out["bao-cao.md"] = self.render("reporting.md.j2", "bao-cao.md", **reporting)
        return out

    @staticmethod
    def value_rows(view: IndicatorView) -> list[dict]:
        """Values and the two targets in one year-ordered table, targets placed at their years."""
        rows = [{"year": rv.current.year, "value": rv, "target": None} for rv in view.values]
        rows += [{"year": m, "value": None, "target": view.info.target(m)} for m in MILESTONES]
        return sorted(rows, key=lambda r: (r["year"], r["target"] is not None))

    def open_data_list(self) -> list[dict]:
        about = {
            "indicators.csv": "Mọi chỉ tiêu và chỉ tiêu con: mục tiêu nguyên văn, đơn vị, nhóm, cơ quan báo cáo",
            "indicators.json": "Như indicators.csv, dạng JSON",
            "progress.csv": "Mọi số liệu đã báo cáo: năm, giá trị, loại số liệu, nguồn, cơ quan",
            "progress.json": "Như progress.csv, dạng JSON",
            "tasks.json": "25 nhiệm vụ: nội dung, cơ quan chủ trì, phối hợp (tên đầy đủ), thời gian, báo cáo",
            "agencies.json": "Các cơ quan, cách viết khác, cơ quan kế nhiệm",
        }
        return [{"name": n, "about": a, "size": _size(self.data_sizes.get(n, 0))} for n, a in about.items()]

    def reporting(self) -> dict:
        c = self.c
        due = c.project.plan.sections.organisation.yearly_report.due
        deadline = dt.date(c.reporting_year, due.month, due.day)
        rows = []
        done = total = complete = 0
        for a in sorted(c.duties, key=lambda a: vi_sort_key(self.p.agency_name(a))):
            d = c.duties[a]
            tasks = [e for e in d.expected if e.kind == "task"]
            inds = [e for e in d.expected if e.kind == "indicator"]
            n_done = len(d.expected) - len(d.missing)
            done += n_done
            total += len(d.expected)
            if not d.missing:
                state, label = "du", "Đã đủ"
                complete += 1
            elif c.as_of > deadline:
                state, label = "tre", "Trễ hạn, còn thiếu" if n_done else "Trễ hạn, chưa báo cáo"
            else:
                state, label = "thieu", "Còn thiếu" if n_done else "Chưa báo cáo"
            rows.append({"agency": a, "tasks": len(tasks), "tasks_done": sum(e.present for e in tasks),
                         "inds": len(inds), "ind_done": sum(e.present for e in inds), "state": state,
                         "state_label": label, "submitted": d.submitted})
        share = f"{format_number(100 * done / total, 0)} %" if total else "—"
        return {"rows": rows, "deadline": deadline, "share": share, "complete": complete}


def _size(n: int) -> str:
    return f"{format_number(n / 1024, 1)} KB"
