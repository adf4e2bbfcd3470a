"""Open data: the plan and its progress as CSV and JSON, Vietnamese text intact.

Target columns hold the plan's original text; interpretation is in separate
columns so nobody mistakes our reading for the document.

Each indicator with figures also gets a CSV in Open SDG's data format (open-sdg/indicator_<id>.csv:
`Year`, one column per dimension, `Value`; a row with empty dimension cells is the total), so the
figures feed an Open SDG site (sdg-build's InputCsvData) or an SDMX converter unchanged. And
datapackage.json (Frictionless Data Package v2) describes every published CSV: fields, types, units,
licence, sources.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from generator.data.amendments import field_value, in_force
from generator.data.evidence import claims_of, documents_of
from generator.data.project import Project
from generator.data.targets import Target

def target_column(year: int) -> str:
    return f"target_{year}"


def mark_column(mark) -> str:
    return mark.column or f"mark_{mark.id.replace('-', '_')}"


def baseline_column(baseline) -> str:
    return f"baseline_{baseline.id.replace('-', '_')}"


def indicator_columns(project: Project, with_plan: bool = False) -> list[str]:
    """One column per milestone, baseline and mark column the plan declares, named from the plan."""
    plan = project.plan
    return [
        *(["plan"] if with_plan else []),
        "id", "parent_id", "group_id", "group_name", "name", "unit",
        *(target_column(m) for m in project.milestones), *(baseline_column(b) for b in plan.baselines),
        *(mark_column(m) for m in plan.marks),
        "direction", "direction_basis", "qualitative_levels", "reporting_agency_id", "reporting_agency",
        "related_tasks", "name_as_written", "unit_as_written", "group_name_as_written",
    ]

PROGRESS_COLUMNS = [
    "indicator_id", "indicator_name", "unit", "year", "value", "level", "kind", "source", "source_url", "source_date",
    "reporting_agency_id",
    "reporting_agency", "report_year", "revised", "replaces_value", "illustrative", "note",
]


def indicator_rows(project: Project) -> list[dict]:
    groups = {g.id: g for g in project.groups}
    rows = []
    for ind in project.indicators.values():
        rows.append({
            "id": ind.id, "parent_id": ind.parent_id or "", "group_id": ind.group_id,
            "group_name": groups[ind.group_id].name, "name": ind.name, "unit": ind.unit,
            **{target_column(m): ind.target(m).text for m in project.milestones},
            **{baseline_column(b): ind.baselines.get(b.id, "") for b in project.plan.baselines},
            **{mark_column(m): "X" if m.id in ind.marks else "" for m in project.plan.marks},
            "direction": ind.direction,
            "direction_basis": ind.direction_basis, "qualitative_levels": " | ".join(ind.levels or ()),
            "reporting_agency_id": ind.reporting_agency, "reporting_agency": project.agency_name(ind.reporting_agency),
            "related_tasks": " ".join(ind.tasks),
            # Where the site completed or tidied the plan's text, the original stays in the open data too.
            "name_as_written": _as_written(ind.as_written, "name"),
            "unit_as_written": _as_written(ind.as_written, "unit"),
            "group_name_as_written": _as_written(groups[ind.group_id].as_written, "name"),
        })
    return rows


def _as_written(as_written, key: str) -> str:
    return (getattr(as_written, key) or "") if as_written else ""


def progress_rows(project: Project) -> list[dict]:
    rows = []
    for ind_id, reported in project.values.items():
        ind = project.indicators[ind_id]
        for rv in reported:
            v = rv.current
            rows.append({
                "indicator_id": ind_id, "indicator_name": ind.name, "unit": ind.unit, "year": v.year,
                "value": "" if v.number is None else _plain(v.number), "level": v.level or "", "kind": v.kind,
                "source": v.source, "source_url": v.source_url or "",
                "source_date": v.source_date.isoformat() if v.source_date else "", "reporting_agency_id": v.agency, "reporting_agency": project.agency_name(v.agency),
                "report_year": v.report_year, "revised": "yes" if rv.revised else "",
                "replaces_value": "" if not rv.revised else _plain(rv.replaced[-1].observed),
                "illustrative": "yes" if v.illustrative else "", "note": v.note or "",
            })
    return rows


def _plain(x) -> str:
    # Machine-readable files use a dot decimal: spreadsheets and scripts read it in any locale setting.
    if isinstance(x, float):
        return f"{x:.10g}"
    return str(x)


def task_records(project: Project) -> list[dict]:
    out = []
    for t in project.tasks.values():
        out.append({
            "id": t.id, "group": t.group, "subgroup": t.subgroup, "title": t.title, "text": t.text,
            "lead_agencies": [project.agency_name(a) for a in t.lead.agencies] if t.lead else None,
            "lead_agency_ids": list(t.lead.agencies) if t.lead else None,
            "lead_as_written": t.lead.as_written if t.lead else None,
            "coordinating_agencies": [project.agency_name(a) for a in t.coordinating.agencies] if t.coordinating else None,
            "coordinating_agency_ids": list(t.coordinating.agencies) if t.coordinating else None,
            "coordinating_as_written": t.coordinating.as_written if t.coordinating else None,
            "timeframe": t.timeframe.as_written if t.timeframe else None,
            "timeframe_kind": t.timeframe.kind if t.timeframe else None,
            "start_year": t.timeframe.start_year if t.timeframe else None,
            **({"end_year": t.timeframe.end_year} if t.timeframe and t.timeframe.end_year else {}),
            **({"recurrence": t.timeframe.recurrence} if t.timeframe and t.timeframe.recurrence else {}),
            **({"result": t.result} if t.result else {}), **({"note": t.note} if t.note else {}),
            **({"implements": [x.model_dump() for x in t.implements]} if t.implements else {}),
            "reports": [{"year": r.year, "status": r.status, "summary": r.summary, "agency_id": r.agency,
                         "illustrative": r.illustrative} for r in project.task_reports.get(t.id, [])],
        })
    return out


def agency_records(project: Project) -> list[dict]:
    """Every body with its recorded changes; each change carries its source documents in full."""
    docs = {i: json.loads(d.model_dump_json()) for i, d in project.documents.items()}
    out = []
    for a in project.agencies.values():
        rec = json.loads(a.model_dump_json())
        for c in rec["changes"]:
            c["sources"] = [docs[i] for i in c["sources"]]
        out.append(rec)
    return out


def _amended_value(v):
    if isinstance(v, Target):
        return v.text
    if isinstance(v, BaseModel):
        return json.loads(v.model_dump_json())
    return v


def amendment_records(project: Project) -> list[dict]:
    """Every change of every amending document: the value as issued, before and after, with its document."""
    _, history, _ = in_force(project, dt.date.max)
    out = []
    for revs in history.values():
        for r in revs:
            a = r.amendment
            original = project.tasks[r.item_id] if r.kind == "task" else project.indicators[r.item_id]
            out.append({
                "document": {"id": a.id, "kind": a.kind, "number": a.number, "date": a.date.isoformat(),
                             "issuer_id": a.issuer, "issuer": project.agency_name(a.issuer), "title": a.title,
                             "effective": a.effective.isoformat(), "urls": list(a.urls)},
                "item": f"{r.kind}:{r.item_id}", "action": "withdraw" if r.field is None else "set", "field": r.field,
                "as_issued": _amended_value(field_value(original, r.field)) if r.field else None,
                "before": _amended_value(r.old), "value": _amended_value(r.new),
            })
    return sorted(out, key=lambda x: (x["document"]["effective"], x["document"]["id"]))


def csv_text(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def json_text(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


DOCUMENT_FIELDS = {
    "id": "Mã văn bản (các tệp khác trích dẫn bằng mã này).",
    "kind": "Loại văn bản: Nghị quyết, Nghị định, Kế hoạch, Bài báo…",
    "number": "Số, ký hiệu như văn bản ghi; trống nếu không có.",
    "date": "Ngày ban hành hoặc đăng (YYYY-MM-DD); trống nếu chưa xác định.",
    "issuer": "Cơ quan ban hành hoặc nơi đăng.",
    "title": "Trích yếu hoặc tiêu đề, như văn bản viết.",
    "certainty": "van-ban: trang đọc được chính văn bản; bao-chi: theo báo chí; trich-dan: chỉ biết qua văn bản khác trích dẫn.",
    "urls": "Nơi đọc văn bản, cách nhau bởi dấu cách.",
    "url_kinds": "Loại của từng địa chỉ, cùng thứ tự: cong-thong-tin, cong-bao, bao-chi (theo tên miền).",
    "files": "Văn bản lưu trong kho dữ liệu (đường dẫn trong kho), cách nhau bởi dấu cách.",
    "claims": "Số điều trang này ghi dựa vào văn bản.",
    "claim_subjects": "Những gì các điều đó nói tới (mã cơ quan, chiều/nhóm phân tổ, mã kế hoạch, mã văn bản sửa đổi), cách nhau bởi dấu cách.",
}
DOCUMENT_COLUMNS = list(DOCUMENT_FIELDS)


def document_records(project: Project) -> list[dict]:
    """Every document the plan relies on, with the claims the site makes on its authority (evidence.py)."""
    claims = claims_of(project)
    out = []
    for d in documents_of(project).values():
        out.append({"id": d.id, "kind": d.kind, "number": d.number, "date": d.date.isoformat() if d.date else None,
                    "issuer": d.issuer, "title": d.title, "certainty": d.certainty,
                    "addresses": [{"url": a.url, "kind": a.kind} for a in d.addresses], "files": list(d.files),
                    "claims": [{"kind": c.kind, "subject": c.subject, "text": c.text} for c in claims if c.document == d.id]})
    return out


def document_rows(project: Project) -> list[dict]:
    return [{"id": r["id"], "kind": r["kind"], "number": r["number"] or "", "date": r["date"] or "", "issuer": r["issuer"],
             "title": r["title"], "certainty": r["certainty"], "urls": " ".join(a["url"] for a in r["addresses"]),
             "url_kinds": " ".join(a["kind"] for a in r["addresses"]), "files": " ".join(r["files"]),
             "claims": len(r["claims"]), "claim_subjects": " ".join(dict.fromkeys(c["subject"] for c in r["claims"]))}
            for r in document_records(project)]


def open_data_files(project: Project, with_plan: bool = False) -> dict[str, str]:
    """File name → content for every open-data file (UTF-8 text).

    `with_plan`: the repository holds several plans, so every row says which one it belongs to.
    """
    ind_rows = indicator_rows(project)
    prog_rows = progress_rows(project)
    prog_columns = PROGRESS_COLUMNS
    if with_plan:
        ind_rows = [{"plan": project.id, **r} for r in ind_rows]
        prog_rows = [{"plan": project.id, **r} for r in prog_rows]
        prog_columns = ["plan", *PROGRESS_COLUMNS]
    files = {
        # A BOM lets Excel on Windows open the CSV as UTF-8 instead of mangling the diacritics.
        "indicators.csv": "\ufeff" + csv_text(ind_rows, indicator_columns(project, with_plan)),
        "indicators.json": json_text(ind_rows),
        "progress.csv": "\ufeff" + csv_text(prog_rows, prog_columns),
        "progress.json": json_text(prog_rows),
        "tasks.json": json_text(task_records(project)),
        "agencies.json": json_text(agency_records(project)),
        "amendments.json": json_text(amendment_records(project)),
        "documents.json": json_text(document_records(project)),
        "documents.csv": "\ufeff" + csv_text(document_rows(project), DOCUMENT_COLUMNS),
    }
    for ind_id in project.indicators:
        rows = [r for r in prog_rows if r["indicator_id"] == ind_id]
        files[f"chi-tieu/{ind_id}.csv"] = "\ufeff" + csv_text(rows, prog_columns)
    tables = opensdg_tables(project)
    for table in tables:
        # No BOM here: Open SDG files are read by scripts (pandas, R, SDMX converters), where a
        # BOM glues itself to the first column's name ("\ufeffYear").
        files[table.name] = csv_text(table.rows, table.columns)
    files[PROGRESS_SCHEMA] = json_text(progress_schema(prog_columns))
    files[DATAPACKAGE] = json_text(datapackage(project, files, tables, with_plan))
    return files


def write_open_data(project: Project, out: Path, with_plan: bool = False) -> list[Path]:
    written = []
    for name, text in open_data_files(project, with_plan).items():
        path = Path(out) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        # Bytes, not text mode: the sizes and hashes datapackage.json gives are of exactly these bytes.
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


# ------------------------------------------------------------ Open SDG
OPENSDG_DIR = "open-sdg"


def opensdg_name(ind_id: str) -> str:
    """sdg-build reads the indicator id from the file name: indicator_6-3.csv is indicator 6-3."""
    return f"{OPENSDG_DIR}/indicator_{ind_id.replace('.', '-')}.csv"


@dataclass(frozen=True)
class OpenSdgTable:
    ind_id: str
    name: str                        # the file, relative to the data folder
    dimensions: tuple[str, ...]      # dimension ids, one column each, in the plan's order
    columns: list[str]               # Year, the dimensions' labels, Value
    rows: list[dict]
    illustrative_years: tuple[int, ...]
    agencies: tuple[str, ...]        # the bodies whose reports the figures come from
    sources: tuple[tuple, ...]       # the sources the reports name: (text as written, url, date)


def opensdg_tables(project: Project) -> list[OpenSdgTable]:
    """One table per indicator with a number in force: the total of each year, then its parts.

    Qualitative indicators have none (Open SDG's Value is a number). Replaced figures are left
    out: a file holds what the site shows today, and progress.csv says what each replaced."""
    dims = project.dimensions
    out = []
    for ind_id, reported in project.values.items():
        current = [rv.current for rv in reported if rv.current.number is not None]
        if not current:
            continue
        used = {d for v in current for p in v.parts for d, _ in p.cell}
        dim_ids = tuple(d for d in dims.by_id if d in used)
        labels = [dims.by_id[d].label for d in dim_ids]
        rows = []
        for v in sorted(current, key=lambda v: v.year):
            rows.append({"Year": v.year, **dict.fromkeys(labels, ""), "Value": _plain(v.number)})
            for part in sorted(v.parts, key=lambda p: _part_order(project, p.cell)):
                cells = dict(part.cell)
                rows.append({"Year": v.year, **{dims.by_id[d].label: dims.category(d, cells[d]).label if d in cells else ""
                                                for d in dim_ids}, "Value": _plain(part.number)})
        out.append(OpenSdgTable(
            ind_id, opensdg_name(ind_id), dim_ids, ["Year", *labels, "Value"], rows,
            tuple(sorted({v.year for v in current if v.illustrative})),
            tuple(sorted({v.agency for v in current})), tuple(sorted({(v.source, v.source_url or "", v.source_date.isoformat() if v.source_date else "")
                                for v in current if v.source}))))
    return out


def _part_order(project: Project, cell) -> tuple:
    """One-dimension parts before crossed ones, then the plan's dimension order, then category order."""
    dims = project.dimensions
    ids = list(dims.by_id)
    key = tuple(ids.index(d) for d, _ in cell)
    return (len(key), key, tuple([c.id for c in dims.by_id[d].categories].index(c) for d, c in cell))


# ------------------------------------------------------------ datapackage.json
DATAPACKAGE = "datapackage.json"
# Every per-indicator CSV of chi-tieu/ shares progress.csv's columns: one schema file, referenced.
PROGRESS_SCHEMA = "progress.schema.json"
PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
           "title": "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)"}
