"""Amendments: FICTIONAL amending documents on a copy of the shipped data.

No real amendment of the Ea Súp plan is known. The two documents below are invented for the
tests (numbers say HƯ-CẤU, "fictional") and never reach the shipped site:
  1. effective 01/01/2025: target 2025 of indicator 6.5 from 62,5 to 65; task 4.2 reassigned to
     Phòng Nội vụ; task 6.1's timeframe moved to 2026;
  2. effective 01/06/2025: target 2025 of indicator 6.5 to 55; indicator 3.5 withdrawn; the text
     of task 8.1 replaced.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from generator.cli import main
from generator.compute.compute import compute, expected_reports
from generator.checks.family import load_project
from test_bodies import plain, site_pages

FIRST = """\
id: kh-1-hu-cau
kind: Kế hoạch
number: 1/KH-HƯ-CẤU
date: 2024-12-20
issuer: ubnd-huyen-ea-sup
title: Sửa đổi, bổ sung Kế hoạch (văn bản hư cấu, chỉ dùng trong kiểm thử)
effective: 2025-01-01
changes:
  - item: "indicator:6.5"
    field: target_2025
    value: "65"
  - item: "task:4.2"
    field: lead
    value:
      agencies: [phong-noi-vu]
      as_written: Phòng Nội vụ
  - item: "task:6.1"
    field: timeframe
    value:
      as_written: Từ năm 2026
      kind: tu-nam
      start_year: 2026
"""

SECOND = """\
id: kh-2-hu-cau
kind: Kế hoạch
number: 2/KH-HƯ-CẤU
date: 2025-05-10
issuer: ubnd-huyen-ea-sup
title: Sửa đổi lần hai (văn bản hư cấu, chỉ dùng trong kiểm thử)
effective: 2025-06-01
changes:
  - item: "indicator:6.5"
    field: target_2025
    value: "55"
  - item: "indicator:3.5"
    action: withdraw
  - item: "task:8.1"
    field: text
    value: Nội dung thay thế (hư cấu).
