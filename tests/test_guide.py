"""The staff guide quotes real validation output; it must stay what the tool prints."""
from __future__ import annotations

import re

from conftest import ROOT
from generator.cli import main


def test_the_guides_example_is_what_validate_prints(data_copy, capsys):
    gd = data_copy / "progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao.yml"
    gd.write_text(gd.read_text(encoding="utf-8").replace('value: "58"', 'value: "58.5%"', 1)
                  .replace('- id: "6.2"', '- id: "6.20"', 1), encoding="utf-8")
    yt = data_copy / "progress/ea-sup-nq68/2025/trung-tam-y-te.yml"
    yt.write_text(yt.read_text(encoding="utf-8").replace('value: "15,8"\n    kind: uoc-tinh', 'value: "15,8"\n    kind: sobo', 1)
                  .replace('    source: "Minh hoạ — không phải số liệu thật"\n',
                           '    sorce: "Minh hoạ — không phải số liệu thật"\n', 1), encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    printed = capsys.readouterr().err.strip()
    guide = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    example = re.search(r"```[^\n]*\n(progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao\.yml:11:9:.*?)\n```", guide, re.S).group(1)
    assert printed == example.strip()


def _block(guide: str, first_line: str) -> str:
    """The fenced block of the guide whose first line starts with first_line (indented or not)."""
    m = re.search(r"^( *)```\n\1(" + re.escape(first_line) + r".*?)\n\1```", guide, re.S | re.M)
    assert m, f"no block starting with {first_line!r} in the guide"
    indent = m.group(1)
    first, *rest = m.group(2).splitlines()
    return "\n".join([first] + [line[len(indent):] for line in rest])


def test_the_guides_import_into_an_existing_report_is_what_import_prints(data_copy, tmp_path, capsys):
    import datetime as dt

    from openpyxl import load_workbook
    xlsx = tmp_path / "gd.xlsx"
    assert main(["--root", str(data_copy), "export-xlsx", "--year", "2025", "--agency", "phong-giao-duc-va-dao-tao",
                 "--out", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    ws = wb["Chỉ tiêu"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows["6.5"], 8).value = 60.5
    ws.delete_rows(rows["6.3"])
    wt = wb["Nhiệm vụ"]
    rows = {wt.cell(r, 1).value: r for r in range(2, wt.max_row + 1)}
    wt.cell(rows["4.1.b"], 3).value = "Đang triển khai"
    wt.cell(rows["4.1.b"], 4).value = "Mở 3 lớp bồi dưỡng giáo viên."
    wb["Hướng dẫn"]["B6"].value = dt.datetime(2025, 6, 27)   # before the office ended (30/06/2025)
    wb.save(xlsx)
    capsys.readouterr()
    assert main(["--root", str(data_copy), "import-xlsx", str(xlsx)]) == 0
    printed = capsys.readouterr().out.strip()
    guide = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    assert printed == _block(guide, "Đã ghi progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao.yml:").strip()


def test_the_guides_warning_is_what_validate_prints(data_copy, capsys):
    gd = data_copy / "progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao.yml"
    gd.write_text(gd.read_text(encoding="utf-8").replace('value: "58"', 'value: "0,605"', 1), encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 0   # a warning never fails validate
    out = capsys.readouterr()
    guide = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    assert out.err.strip() + "\n" + out.out.strip() == _block(guide, "progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao.yml:38:1: cảnh báo").strip()


def test_the_body_change_guide_quotes_what_validate_prints(data_copy, capsys):
    """docs/thay-doi-co-quan.md: a report filed after its body ended, and a change missing its successor."""
    guide = (ROOT / "docs" / "thay-doi-co-quan.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n((?:plan|progress)/.*?)\n```", guide, re.S)
    assert len(blocks) == 3
    gd = data_copy / "progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao.yml"
    gd.write_text(gd.read_text(encoding="utf-8").replace("submitted: 2025-06-19", "submitted: 2025-12-05"),
                  encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    assert capsys.readouterr().err.strip() == blocks[1].strip()
    gd.write_text(gd.read_text(encoding="utf-8").replace("submitted: 2025-12-05", "submitted: 2025-06-19"),
                  encoding="utf-8")
    reg = data_copy / "plan/agencies.yml"
    text = reg.read_text(encoding="utf-8")
    old = ("    short_name: Phòng GD&ĐT\n    kind: co-quan-chuyen-mon\n    changes:\n      - kind: chua-xac-dinh\n"
           "        since: 2025-07-01\n        sources: [nq-203-2025-qh15]\n")
    assert old in text
    reg.write_text(text.replace(old, old.replace("chua-xac-dinh", "sap-nhap")
                                .replace("[nq-203-2025-qh15]", "[nq-203-2025-qh15, qd-so-moi]")), encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    assert capsys.readouterr().err.strip() == blocks[0].strip()


def test_the_amendment_guide_quotes_what_validate_prints(data_copy, capsys):
    """docs/thay-doi-co-quan.md: the fictional amendments of tests/data/test_amendments.py, broken on purpose."""
    from test_amendments import FIRST, SECOND, write
    guide = (ROOT / "docs" / "thay-doi-co-quan.md").read_text(encoding="utf-8")
    block = re.findall(r"```\n(plan/ea-sup-nq68/amendments/.*?)\n```", guide, re.S)[0]
    write(data_copy, "kh-1-hu-cau.yml", FIRST)
    write(data_copy, "kh-2-hu-cau.yml", SECOND.replace("effective: 2025-06-01", "effective: 2025-01-01")
          .replace("field: text", "field: noi-dung"))
    assert main(["--root", str(data_copy), "validate"]) == 1
    assert capsys.readouterr().err.strip() == block.strip()


# ------------------------------------------------------------------ breakdowns (phân tổ)
LD = "phong-lao-dong-thuong-binh-va-xa-hoi"


def _guide() -> str:
    return (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")


def _section(guide: str, anchor: str) -> str:
    start = guide.index(anchor)
    return guide[start:guide.index("\n## ", start)]


def _set_part(xlsx, ind_id: str, cell: str, value) -> None:
    from openpyxl import load_workbook
    wb = load_workbook(xlsx)
    ws = wb["Theo Xã, thị trấn"]
    h = {c.value: c.column for c in ws[1]}
    r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == ind_id and ws.cell(r, h["Mã nhóm"]).value == cell)
    ws.cell(r, h["Giá trị"]).value = value
    wb.save(xlsx)


def test_the_guides_breakdown_imports_are_what_import_prints(data_copy, tmp_path, capsys):
    xlsx = tmp_path / "ld.xlsx"
    assert main(["--root", str(data_copy), "export-xlsx", "--year", "2025", "--agency", LD, "--out", str(xlsx)]) == 0
    guide = _guide()
    _set_part(xlsx, "5.10", "xa-ea-sup", 1.8)
    capsys.readouterr()
    assert main(["--root", str(data_copy), "import-xlsx", str(xlsx)]) == 1
    assert capsys.readouterr().err.strip() == _block(guide, "Sheet Theo Xã, thị trấn, ô").strip()
    _set_part(xlsx, "5.10", "xa-ea-sup", None)
    _set_part(xlsx, "5.10", "ea-bung", 4.3)
    assert main(["--root", str(data_copy), "import-xlsx", str(xlsx)]) == 0
    assert capsys.readouterr().out.strip() == _block(guide, f"Đã ghi progress/ea-sup-nq68/2025/{LD}.yml:").strip()


def test_the_guides_breakdown_mistakes_are_what_validate_prints(data_copy, capsys):
    path = data_copy / f"progress/ea-sup-nq68/2025/{LD}.yml"
    path.write_text(path.read_text(encoding="utf-8").replace('{xa: ea-bung, value: "4,1"}', '{xa: ea-bun, value: "4,1"}')
                    .replace('{dan-toc: dtts, value: "6,9"}', '{dan-toc: dtts, value: "6.9"}'), encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    assert capsys.readouterr().err.strip() == _block(_guide(), f"progress/ea-sup-nq68/2025/{LD}.yml:69:32").strip()


def test_the_guides_breakdown_example_is_a_valid_entry(data_copy, capsys, project):
    section = _section(_guide(), "## Số liệu phân tổ")
    example = re.search(r"```yaml\n(  - id: \"5\.10\".*?)```", section, re.S).group(1)
    path = data_copy / f"progress/ea-sup-nq68/2025/{LD}.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index('  - id: "5.10"')
    end = text.index("\n  # ", start) + 1
    # A real report (the shipped one is illustrative, and says so above its parts).
    path.write_text((text[:start] + example + text[end:]).replace("illustrative: true", "illustrative: false"),
                    encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 0
    # And it is what the report writer writes: rewriting the file leaves the example as it is.
    from generator.staff.reports import draft_from_file, render_report
    rewritten = render_report(project, draft_from_file(data_copy, LD, 2025, project.id))
    assert example in rewritten


def test_the_guides_list_of_broken_down_indicators_is_the_plans(project):
    rows = re.findall(r"^\| ([\d., ]+) \| (.+?) \|$", _section(_guide(), "## Số liệu phân tổ"), re.M)
    said = {i.strip(): by for ids, by in rows for i in ids.split(",")}
    actual = {i.id: "; ".join(project.dimensions.key_label(k) for k in i.breakdowns)
              for i in project.indicators.values() if i.breakdowns}
    assert said == actual


# ------------------------------------------------------------------ documents and sources (evidence)
def test_the_guides_source_address_mistake_is_what_validate_prints(data_copy, capsys):
    """docs/huong-dan.md, "Nguồn số liệu": an address without http(s)://, refused at its line."""
    gd = data_copy / "progress/ea-sup-nq68/2025/phong-giao-duc-va-dao-tao.yml"
    old = '  - id: "6.5"\n    value: "58"\n    kind: uoc-tinh\n    source: "Minh hoạ — không phải số liệu thật"\n'
    text = gd.read_text(encoding="utf-8")
    assert old in text
    gd.write_text(text.replace(old, old + '    source_url: "example.org/bao-cao-thong-ke"\n'), encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    block = re.search(r"```text\n(progress/.*?'source_url'.*?)\n```", _guide(), re.S).group(1)
    assert capsys.readouterr().err.strip() == block.strip()


def test_the_guides_new_document_is_recorded_as_it_shows_and_warned_about_until_cited(data_copy, capsys):
    """docs/thay-doi-co-quan.md, "Ghi một văn bản mới": the example entry, pasted as shown, validates,
    and the warning quoted is the one printed while nothing cites it."""
    guide = (ROOT / "docs" / "thay-doi-co-quan.md").read_text(encoding="utf-8")
    section = guide[guide.index("## Ghi một văn bản mới"):]
    m = re.search(r"^( *)```yaml\n(.*?)\n\1```", section, re.S | re.M)
    entry = "\n".join(line[len(m.group(1)):] for line in m.group(2).splitlines())
    assert entry.startswith("  - id: qd-vi-du")
    reg = data_copy / "plan/agencies.yml"
    reg.write_text(reg.read_text(encoding="utf-8") + entry + "\n", encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 0
    out = capsys.readouterr()
    quoted = re.search(r"```text\n\s*(plan/agencies\.yml:.*?)\n\s*```", section, re.S).group(1)
    assert out.err.strip() == quoted.strip()
