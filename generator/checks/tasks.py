"""A plan's tasks (plan/<id>/tasks.yml): unique ids, groups and subgroups that exist, lead and
coordinating bodies in the registry, timeframes that say their year."""
from __future__ import annotations

from generator.checks.checker import Checker


def check_tasks(c: Checker) -> None:
    f = c.src.tasks
    if not f:
        return
    groups = {g.id: g for g in f.data.groups}
    c.unique(f, f.data.groups, ("groups",), {}, "Mã nhóm nhiệm vụ", "task group id")
    c.unique(f, f.data.tasks, ("tasks",), {}, "Mã nhiệm vụ", "task id")
    c.task_ids = {t.id for t in f.data.tasks}
    for i, t in enumerate(f.data.tasks):
        if t.group not in groups:
            c.ref(f, ("tasks", i, "group"), t.group, set(groups), "Nhóm nhiệm vụ", "Task group")
        elif t.subgroup and t.subgroup not in {s.id for s in groups[t.group].subgroups}:
            c.add(f, ("tasks", i, "subgroup"), f"Nhóm con '{t.subgroup}' không có trong nhóm {t.group}.",
                  f"Subgroup '{t.subgroup}' is not in group {t.group}.")
        for role in ("lead", "coordinating"):
            a = getattr(t, role)
            for j, ag in enumerate(a.agencies if a else []):
                c.ref(f, ("tasks", i, role, "agencies", j), ag, c.agency_ids, "Cơ quan", "Agency")
        if t.timeframe and t.timeframe.kind == "tu-nam" and t.timeframe.start_year is None:
            c.add(f, ("tasks", i, "timeframe"), "Thời gian 'tu-nam' cần có start_year.",
                  "Timeframe 'tu-nam' needs start_year.")
        if t.timeframe and t.timeframe.kind == "den-nam" and t.timeframe.end_year is None:
            c.add(f, ("tasks", i, "timeframe"), "Thời gian 'den-nam' cần có end_year.",
                  "Timeframe 'den-nam' needs end_year.")
