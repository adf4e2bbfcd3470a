"""Index pages that do not grow with the plan (issue 24): beyond INDEX_ROWS_MAX indicators, the
indicator index lists the groups (each with its page, its count and its status roll-up) instead
of every indicator, so the page a reader opens stays small however large the plan is."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import ROOT

AS_OF = dt.date(2025, 12, 17)


@pytest.fixture(scope="module")
def renderer():
    from generator.checks.family import load_project
    from generator.compute.compute import compute
    from generator.site.build import read_settings
    from generator.site.render import Renderer
    return Renderer(compute(load_project(ROOT), AS_OF), read_settings(ROOT))


def index_page(renderer) -> str:
    return renderer.pages()["chi-tieu/index.md"]


def href(to: str, page: str = "chi-tieu/index.md") -> str:
    """A link from a page to another (a file under docs/), as the page writes it: a Markdown link to
    the target's .md file (site/urls.rel_md)."""
    from generator.site.urls import rel_md
    return f"]({rel_md(page, to)})"


def rows(markup: str) -> list[str]:
    return re.findall(r"<tr>.*?</tr>|<tr .*?</tr>", re.split(r"<tbody[^>]*>", markup, maxsplit=1)[1], re.S)


def test_the_shipped_plan_index_lists_every_indicator(renderer):
    page = index_page(renderer)
    assert len(renderer.p.indicators) <= 150   # the shipped plan fits one table
    from generator.site.urls import Urls
    for iid in renderer.p.indicators:
        assert href(Urls.indicator(iid)) in page
    assert 'id="ps-indicators"' in page and "ps-indicator-groups" not in page


def test_a_plan_too_large_for_one_table_gets_its_groups_with_counts_and_status(renderer, monkeypatch):
    import generator.site.render as render
    from generator.site.urls import Urls
    monkeypatch.setattr(render, "INDEX_ROWS_MAX", 20)   # as if the shipped plan were a much larger one
    page = index_page(renderer)
    p, c = renderer.p, renderer.c
    assert 'id="ps-indicators"' not in page   # no row per indicator
    found = rows(page)
    assert len(found) == len(p.groups)
    for g, row in zip(p.groups, found):
        ids = c.group_ids(g.id)
        assert href(Urls.group(g.id)) in row   # the group's own page
        assert f'data-label="Số chỉ tiêu">{len(ids)}<' in row
        shown = {s: int(n) for s, n in re.findall(r'ps-status--([a-z-]+)">[^<]*</span> (\d+)', row)}
        assert shown == {s: n for s, n in c.counts(ids).items() if n}
    assert sum(len(c.group_ids(g.id)) for g in p.groups) == len(p.indicators)
    assert f"{len(p.indicators)} dòng" in page and f"{len(p.groups)} nhóm" in page


def test_the_yearly_page_of_a_plan_too_large_for_one_table_counts_its_groups(renderer, monkeypatch):
    import generator.site.render as render
    from generator.site.yearly_pages import year_page
    from generator.site.urls import Urls
    year = renderer.yearly.years[-1]
    full = renderer.pages()[year_page(year)]
    assert "ps-yearly-indicators" in full and "ps-yearly-groups" not in full   # the shipped plan: every row
    monkeypatch.setattr(render, "INDEX_ROWS_MAX", 20)
    page = renderer.pages()[year_page(year)]
    assert "ps-yearly-indicators" not in page and "<svg" not in page   # no row per indicator, no charts
    table = page.split('class="ps-table ps-stack ps-yearly-groups"', 1)[1]
    found = rows(table)
    report = renderer.yearly.reports[year]
    assert len(found) == len(renderer.p.groups)
    for g, row in zip(renderer.p.groups, found):
        mine = [x for x in report.indicators if x.level != "group" and renderer.p.indicators[x.id].group_id == g.id]
        assert href(Urls.group(g.id), year_page(year)) in row
        assert f'data-label="Số chỉ tiêu">{len(mine)}<' in row
        assert f'>{sum(bool(x.value) for x in mine)}</td>' in row
        shown = {s: int(n) for s, n in re.findall(r'ps-status--([a-z-]+)">[^<]*</span> (\d+)', row)}
        expected: dict[str, int] = {}
        for x in mine:
            if x.status:
                expected[x.status] = expected.get(x.status, 0) + 1
        assert shown == expected
