"""Agencies change during a plan's life; tasks must show who answers for them now."""
from __future__ import annotations

import datetime as dt

from generator.build import generated_files, read_settings
from generator.validate import load_project

# A fixture, not a fact: the plan's real successors are for the district to record.
SUCCESSOR = """    successors:
      - agency: phong-noi-vu
        since: 2025-03-01
        basis: "Quyết định sáp nhập (ví dụ cho kiểm thử)"
"""


def with_successor(data_copy):
    f = data_copy / "plan" / "agencies.yml"
    text = f.read_text(encoding="utf-8")
    anchor = "    kind: co-quan-chuyen-mon\n    variants: [Phòng Lao động - TBXH, LĐTBXH]\n"
    assert anchor in text
    f.write_text(text.replace(anchor, anchor + SUCCESSOR), encoding="utf-8")
    return data_copy


def test_current_agency_follows_the_successor_from_its_date(data_copy):
    p = load_project(with_successor(data_copy))
    old = "phong-lao-dong-thuong-binh-va-xa-hoi"
    assert p.current_agency(old, dt.date(2025, 2, 28)) == old
    assert p.current_agency(old, dt.date(2025, 3, 1)) == "phong-noi-vu"
    # History is not rewritten: the task still names the agency the plan named.
    assert p.tasks["4.2"].lead.agencies == [old]


def test_pages_show_the_successor_without_renaming_the_plan(data_copy):
    root = with_successor(data_copy)
    files = generated_files(root, read_settings(root), as_of=dt.date(2026, 1, 1))
    task = files["nhiem-vu/4-2.md"].decode("utf-8")
    assert "Phòng Lao động - Thương binh và Xã hội" in task
    assert "nay do" in task and "Phòng Nội vụ" in task
    agency = files["co-quan/phong-lao-dong-thuong-binh-va-xa-hoi.md"].decode("utf-8")
    assert "Từ ngày 01/03/2025" in agency and "Phòng Nội vụ" in agency
    before = generated_files(root, read_settings(root), as_of=dt.date(2025, 1, 1))["nhiem-vu/4-2.md"].decode("utf-8")
    assert "nay do" not in before


def test_a_successor_must_exist(data_copy, capsys):
    from generator.cli import main
    f = with_successor(data_copy) / "plan" / "agencies.yml"
    f.write_text(f.read_text(encoding="utf-8").replace("agency: phong-noi-vu", "agency: phong-noi-vuu"), encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    assert "phong-noi-vuu" in capsys.readouterr().err
