"""The status method: where each target stands, in one plain sentence.

After Open SDG's adaptation of Statistics Canada's method: compare the
progress made since the first data point with the progress needed by now to
reach the target on time. Adapted to the plan's target forms through
targets.gap(): comparisons, ranges (nearest bound), keep-at-level and
qualitative levels all reduce to "distance still to go".
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.compute import texts as T
from generator.data import texts as data_texts
from generator.text.numbers import format_number, format_quantity
from generator.data.targets import Target, describe_target, gap, is_met

STATUSES = ("dat", "dung-tien-do", "can-day-nhanh", "cham-tien-do", "di-nguoc", "khong-dat",
            "chua-co-so-lieu", "chua-danh-gia")
# Sentence case because they are shown as badges; reasons use them lower-cased.
LABELS = {status: T.STATUSES[status].vi for status in STATUSES}
ON_TRACK, ACCELERATE = 0.95, 0.6


@dataclass(frozen=True)
class Observation:
    year: int
    value: float | str      # str for qualitative levels


@dataclass(frozen=True)
class Assessment:
    status: str
    reason: str             # one plain Vietnamese sentence
    ratio: float | None     # observed / required progress, when computed
    milestone: int


def _show(value: float | str, unit: str) -> str:
    return data_texts.LEVEL.vi.format(level=value) if isinstance(value, str) else format_quantity(value, unit)


def _amount(distance: float, unit: str, qualitative: bool) -> str:
    if qualitative:
        return T.LEVELS_AMOUNT.vi.format(amount=format_number(distance))
    # A change in a percentage is in percentage points, not percent.
    if unit.strip() == "%":
        return T.PERCENTAGE_POINTS.vi.format(amount=format_number(distance))
    return format_quantity(distance, unit)


def _status_for(ratio: float) -> str:
    # Rounded so binary noise in values typed as decimals cannot flip a threshold.
    ratio = round(ratio, 9)
    if ratio >= ON_TRACK:
        return "dung-tien-do"
    if ratio >= ACCELERATE:
        return "can-day-nhanh"
    return "cham-tien-do" if ratio >= 0 else "di-nguoc"


def assess(target: Target, milestone: int, observations: list[Observation], direction: str, unit: str,
           levels: list[str] | None = None) -> Assessment:
    obs = sorted(observations, key=lambda o: o.year)
    wanted = describe_target(target, unit, levels)
    goal = T.GOAL.vi.format(milestone=milestone, wanted=wanted)

    def done(status: str, facts: str, ratio: float | None = None) -> Assessment:
        return Assessment(status, f"{facts}: {LABELS[status].lower()}.", ratio, milestone)

    if target.kind == "none":
        why = (T.NONE_DASH if target.text.strip() == "-" else T.NONE_BLANK).vi
        return done("chua-danh-gia", T.PLAN_SETS_NONE.vi.format(why=why, milestone=milestone))
    if not obs:
        return done("chua-co-so-lieu", T.NOTHING_REPORTED.vi.format(goal=goal))
    first, latest = obs[0], obs[-1]
    said = {"now": T.NOW.vi.format(year=latest.year, value=_show(latest.value, unit)), "goal": goal}
    if is_met(target, latest.value, direction, levels):
        return done("dat", T.VALUE_NOW.vi.format(**said))
    if latest.year >= milestone:
        return done("khong-dat", T.MILESTONE_PASSED.vi.format(**said))
    if first.year == latest.year:
        return done("chua-danh-gia", T.ONE_YEAR_ONLY.vi.format(**said))
    if milestone <= first.year:  # unreachable after the milestone check above; kept against division by zero
        return done("chua-danh-gia", T.NOTHING_BEFORE_MILESTONE.vi.format(**said))
    span = T.SPAN.vi.format(first_year=first.year, first=_show(first.value, unit), latest_year=latest.year,
                            latest=_show(latest.value, unit))
    towards = T.TOWARDS.vi.format(milestone=milestone, wanted=wanted)
    if is_met(target, first.value, direction, levels):
        return done("di-nguoc", T.MET_THEN_LOST.vi.format(year=first.year, value=_show(first.value, unit), **said))
    g0 = gap(target, first.value, direction, levels)
    gt = gap(target, latest.value, direction, levels)
    qualitative = target.kind == "qualitative"
    if g0 == 0:
        # Baseline sat exactly on a strict bound ("<4" at 4): no distance to scale progress by.
        if gt > 0:
            return done("di-nguoc", T.MOVED_AWAY.vi.format(span=span, towards=towards, amount=_amount(gt, unit, qualitative)))
        return done("cham-tien-do", T.NOT_PAST_THRESHOLD.vi.format(span=span, towards=towards))
    required = g0 * (latest.year - first.year) / (milestone - first.year)
    observed = round(g0 - gt, 9)  # 25,8 − 24,6 in binary is not exactly 1,2
    ratio = observed / required
    status = _status_for(ratio)
    if observed > 0:
        facts = T.PROGRESSED.vi.format(span=span, amount=_amount(observed, unit, qualitative),
                                       percent=format_number(ratio * 100, 0), goal=goal)
    elif observed == 0:
        facts = T.NO_PROGRESS.vi.format(span=span, towards=towards)
    else:
        facts = T.MOVED_AWAY.vi.format(span=span, towards=towards, amount=_amount(-observed, unit, qualitative))
    return done(status, facts, ratio)


def headline_milestone(info, year: int, milestones: tuple[int, ...]) -> int:
    """The next milestone not yet past that has a target; the last milestone when none is left."""
    for m in milestones:
        if year <= m and info.target(m).kind != "none":
            return m
    return milestones[-1]


def rollup(statuses: Iterable[str]) -> dict[str, int]:
    """Counts per status id, every status present, in STATUSES order."""
    counts = dict.fromkeys(STATUSES, 0)
    for s in statuses:
        if s not in counts:
            raise ValueError(T.UNKNOWN_STATUS.vi.format(status=s, statuses=", ".join(STATUSES)))
        counts[s] += 1
    return counts