BOM_NOTE = "Tệp bắt đầu bằng BOM UTF-8 (byte EF BB BF) để Excel hiển thị đúng tiếng Việt; chương trình nên đọc bằng utf-8-sig."

PROGRESS_FIELDS = {
    "plan": ("string", "Mã kế hoạch (kho có nhiều kế hoạch)."),
    "indicator_id": ("string", "Mã chỉ tiêu hoặc chỉ tiêu con, như indicators.csv."),
    "indicator_name": ("string", "Tên chỉ tiêu như kế hoạch viết."),
    "unit": ("string", "Đơn vị tính như kế hoạch viết."),
    "year": ("integer", "Năm của số liệu."),
    "value": ("number", "Giá trị đã báo cáo, dấu chấm thập phân; trống với chỉ tiêu định tính (xem level)."),
    "level": ("string", "Mức đánh giá của chỉ tiêu định tính, như cơ quan báo cáo viết."),
    "kind": ("string", "Loại số liệu: uoc-tinh (ước tính), so-bo (sơ bộ), chinh-thuc (chính thức)."),
    "source": ("string", "Nguồn số liệu, như cơ quan báo cáo ghi."),
    "source_url": ("string", "Địa chỉ (http/https) đọc nguồn số liệu, nếu cơ quan báo cáo ghi."),
    "source_date": ("date", "Ngày của nguồn số liệu (YYYY-MM-DD), nếu cơ quan báo cáo ghi."),
    "reporting_agency_id": ("string", "Mã cơ quan báo cáo (agencies.json)."),
    "reporting_agency": ("string", "Tên cơ quan báo cáo."),
    "report_year": ("integer", "Năm của báo cáo chứa số liệu (có thể sau năm của số liệu)."),
    "revised": ("string", "yes: số này thay một số đã báo cáo trước đó cho cùng năm."),
    "replaces_value": ("string", "Số (hoặc mức) bị thay, như đã báo cáo."),
    "illustrative": ("string", "yes: số liệu minh hoạ, không phải số liệu thật."),
    "note": ("string", "Ghi chú của cơ quan báo cáo."),
}
PROGRESS_ENUMS = {"kind": ["uoc-tinh", "so-bo", "chinh-thuc"], "revised": ["yes"], "illustrative": ["yes"]}

