"""Bodies over time: who answers today for what the plan gave a body.

A plan names bodies as they were when it was issued; the registry (plan/agencies.yml)
records how each one changed, with a date and the documents that say so.
who_answers() is the one place that follows those records: every page, the
reporting duties and the validator ask it, so they cannot disagree. It never
guesses: where the record stops, the answer says "not determined".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.data import texts as T
from generator.data.model import Agency, Change
from generator.text.dates import vi_date

# What became of a duty when the chain of changes was followed to a date.
UNCHANGED = "unchanged"        # the body the plan named still answers
SUCCEEDED = "succeeded"        # renamed and/or merged: one body answers, recorded
DISSOLVED = "dissolved"        # dissolved with no successor: the duty has no body
UNDETERMINED = "undetermined"  # ended, successor not determined
SPLIT = "split"                # functions went to several bodies: which one has this duty is not recorded


@dataclass(frozen=True)
class Step:
    """One recorded change on the way from the named body to today."""
    agency: str       # the body that changed
    change: Change


@dataclass(frozen=True)
class Answer:
    named: str                 # the body the plan named
    on: dt.date
    steps: tuple[Step, ...]    # changes followed, oldest first
    outcome: str
    current: str | None        # the body answering on that date; None where the record stops

    @property
    def changed(self) -> bool:
        return bool(self.steps)

    @property
    def last(self) -> Step | None:
        return self.steps[-1] if self.steps else None

    @property
    def has_body(self) -> bool:
        return self.current is not None


def in_effect(change: Change, on: dt.date) -> bool:
    # A change with no date at all is refused by validation; never count it as in effect.
    return change.effective is not None and change.effective <= on


def who_answers(agencies: dict[str, Agency], agency_id: str, on: dt.date) -> Answer:
    """Follow renames and mergers from the body the plan named to the body answering on a date."""
    steps: list[Step] = []
    current = agency_id
    seen = {current}
    while True:
        due = [c for c in agencies[current].changes if in_effect(c, on)]
        if not due:
            return Answer(agency_id, on, tuple(steps), SUCCEEDED if steps else UNCHANGED, current)
        change = due[0]   # validation allows one change per body
        steps.append(Step(current, change))
        if change.kind in ("doi-ten", "sap-nhap"):
            current = change.to[0].agency
            if current in seen:   # refused by validation; never loop on bad data
                return Answer(agency_id, on, tuple(steps), UNDETERMINED, None)
            seen.add(current)
            continue
        outcome = {"giai-the": DISSOLVED, "chua-xac-dinh": UNDETERMINED, "chia-tach": SPLIT}[change.kind]
        return Answer(agency_id, on, tuple(steps), outcome, None)


def ended_by(agency: Agency, on: dt.date) -> Change | None:
    """The change that had ended the body as named by a date, if any."""
    return next((c for c in agency.changes if in_effect(c, on)), None)


def predecessors(agencies: dict[str, Agency]) -> dict[str, list[tuple[str, Change, str | None]]]:
    """Per body: the bodies whose duties it took over, with the change and the functions named."""
    out: dict[str, list[tuple[str, Change, str | None]]] = {}
    for a in agencies.values():
        for c in a.changes:
            for part in c.to:
                out.setdefault(part.agency, []).append((a.id, c, part.functions))
    return out


def end_phrase(agencies: dict[str, Agency], change: Change) -> str:
    """How a body ended, as a Vietnamese clause for messages: 'kết thúc ngày dd/mm/yyyy (…)'."""
    when = (T.ENDED_ON.vi.format(date=vi_date(change.since - dt.timedelta(days=1))) if change.since
            else T.ENDED_BEFORE.vi.format(date=vi_date(change.known_by)))
    to = ", ".join(agencies[p.agency].name for p in change.to if p.agency in agencies)
    return T.ENDED.vi.format(when=when, how=T.ENDED_HOW[change.kind].vi.format(to=to))
