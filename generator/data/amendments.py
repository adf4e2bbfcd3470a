"""Amendments: the plan as in force on a date, and what each amending document changed.

An amending document lists its changes item by item, keyed by (item, field path):
'indicator:6.5' + 'target_<year>', 'task:4.2' + 'lead', or a whole item withdrawn.
FIELDS is the one place that knows which fields an amendment may change and how a
value of each is read, so a change in how the plan stores targets only touches it.
The plan as issued is never edited: compute() asks in_force() for the plan of a day
and keeps the history beside it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from pydantic import ValidationError

from generator.data import messages as M
from generator.data import texts as T
from generator.data.model import Amendment, Assignment, Timeframe
from generator.data.targets import TargetError, parse_target

# Field path → what pages call it. Targets ('target_<year>', one per milestone the plan declares,
# see field_names) are read like the appendix's own cells.
FIELDS = {kind: {field: say.vi for field, say in fields.items()} for kind, fields in T.AMENDABLE_FIELDS.items()}
ITEM_LABELS = {kind: say.vi for kind, say in T.ITEMS.items()}


@dataclass(frozen=True)
class Revision:
    """One change in force: which document, which item and field, the value before and after."""
    amendment: Amendment
    kind: str                  # "task" | "indicator"
    item_id: str
    field: str | None          # None: the item was withdrawn
    old: object
    new: object


def field_names(kind: str, milestones) -> dict[str, str]:
    """The fields an amendment may change on an item of this kind, for a plan with these milestones."""
    if kind == "indicator":
        return {**{f"target_{m}": T.TARGET_FIELD.vi.format(year=m) for m in sorted(milestones)}, **FIELDS[kind]}
    return dict(FIELDS.get(kind, {}))


def field_value(item, field: str):
    """The current value of a field an amendment may change ('target_<year>' is one milestone's target)."""
    if field.startswith("target_"):
        return item.target(int(field[len("target_"):]))
    return getattr(item, field)


def split_item(item: str) -> tuple[str, str]:
    kind, _, item_id = item.partition(":")
    return kind, item_id


def read_value(kind: str, field: str, raw, levels: list[str] | None = None):
    """The value an amendment sets, read like the same field of the plan's own files; ValueError says why not."""
    if field.startswith("target_"):
        if isinstance(raw, bool) or raw is None or isinstance(raw, float):
            raise ValueError(M.AMENDED_TARGET_NOT_TEXT.vi)
        try:
            return parse_target(str(raw), levels)
        except TargetError as e:
            raise ValueError(str(e)) from None
    if field in ("lead", "coordinating", "timeframe"):
        if raw is None:
            return None   # the amendment names no body / no time
        model = Timeframe if field == "timeframe" else Assignment
        try:
            return model.model_validate(raw)
        except ValidationError as e:
            keys = ", ".join(model.model_fields)
            raise ValueError(M.AMENDED_FIELD_NEEDS_KEYS.vi.format(field=field, keys=keys, msg=e.errors()[0]["msg"])) from None
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(M.AMENDED_FIELD_NEEDS_TEXT.vi.format(field=field))
    return raw


def in_force(project, as_of: dt.date):
    """The project as amended by every document in force on a date, with each item's revisions."""
    tasks = dict(project.tasks)
    indicators = dict(project.indicators)
    history: dict[tuple[str, str], list[Revision]] = {}
    withdrawn: dict[tuple[str, str], Revision] = {}
    for a in sorted(project.amendments, key=lambda a: (a.effective, a.id)):
        if a.effective > as_of:
            continue
        for ch in a.changes:
            kind, item_id = split_item(ch.item)
            key = (kind, item_id)
            if ch.action == "withdraw":
                rev = Revision(a, kind, item_id, None, None, None)
                withdrawn[key] = rev
            elif kind == "task":
                old = getattr(tasks[item_id], ch.field)
                new = read_value(kind, ch.field, ch.value)
                tasks[item_id] = tasks[item_id].model_copy(update={ch.field: new})
                rev = Revision(a, kind, item_id, ch.field, old, new)
            else:
                info = indicators[item_id]
                new = read_value(kind, ch.field, ch.value, list(info.levels) if info.levels else None)
                old = field_value(info, ch.field)
                if ch.field.startswith("target_"):   # a milestone's target: one entry of info.targets
                    year = int(ch.field[len("target_"):])
                    indicators[item_id] = dataclasses.replace(info, targets={**info.targets, year: new})
                else:
                    indicators[item_id] = dataclasses.replace(info, **{ch.field: new})
                rev = Revision(a, kind, item_id, ch.field, old, new)
            history.setdefault(key, []).append(rev)
    if not history:
        return project, {}, {}
    return dataclasses.replace(project, tasks=tasks, indicators=indicators), history, withdrawn