INDICATOR_FIELDS = {
    "plan": "Mã kế hoạch (kho có nhiều kế hoạch).",
    "id": "Mã chỉ tiêu; chỉ tiêu con không đánh số trong phụ lục mang mã a, b, c… dưới chỉ tiêu cha.",
    "parent_id": "Mã chỉ tiêu cha (với chỉ tiêu con).",
    "group_id": "Mã nhóm chỉ tiêu.",
    "group_name": "Tên nhóm như phụ lục viết (chỗ bị cắt đã được trang bổ sung; chữ gốc ở group_name_as_written).",
    "name": "Tên chỉ tiêu như phụ lục viết (chỗ bị cắt đã được trang bổ sung; chữ gốc ở name_as_written).",
    "unit": "Đơn vị tính như phụ lục viết.",
    "direction": "Chiều tốt: higher (tăng là tốt), lower (giảm là tốt), keep (giữ mức).",
    "direction_basis": "Căn cứ của chiều tốt: plan (kế hoạch nói), targets (suy từ các mục tiêu), site (do trang này xác định).",
    "qualitative_levels": "Các mức của chỉ tiêu định tính, cách nhau bởi ' | '.",
    "reporting_agency_id": "Mã cơ quan báo cáo số liệu (do trang này phân công, không phải nội dung kế hoạch).",
    "reporting_agency": "Tên cơ quan báo cáo số liệu (do trang này phân công).",
    "related_tasks": "Mã các nhiệm vụ liên quan, cách nhau bởi dấu cách (do trang này gắn).",
    "name_as_written": "Tên chỉ tiêu đúng chữ văn bản, khi trang phải sửa chỗ bị cắt; trống nếu không sửa.",
    "unit_as_written": "Đơn vị đúng chữ văn bản, khi trang phải sửa định dạng; trống nếu không sửa.",
    "group_name_as_written": "Tên nhóm đúng chữ văn bản, khi trang phải sửa; trống nếu không sửa.",
}


