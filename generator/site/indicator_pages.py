"""The indicator pages: the figure (values, targets, and each breakdown's series), the table of values
and targets by year, and what each breakdown's table says beside the numbers.

Split from render.py along the line the breakdowns drew: everything only an indicator page needs.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.site import texts as T
from generator.compute.breakdowns import Breakdown, behind_line
from generator.site.chart_svg import svg
from generator.site.charts import figure_json, plotly_figure
from generator.site.figure import ChartBreakdown, ChartPoint, ChartSeries, ChartTarget, Figure, indicator_figure
from generator.compute.compute import IndicatorView
from generator.data.project import Project
from generator.site.urls import Urls


def figure(project: Project, view: IndicatorView) -> Figure | None:
    """What the indicator's chart draws: values, targets and each breakdown's series."""
    info = view.info
    if info.qualitative:
        return None
    points = [ChartPoint(rv.current.year, rv.current.number, rv.current.kind) for rv in view.values
              if rv.current.number is not None]
    targets = [ChartTarget(m, info.target(m)) for m in project.milestones]
    parts = tuple(ChartBreakdown(b.slug, tuple(ChartSeries(s.label, tuple(ChartPoint(p.year, p.number, p.kind)
                                                                          for p in s.points))
                                               for s in b.series), b.label)
                  for b in view.breakdowns)
    return indicator_figure(info.name, info.unit, points, targets,
                            first_year=project.plan.period.start, last_year=project.plan.period.end,
                            breakdowns=parts)


@dataclass(frozen=True)
class Chart:
    """A chart as the page carries it: one SVG per view (drawn now) and the Plotly figure (drawn on request)."""
    plotly: Markup                     # the figure JSON as a single-quoted attribute value
    views: tuple[tuple[str, Markup], ...]   # (slug, SVG and legend); "" is the total


def chart(project: Project, view: IndicatorView, key: str) -> Chart | None:
    """The figure JSON as a single-quoted attribute value: JSON's many double quotes then
    need no escaping, which keeps the page a third lighter than &#34; everywhere."""
    fig = figure(project, view)
    if not fig:
        return None
    escaped = figure_json(plotly_figure(fig)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace("'", "&#39;")
    return Chart(Markup(escaped), tuple((v.slug, Markup(svg(fig, v, key))) for v in (fig.total, *fig.views)))


def breakdown_table(b: Breakdown) -> dict:
    """What a breakdown's table says beside the numbers: each year's kind of figure (the
    total's), the notes on single values, whether any value is illustrative."""
    points = [(s, pt) for s in b.series for pt in s.points]
    return {"kinds": {pt.year: pt.kind for _, pt in points},
            "notes": [f"{T.WHO_IN_YEAR(who=s.label, year=pt.year)[0]}: {pt.note}" for s, pt in points if pt.note],
            "illustrative": any(pt.illustrative for _, pt in points)}

def value_rows(project: Project, view: IndicatorView) -> list[dict]:
    """Values and the targets in one year-ordered table, targets placed at their years."""
    rows = [{"year": rv.current.year, "value": rv, "target": None} for rv in view.values]
    rows += [{"year": m, "value": None, "target": view.info.target(m)} for m in project.milestones]
    return sorted(rows, key=lambda r: (r["year"], r["target"] is not None))


def indicator_pages(renderer) -> dict[str, str]:
    p = renderer.p
    out = {}
    for iid, view in renderer.c.indicators.items():
        page = Urls.indicator(iid)
        out[page] = renderer.render("indicator.md.j2", page, view=view, chart=chart(p, view, iid.replace('.', '-')),
                                    value_rows=value_rows(p, view),
                                    behind_lines=[line for b in view.breakdowns if (line := behind_line(b, view.info.unit))])
    return out
