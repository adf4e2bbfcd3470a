"""`plansite validate` on data broken the way staff break it by hand.

Each test edits a copy of the shipped data, runs the real command and checks
what the person at the keyboard would read: exit status 1, the right file and
line (computed from the file as written, never a remembered number), a message
that says what to do, and never a Python traceback.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]

TASKS = "plan/ea-sup-nq68/tasks.yml"
EDU = "indicators/ea-sup-nq68/06-giao-duc.yml"
EDU_2025 = "progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao.yml"
HEALTH_2025 = "progress/ea-sup-nq68/2025/trung-tam-y-te.yml"


@pytest.fixture
def plansite(capsys):
    """Run the real command line in-process; (exit status, stdout, stderr)."""
    def run(root: Path, *args: str) -> tuple[int, str, str]:
        code = main(["--root", str(root), *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def edit(root: Path, rel: str, old: str, new: str, after: str | None = None) -> int:
    """Replace the first `old` (after `after`, if given); return the line where it was."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    start = text.index(after) if after else 0
    i = text.index(old, start)
    path.write_text(text[:i] + new + text[i + len(old):], encoding="utf-8")
    return text[:i].count("\n") + 1


def line_of(root: Path, rel: str, needle: str, nth: int = 1) -> int:
    """1-based line of the nth line containing `needle`, in the file as it is now."""
    hits = [n for n, line in enumerate((root / rel).read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    return hits[nth - 1]


def reported(err: str, rel: str, line: int, *fragments: str) -> str:
    """The problem printed for rel:line that contains every fragment."""
    assert "Traceback" not in err
    at = [m for m in err.splitlines() if m.startswith(f"{rel}:{line}:")]
    assert at, f"nothing reported at {rel}:{line}; got:\n{err}"
    match = [m for m in at if all(f in m for f in fragments)]
    assert match, f"{rel}:{line} does not say {fragments}; got:\n{err}"
    return match[0]


def count_line(err: str) -> str:
    return err.strip().splitlines()[-1]


# ------------------------------------------------------------------ baseline
def test_shipped_data_is_valid(plansite, data_copy):
    code, out, err = plansite(data_copy, "validate")
    assert (code, err) == (0, "")
    assert out.startswith("Hợp lệ: 25 nhiệm vụ, 105 chỉ tiêu")


# ------------------------------------------------------------- cross-checks
def test_agency_typo_in_tasks_suggests_the_right_id(plansite, data_copy):
    line = edit(data_copy, TASKS, "- phong-noi-vu\n", "- phong-noi-vuu\n")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, TASKS, line, "'phong-noi-vuu' không tồn tại", "có phải ý bạn là 'phong-noi-vu'?")
    assert count_line(err) == "1 lỗi."


def test_misspelled_key_is_one_problem_with_a_suggestion(plansite, data_copy):
    line = edit(data_copy, EDU, "targets:", "taget:", after="- id: '6.3'")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU, line, "'taget'", "có phải ý bạn là 'targets'?")
    # One mistake, one message: not also "targets missing", and not a "6.x does not
    # exist, did you mean 9.x?" for every progress line of the group that failed to load.
    assert count_line(err) == "1 lỗi.", err


def test_duplicate_indicator_id_names_both_places(plansite, data_copy):
    edit(data_copy, EDU, "- id: '6.4'", "- id: '6.3'")
    first, second = line_of(data_copy, EDU, "- id: '6.3'", 1), line_of(data_copy, EDU, "- id: '6.3'", 2)
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU, second, "'6.3' bị trùng", f"{EDU}:{first}")


def test_unquoted_decimal_id_is_caught_before_it_becomes_another_row(plansite, data_copy):
    line = edit(data_copy, EDU, "- id: '6.10'", "- id: 6.10")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    # YAML reads 6.10 as 6.1, an existing indicator; the message quotes what was typed.
    reported(err, EDU, line, "6.10", "dấu nháy", "'6.10'")


@pytest.mark.parametrize("target,says", [("'3.8'", "hãy nhập 3,8"), ("abc", "levels")])
def test_target_that_does_not_parse(plansite, data_copy, target, says):
    line = edit(data_copy, EDU, "2025: 62,5", f"2025: {target}")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU, line, "Mục tiêu", target.strip("'"), says)


