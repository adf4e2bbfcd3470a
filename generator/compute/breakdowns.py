"""Stage 3, breakdowns: each indicator's values by category, and who is behind.

The headline (the total) is what an indicator's status is computed on; a breakdown only shows
how that total is shared. The plan sets its targets for the whole area, so judging one commune
or one group against them is the site's reading: pages say so next to every such judgement.
"""
from __future__ import annotations

from dataclasses import dataclass

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
    noun: str = "nhóm"                 # what one category is called: "xã, thị trấn", "nhóm"


def parts_of_a_count(milestone: int) -> Assessment:
    return Assessment("chua-danh-gia", "Các phần cộng lại thành số chung; một phần không so được với mục tiêu của "
                                       "cả địa bàn: chưa đánh giá được.", None, milestone)


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
            sentence = (f"{len(short)} {noun} chưa đạt mục tiêu {m} ({wanted}) theo số liệu năm {year}: "
                        f"{named(short)}.")
        else:
            sentence = f"Cả {len(latest)} {noun} có số liệu năm {year} đều đạt mục tiêu {m} ({wanted})."
        return Behind(year, m, sentence, tuple(s.cell for s, _ in short), True)
    total = totals.get(year)
    if total is None or info.direction == "keep":
        return None
    sign = 1 if info.direction == "higher" else -1
    lagging = [(s, p) for s, p in latest if sign * (p.number - total) < 0]
    lagging.sort(key=lambda sp: sign * (sp[1].number - total))
    shown = lagging[:LAGGING_SHOWN]
    mark = f"mức chung {format_quantity(total, unit)}"
    if not shown:
        sentence = (f"Kế hoạch không đặt mục tiêu số cho mốc {m}; năm {year} không {noun} nào kém {mark}.")
    else:
        worse = "thấp hơn" if info.direction == "higher" else "cao hơn"
        lead = (f"{len(lagging)} {noun} {worse} {mark} năm {year}" +
                ("; kém nhất: " if len(lagging) > len(shown) else ": "))
        sentence = (f"Kế hoạch không đặt mục tiêu số cho mốc {m}, nên so với cả địa bàn: {lead}"
                    + ", ".join(f"{s.label} ({format_quantity(p.number, unit)}, {worse} "
                                f"{format_number(abs(p.number - total))}{' điểm %' if unit.strip() == '%' else ''})"
                                for s, p in shown) + ".")
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
    lead = f"Theo {b.label[:1].lower()}{b.label[1:]}: "
    if not b.behind.by_target:
        return f"{lead}{shown}, năm {b.behind.year}) cách xa mức chung nhất."
    if len(b.behind.cells) == 1:
        return f"{lead}{shown}, năm {b.behind.year}) chưa đạt mục tiêu {b.behind.milestone}."
    with_data = sum(1 for s in b.series if s.at(b.behind.year) is not None)
    return (f"{lead}{len(b.behind.cells)}/{with_data} {b.noun} chưa đạt mục tiêu {b.behind.milestone} "
            f"(năm {b.behind.year}); xa nhất: {shown}).")
