"""The open-data page: every file of the plan's data folder, with what it holds and its size,
and the indicators published in Open SDG's format.

Split from render.py: what only the open-data page (and an indicator page's download line) asks.
"""
from __future__ import annotations

from generator.site import texts as T
from generator.opendata.export import DATAPACKAGE, PROGRESS_SCHEMA, opensdg_name
from generator.text.numbers import format_number
from generator.site.urls import Urls


def open_data_list(renderer) -> list[dict]:
    about = {
        "indicators.csv": T.DATA_INDICATORS_CSV.vi,
        "indicators.json": T.DATA_INDICATORS_JSON.vi,
        "progress.csv": T.DATA_PROGRESS_CSV.vi,
        "progress.json": T.DATA_PROGRESS_JSON.vi,
        "tasks.json": T.DATA_TASKS_JSON(count=len(renderer.p.tasks))[0],
        "agencies.json": T.DATA_AGENCIES_JSON.vi,
        "amendments.json": T.DATA_AMENDMENTS_JSON.vi,
        "documents.csv": T.DATA_DOCUMENTS_CSV.vi,
        "documents.json": T.DATA_DOCUMENTS_JSON.vi,
        DATAPACKAGE: T.DATA_PACKAGE.vi,
        PROGRESS_SCHEMA: T.DATA_PROGRESS_SCHEMA.vi,
    }
    return [{"name": n, "about": a, "size": size_text(renderer.data_sizes.get(n, 0))} for n, a in about.items()]

def opensdg_file(renderer, ind_id: str) -> str | None:
    """The indicator's CSV in Open SDG's format, when it has one (a number in force)."""
    name = opensdg_name(ind_id)
    return name if name in renderer.data_sizes else None

def opensdg_list(renderer) -> list[dict]:
    """The Open SDG CSVs in the plan's indicator order, with the breakdowns each carries."""
    rows = []
    for iid, view in renderer.c.indicators.items():
        if (name := opensdg_file(renderer, iid)) is None:
            continue
        dims = []
        for b in view.breakdowns:
            dims += [renderer.p.dimensions.by_id[d].label for d in b.key if renderer.p.dimensions.by_id[d].label not in dims]
        rows.append({"id": iid, "name": view.info.name, "file": name, "dims": dims,
                     "size": size_text(renderer.data_sizes[name])})
    return rows


def size_text(n: int) -> str:
    # Under 1 KB in bytes: a file of 40 bytes (a header only) is not "0,0 KB".
    return f"{n} byte" if n < 1024 else f"{format_number(n / 1024, 1)} KB"


def open_data_page(renderer) -> dict[str, str]:
    p = renderer.p
    example = next((i for i in p.indicators if p.values.get(i)), next(iter(p.indicators), None))
    page = Urls.open_data()
    return {page: renderer.render("open_data.md.j2", page, files=open_data_list(renderer), example=example,
                                  opensdg=opensdg_list(renderer), **renderer.offline)}
