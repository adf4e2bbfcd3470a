"""`plansite new-plan`: a new plan that validates and builds at once, shown as a draft."""
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
