"""Indicator charts as plain, small Plotly figure dicts (~2 KB of JSON, not ~8 KB).

The page carries the figure as HTML-escaped JSON in `<div data-figure="…">`;
assets/javascripts/charts.js draws it with the site's own plotly.js (scatter
traces only) and adapts the colours to Material's light or dark palette. The
table under the chart is the text alternative: the chart adds nothing the
table does not say.

No Plotly template: the figure carries only the few layout settings it needs.
Every trace is a `scatter`, the only trace type in the site's plotly.js bundle.

An indicator with a breakdown (by commune, sex, ethnic group) carries one more key,
`views`: for each breakdown, only its own traces (the total as a grey reference line,
then one line per category) and its y range. The layout and the target traces are
shared: charts.js shows `data` (the total) by default and, for a chosen breakdown, the
first `shared` traces of `data` (the targets) followed by that view's traces, on that
view's y range (around the values, so close categories are told apart).

Strings that come from YAML (title, unit, the target as written, category labels) are
entity-escaped: Plotly reads a subset of HTML (<b>, <a href>, <br>, …) in trace
names, hover text and axis titles, so "<img …>" must reach it as "&lt;img …&gt;",
which it shows as text.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass

from generator.data.model import VALUE_KIND_LABELS
from generator.text.numbers import format_quantity
from generator.data.targets import Target, describe_target

# Okabe–Ito colours, safe for colour-blind readers. These are the light-palette
# colours; charts.js swaps each for its dark-palette partner (DARK_COLOURS there).
VALUE_COLOUR = "#0072B2"                  # blue        (dark palette: sky blue #56B4E9)
TARGET_COLOUR = "#D55E00"                 # vermillion  (dark palette: orange #E69F00)
TARGET_FILL = "rgba(213,94,0,0.16)"       # a range band
TARGET_SHADE = "rgba(213,94,0,0.32)"      # the side of a bound that meets it, fading out to
TARGET_CLEAR = "rgba(213,94,0,0)"         # transparent
# Categories of a breakdown: Okabe–Ito colours other than the targets' (charts.js swaps blue and
# black for their dark-palette partners), and for every category its own marker symbol and,
# cycling at a different length than the colours, its own dash, so ten communes stay
# distinguishable in grey print or to a colour-blind reader. The total is a grey reference line.
CATEGORY_COLOURS = ("#0072B2", "#009E73", "#CC79A7", "#000000")   # blue, bluish green, reddish purple, black
CATEGORY_SYMBOLS = ("circle", "square", "triangle-up", "x", "triangle-down", "star", "cross", "pentagon",
                    "hourglass", "hexagon", "triangle-left", "triangle-right")
CATEGORY_DASHES = ("solid", "dot", "dash", "dashdot", "longdash")
REFERENCE_COLOUR = "#808080"              # grey: readable on both palettes, never a category's colour
COLOURS = (VALUE_COLOUR, TARGET_COLOUR, TARGET_FILL, TARGET_SHADE, TARGET_CLEAR, *CATEGORY_COLOURS, REFERENCE_COLOUR)

KIND_LABELS = {k: VALUE_KIND_LABELS[k] for k in ("chinh-thuc", "so-bo", "uoc-tinh")}   # legend order
# Solid for official figures, a triangle for preliminary ones, hollow for estimates:
# the legend explains them and the shapes differ without relying on colour.
KIND_SYMBOLS = {"chinh-thuc": "circle", "so-bo": "triangle-up-open", "uoc-tinh": "circle-open"}

HEIGHT = 320
BAND_HALF_WIDTH = 0.3   # years either side of a milestone covered by a band or bound line
HOVER = "%{text}<extra></extra>"   # the precomputed text only; no trace name box


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
    label: str                 # "Xã Ea Bung", "Nữ" (from YAML: escaped here)
    points: tuple[ChartPoint, ...]


@dataclass(frozen=True)
class ChartBreakdown:
    slug: str                  # the selector's value, as on the page
    series: tuple[ChartSeries, ...]


def escape(text: object) -> str:
    """Show text as text in Plotly: its HTML subset reads tags and entities."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _finite(*xs: float | None) -> bool:
    return all(x is not None and math.isfinite(x) for x in xs)


def _round(x: float) -> float:
    """Band edges are computed: keep their JSON short (0.41000000000000003 → 0.41)."""
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
    return f" (theo kế hoạch: {escape(written)})" if written else ""


