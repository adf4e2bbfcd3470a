"""A plan's own file (plan/<id>/plan.yml): the bodies it names, its period and milestones, the
columns it declares, and one place in its body for the tasks."""
from __future__ import annotations

from generator.checks import messages as M
from generator.checks.checker import Checker


def check_plan(c: Checker) -> None:
    f = c.src.plan
    if not f:
        return
    p = f.data
    for where, value in _named_bodies(p):
        c.ref(f, where, value, c.agency_ids, *M.AGENCY)
    if p.period.end < p.period.start:   # a one-year plan (start == end) is common
        c.say(f, ("period", "end"), M.END_BEFORE_START())
    for i, year in enumerate(p.milestones):
        if not p.period.start <= year <= p.period.end:
            c.say(f, ("milestones", i), M.MILESTONE_OUTSIDE(year=year, start=p.period.start, end=p.period.end),
                  M.MILESTONE_OUTSIDE_HINT())
        if year in p.milestones[:i]:
            c.say(f, ("milestones", i), M.MILESTONE_TWICE(year=year))
    docs = {d.id for d in p.implements}
    for i, mark in enumerate(p.marks):
        if mark.document:
            c.ref(f, ("marks", i, "document"), mark.document, docs, *M.DOCUMENT)
    c.unique(f, p.marks, ("marks",), {}, *M.MARK_COLUMN_ID)
    c.unique(f, p.baselines, ("baselines",), {}, *M.BASELINE_COLUMN_ID)
    if p.appendix is None and p.milestones and not any(n.contains == "appendix" for n in _walk(p.body)):
        c.say(f, ("milestones",), M.MILESTONES_WITHOUT_APPENDIX(), key=True)
    if sum(1 for part in _walk(p.body) if part.contains == "tasks") != 1:
        c.say(f, ("body",), M.ONE_TASKS_PART(), key=True)


def _named_bodies(p) -> list[tuple[tuple, str]]:
    """Every body the plan names, with where: the issuer, who reviews, reports, oversees."""
    r = p.responsibilities
    refs = [(("issuer",), p.issuer)]
    refs += [(("responsibilities", k), getattr(r, k)) for k in ("budget_review_by", "report_to", "report_via")
             if getattr(r, k)]
    refs += [(("responsibilities", k, i), a) for k in ("sub_plans_by", "oversight_by") for i, a in enumerate(getattr(r, k))]
    if r.yearly_report:
        refs += [(("responsibilities", "yearly_report", k), getattr(r.yearly_report, k)) for k in ("by", "to")]
    refs += [(("implements", i, "issuer"), d.issuer) for i, d in enumerate(p.implements)]
    return refs


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.items)
