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

from .amendments import FIELDS, ITEM_LABELS
from .bodies import predecessors
from .charts import ChartPoint, ChartTarget, figure_json, indicator_figure
from .compute import MILESTONES, Computed, IndicatorView
from .model import (BUDGET_UNIT, CHANGE_KIND_LABELS, REPORT_FIELD_LABELS, TASK_STATUS_LABELS, VALUE_KIND_LABELS,
                    Assignment, Timeframe)
from .numbers import format_number, format_quantity
from .project import short_title
from .status import LABELS, STATUSES
from .targets import Target, describe_target

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
        # Imported here: the yearly report formats its figures with this module's helpers.
        from .yearly_report import money
        from .yearly_report_pages import YearlyIndex, year_page
        self.yearly = YearlyIndex(self.p)
        self.life = self.plan_life()
        self.env.globals.update(
            LABELS=LABELS, STATUSES=STATUSES, KIND_LABELS=VALUE_KIND_LABELS, TASK_STATUS_LABELS=TASK_STATUS_LABELS,
            AGENCY_KIND_LABELS=AGENCY_KIND_LABELS, DIRECTION_LABELS=DIRECTION_LABELS,
            DIRECTION_BASIS=DIRECTION_BASIS, MILESTONES=MILESTONES, value_text=value_text,
            describe=describe_target, c=computed, p=computed.project, settings=settings,
            agency_name=self.p.agency_name, slug=slug, task_title=self.task_title, roles=self.roles,
            sources=self.sources, yearly=self.yearly, year_page=year_page, money=money, BUDGET_UNIT=BUDGET_UNIT,
            REPORT_LABELS=REPORT_FIELD_LABELS,
            docs=self.p.documents, life=self.life, CHANGE_KIND_LABELS=CHANGE_KIND_LABELS,
            answer=lambda aid: self.p.answer(aid, computed.as_of), day_before=lambda d: d - dt.timedelta(days=1),
            revised=self.revised, FIELD_LABELS=FIELDS, ITEM_LABELS=ITEM_LABELS,
            any_illustrative=lambda ids: any(computed.indicators[i].illustrative for i in ids),
        )

    def _roles(self) -> dict[str, dict[str, list[str]]]:
        """Per agency: tasks it leads, coordinates, indicators it reports, agencies it succeeded."""
        roles = {a: {"lead": [], "coordinating": [], "via_collective": [], "indicators": [], "predecessors": [],
                     "inherited": [], "plan": []}
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
        for a, label in self.plan_roles():
            roles[a]["plan"].append(label)
        for succ, preds in predecessors(self.p.agencies).items():
            roles[succ]["predecessors"] = preds
        # What a body answers for today because the plan gave it to a body it succeeded.
        now = {a: self.p.answer(a, self.c.as_of) for a in self.p.agencies}
        for a, ans in now.items():
            if ans.current and ans.current != a:
                for role, label in (("lead", "Chủ trì"), ("coordinating", "Phối hợp"), ("indicators", "Báo cáo chỉ tiêu")):
                    roles[ans.current]["inherited"] += [(label, role, x, a) for x in roles[a][role]]
        return roles

    def plan_roles(self) -> list[tuple[str, str]]:
        """What the plan's own sections (not its task list) ask of a body. The one place that reads them."""
        pl = self.p.plan
        org = pl.sections.organisation
        out = [(pl.issuer, "Ban hành kế hoạch"),
               (pl.sections.funding.budget_review_agency, "Thẩm định dự toán kinh phí thực hiện"),
               (org.report_to, "Nhận báo cáo của các cơ quan, đơn vị"),
               (org.report_via, "Đầu mối nhận báo cáo, vướng mắc của các cơ quan, đơn vị"),
               (org.yearly_report.by, f"Theo dõi, tổng hợp, đánh giá hằng năm ({org.yearly_report.as_written})"),
               (org.yearly_report.to, f"Nhận báo cáo tổng hợp hằng năm ({org.yearly_report.as_written})")]
        out += [(a, "Xây dựng kế hoạch thực hiện của cơ quan, địa phương") for a in org.sub_plans_by]
        out += [(a, "Giám sát, phản biện việc thực hiện") for a in org.oversight_by]
        out += [(d.issuer, f"Ban hành {d.kind} {d.number}, văn bản kế hoạch triển khai") for d in pl.implements]
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
            return "kế hoạch không nêu"
        if isinstance(value, Target):
            return value.text or "(để trống)"
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
        from .yearly_report_pages import yearly_pages
        out.update(yearly_pages(self))
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
            "agencies.json": "Các cơ quan, cách viết khác, thay đổi (ngày, cách thay đổi, cơ quan tiếp nhận, văn bản)",
            "amendments.json": "Văn bản sửa đổi kế hoạch, từng thay đổi: giá trị như ban hành, trước và sau, văn bản",
        }
        return [{"name": n, "about": a, "size": _size(self.data_sizes.get(n, 0))} for n, a in about.items()]

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
                state, label = "du", "Đã đủ"
                complete += 1
            elif c.as_of > yd.deadline:
                state, label = "tre", "Trễ hạn, còn thiếu" if n_done else "Trễ hạn, chưa báo cáo"
            else:
                state, label = "thieu", "Còn thiếu" if n_done else "Chưa báo cáo"
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
        yearly = self.p.plan.sections.organisation.yearly_report
        return {"rows": rows, "deadline": yd.deadline, "share": share, "complete": complete, "year": yd,
                "unowned": sorted(unowned.values(), key=lambda r: vi_sort_key(self.p.agency_name(r["agency"]))),
                "years": years, "compiler": yearly.by, "recipient": yearly.to}


def _size(n: int) -> str:
    return f"{format_number(n / 1024, 1)} KB"
