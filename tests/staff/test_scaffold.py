"""`plansite new-plan` (a new plan that validates and builds at once, shown as a draft) and
`plansite new-report` for the breakdowns an indicator declares."""
from __future__ import annotations


from conftest import build_into, make_site_root
from generator.cli import main


def test_a_new_plan_validates_builds_and_says_it_is_a_draft(tmp_path, capsys):
    root = make_site_root(tmp_path)
    assert main(["--root", str(root), "new-plan", "--id", "xa-moi", "--issuer", "ubnd-huyen-ea-sup",
                 "--start", "2026", "--end", "2030"]) == 0
    plan = (root / "plan/xa-moi/plan.yml").read_text(encoding="utf-8")
    assert plan.startswith("# yaml-language-server: $schema=../../generator/schemas/plan.schema.json")
    assert "draft: true" in plan and "# Thân văn bản" in plan   # commented, part by part
    assert main(["--root", str(root), "validate"]) == 0
    site = build_into(root)
    home = (site / "xa-moi/index.html").read_text(encoding="utf-8")
    assert "Bản nháp" in home and "chưa được nhập" in home
    # The shipped plan keeps the root; the new one lives under its id, and a page lists both.
    assert "Ea Súp" in (site / "index.html").read_text(encoding="utf-8")
    assert "xa-moi/" in (site / "cac-ke-hoach/index.html").read_text(encoding="utf-8")


def test_new_plan_refuses_to_overwrite_or_to_invent_an_issuer(tmp_path, capsys):
    root = make_site_root(tmp_path)
    assert main(["--root", str(root), "new-plan", "--id", "ea-sup-nq68", "--issuer", "ubnd-huyen-ea-sup"]) == 1
    assert "không ghi đè" in capsys.readouterr().err
    assert main(["--root", str(root), "new-plan", "--id", "xa-moi", "--issuer", "ubnd-xa-moi"]) == 1
    assert "không có trong plan/agencies.yml" in capsys.readouterr().err
    assert not (root / "plan/xa-moi").exists()
    assert main(["--root", str(root), "new-plan", "--id", "Xã Mới", "--issuer", "ubnd-huyen-ea-sup"]) == 1
    assert "chữ thường không dấu" in capsys.readouterr().err


# ------------------------------------------------------------------ new-report and breakdowns
LD = "phong-lao-dong-thuong-binh-va-xa-hoi"
# The labour office ended on 30/06/2025: a 2026 report comes from a successor invented here (fictional).
LD_SUCCESSOR = "so-noi-vu-thu-nghiem"


def _scaffold_2026(tmp_path, capsys):
    from conftest import record_fictional_successor
    root = make_site_root(tmp_path)
    record_fictional_successor(root, LD, LD_SUCCESSOR, "Sở Nội vụ (hư cấu, kiểm thử)")
    assert main(["--root", str(root), "new-report", "--year", "2026", "--agency", LD_SUCCESSOR]) == 0
    path = root / f"progress/ea-sup-nq68/2026/{LD_SUCCESSOR}.yml"
    return root, path


def _breakdown(text: str, ind_id: str) -> list[str]:
    start = text.index(f'- id: "{ind_id}"')
    block = text[start:text.index("\n  # ", start)]
    return [ln.strip() for ln in block.splitlines() if ln.startswith("      - ")]


def test_new_report_lists_every_group_valid_in_the_year_unfilled_with_its_label(tmp_path, capsys):
    root, path = _scaffold_2026(tmp_path, capsys)
    text = path.read_text(encoding="utf-8")
    # 2026: the two units that ended on 30/06/2025 are gone, the new xã Ea Súp is there.
    communes = _breakdown(text, "5.10")
    assert communes[0] == "- {xa: cu-kbang, value: null}  # Xã Cư Kbang"
    assert communes[-1] == "- {xa: xa-ea-sup, value: null}  # Xã Ea Súp"
    assert len(communes) == 9 and not any("thi-tran-ea-sup" in c or "cu-mlan" in c for c in communes)
    assert _breakdown(text, "2.1") == ["- {gioi-tinh: nam, value: null}  # Nam", "- {gioi-tinh: nu, value: null}  # Nữ",
                                       "- {dan-toc: kinh, value: null}  # Kinh",
                                       "- {dan-toc: dtts, value: null}  # Dân tộc thiểu số"]
    assert "# Số liệu phân tổ, cùng năm, loại và nguồn với giá trị tổng; nhóm chưa có số liệu để value: null." in text
    assert '- id: "2.3"\n    value: null\n    kind: null\n    source: null\n  #' in text   # no breakdown declared: none listed
    # Nothing filled: the scaffold validates; so does one with a total and some of its groups.
    assert main(["--root", str(root), "validate"]) == 0
    filled = (text.replace('- id: "5.10"\n    value: null\n    kind: null\n    source: null',
                           '- id: "5.10"\n    value: "3,9"\n    kind: so-bo\n    source: "Thống kê (kiểm thử)"')
              .replace("- {xa: ea-bung, value: null}  # Xã Ea Bung", '- {xa: ea-bung, value: "4,2"}'))
    assert filled != text
    path.write_text(filled, encoding="utf-8")
    assert main(["--root", str(root), "validate"]) == 0


