"""Values that jump implausibly far from the last one reported: warnings, never refusals."""
from __future__ import annotations

from dataclasses import dataclass

from generator.checks import messages as M
from generator.data.problems import Problem
from generator.data.project import Project
from generator.text.numbers import exact_quantity, jump


@dataclass(frozen=True)
class Jump:
    indicator: str
    year: int
    problem: Problem   # severity "warning"


def value_warnings(project: Project) -> list[Jump]:
    """Values that jump implausibly far from the last one reported: worth a second look, not a refusal.

    Real jumps happen (a new survey method, a school merged), so these never fail
    validate; they are printed, and shown in the pull-request summary.
    """
    out = []
    for ind_id, series in project.values.items():
        info = project.indicators[ind_id]
        if info.qualitative:
            continue
        for prev, cur in zip(series, series[1:]):
            b, a = prev.current, cur.current
            if b.number is None or a.number is None or (why := jump(b.number, a.number, info.unit)) is None:
                continue
            now, last = exact_quantity(a.number, info.unit), exact_quantity(b.number, info.unit)
            said = M.JUMP(id=ind_id, year=a.year, now=now, why_vi=why[0], why_en=why[1], last=last, last_year=b.year)
            out.append(Jump(ind_id, a.year, Problem(a.report_file, a.line, 1, *said, severity="warning")))
        out += _part_jumps(project, ind_id, series)
    return sorted(out, key=lambda j: j.problem)


def _part_jumps(project: Project, ind_id: str, series) -> list[Jump]:
    """The same check for each commune or group: a typo in one part (0,605 for 60,5) hides in a table of ten."""
    unit = project.indicators[ind_id].unit
    out = []
    for prev, cur in zip(series, series[1:]):
        before = {p.cell: p.number for p in prev.current.parts}
        for part in cur.current.parts:
            b = before.get(part.cell)
            if b is None or (why := jump(b, part.number, unit)) is None:
                continue
            who = project.dimensions.cell_label(part.cell)
            now, last, year = exact_quantity(part.number, unit), exact_quantity(b, unit), cur.current.year
            said = M.PART_JUMP(id=ind_id, year=year, who=who, now=now, why_vi=why[0], why_en=why[1], last=last,
                               last_year=prev.current.year)
            out.append(Jump(ind_id, year, Problem(cur.current.report_file, part.line, 1, *said, severity="warning")))
    return out

