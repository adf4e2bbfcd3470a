"""`plansite validate` on breakdowns (phân tổ) broken the way staff break them.

Each test edits a copy of the shipped data (plan/<id>/dimensions.yml, an indicator's
`disaggregation`, a report's `breakdown` lines), runs the real command and checks what the
person at the keyboard reads: exit status 1, the file and line (found in the file as edited,
never a remembered number), the Vietnamese message and its advice, one problem per mistake,
and never a traceback. The edits are fictional and live only in the temporary copies.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_validate_errors import count_line, edit, line_of, plansite, reported  # noqa: F401  (plansite: fixture)

ROOT = Path(__file__).resolve().parents[2]
PLAN = "ea-sup-nq68"
DIMS = f"plan/{PLAN}/dimensions.yml"
EDU = f"indicators/{PLAN}/06-giao-duc.yml"
POVERTY = f"indicators/{PLAN}/05-tro-giup-xa-hoi-giam-ngheo.yml"
HEALTH = f"indicators/{PLAN}/07-y-te.yml"
EDU_2024 = f"progress/{PLAN}/2024/phong-giao-duc-va-dao-tao.yml"
EDU_2025 = f"progress/{PLAN}/2025/phong-giao-duc-va-dao-tao.yml"       # filed 19/06/2025
LABOUR_2024 = f"progress/{PLAN}/2024/phong-lao-dong-thuong-binh-va-xa-hoi.yml"
LABOUR_2025 = f"progress/{PLAN}/2025/phong-lao-dong-thuong-binh-va-xa-hoi.yml"
HEALTH_2025 = f"progress/{PLAN}/2025/trung-tam-y-te.yml"


def line_after(root: Path, rel: str, after: str, needle: str) -> int:
    """1-based line of the first line containing `needle` after the line containing `after`."""
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if after in line)
    return next(n for n, line in enumerate(lines[start:], start + 1) if needle in line)


def broken(plansite, root: Path) -> str:
    code, _, err = plansite(root, "validate")
    assert code == 1, err
    assert "Traceback" not in err
    return err


# ------------------------------------------------------------------ report lines
def test_unknown_dimension_in_a_report_line_suggests_the_right_one(plansite, data_copy):
    line = edit(data_copy, EDU_2024, "{xa: ea-bung,", "{xaa: ea-bung,")
    err = broken(plansite, data_copy)
    reported(err, EDU_2024, line, "Chiều phân tổ 'xaa' không có trong plan/ea-sup-nq68/dimensions.yml",
             "có phải ý bạn là 'xa'?")
    assert count_line(err) == "1 lỗi."


def test_unknown_category_suggests_the_right_one(plansite, data_copy):
    line = edit(data_copy, EDU_2024, "{xa: ea-bung,", "{xa: ea-bungg,")
    err = broken(plansite, data_copy)
    reported(err, EDU_2024, line, "Nhóm 'ea-bungg' không có trong chiều 'xa' (Xã, thị trấn)", "có phải ý bạn là 'ea-bung'?")
    assert count_line(err) == "1 lỗi."


def test_a_commune_reported_for_a_year_before_it_existed(plansite, data_copy):
    # xã Ea Súp (new) exists from 01/07/2025 (dimensions.yml, with sources): no figure for 2024.
    line = edit(data_copy, EDU_2024, "{xa: ea-bung,", "{xa: xa-ea-sup,")
    err = broken(plansite, data_copy)
    reported(err, EDU_2024, line, "Xã Ea Súp chỉ có từ 01/07/2025: không có số liệu năm 2024",
             "ghi theo đơn vị tồn tại trong năm đó")
    assert count_line(err) == "1 lỗi."


def test_a_commune_that_began_after_the_report_was_filed_names_the_units_to_report_by(plansite, data_copy):
    edit(data_copy, EDU_2025, '{xa: ya-to-mot, value: "92,9"}',
         '{xa: ya-to-mot, value: "92,9"}\n      - {xa: xa-ea-sup, value: "97"}')
    line = line_of(data_copy, EDU_2025, "xa-ea-sup")
    err = broken(plansite, data_copy)
    reported(err, EDU_2025, line, "Xã Ea Súp có từ 01/07/2025, sau ngày gửi báo cáo (19/06/2025)",
             "ghi theo các đơn vị tồn tại khi gửi báo cáo (Thị trấn Ea Súp, Xã Cư M'Lan)", "'submitted'")
    assert count_line(err) == "1 lỗi."


def test_the_same_commune_twice_names_the_first_line(plansite, data_copy):
    first = line_of(data_copy, EDU_2024, "{xa: ea-le,")
    line = edit(data_copy, EDU_2024, "{xa: ea-bung,", "{xa: ea-le,")
    assert line < first
    err = broken(plansite, data_copy)
    # The edited line comes first in the file now, so the original ea-le line is the repeat.
    reported(err, EDU_2024, first, "Chỉ tiêu 6.3 năm 2024: nhóm 'Xã Ea Lê' đã được báo cáo ở dòng " + str(line))
    assert count_line(err) == "1 lỗi."


def test_a_breakdown_the_indicator_does_not_declare_is_one_problem_with_the_file_to_edit(plansite, data_copy):
    line = edit(data_copy, EDU_2024, "{xa: ea-bung,", "{gioi-tinh: nam,")
    edit(data_copy, EDU_2024, "{xa: ea-le,", "{gioi-tinh: nu,")
    err = broken(plansite, data_copy)
    reported(err, EDU_2024, line, "Chỉ tiêu 6.3 không khai phân tổ 'gioi-tinh'",
             f"thêm 'gioi-tinh' vào disaggregation.by của chỉ tiêu 6.3 trong {EDU}")
    assert count_line(err) == "1 lỗi."   # two lines, one missing declaration


def test_parts_without_a_total(plansite, data_copy):
    edit(data_copy, LABOUR_2024, 'value: "4,5"', "value: null", after='id: "5.10"')
    line = line_after(data_copy, LABOUR_2024, 'id: "5.10"', "breakdown:")
    err = broken(plansite, data_copy)
    reported(err, LABOUR_2024, line, "Chỉ tiêu 5.10 năm 2024 có số liệu phân tổ nhưng chưa có giá trị tổng ('value')",
             "ghi giá trị chung ở 'value'")
    assert count_line(err) == "1 lỗi."


def test_a_breakdown_in_the_report_of_a_qualitative_indicator(plansite, data_copy):
    edit(data_copy, HEALTH_2025, 'level: "Chưa đảm bảo"',
         'level: "Chưa đảm bảo"\n    breakdown:\n      - {xa: ea-bung, value: "Đảm bảo"}', after='id: "7.1"')
    line = line_after(data_copy, HEALTH_2025, 'id: "7.1"', "breakdown:")
    err = broken(plansite, data_copy)
    reported(err, HEALTH_2025, line, "Chỉ tiêu 7.1 là định tính: không ghi số liệu phân tổ")
    assert count_line(err) == "1 lỗi."


# ------------------------------------------------------------------ parts that add up
# Fictional: these tests declare that 5.10's parts by commune add up to its total (additive: true),
# which the shipped plan does not say, to exercise the check on real report files.
def additive(root: Path) -> None:
    edit(root, POVERTY, "    by: [xa]\n", "    by: [xa]\n    additive: true\n", after="id: '5.10'")


def test_additive_parts_that_add_up_pass_within_rounding(plansite, data_copy):
    additive(data_copy)
    edit(data_copy, LABOUR_2024, 'value: "4,5"', 'value: "41,6"', after='id: "5.10"')   # 2,1 + 5,2 + … + 5,6
    edit(data_copy, LABOUR_2025, 'value: "3,6"', 'value: "35,4"', after='id: "5.10"')
    code, out, err = plansite(data_copy, "validate")
    assert (code, err) == (0, ""), err


def test_additive_parts_that_do_not_add_up(plansite, data_copy):
    additive(data_copy)
    edit(data_copy, LABOUR_2024, 'value: "4,5"', 'value: "41,6"', after='id: "5.10"')
    edit(data_copy, LABOUR_2024, '{xa: ea-le, value: "5"}', '{xa: ea-le, value: "6"}')
    line = line_after(data_copy, LABOUR_2024, 'id: "5.10"', "breakdown:")
    err = broken(plansite, data_copy)
    reported(err, LABOUR_2024, line, "Chỉ tiêu 5.10 năm 2024: các phần theo Xã, thị trấn cộng lại được 42,6, khác tổng 41,6",
             "additive: true")


def test_in_the_year_of_the_reform_the_ten_former_communes_are_the_whole_district(plansite, data_copy):
    # 2025 also has xã Ea Súp (new, from 01/07/2025); the ten units of 1 January still cover the
    # whole district, so their sum is checked against the total rather than let through.
    additive(data_copy)
    edit(data_copy, LABOUR_2024, 'value: "4,5"', 'value: "41,6"', after='id: "5.10"')
    line = line_after(data_copy, LABOUR_2025, 'id: "5.10"', "breakdown:")
    err = broken(plansite, data_copy)
    reported(err, LABOUR_2025, line, "Chỉ tiêu 5.10 năm 2025: các phần theo Xã, thị trấn cộng lại được 35,4, khác tổng 3,6")
    assert count_line(err) == "1 lỗi."


def test_additive_parts_that_already_exceed_the_total(plansite, data_copy):
    additive(data_copy)
    edit(data_copy, LABOUR_2025, 'value: "3,6"', 'value: "35,4"', after='id: "5.10"')
    edit(data_copy, LABOUR_2024, '      - {xa: thi-tran-ea-sup, value: "2,1"}\n', "", after='id: "5.10"')
    line = line_after(data_copy, LABOUR_2024, 'id: "5.10"', "breakdown:")
    err = broken(plansite, data_copy)
    reported(err, LABOUR_2024, line, "Chỉ tiêu 5.10 năm 2024: các phần theo Xã, thị trấn đã lớn hơn tổng (39,5 > 4,5)",
             "không thể lớn hơn tổng")
    assert count_line(err) == "1 lỗi."


# ------------------------------------------------------------------ indicators
def test_unknown_dimension_in_disaggregation_suggests_and_does_not_flood_the_reports(plansite, data_copy):
    line = edit(data_copy, EDU, "by: [xa]", "by: [xaa]", after="id: '6.3'")
    err = broken(plansite, data_copy)
    reported(err, EDU, line, "Chiều phân tổ 'xaa' không tồn tại", "có phải ý bạn là 'xa'?")
    assert count_line(err) == "1 lỗi."   # the reports' commune lines are not each "undeclared"


def test_a_qualitative_indicator_cannot_be_broken_down(plansite, data_copy):
    edit(data_copy, HEALTH, "  levels:\n", "  disaggregation:\n    by: [xa]\n  levels:\n", after="id: '7.1'")
    line = line_of(data_copy, HEALTH, "disaggregation:")
    err = broken(plansite, data_copy)
    reported(err, HEALTH, line, "Chỉ tiêu 7.1 là định tính: không chia được theo phân tổ")
    assert count_line(err) == "1 lỗi."


# ------------------------------------------------------------------ dimensions.yml
def test_a_dimension_id_used_twice(plansite, data_copy):
    first = line_of(data_copy, DIMS, "  - id: dan-toc")
    (data_copy / DIMS).write_text((data_copy / DIMS).read_text(encoding="utf-8")
                                  + "  - id: dan-toc\n    label: Dân tộc (nhóm)\n    categories:\n      - id: kinh\n        label: Kinh\n",
                                  encoding="utf-8")
    line = line_of(data_copy, DIMS, "  - id: dan-toc", nth=2)
    err = broken(plansite, data_copy)
    reported(err, DIMS, line, f"Chiều phân tổ 'dan-toc' bị trùng (đã có ở dòng {first})")
    assert count_line(err) == "1 lỗi."   # the reports' ethnic-group lines still read against the first


def test_a_category_id_used_twice(plansite, data_copy):
    first = line_of(data_copy, DIMS, "id: ea-le")
    line = edit(data_copy, DIMS, "  - id: gioi-tinh", "      - id: ea-le\n        label: Xã Ea Lê (trùng)\n  - id: gioi-tinh")
    err = broken(plansite, data_copy)
    reported(err, DIMS, line, f"Nhóm 'ea-le' của chiều 'xa' bị trùng (đã có ở dòng {first})")
    assert count_line(err) == "1 lỗi."


def test_a_date_without_a_source(plansite, data_copy):
    # An end date nobody documented: the sources say nothing yet about xã Ea Lê after the reform.
    line = edit(data_copy, DIMS, "      - id: ea-le\n", "      - id: ea-le\n        until: 2025-06-30\n")
    err = broken(plansite, data_copy)
    reported(err, DIMS, line, "Nhóm 'ea-le' ghi ngày hoặc địa bàn nhưng không có 'sources'",
             "documents trong plan/agencies.yml", "bỏ ngày/địa bàn nếu chưa có nguồn")
    assert count_line(err) == "1 lỗi."


def test_a_source_that_is_not_a_known_document(plansite, data_copy):
    line = edit(data_copy, DIMS, "sources: [nq-203-2025-qh15,", "sources: [nq-203-2025-qh16,")
    err = broken(plansite, data_copy)
    reported(err, DIMS, line, "Văn bản 'nq-203-2025-qh16' không tồn tại", "có phải ý bạn là 'nq-203-2025-qh15'?")
    assert count_line(err) == "1 lỗi."


def test_covers_naming_an_unknown_category(plansite, data_copy):
    line = edit(data_copy, DIMS, "covers: [thi-tran-ea-sup, cu-mlan]", "covers: [thi-tran-ea-sup, cu-mlann]")
    err = broken(plansite, data_copy)
    reported(err, DIMS, line, "Nhóm 'xa-ea-sup' ghi địa bàn gồm 'cu-mlann' ('covers'), nhưng chiều 'xa' không có nhóm 'cu-mlann'",
             "có phải ý bạn là 'cu-mlan'?")
    assert count_line(err) == "1 lỗi."


def test_no_dimensions_file_is_one_problem_per_place_that_needs_it(plansite, data_copy):
    (data_copy / DIMS).unlink()
    err = broken(plansite, data_copy)
    reported(err, EDU, line_of(data_copy, EDU, "disaggregation:"),
             "Chỉ tiêu 6.3 chia theo phân tổ nhưng kế hoạch chưa khai chiều phân tổ nào (plan/ea-sup-nq68/dimensions.yml)",
             f"khai các chiều và nhóm trong {DIMS}")
    reported(err, EDU_2024, line_of(data_copy, EDU_2024, "breakdown:"),
             "Chỉ tiêu 6.3 năm 2024 có số liệu phân tổ nhưng kế hoạch chưa khai chiều phân tổ nào")
    # One per declaring indicator (5) and one per reported value with parts (10), not one per line.
    assert count_line(err) == "15 lỗi."


def test_the_installed_command_exits_1_without_a_traceback(data_copy):
    edit(data_copy, EDU_2024, "{xa: ea-bung,", "{xa: ea-bungg,")
    proc = subprocess.run([str(Path(sys.executable).with_name("plansite")), "--root", str(data_copy), "validate"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Nhóm 'ea-bungg' không có trong chiều 'xa'" in proc.stderr
