"""The yearly evaluation report the plan demands (section V.3), as plain data.

Section V has every body report to the synthesising agency, which evaluates the
year and sends the result upward before a due date; section IV has every body
estimate its budget. This module gathers, for one year, what those reports say:
who reported and when, each task's status and the lead body's account, each
indicator's value and assessment, the difficulties, proposals and budget lines.
The same data feeds the .docx documents (yearly_report_docx.py) and the site's
yearly page, so a figure in the document is always the figure on the site.

Pure functions of the validated Project; nothing here formats a document.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.data.bodies import end_phrase
from generator.compute.compute import YearDuties, deadline, indicator_view, year_duties
from generator.data.model import BUDGET_UNIT, TASK_STATUS_LABELS, VALUE_KIND_LABELS
from generator.data.project import Project, ReportInfo, short_title
from generator.documents import texts as T
from generator.documents.importer.vocabulary import BODY_ABBREVIATION, NUMBER_LABEL
from generator.text.numbers import money, value_text, vi_sort_key
from generator.compute.status import LABELS, STATUSES
from generator.text.dates import vi_date

# ------------------------------------------------------------ bodies
@dataclass(frozen=True)
class Body:
    """A body as it heads or receives a document."""
    id: str
    name: str                   # as the plan writes it, or the recorded successor's name
    parent: str | None          # the body above it in the header (the registry's `parent`), when the data says
    symbol: str | None          # the abbreviation after "BC-" in the number, when the plan uses one
    signer_title: str           # the head's title in the signature block
    note: str | None            # why the name may no longer be current


def who_answers(project: Project, agency_id: str, on: dt.date) -> tuple[str, str | None]:
    """(agency that heads or receives the document on a date, what the reader must be told, or None).

    Follows the registry's record of each body (bodies.who_answers); never infers a
    successor. Where the record stops, the body keeps the name the plan gave it and
    the note says how it ended and that no successor is recorded.
    """
    ans = project.answer(agency_id, on)
    if not ans.changed:
        return agency_id, None
    name = project.agency_name(agency_id)
    if ans.has_body:
        since = ans.last.change.since
        return ans.current, T.SUCCEEDED.vi.format(successor=project.agency_name(ans.current), name=name,
                                                  since=T.SINCE.vi.format(date=vi_date(since)) if since else "")
    how = end_phrase(project.agencies, ans.last.change)
    return agency_id, T.NO_SUCCESSOR.vi.format(name=name, how=how)


def bodies_note(bodies) -> str | None:
    """One sentence for all the bodies of a document whose name may no longer be current."""
    notes = list(dict.fromkeys(b.note for b in bodies if b.note))
    return "; ".join(notes) + "." if notes else None


def _symbol(project: Project, agency_id: str) -> str | None:
    # Only an abbreviation the plan itself uses for the body ("Lưu: VT, VP, LĐTBXH").
    for v in project.agencies[agency_id].variants:
        if BODY_ABBREVIATION.fullmatch(v):
            return v
    return None


def _signer_title(name: str) -> str:
    # The head of each kind of body by its legal title; anything else keeps the neutral form.
    for prefix, title in T.SIGNER_BY_NAME:
        if name.startswith(prefix):
            return title.vi
    return T.HEAD_OF_BODY.vi


def body(project: Project, agency_id: str, on: dt.date) -> Body:
    current, note = who_answers(project, agency_id, on)
    a = project.agencies[current]
    # A district department (co-quan-chuyen-mon) belongs to the plan's issuer; other parents are not recorded.
    parent = None
    if a.parent:   # the registry records the body above it
        above = project.agencies[a.parent]
        parent = above.full_name or above.name
    return Body(current, a.name, parent, _symbol(project, current), _signer_title(a.name), note)


# ------------------------------------------------------------ content
@dataclass(frozen=True)
class Submission:
    agency: str
    name: str
    path: str | None
    submitted: dt.date | None
    state: str                  # dung-han | tre-han | khong-ghi-ngay | chua-bao-cao
    owed: int
    done: int
    illustrative: bool

    @property
    def state_label(self) -> str:
        return SUBMISSION_LABELS[self.state]

    @property
    def count_text(self) -> str:
        """Items reported: of those owed on the deadline, or just how many when none were owed any more."""
        return f"{self.done}/{self.owed}" if self.owed else str(self.done)


SUBMISSION_LABELS = {"dung-han": T.ON_TIME.vi, "tre-han": T.LATE.vi, "khong-ghi-ngay": T.UNDATED.vi,
                     "chua-bao-cao": T.NOT_SENT.vi}


@dataclass(frozen=True)
class TaskResult:
    id: str
    title: str
    lead: str                   # as the plan writes it; "" when the plan names none
    status: str | None
    summary: str | None
    results: tuple[str, ...]
    reported_by: str | None     # name of the body whose report this is

    @property
    def status_label(self) -> str:
        return TASK_STATUS_LABELS[self.status] if self.status else T.NO_REPORT.vi


@dataclass(frozen=True)
class IndicatorRow:
    tt: str                     # the appendix's TT column: group number, indicator id, "-" for a sub-row
    id: str
    level: str                  # group | indicator | sub
    name: str
    unit: str
    targets: tuple[tuple[int, str], ...]   # (milestone, target as written)
    value: str                  # the year's value as the site shows it, "" when none
    kind: str                   # ước tính / sơ bộ / chính thức, "" when none
    status: str | None          # status code of the assessment (None on group rows)
    status_label: str
    reason: str
    milestone: int | None


@dataclass(frozen=True)
class Behind:
    """Who is behind on one indicator in the year, from its breakdown (the site's reading of the targets)."""
    id: str
    name: str
    by: str                     # "xã, thị trấn"
    sentence: str


@dataclass(frozen=True)
class Remark:
    """One difficulty or proposal, with who raised it and for which task."""
    agency: str
    name: str
    task: str | None
    text: str


@dataclass(frozen=True)
class BudgetLine:
    agency: str
    name: str
    estimate: float | None
    spent: float | None
    note: str | None


@dataclass(frozen=True)
class YearReport:
    """The synthesised report for one year (plan section V.3), or one body's own report."""
    year: int
    kind: str                   # tong-hop | co-quan
    sender: Body
    recipients: tuple[Body, ...]
    place: str
    deadline: dt.date
    plan_ref: str               # how the body text names the plan
    plan_short: str             # the plan's short title, for the document's summary line
    appendix_title: str         # the plan's appendix heading ("CÁC MỤC TIÊU CỤ THỂ")
    submissions: tuple[Submission, ...]
    tasks: tuple[TaskResult, ...]
    indicators: tuple[IndicatorRow, ...]
    difficulties: tuple[Remark, ...]
    proposals: tuple[Remark, ...]
    budget: tuple[BudgetLine, ...]
    illustrative: bool
    # Duties whose body had ended by the deadline with no recorded successor: (agency, name, items).
    unowned: tuple[tuple[str, str, int], ...] = ()
    behind: tuple[Behind, ...] = ()    # the year's breakdowns that name someone behind

    @property
    def bodies_note(self) -> str | None:
        return bodies_note((self.sender, *self.recipients))

    @property
    def reported(self) -> tuple[Submission, ...]:
        return tuple(s for s in self.submissions if s.state != "chua-bao-cao")

    @property
    def missing(self) -> tuple[Submission, ...]:
        return tuple(s for s in self.submissions if s.state == "chua-bao-cao")

    def by_state(self, state: str) -> tuple[Submission, ...]:
        return tuple(s for s in self.submissions if s.state == state)

    @property
    def budget_totals(self) -> tuple[float | None, float | None]:
        est = [b.estimate for b in self.budget if b.estimate is not None]
        spent = [b.spent for b in self.budget if b.spent is not None]
        return (sum(est) if est else None, sum(spent) if spent else None)

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for r in self.indicators:
            if r.status:
                counts[r.status] += 1
        return counts

    @property
    def with_value(self) -> int:
        return sum(1 for r in self.indicators if r.value)

    @property
    def assessed_rows(self) -> int:
        return sum(1 for r in self.indicators if r.status)


def milestone_targets(project: Project, ind_id: str) -> tuple[tuple[int, str], ...]:
    """The targets as the appendix writes them, one per milestone of the plan."""
    info = project.indicators[ind_id]
    return tuple((m, info.target(m).text) for m in project.milestones)


def _submission(project: Project, agency: str, owed, report: ReportInfo | None, due: dt.date) -> Submission:
    name = project.agency_name(agency)
    # A body that filed and then ended owes nothing on the deadline: count what its report holds.
    done = sum(e.present for e in owed) if owed or report is None else len(report.indicator_ids) + len(report.task_ids)
    if report is None:
        return Submission(agency, name, None, None, "chua-bao-cao", len(owed), done, False)
    if report.submitted is None:
        state = "khong-ghi-ngay"
    else:
        state = "dung-han" if report.submitted <= due else "tre-han"
    return Submission(agency, name, report.path, report.submitted, state, len(owed), done, report.illustrative)


def _task_results(project: Project, year: int, task_ids) -> tuple[TaskResult, ...]:
    out = []
    for tid in task_ids:
        t = project.tasks[tid]
        rep = next((r for r in project.task_reports.get(tid, []) if r.year == year), None)
        out.append(TaskResult(
            tid, short_title(t, 200), t.lead.as_written if t.lead else "",
            rep.status if rep else None, rep.summary if rep else None, rep.results if rep else (),
            project.agency_name(rep.agency) if rep else None))
    return tuple(out)


def _indicator_row(project: Project, ind_id: str, year: int, tt: str, level: str) -> IndicatorRow:
    info = project.indicators[ind_id]
    values = [rv for rv in project.values.get(ind_id, []) if rv.current.year <= year]
    this_year = next((rv.current for rv in values if rv.current.year == year), None)
    # A parent row reported through its sub-rows has no target or value of its own: nothing to assess.
    if info.reported_through_sub_rows:
        status, label, reason, milestone = None, "", "", None
    else:
        a = indicator_view(info, values, year, project.milestones).headline
        status, label, reason, milestone = a.status, LABELS[a.status], a.reason, a.milestone
    return IndicatorRow(
        tt, ind_id, level, info.name, info.unit, milestone_targets(project, ind_id),
        value_text(this_year.observed, info.unit) if this_year else "",
        VALUE_KIND_LABELS[this_year.kind] if this_year else "", status, label, reason, milestone)


def indicator_rows(project: Project, year: int, only: set[str] | None = None) -> tuple[IndicatorRow, ...]:
    """The appendix's rows in its order: group rows, indicators, their sub-rows ("-" in TT)."""
    rows = []
    for g in project.groups:
        ids = [i for i in g.indicator_ids if only is None or i in only
               or any(s in only for s in project.indicators[i].sub_ids)]
        if not ids:
            continue
        rows.append(IndicatorRow(g.id, g.id, "group", g.name, "", (), "", "", None, "", "", None))
        for i in ids:
            rows.append(_indicator_row(project, i, year, i, "indicator"))
            for s in project.indicators[i].sub_ids:
                if only is None or s in only or i in only:
                    rows.append(_indicator_row(project, s, year, "-", "sub"))
    return tuple(rows)


def _remarks(project: Project, reports: list[ReportInfo], year: int) -> tuple[tuple[Remark, ...], tuple[Remark, ...]]:
    difficulties, proposals = [], []
    task_order = {t: n for n, t in enumerate(project.tasks)}
    for r in reports:
        name = project.agency_name(r.agency)
        difficulties += [Remark(r.agency, name, None, x) for x in r.difficulties]
        proposals += [Remark(r.agency, name, None, x) for x in r.proposals]
        task_reps = [tr for rows in project.task_reports.values() for tr in rows
                     if tr.year == year and tr.report_file == r.path]
        for tr in sorted(task_reps, key=lambda tr: task_order[tr.task_id]):
            difficulties += [Remark(r.agency, name, tr.task_id, x) for x in tr.difficulties]
            proposals += [Remark(r.agency, name, tr.task_id, x) for x in tr.proposals]
    return tuple(difficulties), tuple(proposals)


def _budget(project: Project, reports: list[ReportInfo]) -> tuple[BudgetLine, ...]:
    return tuple(BudgetLine(r.agency, project.agency_name(r.agency), r.budget.estimate, r.budget.spent, r.budget.note)
                 for r in reports if r.budget is not None)


def plan_reference(project: Project) -> str:
    """'Kế hoạch số /KH-UBND năm … của Ủy ban nhân dân … về triển khai …', number as written."""
    p = project.plan
    number = p.number.value or p.number.as_written.replace(NUMBER_LABEL, "").strip()
    issuer = project.agencies[p.issuer]
    title = p.title[:1].lower() + p.title[1:]
    return T.PLAN_REFERENCE.vi.format(number=number, year=p.place_date.year, issuer=issuer.full_name or issuer.name,
                                      title=title)


def _plan_names(project: Project) -> tuple[str, str, str]:
    p = project.plan
    return plan_reference(project), p.short_title, p.appendix.title if p.appendix else ""


def _reports_of(project: Project, year: int) -> list[ReportInfo]:
    return sorted((r for r in project.reports if r.year == year), key=lambda r: vi_sort_key(project.agency_name(r.agency)))


def behind_rows(project: Project, year: int, only: set[str] | None = None) -> tuple[Behind, ...]:
    """Each indicator's breakdowns of the year that name a commune or group behind, in plan order."""
    out = []
    for ind_id, info in project.indicators.items():
        if only is not None and ind_id not in only:
            continue
        values = [rv for rv in project.values.get(ind_id, []) if rv.current.year <= year]
        if not any(rv.current.year == year and rv.current.parts for rv in values):
            continue
        view = indicator_view(info, values, year, project.milestones, project.dimensions)
        out += [Behind(ind_id, info.name, b.label.lower(), b.behind.sentence) for b in view.breakdowns
                if b.behind and b.behind.cells and b.behind.year == year]
    return tuple(out)


def synthesised(project: Project, year: int) -> YearReport:
    """The synthesising agency's evaluation of the year, to the recipient the plan names."""
    r = project.plan.responsibilities
    yr = r.yearly_report
    due = deadline(project, year)
    reports = _reports_of(project, year)
    by_agency = {r.agency: r for r in reports}
    duties = year_duties(project, year)
    owed = {a: d.expected for a, d in duties.duties.items()}
    ended: dict[str, int] = {}
    for u in duties.unowned:
        ended[u.expected.named] = ended.get(u.expected.named, 0) + 1
    unowned = tuple(sorted(((a, project.agency_name(a), n) for a, n in ended.items()), key=lambda x: vi_sort_key(x[1])))
    submissions = tuple(sorted(
        (_submission(project, a, owed.get(a, ()), by_agency.get(a), due) for a in set(owed) | set(by_agency)),
        key=lambda s: vi_sort_key(s.name)))
    difficulties, proposals = _remarks(project, reports, year)
    recipients = tuple(body(project, a, due) for a in dict.fromkeys(x for x in (yr.to, r.report_to) if x))
    return YearReport(
        year, "tong-hop", body(project, yr.by, due), recipients,
        project.plan.place_date.place, due, *_plan_names(project), submissions,
        _task_results(project, year, project.tasks), indicator_rows(project, year), difficulties, proposals,
        _budget(project, reports), any(r.illustrative for r in reports), unowned, behind_rows(project, year))


def body_report(project: Project, year: int, agency: str, duties: YearDuties | None = None) -> YearReport:
    """One body's own report for the year, as it would send it to the synthesising agency.
    `duties`: the year's year_duties, when the caller writes every body's report (computed once, not per body)."""
    org = project.plan.responsibilities
    due = deadline(project, year)
    report = next(r for r in project.reports if r.year == year and r.agency == agency)
    duty = (duties or year_duties(project, year)).duties.get(agency)
    owed = duty.expected if duty else ()
    difficulties, proposals = _remarks(project, [report], year)
    tasks = [t for t in project.tasks.values() if t.lead and agency in t.lead.agencies]
    tasks_reported = {tr.task_id for rows in project.task_reports.values() for tr in rows
                      if tr.year == year and tr.report_file == report.path}
    task_ids = [t.id for t in tasks] + [t for t in project.tasks if t in tasks_reported and t not in {x.id for x in tasks}]
    own = {i.id for i in project.indicators.values() if i.reporting_agency == agency} | set(report.indicator_ids)
    return YearReport(
        year, "co-quan", body(project, agency, due),
        tuple(body(project, a, due) for a in dict.fromkeys(x for x in (org.report_to, org.report_via) if x)),
        project.plan.place_date.place, due, *_plan_names(project),
        (_submission(project, agency, owed, report, due),), _task_results(project, year, task_ids),
        indicator_rows(project, year, own), difficulties, proposals, _budget(project, [report]), report.illustrative,
        behind=behind_rows(project, year, set(report.indicator_ids)))


def reported_years(project: Project) -> list[int]:
    """Years with reports, when the plan says who synthesises them (no yearly report otherwise)."""
    if project.plan.responsibilities.yearly_report is None:
        return []
    return sorted({r.year for r in project.reports})


def reporting_bodies(project: Project, year: int) -> list[str]:
    return [r.agency for r in _reports_of(project, year)]


def file_names(project: Project, year: int) -> dict[str, str]:
    """Document file name → agency id ('' for the synthesised report), in the order they are printed."""
    names = {f"bao-cao-tong-hop-nam-{year}.docx": ""}
    names.update({f"bao-cao-nam-{year}-{a}.docx": a for a in reporting_bodies(project, year)})
    return names


__all__ = ["BUDGET_UNIT", "Body", "YearReport", "body_report", "file_names", "money", "reported_years",
           "synthesised", "who_answers"]
