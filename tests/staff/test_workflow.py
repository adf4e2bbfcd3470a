"""An agency's reporting year, played end to end the way staff would do it."""
from __future__ import annotations

import html
import re
import subprocess

import pytest
from openpyxl import load_workbook

from conftest import build_into, make_site_root, record_fictional_successor
from generator.cli import main

AGENCY = "phong-giao-duc-va-dao-tao"
# The office ended on 30/06/2025 with no recorded successor: a year after that is reported by a
# successor these tests invent (fictional, in a copy of the data).
SUCCESSOR = "so-giao-duc-thu-nghiem"


def with_successor(root):
    record_fictional_successor(root, AGENCY, SUCCESSOR, "Sở Giáo dục (hư cấu, kiểm thử)")
    return root


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def fill_education_2026(path):
    """What the education office types into the template for 2026."""
    wb = load_workbook(path)
    ws = wb["Chỉ tiêu"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for ind, value in {"6.5": 66.5, "6.3": "95,2", "10.4": 81}.items():
        r = rows[ind]
        ws.cell(r, 8).value = value
        ws.cell(r, 10).value = "sơ bộ"
        ws.cell(r, 11).value = "Báo cáo thống kê giáo dục năm học 2025-2026"
    ws = wb["Nhiệm vụ"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows["6.1"], 3).value = "Hoàn thành"
    ws.cell(rows["6.1"], 4).value = "Hoàn thành phổ cập giáo dục mầm non cho trẻ 5 tuổi."
    ws.cell(rows["6.1"], 6).value = "Quyết định công nhận | https://example.org/qd-2026.pdf"
    wb.save(path)


def git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def test_an_agency_reports_its_year_by_spreadsheet(tmp_path, capsys):
    root = with_successor(make_site_root(tmp_path / "repo"))
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "plan", "indicators", "progress")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base")

    # 1. scaffold, then export the template: the scaffold lists everything the office owes.
    assert run(root, "new-report", "--year", "2026", "--agency", SUCCESSOR) == 0
    scaffold = (root / "progress/ea-sup-nq68/2026" / f"{SUCCESSOR}.yml").read_text(encoding="utf-8")
    assert '- id: "6.5"' in scaffold and "mục tiêu 2025: 62,5" in scaffold and '- id: "6.1"' in scaffold
    assert run(root, "new-report", "--year", "2026", "--agency", SUCCESSOR) == 1  # never overwrites
    xlsx = tmp_path / "gd.xlsx"
    assert run(root, "export-xlsx", "--year", "2026", "--agency", SUCCESSOR, "--out", str(xlsx)) == 0

    # 2. fill it in and import it.
    fill_education_2026(xlsx)
    assert run(root, "import-xlsx", str(xlsx)) == 0
    report = (root / "progress/ea-sup-nq68/2026" / f"{SUCCESSOR}.yml").read_text(encoding="utf-8")
    assert 'value: "66,5"' in report and "status: hoan-thanh" in report
    assert run(root, "validate") == 0

    # 3. what the pull request would say.
    capsys.readouterr()
    assert run(root, "diff", "main", str(root)) == 0
    summary = capsys.readouterr().out
    assert "6.5 (2026): thêm 66,5 %" in summary
    assert "6.5: không đạt → đúng tiến độ" in summary  # the 2030 milestone is now the one in view
    assert "Nhiệm vụ 6.1: đang triển khai (2025) → hoàn thành (2026)" in summary

    # 4. the built site shows it.
    site = build_into(root)
    page = html.unescape((site / "chi-tieu/6-5/index.html").read_text(encoding="utf-8"))
    assert "Giá trị 2026 là 66,5 %" in page
    task = html.unescape((site / "nhiem-vu/6-1/index.html").read_text(encoding="utf-8"))
    assert "Năm 2026" in task and "Hoàn thành phổ cập giáo dục mầm non" in task
    assert 'href="https://example.org/qd-2026.pdf"' in task


