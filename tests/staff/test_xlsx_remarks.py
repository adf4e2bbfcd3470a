"""The spreadsheet's sheets for difficulties, proposals and the year's budget."""
from __future__ import annotations

from openpyxl import load_workbook

from conftest import record_fictional_successor
from generator.cli import main

AGENCY = "trung-tam-y-te"


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


# The health centre ended on 30/06/2025: a 2026 report comes from a successor invented here (fictional).
SUCCESSOR = "so-y-te-thu-nghiem"


def with_successor(root):
    record_fictional_successor(root, AGENCY, SUCCESSOR, "Sở Y tế (hư cấu, kiểm thử)")


def test_remarks_and_budget_survive_an_unchanged_round_trip(data_copy):
    for year, agency in ((2024, AGENCY), (2024, "phong-giao-duc-va-dao-tao"), (2024, "phong-lao-dong-thuong-binh-va-xa-hoi")):
        path = data_copy / f"progress/ea-sup-nq68/{year}/{agency}.yml"
        before = path.read_bytes()
        assert b"difficulties:" in before or b"proposals:" in before
        xlsx = data_copy / f"{agency}.xlsx"
        assert run(data_copy, "export-xlsx", "--year", str(year), "--agency", agency, "--out", str(xlsx)) == 0
        assert run(data_copy, "import-xlsx", str(xlsx)) == 0
        assert path.read_bytes() == before


def test_staff_add_a_difficulty_a_task_proposal_and_the_budget_in_excel(data_copy, capsys):
    with_successor(data_copy)
    xlsx = data_copy / "bc.xlsx"
    assert run(data_copy, "export-xlsx", "--year", "2026", "--agency", SUCCESSOR, "--out", str(xlsx)) == 0
    wb = load_workbook(xlsx)
    ws = wb["Nhiệm vụ"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "6.2")
    ws.cell(row, 3).value, ws.cell(row, 4).value = "Đang triển khai", "Khám sức khoẻ cho người cao tuổi."
    ws = wb["Khó khăn, đề xuất"]
    ws.append(["Khó khăn, vướng mắc", None, "Thiếu bác sĩ ở trạm y tế xã."])
    ws["A2"], ws["B2"], ws["C2"] = "Đề xuất, kiến nghị", "6.2", "Bố trí thêm máy siêu âm."
    ws = wb["Kinh phí"]
    ws["B1"], ws["B2"], ws["B3"] = "1.250,5", 900, "Ngân sách huyện"
    wb.save(xlsx)
    assert run(data_copy, "import-xlsx", str(xlsx)) == 0
    text = (data_copy / f"progress/ea-sup-nq68/2026/{SUCCESSOR}.yml").read_text(encoding="utf-8")
    assert 'difficulties:\n  - "Thiếu bác sĩ ở trạm y tế xã."' in text
    assert '    proposals:\n      - "Bố trí thêm máy siêu âm."' in text
    assert 'budget:  # triệu đồng\n  estimate: "1250,5"\n  spent: "900"\n  note: "Ngân sách huyện"' in text


def test_a_remark_on_a_task_without_status_is_named_by_cell(data_copy, capsys):
    with_successor(data_copy)
    xlsx = data_copy / "bc.xlsx"
    assert run(data_copy, "export-xlsx", "--year", "2026", "--agency", SUCCESSOR, "--out", str(xlsx)) == 0
    wb = load_workbook(xlsx)
    ws = wb["Khó khăn, đề xuất"]
    ws["A2"], ws["B2"], ws["C2"] = "Khó khăn, vướng mắc", "6.2", "Thiếu bác sĩ."
    wb["Kinh phí"]["B1"] = "nhiều"
    wb.save(xlsx)
    assert run(data_copy, "import-xlsx", str(xlsx)) == 1
    err = capsys.readouterr().err
    assert "Sheet Khó khăn, đề xuất, ô B2: nhiệm vụ 6.2 chưa có Tình trạng" in err
    assert "Sheet Kinh phí, ô B1: 'nhiều' không phải là số" in err
    assert not (data_copy / f"progress/ea-sup-nq68/2026/{SUCCESSOR}.yml").exists()
