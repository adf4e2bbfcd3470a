"""Indicator groups (indicators/<plan>/*.yml): ids under their group, targets that read at the plan's
milestones, declared columns, who reports, and each indicator's breakdowns (breakdowns.py)."""
from __future__ import annotations

from generator.checks import messages as M
from generator.checks.checker import Checker
from generator.data.load import SourceFile
from generator.data.model import Indicator
from generator.data.targets import TargetError, parse_target


def check_groups(c: Checker) -> None:
    seen_groups: dict = {}
    for f in c.src.groups:
        g = f.data
        if g.id in seen_groups:
            c.say(f, ("id",), M.GROUP_DUPLICATE(id=g.id, other=seen_groups[g.id]))
        seen_groups[g.id] = f.path
        _assigned(c, f, ("assigned",), g.assigned)
        if not g.assigned.reporting_agency:
            c.say(f, ("assigned",), M.GROUP_NEEDS_REPORTER())
        for i, ind in enumerate(g.indicators):
            _indicator(c, f, ("indicators", i), ind, g.id, None)


def _assigned(c: Checker, f: SourceFile, where: tuple, a) -> None:
    if a is None:
        return
    if a.reporting_agency:
        c.ref(f, where + ("reporting_agency",), a.reporting_agency, c.agency_ids, *M.AGENCY)
    for j, t in enumerate(a.tasks):
        c.ref(f, where + ("tasks", j), t, c.task_ids, *M.TASK)


def _indicator(c: Checker, f: SourceFile, where: tuple, ind: Indicator, group_id: str, parent: Indicator | None):
    if ind.id in c.indicators:
        _, _, _, other, other_where = c.indicators[ind.id]
        at = f"{other.path}:{other.positions.of(other_where + ('id',))[0]}"
        c.say(f, where + ("id",), M.INDICATOR_DUPLICATE(id=ind.id, at=at))
    else:
        c.indicators[ind.id] = (ind, group_id, parent.id if parent else None, f, where)
    if ind.levels is not None and len(set(ind.levels)) != len(ind.levels) or (ind.levels is not None and len(ind.levels) < 2):
        c.say(f, where + ("levels",), M.LEVELS_TOO_FEW())
    plan = c.src.plan.data if c.src.plan else None
    _targets(c, f, where, ind, plan.milestones if plan else list(ind.targets))
    if plan is not None:
        for key, declared, what in (("marks", {m.id for m in plan.marks}, M.MARK_COLUMN),
                                    ("baselines", {b.id for b in plan.baselines}, M.BASELINE_COLUMN)):
            for j, mid in enumerate(getattr(ind, key)):
                c.ref(f, where + (key, mid if key == "baselines" else j), mid, declared, *what)
    _assigned(c, f, where + ("assigned",), ind.assigned)
    c.breakdowns.indicator(f, where, ind)
    for j, sub in enumerate(ind.sub_indicators):
        if parent is not None:
            c.say(f, where + ("sub_indicators",), M.NO_SUB_SUB_INDICATORS(), key=True)
        _indicator(c, f, where + ("sub_indicators", j), sub, group_id, ind)


def _targets(c: Checker, f: SourceFile, where: tuple, ind: Indicator, milestones) -> None:
    """A target at each milestone the plan declares, none elsewhere, each one readable."""
    for year, text in ind.targets.items():
        if year not in milestones:
            declared = ", ".join(map(str, milestones)) or M.NONE_DECLARED()[0]
            c.say(f, where + ("targets", str(year)), M.TARGET_NOT_AT_MILESTONE(year=year, milestones=declared),
                  M.TARGET_NOT_AT_MILESTONE_HINT(), key=True)
            continue
        try:
            parse_target(text, list(ind.levels) if ind.levels else None)
        except TargetError as e:   # worded, in both languages, by data/messages.py
            c.add(f, where + ("targets", str(year)), e.vi, e.en)
    missing = [str(m) for m in milestones if m not in ind.targets]
    if missing:
        c.say(f, where + ("targets",) if "targets" in ind.model_fields_set else where,
              M.TARGET_MISSING(id=ind.id, years=", ".join(missing)))


def target_numbers(ind: Indicator) -> list[float]:
    """Every number the indicator's targets name, whatever milestones the plan declares."""
    out = []
    for text in ind.targets.values():
        try:
            t = parse_target(text, list(ind.levels) if ind.levels else None)
        except TargetError:
            continue  # reported on its own
        out += [x for x in (t.value, t.low, t.high) if x is not None]
    return out
