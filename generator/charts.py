"""Plotly figures as plain, small dicts (no default template: ~1 KB instead of ~7 KB).

The page carries the figure JSON in a data attribute; assets/javascripts/charts.js
draws it. Strings that come from YAML are entity-escaped because Plotly reads
a subset of HTML in text and hover labels.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass

from .numbers import format_number
from .targets import Target

KIND_LABELS = {"uoc-tinh": "Ước tính", "so-bo": "Sơ bộ", "chinh-thuc": "Chính thức"}
KIND_SYMBOLS = {"uoc-tinh": "circle-open", "so-bo": "triangle-up", "chinh-thuc": "circle"}
VALUE_COLOUR = "#0072B2"     # Okabe–Ito blue
TARGET_COLOUR = "#D55E00"    # Okabe–Ito vermillion


@dataclass(frozen=True)
class ChartPoint:
    year: int
    value: float
    kind: str


@dataclass(frozen=True)
class ChartTarget:
    year: int
    target: Target


def _esc(text: str) -> str:
    return html.escape(str(text), quote=False)


def _num(x: float, unit: str) -> str:
    n = format_number(x)
    return f"{n} %" if unit == "%" else (f"{n} {_esc(unit)}" if unit else n)


def _target_traces(t: ChartTarget, unit: str, span: float) -> list[dict]:
    tg = t.target
    label = f"Mục tiêu {t.year} (theo kế hoạch: {_esc(tg.text)})"
    x0, x1 = t.year - 0.3, t.year + 0.3
    common = {"name": f"Mục tiêu {t.year}", "legendgroup": "target", "showlegend": False,
              "hoverinfo": "text", "line": {"color": TARGET_COLOUR, "width": 1}}
    if tg.kind == "number":
        return [{"type": "scatter", "mode": "markers", "x": [t.year], "y": [tg.value],
                 "marker": {"symbol": "diamond", "size": 11, "color": TARGET_COLOUR},
                 "text": [f"{label}: {_num(tg.value, unit)}"], **common}]
    if tg.kind == "range":
        lo, hi = tg.low, tg.high
        text = f"{label}: từ {format_number(lo)} đến {_num(hi, unit)}"
    elif tg.kind == "comparison":
        below = tg.op in ("<", "≤")
        lo, hi = (tg.value - span, tg.value) if below else (tg.value, tg.value + span)
        words = {"<": "dưới", "≤": "không quá", ">": "trên", "≥": "ít nhất"}[tg.op]
        text = f"{label}: {words} {_num(tg.value, unit)}"
    else:
        return []
    return [{"type": "scatter", "mode": "lines", "x": [x0, x1, x1, x0, x0], "y": [lo, lo, hi, hi, lo],
             "fill": "toself", "fillcolor": "rgba(213,94,0,0.18)", "text": [text] * 5, "hoveron": "fills+points",
             **common}]


def indicator_figure(title: str, unit: str, points: list[ChartPoint], targets: list[ChartTarget],
                     first_year: int = 2024, last_year: int = 2030) -> dict | None:
    numeric = [t for t in targets if t.target.kind in ("number", "range", "comparison")]
    if not points and not numeric:
        return None
    ys = [p.value for p in points] + [v for t in numeric for v in (t.target.value, t.target.low, t.target.high)
                                       if v is not None]
    span = max(1.0, (max(ys) - min(ys)) * 0.25, abs(max(ys)) * 0.05)
    data: list[dict] = []
    pts = sorted(points, key=lambda p: p.year)
    if len(pts) > 1:
        data.append({"type": "scatter", "mode": "lines", "x": [p.year for p in pts], "y": [p.value for p in pts],
                     "line": {"color": VALUE_COLOUR, "width": 2}, "hoverinfo": "skip", "showlegend": False})
    for kind, label in KIND_LABELS.items():
        mine = [p for p in pts if p.kind == kind]
        if mine:
            data.append({"type": "scatter", "mode": "markers", "name": f"Số liệu {label.lower()}",
                         "x": [p.year for p in mine], "y": [p.value for p in mine],
                         "marker": {"symbol": KIND_SYMBOLS[kind], "size": 10, "color": VALUE_COLOUR,
                                    "line": {"color": VALUE_COLOUR, "width": 2}},
                         "text": [f"{p.year}: {_num(p.value, unit)} ({label.lower()})" for p in mine],
                         "hoverinfo": "text"})
    for t in numeric:
        data += _target_traces(t, unit, span)
    if numeric:
        data.append({"type": "scatter", "mode": "markers", "x": [None], "y": [None], "name": "Mục tiêu",
                     "marker": {"symbol": "diamond", "size": 10, "color": TARGET_COLOUR}, "hoverinfo": "skip"})
    layout = {
        "title": {"text": ""},
        "height": 320,
        "margin": {"l": 48, "r": 12, "t": 12, "b": 40},
        "separators": ",.",
        "xaxis": {"range": [first_year - 0.5, last_year + 0.5], "dtick": 1, "tickformat": "d", "fixedrange": True},
        "yaxis": {"title": {"text": _esc(unit)}, "fixedrange": True, "rangemode": "tozero" if min(ys) >= 0 else "normal"},
        "legend": {"orientation": "h", "y": -0.15},
        "hovermode": "closest",
        "meta": {"title": _esc(title)},
    }
    return {"data": data, "layout": layout}


def figure_json(fig: dict) -> str:
    return json.dumps(fig, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
