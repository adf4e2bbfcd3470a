"""The open-data page: every file of the plan's data folder, with what it holds and its size,
and the indicators published in Open SDG's format.

Split from render.py: what only the open-data page (and an indicator page's download line) asks.
"""
from __future__ import annotations

from generator.opendata.export import DATAPACKAGE, PROGRESS_SCHEMA, opensdg_name
from generator.text.numbers import format_number
from generator.site.urls import Urls


def open_data_list(renderer) -> list[dict]:
    about = {
        "indicators.csv": "Mọi chỉ tiêu và chỉ tiêu con: mục tiêu nguyên văn, đơn vị, nhóm, cơ quan báo cáo",
        "indicators.json": "Như indicators.csv, dạng JSON",
        "progress.csv": "Mọi số liệu đã báo cáo: năm, giá trị, loại số liệu, nguồn, cơ quan",
        "progress.json": "Như progress.csv, dạng JSON",
        "tasks.json": f"{len(renderer.p.tasks)} nhiệm vụ: nội dung, cơ quan chủ trì, phối hợp (tên đầy đủ), thời gian, báo cáo",
        "agencies.json": "Các cơ quan, cách viết khác, thay đổi (ngày, cách thay đổi, cơ quan tiếp nhận, văn bản)",
        "amendments.json": "Văn bản sửa đổi kế hoạch, từng thay đổi: giá trị như ban hành, trước và sau, văn bản",
        "documents.csv": "Các văn bản, nguồn trang dựa vào: số, ngày, nơi đọc, mức chắc chắn, số điều dựa vào mỗi văn bản",
        "documents.json": "Như documents.csv, kèm từng điều trang ghi dựa vào mỗi văn bản",
        DATAPACKAGE: "Mô tả mọi tệp CSV ở đây theo chuẩn Frictionless Data Package 2.0: các cột, kiểu, đơn vị, "
                     "nhóm phân tổ, giấy phép, nguồn, kích thước và mã băm",
        PROGRESS_SCHEMA: "Các cột chung của progress.csv và data/chi-tieu/*.csv (Table Schema), datapackage.json dẫn tới",
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
