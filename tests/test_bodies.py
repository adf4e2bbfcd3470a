"""Bodies over time: a FICTIONAL chain of changes, and the real record of 2025.

The chain below is invented for the tests (a copy of the shipped data, never published):
Phòng Lao động - TB&XH is renamed on 01/07/2025, the renamed office is merged into a
provincial department on 01/03/2026, and that department is dissolved on 01/01/2027.
"""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from generator.bodies import DISSOLVED, SPLIT, SUCCEEDED, UNCHANGED, UNDETERMINED, who_answers
from generator.cli import main
from generator.validate import load_project

OLD = "phong-lao-dong-thuong-binh-va-xa-hoi"
RENAMED = "phong-lao-dong-noi-vu-hu-cau"
MERGED = "so-xa-hoi-hu-cau"
DOC = {"id": "qd-hu-cau", "kind": "Quyết định", "number": "1/QĐ-HƯ-CẤU", "date": "2025-02-20",
       "issuer": "Cơ quan hư cấu", "title": "Văn bản hư cấu cho kiểm thử", "urls": []}


def registry(root):
    return yaml.safe_load((root / "plan/agencies.yml").read_text(encoding="utf-8"))


def write_registry(root, data):
    (root / "plan/agencies.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")


def with_chain(root):
    """Record the fictional chain renamed → merged → dissolved for Phòng LĐ-TBXH."""
    data = registry(root)
    for a in data["agencies"]:
        if a["id"] == OLD:
            a["changes"] = [{"kind": "doi-ten", "since": "2025-07-01", "to": [{"agency": RENAMED}], "sources": ["qd-hu-cau"]}]
    data["agencies"] += [
        {"id": RENAMED, "name": "Phòng Lao động và Nội vụ (hư cấu)", "kind": "co-quan-chuyen-mon", "in_plan": False,
         "changes": [{"kind": "sap-nhap", "since": "2026-03-01", "to": [{"agency": MERGED}], "sources": ["qd-hu-cau"]}]},
        {"id": MERGED, "name": "Sở Xã hội (hư cấu)", "kind": "chinh-quyen", "level": "tinh", "in_plan": False,
         "changes": [{"kind": "giai-the", "since": "2027-01-01", "sources": ["qd-hu-cau"]}]},
    ]
    data["documents"].append(DOC)
    write_registry(root, data)
    return root


def test_who_answers_follows_the_chain_date_by_date(data_copy):
    p = load_project(with_chain(data_copy))
    at = {d: who_answers(p.agencies, OLD, dt.date.fromisoformat(d)) for d in
          ("2025-06-30", "2025-07-01", "2026-03-01", "2026-12-31", "2027-01-01")}
    assert (at["2025-06-30"].outcome, at["2025-06-30"].current) == (UNCHANGED, OLD)
    assert (at["2025-07-01"].outcome, at["2025-07-01"].current) == (SUCCEEDED, RENAMED)
    assert (at["2026-03-01"].current, [s.agency for s in at["2026-03-01"].steps]) == (MERGED, [OLD, RENAMED])
    assert at["2026-12-31"].current == MERGED
    assert (at["2027-01-01"].outcome, at["2027-01-01"].current) == (DISSOLVED, None)
    # History is not rewritten: the task still names the body the plan named.
    assert p.tasks["4.2"].lead.agencies == [OLD]


def test_the_real_record_of_2025(project):
    """District bodies ended on 30/06/2025 with no recorded successor; nothing is inferred from a name."""
    on = dt.date(2025, 7, 1)
    for aid in ("phong-lao-dong-thuong-binh-va-xa-hoi", "phong-giao-duc-va-dao-tao", "trung-tam-y-te",
                "ubnd-huyen-ea-sup", "ubnd-cac-xa-thi-tran", "bao-hiem-xa-hoi-huyen"):
        before, after = project.answer(aid, on - dt.timedelta(days=1)), project.answer(aid, on)
        assert before.outcome == UNCHANGED and after.outcome == UNDETERMINED and after.current is None, aid
        assert after.last.change.sources == ["nq-203-2025-qh15"] or "nq-203-2025-qh15" in after.last.change.sources
    # Phòng Nội vụ is a district office too: the name does not make it anyone's successor.
    assert project.answer("phong-noi-vu", on).current is None
    # The Sở: labour and employment went to Sở Nội vụ; which body receives the plan's report is not recorded.
    so = project.answer("so-lao-dong-thuong-binh-va-xa-hoi", dt.date(2025, 12, 15))
    assert so.outcome == SPLIT and so.current is None
    part = so.last.change.to[0]
    assert part.agency == "so-noi-vu-tinh-dak-lak" and "việc làm" in part.functions
    assert so.last.change.since is None and so.last.change.known_by == dt.date(2025, 9, 10)
    assert project.documents["nq-203-2025-qh15"].number == "203/2025/QH15"
    # Provincial and central bodies have no recorded end.
    for aid in ("ubnd-tinh-dak-lak", "chinh-phu"):
        assert project.answer(aid, dt.date(2026, 11, 1)).outcome == UNCHANGED


@pytest.mark.parametrize("change, says", [
    ({"kind": "doi-ten", "since": "2025-03-01", "to": [{"agency": "phong-noi-vuu"}], "sources": ["qd-hu-cau"]},
     "Cơ quan kế nhiệm 'phong-noi-vuu' không tồn tại"),
    ({"kind": "sap-nhap", "since": "2025-03-01", "sources": ["qd-hu-cau"]}, "cần đúng một cơ quan ở 'to'"),
    ({"kind": "chia-tach", "since": "2025-03-01", "to": [{"agency": "phong-noi-vu"}], "sources": ["qd-hu-cau"]},
     "ghi 'functions'"),
    ({"kind": "giai-the", "since": "2025-03-01", "to": [{"agency": "phong-noi-vu"}], "sources": ["qd-hu-cau"]},
     "không có cơ quan kế nhiệm: bỏ 'to'"),
    ({"kind": "giai-the", "sources": ["qd-hu-cau"]}, "Ghi đúng một trong hai: 'since'"),
    ({"kind": "giai-the", "since": "2025-03-01", "sources": ["nghi-quyet-khong-co"]}, "Văn bản 'nghi-quyet-khong-co' không tồn tại"),
    ({"kind": "doi-ten", "since": "2025-03-01", "to": [{"agency": OLD}], "sources": ["qd-hu-cau"]},
     "không thể kế nhiệm chính nó"),
])
def test_a_wrong_change_is_located_and_explained(data_copy, capsys, change, says):
    data = registry(data_copy)
    data["documents"].append(DOC)
    for a in data["agencies"]:
        if a["id"] == OLD:
            a["changes"] = [change]
    write_registry(data_copy, data)
    assert main(["--root", str(data_copy), "validate"]) == 1
    err = capsys.readouterr().err
    assert "plan/agencies.yml:" in err and says in err and "Traceback" not in err


def test_a_loop_of_renames_is_refused(data_copy, capsys):
    data = registry(with_chain(data_copy))
    for a in data["agencies"]:
        if a["id"] == MERGED:
            a["changes"] = [{"kind": "doi-ten", "since": "2027-01-01", "to": [{"agency": OLD}], "sources": ["qd-hu-cau"]}]
    write_registry(data_copy, data)
    assert main(["--root", str(data_copy), "validate"]) == 1
    err = capsys.readouterr().err
    assert err.count("quay vòng") == 1 and f"{OLD} → {RENAMED} → {MERGED} → {OLD}" in err
