"""The Plotly figure of an indicator's chart (figure.py describes it), drawn only when the reader
asks for interaction (hover values, zoom): the page itself shows the SVG chart_svg.py draws from
the same description.

The page carries the figure as HTML-escaped JSON in `<div data-figure="…">`;
assets/javascripts/charts.js loads the site's own plotly.js (and charts-live.js) (scatter traces only) on the
reader's click and draws it in place of the SVG, adapting the colours to Material's light or
dark palette.

No Plotly template: the figure carries only the few layout settings it needs.
Every trace is a `scatter`, the only trace type in the site's plotly.js bundle.

An indicator with a breakdown (by commune, sex, ethnic group) carries one more key,
`views`: for each breakdown, only its own traces (the total as a grey reference line,
then one line per category) and its y range. The layout and the target traces are
shared: charts.js shows `data` (the total) by default and, for a chosen breakdown, the
first `shared` traces of `data` (the targets) followed by that view's traces, on that
view's y range.

Strings (title, unit, the target as written, category labels) are entity-escaped: Plotly
reads a subset of HTML (<b>, <a href>, <br>, …) in trace names, hover text and axis titles,
so "<img …>" must reach it as "&lt;img …&gt;", which it shows as text.
"""
from __future__ import annotations

import json

from generator.site.figure import (BAND, BOUND, CATEGORY, LINE, SHADE, TARGET, TOTAL, VALUES, ChartBreakdown,
                                   ChartPoint, ChartSeries, ChartTarget, Figure, Trace, indicator_figure)

__all__ = ["ChartBreakdown", "ChartPoint", "ChartSeries", "ChartTarget", "figure_json", "indicator_figure",
           "plotly_figure"]

# Okabe–Ito colours, safe for colour-blind readers. These are the light-palette
# colours; charts-live.js swaps each for its dark-palette partner (DARK_COLOURS there), and
# plansite.css gives the SVG the same pairs.
VALUE_COLOUR = "#0072B2"                  # blue        (dark palette: sky blue #56B4E9)
TARGET_COLOUR = "#D55E00"                 # vermillion  (dark palette: orange #E69F00)
TARGET_FILL = "rgba(213,94,0,0.16)"       # a range band
TARGET_SHADE = "rgba(213,94,0,0.32)"      # the side of a bound that meets it, fading out to
TARGET_CLEAR = "rgba(213,94,0,0)"         # transparent
CATEGORY_COLOURS = ("#0072B2", "#009E73", "#CC79A7", "#000000")   # blue, bluish green, reddish purple, black
REFERENCE_COLOUR = "#808080"              # grey: readable on both palettes, never a category's colour
COLOURS = (VALUE_COLOUR, TARGET_COLOUR, TARGET_FILL, TARGET_SHADE, TARGET_CLEAR, *CATEGORY_COLOURS, REFERENCE_COLOUR)
PALETTE = {"value": VALUE_COLOUR, "target": TARGET_COLOUR, "total": REFERENCE_COLOUR,
           **{f"c{n}": c for n, c in enumerate(CATEGORY_COLOURS)}}

HEIGHT = 320
HOVER = "%{text}<extra></extra>"   # the precomputed text only; no trace name box


def escape(text: object) -> str:
    """Show text as text in Plotly: its HTML subset reads tags and entities."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _texts(t: Trace) -> list[str]:
    return [escape(x) for x in t.texts]


def _trace(t: Trace) -> dict:
    """One trace of the description as Plotly draws it."""
    xy = {"type": "scatter", "x": list(t.x), "y": list(t.y), "name": escape(t.name)}
    colour = PALETTE[t.colour]
    if t.group:
        xy.update(legendgroup=t.group, legendrank=t.rank)
    if t.role == TARGET:
        return {**xy, "mode": "markers", "marker": {"symbol": t.symbol, "size": 13, "color": colour},
                "text": _texts(t), "hovertemplate": HOVER}
    if t.role in (BAND, SHADE):
        # A filled polygon around the milestone year. Plotly ignores hovertemplate when hovering
        # a fill and shows a scalar `text` instead, so fills use hoverinfo "text".
        fill = {**xy, "mode": "lines", "fill": "toself", "hoveron": "fills+points", "hoverinfo": "text",
                "text": escape(t.texts[0]), "fillcolor": TARGET_FILL}
        if t.role == BAND:
            return {**fill, "line": {"color": colour, "width": 1.5}}
        scale = [[0, TARGET_CLEAR], [1, TARGET_SHADE]] if t.fade == "up" else [[0, TARGET_SHADE], [1, TARGET_CLEAR]]
        return {**fill, "showlegend": False, "line": {"width": 0},
                "fillgradient": {"type": "vertical", "colorscale": scale}}
    if t.role == BOUND:
        return {**xy, "mode": "lines", "line": {"color": colour, "width": 2.5, "dash": t.dash},
                "hoverinfo": "text", "text": escape(t.texts[0])}
    if t.role == LINE:
        return {**xy, "mode": "lines", "line": {"color": colour, "width": 2}, "hoverinfo": "skip",
                "showlegend": False}
    common = {"legendrank": t.rank, "text": _texts(t), "hovertemplate": HOVER}
    if t.role == VALUES:
        return {**xy, **common, "mode": "markers",
                "marker": {"symbol": t.symbol, "size": 10, "color": colour, "line": {"color": colour, "width": 2}}}
    if t.role == TOTAL:
        # A short bar at each year's total: a single year still shows, and no category's symbol is reused.
        return {**xy, **common, "mode": "lines+markers", "line": {"color": colour, "width": 5}, "opacity": 0.6,
                "marker": {"symbol": t.symbol, "size": 18, "line": {"color": colour, "width": 4}}}
    assert t.role == CATEGORY, t.role
    return {**xy, **common, "mode": "lines+markers", "line": {"color": colour, "width": 2, "dash": t.dash},
            "marker": {"symbol": t.symbol, "size": 9, "color": colour}}


def plotly_figure(fig: Figure) -> dict:
    """The description as a Plotly figure dict; targets first, so they are drawn under the values
    (and Plotly lets a later trace's point win the hover over an earlier trace's fill)."""
    x_first, x_last = fig.years
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
        "dragmode": False,        # charts.js turns zoom on when the reader asks for interaction
        "xaxis": {"range": [x_first - 0.5, x_last + 0.5], "tickmode": "linear", "tick0": x_first, "dtick": 1,
                  "tickformat": "d", "fixedrange": True, "automargin": True, "showgrid": False, "zeroline": False},
        "yaxis": {"title": {"text": escape(fig.unit)}, "range": list(fig.total.y_range), "fixedrange": True,
                  "automargin": True, "zeroline": False,
                  "exponentformat": "none", "separatethousands": True},   # 1.500.000, not 1,5M
        # For charts.js only (aria-label when the page gives none); escaped like every other string.
        "meta": {"title": escape(fig.title)},
    }
    out = {"data": [_trace(t) for t in fig.traces(fig.total)], "layout": layout}
    if fig.views:
        out["shared"] = len(fig.shared)
        out["views"] = {v.slug: {"data": [_trace(t) for t in v.traces], "y": list(v.y_range)} for v in fig.views}
    return out

def figure_json(fig: dict) -> str:
    """Compact, deterministic JSON; raises ValueError on NaN or infinity rather than emit invalid JSON."""
    return json.dumps(fig, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