def _field(name: str, type_: str, description: str, **extra) -> dict:
    return {"name": name, "type": type_, "description": description, **extra}


def progress_schema(columns: list[str]) -> dict:
    fields = []
    for c in columns:
        type_, about = PROGRESS_FIELDS[c]
        extra = {"constraints": {"enum": PROGRESS_ENUMS[c]}} if c in PROGRESS_ENUMS else {}
        fields.append(_field(c, type_, about, **extra))
    return {"$schema": SCHEMA_PROFILE, "fields": fields, "missingValues": [""]}


def indicator_schema(project: Project, columns: list[str]) -> dict:
    plan = project.plan
    about = dict(INDICATOR_FIELDS)
    for m in project.milestones:
        about[target_column(m)] = f"Mục tiêu năm {m}, đúng chữ của phụ lục (có thể là khoảng, '<4', '>70'…)."
    for b in plan.baselines:
        about[baseline_column(b)] = f"Cột “{b.label}” của phụ lục, đúng chữ."
    for mk in plan.marks:
        about[mark_column(mk)] = f"“X” nếu chỉ tiêu có trong {mk.name}."
    return {"$schema": SCHEMA_PROFILE, "fields": [_field(c, "string", about[c]) for c in columns], "missingValues": [""]}


def opensdg_schema(project: Project, table: OpenSdgTable, unit: str) -> dict:
    dims = project.dimensions
    fields = [_field("Year", "integer", "Năm của số liệu.", constraints={"required": True})]
    for d in table.dimensions:
        dim = dims.by_id[d]
        fields.append(_field(
            dim.label, "string",
            f"Phân tổ theo {dim.label.lower()}: nhóm của số liệu, như trang ghi trong plan/{project.id}/dimensions.yml; "
            "ô trống: tổng của mọi nhóm (dòng không có nhóm nào là giá trị chung của chỉ tiêu).",
            constraints={"enum": [c.label for c in dim.categories]}))
    fields.append(_field("Value", "number", f"Giá trị, dấu chấm thập phân. Đơn vị: {unit}.", unit=unit,
                         constraints={"required": True}))
    return {"$schema": SCHEMA_PROFILE, "fields": fields, "missingValues": [""]}