def test_unchanged_export_imports_byte_identical(tmp_path):
    root = make_site_root(tmp_path)
    for agency in ("phong-lao-dong-thuong-binh-va-xa-hoi", "trung-tam-y-te"):
        path = root / "progress/ea-sup-nq68/2025" / f"{agency}.yml"
        before = path.read_bytes()
        xlsx = tmp_path / f"{agency}.xlsx"
        assert run(root, "export-xlsx", "--year", "2025", "--agency", agency, "--out", str(xlsx)) == 0
        assert run(root, "import-xlsx", str(xlsx)) == 0
        assert path.read_bytes() == before


@pytest.mark.parametrize("ind,value,message", [
    ("6.5", "3.8%", "Sheet Chỉ tiêu, ô H{row}: '3.8%' không phải là số; hãy nhập 3,8"),
    ("6.5", "nhiều", "Sheet Chỉ tiêu, ô H{row}: 'nhiều' không phải là số"),
])
def test_broken_spreadsheet_names_sheet_cell_and_fix(tmp_path, capsys, ind, value, message):
    root = make_site_root(tmp_path)
    xlsx = tmp_path / "gd.xlsx"
    run(root, "export-xlsx", "--year", "2025", "--agency", AGENCY, "--out", str(xlsx))
    wb = load_workbook(xlsx)
    ws = wb["Chỉ tiêu"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == ind)
    ws.cell(row, 8).value = value
    wb.save(xlsx)
    before = (root / "progress/ea-sup-nq68/2025" / f"{AGENCY}.yml").read_bytes()
    capsys.readouterr()
    assert run(root, "import-xlsx", str(xlsx)) == 1
    err = capsys.readouterr().err
    assert message.format(row=row) in err
    assert "Traceback" not in err
    assert (root / "progress/ea-sup-nq68/2025" / f"{AGENCY}.yml").read_bytes() == before


def test_spreadsheet_problems_all_reported_at_once(tmp_path, capsys):
    root = with_successor(make_site_root(tmp_path))
    xlsx = tmp_path / "gd.xlsx"
    run(root, "export-xlsx", "--year", "2026", "--agency", SUCCESSOR, "--out", str(xlsx))
    wb = load_workbook(xlsx)
    ws = wb["Chỉ tiêu"]
    ws.cell(2, 8).value = 50           # a value with no kind or source
    ws.cell(3, 8).value = 40
    ws.cell(3, 10).value = "gần đúng"  # not in the list
    ws.cell(3, 11).value = "x"
    wt = wb["Nhiệm vụ"]
    wt.cell(2, 3).value = "Xong"
    wb.save(xlsx)
    capsys.readouterr()
    assert run(root, "import-xlsx", str(xlsx)) == 1
    err = capsys.readouterr().err
    assert "ô J2" in err and "ô J3" in err and "Sheet Nhiệm vụ, ô C2" in err
    assert not (root / "progress/ea-sup-nq68/2026" / f"{SUCCESSOR}.yml").exists()


def test_not_a_workbook(tmp_path, capsys):
    root = make_site_root(tmp_path)
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not excel", encoding="utf-8")
    assert run(root, "import-xlsx", str(bad)) == 1
    assert "không mở được" in capsys.readouterr().err.lower()


def test_github_annotations_point_at_file_and_line(tmp_path, capsys):
    root = make_site_root(tmp_path)
    f = root / "progress/ea-sup-nq68/2025" / f"{AGENCY}.yml"
    text = f.read_text(encoding="utf-8").replace("kind: uoc-tinh", "kind: sobo", 1)
    f.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    kind: sobo") + 1
    assert main(["--root", str(root), "--format", "github", "validate"]) == 1
    out = capsys.readouterr().out
    assert re.search(rf"::error file=progress/ea-sup-nq68/2025/{AGENCY}.yml,line={line},col=\d+::", out)