def test_new_report_for_2024_lists_the_ten_former_units(tmp_path, capsys):
    root = make_site_root(tmp_path)
    (root / f"progress/ea-sup-nq68/2024/{LD}.yml").unlink()
    assert main(["--root", str(root), "new-report", "--year", "2024", "--agency", LD]) == 0
    communes = _breakdown((root / f"progress/ea-sup-nq68/2024/{LD}.yml").read_text(encoding="utf-8"), "5.10")
    assert len(communes) == 10 and communes[0] == "- {xa: thi-tran-ea-sup, value: null}  # Thị trấn Ea Súp"
    assert not any("xa-ea-sup" in c for c in communes)


def test_new_report_for_2025_lists_the_units_before_and_after_1_july(tmp_path, capsys):
    # The office itself ended before the 2025 deadline: its (fictional) successor answers for 2025.
    from conftest import record_fictional_successor
    root = make_site_root(tmp_path)
    record_fictional_successor(root, LD, LD_SUCCESSOR, "Sở Nội vụ (hư cấu, kiểm thử)")
    (root / f"progress/ea-sup-nq68/2025/{LD}.yml").unlink()
    assert main(["--root", str(root), "new-report", "--year", "2025", "--agency", LD_SUCCESSOR]) == 0
    communes = _breakdown((root / f"progress/ea-sup-nq68/2025/{LD_SUCCESSOR}.yml").read_text(encoding="utf-8"), "5.10")
    assert len(communes) == 11
    assert communes[0].startswith("- {xa: thi-tran-ea-sup,") and communes[-1].startswith("- {xa: xa-ea-sup,")
    assert main(["--root", str(root), "validate"]) == 0


def test_a_scaffold_round_trips_through_excel_and_takes_the_groups_filled_there(tmp_path, capsys):
    from openpyxl import load_workbook
    root, path = _scaffold_2026(tmp_path, capsys)
    before = path.read_bytes()
    xlsx = tmp_path / "ld.xlsx"
    assert main(["--root", str(root), "export-xlsx", "--year", "2026", "--agency", LD_SUCCESSOR, "--out", str(xlsx)]) == 0
    assert main(["--root", str(root), "import-xlsx", str(xlsx)]) == 0
    assert path.read_bytes() == before
    wb = load_workbook(xlsx)
    ws = wb["Chỉ tiêu"]
    h = {c.value: c.column for c in ws[1]}
    r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "5.10")
    for k, v in (("Giá trị", 3.9), ("Loại số liệu", "sơ bộ"), ("Nguồn", "Thống kê (kiểm thử)")):
        ws.cell(r, h[k]).value = v
    ws = wb["Theo Xã, thị trấn"]
    h = {c.value: c.column for c in ws[1]}
    r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, h["Mã nhóm"]).value == "ea-bung")
    ws.cell(r, h["Giá trị"]).value = "4,2"
    wb.save(xlsx)
    capsys.readouterr()
    assert main(["--root", str(root), "import-xlsx", str(xlsx)]) == 0
    assert "+ 5.10 · Xã Ea Bung: 4,2" in capsys.readouterr().out
    communes = _breakdown(path.read_text(encoding="utf-8"), "5.10")
    assert '- {xa: ea-bung, value: "4,2"}' in communes and "- {xa: ea-le, value: null}  # Xã Ea Lê" in communes
    assert main(["--root", str(root), "validate"]) == 0
