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
            c.add(f, ("id",), f"Nhóm chỉ tiêu '{g.id}' bị trùng với {seen_groups[g.id]}.",
                  f"Indicator group '{g.id}' duplicates {seen_groups[g.id]}.")
        seen_groups[g.id] = f.path
        _assigned(c, f, ("assigned",), g.assigned)
        if not g.assigned.reporting_agency:
            c.add(f, ("assigned",), "Nhóm chỉ tiêu cần 'reporting_agency' mặc định.",
                  "An indicator group needs a default 'reporting_agency'.")
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
    prefix = (parent.id if parent else group_id) + "."
    if not ind.id.startswith(prefix) or ind.id == prefix:
        c.add(f, where + ("id",), f"Mã chỉ tiêu '{ind.id}' phải bắt đầu bằng '{prefix}'.",
              f"Indicator id '{ind.id}' must start with '{prefix}'.")
    if ind.id in c.indicators:
        _, _, _, other, other_where = c.indicators[ind.id]
        at = f"{other.path}:{other.positions.of(other_where + ('id',))[0]}"
        c.add(f, where + ("id",), f"Mã chỉ tiêu '{ind.id}' bị trùng (đã có ở {at}).",
              f"Duplicate indicator id '{ind.id}' (already at {at}).")
    else:
        c.indicators[ind.id] = (ind, group_id, parent.id if parent else None, f, where)
    if ind.levels is not None and len(set(ind.levels)) != len(ind.levels) or (ind.levels is not None and len(ind.levels) < 2):
        c.add(f, where + ("levels",), "Thang mức cần ít nhất hai mức khác nhau.", "Levels need at least two distinct entries.")
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
            c.add(f, where + ("sub_indicators",), "Chỉ tiêu con không được có chỉ tiêu con.",
                  "A sub-indicator cannot have sub-indicators.", key=True)
        _indicator(c, f, where + ("sub_indicators", j), sub, group_id, ind)


def _targets(c: Checker, f: SourceFile, where: tuple, ind: Indicator, milestones) -> None:
    """A target at each milestone the plan declares, none elsewhere, each one readable."""
    for year, text in ind.targets.items():
        if year not in milestones:
            c.add(f, where + ("targets", str(year)),
                  f"Mục tiêu ghi ở năm {year}, nhưng kế hoạch không khai mốc này (milestones: {', '.join(map(str, milestones)) or 'không có'}).",
                  f"Target under {year}, which the plan does not declare as a milestone.",
                  ("thêm năm vào milestones trong plan.yml, hoặc sửa năm", "add the year to milestones in plan.yml, or fix it"), key=True)
            continue
        try:
            parse_target(text, list(ind.levels) if ind.levels else None)
        except TargetError as e:
            # targets.py words the Vietnamese (with its own fix); the English is ours.
            c.add(f, where + ("targets", str(year)), str(e), _target_error_en(text, ind.levels, str(e)))
    missing = [str(m) for m in milestones if m not in ind.targets]
    if missing:
        c.add(f, where + ("targets",) if "targets" in ind.model_fields_set else where,
              f"Chỉ tiêu {ind.id} thiếu mục tiêu cho mốc {', '.join(missing)} (ghi \"\" nếu ô để trống, \"-\" nếu không đặt).",
              f"Indicator {ind.id} has no target for milestone {', '.join(missing)} (\"\" for a blank cell, \"-\" for none).")


def _target_error_en(text: str, levels, message_vi: str) -> str:
    if levels:
        return f"Target '{text}' is not one of the indicator's levels ({', '.join(levels)})."
    if message_vi.startswith("Khoảng"):
        return f"Range '{text}' has its lower end above its upper end; swap them."
    if not any(c.isdigit() for c in text):
        return f"Target '{text}' is text, not a number: if the indicator is qualitative, add 'levels' containing '{text}'."
    return (f"Target '{text}' cannot be read. Accepted forms: 62,5 · <4 · ≥1 · 2-2,5 · - (none); "
            f"Vietnamese decimals use a comma.")


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
