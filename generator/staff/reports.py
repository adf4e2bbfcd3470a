"""One agency's yearly report file: scaffold it, and write it in one canonical form.

The spreadsheet import and `new-report` both write through render_report(),
so a report exported to Excel and imported unchanged comes back byte for byte.
Comments beside each entry give the unit, targets and last value, so staff
editing YAML by hand see what they are reporting against; a breakdown line
not filled yet names its group the same way.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.data.bodies import end_phrase, ended_by
from generator.compute.compute import deadline, expected_reports
from generator.data.dimensions import Dimensions
from generator.data.load import read_file
from generator.data.model import BUDGET_UNIT, VALUE_KIND_LABELS, Budget, DimensionsFile, ProgressReport
from generator.text.numbers import format_number, parse_number
from generator.data.project import Project, short_title
from generator.data.load import plan_files
from generator.checks.family import load_project


@dataclass
class PartEntry:
    """One line of a value's breakdown: the cell it is for, in the plan's dimension order."""
    cell: tuple[tuple[str, str], ...]     # ((dimension id, category id), …)
    value: float | None = None            # None: listed by the scaffold, not reported yet
    note: str | None = None


@dataclass
class ValueEntry:
    id: str
    year: int | None = None          # only when it differs from the report's year (a revision)
    value: float | None = None
    level: str | None = None
    kind: str | None = None
    source: str | None = None
    note: str | None = None
    parts: list[PartEntry] = field(default_factory=list)
    source_url: str | None = None    # written in the YAML only: the workbook carries the source's text
    source_date: dt.date | None = None


@dataclass
class TaskEntry:
    id: str
    status: str | None = None
    summary: str | None = None
    results: list[str] = field(default_factory=list)
    evidence: list[tuple[str, str]] = field(default_factory=list)   # (title, url)
    difficulties: list[str] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)


@dataclass
class ReportDraft:
    agency: str
    year: int
    illustrative: bool = False
    submitted: dt.date | None = None
    indicators: list[ValueEntry] = field(default_factory=list)
    tasks: list[TaskEntry] = field(default_factory=list)
    difficulties: list[str] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)
    budget: Budget | None = None


def report_path(root: Path, year: int, agency: str, plan_id: str) -> Path:
    return Path(root) / plan_files(plan_id)["progress"] / str(year) / f"{agency}.yml"


def _q(text) -> str:
    """A YAML scalar that always reads back as the same string (JSON strings are valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)


def expected_ids(project: Project, agency: str, year: int) -> tuple[list[str], list[str]]:
    """Indicators and tasks the agency owes for a year, in plan order: its own, and those it inherited
    from a body that had ended by the year's deadline (see bodies.who_answers)."""
    due = deadline(project, year)
    owes = {(e.kind, e.id) for e in expected_reports(project, year) if project.answer(e.named, due).current == agency}
    inds = [i for i in project.indicators if ("indicator", i) in owes]
    tasks = [t for t in project.tasks if ("task", t) in owes]
    return inds, tasks


def ended_message(project: Project, agency: str, year: int) -> str | None:
    """Why a body cannot owe a report for a year: it had ended by the deadline."""
    due = deadline(project, year)
    change = ended_by(project.agencies[agency], due)
    if change is None:
        return None
    ans = project.answer(agency, due)
    who = (f"cơ quan tiếp nhận là '{ans.current}'" if ans.current else
           "chưa ghi nhận cơ quan nào tiếp nhận (xem docs/thay-doi-co-quan.md)")
    return (f"{project.agency_name(agency)} ('{agency}') đã {end_phrase(project.agencies, change)}: "
            f"không còn báo cáo năm {year}; {who}.")


def last_value_before(project: Project, ind_id: str, year: int) -> str:
    rows = [rv.current for rv in project.values.get(ind_id, []) if rv.current.year < year]
    if not rows:
        return "chưa có"
    v = rows[-1]
    shown = v.level if v.level is not None else format_number(v.number)
    return f"{shown} ({v.year}, {VALUE_KIND_LABELS[v.kind]})"


def indicator_comment(project: Project, ind_id: str, year: int) -> str:
    i = project.indicators[ind_id]
    levels = f" · mức: {' / '.join(i.levels)}" if i.levels else ""
    targets = " · ".join(f"{'mục tiêu ' if n == 0 else ''}{m}: {i.target(m).text or 'trống'}"
                         for n, m in enumerate(project.milestones))
    return (f"{i.id} {i.name} · đơn vị: {i.unit or '—'} · {targets}"
            f"{levels} · gần nhất: {last_value_before(project, ind_id, year)}")


# Above a value's breakdown: its parts share the total's year, kind and source.
PARTS_COMMENT = {
    True: "Số liệu phân tổ MINH HOẠ (không phải số liệu thật), cùng năm, loại và nguồn với giá trị tổng.",
    False: "Số liệu phân tổ, cùng năm, loại và nguồn với giá trị tổng; nhóm chưa có số liệu để value: null.",
}