def _value_source(text: str, url: str, date: str) -> dict:
    """A source a report names, as a Data Package source: its words, and its address and date when given."""
    return {"title": f"Nguồn số liệu cơ quan ghi: {text}" + (f" ({date})" if date else ""), **({"path": url} if url else {})}


def _resource(name: str, path: str, text: str, bom: bool, **props) -> dict:
    data = text.encode("utf-8")
    return {"name": name, "type": "table", "path": path, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            **props, **({"description": f"{props.get('description', '')} {BOM_NOTE}".strip()} if bom else {})}


def _resource_name(path: str) -> str:
    """Data Package names: lower case letters, digits, '-', '_', '.'; the file's path, readable."""
    return path.removesuffix(".csv").replace("/", "-").lower()


def _plan_source(project: Project) -> dict:
    plan = project.plan
    issuer = project.agencies[plan.issuer]
    number = f" số {plan.number.value}" if plan.number.value else ""
    return {"title": f"{plan.kind.capitalize()}{number} của {issuer.full_name or issuer.name} "
                     f"(năm {plan.place_date.year}): {plan.title}"}


def _report_source(project: Project) -> dict:
    return {"title": f"Báo cáo hằng năm của các cơ quan về kế hoạch (tệp progress/{project.id}/<năm>/<cơ quan>.yml "
                     "trong kho mã nguồn của trang)"}


