"""The Excel round trip, with the mistakes staff make in a spreadsheet.

Every test fills a real exported template the way a person would (or breaks
it the way a person would), runs the real command and checks what ends up in
the report file, not only the exit status.
"""
from __future__ import annotations

import datetime as dt
import random
import subprocess
import traceback

import pytest
from openpyxl import load_workbook

from conftest import ROOT, make_site_root, record_fictional_successor
from generator.cli import main
from generator.staff.xlsx import IND_HEAD, TASK_HEAD

AGENCY = "phong-giao-duc-va-dao-tao"
REPORT = f"progress/ea-sup-nq68/2025/{AGENCY}.yml"


@pytest.fixture
def root(tmp_path):
    return make_site_root(tmp_path / "repo")


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def export(root, tmp_path, year=2025, agency=AGENCY):
    path = tmp_path / f"{agency}-{year}.xlsx"
    assert run(root, "export-xlsx", "--year", str(year), "--agency", agency, "--out", str(path)) == 0
    return path


def col(ws, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def row_of(ws, item_id: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == item_id)


def entry(text: str, item_id: str) -> str:
    """The YAML lines of one entry in a report file."""
    start = text.index(f'- id: "{item_id}"')
    nxt = text.find("\n  - id:", start)
    nxt_c = text.find("\n  #", start)
    ends = [e for e in (nxt, nxt_c, text.find("\ntasks:", start)) if e != -1]
    return text[start:min(ends) if ends else len(text)]


def import_(root, path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(root, "import-xlsx", str(path))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


# ------------------------------------------------------------------ numbers
def test_a_percent_typed_with_the_sign_is_read_as_seen(root, tmp_path, capsys):
    # Typing "60,5%" in Excel stores 0,605 in a percent-formatted cell that shows 60,5 %.
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    cell = ws.cell(row_of(ws, "6.5"), col(ws, "Giá trị"))
    cell.value, cell.number_format = 0.605, "0.0%"
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    assert 'value: "60,5"' in entry((root / REPORT).read_text(encoding="utf-8"), "6.5")
    assert "6.5: 58 → 60,5" in out


def test_a_percent_cell_for_an_indicator_counted_in_people_is_refused(root, tmp_path, capsys):
    path = export(root, tmp_path, agency="trung-tam-y-te")
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    r, c = row_of(ws, "7.4.b"), col(ws, "Giá trị")
    ws.cell(r, c).value, ws.cell(r, c).number_format = 0.056, "0%"
    wb.save(path)
    before = (root / "progress/ea-sup-nq68/2025/trung-tam-y-te.yml").read_bytes()
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet Chỉ tiêu, ô {ws.cell(r, c).coordinate}: ô định dạng phần trăm" in err
    assert (root / "progress/ea-sup-nq68/2025/trung-tam-y-te.yml").read_bytes() == before


@pytest.mark.parametrize("typed,message", [
    ("1.500", "'1.500' có hai cách đọc: 1,5"),
    ("60.5", "'60.5' dùng dấu chấm thập phân"),
    (6050, "6.050 % nằm ngoài khoảng 0–100 %"),
    (-5, "nằm ngoài khoảng 0–100 %"),
    (dt.datetime(2025, 6, 5), "ngày/giờ, không phải một số"),
])
def test_a_value_cell_that_cannot_be_trusted_is_refused_and_named(root, tmp_path, capsys, typed, message):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    r, c = row_of(ws, "6.5"), col(ws, "Giá trị")
    ws.cell(r, c).value = typed
    wb.save(path)
    before = (root / REPORT).read_bytes()
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet Chỉ tiêu, ô {ws.cell(r, c).coordinate}: " in err and message in err
    assert (root / REPORT).read_bytes() == before


def test_a_jump_is_a_warning_at_the_cell_and_the_value_is_written(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    r, c = row_of(ws, "6.5"), col(ws, "Giá trị")
    ws.cell(r, c).value = 0.58   # meant 58 %, typed as a fraction without the % format
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    assert f"Sheet Chỉ tiêu, ô {ws.cell(r, c).coordinate}: cảnh báo: chỉ tiêu 6.5 năm 2025: 0,58 %" in out
    assert 'value: "0,58"' in entry((root / REPORT).read_text(encoding="utf-8"), "6.5")


# ------------------------------------------------------------------ merge
def test_import_into_an_existing_report_changes_only_what_the_workbook_holds(root, tmp_path, capsys):
    path = export(root, tmp_path)
    before = (root / REPORT).read_text(encoding="utf-8")
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    ws.cell(row_of(ws, "6.5"), col(ws, "Giá trị")).value = 60.5          # changed
    ws.delete_rows(row_of(ws, "6.3"))                                     # row deleted: 6.3 must stay
    for header in ("Giá trị", "Loại số liệu", "Nguồn"):                  # row emptied: 6.6 must stay
        ws.cell(row_of(ws, "6.6"), col(ws, header)).value = None
    wb["Hướng dẫn"]["B6"].value = dt.datetime(2025, 6, 27)   # before the office ended (30/06/2025)
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    after = (root / REPORT).read_text(encoding="utf-8")
    assert 'value: "60,5"' in entry(after, "6.5")
    assert entry(after, "6.3") == entry(before, "6.3") and 'value: "94,6"' in entry(after, "6.3")
    assert entry(after, "6.6") == entry(before, "6.6")
    assert "submitted: 2025-06-27" in after
    # Tasks the workbook held unchanged are byte for byte what they were.
    assert after[after.index("tasks:"):] == before[before.index("tasks:"):]
    assert "- Số liệu: 0 thêm mới, 1 thay đổi," in out and "6.5: 58 → 60,5" in out
    assert "chỉ tiêu 6.3: không có dòng trong tệp Excel; giữ nguyên (94,6)" in out
    assert "chỉ tiêu 6.6: ô trống trong Sheet Chỉ tiêu, ô A" in out and "giữ số đã có (99,5)" in out
    assert "- Ngày gửi: 27/06/2025." in out


def test_a_new_task_report_is_added_and_counted(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Nhiệm vụ"]
    r = row_of(ws, "4.1.b")
    ws.cell(r, col(ws, "Tình trạng")).value = "Đang triển khai"
    ws.cell(r, col(ws, "Tóm tắt việc đã làm")).value = "Mở 3 lớp bồi dưỡng giáo viên."
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    assert "- Báo cáo nhiệm vụ: 1 thêm mới, 0 thay đổi" in out and "+ 4.1.b: đang triển khai" in out
    text = entry((root / REPORT).read_text(encoding="utf-8"), "4.1.b")
    assert "status: dang-trien-khai" in text and "Mở 3 lớp bồi dưỡng giáo viên." in text


def test_the_submitted_date_can_be_typed_in_the_workbook(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    help_ = wb["Hướng dẫn"]
    assert help_["A6"].value.startswith("Ngày gửi")
    assert help_["B6"].protection.locked is False        # fillable on the protected sheet
    help_["B6"].value = "28/06/2025"                      # typed as text, Vietnamese order
    wb.save(path)
    assert import_(root, path, capsys)[0] == 0
    assert "submitted: 2025-06-28" in (root / REPORT).read_text(encoding="utf-8")


# ------------------------------------------------------------------ ignored input
def test_text_typed_into_a_grey_column_is_named_not_dropped(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    ws.protection.sheet = False                           # someone unprotected the sheet
    cell = ws.cell(row_of(ws, "6.5"), col(ws, "Số liệu gần nhất"))
    cell.value = "60,5"
    wb.save(path)
    before = (root / REPORT).read_bytes()
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet Chỉ tiêu, ô {cell.coordinate}: cột 'Số liệu gần nhất' chỉ để xem" in err
    assert (root / REPORT).read_bytes() == before


def test_a_summary_without_a_status_is_named_not_dropped(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Nhiệm vụ"]
    r = row_of(ws, "4.1.b")
    ws.cell(r, col(ws, "Tóm tắt việc đã làm")).value = "Đã mở lớp."
    wb.save(path)
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert f"Sheet Nhiệm vụ, ô {ws.cell(r, col(ws, 'Tình trạng')).coordinate}: có tóm tắt nhưng chưa chọn Tình trạng" in err


def test_a_row_for_another_agency_is_named_by_cell_not_yaml_line(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    ws.cell(2, 1).value = "7.4.a"   # a health indicator pasted over an education row
    wb.save(path)
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert "Sheet Chỉ tiêu, ô A2: chỉ tiêu 7.4.a do 'Trung tâm Y tế" in err
    assert ".yml" not in err


def test_extra_columns_and_sheets_are_said_and_do_not_stop_the_import(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    ws.cell(1, 13).value, ws.cell(2, 13).value = "Người nhập", "Lan"
    wb.create_sheet("Nháp")["A1"] = "số liệu tạm"
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    assert "Bỏ qua: Sheet Chỉ tiêu, cột M ('Người nhập'): cột không có trong mẫu" in out
    assert "Bỏ qua: Sheet Nháp: không thuộc mẫu" in out


# ------------------------------------------------------------------ structure
def test_columns_are_found_by_header_after_a_move(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    ws.insert_cols(2)                                      # a column added in front
    ws.cell(1, 2).value = "STT"
    ws.move_range(f"L1:L{ws.max_row}", cols=2)             # 'Nguồn' moved to the far right (N)
    ws.cell(row_of(ws, "6.5"), col(ws, "Giá trị")).value = 61
    ws.cell(row_of(ws, "6.5"), col(ws, "Nguồn")).value = "Báo cáo tháng 12"
    wb.save(path)
    code, out, err = import_(root, path, capsys)
    assert code == 0, err
    text = entry((root / REPORT).read_text(encoding="utf-8"), "6.5")
    assert 'value: "61"' in text and 'source: "Báo cáo tháng 12"' in text


def test_a_deleted_required_column_is_named(root, tmp_path, capsys):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    ws.delete_cols(col(ws, "Loại số liệu"))
    wb.save(path)
    code, _, err = import_(root, path, capsys)
    assert code == 1
    assert "Sheet Chỉ tiêu: thiếu cột 'Loại số liệu'" in err


@pytest.mark.parametrize("name,message", [
    ("bao-cao.xls", "là tệp Excel 97-2003 (.xls), chương trình chỉ đọc .xlsx"),
    ("bao-cao.csv", "là tệp CSV"),
])
def test_old_formats_get_a_plain_message(root, tmp_path, capsys, name, message):
    bad = tmp_path / name
    bad.write_bytes(b"Ma,Gia tri\n6.5,60\n")
    code, _, err = import_(root, bad, capsys)
    assert code == 1
    assert message in err and "Lưu thành" in err
    assert not any(w in err for w in ("openpyxl", "InvalidFileException", "does not support"))


def test_excel_refuses_a_wrong_entry_as_it_is_typed(root, tmp_path):
    path = export(root, tmp_path)
    wb = load_workbook(path)
    for name in ("Hướng dẫn", "Chỉ tiêu", "Nhiệm vụ"):
        dvs = wb[name].data_validations.dataValidation
        assert dvs, name
        for dv in dvs:
            assert dv.showErrorMessage, (name, dv.sqref)
            assert dv.error and dv.errorTitle
            assert any(ch in dv.error for ch in "ãạảấầẩậắằẳặẽẹẻếềểệĩịỉõọỏốồổộớờởợũụủứừửựỹỵỷđ"), dv.error
    values = [dv for dv in wb["Chỉ tiêu"].data_validations.dataValidation if dv.type == "decimal"]
    share = next(dv for dv in values if "6.5" in [wb["Chỉ tiêu"].cell(r, 1).value for r in
                                                  range(2, wb["Chỉ tiêu"].max_row + 1)
                                                  if f"H{r}" in str(dv.sqref).split()])
    assert (share.formula1, share.formula2) == ("0.0", "100.0")


def test_the_template_is_written_into_a_git_ignored_folder_by_default(root, capsys):
    assert run(root, "export-xlsx", "--year", "2025", "--agency", AGENCY) == 0
    written = root / "bao-cao-excel" / f"bao-cao-2025-{AGENCY}.xlsx"
    assert written.exists()
    assert not list(root.glob("*.xlsx"))
    ignored = subprocess.run(["git", "check-ignore", "-q", f"bao-cao-excel/bao-cao-2025-{AGENCY}.xlsx"], cwd=ROOT)
    assert ignored.returncode == 0


# ------------------------------------------------------------------ fuzz
def _mutate(wb, rnd: random.Random) -> str:
    """One structural change a person could make to a workbook; returns what it was."""
    names = wb.sheetnames
    ws = wb[rnd.choice([n for n in names if n != "Hướng dẫn"] or names)]
    width, height = max(ws.max_column, 1), max(ws.max_row, 1)
    c, r = rnd.randint(1, width + 1), rnd.randint(1, height + 1)
    choice = rnd.randrange(13)
    if choice == 0:
        ws.delete_cols(c, rnd.randint(1, 3))
    elif choice == 1:
        ws.insert_cols(c, rnd.randint(1, 2))
    elif choice == 2:
        ws.move_range(f"A{1}:{ws.cell(1, width).column_letter}{height}", cols=rnd.randint(1, 3))
    elif choice == 3:
        ws.cell(1, c).value = rnd.choice(["Giá trị ", "giá trị", "Value", "", None, "Mã", "Nguồn (ghi rõ)"])
    elif choice == 4:
        ws.delete_rows(r, rnd.randint(1, 4))
    elif choice == 5:
        ws.insert_rows(r, rnd.randint(1, 3))
    elif choice == 6:
        r2, c2 = min(r + rnd.randint(0, 2), height), min(c + rnd.randint(0, 2), width)
        ws.merge_cells(start_row=min(r, r2), start_column=min(c, c2), end_row=max(r, r2), end_column=max(c, c2))
    elif choice == 7:
        wb.create_sheet(rnd.choice(["Sheet1", "Nháp", "Chỉ tiêu (2)"]))["A1"] = "x"
    elif choice == 8:
        del wb[rnd.choice(names)]
    elif choice == 9:
        ws.title = rnd.choice(["Chi tieu", "Chỉ tiêu ", "Sheet2", ws.title])
    elif choice == 10:
        ws.cell(r, c).value = rnd.choice([0.605, "60,5%", True, dt.datetime(2025, 1, 2), "=1/0", "#DIV/0!", -1,
                                          1e308, float("nan"), "  ", "Hoàn thành", "sơ bộ", 2025, "2025", "1.500"])
    elif choice == 11:
        ws.cell(r, c).number_format = rnd.choice(["0.0%", "General", "DD/MM/YYYY", "@"])
    else:
        ws.delete_rows(1)
    return f"{ws.title}:{choice}@{r},{c}"


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory):
    """One copy of the data and one template for every seed: each import restores the report after.
    The 2025 education template has every kind of sheet, the breakdown sheet "Theo Xã, thị trấn" included."""
    base = tmp_path_factory.mktemp("fuzz")
    root = make_site_root(base / "repo")
    template = base / "template.xlsx"
    assert main(["--root", str(root), "export-xlsx", "--year", "2025", "--agency", AGENCY, "--out", str(template)]) == 0
    return root, template, (root / REPORT).read_bytes()


FUZZ_OUTCOMES: list[int] = []
FUZZ_BREAKDOWN_SEEDS: list[int] = []     # seeds that changed the breakdown sheet ("Theo Xã, thị trấn")


# The fuzz cases and their guard share FUZZ_OUTCOMES: one process runs a file's tests (--dist loadfile).
@pytest.mark.parametrize("seed", range(50))
def test_no_workbook_structure_ends_in_a_traceback(fuzz_root, tmp_path, seed, capsys):
    """Deleted, inserted, moved, renamed columns and rows, merged cells, extra or missing sheets:
    every outcome is a clean import or a list of named problems, and a refused file changes nothing."""
    root, template, original = fuzz_root
    rnd = random.Random(seed)
    wb = load_workbook(template)
    done = [_mutate(wb, rnd) for _ in range(rnd.randint(1, 4))]
    path = tmp_path / f"fuzz-{seed}.xlsx"
    wb.save(path)
    capsys.readouterr()
    try:
        code = run(root, "import-xlsx", str(path))
    except BaseException:  # noqa: BLE001 - the point is to catch anything at all
        pytest.fail(f"traceback after {done}:\n{traceback.format_exc()}")
    finally:
        written = (root / REPORT).read_bytes()
        (root / REPORT).write_bytes(original)
    out = capsys.readouterr()
    FUZZ_OUTCOMES.append(code)
    if any(d.startswith("Theo ") for d in done):
        FUZZ_BREAKDOWN_SEEDS.append(seed)
    assert code in (0, 1), done
    assert "Traceback" not in out.err
    if code == 1:
        assert written == original, done
        assert out.err.strip(), done
    else:
        assert out.out.startswith(f"Đã ghi {REPORT}:"), done


def test_the_fuzz_reaches_both_outcomes():
    # Guards the fuzz itself: mutations that were always refused (or never) would prove little.
    if len(FUZZ_OUTCOMES) < 50:
        pytest.skip("run with the fuzz cases")
    assert FUZZ_OUTCOMES.count(0) >= 5 and FUZZ_OUTCOMES.count(1) >= 5
    # The template has a breakdown sheet (6.3 and 6.6 by commune): the fuzz reaches it too.
    assert len(FUZZ_BREAKDOWN_SEEDS) >= 5, FUZZ_BREAKDOWN_SEEDS


def test_headers_match_the_guide():
    guide = (ROOT / "docs/huong-dan.md").read_text(encoding="utf-8")
    for header in ("Giá trị", "Loại số liệu", "Nguồn", "Năm số liệu"):
        assert header in IND_HEAD and f"**{header}**" in guide
    assert "Tình trạng" in TASK_HEAD


def test_a_deleted_help_row_keeps_the_report_illustrative(root, tmp_path, capsys):
    # The shipped 2025 data is illustrative; losing that flag would publish it as real.
    path = export(root, tmp_path)
    wb = load_workbook(path)
    help_ = wb["Hướng dẫn"]
    help_.delete_rows(next(c.row for c in help_["A"] if c.value == "Số liệu minh hoạ"))
    wb.save(path)
    assert import_(root, path, capsys)[0] == 0
    assert "illustrative: true" in (root / REPORT).read_text(encoding="utf-8")


def test_a_first_report_is_created_from_the_workbook(root, tmp_path, capsys):
    # The office ended on 30/06/2025; a 2026 report comes from a successor invented for the test.
    successor = "so-giao-duc-thu-nghiem"
    record_fictional_successor(root, AGENCY, successor, "Sở Giáo dục (hư cấu, kiểm thử)")
    path = export(root, tmp_path, year=2026, agency=successor)
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    r = row_of(ws, "6.5")
    for header, value in (("Giá trị", "66,5"), ("Loại số liệu", "sơ bộ"), ("Nguồn", "Thống kê giáo dục")):
        ws.cell(r, col(ws, header)).value = value
    wb.save(path)
    code, out, _ = import_(root, path, capsys)
    assert code == 0
    assert "- Số liệu: 1 thêm mới, 0 thay đổi, 0 không đổi." in out and "+ 6.5: 66,5" in out
    text = (root / f"progress/ea-sup-nq68/2026/{successor}.yml").read_text(encoding="utf-8")
    assert 'value: "66,5"' in entry(text, "6.5") and "kind: so-bo" in entry(text, "6.5")
