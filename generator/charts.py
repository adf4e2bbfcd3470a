"""Indicator charts as plain, small Plotly figure dicts (~2 KB of JSON, not ~8 KB).

The page carries the figure as HTML-escaped JSON in `<div data-figure="…">`;
assets/javascripts/charts.js draws it with the site's own plotly.js (scatter
traces only) and adapts the colours to Material's light or dark palette. The
table under the chart is the text alternative: the chart adds nothing the
table does not say.

No Plotly template: the figure carries only the few layout settings it needs.
Every trace is a `scatter`, the only trace type in the site's plotly.js bundle.

Strings that come from YAML (title, unit, the target as written) are
entity-escaped: Plotly reads a subset of HTML (<b>, <a href>, <br>, …) in trace
names, hover text and axis titles, so "<img …>" must reach it as "&lt;img …&gt;",
which it shows as text.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass

from .numbers import format_quantity
from .targets import Target, describe_target

# Okabe–Ito colours, safe for colour-blind readers. These are the light-palette
# colours; charts.js swaps each for its dark-palette partner (DARK_COLOURS there).
VALUE_COLOUR = "#0072B2"               # blue        (dark palette: sky blue #56B4E9)
TARGET_COLOUR = "#D55E00"              # vermillion  (dark palette: orange #E69F00)
TARGET_FILL = "rgba(213,94,0,0.16)"    # vermillion, translucent
COLOURS = (VALUE_COLOUR, TARGET_COLOUR, TARGET_FILL)

KIND_LABELS = {"uoc-tinh": "ước tính", "so-bo": "sơ bộ", "chinh-thuc": "chính thức"}
# Hollow for estimates, a triangle for preliminary figures, solid for official ones:
# the legend explains them and the shapes differ without relying on colour.
KIND_SYMBOLS = {"uoc-tinh": "circle-open", "so-bo": "triangle-up-open", "chinh-thuc": "circle"}

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
    year: int          # 2025 or 2030
    target: Target


def escape(text: object) -> str:
    """Show text as text in Plotly: its HTML subset reads tags and entities."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _finite(*xs: float | None) -> bool:
    return all(x is not None and math.isfinite(x) for x in xs)


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
    group = {"name": name, "legendgroup": f"muc-tieu-{year}"}
    reading = describe_target(tg, unit)          # unit already escaped by the caller
    if tg.kind == "number":
        return [{"type": "scatter", "mode": "markers", "x": [year], "y": [tg.value], **group,
                 "marker": {"symbol": "diamond", "size": 13, "color": TARGET_COLOUR},
                 "text": [f"{name}: {reading}"], "hovertemplate": HOVER}]
    text = f"{name}{_quote(tg)}: {reading}"
    x0, x1 = year - BAND_HALF_WIDTH, year + BAND_HALF_WIDTH
    if tg.kind == "range":
        lo, hi = tg.low, tg.high
        bound = None
    else:
        below = tg.op in ("<", "≤")
        bound = tg.value
        lo, hi = (bound - span, bound) if below else (bound, bound + span)
        if floor is not None:
            lo = max(lo, min(floor, bound))
        if ceiling is not None:
            hi = min(hi, max(ceiling, bound))
    # A filled polygon around the milestone; hovering inside it shows the scalar `text`
    # (Plotly ignores hovertemplate for fills, so hoverinfo "text" covers both cases).
    band = {"type": "scatter", "mode": "lines", "x": [x0, x1, x1, x0, x0], "y": [lo, lo, hi, hi, lo], **group,
            "fill": "toself", "fillcolor": TARGET_FILL, "line": {"color": TARGET_COLOUR, "width": 1},
            "hoveron": "fills+points", "hoverinfo": "text", "text": text}
    if bound is None:
        return [band]
    band["line"] = {"color": TARGET_FILL, "width": 0}   # the dashed bound line is the edge that matters
    line = {"type": "scatter", "mode": "lines", "x": [x0, year, x1], "y": [bound] * 3, **group, "showlegend": False,
            "line": {"color": TARGET_COLOUR, "width": 2.5, "dash": "dash"}, "hoverinfo": "text", "text": text}
    return [band, line]


def indicator_figure(title: str, unit: str, points: list[ChartPoint], targets: list[ChartTarget],
                     first_year: int = 2024, last_year: int = 2030) -> dict | None:
    """Actual values by year and the milestone targets; None when there is nothing numeric to draw."""
    pts = sorted((p for p in points if _finite(p.value)), key=lambda p: (p.year, p.kind))
    numeric = sorted((t for t in targets if _drawable(t)), key=lambda t: t.year)
    if not pts and not numeric:
        return None
    unit_text = escape(" ".join(str(unit or "").split()))
    ys = [p.value for p in pts] + [v for t in numeric for v in (t.target.value, t.target.low, t.target.high)
                                   if v is not None]
    spread = max(ys) - min(ys)
    span = max(spread * 0.3, max(abs(y) for y in ys) * 0.15) or 1.0
    floor = 0.0 if min(ys) >= 0 else None                       # shading below "<4" stops at zero
    ceiling = 100.0 if unit_text == "%" and max(ys) <= 100 else None   # and above "≥95 %" at 100 %

    data: list[dict] = []
    if len(pts) > 1:
        data.append({"type": "scatter", "mode": "lines", "x": [p.year for p in pts], "y": [p.value for p in pts],
                     "line": {"color": VALUE_COLOUR, "width": 2}, "hoverinfo": "skip", "showlegend": False,
                     "legendgroup": "so-lieu", "name": "Số liệu"})
    for kind, label in KIND_LABELS.items():
        mine = [p for p in pts if p.kind == kind]
        if not mine:
            continue
        data.append({"type": "scatter", "mode": "markers", "name": f"Số liệu {label}", "legendgroup": "so-lieu",
                     "x": [p.year for p in mine], "y": [p.value for p in mine],
                     "marker": {"symbol": KIND_SYMBOLS[kind], "size": 10, "color": VALUE_COLOUR,
                                "line": {"color": VALUE_COLOUR, "width": 2}},
                     "text": [f"Năm {p.year}: {format_quantity(p.value, unit_text)} ({label})" for p in mine],
                     "hovertemplate": HOVER})
    for t in numeric:
        data += _target_traces(t, unit_text, span, floor, ceiling)

    years = [p.year for p in pts] + [t.year for t in numeric]
    x_first, x_last = min([first_year, *years]), max([last_year, *years])
    layout = {
        "height": HEIGHT,
        "margin": {"l": 8, "r": 8, "t": 8, "b": 8},
        "separators": ",.",       # decimal comma, thousands dot, as format_number writes them
        "showlegend": True,
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.12, "yanchor": "top"},
        "hovermode": "closest",
        "hoverlabel": {"align": "left", "namelength": -1, "font": {"size": 14}},
        "dragmode": False,        # no zoom or pan: touch scrolls the page
        "xaxis": {"range": [x_first - 0.5, x_last + 0.5], "tickmode": "linear", "tick0": x_first, "dtick": 1,
                  "tickformat": "d", "fixedrange": True, "automargin": True, "showgrid": False, "zeroline": False},
        "yaxis": {"title": {"text": unit_text}, "fixedrange": True, "automargin": True, "zeroline": False,
                  "rangemode": "tozero" if floor is not None else "normal"},
        # For charts.js only (aria-label when the page gives none); escaped like every YAML string.
        "meta": {"title": escape(title)},
    }
    return {"data": data, "layout": layout}


def figure_json(fig: dict) -> str:
    """Compact, deterministic JSON; raises ValueError on NaN or infinity rather than emit invalid JSON."""
    return json.dumps(fig, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
