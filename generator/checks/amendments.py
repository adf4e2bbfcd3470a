"""Amendments (plan/<id>/amendments/*.yml): each change names an item and field that exist, a value
that reads, and a date the plan allows; two documents do not change the same thing the same day."""
from __future__ import annotations

import datetime as dt

from generator.checks import messages as M
from generator.checks.checker import Checker
from generator.data.amendments import FIELDS, ITEM_LABELS, field_names, read_value, split_item
from generator.data.load import SourceFile
from generator.data.problems import did_you_mean
from generator.text.dates import vi_date


def check_amendments(c: Checker) -> None:
    plan = c.src.plan.data if c.src.plan else None
    issued = (plan.place_date.date or dt.date(plan.place_date.year, 1, 1)) if plan else None
    same_day: dict[tuple, str] = {}
    for f in c.src.amendments:
        a = f.data
        c.ref(f, ("issuer",), a.issuer, c.agency_ids, *M.AGENCY)
        if issued and a.effective < issued:
            when = vi_date(plan.place_date.date) if plan.place_date.date else f"năm {plan.place_date.year}"
            c.add(f, ("effective",), f"Văn bản có hiệu lực ngày {vi_date(a.effective)}, trước khi kế hoạch được "
                  f"ban hành ({when}).", f"Effective {a.effective.isoformat()}, before the plan was issued.",
                  ("kiểm tra lại ngày hiệu lực", "check the effective date"))
        for i, ch in enumerate(a.changes):
            _change(c, f, ("changes", i), a, ch, same_day)


def _change(c: Checker, f: SourceFile, where: tuple, a, ch, same_day: dict) -> None:
    kind, item_id = split_item(ch.item)
    known = {"task": c.task_ids, "indicator": set(c.indicators) if c.src.groups else None}.get(kind)
    if kind not in FIELDS:
        c.add(f, where + ("item",), f"Mục '{ch.item}' phải bắt đầu bằng 'task:' hoặc 'indicator:'.",
              f"Item '{ch.item}' must start with 'task:' or 'indicator:'.")
        return
    if known is not None and item_id not in known:
        c.add(f, where + ("item",), f"{ITEM_LABELS[kind].capitalize()} '{item_id}' không có trong kế hoạch.",
              f"{kind.capitalize()} '{item_id}' is not in the plan.", did_you_mean(item_id, sorted(known)))
        return
    fields = field_names(kind, c.src.plan.data.milestones if c.src.plan else ())
    if ch.action == "withdraw":
        if ch.field is not None:
            c.add(f, where + ("field",), "Bãi bỏ cả mục (action: withdraw) không ghi 'field'.",
                  "Withdrawing an item takes no 'field'.")
    elif ch.field not in fields:
        allowed = ", ".join(fields)
        c.add(f, where + (("field",) if ch.field else ()), f"Trường '{ch.field}' không sửa được ở {ITEM_LABELS[kind]}; "
              f"dùng một trong: {allowed}.", f"Field '{ch.field}' cannot be amended on a {kind}; use one of: {allowed}.",
              did_you_mean(str(ch.field), fields) if ch.field else (None, None))
        return
    elif known is not None:
        _new_value(c, f, where, kind, item_id, ch)
    key = (kind, item_id, ch.field or "*", a.effective)
    if key in same_day:
        c.add(f, where + ("item",), f"Hai văn bản cùng sửa {ch.field or 'toàn bộ'} của {ITEM_LABELS[kind]} {item_id} "
              f"có hiệu lực cùng ngày {vi_date(a.effective)} (đã có ở {same_day[key]}).",
              f"Two amendments change {ch.field or 'the whole'} of {kind} {item_id} effective the same day "
              f"{a.effective.isoformat()} (already at {same_day[key]}).",
              ("gộp vào một văn bản, hoặc kiểm tra ngày hiệu lực", "merge them or check the dates"))
    else:
        same_day[key] = f"{f.path}:{f.positions.of(where)[0]}"


def _new_value(c: Checker, f: SourceFile, where: tuple, kind: str, item_id: str, ch) -> None:
    """The new value reads as the field's type; bodies it names are in the registry."""
    levels = None
    if kind == "indicator":
        ind = c.indicators[item_id][0]
        levels = list(ind.levels) if ind.levels else None
    try:
        value = read_value(kind, ch.field, ch.value, levels)
    except ValueError as e:
        c.add(f, where + ("value",), str(e), f"The new value of '{ch.field}' cannot be read.")
        return
    for role in ("lead", "coordinating"):
        if ch.field == role and value is not None:
            for j, ag in enumerate(value.agencies):
                c.ref(f, where + ("value", "agencies", j), ag, c.agency_ids, *M.AGENCY)
