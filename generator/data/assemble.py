"""Stage 2, second half: assemble one plan's validated files into a Project.

checks/ checks; this module only puts checked data together (it trusts the checks).
"""
from __future__ import annotations

from collections import defaultdict

from generator.data import texts as T
from generator.data.dimensions import Dimensions, parse_key
from generator.data.load import Sources, plan_documents
from generator.text.numbers import parse_number, read_reported
from generator.data.project import GroupInfo, IndicatorInfo, PartValue, Project, ReportedValue, ReportInfo, TaskReportInfo, Value
from generator.data.targets import parse_target

KIND_RANK = {"uoc-tinh": 0, "so-bo": 1, "chinh-thuc": 2}


def build_project(src: Sources, checked: dict, reporting_agency) -> Project:
    """The Project of one plan whose files passed every check."""
    dims = Dimensions.of(src.dimensions.data.dimensions if src.dimensions else None)
    indicators, groups = _indicators(src, checked, reporting_agency, dims)
    project = Project(
        plan=src.plan.data, agencies={a.id: a for a in src.agencies.data.agencies},
        task_groups=list(src.tasks.data.groups), tasks={t.id: t for t in src.tasks.data.tasks},
        tasks_intro=src.tasks.data.intro or "", groups=groups, indicators=indicators, id=src.plan_id,
        agency_kinds=dict(src.agencies.data.kinds),
        documents={d.id: d for d in src.agencies.data.documents},
        amendments=sorted((f.data for f in src.amendments), key=lambda a: (a.effective, a.id)),
        task_labels=src.tasks.data.labels,
        tasks_heading=src.tasks.data.heading, tasks_layout=src.tasks.data.layout, dimensions=dims,
        source_files=plan_documents(src.root, src.plan_id))
    by_key = _reports(src, project, dims)
    _baseline_values(project, by_key)
    for (ind_id, _year), vals in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        # The latest report wins; within one report year an official figure beats a preliminary one.
        vals = sorted(vals, key=lambda v: (v.report_year, KIND_RANK[v.kind]))
        project.values.setdefault(ind_id, []).append(ReportedValue(vals[-1], tuple(vals[:-1])))
    for ind_id in project.values:
        project.values[ind_id].sort(key=lambda rv: rv.current.year)
    return project


def _indicators(src: Sources, checked: dict, reporting_agency, dims: Dimensions):
    """Every indicator as the pages read it (targets parsed, tasks and reporting body resolved
    from the indicator, its parent or its group), and the groups in the document's order."""
    indicators: dict[str, IndicatorInfo] = {}
    groups: list[GroupInfo] = []
    for f in sorted(src.groups, key=lambda f: _natural(f.data.id)):
        g = f.data
        for ind_id, (ind, group_id, parent_id, ff, where) in checked.items():
            if group_id != g.id:
                continue
            parent = checked[parent_id][0] if parent_id else None
            tasks = (ind.assigned.tasks if ind.assigned and ind.assigned.tasks else
                     parent.assigned.tasks if parent and parent.assigned and parent.assigned.tasks else g.assigned.tasks)
            levels = tuple(ind.levels) if ind.levels else None
            indicators[ind_id] = IndicatorInfo(
                id=ind.id, group_id=g.id, parent_id=parent_id, name=ind.name, unit=ind.unit,
                targets={y: parse_target(t, list(levels) if levels else None) for y, t in sorted(ind.targets.items())},
                baselines=dict(ind.baselines), marks=tuple(ind.marks), direction=ind.direction, direction_basis=ind.direction_basis,
                direction_note=ind.direction_note, levels=levels, as_written=ind.as_written,
                reporting_agency=reporting_agency(ind_id), tasks=tuple(tasks),
                sub_ids=tuple(s.id for s in ind.sub_indicators), source_file=ff.path,
                same_as=tuple((x.plan, x.indicator) for x in ind.same_as),
                breakdowns=tuple(dims.order(parse_key(k)) for k in ind.disaggregation.by) if ind.disaggregation else (),
                additive=bool(ind.disaggregation and ind.disaggregation.additive), notes=tuple(ind.notes),
                source_line=ff.positions.of(where)[0])
        groups.append(GroupInfo(g.id, g.name, g.as_written, g.assigned.reporting_agency, tuple(g.assigned.tasks),
                                tuple(i.id for i in g.indicators), f.path))
    return indicators, groups


