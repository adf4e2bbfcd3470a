"""The validated plan as plain data: what every later stage reads.

Built by validate.check_family() (via assemble.py) only when the sources have no problems, so the
compute and render stages never meet a dangling reference.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from generator.data.bodies import Answer, who_answers
from generator.data.dimensions import Dimensions
from generator.data.model import Agency, Amendment, AsWritten, Budget, Document, Evidence, Plan, Task, TaskGroup, TaskLabels
from generator.data.targets import Target


def short_title(task: Task, limit: int) -> str:
    """A task's own heading, or its first clause cut at a word, for lists and comments."""
    if task.title:
        return task.title
    first = re.split(r"(?<=[.;:])\s", task.text, maxsplit=1)[0].rstrip(";:")
    return first if len(first) <= limit else first[: limit - 3].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class IndicatorInfo:
    id: str
    group_id: str
    parent_id: str | None
    name: str
    unit: str
    targets: dict[int, Target]         # by milestone year, as the plan declares them
    baselines: dict[str, str]          # by baseline column id: the cell as written
    marks: tuple[str, ...]             # mark columns with an X
    direction: str
    direction_basis: str
    direction_note: str | None
    levels: tuple[str, ...] | None
    as_written: AsWritten | None
    reporting_agency: str      # assigned by the site, never text of the plan
    tasks: tuple[str, ...]     # assigned by the site
    sub_ids: tuple[str, ...]
    source_file: str
    source_line: int
    same_as: tuple[tuple[str, str], ...] = ()   # (plan, indicator) with the same definition elsewhere
    breakdowns: tuple[tuple[str, ...], ...] = ()  # the breakdowns reports are asked for, each a tuple of dimension ids
    additive: bool = False                       # the parts of one dimension add up to the total
    notes: tuple = ()                            # IndicatorNote: other cells of the row, under their column's header

    @property
    def qualitative(self) -> bool:
        return self.levels is not None

    def target(self, milestone: int) -> Target:
        return self.targets.get(milestone) or Target("", "none")

    @property
    def reported_through_sub_rows(self) -> bool:
        """A parent row that sets no target of its own is reported through its sub-rows."""
        return bool(self.sub_ids) and all(t.kind == "none" for t in self.targets.values())


@dataclass(frozen=True)
class GroupInfo:
    id: str
    name: str
    as_written: AsWritten | None
    reporting_agency: str
    tasks: tuple[str, ...]
    indicator_ids: tuple[str, ...]   # top-level rows, in plan order
    source_file: str


@dataclass(frozen=True)
class PartValue:
    """One part of a reported value: the cell it is for and its number. Year, kind and source are the total's."""
    cell: tuple[tuple[str, str], ...]     # ((dimension, category), …) in the plan's dimension order
    number: float
    note: str | None
    line: int

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(d for d, _ in self.cell)


@dataclass(frozen=True)
class Value:
    indicator_id: str
    year: int
    number: float | None
    level: str | None
    kind: str
    source: str
    note: str | None
    agency: str
    report_year: int
    report_file: str
    line: int
    illustrative: bool
    parts: tuple[PartValue, ...] = ()
    source_url: str | None = None        # where to read the source, when the report gives it
    source_date: dt.date | None = None

    @property
    def observed(self) -> float | str:
        return self.level if self.level is not None else self.number


@dataclass(frozen=True)
class ReportedValue:
    """The value in force for one indicator and year, and what it replaced."""
    current: Value
    replaced: tuple[Value, ...] = ()

    @property
    def revised(self) -> bool:
        return bool(self.replaced)


@dataclass(frozen=True)
class TaskReportInfo:
    task_id: str
    year: int
    status: str
    summary: str
    results: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    agency: str
    report_file: str
    illustrative: bool
    difficulties: tuple[str, ...] = ()
    proposals: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportInfo:
    path: str
    agency: str
    year: int
    illustrative: bool
    submitted: dt.date | None
    indicator_ids: tuple[str, ...]
    task_ids: tuple[str, ...]
    difficulties: tuple[str, ...] = ()     # the body's own, for the year (task-level ones sit on TaskReportInfo)
    proposals: tuple[str, ...] = ()
    budget: Budget | None = None


