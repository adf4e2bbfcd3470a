"""Breakdowns (phân tổ) in the Excel round trip: a sheet per breakdown, parts merged into the
report like values, and every mistake named by sheet and cell with the validator's words.

Each test exports a real template of the shipped plan, fills or breaks it the way a person
would, runs the real command and reads the report file that results.
"""
from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from conftest import make_site_root
from generator.cli import main

LD = "phong-lao-dong-thuong-binh-va-xa-hoi"
GD = "phong-giao-duc-va-dao-tao"
XA = "Theo Xã, thị trấn"
SHIPPED_WITH_PARTS = [(2024, GD), (2024, LD), (2025, GD), (2025, LD)]


@pytest.fixture
def root(tmp_path):
    return make_site_root(tmp_path / "repo")


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def report(root, year, agency):
    return root / f"progress/ea-sup-nq68/{year}/{agency}.yml"


def export(root, tmp_path, year=2025, agency=LD):
    path = tmp_path / f"{agency}-{year}.xlsx"
    assert run(root, "export-xlsx", "--year", str(year), "--agency", agency, "--out", str(path)) == 0
    return path


def import_(root, path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(root, "import-xlsx", str(path))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def header(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def part_row(ws, ind_id: str, cell: str, year=None) -> int:
    h = header(ws)
    return next(r for r in range(2, ws.max_row + 1)
                if ws.cell(r, 1).value == ind_id and ws.cell(r, h["Mã nhóm"]).value == cell
                and (year is None or ws.cell(r, h["Năm số liệu"]).value == year))


def validate_message(root, capsys, year, agency, old: str, new: str) -> str:
    """What `plansite validate` says when the same change is made in the YAML by hand."""
    path = report(root, year, agency)
    before = path.read_bytes()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    capsys.readouterr()
    assert run(root, "validate") == 1
    err = capsys.readouterr().err
    path.write_bytes(before)
    return re.search(r": lỗi: (.*)", err).group(1)


# ------------------------------------------------------------------ the round trip
@pytest.mark.parametrize("year,agency", SHIPPED_WITH_PARTS)
def test_an_unchanged_workbook_gives_back_the_same_bytes(root, tmp_path, capsys, year, agency):
    path = report(root, year, agency)
    before = path.read_bytes()
    assert b"breakdown:" in before
    code, out, _ = import_(root, export(root, tmp_path, year, agency), capsys)
    assert code == 0
    assert path.read_bytes() == before
    parts = before.count(b"      - {")
    assert f"- Số liệu phân tổ: 0 thêm mới, 0 thay đổi, {parts} không đổi." in out


def test_a_sheet_per_breakdown_with_a_row_per_cell_valid_in_the_year(root, tmp_path):
    wb = load_workbook(export(root, tmp_path))
    # The labour office's indicators are broken down by commune (5.10) and by sex and ethnic group (2.1, 3.2).
    assert wb.sheetnames[:5] == ["Hướng dẫn", "Chỉ tiêu", XA, "Theo Giới tính", "Theo Dân tộc"]
    ws = wb[XA]
    h = header(ws)
    assert list(h)[:5] == ["Mã", "Chỉ tiêu", "Đơn vị", "Năm số liệu", "Giá trị tổng (để đối chiếu)"]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "5.10"]
    # 2025: the ten former units (two of them until 30/06/2025) and the new xã Ea Súp (from 01/07/2025).
    assert len(rows) == 11
    labels = [ws.cell(r, h["Xã, thị trấn"]).value for r in rows]
    assert labels[0] == "Thị trấn Ea Súp" and labels[-1] == "Xã Ea Súp"
    ea_bung = part_row(ws, "5.10", "ea-bung")
    assert ws.cell(ea_bung, h["Giá trị"]).value == 4.1 and ws.cell(ea_bung, h["Giá trị tổng (để đối chiếu)"]).value == "3,6"
    assert ws.protection.sheet
    assert not ws.cell(ea_bung, h["Giá trị"]).protection.locked and not ws.cell(ea_bung, h["Ghi chú"]).protection.locked
    assert all(ws.cell(ea_bung, h[k]).protection.locked for k in ("Mã", "Xã, thị trấn", "Mã nhóm", "Năm số liệu"))
    # Excel's own check on the value cell: the same rule and words as the indicator sheet.
    dv = next(d for d in ws.data_validations.dataValidation if f"{ws.cell(ea_bung, h['Giá trị']).coordinate}" in str(d.sqref))
    assert dv.type == "decimal" and dv.error.startswith("Hãy nhập một số")
    # The revised 2024 figure of 2.1 has its own rows, for the year it is for.
    sex = wb["Theo Giới tính"]
    years = [sex.cell(r, header(sex)["Năm số liệu"]).value for r in range(2, sex.max_row + 1)
             if sex.cell(r, 1).value == "2.1"]
    assert years == [2024, 2024, 2025, 2025]
    assert "Theo Xã, thị trấn" in " ".join(str(c.value) for c in wb["Hướng dẫn"]["B"])


def test_2024_lists_only_the_former_communes(root, tmp_path):
    ws = load_workbook(export(root, tmp_path, 2024, GD))[XA]
    cells = [ws.cell(r, header(ws)["Mã nhóm"]).value for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "6.3"]
    assert len(cells) == 10 and "xa-ea-sup" not in cells


# ------------------------------------------------------------------ merging
def test_staff_change_add_and_annotate_parts(root, tmp_path, capsys):
    path = export(root, tmp_path)
    before = report(root, 2025, LD).read_text(encoding="utf-8")
    wb = load_workbook(path)
    ws = wb[XA]
    h = header(ws)
    ws.cell(part_row(ws, "5.10", "ea-bung"), h["Giá trị"]).value = "4,3"                 # changed, typed as text
    ws.cell(part_row(ws, "5.10", "ea-le"), h["Ghi chú"]).value = "Số của UBND xã"       # a note added
    sex = wb["Theo Giới tính"]
    r = part_row(sex, "3.2", "nu")
    sex.cell(r, header(sex)["Giá trị"]).value, sex.cell(r, header(sex)["Giá trị"]).number_format = 0.095, "0.0%"
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    after = report(root, 2025, LD).read_text(encoding="utf-8")
    assert '- {xa: ea-bung, value: "4,3"}' in after
    assert '- {xa: ea-le, value: "4,4", note: "Số của UBND xã"}' in after
    assert '- {gioi-tinh: nu, value: "9,5"}' in after          # read as the percent the person saw
    assert "~ 5.10 · Xã Ea Bung: 4,1 → 4,3" in out and "~ 5.10 · Xã Ea Lê: sửa ghi chú" in out
    assert "~ 3.2 · Nữ: 9,3 → 9,5" in out
    assert "- Số liệu phân tổ: 0 thêm mới, 3 thay đổi," in out
    changed = [a for a, b in zip(after.splitlines(), before.splitlines()) if a != b]
    assert len(changed) == 3 and len(after.splitlines()) == len(before.splitlines())
    assert run(root, "validate") == 0


def test_a_part_added_goes_where_its_group_is_declared(root, tmp_path, capsys):
    # 2024's 6.3 with one commune taken out of the YAML: the workbook puts it back in its place.
    path_yml = report(root, 2024, GD)
    text = path_yml.read_text(encoding="utf-8")
    path_yml.write_text(text.replace('      - {xa: ea-bung, value: "92,4"}\n', ""), encoding="utf-8")
    path = export(root, tmp_path, 2024, GD)
    wb = load_workbook(path)
    ws = wb[XA]
    ws.cell(part_row(ws, "6.3", "ea-bung"), header(ws)["Giá trị"]).value = 92.4
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    assert path_yml.read_text(encoding="utf-8") == text
    assert "+ 6.3 · Xã Ea Bung: 92,4" in out and "- Số liệu phân tổ: 1 thêm mới, 0 thay đổi, 19 không đổi." in out


def test_blank_cells_deleted_rows_and_a_deleted_sheet_keep_the_parts(root, tmp_path, capsys):
    path = export(root, tmp_path)
    before = report(root, 2025, LD).read_bytes()
    wb = load_workbook(path)
    ws = wb[XA]
    ws.cell(part_row(ws, "5.10", "ea-bung"), header(ws)["Giá trị"]).value = None
    ws.delete_rows(part_row(ws, "5.10", "ia-lop"))
    del wb["Theo Dân tộc"]
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    assert report(root, 2025, LD).read_bytes() == before
    assert f"= chỉ tiêu 5.10 · Xã Ea Bung: ô trống trong Sheet {XA}, ô" in out and "giữ số đã có (4,1)" in out
    assert f"= chỉ tiêu 5.10 · Xã Ia Lốp: không có dòng trong sheet {XA}; giữ nguyên (3,5)" in out
    assert ("= chỉ tiêu 2.1 (năm 2024): 2 số liệu phân tổ theo Dân tộc: tệp Excel không có sheet "
            "'Theo Dân tộc'; giữ nguyên") in out


def test_a_first_breakdown_is_added_to_a_report_that_had_none(root, tmp_path, capsys):
    # The 2025 education report without its parts for 6.6: staff add two communes in Excel.
    path_yml = report(root, 2025, GD)
    text = path_yml.read_text(encoding="utf-8")
    start = text.index('- id: "6.6"')
    block_start = text.index("    # Số liệu phân tổ", start)
    block_end = text.index("  # ", block_start + 10)
    path_yml.write_text(text[:block_start] + text[block_end:], encoding="utf-8")
    path = export(root, tmp_path, 2025, GD)
    wb = load_workbook(path)
    ws = wb[XA]
    h = header(ws)
    ws.cell(part_row(ws, "6.6", "ia-jloi"), h["Giá trị"]).value = 98.1
    ws.cell(part_row(ws, "6.6", "cu-kbang"), h["Giá trị"]).value = 99
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    after = path_yml.read_text(encoding="utf-8")
    block = after[after.index('- id: "6.6"'):after.index('- id: "6.7"')]
    assert '    breakdown:\n      - {xa: cu-kbang, value: "99"}\n      - {xa: ia-jloi, value: "98,1"}\n  # 6.7' in after
    assert "# Số liệu phân tổ MINH HOẠ" in block     # the report is illustrative: so are its parts
    assert run(root, "validate") == 0


# ------------------------------------------------------------------ refusals
@pytest.mark.parametrize("typed,message", [
    ("1.500", "'1.500' có hai cách đọc"),
    ("abc", "không phải là số"),
    (150, "150 % nằm ngoài khoảng 0–100 %"),
])
def test_a_part_that_cannot_be_trusted_is_refused_at_its_cell(root, tmp_path, capsys, typed, message):
    path = export(root, tmp_path, 2025, GD)
    wb = load_workbook(path)
    ws = wb[XA]
    cell = ws.cell(part_row(ws, "6.3", "ea-le"), header(ws)["Giá trị"])
    cell.value = typed
    wb.save(path)
    before = report(root, 2025, GD).read_bytes()
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet {XA}, ô {cell.coordinate}: " in err and message in err
    assert "chưa ghi gì" in err and report(root, 2025, GD).read_bytes() == before


def test_a_commune_that_did_not_exist_when_the_report_was_sent_is_refused_like_validate(root, tmp_path, capsys):
    # The labour report for 2025 was sent on 20/06/2025; the new xã Ea Súp exists from 01/07/2025.
    said = validate_message(root, capsys, 2025, LD, '      - {xa: thi-tran-ea-sup, value: "1,8"}',
                            '      - {xa: xa-ea-sup, value: "1,8"}')
    assert said.startswith("Xã Ea Súp có từ 01/07/2025, sau ngày gửi báo cáo (20/06/2025)")
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb[XA]
    r = part_row(ws, "5.10", "xa-ea-sup")
    ws.cell(r, header(ws)["Giá trị"]).value = 1.8
    wb.save(path)
    before = report(root, 2025, LD).read_bytes()
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet {XA}, ô {ws.cell(r, header(ws)['Xã, thị trấn']).coordinate}: {said}" in err
    assert report(root, 2025, LD).read_bytes() == before


def test_a_commune_outside_its_years_is_refused_like_validate(root, tmp_path, capsys):
    said = validate_message(root, capsys, 2024, GD, '      - {xa: thi-tran-ea-sup, value: "99,2"}',
                            '      - {xa: xa-ea-sup, value: "99,2"}')
    assert said.startswith("Xã Ea Súp chỉ có từ 01/07/2025: không có số liệu năm 2024.")
    path = export(root, tmp_path, 2024, GD)
    wb = load_workbook(path)
    ws = wb[XA]
    h = header(ws)
    r = part_row(ws, "6.3", "thi-tran-ea-sup")
    ws.cell(r, h["Mã nhóm"]).value, ws.cell(r, h["Xã, thị trấn"]).value = "xa-ea-sup", "Xã Ea Súp"
    wb.save(path)
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet {XA}, ô {ws.cell(r, h['Xã, thị trấn']).coordinate}: {said}" in err


def test_parts_without_a_total_are_refused_like_validate(root, tmp_path, capsys):
    said = validate_message(root, capsys, 2025, GD, '  - id: "6.3"\n    value: "94,6"', '  - id: "6.3"\n    value: null')
    assert said.startswith("Chỉ tiêu 6.3 năm 2025 có số liệu phân tổ nhưng chưa có giá trị tổng ('value').")
    # In Excel: 6.6 not reported yet (no total, no parts), and a part typed for it.
    path_yml = report(root, 2025, GD)
    text = path_yml.read_text(encoding="utf-8")
    start = text.index('- id: "6.6"')
    path_yml.write_text(text[:start] + '- id: "6.6"\n    value: null\n    kind: null\n    source: null\n'
                        + text[text.index("  # 6.7", start):], encoding="utf-8")
    assert run(root, "validate") == 0
    path = export(root, tmp_path, 2025, GD)
    wb = load_workbook(path)
    ws = wb[XA]
    ws.cell(part_row(ws, "6.6", "ea-bung"), header(ws)["Giá trị"]).value = 99.5
    wb.save(path)
    before = path_yml.read_bytes()
    code, _, err = import_(root, path, capsys)
    assert code == 1
    value_cell = next(c for c in wb["Chỉ tiêu"][1] if c.value == "Giá trị").column_letter
    row = next(r for r in range(2, wb["Chỉ tiêu"].max_row + 1) if wb["Chỉ tiêu"].cell(r, 1).value == "6.6")
    assert f"Sheet Chỉ tiêu, ô {value_cell}{row}: Chỉ tiêu 6.6 năm 2025 có số liệu phân tổ nhưng chưa có giá trị tổng" in err
    assert path_yml.read_bytes() == before


def test_text_typed_into_a_grey_column_is_named(root, tmp_path, capsys):
    path = export(root, tmp_path, 2025, GD)
    wb = load_workbook(path)
    ws = wb[XA]
    h = header(ws)
    r = part_row(ws, "6.3", "ea-rok")
    ws.cell(r, h["Xã, thị trấn"]).value = "Xã Ea Rốk (mới)"
    ws.cell(r, h["Giá trị tổng (để đối chiếu)"]).value = "khoảng 94"
    wb.save(path)
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet {XA}, ô {ws.cell(r, h['Xã, thị trấn']).coordinate}: cột 'Xã, thị trấn' chỉ để xem (màu xám)" in err
    assert f"ô {ws.cell(r, h['Giá trị tổng (để đối chiếu)']).coordinate}: cột 'Giá trị tổng (để đối chiếu)'" in err


def test_a_renamed_breakdown_sheet_is_named_not_ignored(root, tmp_path, capsys):
    path = export(root, tmp_path, 2025, GD)
    wb = load_workbook(path)
    wb[XA].title = XA + " "   # Excel shows no difference
    wb.save(path)
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet '{XA} ': hãy đổi lại tên đúng '{XA}'" in err


def test_parts_that_exceed_an_additive_total_are_refused_like_validate(root, tmp_path, capsys):
    # FICTIONAL for the test: 6.6 declared additive (its parts would add up to the total), and the
    # education reports without their parts for 6.6. No shipped indicator is additive yet.
    ind = root / "indicators/ea-sup-nq68/06-giao-duc.yml"
    text = ind.read_text(encoding="utf-8")
    start = text.index("- id: '6.6'")
    at = text.index("  disaggregation:\n    by: [xa]\n", start) + len("  disaggregation:\n    by: [xa]\n")
    ind.write_text(text[:at] + "    additive: true\n" + text[at:], encoding="utf-8")
    for year in (2024, 2025):
        path_yml = report(root, year, GD)
        text = path_yml.read_text(encoding="utf-8")
        start = text.index('- id: "6.6"')
        path_yml.write_text(text[:text.index("    # Số liệu phân tổ", start)] + text[text.index("  # 6.7", start):],
                            encoding="utf-8")
    assert run(root, "validate") == 0
    path_yml = report(root, 2024, GD)
    path = export(root, tmp_path, 2024, GD)
    wb = load_workbook(path)
    ws = wb[XA]
    ws.cell(part_row(ws, "6.6", "ea-bung"), header(ws)["Giá trị"]).value = 60
    ws.cell(part_row(ws, "6.6", "ea-le"), header(ws)["Giá trị"]).value = 50
    wb.save(path)
    before = path_yml.read_bytes()
    code, _, err = import_(root, path, capsys)
    assert code == 1
    main_ws = wb["Chỉ tiêu"]
    r = next(r for r in range(2, main_ws.max_row + 1) if main_ws.cell(r, 1).value == "6.6")
    value_col = next(c for c in main_ws[1] if c.value == "Giá trị").column_letter
    assert (f"Sheet Chỉ tiêu, ô {value_col}{r}: Chỉ tiêu 6.6 năm 2024: các phần theo Xã, thị trấn đã lớn hơn tổng "
            f"(110 > 99,4).") in err
    assert path_yml.read_bytes() == before


def test_a_negative_total_round_trips(root, tmp_path, capsys):
    # 5.10 is a yearly change: a year when poverty rose gives a negative total (shown with a real minus sign).
    path_yml = report(root, 2025, LD)
    path_yml.write_text(path_yml.read_text(encoding="utf-8").replace('- id: "5.10"\n    value: "3,6"',
                                                                     '- id: "5.10"\n    value: "-0,5"'), encoding="utf-8")
    assert run(root, "validate") == 0
    before = path_yml.read_bytes()
    path = export(root, tmp_path)
    ws = load_workbook(path)[XA]
    assert ws.cell(part_row(ws, "5.10", "ea-bung"), header(ws)["Giá trị tổng (để đối chiếu)"]).value == "\u22120,5"
    code, _, _ = import_(root, path, capsys)
    assert code == 0 and path_yml.read_bytes() == before