def datapackage(project: Project, files: dict[str, str], tables: list[OpenSdgTable], with_plan: bool) -> dict:
    """The Data Package (v2) descriptor of every CSV in the plan's data folder.

    Deterministic (no build date): built twice from the same data, it is the same file."""
    plan = project.plan
    illustrative = any(t.illustrative_years for t in tables) or any(
        rv.current.illustrative for rows in project.values.values() for rv in rows)
    resources = [
        _resource("indicators", "indicators.csv", files["indicators.csv"], True,
                  title="Các chỉ tiêu của kế hoạch",
                  description="Mọi chỉ tiêu và chỉ tiêu con của phụ lục: mục tiêu đúng chữ văn bản, đơn vị, nhóm, "
                              "cơ quan báo cáo (do trang này phân công).",
                  sources=[_plan_source(project)],
                  schema=indicator_schema(project, indicator_columns(project, with_plan))),
        _resource("progress", "progress.csv", files["progress.csv"], True,
                  title="Số liệu tiến độ",
                  description="Mọi số liệu đã báo cáo (số đang có hiệu lực; cột replaces_value ghi số bị thay)."
                              + (" Dòng có illustrative = yes là số liệu minh hoạ, không phải số liệu thật." if illustrative else ""),
                  sources=[_report_source(project)], schema=PROGRESS_SCHEMA),
    ]
    resources.append(_resource(
        "documents", "documents.csv", files["documents.csv"], True, title="Văn bản, nguồn",
        description="Các văn bản trang này dựa vào: nơi đọc, mức chắc chắn, số điều dựa vào mỗi văn bản "
                    "(chi tiết từng điều ở documents.json).",
        sources=[{"title": f"Sổ văn bản của trang: plan/agencies.yml (documents), plan/{project.id}/plan.yml (implements), "
                           f"văn bản sửa đổi kế hoạch, và văn bản kế hoạch lưu ở plan/{project.id}/"}],
        schema={"$schema": SCHEMA_PROFILE, "fields": [
            _field(c, "integer" if c == "claims" else "date" if c == "date" else "string", about)
            for c, about in DOCUMENT_FIELDS.items()], "missingValues": [""]}))
    for ind_id, ind in project.indicators.items():
        name = f"chi-tieu/{ind_id}.csv"
        resources.append(_resource(
            _resource_name(name), name, files[name], True, title=f"Số liệu chỉ tiêu {ind_id}: {ind.name}",
            description=f"Các dòng của progress.csv cho chỉ tiêu {ind_id}. Đơn vị: {ind.unit}.",
            unit=ind.unit, schema=PROGRESS_SCHEMA))   # sources: the package's (the reports)
    resources += [_opensdg_resource(project, files, t) for t in tables]
    return {
        "$schema": PACKAGE_PROFILE,
        "name": project.id,
        "title": plan.short_title,
        "description": (f"Dữ liệu mở của trang công khai tiến độ thực hiện kế hoạch ({plan.place}, "
                        f"{plan.period.start}–{plan.period.end}): chỉ tiêu, mục tiêu đúng chữ văn bản và số liệu "
                        "các cơ quan báo cáo. Số dùng dấu chấm thập phân."
                        + (" Có số liệu minh hoạ (không phải số liệu thật): xem cột illustrative và mô tả từng tệp."
                           if illustrative else "")),
        "languages": ["vi"],
        "licenses": [LICENSE],
        "sources": [_plan_source(project), _report_source(project)],
        "resources": resources,
    }


