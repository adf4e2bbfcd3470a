"""Stage 3, breakdowns: each indicator's values by category, and who is behind.

The headline (the total) is what an indicator's status is computed on; a breakdown only shows
how that total is shared. The plan sets its targets for the whole area, so judging one commune
or one group against them is the site's reading: pages say so next to every such judgement.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.compute import texts as T
from generator.data.texts import DEFAULT_NOUN
from generator.data.dimensions import Cell, Dimensions, Key
from generator.text.numbers import format_number, format_quantity
from generator.data.project import IndicatorInfo, ReportedValue
from generator.compute.status import Assessment, Observation, assess, headline_milestone
from generator.data.targets import describe_target, gap, is_met

NUMERIC_TARGETS = ("number", "comparison", "range")
LAGGING_SHOWN = 3      # "the categories that lag the total by the most": the worst few, not a ranking


@dataclass(frozen=True)
class Point:
    year: int
    number: float
    kind: str
    note: str | None
    illustrative: bool


@dataclass(frozen=True)
class Series:
    cell: Cell
    label: str
    points: tuple[Point, ...]          # by year, from the values in force
    assessment: Assessment             # against the milestone the headline is judged on

    @property
    def latest(self) -> Point:
        return self.points[-1]

    def at(self, year: int) -> Point | None:
        return next((p for p in self.points if p.year == year), None)


@dataclass(frozen=True)
class Behind:
    """Who is behind, for the latest year of a breakdown, in one sentence a citizen reads."""
    year: int
    milestone: int
    sentence: str
    cells: tuple[Cell, ...]            # those named as behind, worst first
    by_target: bool                    # True: judged against the milestone target; False: against the total


@dataclass(frozen=True)
class Breakdown:
    key: Key
    label: str                         # "Xã, thị trấn", "Giới tính × Dân tộc"
    slug: str                          # for element ids and the selector
    series: tuple[Series, ...]         # in the plan's category order
    years: tuple[int, ...]
    behind: Behind | None
    noun: str = DEFAULT_NOUN.vi        # what one category is called: "xã, thị trấn", "nhóm"


def parts_of_a_count(milestone: int) -> Assessment:
    return Assessment("chua-danh-gia", T.PARTS_OF_A_COUNT.vi, None, milestone)


def key_slug(key: Key) -> str:
    return "-".join(key)


def _points(values: tuple[ReportedValue, ...]) -> dict[Cell, list[Point]]:
    out: dict[Cell, list[Point]] = {}
    for rv in values:
        v = rv.current
        for part in v.parts:
            out.setdefault(part.cell, []).append(Point(v.year, part.number, v.kind, part.note, v.illustrative))
    return out


def breakdowns(info: IndicatorInfo, values: tuple[ReportedValue, ...], dims: Dimensions, milestone: int,
               milestones: tuple[int, ...]) -> tuple[Breakdown, ...]:
    """Every breakdown the indicator has values for, in the order the indicator declares them."""
    if not values or not dims:
        return ()
    by_cell = _points(values)
    totals = {rv.current.year: rv.current.number for rv in values if rv.current.number is not None}
    out = []
    keys = list(info.breakdowns) + sorted({tuple(d for d, _ in c) for c in by_cell} - set(info.breakdowns))
    for key in keys:
        cells = [c for c in by_cell if tuple(d for d, _ in c) == key]
        if not cells:
            continue
        cells.sort(key=dims.position)
        target = info.target(milestone)
        series = tuple(
            Series(c, dims.cell_label(c), tuple(sorted(by_cell[c], key=lambda p: p.year)),
                   parts_of_a_count(milestone) if info.additive else
                   assess(target, milestone, [Observation(p.year, p.number) for p in by_cell[c]], info.direction, info.unit))
            for c in cells)
        years = tuple(sorted({p.year for s in series for p in s.points}))
        # A part of a count (the people screened in one area) is never comparable with the target for all of them.
        out.append(Breakdown(key, dims.key_label(key), key_slug(key), series, years,
                             None if info.additive else behind(info, series, dims, key, totals, milestones),
                             dims.noun(key)))
    return tuple(out)


def behind(info: IndicatorInfo, series: tuple[Series, ...], dims: Dimensions, key: Key,
           totals: dict[int, float], milestones: tuple[int, ...]) -> Behind | None:
    """The categories not meeting the milestone target in the latest year; where the plan sets no
    numeric target, those furthest behind the total."""
    if not milestones:
        return None
    year = max(p.year for s in series for p in s.points)
    latest = [(s, s.at(year)) for s in series if s.at(year) is not None]
    m = headline_milestone(info, year, milestones)
    target = info.target(m)
    noun = dims.noun(key)
    unit = info.unit

    def named(items) -> str:
        return ", ".join(f"{s.label} ({format_quantity(p.number, unit)})" for s, p in items)

    if target.kind in NUMERIC_TARGETS:
        wanted = describe_target(target, unit)
        short = [(s, p) for s, p in latest if not is_met(target, p.number, info.direction)]
        short.sort(key=lambda sp: -gap(target, sp[1].number, info.direction))
        if short:
            sentence = T.SHORT_OF_TARGET.vi.format(count=len(short), noun=noun, milestone=m, wanted=wanted, year=year,
                                                   named=named(short))
        else:
            sentence = T.ALL_MEET_TARGET.vi.format(count=len(latest), noun=noun, year=year, milestone=m, wanted=wanted)
        return Behind(year, m, sentence, tuple(s.cell for s, _ in short), True)
    total = totals.get(year)
    if total is None or info.direction == "keep":
        return None
    sign = 1 if info.direction == "higher" else -1
    lagging = [(s, p) for s, p in latest if sign * (p.number - total) < 0]
    lagging.sort(key=lambda sp: sign * (sp[1].number - total))
    shown = lagging[:LAGGING_SHOWN]
    mark = T.OVERALL.vi.format(total=format_quantity(total, unit))
    if not shown:
        sentence = T.NONE_WORSE.vi.format(milestone=m, year=year, noun=noun, mark=mark)
    else:
        worse = (T.LOWER if info.direction == "higher" else T.HIGHER).vi
        lead = (T.LAGGING.vi.format(count=len(lagging), noun=noun, worse=worse, mark=mark, year=year) +
                (T.WORST.vi if len(lagging) > len(shown) else ": "))
        points = T.POINTS.vi if unit.strip() == "%" else ""
        named_parts = ", ".join(T.LAGGING_PART.vi.format(label=s.label, value=format_quantity(p.number, unit), worse=worse,
                                                         gap=format_number(abs(p.number - total)), points=points)
                                for s, p in shown)
        sentence = T.AGAINST_THE_AREA.vi.format(milestone=m, lead=lead, named=named_parts)
    return Behind(year, m, sentence, tuple(s.cell for s, _ in shown), False)


def behind_line(b: Breakdown, unit: str) -> str | None:
    """The verdict box's short line for one breakdown, or None when no one is named as behind:
    'Theo <dimension>: 6/10 <noun> chưa đạt mục tiêu <milestone> (năm <year>); xa nhất: <label> (<value>).'"""
    if b.behind is None or not b.behind.cells:
        return None
    by_cell = {s.cell: s for s in b.series}
    worst = by_cell[b.behind.cells[0]]
    point = worst.at(b.behind.year)
    shown = f"{worst.label} ({format_quantity(point.number, unit)}"
    lead = T.BY_DIMENSION.vi.format(dimension=f"{b.label[:1].lower()}{b.label[1:]}")
    if not b.behind.by_target:
        return T.FURTHEST_FROM_OVERALL.vi.format(lead=lead, shown=shown, year=b.behind.year)
    if len(b.behind.cells) == 1:
        return T.ONE_SHORT.vi.format(lead=lead, shown=shown, year=b.behind.year, milestone=b.behind.milestone)
    with_data = sum(1 for s in b.series if s.at(b.behind.year) is not None)
    return T.SOME_SHORT.vi.format(lead=lead, count=len(b.behind.cells), with_data=with_data, noun=b.noun,
                                  milestone=b.behind.milestone, year=b.behind.year, shown=shown)
