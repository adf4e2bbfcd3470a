"""Stage 3: where each target stands, and the roll-ups citizens read first.

Pure functions of the validated Project; nothing here formats HTML.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.data.amendments import Revision, in_force
from generator.data.bodies import Answer
from generator.compute.breakdowns import Breakdown, breakdowns
from generator.data.dimensions import Dimensions
from generator.data.project import IndicatorInfo, Project, ReportedValue, TaskReportInfo
from generator.compute.status import Assessment, Observation, assess, headline_milestone, rollup


@dataclass(frozen=True)
class IndicatorView:
    info: IndicatorInfo
    values: tuple[ReportedValue, ...]
    assessments: tuple[Assessment, ...]     # one per milestone of the plan, in year order
    headline: Assessment                    # the milestone citizens should look at now
    breakdowns: tuple[Breakdown, ...] = ()  # values by category, when reported (never what status is computed on)

    @property
    def latest(self) -> ReportedValue | None:
        return self.values[-1] if self.values else None

    @property
    def illustrative(self) -> bool:
        return any(rv.current.illustrative for rv in self.values)


@dataclass(frozen=True)
class TaskView:
    id: str
    reports: tuple[TaskReportInfo, ...]

    @property
    def latest(self) -> TaskReportInfo | None:
        return self.reports[-1] if self.reports else None


@dataclass(frozen=True)
class Expected:
    """One thing owed for a reporting year, and whether it came in."""
    kind: str          # "task" | "indicator"
    id: str
    present: bool
    named: str         # the body the plan (or, for indicators, the site) gave it to


@dataclass(frozen=True)
class AgencyDuty:
    agency: str        # the body that owes it on the deadline: the one named, or its recorded successor
    year: int
    expected: tuple[Expected, ...]
    report_path: str | None
    submitted: dt.date | None

    @property
    def missing(self) -> tuple[Expected, ...]:
        return tuple(e for e in self.expected if not e.present)

    @property
    def inherited(self) -> tuple[Expected, ...]:
        return tuple(e for e in self.expected if e.named != self.agency)


@dataclass(frozen=True)
class Unowned:
    """A duty whose body had ended by the deadline with no recorded successor: no one owes it."""
    expected: Expected
    answer: Answer


@dataclass(frozen=True)
class YearDuties:
    year: int
    deadline: dt.date
    duties: dict[str, AgencyDuty]      # by the body that owes them
    unowned: tuple[Unowned, ...]

    @property
    def owed(self) -> int:
        return sum(len(d.expected) for d in self.duties.values())

    @property
    def received(self) -> int:
        return sum(len(d.expected) - len(d.missing) for d in self.duties.values())

    @property
    def received_unowned(self) -> int:
        return sum(u.expected.present for u in self.unowned)


@dataclass
class Computed:
    project: Project
    indicators: dict[str, IndicatorView]
    tasks: dict[str, TaskView]
    reporting_year: int
    as_of: dt.date
    duties: dict[str, AgencyDuty]            # by agency, for reporting_year
    years: dict[int, YearDuties]             # every plan year up to the later of reporting_year and as_of
    original: Project | None = None          # the plan as issued, when amendments are in force (project is as amended)
    history: dict[tuple[str, str], list[Revision]] = field(default_factory=dict)   # by (kind, id), oldest first
    withdrawn: dict[tuple[str, str], Revision] = field(default_factory=dict)

    def counts(self, ids) -> dict[str, int]:
        return rollup(self.indicators[i].headline.status for i in ids)

    def group_ids(self, group_id: str) -> list[str]:
        return [i for i, v in self.indicators.items() if v.info.group_id == group_id]

    @property
    def illustrative(self) -> bool:
        return any(r.illustrative for r in self.project.reports)


def _observations(values: tuple[ReportedValue, ...]) -> list[Observation]:
    return [Observation(rv.current.year, rv.current.observed) for rv in values]


def indicator_view(info: IndicatorInfo, values: list[ReportedValue], year: int,
                   milestones: tuple[int, ...], dims: Dimensions | None = None) -> IndicatorView:
    values = tuple(values)
    obs = _observations(values)
    levels = list(info.levels) if info.levels else None
    assessments = tuple(assess(info.target(m), m, obs, info.direction, info.unit, levels) for m in milestones)
    head = assessments[milestones.index(headline_milestone(info, year, milestones))]
    parts = breakdowns(info, values, dims, head.milestone, milestones) if dims else ()
    return IndicatorView(info, values, assessments, head, parts)


def deadline(project: Project, year: int) -> dt.date:
    """The year's reporting deadline the plan sets; the year's end when it sets none."""
    yearly = project.plan.responsibilities.yearly_report
    return dt.date(year, yearly.due.month, yearly.due.day) if yearly else dt.date(year, 12, 31)


def expected_reports(project: Project, year: int) -> list[Expected]:
    """What the plan, as in force on the year's deadline, asks for: a report on every task from each lead body,
    a value for every indicator."""
    project, _, withdrawn = in_force(project, deadline(project, year))
    out: list[Expected] = []
    reported_values = {(rv.current.indicator_id, rv.current.year) for rows in project.values.values() for rv in rows}
    reported_tasks = {(r.task_id, r.year) for rows in project.task_reports.values() for r in rows}
    for t in project.tasks.values():
        if ("task", t.id) in withdrawn:
            continue
        for a in (t.lead.agencies if t.lead else []):
            out.append(Expected("task", t.id, (t.id, year) in reported_tasks, a))
    for ind in project.indicators.values():
        # A parent row with sub-rows is reported through its sub-rows.
        if ind.reported_through_sub_rows:
            continue
        if ("indicator", ind.id) in withdrawn:
            continue
        out.append(Expected("indicator", ind.id, (ind.id, year) in reported_values, ind.reporting_agency))
    return out


def year_duties(project: Project, year: int) -> YearDuties:
    """Who owes each duty on the year's deadline: the named body, its recorded successor, or no one."""
    due = deadline(project, year)
    owed: dict[str, list[Expected]] = {}
    unowned: list[Unowned] = []
    for e in expected_reports(project, year):
        ans = project.answer(e.named, due)
        if ans.has_body:
            owed.setdefault(ans.current, []).append(e)
        else:
            unowned.append(Unowned(e, ans))
    reports = {(r.agency, r.year): r for r in project.reports}
    duties = {}
    for agency, expected in owed.items():
        r = reports.get((agency, year))
        duties[agency] = AgencyDuty(agency, year, tuple(expected), r.path if r else None, r.submitted if r else None)
    return YearDuties(year, due, duties, tuple(unowned))


def compute(project: Project, as_of: dt.date) -> Computed:
    original = project
    project, history, withdrawn = in_force(project, as_of)
    years = [r.year for r in project.reports]
    reporting_year = max(years) if years else min(project.plan.period.start, as_of.year)
    indicators = {i: indicator_view(info, project.values.get(i, []), reporting_year, project.milestones, project.dimensions)
                  for i, info in project.indicators.items()}
    tasks = {t: TaskView(t, tuple(project.task_reports.get(t, []))) for t in project.tasks}
    last = min(project.plan.period.end, max(reporting_year, as_of.year))
    by_year = {y: year_duties(original, y) for y in sorted({*range(project.plan.period.start, last + 1), reporting_year})}
    return Computed(project, indicators, tasks, reporting_year, as_of, by_year[reporting_year].duties, by_year,
                    original if history else None, history, withdrawn)
