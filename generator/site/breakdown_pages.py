"""Pages of the breakdowns: one per category (a commune, a group), and their index.

A category's page answers "how is my commune doing?": every indicator that has a value for it,
against the plan's targets. Those targets are for the whole area; comparing one commune or one
group with them is the site's reading, and the pages say so.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.compute.breakdowns import Breakdown, Series
from generator.compute.compute import Computed, IndicatorView
from generator.data.dimensions import Dimensions
from generator.data.model import Category, Dimension
from generator.site.urls import Urls


@dataclass(frozen=True)
class CategoryRow:
    view: IndicatorView
    breakdown: Breakdown
    series: Series
    others: str                 # the other categories of a cell of several dimensions ("Dân tộc thiểu số"), or ""

    @property
    def total(self) -> float | None:
        """The overall value of the series' latest year, for comparison."""
        year = self.series.latest.year
        return next((rv.current.number for rv in self.view.values if rv.current.year == year), None)

    @property
    def behind(self) -> bool:
        b = self.breakdown.behind
        return bool(b and self.series.cell in b.cells and b.year == self.series.latest.year)


@dataclass(frozen=True)
class CategoryInfo:
    dimension: Dimension
    category: Category
    rows: tuple[CategoryRow, ...]
    successors: tuple[Category, ...]      # later categories whose area includes this one, per the sources
    covered: tuple[Category, ...]         # earlier categories this one includes, per the sources

    @property
    def page(self) -> str:
        return Urls.category(self.dimension.id, self.category.id)

    @property
    def behind(self) -> tuple[CategoryRow, ...]:
        return tuple(r for r in self.rows if r.behind)

    @property
    def indicator_ids(self) -> list[str]:
        """The indicators with a figure for it (a row each, or more when a cell also names another group)."""
        return list(dict.fromkeys(r.view.info.id for r in self.rows))

    @property
    def behind_ids(self) -> list[str]:
        return list(dict.fromkeys(r.view.info.id for r in self.behind))

    @property
    def report_files(self) -> list[str]:
        """The reports the page's figures come from."""
        years = {(r.view.info.id, p.year) for r in self.rows for p in r.series.points}
        return sorted({rv.current.report_file for r in self.rows for rv in r.view.values
                       if (r.view.info.id, rv.current.year) in years})

    @property
    def illustrative(self) -> bool:
        return any(p.illustrative for r in self.rows for p in r.series.points)


def categories(c: Computed) -> dict[tuple[str, str], CategoryInfo]:
    """Every category of every dimension the plan declares, with the values reported for it."""
    dims: Dimensions = c.project.dimensions
    rows: dict[tuple[str, str], list[CategoryRow]] = {}
    for view in c.indicators.values():
        for b in view.breakdowns:
            for s in b.series:
                for d, cat in s.cell:
                    others = ", ".join(dims.category(od, oc).label for od, oc in s.cell if od != d)
                    rows.setdefault((d, cat), []).append(CategoryRow(view, b, s, others))
    out = {}
    for dim in dims.by_id.values():
        for cat in dim.categories:
            out[(dim.id, cat.id)] = CategoryInfo(
                dim, cat, tuple(rows.get((dim.id, cat.id), ())), tuple(dims.successors(dim.id, cat.id)),
                tuple(x for x in dim.categories if x.id in cat.covers))
    return out


def behind_highlights(c: Computed, n: int = 3) -> list[tuple[IndicatorView, Breakdown]]:
    """For the home page: the breakdowns with the most categories behind, one per indicator, worst first."""
    best = []
    for view in c.indicators.values():
        judged = [b for b in view.breakdowns if b.behind and b.behind.cells]
        if judged:
            b = max(judged, key=lambda b: (len(b.behind.cells), b.behind.by_target))
            best.append((view, b))
    best.sort(key=lambda vb: (-len(vb[1].behind.cells), not vb[1].behind.by_target))
    return best[:n]


def breakdown_pages(renderer) -> dict[str, str]:
    """The index of breakdowns (always: it says when the plan declares none) and a page per category."""
    c = renderer.c
    infos = categories(c)
    views = [v for v in c.indicators.values() if v.breakdowns]
    out = {Urls.breakdowns(): renderer.render("breakdowns_index.md.j2", Urls.breakdowns(), infos=infos, views=views)}
    for info in infos.values():
        out[info.page] = renderer.render("category.md.j2", info.page, info=info)
    return out