def test_unquoted_decimal_target_asks_for_the_plans_text(plansite, data_copy):
    line = edit(data_copy, EDU, "2025: 62,5", "2025: 62.5")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU, line, "62.5", "dấu phẩy thập phân")


def test_level_not_in_the_scale(plansite, data_copy):
    line = edit(data_copy, HEALTH_2025, 'level: "Chưa đảm bảo"', 'level: "Đảm bảo một phần"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, HEALTH_2025, line, "7.1", "Chưa đảm bảo, Đảm bảo, Đảm bảo vững")


def test_percent_sign_and_decimal_point_in_a_value(plansite, data_copy):
    line = edit(data_copy, EDU_2025, 'value: "33"', 'value: "3.8%"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "'3.8%' không phải là số", "3,8")


def test_misspelled_choice_suggests_the_right_one(plansite, data_copy):
    line = edit(data_copy, EDU_2025, "kind: uoc-tinh", "kind: so_bo")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "'kind'", "có phải ý bạn là 'so-bo'?")


@pytest.mark.parametrize("moved_to,key", [
    ("progress/ea-sup-nq68/2025/phong-gd-dt.yml", "agency:"),            # wrong file name: the agency line
    ("progress/ea-sup-nq68/2024/phong-giao-duc-va-dao-tao-2025.yml", "year:"),  # wrong year folder: the year line
])
def test_report_in_the_wrong_place(plansite, data_copy, moved_to, key):
    (data_copy / EDU_2025).rename(data_copy / moved_to)
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, moved_to, line_of(data_copy, moved_to, key), EDU_2025)


def test_indicator_reported_by_another_agency(plansite, data_copy):
    line = edit(data_copy, EDU_2025, 'id: "6.2"', 'id: "7.2"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "7.2", "'trung-tam-y-te'", "progress/ea-sup-nq68/2025/trung-tam-y-te.yml")


def test_report_year_2099(plansite, data_copy):
    line = edit(data_copy, EDU_2025, "year: 2025", "year: 2099")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "2099", "2024–2030")
    assert "progress/ea-sup-nq68/2099/" not in err  # moving the file there would be the wrong fix


def test_value_year_2099(plansite, data_copy):
    line = edit(data_copy, EDU_2025, 'value: "33"', 'year: 2099\n    value: "33"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "2099")


def test_task_that_does_not_exist(plansite, data_copy):
    line = edit(data_copy, EDU_2025, 'id: "6.1"', 'id: "6.9"', after="\ntasks:")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "Nhiệm vụ '6.9' không tồn tại")


def test_mistyped_agency_in_a_report_is_one_problem(plansite, data_copy):
    line = edit(data_copy, HEALTH_2025, "agency: trung-tam-y-te", "agency: trung-tam-yte")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, HEALTH_2025, line, "'trung-tam-yte' không tồn tại", "có phải ý bạn là 'trung-tam-y-te'?")
    # Not also "move the file to progress/ea-sup-nq68/2025/trung-tam-yte.yml", nor "task 6.2 is not yours".
    assert count_line(err) == "1 lỗi.", err


def test_agency_list_emptied_by_mistake(plansite, data_copy):
    (data_copy / "plan/agencies.yml").write_text("kinds: {}\nagencies: []\n", encoding="utf-8")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1  # every reference now dangles; it must not pass as "valid"
    reported(err, TASKS, line_of(data_copy, TASKS, "- phong-noi-vu"), "'phong-noi-vu' không tồn tại")


def test_indicator_folder_missing(plansite, data_copy):
    for path in (data_copy / "indicators/ea-sup-nq68").glob("*.yml"):
        path.unlink()
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, "indicators/ea-sup-nq68/", 1, "indicators/ea-sup-nq68/*.yml")
    assert count_line(err) == "1 lỗi.", err


def test_indicator_assigned_to_a_missing_task(plansite, data_copy):
    line = edit(data_copy, EDU, "- '6.1'", "- '6.7'")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU, line, "'6.7' không tồn tại")