def _reports(src: Sources, project: Project, dims: Dimensions) -> dict[tuple[str, int], list[Value]]:
    """The reports into the project (each report, each task's reports), and every value reported,
    by (indicator, year), for build_project to choose the one in force."""
    by_key: dict[tuple[str, int], list[Value]] = defaultdict(list)
    task_reports = defaultdict(list)
    for f in sorted(src.reports, key=lambda f: (f.data.year, f.path)):
        r = f.data
        for i, v in enumerate(r.indicators):
            if not v.filled:
                continue
            ind = project.indicators[v.id]
            number = None
            if not ind.qualitative:
                number = read_reported(v.value, f.positions.text(("indicators", i, "value")))
            by_key[(v.id, v.year or r.year)].append(Value(
                v.id, v.year or r.year, number, v.level, v.kind, v.source, v.note if not ind.qualitative else (v.note or (v.value if isinstance(v.value, str) else None)),
                r.agency, r.year, f.path, f.positions.of(("indicators", i))[0], r.illustrative,
                _parts(dims, v, f, ("indicators", i, "breakdown")), v.source_url, v.source_date))
        for t in (t for t in r.tasks if t.filled):
            task_reports[t.id].append(TaskReportInfo(t.id, r.year, t.status, t.summary, tuple(t.results),
                                                     tuple(t.evidence), r.agency, f.path, r.illustrative,
                                                     tuple(t.difficulties), tuple(t.proposals)))
        project.reports.append(ReportInfo(f.path, r.agency, r.year, r.illustrative, r.submitted,
                                          tuple(v.id for v in r.indicators if v.filled),
                                          tuple(t.id for t in r.tasks if t.filled),
                                          tuple(r.difficulties), tuple(r.proposals), r.budget))
    project.task_reports = {t: sorted(rs, key=lambda r: r.year) for t, rs in task_reports.items()}
    return by_key



# A baseline column is an observed value the document itself states: "Thực hiện năm …" is the
# realised figure, "Ước thực hiện …" an estimate.
BASELINE_KIND = {"thuc-hien": "chinh-thuc", "uoc-thuc-hien": "uoc-tinh"}


def _baseline_values(project: Project, by_key: dict) -> None:
    """The plan's baseline cells as observations of their year, where no report gives that year:
    they start each series, so pace and charts have a point before the first report."""
    plan = project.plan
    for b in plan.baselines:
        for ind in project.indicators.values():
            text = ind.baselines.get(b.id, "").strip()
            if not text or text == "-" or (ind.id, b.year) in by_key:
                continue
            number, level = None, None
            if ind.qualitative:
                if text not in (ind.levels or ()):
                    continue
                level = text
            else:
                try:
                    number = parse_number(text)
                except ValueError:
                    continue   # a range or a note: shown as written in the appendix columns only
            by_key[(ind.id, b.year)].append(Value(
                ind.id, b.year, number, level, BASELINE_KIND[b.kind], T.BASELINE_SOURCE.vi.format(label=b.label), None,
                plan.issuer, b.year, ind.source_file, ind.source_line, False))


def _parts(dims: Dimensions, v, f, where: tuple) -> tuple[PartValue, ...]:
    """The filled parts of a value, each cell in the plan's dimension order."""
    out = []
    for j, p in enumerate(v.breakdown):
        if p.value is None:
            continue
        cell = p.cell
        out.append(PartValue(tuple((d, cell[d]) for d in dims.order(cell)),
                             read_reported(p.value, f.positions.text(where + (j, "value"))), p.note,
                             f.positions.of(where + (j,))[0]))
    return tuple(out)


def _natural(id_: str):
    return tuple(int(p) if p.isdigit() else p for p in id_.split("."))
