"""A plan's own file (plan/<id>/plan.yml): the bodies it names, its period and milestones, the
columns it declares, and one place in its body for the tasks."""
from __future__ import annotations

from generator.checks.checker import Checker


def check_plan(c: Checker) -> None:
    f = c.src.plan
    if not f:
        return
    p = f.data
    for where, value in _named_bodies(p):
        c.ref(f, where, value, c.agency_ids, "Cơ quan", "Agency")
    if p.period.end < p.period.start:   # a one-year plan (start == end) is common
        c.add(f, ("period", "end"), "Năm kết thúc không được trước năm bắt đầu.",
              "The end year cannot precede the start year.")
    for i, year in enumerate(p.milestones):
        if not p.period.start <= year <= p.period.end:
            c.add(f, ("milestones", i), f"Mốc {year} nằm ngoài thời kỳ của kế hoạch ({p.period.start}–{p.period.end}).",
                  f"Milestone {year} is outside the plan period ({p.period.start}–{p.period.end}).",
                  ("sửa năm mốc hoặc thời kỳ (period)", "fix the milestone year or the period"))
        if year in p.milestones[:i]:
            c.add(f, ("milestones", i), f"Mốc {year} được khai hai lần.", f"Milestone {year} is declared twice.")
    docs = {d.id for d in p.implements}
    for i, mark in enumerate(p.marks):
        if mark.document:
            c.ref(f, ("marks", i, "document"), mark.document, docs, "Văn bản", "Document")
    c.unique(f, p.marks, ("marks",), {}, "Mã cột đánh dấu", "mark column id")
    c.unique(f, p.baselines, ("baselines",), {}, "Mã cột thực hiện", "baseline column id")
    if p.appendix is None and p.milestones:
        c.add(f, ("milestones",), "Kế hoạch có mốc mục tiêu nhưng không có phụ lục chỉ tiêu (appendix).",
              "The plan declares milestones but has no indicator appendix.", key=True)
    if sum(1 for part in _walk(p.body) if part.contains == "tasks") != 1:
        c.add(f, ("body",), "Thân văn bản (body) phải có đúng một mục 'contains: tasks' (chỗ đặt các nhiệm vụ).",
              "The body must have exactly one part with 'contains: tasks'.", key=True)


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
