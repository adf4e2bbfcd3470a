"""A plan's tasks (plan/<id>/tasks.yml): unique ids, groups and subgroups that exist, lead and
coordinating bodies in the registry, timeframes that say their year."""
from __future__ import annotations

from generator.checks import messages as M
from generator.checks.checker import Checker


def check_tasks(c: Checker) -> None:
    f = c.src.tasks
    if not f:
        return
    groups = {g.id: g for g in f.data.groups}
    c.unique(f, f.data.groups, ("groups",), {}, *M.TASK_GROUP_ID)
    c.unique(f, f.data.tasks, ("tasks",), {}, *M.TASK_ID)
    c.task_ids = {t.id for t in f.data.tasks}
    for i, t in enumerate(f.data.tasks):
        if t.group not in groups:
            c.ref(f, ("tasks", i, "group"), t.group, set(groups), *M.TASK_GROUP)
        elif t.subgroup and t.subgroup not in {s.id for s in groups[t.group].subgroups}:
            c.say(f, ("tasks", i, "subgroup"), M.SUBGROUP_UNKNOWN(subgroup=t.subgroup, group=t.group))
        for role in ("lead", "coordinating"):
            a = getattr(t, role)
            for j, ag in enumerate(a.agencies if a else []):
                c.ref(f, ("tasks", i, role, "agencies", j), ag, c.agency_ids, *M.AGENCY)
        if t.timeframe and t.timeframe.kind == "tu-nam" and t.timeframe.start_year is None:
            c.say(f, ("tasks", i, "timeframe"), M.FROM_YEAR_NEEDS_START())
        if t.timeframe and t.timeframe.kind == "den-nam" and t.timeframe.end_year is None:
            c.say(f, ("tasks", i, "timeframe"), M.UNTIL_YEAR_NEEDS_END())