# ------------------------------------------------------------- YAML itself
@pytest.mark.parametrize("old,new,says", [
    ("    kind: uoc-tinh\n", "    kind uoc-tinh\n", "thiếu dấu hai chấm"),
    ("    kind: uoc-tinh\n", "\tkind: uoc-tinh\n", "Tab"),
    ("    kind: uoc-tinh\n", "      kind: uoc-tinh\n", "thụt lề"),
    ('source: "Minh hoạ — không phải số liệu thật"', 'source: "Minh hoạ — không phải số liệu thật', "dấu nháy"),
], ids=["missing-colon", "tab", "indentation", "unclosed-quote"])
def test_syntax_error_points_at_the_line_with_the_mistake(plansite, data_copy, old, new, says):
    line = edit(data_copy, EDU_2025, old, new)
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "Lỗi cú pháp YAML", says)
    assert "<block end>" not in err and "token" not in err  # PyYAML's jargon stays out of Vietnamese


def test_every_duplicate_key_in_a_file_is_reported(plansite, data_copy):
    other = edit(data_copy, EDU_2025, "year: 2025\n", "year: 2025\nyear: 2026\n")  # above the next edit
    first = edit(data_copy, EDU_2025, "    kind: uoc-tinh\n", "    kind: uoc-tinh\n    kind: chinh-thuc\n")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, first + 1, "'kind' xuất hiện hai lần", f"dòng {first}")
    reported(err, EDU_2025, other + 1, "'year' xuất hiện hai lần", f"dòng {other}")


def test_alias_bomb_is_refused_quickly(plansite, data_copy):
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{cur}: &{cur} [{', '.join([f'*{prev}'] * 9)}]")
    (data_copy / HEALTH_2025).write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    code, _, err = plansite(data_copy, "validate")
    assert time.perf_counter() - started < 5
    assert code == 1
    reported(err, HEALTH_2025, 2, "bí danh")


def test_python_tag_is_refused_and_never_run(plansite, data_copy, tmp_path):
    marker = tmp_path / "pwned"
    line = edit(data_copy, EDU_2025, "illustrative: true\n",
                f'illustrative: !!python/object/apply:builtins.open ["{marker}", "w"]\n')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "!!python/object/apply:builtins.open", "không được phép")
    assert not marker.exists()


def test_oversized_file_is_refused(plansite, data_copy):
    path = data_copy / HEALTH_2025
    path.write_text(path.read_text(encoding="utf-8") + ("# " + "x" * 98 + "\n") * 30_000, encoding="utf-8")
    assert path.stat().st_size > 3_000_000
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, HEALTH_2025, 1, "MB")


def test_deeply_nested_file_is_refused_not_a_crash(plansite, data_copy):
    line = edit(data_copy, EDU_2025, "illustrative: true\n", "illustrative: " + "[" * 2000 + "]" * 2000 + "\n")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "lồng nhau quá sâu")


def test_file_saved_in_a_legacy_encoding(plansite, data_copy):
    path = data_copy / HEALTH_2025
    data = path.read_text(encoding="utf-8").encode("cp1258", errors="replace")
    path.write_bytes(data)
    first_bad = next(n for n, raw in enumerate(data.split(b"\n"), 1) if not _is_utf8(raw))
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, HEALTH_2025, first_bad, "UTF-8")


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def test_control_character_pasted_into_a_value(plansite, data_copy):
    line = edit(data_copy, EDU_2025, 'value: "33"', 'value: "3\x083"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "ký tự điều khiển")


@pytest.mark.parametrize("content", ["", "# chỉ có chú thích\n"], ids=["empty", "comments-only"])
def test_empty_file(plansite, data_copy, content):
    (data_copy / HEALTH_2025).write_text(content, encoding="utf-8")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, HEALTH_2025, 1, "Tệp rỗng")


def test_not_a_number_value(plansite, data_copy):
    line = edit(data_copy, EDU_2025, 'value: "33"', "value: .nan")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "'value'")


def test_yes_is_not_a_value(plansite, data_copy):
    line = edit(data_copy, EDU_2025, 'value: "33"', "value: yes")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "'value'")


