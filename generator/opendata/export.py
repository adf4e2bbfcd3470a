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
from generator.opendata import texts as T
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


# The columns of documents.csv; what each holds is described in texts.py (DOCUMENT_FIELDS).
DOCUMENT_COLUMNS = ["id", "kind", "number", "date", "issuer", "title", "certainty", "urls", "url_kinds", "files", "claims",
                    "claim_subjects"]


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
LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": T.LICENSE_TITLE.vi}

# Each column's type in the Table Schema; its description is in texts.py (PROGRESS_FIELDS).
PROGRESS_TYPES = {"year": "integer", "value": "number", "source_date": "date", "report_year": "integer"}
PROGRESS_ENUMS = {"kind": ["uoc-tinh", "so-bo", "chinh-thuc"], "revised": ["yes"], "illustrative": ["yes"]}



def _field(name: str, type_: str, description: str, **extra) -> dict:
    return {"name": name, "type": type_, "description": description, **extra}


def progress_schema(columns: list[str]) -> dict:
    fields = []
    for c in columns:
        extra = {"constraints": {"enum": PROGRESS_ENUMS[c]}} if c in PROGRESS_ENUMS else {}
        fields.append(_field(c, PROGRESS_TYPES.get(c, "string"), T.PROGRESS_FIELDS[c].vi, **extra))
    return {"$schema": SCHEMA_PROFILE, "fields": fields, "missingValues": [""]}


def indicator_schema(project: Project, columns: list[str]) -> dict:
    plan = project.plan
    about = {column: say.vi for column, say in T.INDICATOR_FIELDS.items()}
    for m in project.milestones:
        about[target_column(m)] = T.TARGET_FIELD.vi.format(year=m)
    for b in plan.baselines:
        about[baseline_column(b)] = T.BASELINE_FIELD.vi.format(label=b.label)
    for mk in plan.marks:
        about[mark_column(mk)] = T.MARK_FIELD.vi.format(name=mk.name)
    return {"$schema": SCHEMA_PROFILE, "fields": [_field(c, "string", about[c]) for c in columns], "missingValues": [""]}


def opensdg_schema(project: Project, table: OpenSdgTable, unit: str) -> dict:
    dims = project.dimensions
    fields = [_field("Year", "integer", T.YEAR_FIELD.vi, constraints={"required": True})]
    for d in table.dimensions:
        dim = dims.by_id[d]
        fields.append(_field(
            dim.label, "string",
            T.DIMENSION_FIELD.vi.format(dimension=dim.label.lower(), plan=project.id),
            constraints={"enum": [c.label for c in dim.categories]}))
    fields.append(_field("Value", "number", T.VALUE_FIELD.vi.format(unit=unit), unit=unit,
                         constraints={"required": True}))
    return {"$schema": SCHEMA_PROFILE, "fields": fields, "missingValues": [""]}


def _value_source(text: str, url: str, date: str) -> dict:
    """A source a report names, as a Data Package source: its words, and its address and date when given."""
    return {"title": T.VALUE_SOURCE.vi.format(text=text) + (f" ({date})" if date else ""), **({"path": url} if url else {})}


def _resource(name: str, path: str, text: str, bom: bool, **props) -> dict:
    data = text.encode("utf-8")
    return {"name": name, "type": "table", "path": path, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            **props, **({"description": f"{props.get('description', '')} {T.BOM_NOTE.vi}".strip()} if bom else {})}


def _resource_name(path: str) -> str:
    """Data Package names: lower case letters, digits, '-', '_', '.'; the file's path, readable."""
    return path.removesuffix(".csv").replace("/", "-").lower()


def _plan_source(project: Project) -> dict:
    plan = project.plan
    issuer = project.agencies[plan.issuer]
    number = T.PLAN_NUMBER.vi.format(number=plan.number.value) if plan.number.value else ""
    return {"title": T.PLAN_SOURCE.vi.format(kind=plan.kind.capitalize(), number=number,
                                             issuer=issuer.full_name or issuer.name, year=plan.place_date.year,
                                             title=plan.title)}