def _target_traces(t: ChartTarget, unit: str, span: float, floor: float | None, ceiling: float | None) -> list[dict]:
    tg, year = t.target, t.year
    name = f"Mục tiêu {year}"
    group = {"name": name, "legendgroup": f"muc-tieu-{year}", "legendrank": year}   # after the values' 1-3
    reading = describe_target(tg, unit)          # unit already escaped by the caller
    if tg.kind == "number":
        return [{"type": "scatter", "mode": "markers", "x": [year], "y": [tg.value], **group,
                 "marker": {"symbol": "diamond", "size": 13, "color": TARGET_COLOUR},
                 "text": [f"{name}: {reading}"], "hovertemplate": HOVER}]
    # A filled polygon around the milestone year. Plotly ignores hovertemplate when hovering
    # a fill and shows a scalar `text` instead, so fills use hoverinfo "text".
    text = f"{name}{_quote(tg)}: {reading}"
    x0, x1 = year - BAND_HALF_WIDTH, year + BAND_HALF_WIDTH
    band = {"type": "scatter", "mode": "lines", "x": [x0, x1, x1, x0, x0], **group,
            "fill": "toself", "hoveron": "fills+points", "hoverinfo": "text", "text": text}
    if tg.kind == "range":
        band.update(y=[tg.low, tg.low, tg.high, tg.high, tg.low], fillcolor=TARGET_FILL,
                    line={"color": TARGET_COLOUR, "width": 1.5})
        return [band]
    # "<4", "≥ 95": a dashed line at the bound and, on the side that meets the target, a
    # shade that fades out away from it.
    bound = tg.value
    if tg.op in ("<", "≤"):
        lo, hi = bound - span, bound
        if floor is not None:                     # nothing to shade below zero
            lo = max(lo, min(floor, bound))
        scale = [[0, TARGET_CLEAR], [1, TARGET_SHADE]]
    else:
        lo, hi = bound, bound + span
        if ceiling is not None:                   # nothing to shade above 100 %
            hi = min(hi, max(ceiling, bound))
        scale = [[0, TARGET_SHADE], [1, TARGET_CLEAR]]
    band.update(y=[_round(v) for v in (lo, lo, hi, hi, lo)], showlegend=False, line={"width": 0},
                fillcolor=TARGET_FILL, fillgradient={"type": "vertical", "colorscale": scale})
    line = {"type": "scatter", "mode": "lines", "x": [x0, year, x1], "y": [bound] * 3, **group,
            "line": {"color": TARGET_COLOUR, "width": 2.5, "dash": "dash"}, "hoverinfo": "text", "text": text}
    return [band, line]


def _category_trace(n: int, s: ChartSeries, unit_text: str) -> dict:
    label = escape(s.label)
    pts = [p for p in s.points if _finite(p.value)]
    colour = CATEGORY_COLOURS[n % len(CATEGORY_COLOURS)]
    return {"type": "scatter", "mode": "lines+markers", "name": label, "legendrank": 10 + n,
            "x": [p.year for p in pts], "y": [p.value for p in pts],
            "line": {"color": colour, "width": 2, "dash": CATEGORY_DASHES[n % len(CATEGORY_DASHES)]},
            "marker": {"symbol": CATEGORY_SYMBOLS[n % len(CATEGORY_SYMBOLS)], "size": 9, "color": colour},
            "text": [f"{label}, năm {p.year}: {format_quantity(p.value, unit_text)} ({KIND_LABELS[p.kind]})"
                     for p in pts],
            "hovertemplate": HOVER}


def _reference_trace(pts: list[ChartPoint], unit_text: str) -> dict:
    """The total, a wide grey line under the categories, for comparison."""
    return {"type": "scatter", "mode": "lines+markers", "name": "Tổng", "legendrank": 9,
            "x": [p.year for p in pts], "y": [p.value for p in pts],
            "line": {"color": REFERENCE_COLOUR, "width": 5}, "opacity": 0.6,
            # A short bar at each year's total: a single year still shows, and no category's symbol is reused.
            "marker": {"symbol": "line-ew", "size": 18, "line": {"color": REFERENCE_COLOUR, "width": 4}},
            "text": [f"Tổng, năm {p.year}: {format_quantity(p.value, unit_text)} ({KIND_LABELS[p.kind]})"
                     for p in pts],
            "hovertemplate": HOVER}


