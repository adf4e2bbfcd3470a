"""Checks of the evidence: every document the data cites, and every claim's document.

The registry's own references (a change or a commune citing a document id that does not exist) are
checked where they are made (bodies.py, breakdowns.py). Here: what needs every plan at once, or the
evidence registry (generator/data/evidence.py).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.checks import messages as M
from generator.data.evidence import claims_of
from generator.data.load import AGENCIES, Sources, plan_files, read_agencies
from generator.data.problems import Problem


def evidence_problems(sources: dict[str, Sources]) -> list[Problem]:
    """Errors: a plan naming a document of the registry by its id but with another number; a value's
    address or date of its source with no source named."""
    out: list[Problem] = []
    for src in sources.values():
        registry = {d.id: d for d in src.agencies.data.documents} if src.agencies else {}
        if src.plan:
            for i, x in enumerate(src.plan.data.implements):
                d = registry.get(x.id)
                if d is not None and d.number and d.number != x.number:
                    out.append(src.plan.problem(
                        ("implements", i, "number"),
                        *M.DOCUMENT_NUMBER_DIFFERS(id=x.id, number=x.number, registered=d.number, registry=AGENCIES),
                        M.DOCUMENT_NUMBER_DIFFERS_HINT()))
        for f in src.reports:
            for i, v in enumerate(f.data.indicators):
                if (v.source_url or v.source_date) and not v.source:
                    out.append(f.problem(
                        ("indicators", i, "source_url" if v.source_url else "source_date"),
                        *M.SOURCE_DETAILS_WITHOUT_SOURCE(id=v.id), M.SOURCE_DETAILS_WITHOUT_SOURCE_HINT()))
    return out


def evidence_warnings(root: Path, family) -> list[Problem]:
    """Warnings: a document of the registry no claim cites; a plan whose own document is not kept."""
    out: list[Problem] = []
    cited = {c.document for p in family.plans.values() for c in claims_of(p)}
    agencies = read_agencies(root, [])
    if agencies is not None:
        for i, d in enumerate(agencies.data.documents):
            if d.id not in cited:
                out.append(agencies.problem(
                    ("documents", i, "id"), *M.DOCUMENT_UNCITED(id=d.id), M.DOCUMENT_UNCITED_HINT()))
    for pid, p in family.plans.items():
        if not p.source_files:
            stem = plan_files(pid)["document"]
            out.append(Problem(plan_files(pid)["plan"], 1, 1, *M.PLAN_DOCUMENT_NOT_KEPT(stem=stem),
                               *M.PLAN_DOCUMENT_NOT_KEPT_HINT(), severity="warning"))
    return [dataclasses.replace(w, severity="warning") for w in out]
