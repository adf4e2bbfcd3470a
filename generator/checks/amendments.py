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
            when = vi_date(plan.place_date.date) if plan.place_date.date else M.IN_YEAR(year=plan.place_date.year)[0]
            c.say(f, ("effective",), M.EFFECTIVE_BEFORE_PLAN(date_vi=vi_date(a.effective), issued=when,
                                                             date_en=a.effective.isoformat()),
                  M.EFFECTIVE_BEFORE_PLAN_HINT())
        for i, ch in enumerate(a.changes):
            _change(c, f, ("changes", i), a, ch, same_day)


def _change(c: Checker, f: SourceFile, where: tuple, a, ch, same_day: dict) -> None:
    kind, item_id = split_item(ch.item)
    known = {"task": c.task_ids, "indicator": set(c.indicators) if c.src.groups else None}.get(kind)
    if kind not in FIELDS:
        c.say(f, where + ("item",), M.ITEM_PREFIX(item=ch.item))
        return
    if known is not None and item_id not in known:
        c.say(f, where + ("item",), M.ITEM_UNKNOWN(label_vi=ITEM_LABELS[kind].capitalize(), label_en=kind.capitalize(),
                                                   id=item_id), did_you_mean(item_id, sorted(known)))
        return
    fields = field_names(kind, c.src.plan.data.milestones if c.src.plan else ())
    if ch.action == "withdraw":
        if ch.field is not None:
            c.say(f, where + ("field",), M.WITHDRAW_TAKES_NO_FIELD())
    elif ch.field not in fields:
        c.say(f, where + (("field",) if ch.field else ()),
              M.FIELD_NOT_AMENDABLE(field=ch.field, label_vi=ITEM_LABELS[kind], label_en=kind, allowed=", ".join(fields)),
              did_you_mean(str(ch.field), fields) if ch.field else (None, None))
        return
    elif known is not None:
        _new_value(c, f, where, kind, item_id, ch)
    key = (kind, item_id, ch.field or "*", a.effective)
    if key in same_day:
        field_vi, field_en = (ch.field, ch.field) if ch.field else M.WHOLE_ITEM()
        c.say(f, where + ("item",), M.SAME_DAY(field_vi=field_vi, field_en=field_en, label_vi=ITEM_LABELS[kind],
                                               label_en=kind, id=item_id, date_vi=vi_date(a.effective),
                                               date_en=a.effective.isoformat(), other=same_day[key]),
              M.SAME_DAY_HINT())
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
        c.add(f, where + ("value",), str(e), M.NEW_VALUE_UNREADABLE_EN.format(field=ch.field))
        return
    for role in ("lead", "coordinating"):
        if ch.field == role and value is not None:
            for j, ag in enumerate(value.agencies):
                c.ref(f, where + ("value", "agencies", j), ag, c.agency_ids, *M.AGENCY)