# ---------------------------------------------------------------- one run
def test_problems_in_several_files_are_all_reported_in_one_run(plansite, data_copy):
    expected = [
        (TASKS, edit(data_copy, TASKS, "- phong-noi-vu\n", "- phong-noi-vuu\n")),
        (EDU, edit(data_copy, EDU, "2025: 62,5", "2025: '3.8'")),
        (EDU_2025, edit(data_copy, EDU_2025, 'value: "33"', 'value: "3.8%"')),
        (HEALTH_2025, edit(data_copy, HEALTH_2025, "    kind: uoc-tinh\n", "    kind uoc-tinh\n")),
        ("progress/ea-sup-nq68/2024/trung-tam-y-te.yml",
         edit(data_copy, "progress/ea-sup-nq68/2024/trung-tam-y-te.yml", "year: 2024", "year: 2099")),
    ]
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    for rel, line in expected:
        reported(err, rel, line)
    assert count_line(err) == f"{len(expected)} lỗi."


def test_english_messages(plansite, data_copy):
    typo = edit(data_copy, TASKS, "- phong-noi-vu\n", "- phong-noi-vuu\n")
    target = edit(data_copy, EDU, "2025: 62,5", "2025: '3.8'")
    code, _, err = plansite(data_copy, "--lang", "en", "validate")
    assert code == 1
    reported(err, TASKS, typo, "error:", "Agency 'phong-noi-vuu' does not exist", "hint: did you mean 'phong-noi-vu'?")
    reported(err, EDU, target, "error:", "Target '3.8' cannot be read")
    assert count_line(err) == "2 problem(s)."
    assert "lỗi" not in err and "không" not in err and "hãy" not in err


def test_no_traceback_from_the_installed_command(data_copy):
    """The console script itself, on the mistakes that used to escape as exceptions."""
    edit(data_copy, EDU, "targets:", "taget:", after="- id: '6.3'")  # used to crash building the project
    edit(data_copy, EDU_2025, "illustrative: true\n", "illustrative: " + "[" * 2000 + "]" * 2000 + "\n")
    edit(data_copy, HEALTH_2025, 'value: "73,6"', 'value: "7\x073,6"')
    proc = subprocess.run([sys.executable, "-m", "generator.cli", "--root", str(data_copy), "validate"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert count_line(proc.stderr) == "3 lỗi.", proc.stderr


def test_a_report_left_in_the_old_layout_is_not_silently_ignored(plansite, data_copy):
    (data_copy / "progress/2026").mkdir(parents=True)
    (data_copy / "progress/2026/trung-tam-y-te.yml").write_text("agency: trung-tam-y-te\nyear: 2026\n", encoding="utf-8")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, "progress/2026/trung-tam-y-te.yml", 1, "progress/ea-sup-nq68/2026/trung-tam-y-te.yml")
    assert count_line(err) == "1 lỗi."


def test_a_folder_for_a_plan_that_does_not_exist(plansite, data_copy):
    (data_copy / "progress/ea-sup-nq86/2025").mkdir(parents=True)
    (data_copy / "progress/ea-sup-nq86/2025/trung-tam-y-te.yml").write_text("agency: trung-tam-y-te\nyear: 2025\n",
                                                                           encoding="utf-8")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, "progress/ea-sup-nq86/2025/trung-tam-y-te.yml", 1, "không ứng với kế hoạch nào", "'ea-sup-nq68'")