def _plain(text: str) -> str:
    """An id as a plain YAML scalar when it reads back as the same string ('ea-bung'), else quoted ('no', '1')."""
    return text if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", text) and yaml.safe_load(text) == text else _q(text)


def part_line(project: Project, p: PartEntry) -> str:
    """`{xa: ea-bung, value: "3,1"}`; a line not filled yet names its group in a comment."""
    fields = [f"{_plain(d)}: {_plain(c)}" for d, c in p.cell]
    fields.append(f"value: {_q(exact_vi(p.value)) if p.value is not None else 'null'}")
    if p.note:
        fields.append(f"note: {_q(p.note)}")
    line = "{" + ", ".join(fields) + "}"
    return line if p.value is not None else f"{line}  # {cell_label(project, p.cell)}"


def cell_label(project: Project, cell) -> str:
    try:
        return project.dimensions.cell_label(tuple(cell))
    except (KeyError, StopIteration):   # not a category of the plan: the checks say so
        return ", ".join(c for _, c in cell)


def blank_parts(project: Project, ind_id: str, year: int) -> list[PartEntry]:
    """Every cell the indicator's breakdowns have in the year, not filled: what new-report lists."""
    info = project.indicators[ind_id]
    return [PartEntry(cell) for key in info.breakdowns for cell in project.dimensions.cells(key, year)]


def exact_vi(x: float) -> str:
    """Every significant digit, decimal comma, no grouping: what was entered comes back unchanged."""
    return f"{x:.12g}".replace(".", ",")


def render_report(project: Project, draft: ReportDraft) -> str:
    out = [
        "# yaml-language-server: $schema=../../../generator/schemas/progress.schema.json",
        f"# Báo cáo năm {draft.year} của {project.agency_name(draft.agency)}.",
        "# Để trống value/level (hoặc status) nghĩa là chưa báo cáo mục đó.",
    ]
    if draft.illustrative:
        out.append("# SỐ LIỆU MINH HOẠ: không phải báo cáo thật (illustrative: true).")
    out += [f"agency: {draft.agency}", f"year: {draft.year}", f"illustrative: {'true' if draft.illustrative else 'false'}",
            f"submitted: {draft.submitted.isoformat() if draft.submitted else 'null'}"]
    out.append("indicators:" if draft.indicators else "indicators: []")
    for e in draft.indicators:
        out += _indicator_lines(project, draft, e)
    out.append("tasks:" if draft.tasks else "tasks: []")
    for t in draft.tasks:
        out += _task_lines(project, t)
    out += _remarks_lines(draft)
    return "\n".join(out) + "\n"


def _indicator_lines(project: Project, draft: ReportDraft, e) -> list[str]:
    out = [f"  # {indicator_comment(project, e.id, draft.year)}"]
    out.append(f"  - id: {_q(e.id)}")
    if e.year is not None and e.year != draft.year:
        out.append(f"    year: {e.year}")
    if project.indicators[e.id].qualitative:
        out.append(f"    level: {_q(e.level) if e.level is not None else 'null'}")
    else:
        out.append(f"    value: {_q(exact_vi(e.value)) if e.value is not None else 'null'}")
    out.append(f"    kind: {e.kind or 'null'}")
    out.append(f"    source: {_q(e.source) if e.source else 'null'}")
    if e.source_url:
        out.append(f"    source_url: {_q(e.source_url)}")
    if e.source_date:
        out.append(f"    source_date: {e.source_date.isoformat()}")
    if e.note:
        out.append(f"    note: {_q(e.note)}")
    if e.parts:
        out.append(f"    # {PARTS_COMMENT[draft.illustrative]}")
        out.append("    breakdown:")
        out += [f"      - {part_line(project, p)}" for p in e.parts]
    return out


def _task_lines(project: Project, t) -> list[str]:
    out = [f"  # {t.id} · {short_title(project.tasks[t.id], 90)}"]
    out.append(f"  - id: {_q(t.id)}")
    out.append(f"    status: {t.status or 'null'}")
    out.append(f"    summary: {_q(t.summary) if t.summary else 'null'}")
    if t.results:
        out.append("    results:")
        out += [f"      - {_q(r)}" for r in t.results]
    if t.evidence:
        out.append("    evidence:")
        for title, url in t.evidence:
            out += [f"      - title: {_q(title)}", f"        url: {_q(url)}"]
    out += _text_list("difficulties", t.difficulties, "    ")
    out += _text_list("proposals", t.proposals, "    ")
    return out


