"""Open data: the plan and its progress as CSV and JSON, Vietnamese text intact.

Target columns hold the plan's original text; interpretation is in separate
columns so nobody mistakes our reading for the document.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from pydantic import BaseModel

from .amendments import field_value, in_force
from .project import Project
from .targets import Target

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
    "indicator_id", "indicator_name", "unit", "year", "value", "level", "kind", "source", "reporting_agency_id",
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
                "source": v.source, "reporting_agency_id": v.agency, "reporting_agency": project.agency_name(v.agency),
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
    }
    for ind_id in project.indicators:
        rows = [r for r in prog_rows if r["indicator_id"] == ind_id]
        files[f"chi-tieu/{ind_id}.csv"] = "\ufeff" + csv_text(rows, prog_columns)
    return files


def write_open_data(project: Project, out: Path, with_plan: bool = False) -> list[Path]:
    written = []
    for name, text in open_data_files(project, with_plan).items():
        path = Path(out) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