# ---------------------------------------------- numbers a reader could misread
# Each case is a staff member typing the value for 6.5 (a share in %) in the 2025 report.
@pytest.mark.parametrize("typed,fragments", [
    # Unquoted, YAML reads 1.500 as 1,5; quoted, the Vietnamese thousands dot reads 1500.
    ('value: 1.500', ("'1.500' có hai cách đọc: 1,5", 'Nếu là 1,5, hãy ghi value: "1,5"', 'nếu là 1500, hãy ghi value: "1500"')),
    ('value: "1.500"', ("'1.500' có hai cách đọc: 1,5", "hoặc 1500")),
    # One reading only, but not how the plan writes it: the same answer quoted or not.
    ('value: 60.5', ("'60.5' dùng dấu chấm thập phân", 'hãy ghi value: "60,5"')),
    ('value: "60.5"', ("'60.5' dùng dấu chấm thập phân", 'hãy ghi value: "60,5"')),
    # Typed on a phone or pasted from Word.
    ('value: “60,5”', ("dấu nháy cong", 'value: "60,5"')),
    # Impossible for a share.
    ('value: "-5"', ("nằm ngoài khoảng 0–100 %",)),
    ('value: "6050"', ("6.050 % nằm ngoài khoảng 0–100 %",)),
])
def test_a_value_that_could_be_misread_is_refused_with_how_to_write_it(plansite, data_copy, typed, fragments):
    line = edit(data_copy, EDU_2025, 'value: "58"', typed)
    code, out, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, *fragments)
    # Nothing is published: the plan does not load, so no page can show the misread figure.
    from generator.data.problems import DataError
    from generator.checks.family import load_project
    with pytest.raises(DataError):
        load_project(data_copy)


def test_a_negative_count_is_refused(plansite, data_copy):
    # 7.4.b: doctors per 10 000 people. Nobody can have fewer than none.
    rel = "progress/ea-sup-nq68/2025/trung-tam-y-te.yml"
    text = (data_copy / rel).read_text(encoding="utf-8")
    entry = text.index('- id: "7.4.b"')
    value_at = text.index("value:", entry)
    end = text.index("\n", value_at)
    (data_copy / rel).write_text(text[:value_at] + 'value: "-5,6"' + text[end:], encoding="utf-8")
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, rel, text[:value_at].count("\n") + 1, "là số âm")


def test_a_share_of_a_rate_of_change_may_be_negative(plansite, data_copy):
    # 5.10 is a yearly reduction in %/năm: poverty can rise, so a negative figure is a real answer.
    rel = "progress/ea-sup-nq68/2025/phong-lao-dong-thuong-binh-va-xa-hoi.yml"
    text = (data_copy / rel).read_text(encoding="utf-8")
    entry = text.index('- id: "5.10"')
    value_at = text.index("value:", entry)
    end = text.index("\n", value_at)
    (data_copy / rel).write_text(text[:value_at] + 'value: "-0,5"' + text[end:], encoding="utf-8")
    code, out, err = plansite(data_copy, "validate")
    assert code == 0, err
    from generator.checks.family import load_project
    assert load_project(data_copy).values["5.10"][-1].current.number == -0.5


def test_a_jump_is_a_warning_that_does_not_stop_publishing(plansite, data_copy):
    # 55 % in 2024; 58 % typed as a fraction (0,58) would pass every rule, but moves 54 points.
    edit(data_copy, EDU_2025, 'value: "58"', 'value: "0,58"')
    line = line_of(data_copy, EDU_2025, '- id: "6.5"')
    code, out, err = plansite(data_copy, "validate")
    assert code == 0
    warning = reported(err, EDU_2025, line, "cảnh báo", "6.5 năm 2025: 0,58 %", "54,42 điểm phần trăm",
                       "(55 % năm 2024)")
    assert "lỗi" not in warning.split(": ", 2)[1]
    assert "1 cảnh báo" in out
    from generator.checks.family import load_project
    assert load_project(data_copy).values["6.5"][-1].current.number == 0.58   # published as typed


def test_tenfold_jump_in_a_count_is_a_warning(plansite, data_copy):
    rel = "progress/ea-sup-nq68/2025/trung-tam-y-te.yml"
    text = (data_copy / rel).read_text(encoding="utf-8")
    entry = text.index('- id: "7.4.a"')
    value_at = text.index("value:", entry)
    end = text.index("\n", value_at)
    # 15,1 beds per 10 000 people in 2024; the decimal comma forgotten: 157.
    (data_copy / rel).write_text(text[:value_at] + 'value: "157"' + text[end:], encoding="utf-8")
    code, out, err = plansite(data_copy, "validate")
    assert code == 0
    reported(err, rel, text[:entry].count("\n") + 1, "cảnh báo", "gấp 10,4 lần số gần nhất (15,1 Giường năm 2024)")