def _remarks_lines(draft: ReportDraft) -> list[str]:
    """Sections IV/V of the report (difficulties, proposals, budget), or where they go until it is sent."""
    out = _text_list("difficulties", draft.difficulties, "")
    out += _text_list("proposals", draft.proposals, "")
    if draft.budget is not None:
        b = draft.budget
        out.append(f"budget:  # {BUDGET_UNIT}")
        for key in ("estimate", "spent"):
            if getattr(b, key) is not None:
                out.append(f"  {key}: {_q(exact_vi(getattr(b, key)))}")
        if b.note:
            out.append(f"  note: {_q(b.note)}")
    elif not (draft.submitted or draft.difficulties or draft.proposals):
        # Until the report is sent, show where the section IV/V fields go; they are optional.
        out += [
            "# Khó khăn, vướng mắc; đề xuất, kiến nghị (mỗi ý một dòng) và kinh phí trong năm"
            f" ({BUDGET_UNIT}), nếu có. Bỏ dấu # để điền:",
            '# difficulties:', '#   - "…"', '# proposals:', '#   - "…"',
            '# budget:', '#   estimate: "1.250"   # dự toán', '#   spent: "980,5"     # đã thực hiện',
        ]
    return out


def _text_list(key: str, items: list[str], indent: str) -> list[str]:
    """Only when there is something to say, so reports written before these fields keep their bytes."""
    if not items:
        return []
    return [f"{indent}{key}:"] + [f"{indent}  - {_q(x)}" for x in items]


def draft_from_file(root: Path, agency: str, year: int, plan_id: str) -> ReportDraft:
    """The agency's existing report for the year (as entries), or an empty draft.

    Only called after the whole project validated, so the file reads cleanly.
    """
    path = report_path(root, year, agency, plan_id)
    if not path.exists():
        return ReportDraft(agency, year)
    f = read_file(Path(root), path, ProgressReport, [])
    r = f.data
    dims = _dimensions(Path(root), plan_id)
    return ReportDraft(
        agency, year, r.illustrative, r.submitted,
        [ValueEntry(v.id, v.year, _number(v.value), v.level, v.kind, v.source, v.note,
                    [PartEntry(tuple((d, p.cell[d]) for d in dims.order(p.cell)), _number(p.value), p.note)
                     for p in v.breakdown], v.source_url, v.source_date) for v in r.indicators],
        [TaskEntry(t.id, t.status, t.summary, list(t.results), [(e.title, e.url) for e in t.evidence],
                   list(t.difficulties), list(t.proposals)) for t in r.tasks],
        list(r.difficulties), list(r.proposals), r.budget)


def _dimensions(root: Path, plan_id: str) -> Dimensions:
    """The plan's dimensions, to write each part's cell in their order (none if the plan declares none)."""
    path = root / plan_files(plan_id)["dimensions"]
    return Dimensions.of(read_file(root, path, DimensionsFile, []).data.dimensions if path.exists() else None)


def _number(v) -> float | None:
    return None if v is None else parse_number(v) if isinstance(v, str) else float(v)


def with_all_expected(project: Project, draft: ReportDraft) -> ReportDraft:
    """Add a blank entry for everything the agency owes that the draft does not list yet."""
    inds, tasks = expected_ids(project, draft.agency, draft.year)
    have_i = {(e.id, e.year or draft.year) for e in draft.indicators}
    have_t = {t.id for t in draft.tasks}
    extra_i = [ValueEntry(i, parts=blank_parts(project, i, draft.year)) for i in inds if (i, draft.year) not in have_i]
    extra_t = [TaskEntry(t) for t in tasks if t not in have_t]
    return ReportDraft(draft.agency, draft.year, draft.illustrative, draft.submitted,
                       draft.indicators + extra_i, draft.tasks + extra_t, draft.difficulties, draft.proposals,
                       draft.budget)


# ------------------------------------------------------------------ CLI
def cmd_new_report(args) -> int:
    project = load_project(args.root, args.plan)
    if args.agency not in project.agencies:
        from generator.data.problems import did_you_mean
        hint = did_you_mean(args.agency, project.agencies)[0]
        print(f"Không có cơ quan '{args.agency}'" + (f"; {hint}" if hint else "."), file=sys.stderr)
        return 1
    path = report_path(args.root, args.year, args.agency, project.id)
    if path.exists():
        print(f"{path} đã có; không ghi đè. Sửa trực tiếp tệp đó, hoặc xoá nó nếu muốn tạo lại từ đầu.", file=sys.stderr)
        return 1
    ended = ended_message(project, args.agency, args.year)
    if ended:
        print(ended, file=sys.stderr)
        return 1
    draft = with_all_expected(project, ReportDraft(args.agency, args.year))
    if not draft.indicators and not draft.tasks:
        print(f"'{args.agency}' không chủ trì nhiệm vụ nào và không được giao chỉ tiêu nào.", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(project, draft), encoding="utf-8")
    print(f"Đã tạo {path}: {len(draft.indicators)} chỉ tiêu, {len(draft.tasks)} nhiệm vụ cần báo cáo.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("new-report", help="tạo tệp báo cáo năm cho một cơ quan, liệt kê sẵn mọi mục cần báo cáo")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--agency", required=True, help="mã cơ quan, ví dụ phong-giao-duc-va-dao-tao")
    p.set_defaults(plan_option=True, func=cmd_new_report)