def _report_source(project: Project) -> dict:
    return {"title": T.REPORTS_SOURCE.vi.format(plan=project.id)}


def datapackage(project: Project, files: dict[str, str], tables: list[OpenSdgTable], with_plan: bool) -> dict:
    """The Data Package (v2) descriptor of every CSV in the plan's data folder.

    Deterministic (no build date): built twice from the same data, it is the same file."""
    plan = project.plan
    illustrative = any(t.illustrative_years for t in tables) or any(
        rv.current.illustrative for rows in project.values.values() for rv in rows)
    resources = [
        _resource("indicators", "indicators.csv", files["indicators.csv"], True,
                  title=T.INDICATORS_TITLE.vi, description=T.INDICATORS_DESCRIPTION.vi,
                  sources=[_plan_source(project)],
                  schema=indicator_schema(project, indicator_columns(project, with_plan))),
        _resource("progress", "progress.csv", files["progress.csv"], True,
                  title=T.PROGRESS_TITLE.vi,
                  description=T.PROGRESS_DESCRIPTION.vi + (T.PROGRESS_ILLUSTRATIVE.vi if illustrative else ""),
                  sources=[_report_source(project)], schema=PROGRESS_SCHEMA),
    ]
    resources.append(_resource(
        "documents", "documents.csv", files["documents.csv"], True, title=T.DOCUMENTS_TITLE.vi,
        description=T.DOCUMENTS_DESCRIPTION.vi, sources=[{"title": T.DOCUMENTS_SOURCE.vi.format(plan=project.id)}],
        schema={"$schema": SCHEMA_PROFILE, "fields": [
            _field(c, "integer" if c == "claims" else "date" if c == "date" else "string", T.DOCUMENT_FIELDS[c].vi)
            for c in DOCUMENT_COLUMNS], "missingValues": [""]}))
    for ind_id, ind in project.indicators.items():
        name = f"chi-tieu/{ind_id}.csv"
        resources.append(_resource(
            _resource_name(name), name, files[name], True, title=T.INDICATOR_TITLE.vi.format(id=ind_id, name=ind.name),
            description=T.INDICATOR_DESCRIPTION.vi.format(id=ind_id, unit=ind.unit),
            unit=ind.unit, schema=PROGRESS_SCHEMA))   # sources: the package's (the reports)
    resources += [_opensdg_resource(project, files, t) for t in tables]
    return {
        "$schema": PACKAGE_PROFILE,
        "name": project.id,
        "title": plan.short_title,
        "description": (T.PACKAGE_DESCRIPTION.vi.format(place=plan.place, start=plan.period.start, end=plan.period.end)
                        + (T.PACKAGE_ILLUSTRATIVE.vi if illustrative else "")),
        "languages": ["vi"],
        "licenses": [LICENSE],
        "sources": [_plan_source(project), _report_source(project)],
        "resources": resources,
    }


def _opensdg_resource(project: Project, files: dict[str, str], t: OpenSdgTable) -> dict:
    """One indicator's Open SDG CSV in the package: what it holds, its sources and its schema."""
    ind = project.indicators[t.ind_id]
    by = (T.OPENSDG_BY.vi.format(dimensions=", ".join(project.dimensions.by_id[d].label for d in t.dimensions))
          if t.dimensions else "")
    shown = (T.OPENSDG_ILLUSTRATIVE.vi.format(years=", ".join(map(str, t.illustrative_years)))
             if t.illustrative_years else "")
    return _resource(
        _resource_name(t.name), t.name, files[t.name], False, title=T.OPENSDG_TITLE.vi.format(id=t.ind_id, name=ind.name),
        description=T.OPENSDG_DESCRIPTION.vi.format(id=t.ind_id, by=by, unit=ind.unit, shown=shown),
        unit=ind.unit,
        sources=[{"title": T.REPORT_OF.vi.format(agency=project.agency_name(a))} for a in t.agencies]
                + [_value_source(*s) for s in t.sources],
        schema=opensdg_schema(project, t, ind.unit),
        **({"illustrative_years": list(t.illustrative_years)} if t.illustrative_years else {}))