def test_every_mistake_in_a_file_is_reported_at_once(plansite, data_copy):
    # A mistyped kind, an unknown key, a misread value and a wrong id, all in one report.
    kind = edit(data_copy, EDU_2025, "kind: uoc-tinh", "kind: sobo")
    key = edit(data_copy, EDU_2025, "    source:", "    sorce:", after='- id: "6.3"')
    value = edit(data_copy, EDU_2025, 'value: "58"', 'value: "58.5%"')
    wrong_id = edit(data_copy, EDU_2025, '- id: "6.6"', '- id: "6.60"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, kind, "'kind'")
    reported(err, EDU_2025, key, "'sorce'")
    reported(err, EDU_2025, value, "'58.5%' không phải là số")
    reported(err, EDU_2025, wrong_id, "'6.60' không tồn tại")
    assert count_line(err) == "4 lỗi."   # and no echo such as "has a value but no 'kind'"


def test_missing_list_marker_is_named_not_delete_a_key(plansite, data_copy):
    # The person deleted the "- " before the second entry's id: two entries became one.
    first = line_of(data_copy, EDU_2025, '- id: "6.2"')
    line = edit(data_copy, EDU_2025, '  - id: "6.3"', '    id: "6.3"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    msg = reported(err, EDU_2025, line, "thiếu dấu '- ' trước 'id'", f"dòng {first}")
    assert "xoá" not in msg
    assert count_line(err) == "1 lỗi."   # the entry's repeated value/kind/source are the same mistake


@pytest.mark.parametrize("typed,code", [("sơ bộ", "so-bo"), ("Chính thức", "chinh-thuc"), ("ước tính", "uoc-tinh")])
def test_label_typed_for_kind_gets_the_code(plansite, data_copy, typed, code):
    line = edit(data_copy, EDU_2025, "kind: uoc-tinh", f"kind: {typed}")
    _, _, err = plansite(data_copy, "validate")
    reported(err, EDU_2025, line, f"'{typed}' là tên hiển thị; trong tệp hãy ghi mã: {code}")


def test_status_label_typed_for_the_code(plansite, data_copy):
    line = edit(data_copy, EDU_2025, "status: dang-trien-khai", "status: Đang triển khai")
    _, _, err = plansite(data_copy, "validate")
    reported(err, EDU_2025, line, "trong tệp hãy ghi mã: dang-trien-khai")


def test_non_breaking_space_in_indentation(plansite, data_copy):
    line = edit(data_copy, EDU_2025, '    value: "58"', '\u00a0   value: "58"')
    code, _, err = plansite(data_copy, "validate")
    assert code == 1
    reported(err, EDU_2025, line, "dấu cách không ngắt", "U+00A0")


def test_curly_quotes_around_an_id(plansite, data_copy):
    line = edit(data_copy, EDU_2025, '- id: "6.5"', "- id: “6.5”")
    _, _, err = plansite(data_copy, "validate")
    reported(err, EDU_2025, line, "dấu nháy cong", 'dấu nháy thẳng: "6.5"')


def test_lang_option_after_the_subcommand(plansite, data_copy):
    edit(data_copy, EDU_2025, "kind: uoc-tinh", "kind: sobo")
    code, _, err = plansite(data_copy, "validate", "--lang", "en")
    assert code == 1
    assert "error: 'kind' must be one of" in err and "1 problem(s)." in err
    code, out, _ = plansite(data_copy, "validate", "--lang", "en", "--root", str(ROOT))
    assert code == 0 and out.startswith("Valid:")


def test_warnings_are_annotated_as_warnings_for_github(data_copy, capsys):
    edit(data_copy, EDU_2025, 'value: "58"', 'value: "0,58"')
    assert main(["--root", str(data_copy), "validate", "--format", "github"]) == 0
    out = capsys.readouterr().out
    line = line_of(data_copy, EDU_2025, '- id: "6.5"')
    assert f"::warning file={EDU_2025},line={line},col=1::Chỉ tiêu 6.5 năm 2025: 0,58 %" in out
    assert "::error" not in out