def indicator_figure(title: str, unit: str, points: list[ChartPoint], targets: list[ChartTarget],
                     first_year: int | None = None, last_year: int | None = None,
                     breakdowns: tuple[ChartBreakdown, ...] = ()) -> dict | None:
    """Actual values by year and the milestone targets, plus one view per breakdown; None when
    there is nothing numeric to draw."""
    pts = sorted((p for p in points if _finite(p.value)), key=lambda p: (p.year, p.kind))
    numeric = sorted((t for t in targets if _drawable(t)), key=lambda t: t.year)
    breakdowns = tuple(b for b in breakdowns if any(_finite(p.value) for s in b.series for p in s.points))
    if not pts and not numeric and not breakdowns:
        return None
    unit_text = escape(" ".join(str(unit or "").split()))
    parts = [p for b in breakdowns for s in b.series for p in s.points if _finite(p.value)]
    ys = [p.value for p in pts + parts] + [v for t in numeric for v in (t.target.value, t.target.low, t.target.high)
                                           if v is not None]
    non_negative = min(ys) >= 0
    lo, hi = (0.0 if non_negative else min(ys)), max(ys)
    extent = (hi - lo) or abs(hi) or 1.0
    span = extent * 0.3                                              # how far a bound's shade reaches
    ceiling = 100.0 if unit_text == "%" and hi <= 100 else None

    # Targets first: drawn under the values, and Plotly lets a later trace's point win the hover
    # over an earlier trace's fill (the other order shows the band's text over a value inside it).
    data: list[dict] = []
    for t in numeric:
        data += _target_traces(t, unit_text, span, 0.0 if non_negative else None, ceiling)
    shared = len(data)
    if len(pts) > 1:
        data.append({"type": "scatter", "mode": "lines", "x": [p.year for p in pts], "y": [p.value for p in pts],
                     "line": {"color": VALUE_COLOUR, "width": 2}, "hoverinfo": "skip", "showlegend": False,
                     "name": "Số liệu"})
    for rank, (kind, label) in enumerate(KIND_LABELS.items(), start=1):
        mine = [p for p in pts if p.kind == kind]
        if not mine:
            continue
        data.append({"type": "scatter", "mode": "markers", "name": f"Số liệu {label}", "legendrank": rank,
                     "x": [p.year for p in mine], "y": [p.value for p in mine],
                     "marker": {"symbol": KIND_SYMBOLS[kind], "size": 10, "color": VALUE_COLOUR,
                                "line": {"color": VALUE_COLOUR, "width": 2}},
                     "text": [f"Năm {p.year}: {format_quantity(p.value, unit_text)} ({label})" for p in mine],
                     "hovertemplate": HOVER})

    # y range: everything drawn, from zero when nothing is negative, with headroom so a bound
    # line at the top or a marker at the edge is not clipped.
    drawn = ys + [y for t in data if t.get("fill") for y in t["y"]]
    y0 = 0.0 if non_negative else min(drawn) - extent * 0.08
    y1 = max(drawn) + extent * 0.08
    years = [p.year for p in pts + parts] + [t.year for t in numeric]
    # The axis spans the plan's period (when given) and every year drawn.
    x_first = min([y for y in (first_year, *years) if y is not None])
    x_last = max([y for y in (last_year, *years) if y is not None])
    layout = {
        "height": HEIGHT,
        "margin": {"l": 8, "r": 8, "t": 8, "b": 8},
        "separators": ",.",       # decimal comma, thousands dot, as format_number writes them
        "showlegend": True,
        # Legend in rows along the bottom of the whole figure: placed against the container, not
        # the plot area, it stays under the year labels through every resize (paper-relative
        # y < 0 drifted over them after a phone/desktop resize).
        "legend": {"orientation": "h", "xref": "container", "x": 0, "xanchor": "left",
                   "yref": "container", "y": 0, "yanchor": "bottom"},
        "hovermode": "closest",
        "hoverlabel": {"align": "left", "namelength": -1, "font": {"size": 14}},
        "dragmode": False,        # no zoom or pan: touch scrolls the page
        "xaxis": {"range": [x_first - 0.5, x_last + 0.5], "tickmode": "linear", "tick0": x_first, "dtick": 1,
                  "tickformat": "d", "fixedrange": True, "automargin": True, "showgrid": False, "zeroline": False},
        "yaxis": {"title": {"text": unit_text}, "range": [_round(y0), _round(y1)], "fixedrange": True,
                  "automargin": True, "zeroline": False,
                  "exponentformat": "none", "separatethousands": True},   # 1.500.000, not 1,5M
        # For charts.js only (aria-label when the page gives none); escaped like every YAML string.
        "meta": {"title": escape(title)},
    }
    fig = {"data": data, "layout": layout}
    if breakdowns:
        # The total's line, one point per year (the kind shown in its hover text).
        reference = [_reference_trace(sorted({p.year: p for p in pts}.values(), key=lambda p: p.year), unit_text)] \
            if pts else []
        bounds = [v for t in numeric for v in (t.target.value, t.target.low, t.target.high) if v is not None]
        fig["shared"] = shared
        fig["views"] = {b.slug: {"data": reference + [_category_trace(n, s, unit_text) for n, s in enumerate(b.series)],
                                 "y": _view_range([p.value for p in pts] + bounds +
                                                  [p.value for s in b.series for p in s.points if _finite(p.value)])}
                        for b in breakdowns}
    return fig


def _view_range(ys: list[float]) -> list[float]:
    """A breakdown's y axis: around its values and the targets, not from zero, so ten communes
    between 86 and 100 % are told apart (the total's view keeps its axis from zero)."""
    lo, hi = min(ys), max(ys)
    pad = (hi - lo) * 0.1 or abs(hi) * 0.05 or 1.0
    return [_round(max(lo - pad, 0.0) if lo >= 0 else lo - pad), _round(hi + pad)]


def figure_json(fig: dict) -> str:
    """Compact, deterministic JSON; raises ValueError on NaN or infinity rather than emit invalid JSON."""
    return json.dumps(fig, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