"""


def write(root, name, text):
    d = root / "plan" / "ea-sup-nq68" / "amendments"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")


@pytest.fixture
def amended(data_copy):
    write(data_copy, "kh-1-hu-cau.yml", FIRST)
    write(data_copy, "kh-2-hu-cau.yml", SECOND)
    return data_copy


def test_status_is_judged_against_the_target_in_force(amended):
    p = load_project(amended)
    assert p.indicators["6.5"].target(2025).text == "62,5"          # the plan as issued is kept
    early = compute(p, dt.date(2025, 3, 1)).indicators["6.5"]
    late = compute(p, dt.date(2025, 12, 20)).indicators["6.5"]
    assert early.info.target(2025).text == "65" and late.info.target(2025).text == "55"
    assert early.headline.status != "dat" and late.headline.status == "dat"   # 58 % against 65, then 55


def test_indicator_page_shows_the_target_in_force_and_its_history(amended):
    pages = site_pages(amended, dt.date(2025, 12, 20))
    text = plain(pages["chi-tieu/6-5.md"])
    assert "Mục tiêu đến năm 2025 55" in text
    assert ("(theo Kế hoạch số 2/KH-HƯ-CẤU ngày 10/05/2025, hiệu lực từ 01/06/2025; trước đó: 65)"
            " (theo Kế hoạch số 1/KH-HƯ-CẤU ngày 20/12/2024, hiệu lực từ 01/01/2025; trước đó: 62,5)") in text
    assert "Đã sửa đổi" in text and "Mục tiêu 2025: 62,5 → 65" in text and "Mục tiêu 2025: 65 → 55" in text
    withdrawn = plain(pages["chi-tieu/3-5.md"])
    assert "Đã bãi bỏ Chỉ tiêu này được bãi bỏ theo Kế hoạch số 2/KH-HƯ-CẤU" in withdrawn
    before = plain(site_pages(amended, dt.date(2025, 3, 1))["chi-tieu/6-5.md"])
    assert "Mục tiêu đến năm 2025 65 (theo Kế hoạch số 1/KH-HƯ-CẤU" in before and "trước đó: 65" not in before


def test_task_page_shows_reassignment_moved_timeframe_and_replaced_text(amended):
    pages = site_pages(amended, dt.date(2025, 6, 15))
    t42 = plain(pages["nhiem-vu/4-2.md"])
    assert "Phòng Nội vụ (nguyên văn: “Phòng Nội vụ”) (theo Kế hoạch số 1/KH-HƯ-CẤU" in t42
    assert "trước đó: Phòng Lao động - Thương binh và Xã hội)" in t42
    t61 = plain(pages["nhiem-vu/6-1.md"])
    assert "Từ năm 2026 (theo Kế hoạch số 1/KH-HƯ-CẤU" in t61
    t81 = plain(pages["nhiem-vu/8-1.md"])
    assert "Nội dung thay thế (hư cấu)." in t81 and "Nội dung: " in t81


def test_plan_page_keeps_the_text_as_issued_and_lists_the_history(amended):
    p = load_project(amended)
    text = plain(site_pages(amended, dt.date(2025, 12, 20))["ke-hoach.md"])
    assert "Lịch sử kế hoạch" in text
    first, second = text.index("Kế hoạch số 1/KH-HƯ-CẤU ngày 20/12/2024"), text.index("Kế hoạch số 2/KH-HƯ-CẤU ngày 10/05/2025")
    assert first < second
    assert "chỉ tiêu 3.5: bãi bỏ" in text and "nhiệm vụ 4.2: Cơ quan chủ trì tham mưu: Phòng Lao động" in text
    assert p.tasks["8.1"].text.split("\n")[0][:40] in text       # the full text is the plan as issued


def test_duties_follow_the_plan_in_force_on_each_deadline(amended):
    p = load_project(amended)
    e2024 = {(e.kind, e.id, e.named) for e in expected_reports(p, 2024)}
    e2025 = {(e.kind, e.id, e.named) for e in expected_reports(p, 2025)}
    assert ("task", "4.2", "phong-lao-dong-thuong-binh-va-xa-hoi") in e2024
    assert ("task", "4.2", "phong-noi-vu") in e2025
    assert any((k, i) == ("indicator", "3.5") for k, i, _ in e2024)
    assert not any((k, i) == ("indicator", "3.5") for k, i, _ in e2025)


def test_open_data_carries_as_issued_before_and_after_with_the_document(amended, tmp_path):
    assert main(["--root", str(amended), "export", "--out", str(tmp_path / "out")]) == 0
    rows = json.loads((tmp_path / "out" / "amendments.json").read_text(encoding="utf-8"))
    t65 = [r for r in rows if r["item"] == "indicator:6.5"]
    assert [(r["as_issued"], r["before"], r["value"]) for r in t65] == [("62,5", "62,5", "65"), ("62,5", "65", "55")]
    assert t65[1]["document"]["number"] == "2/KH-HƯ-CẤU" and t65[1]["document"]["effective"] == "2025-06-01"
    lead = next(r for r in rows if r["item"] == "task:4.2")
    assert lead["before"]["agencies"] == ["phong-lao-dong-thuong-binh-va-xa-hoi"] and lead["value"]["agencies"] == ["phong-noi-vu"]
    assert next(r for r in rows if r["item"] == "indicator:3.5")["action"] == "withdraw"


@pytest.mark.parametrize("old, new, says", [
    ('item: "indicator:6.5"', 'item: "indicator:6.55"', "Chỉ tiêu '6.55' không có trong kế hoạch. (gợi ý: có phải ý bạn là '6.5'?)"),
    ("field: timeframe", "field: time", "Trường 'time' không sửa được ở nhiệm vụ"),
    ("effective: 2025-01-01", "effective: 2023-12-31", "trước khi kế hoạch được ban hành (năm 2024)"),
    ('value: "65"', 'value: "sáu mươi"', "'sáu mươi'"),
    ("agencies: [phong-noi-vu]", "agencies: [phong-noi-vuu]", "Cơ quan 'phong-noi-vuu' không tồn tại"),
])
def test_a_wrong_amendment_is_located_and_explained(amended, capsys, old, new, says):
    f = amended / "plan/ea-sup-nq68/amendments/kh-1-hu-cau.yml"
    line = FIRST.splitlines().index(next(ln for ln in FIRST.splitlines() if old in ln)) + 1
    f.write_text(FIRST.replace(old, new), encoding="utf-8")
    assert main(["--root", str(amended), "validate"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and says in err, err
    assert f"plan/ea-sup-nq68/amendments/kh-1-hu-cau.yml:{line}:" in err, err


def test_two_amendments_changing_the_same_field_on_the_same_day_are_refused(amended, capsys):
    write(amended, "kh-2-hu-cau.yml", SECOND.replace("effective: 2025-06-01", "effective: 2025-01-01"))
    assert main(["--root", str(amended), "validate"]) == 1
    err = capsys.readouterr().err
    line = SECOND.splitlines().index('  - item: "indicator:6.5"') + 1
    assert f"plan/ea-sup-nq68/amendments/kh-2-hu-cau.yml:{line}:" in err
    assert ("Hai văn bản cùng sửa target_2025 của chỉ tiêu 6.5 có hiệu lực cùng ngày 01/01/2025 "
            "(đã có ở plan/ea-sup-nq68/amendments/kh-1-hu-cau.yml:9)") in err


def test_diff_reports_an_amendment_as_such(amended, data_copy, tmp_path, capsys):
    import shutil
    base = tmp_path / "base"
    for name in ("plan", "indicators", "progress"):
        shutil.copytree(amended / name, base / name)
    shutil.rmtree(base / "plan" / "ea-sup-nq68" / "amendments")
    capsys.readouterr()
    assert main(["--root", str(amended), "diff", str(base), str(amended)]) == 0
    out = capsys.readouterr().out
    assert "**Văn bản sửa đổi kế hoạch** (2)" in out
    assert ("Kế hoạch số 1/KH-HƯ-CẤU ngày 20/12/2024, hiệu lực từ 01/01/2025: chỉ tiêu 6.5: Mục tiêu 2025 62,5 → 65; "
            "nhiệm vụ 4.2: Cơ quan chủ trì tham mưu phong-lao-dong-thuong-binh-va-xa-hoi → phong-noi-vu") in out
    assert "chỉ tiêu 3.5: bãi bỏ" in out
