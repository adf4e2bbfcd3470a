"""An indicator's chart as plain data: what is drawn, not how. Two renderers read it:
charts.py (the Plotly figure, drawn only when the reader asks for interaction) and
chart_svg.py (the SVG drawn at build time, in the page: shows with no script, on paper and
from a folder). Both draw exactly these traces, so they cannot disagree on a point.

A figure has the shared traces (the targets, drawn under everything), the total's view
(the values joined by a line, one marker trace per kind of figure) and one view per
breakdown (the total as a grey reference line, then one line per category, told apart by
marker symbol and dash as well as colour). Every string is plain text: each renderer
escapes it for its own markup.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from generator.site import texts as T
from generator.data.model import VALUE_KIND_LABELS
from generator.data.targets import Target, describe_target
from generator.text.numbers import format_quantity

KIND_LABELS = {k: VALUE_KIND_LABELS[k] for k in ("chinh-thuc", "so-bo", "uoc-tinh")}   # legend order
# Solid for official figures, a triangle for preliminary ones, hollow for estimates:
# the legend explains them and the shapes differ without relying on colour.
KIND_SYMBOLS = {"chinh-thuc": "circle", "so-bo": "triangle-up-open", "uoc-tinh": "circle-open"}
# Categories of a breakdown: four colours (palette keys c0..c3), and for every category its own
# marker symbol and, cycling at a different length than the colours, its own dash, so ten
# communes stay distinguishable in grey print or to a colour-blind reader.
CATEGORY_PALETTE = 4
CATEGORY_SYMBOLS = ("circle", "square", "triangle-up", "x", "triangle-down", "star", "cross", "pentagon",
                    "hourglass", "hexagon", "triangle-left", "triangle-right")
CATEGORY_DASHES = ("solid", "dot", "dash", "dashdot", "longdash")
BAND_HALF_WIDTH = 0.3   # years either side of a milestone covered by a band or bound line

# Trace roles: each renderer styles a role its own way.
TARGET = "target"       # a number target: one diamond
BAND = "band"           # a range target: a filled box around the milestone
SHADE = "shade"         # the side of a bound ("< 4", "≥ 95") that meets it, fading out
BOUND = "bound"         # the bound itself: a dashed line
LINE = "line"           # the total's values joined (no legend, no hover)
VALUES = "values"       # the total's values of one kind (official, preliminary, estimate)
TOTAL = "total"         # a breakdown's reference: the total, a wide grey line
CATEGORY = "category"   # one category of a breakdown


@dataclass(frozen=True)
class ChartPoint:
    year: int
    value: float
    kind: str          # "uoc-tinh" | "so-bo" | "chinh-thuc"


@dataclass(frozen=True)
class ChartTarget:
    year: int          # the milestone year
    target: Target


@dataclass(frozen=True)
class ChartSeries:
    label: str                 # "Xã Ea Bung", "Nữ"
    points: tuple[ChartPoint, ...]


@dataclass(frozen=True)
class ChartBreakdown:
    slug: str                  # the selector's value, as on the page
    series: tuple[ChartSeries, ...]
    label: str = ""            # "Xã, thị trấn": what the view is by


@dataclass(frozen=True)
class Trace:
    role: str
    name: str                          # the legend's label
    x: tuple[float, ...]
    y: tuple[float, ...]
    texts: tuple[str, ...] = ()        # one per point; a band or bound: one for its whole area
    legend: bool = True
    rank: int = 0                      # legend order
    group: str = ""                    # a target's pieces share one legend entry
    colour: str = "value"              # palette key: value, target, c0..c3, total
    symbol: str = ""                   # marker, by Plotly's name ("" = no markers)
    dash: str = "solid"
    fade: str = ""                     # a shade: "up" (strongest at its top) or "down"


@dataclass(frozen=True)
class View:
    slug: str                          # "" for the total
    label: str                         # what the selector says
    traces: tuple[Trace, ...]
    y_range: tuple[float, float]


@dataclass(frozen=True)
class Figure:
    title: str
    unit: str
    years: tuple[int, int]             # first and last year on the x axis
    shared: tuple[Trace, ...]          # the targets, under every view
    total: View
    views: tuple[View, ...]            # one per breakdown

    def view(self, slug: str) -> View:
        return next((v for v in self.views if v.slug == slug), self.total)

    def traces(self, view: View) -> tuple[Trace, ...]:
        return self.shared + view.traces


def _finite(*xs: float | None) -> bool:
    return all(x is not None and math.isfinite(x) for x in xs)


def round6(x: float) -> float:
    """Computed edges: keep them short in JSON (0.41000000000000003 → 0.41)."""
    return float(f"{x:.6g}")


def _drawable(t: ChartTarget) -> bool:
    tg = t.target
    if tg.kind in ("number", "comparison"):
        return _finite(tg.value)
    if tg.kind == "range":
        return _finite(tg.low, tg.high)
    return False   # "none", "qualitative"


def _quote(tg: Target) -> str:
    """'(theo kế hoạch: 2-2,5)' — the target as the plan wrote it, when that differs from our reading."""
    written = " ".join(str(tg.text).split())
    return T.PLAN_SAYS(written=written)[0] if written else ""


def _target_traces(t: ChartTarget, unit: str, span: float, floor: float | None, ceiling: float | None) -> list[Trace]:
    tg, year = t.target, t.year
    name = T.TARGET_YEAR(year=year)[0]
    common = {"name": name, "rank": year, "group": f"muc-tieu-{year}", "colour": "target"}
    reading = describe_target(tg, unit)
    if tg.kind == "number":
        return [Trace(TARGET, x=(year,), y=(tg.value,), texts=(f"{name}: {reading}",), symbol="diamond", **common)]
    text = (f"{name}{_quote(tg)}: {reading}",)
    x0, x1 = year - BAND_HALF_WIDTH, year + BAND_HALF_WIDTH
    box = (x0, x1, x1, x0, x0)
    if tg.kind == "range":
        return [Trace(BAND, x=box, y=(tg.low, tg.low, tg.high, tg.high, tg.low), texts=text, **common)]
    # "<4", "≥ 95": a dashed line at the bound and, on the side that meets the target, a
    # shade that fades out away from it.
    bound = tg.value
    if tg.op in ("<", "≤"):
        lo, hi, fade = bound - span, bound, "up"
        if floor is not None:                     # nothing to shade below zero
            lo = max(lo, min(floor, bound))
    else:
        lo, hi, fade = bound, bound + span, "down"
        if ceiling is not None:                   # nothing to shade above 100 %
            hi = min(hi, max(ceiling, bound))
    shade = Trace(SHADE, x=box, y=tuple(round6(v) for v in (lo, lo, hi, hi, lo)), texts=text, legend=False,
                  fade=fade, **common)
    return [shade, Trace(BOUND, x=(x0, year, x1), y=(bound,) * 3, texts=text, dash="dash", **common)]


def _point_text(who: str, p: ChartPoint, unit: str) -> str:
    return f"{T.WHO_IN_YEAR(who=who, year=p.year)[0]}: {format_quantity(p.value, unit)} ({KIND_LABELS[p.kind]})"


def _total_traces(pts: list[ChartPoint], unit: str) -> list[Trace]:
    out = []
    if len(pts) > 1:
        out.append(Trace(LINE, T.VALUES_LINE.vi, tuple(p.year for p in pts), tuple(p.value for p in pts), legend=False))
    for rank, (kind, label) in enumerate(KIND_LABELS.items(), start=1):
        mine = [p for p in pts if p.kind == kind]
        if mine:
            out.append(Trace(VALUES, T.VALUES_OF_KIND(label=label)[0], tuple(p.year for p in mine), tuple(p.value for p in mine),
                             tuple(f"{T.YEAR_VALUE(year=p.year)[0]}: {format_quantity(p.value, unit)} ({label})" for p in mine),
                             rank=rank, symbol=KIND_SYMBOLS[kind]))
    return out


def _breakdown_view(b: ChartBreakdown, pts: list[ChartPoint], bounds: list[float], unit: str) -> View:
    traces = []
    if pts:   # the total, one point per year, as a grey reference under the categories
        once = sorted({p.year: p for p in pts}.values(), key=lambda p: p.year)
        traces.append(Trace(TOTAL, T.TOTAL.vi, tuple(p.year for p in once), tuple(p.value for p in once),
                            tuple(_point_text(T.TOTAL.vi, p, unit) for p in once), rank=9, colour="total",
                            symbol="line-ew"))
    for n, s in enumerate(b.series):
        own = [p for p in s.points if _finite(p.value)]
        traces.append(Trace(CATEGORY, s.label, tuple(p.year for p in own), tuple(p.value for p in own),
                            tuple(_point_text(s.label, p, unit) for p in own), rank=10 + n,
                            colour=f"c{n % CATEGORY_PALETTE}", symbol=CATEGORY_SYMBOLS[n % len(CATEGORY_SYMBOLS)],
                            dash=CATEGORY_DASHES[n % len(CATEGORY_DASHES)]))
    ys = [p.value for p in pts] + bounds + [y for t in traces for y in t.y]
    return View(b.slug, b.label, tuple(traces), _view_range(ys))


def _view_range(ys: list[float]) -> tuple[float, float]:
    """A breakdown's y axis: around its values and the targets, not from zero, so ten communes
    between 86 and 100 % are told apart (the total's view keeps its axis from zero)."""
    lo, hi = min(ys), max(ys)
    pad = (hi - lo) * 0.1 or abs(hi) * 0.05 or 1.0
    return (round6(max(lo - pad, 0.0) if lo >= 0 else lo - pad), round6(hi + pad))


def indicator_figure(title: str, unit: str, points: list[ChartPoint], targets: list[ChartTarget],
                     first_year: int | None = None, last_year: int | None = None,
                     breakdowns: tuple[ChartBreakdown, ...] = ()) -> Figure | None:
    """Actual values by year and the milestone targets, plus one view per breakdown; None when
    there is nothing numeric to draw."""
    pts = sorted((p for p in points if _finite(p.value)), key=lambda p: (p.year, p.kind))
    numeric = sorted((t for t in targets if _drawable(t)), key=lambda t: t.year)
    breakdowns = tuple(b for b in breakdowns if any(_finite(p.value) for s in b.series for p in s.points))
    if not pts and not numeric and not breakdowns:
        return None
    unit = " ".join(str(unit or "").split())
    parts = [p for b in breakdowns for s in b.series for p in s.points if _finite(p.value)]
    bounds = [v for t in numeric for v in (t.target.value, t.target.low, t.target.high) if v is not None]
    ys = [p.value for p in pts + parts] + bounds
    non_negative = min(ys) >= 0
    lo, hi = (0.0 if non_negative else min(ys)), max(ys)
    extent = (hi - lo) or abs(hi) or 1.0
    ceiling = 100.0 if unit == "%" and hi <= 100 else None
    shared: list[Trace] = []
    for t in numeric:            # extent * 0.3: how far a bound's shade reaches
        shared += _target_traces(t, unit, extent * 0.3, 0.0 if non_negative else None, ceiling)
    # y range: everything drawn, from zero when nothing is negative, with headroom so a bound
    # line at the top or a marker at the edge is not clipped.
    drawn = ys + [y for t in shared if t.role in (BAND, SHADE) for y in t.y]
    y0 = 0.0 if non_negative else min(drawn) - extent * 0.08
    y1 = max(drawn) + extent * 0.08
    # The axis spans the plan's period (when given) and every year drawn.
    years = [p.year for p in pts + parts] + [t.year for t in numeric]
    x_first = min(y for y in (first_year, *years) if y is not None)
    x_last = max(y for y in (last_year, *years) if y is not None)
    total = View("", T.TOTAL.vi, tuple(_total_traces(pts, unit)), (round6(y0), round6(y1)))
    views = tuple(_breakdown_view(b, pts, bounds, unit) for b in breakdowns)
    return Figure(" ".join(str(title).split()), unit, (x_first, x_last), tuple(shared), total, views)
