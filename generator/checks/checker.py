"""What every check of one plan shares: the plan's files, the problems found so far, and what the
checks learn as they go (which bodies, tasks and indicators exist).

The checks themselves live by what they check (bodies, plans, tasks, indicators, reports,
amendments); family.py runs them in order, because later checks need what earlier ones learnt:
a report refers to tasks and indicators, an amendment to both.
"""
from __future__ import annotations

import datetime as dt

from generator.checks import messages as M
from generator.checks.breakdowns import BreakdownChecks
from generator.data.bodies import who_answers
from generator.data.load import SourceFile, Sources, plan_files
from generator.data.model import Indicator
from generator.data.problems import Problem, did_you_mean
from generator.text.numbers import CURLY_QUOTES


class Checker:
    """One plan's files checked against each other and the shared registry of bodies."""

    def __init__(self, src: Sources, agency_ids: set[str] | None):
        self.src = src
        self.problems: list[Problem] = []
        # None until the file defining them has been read: a reference cannot be checked
        # against a file that failed to load (its own problems are reported instead).
        self.agency_ids = agency_ids
        self.agency_map: dict = {}
        self.task_ids: set[str] | None = None
        self.indicators: dict[str, tuple[Indicator, str, str | None, SourceFile, tuple]] = {}
        self.breakdowns = BreakdownChecks(self)

    def add(self, f: SourceFile, where: tuple, vi: str, en: str, hint=(None, None), key=False):
        self.problems.append(f.problem(where, vi, en, hint, key))

    def say(self, f: SourceFile, where: tuple, message: tuple[str, str], hint=(None, None), key=False):
        """Report a message of the catalogue (messages.py): `M.NAME(field=…)` gives both languages."""
        self.add(f, where, *message, hint, key)

    def ref(self, f: SourceFile, where: tuple, value: str, known: set[str] | None, what_vi: str, what_en: str):
        # None: the file defining these ids failed to load and was reported already. An empty
        # set is a loaded file that defines nothing: then every reference is dangling.
        if known is not None and value not in known:
            hint = did_you_mean(value, sorted(known))
            if any(q in value for q in CURLY_QUOTES):
                hint = M.CURLY_QUOTES_HINT(bare=value.strip(CURLY_QUOTES + " "))
            self.say(f, where, M.UNKNOWN(what_vi=what_vi, what_en=what_en, value=value), hint)

    def unique(self, f: SourceFile, items, path: tuple, seen: dict, what_vi: str, what_en: str):
        for i, item in enumerate(items):
            if item.id in seen:
                self.say(f, path + (i, "id"), M.DUPLICATE(what_vi=what_vi, what_en=what_en, id=item.id, other=seen[item.id]))
            else:
                line, _ = f.positions.of(path + (i, "id"))
                seen[item.id] = f"{f.path}:{line}"

    # ------------------------------------------------ what the checks learnt, asked by later ones
    def reporting_agency(self, ind_id: str) -> str:
        ind, group_id, parent_id, _, _ = self.indicators[ind_id]
        for cand in (ind, self.indicators[parent_id][0] if parent_id else None):
            if cand is not None and cand.assigned and cand.assigned.reporting_agency:
                return cand.assigned.reporting_agency
        g = next(g for g in self.src.groups if g.data.id == group_id)
        return g.data.assigned.reporting_agency

    def group_unread(self, ind_id: str) -> bool:
        """True when the indicator's group may be in a file that could not be read.

        Ids are the document's (they need not start with their group's id), so while any
        indicator file failed to load an unknown id may be in it: that file's problem is
        reported already; saying '6.2 does not exist, did you mean 9.2?' would mislead.
        """
        return any(p.startswith("indicators/") for p in self.src.unread)

    @property
    def progress_dir(self) -> str:
        return plan_files(self.src.plan_id)["progress"]

    def filed_on(self, r) -> dt.date:
        """When a report was filed: its date, or else the plan's deadline for its year."""
        if r.submitted:
            return r.submitted
        yearly = self.src.plan.data.responsibilities.yearly_report if self.src.plan else None
        return dt.date(r.year, yearly.due.month, yearly.due.day) if yearly else dt.date(r.year, 12, 31)

    def answers_for(self, owner: str, r) -> bool:
        """A successor recorded in the registry reports what the plan gave the body it succeeded."""
        if owner not in self.agency_map:
            return False
        return who_answers(self.agency_map, owner, self.filed_on(r)).current == r.agency