def _opensdg_resource(project: Project, files: dict[str, str], t: OpenSdgTable) -> dict:
    """One indicator's Open SDG CSV in the package: what it holds, its sources and its schema."""
    ind = project.indicators[t.ind_id]
    by = (f" Phân tổ theo: {', '.join(project.dimensions.by_id[d].label for d in t.dimensions)}."
          if t.dimensions else "")
    shown = (f" Số liệu minh hoạ (không phải số liệu thật): năm {', '.join(map(str, t.illustrative_years))}."
             if t.illustrative_years else "")
    return _resource(
        _resource_name(t.name), t.name, files[t.name], False, title=f"Chỉ tiêu {t.ind_id}: {ind.name} (định dạng Open SDG)",
        description=(f"Số liệu chỉ tiêu {t.ind_id} theo định dạng dữ liệu của Open SDG: cột Year, mỗi chiều phân tổ "
                     f"một cột, cột Value; dòng có các ô phân tổ trống là giá trị chung.{by} Đơn vị: {ind.unit}. "
                     f"Chỉ có số đang có hiệu lực (số bị thay nằm ở progress.csv).{shown}"),
        unit=ind.unit,
        sources=[{"title": f"Báo cáo của {project.agency_name(a)}"} for a in t.agencies]
                + [_value_source(*s) for s in t.sources],
        schema=opensdg_schema(project, t, ind.unit),
        **({"illustrative_years": list(t.illustrative_years)} if t.illustrative_years else {}))
