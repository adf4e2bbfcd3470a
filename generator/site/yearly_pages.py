"""The yearly report on the site: one page per reported year, and the documents to download.

The page shows the same YearReport the .docx documents are written from
(yearly_report.py), so a figure on the page is the figure in the document.
The documents are part of the built site and of the open data (data/bao-cao-nam/).
"""
from __future__ import annotations

from functools import cached_property

from markupsafe import Markup

from generator.site import texts as T
from generator.data.project import Project
from generator.site.chart_svg import svg
from generator.site.indicator_pages import figure
from generator.compute.compute import year_duties
from generator.compute.status import STATUSES
from generator.documents.yearly_report import YearReport, body_report, file_names, reported_years, synthesised


def year_page(year: int) -> str:
    return f"bao-cao/nam-{year}.md"


def document_path(year: int, name: str) -> str:
    return f"data/bao-cao-nam/{year}/{name}"


class YearlyIndex:
    """What templates ask about the yearly reports: which years, each year's report, a body's remarks."""

    def __init__(self, project: Project):
        self.p = project

    @cached_property
    def years(self) -> list[int]:
        return reported_years(self.p)

    @cached_property
    def reports(self) -> dict[int, YearReport]:
        return {y: synthesised(self.p, y) for y in self.years}

    def documents(self, year: int) -> list[dict]:
        return [{"name": name, "path": document_path(year, name),
                 "label": T.SUMMARY_REPORT.vi if not agency else self.p.agency_name(agency)}
                for name, agency in file_names(self.p, year).items()]

    def for_agency(self, agency: str) -> list[dict]:
        """Per year where the body reported any: its difficulties, proposals and budget line."""
        out = []
        for y in self.years:
            r = self.reports[y]
            entry = {"year": y,
                     "difficulties": [x for x in r.difficulties if x.agency == agency],
                     "proposals": [x for x in r.proposals if x.agency == agency],
                     "budget": next((b for b in r.budget if b.agency == agency), None)}
            if entry["difficulties"] or entry["proposals"] or entry["budget"]:
                out.append(entry)
        return out


def key_charts(renderer, report: YearReport) -> list[dict]:
    """The charts the year's report points at: for each indicator a breakdown shows someone behind
    on, that breakdown's chart (the same drawing as on the indicator's page)."""
    out = []
    for b in report.behind:
        view = renderer.c.indicators[b.id]
        fig = figure(renderer.p, view)
        shown = next((v for v in fig.views if v.label.lower() == b.by), None) if fig else None
        if shown:
            out.append({"id": b.id, "name": b.name, "by": b.by,
                        "svg": Markup(svg(fig, shown, f"nam-{report.year}-{b.id.replace('.', '-')}"))})
    return out


def yearly_pages(renderer) -> dict[str, str]:
    idx: YearlyIndex = renderer.yearly
    # A plan too large for one indicator table (the indicator index lists its groups) gets its year's
    # results by group, and no charts (each is on its indicator's page): the page stays small.
    grouped = bool(renderer.indicator_groups())
    return {year_page(y): renderer.render("yearly.md.j2", year_page(y), r=idx.reports[y], docs=idx.documents(y),
                                          download=renderer.offline["download"],
                                          charts=[] if grouped else key_charts(renderer, idx.reports[y]),
                                          year_groups=year_groups(idx.reports[y]) if grouped else [])
            for y in idx.years}


def year_groups(r: YearReport) -> list[dict]:
    """The year's indicator rows counted by group: how many, how many with a value for the year, and
    the year's assessments (the rows follow their group's row, as in the plan's appendix)."""
    out: list[dict] = []
    for x in r.indicators:
        if x.level == "group":
            out.append({"id": x.id, "tt": x.tt, "name": x.name, "rows": 0, "with_value": 0,
                        "counts": dict.fromkeys(STATUSES, 0)})
        elif out:
            g = out[-1]
            g["rows"] += 1
            g["with_value"] += bool(x.value)
            if x.status:
                g["counts"][x.status] += 1
    return out


def yearly_documents(project: Project) -> dict[str, bytes]:
    """Every year's documents, by path under docs/."""
    from generator.documents.yearly_docx import docx_bytes
    out = {}
    for y in reported_years(project):
        duties = year_duties(project, y)   # once a year, not once per body's report
        for name, agency in file_names(project, y).items():
            out[document_path(y, name)] = docx_bytes(synthesised(project, y) if not agency
                                                     else body_report(project, y, agency, duties))
    return out
