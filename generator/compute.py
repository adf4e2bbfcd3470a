"""Stage 3: where each target stands, and the roll-ups citizens read first.

Pure functions of the validated Project; nothing here formats HTML.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .project import IndicatorInfo, Project, ReportedValue, TaskReportInfo
from .status import Assessment, Observation, assess, rollup


@dataclass(frozen=True)
class IndicatorView:
    info: IndicatorInfo
    values: tuple[ReportedValue, ...]
    assessments: tuple[Assessment, ...]     # one per milestone of the plan, in year order
    headline: Assessment                    # the milestone citizens should look at now

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
    """One thing an agency owes for a reporting year, and whether it came in."""
    kind: str          # "task" | "indicator"
    id: str
    present: bool


@dataclass(frozen=True)
class AgencyDuty:
    agency: str
    year: int
    expected: tuple[Expected, ...]
    report_path: str | None
    submitted: dt.date | None

    @property
    def missing(self) -> tuple[Expected, ...]:
        return tuple(e for e in self.expected if not e.present)


@dataclass
class Computed:
    project: Project
    indicators: dict[str, IndicatorView]
    tasks: dict[str, TaskView]
    reporting_year: int
    as_of: dt.date
    duties: dict[str, AgencyDuty]            # by agency, for reporting_year

    def counts(self, ids) -> dict[str, int]:
        return rollup(self.indicators[i].headline.status for i in ids)

    def group_ids(self, group_id: str) -> list[str]:
        return [i for i, v in self.indicators.items() if v.info.group_id == group_id]

    @property
    def illustrative(self) -> bool:
        return any(r.illustrative for r in self.project.reports)


def _observations(values: tuple[ReportedValue, ...]) -> list[Observation]:
    return [Observation(rv.current.year, rv.current.observed) for rv in values]


def headline_milestone(info: IndicatorInfo, year: int, milestones: tuple[int, ...]) -> int:
    """The next milestone not yet past that has a target; the last milestone when none is left."""
    for m in milestones:
        if year <= m and info.target(m).kind != "none":
            return m
    return milestones[-1]


def indicator_view(info: IndicatorInfo, values: list[ReportedValue], year: int,
                   milestones: tuple[int, ...]) -> IndicatorView:
    values = tuple(values)
    obs = _observations(values)
    levels = list(info.levels) if info.levels else None
    assessments = tuple(assess(info.target(m), m, obs, info.direction, info.unit, levels) for m in milestones)
    head = assessments[milestones.index(headline_milestone(info, year, milestones))]
    return IndicatorView(info, values, assessments, head)


def expected_reports(project: Project, year: int) -> dict[str, tuple[Expected, ...]]:
    """What each agency owes for a year: a report on every task it leads, a value for every indicator it reports."""
    owed: dict[str, list[Expected]] = {}
    reported_values = {(rv.current.indicator_id, rv.current.year) for rows in project.values.values() for rv in rows}
    reported_tasks = {(r.task_id, r.year) for rows in project.task_reports.values() for r in rows}
    for t in project.tasks.values():
        for a in (t.lead.agencies if t.lead else []):
            owed.setdefault(a, []).append(Expected("task", t.id, (t.id, year) in reported_tasks))
    for ind in project.indicators.values():
        # A parent row with sub-rows is reported through its sub-rows.
        if ind.reported_through_sub_rows:
            continue
        owed.setdefault(ind.reporting_agency, []).append(
            Expected("indicator", ind.id, (ind.id, year) in reported_values))
    return {a: tuple(e) for a, e in owed.items()}


def compute(project: Project, as_of: dt.date) -> Computed:
    years = [r.year for r in project.reports]
    reporting_year = max(years) if years else min(project.plan.period.start, as_of.year)
    indicators = {i: indicator_view(info, project.values.get(i, []), reporting_year, project.milestones)
                  for i, info in project.indicators.items()}
    tasks = {t: TaskView(t, tuple(project.task_reports.get(t, []))) for t in project.tasks}
    reports = {(r.agency, r.year): r for r in project.reports}
    duties = {}
    for agency, expected in expected_reports(project, reporting_year).items():
        r = reports.get((agency, reporting_year))
        duties[agency] = AgencyDuty(agency, reporting_year, expected, r.path if r else None, r.submitted if r else None)
    return Computed(project, indicators, tasks, reporting_year, as_of, duties)


@dataclass(frozen=True)
class AgencyReporting:
    agency: str
    tasks: int
    tasks_done: int
    indicators: int
    indicators_done: int
    done: int
    state: str                  # "du" (complete), "tre" (late, something missing), "thieu" (missing, not yet due)
    submitted: dt.date | None


@dataclass(frozen=True)
class ReportingStatus:
    deadline: dt.date
    agencies: tuple[AgencyReporting, ...]
    done: int
    total: int
    complete: int


def reporting_status(c: Computed) -> ReportingStatus:
    """Who has reported what for the reporting year, against the deadline the plan sets."""
    yearly = c.project.plan.responsibilities.yearly_report
    # A plan that sets no reporting date: the end of the reporting year is when anything counts as late.
    deadline = (dt.date(c.reporting_year, yearly.due.month, yearly.due.day) if yearly
                else dt.date(c.reporting_year, 12, 31))
    rows = []
    for a, d in c.duties.items():
        tasks = [e for e in d.expected if e.kind == "task"]
        inds = [e for e in d.expected if e.kind == "indicator"]
        n_done = len(d.expected) - len(d.missing)
        state = "du" if not d.missing else "tre" if c.as_of > deadline else "thieu"
        rows.append(AgencyReporting(a, len(tasks), sum(e.present for e in tasks), len(inds),
                                    sum(e.present for e in inds), n_done, state, d.submitted))
    return ReportingStatus(deadline, tuple(rows), sum(r.done for r in rows),
                           sum(len(d.expected) for d in c.duties.values()), sum(r.state == "du" for r in rows))
