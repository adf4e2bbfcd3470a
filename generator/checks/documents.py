"""Checks of the evidence: every document the data cites, and every claim's document.

The registry's own references (a change or a commune citing a document id that does not exist) are
checked where they are made (validate.py, breakdowns.py). Here: what needs every plan at once, or the
evidence registry (generator/data/evidence.py).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

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
                        f"Văn bản '{x.id}' có số {x.number} ở đây nhưng số {d.number} trong {AGENCIES}: cùng mã phải là cùng văn bản.",
                        f"Document '{x.id}' is numbered {x.number} here but {d.number} in {AGENCIES}: one id, one document.",
                        ("sửa số cho đúng văn bản, hoặc đặt mã khác nếu là hai văn bản khác nhau",
                         "correct the number, or use another id if these are two documents")))
        for f in src.reports:
            for i, v in enumerate(f.data.indicators):
                if (v.source_url or v.source_date) and not v.source:
                    out.append(f.problem(
                        ("indicators", i, "source_url" if v.source_url else "source_date"),
                        f"Chỉ tiêu {v.id}: có địa chỉ hoặc ngày của nguồn nhưng chưa ghi 'source' (tên nguồn).",
                        f"Indicator {v.id}: a source address or date without 'source' (the source's name).",
                        ("ghi source: tên văn bản, báo cáo hay cuộc điều tra cho số liệu này",
                         "give source: the document, report or survey the figure comes from")))
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
                    ("documents", i, "id"), f"Văn bản '{d.id}' không được dữ liệu nào trích dẫn.",
                    f"Document '{d.id}' is cited by nothing in the data.",
                    ("ghi mã này ở 'sources' của thay đổi cơ quan hoặc nhóm phân tổ nó làm căn cứ, hoặc xoá văn bản",
                     "cite it in the 'sources' of the change or category it supports, or remove it")))
    for pid, p in family.plans.items():
        if not p.source_files:
            stem = plan_files(pid)["document"]
            out.append(Problem(plan_files(pid)["plan"], 1, 1,
                               f"Văn bản kế hoạch chưa lưu trong kho ({stem}.txt, và bản ban hành .docx/.pdf nếu có).",
                               f"The plan's document is not kept in the repository ({stem}.txt, and the issued .docx/.pdf).",
                               "người đọc tải văn bản từ trang kế hoạch; kiểm thử đối chiếu dữ liệu với văn bản này",
                               "readers download it from the plan page; tests compare the data with it",
                               severity="warning"))
    return [dataclasses.replace(w, severity="warning") for w in out]
