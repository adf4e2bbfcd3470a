"""An indicator's chart as SVG, drawn at build time from the figure description (figure.py).

The SVG is in the page: it shows before any script runs, with JavaScript off, on paper and
from a folder (file://). Its colours are classes that plansite.css maps to the light or dark
palette (Material's data-md-color-scheme, or the reader's system setting), so one drawing
serves both. Text is text: a <title>, a <desc> with every value, the unit and the axis labels;
the legend is HTML beside it, so it wraps on a phone. The table under it stays the accessible
form of the numbers.

Drawn by this module rather than a charting library. Measured on the shipped plan's 94 drawings
against matplotlib 3.11's SVG backend drawing the same descriptions: 0.7 KB gz per drawing on average
(largest 1.5 KB) against 2.2 KB (3.7 KB); 0.05 s for all against 11-16 s; both byte-identical when
drawn twice (matplotlib needs svg.hashsalt and no date). matplotlib has no gradient fill for a
bound's shade, writes no <desc>, bakes its colours in (no palette classes for the dark palette), draws
a legend that cannot wrap on a phone, and would add ~120 MB of dependencies (numpy, fonttools, pillow).

Deterministic: coordinates are rounded to 0.1 unit, ids come from the indicator and the view,
nothing depends on time or dict order.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from generator.site import texts as T
from generator.site.figure import BAND, BOUND, CATEGORY, LINE, SHADE, TARGET, TOTAL, VALUES, Figure, Trace, View
from generator.text.numbers import format_number

W, H = 600, 300           # user units; the SVG scales to the column's width
TOP, BOTTOM, RIGHT = 30, 34, 12
CHAR = 0.62 * 20          # the widest tick label's width per character, at the phone's font size
MARKER = {TARGET: 13, VALUES: 10, CATEGORY: 9, TOTAL: 18}   # diameters, as Plotly's marker sizes


def _n(x: float) -> str:
    """A coordinate: 0.1 unit is finer than any screen shows and keeps the file small."""
    s = f"{x:.1f}"
    if s == "-0.0":
        return "0"
    return s[:-2] if s.endswith(".0") else s


def nice_ticks(lo: float, hi: float, most: int = 6) -> list[float]:
    """Round values (1, 2, 2.5 or 5 × 10ⁿ apart) inside [lo, hi], at most `most` of them."""
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / (most - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.ceil(lo / step - 1e-9)
    ticks = [round((first + i) * step, 10) for i in range(most + 1)]
    return [t for t in ticks if t <= hi + 1e-9]


@dataclass(frozen=True)
class Scale:
    """Data (year, value) → user units inside a box (the plot area, or a legend sample's)."""
    x0: float
    x1: float
    y0: float
    y1: float
    left: float
    right: float
    top: float
    bottom: float

    @classmethod
    def of(cls, fig: Figure, view: View) -> "Scale":
        return cls(fig.years[0] - 0.5, fig.years[1] + 0.5, *view.y_range, left_margin(view), W - RIGHT, TOP, H - BOTTOM)

    def x(self, v: float) -> float:
        return self.left + (v - self.x0) / (self.x1 - self.x0) * (self.right - self.left)

    def y(self, v: float) -> float:
        return self.bottom - (v - self.y0) / ((self.y1 - self.y0) or 1) * (self.bottom - self.top)


SAMPLE = Scale(0, 1, 0, 1, 0, 28, 0, 14)   # a legend entry's little drawing


# Marker outlines as relative paths around the centre, for a radius r (Plotly's symbol names).
def _poly(r: float, corners: int, start: float, inner: float = 0.0) -> str:
    pts = []
    for i in range(corners * (2 if inner else 1)):
        radius = inner if inner and i % 2 else r
        a = math.radians(start + i * 360 / (corners * (2 if inner else 1)))
        pts.append((radius * math.cos(a), -radius * math.sin(a)))
    out = [f"m{_n(pts[0][0])},{_n(pts[0][1])}"]
    out += [f"l{_n(b[0] - a[0])},{_n(b[1] - a[1])}" for a, b in zip(pts, pts[1:])]
    return "".join(out) + "z"


def _shape(symbol: str, r: float) -> str:
    base = symbol.removesuffix("-open")
    d, h = _n(2 * r), _n(r)
    if base == "circle":
        return f"m-{h},0a{h},{h} 0 1,0 {d},0a{h},{h} 0 1,0 -{d},0"
    if base == "square":
        r *= 0.85
        return f"m-{_n(r)},-{_n(r)}h{_n(2 * r)}v{_n(2 * r)}h-{_n(2 * r)}z"
    if base == "line-ew":
        return f"m-{h},0h{d}"
    if base in ("x", "cross"):
        a = _n(r * 0.75)
        return (f"m-{a},-{a}l{_n(r * 1.5)},{_n(r * 1.5)}m0,-{_n(r * 1.5)}l-{_n(r * 1.5)},{_n(r * 1.5)}" if base == "x"
                else f"m-{h},0h{d}m-{h},-{h}v{d}")
    if base == "hourglass":
        return f"m-{h},-{h}h{d}l-{d},{d}h{d}z"
    corners = {"diamond": (4, 90), "triangle-up": (3, 90), "triangle-down": (3, 270), "triangle-left": (3, 180),
               "triangle-right": (3, 0), "pentagon": (5, 90), "hexagon": (6, 0), "star": (5, 90)}
    n, start = corners[base]
    return _poly(r * 1.1, n, start, inner=r * 0.45 if base == "star" else 0.0)


def _markers(t: Trace, s: Scale) -> str:
    r = MARKER[t.role] / 2
    shape = _shape(t.symbol, r)
    d = "".join(f"M{_n(s.x(x))},{_n(s.y(y))}{shape}" for x, y in zip(t.x, t.y, strict=True))
    open_ = t.symbol.endswith("-open") or t.symbol in ("x", "cross", "line-ew")
    return f'<path class="{"mo" if open_ else "m"}" d="{d}"/>'


def _line(t: Trace, s: Scale, close: bool = False) -> str:
    pts = [f"{_n(s.x(x))},{_n(s.y(y))}" for x, y in zip(t.x, t.y, strict=True)]
    return "M" + "L".join(pts) + ("Z" if close else "")


def _classes(t: Trace) -> str:
    """Role, palette colour and dash: plansite.css styles them for each palette and for paper."""
    return f"k-{t.role} c-{t.colour}" + (f" d-{t.dash}" if t.dash != "solid" else "")


def _trace(t: Trace, s: Scale, gid: str) -> str:
    cls = _classes(t)
    if t.role in (BAND, SHADE):
        fill = f' fill="url(#{gid}-{t.fade})"' if t.role == SHADE else ""
        body = f'<path d="{_line(t, s, close=True)}"{fill}/>'
    elif t.role in (BOUND, LINE):
        body = f'<path class="l" d="{_line(t, s)}"/>'
    elif t.role == TARGET or t.role == VALUES:
        body = _markers(t, s)
    else:   # TOTAL, CATEGORY: a line through the points and a marker at each
        body = (f'<path class="l" d="{_line(t, s)}"/>' if len(t.x) > 1 else "") + _markers(t, s)
    return f'<g class="{cls}">{body}</g>'


def _axes(fig: Figure, view: View, s: Scale) -> str:
    out = []
    for v in nice_ticks(*view.y_range):
        y = _n(s.y(v))
        out.append(f'<path class="g" d="M{_n(s.left)},{y}H{_n(s.right)}"/>'
                   f'<text class="ty" x="{_n(s.left - 6)}" y="{y}">{format_number(v)}</text>')
    for year in range(fig.years[0], fig.years[1] + 1):
        odd = " o" if (year - fig.years[0]) % 2 else ""       # hidden on a phone, where labels would touch
        out.append(f'<text class="tx{odd}" x="{_n(s.x(year))}" y="{_n(s.bottom + 22)}">{year}</text>')
    out.append(f'<path class="a" d="M{_n(s.left)},{_n(s.top)}V{_n(s.bottom)}H{_n(s.right)}"/>')
    if fig.unit:
        out.append(f'<text class="tu" x="{_n(s.left)}" y="18">{escape(fig.unit)}</text>')
    return "".join(out)


def _gradients(gid: str) -> str:
    """A bound's shade, strongest at the bound and fading away from it (stop colours from CSS)."""
    return (f'<defs><linearGradient id="{gid}-up" x1="0" y1="1" x2="0" y2="0"><stop class="s0" offset="0"/>'
            f'<stop class="s1" offset="1"/></linearGradient><linearGradient id="{gid}-down" x1="0" y1="0" x2="0" '
            f'y2="1"><stop class="s0" offset="0"/><stop class="s1" offset="1"/></linearGradient></defs>')


def _legend(traces: tuple[Trace, ...]) -> str:
    """HTML beside the drawing: it wraps on a narrow screen; each entry shows its line and marker."""
    seen, items = set(), []
    for t in sorted((t for t in traces if t.legend), key=lambda t: t.rank):
        if t.name in seen:
            continue
        seen.add(t.name)
        if t.role in (BAND, SHADE):
            sample = _trace(Trace(t.role, t.name, (0.15, 0.85, 0.85, 0.15, 0.15), (0.1, 0.1, 0.9, 0.9, 0.1),
                                  colour=t.colour), SAMPLE, "")
        else:   # its line across, its marker in the middle
            line = Trace(LINE, t.name, (0.0, 1.0), (0.5, 0.5), colour=t.colour, dash=t.dash)
            mark = Trace(t.role, t.name, (0.5,), (0.5,), symbol=t.symbol, colour=t.colour)
            sample = (f'<g class="{_classes(t)}">' + (f'<path class="l" d="{_line(line, SAMPLE)}"/>'
                                              if t.role not in (TARGET, VALUES) else "")
                      + (_markers(mark, SAMPLE) if t.symbol else "") + "</g>")
        items.append(f'<li><svg viewBox="0 0 28 14" aria-hidden="true">{sample}</svg>'
                     f'{escape(t.name)}</li>')
    return f'<ul class="ps-chart__legend">{"".join(items)}</ul>'


def _desc(fig: Figure, view: View) -> str:
    """Every value and target as a sentence each: what a screen reader or a search engine reads."""
    said = [text for t in fig.traces(view) if t.role not in (SHADE, LINE) for text in t.texts]
    return "; ".join(dict.fromkeys(said)) + "."


def left_margin(view: View) -> float:
    labels = [format_number(v) for v in nice_ticks(*view.y_range)]
    return max(len(x) for x in labels) * CHAR + 10


def svg(fig: Figure, view: View, key: str) -> str:
    """One view as an SVG element followed by its legend; `key` makes the element ids unique
    in the page (the indicator and the view)."""
    gid = f"ps-{key}-{view.slug or 'tong'}"
    s = Scale.of(fig, view)
    by = f" theo {view.label.lower()}" if view.slug else ""
    traces = "".join(_trace(t, s, gid) for t in fig.traces(view))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="ps-svg" viewBox="0 0 {W} {H}" role="img" '
            f'aria-labelledby="{gid}-t" aria-describedby="{gid}-d">'
            f'<title id="{gid}-t">{T.CHART_TITLE.vi}{escape(fig.title)}{escape(by)}</title>'
            f'<desc id="{gid}-d">{escape(_desc(fig, view))}</desc>'
            f'{_gradients(gid) if any(t.role == SHADE for t in fig.shared) else ""}'
            f'{_axes(fig, view, s)}<g class="p">{traces}</g></svg>{_legend(fig.traces(view))}')