@dataclass
class Project:
    """One plan, validated. `id` is its folder name under plan/; agencies are the shared registry."""
    plan: Plan
    agencies: dict[str, Agency]
    task_groups: list[TaskGroup]
    tasks: dict[str, Task]
    tasks_intro: str
    groups: list[GroupInfo]
    indicators: dict[str, IndicatorInfo]
    values: dict[str, list[ReportedValue]] = field(default_factory=dict)       # by indicator, sorted by year
    task_reports: dict[str, list[TaskReportInfo]] = field(default_factory=dict)  # by task, sorted by year
    reports: list[ReportInfo] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)    # sources of the bodies' changes
    amendments: list[Amendment] = field(default_factory=list)        # amending documents, by effective date
    id: str = ""
    agency_kinds: dict[str, str] = field(default_factory=dict)
    task_labels: TaskLabels = TaskLabels()
    tasks_heading: str | None = None
    tasks_layout: str = "list"
    dimensions: Dimensions = field(default_factory=lambda: Dimensions({}))
    source_files: tuple[str, ...] = ()   # the plan's own document in the repository (plan/<id>/van-ban.*)

    @property
    def milestones(self) -> tuple[int, ...]:
        return tuple(sorted(self.plan.milestones))

    def agency_name(self, agency_id: str) -> str:
        return self.agencies[agency_id].name

    def answer(self, agency_id: str, on: dt.date) -> Answer:
        """Who answers on a date for what the plan gave a body (see bodies.who_answers)."""
        return who_answers(self.agencies, agency_id, on)

    def without_illustrative(self) -> "Project":
        """The same plan with every illustrative report left out."""
        values = {}
        for ind, rows in self.values.items():
            kept = []
            for rv in rows:
                chain = [v for v in (*rv.replaced, rv.current) if not v.illustrative]
                if chain:
                    kept.append(ReportedValue(chain[-1], tuple(chain[:-1])))
            values[ind] = kept
        return Project(
            self.plan, self.agencies, self.task_groups, self.tasks, self.tasks_intro, self.groups, self.indicators,
            values,
            {t: [r for r in rs if not r.illustrative] for t, rs in self.task_reports.items()},
            [r for r in self.reports if not r.illustrative], self.documents, self.amendments,
            self.id, self.agency_kinds, self.task_labels, self.tasks_heading, self.tasks_layout, self.dimensions,
            self.source_files,
        )


@dataclass
class Family:
    """Every plan of the repository, by id, with the links the documents make between them."""
    plans: dict[str, Project]
    agencies: dict[str, Agency]
    urls: dict = field(default_factory=dict)   # plan id → urls.Urls, set by the build
    bodies: dict = field(default_factory=dict)  # plan id → ids of the bodies it involves (roles.involved), set by the build

    def same_indicator(self, plan_id: str, ind_id: str) -> list[tuple[str, str]]:
        """Every (plan, indicator) declared the same as this one, in either direction, itself excluded."""
        group, todo = {(plan_id, ind_id)}, [(plan_id, ind_id)]
        while todo:
            for there in self._same_links.get(todo.pop(), ()):
                if there not in group:
                    group.add(there)
                    todo.append(there)
        # Only the plans this site shows (a copy of one plan alone, extra.plansite.plans) have pages to link.
        order = {pid: n for n, pid in enumerate(self.plans)}
        return sorted((x for x in group - {(plan_id, ind_id)} if x[0] in order), key=lambda x: (order[x[0]], x[1]))

    def implementing(self, plan_id: str, task_id: str) -> list[tuple[str, str]]:
        """(plan, task) pairs whose task says it carries out this one."""
        return self._implementing.get((plan_id, task_id), [])

    def linked_plans(self, plan_id: str) -> set[str]:
        """Every plan whose data may show on this plan's pages: those joined to it, directly or through
        others, by an indicator declared the same or a task that carries out another (itself included)."""
        edges: dict[str, set[str]] = {}
        pairs = [(a[0], b[0]) for a, bs in self._same_links.items() for b in bs]
        pairs += [(a[0], b[0]) for a, bs in self._implementing.items() for b in bs]
        for a, b in pairs:
            edges.setdefault(a, set()).add(b)
            edges.setdefault(b, set()).add(a)
        seen, todo = {plan_id}, [plan_id]
        while todo:
            for other in edges.get(todo.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    # Indexes built once per build: item pages ask them for every task and indicator, so a
    # scan of every plan per page would make the build grow with the square of the plans.
    @functools.cached_property
    def _same_links(self) -> dict[tuple[str, str], set[tuple[str, str]]]:
        links: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for pid, p in self.plans.items():
            for i in p.indicators.values():
                for other in i.same_as:
                    links.setdefault((pid, i.id), set()).add(other)
                    links.setdefault(other, set()).add((pid, i.id))
        return links

    @functools.cached_property
    def _implementing(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        out: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for pid, p in self.plans.items():
            for t in p.tasks.values():
                for x in t.implements:
                    out.setdefault((x.plan, x.task), []).append((pid, t.id))
        return out
