"""Plan documents in the layouts communes, wards and provinces use import, validate and build with no
hand edit: the corpus of FICTIONAL documents in tests/fixtures/import/ (written by make_corpus.py there,
before the importer was taught their forms).

Each document: import into a repository holding only the body registry, validate, render every page;
every task and indicator has its own page and every target is shown as the document wrote it. All
eight are then built together with MkDocs (two of them have an indicator "1": the URLs stay apart).
"""
from __future__ import annotations

import html
import shutil
import time
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from generator.cli import main

CORPUS = ROOT / "tests/fixtures/import"
DOCUMENTS = sorted(p.stem for p in CORPUS.glob("*.docx"))


def site_root(dest: Path, root_plan: str) -> Path:
    """A repository with the shared body registry, the site's config and hand-written pages, and no plan."""
    for top in ("plan", "indicators", "progress"):
        (dest / top).mkdir(parents=True)
    shutil.copy(ROOT / "plan/agencies.yml", dest / "plan/agencies.yml")
    (dest / "docs").mkdir()
    for page in (ROOT / "docs").glob("*.md"):
        if page.name not in {"index.md", "ke-hoach.md", "du-lieu.md", "bao-cao.md"}:
            shutil.copy(page, dest / "docs" / page.name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("root_plan: ea-sup-nq68", f"root_plan: {root_plan}")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    (dest / "generator").symlink_to(ROOT / "generator")
    return dest


def import_one(root: Path, name: str, capsys) -> tuple[str, float]:
    started = time.perf_counter()
    code = main(["--root", str(root), "import-plan", str(CORPUS / f"{name}.docx"), "--id", name])
    elapsed = time.perf_counter() - started
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out, elapsed


def rows(root: Path, name: str) -> list[dict]:
    out = []
    for f in sorted((root / "indicators" / name).glob("*.yml")):
        for ind in yaml.safe_load(f.read_text(encoding="utf-8"))["indicators"]:
            out += [ind, *ind.get("sub_indicators", [])]
    return out


def test_the_corpus_is_the_script_s_and_says_it_is_fictional():
    import docx
    assert len(DOCUMENTS) >= 8
    for name in DOCUMENTS:
        text = "\n".join(p.text for p in docx.Document(str(CORPUS / f"{name}.docx")).paragraphs)
        assert "hư cấu" in text, name


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_document_imports_validates_and_renders_with_no_hand_edit(name, tmp_path, capsys):
    from generator.site.build import generated_files
    root = site_root(tmp_path, name)
    out, elapsed = import_one(root, name, capsys)
    assert "Chưa xếp được" not in out, "every line of the document has its place"
    assert main(["--root", str(root), "validate"]) == 0, capsys.readouterr().err
    assert "Hợp lệ" in capsys.readouterr().out
    files = generated_files(root)
    tasks = yaml.safe_load((root / f"plan/{name}/tasks.yml").read_text(encoding="utf-8"))["tasks"]
    assert tasks and all(t["lead"] for t in tasks), "every task of the corpus names its lead body"
    from generator.site.urls import Urls
    urls = Urls("")
    for t in tasks:
        assert urls.task(t["id"]) in files, f"{name}: task {t['id']} has no page"
    assert urls.indicators() in files, f"{name}: no list of indicators"
    for ind in rows(root, name):
        page = files[urls.indicator(ind["id"])].decode("utf-8")
        for year, target in ind["targets"].items():
            if target:
                assert html.escape(target, quote=False) in page, f"{name}: target {year} of {ind['id']} not shown as written"
        for note in ind.get("notes", []):
            assert html.escape(note["text"], quote=False) in page, f"{name}: note of {ind['id']} not on its page"
    plan = yaml.safe_load((root / f"plan/{name}/plan.yml").read_text(encoding="utf-8"))
    review = int(out.split("Cần xem lại (")[1].split(" ")[0])
    assert plan["imported"]["review"] == review
    assert "nhập tự động từ văn bản" in files["index.md"].decode("utf-8")
    print(f"{name}: {len(tasks)} tasks, {len(rows(root, name))} indicator rows, {review} review lines, {elapsed:.2f} s")


def test_what_the_documents_say_becomes_data(tmp_path, capsys):
    """The forms the corpus was written to cover, read as data (one assertion per form)."""
    root = site_root(tmp_path, "xa-dong-mau")
    for name in DOCUMENTS:
        import_one(root, name, capsys)

    def tasks(name):
        return {t["id"]: t for t in yaml.safe_load((root / f"plan/{name}/tasks.yml").read_text(encoding="utf-8"))["tasks"]}

    def plan(name):
        return yaml.safe_load((root / f"plan/{name}/plan.yml").read_text(encoding="utf-8"))

    def ind(name, iid):
        return next(i for i in rows(root, name) if i["id"] == iid)

    # Task lines with a sign, other label words, bold labels; timeframes as recurrence, range, event.
    assert tasks("xa-dong-mau")["2"]["timeframe"] == {"as_written": "Hằng quý.", "kind": "dinh-ky", "recurrence": "quy"}
    assert tasks("xa-dong-mau")["3"]["timeframe"]["recurrence"] == "nam"          # "Trước ngày 05/12 hằng năm"
    assert tasks("phuong-tay-mau")["1"]["timeframe"] == {"as_written": "Năm 2026 - 2028.", "kind": "tu-nam",
                                                         "start_year": 2026, "end_year": 2028}
    assert tasks("phuong-tay-mau")["2"]["timeframe"]["recurrence"] == "6-thang"
    assert tasks("xa-nam-mau")["3"]["timeframe"]["kind"] == "khi-phat-sinh"
    assert tasks("xa-nam-mau")["1"]["lead"]["as_written"] == "Phòng Kinh tế xã."  # "• Chủ trì:"
    bac = tasks("phuong-bac-mau")
    assert bac["1"]["lead"]["agencies"] and bac["2"]["lead"]["as_written"].startswith("Phòng Kinh tế")
    # Tasks in an appendix after the signature, a table split across pages; tasks in a table in a section.
    son = tasks("tinh-mau-son")
    assert list(son) == ["1", "2", "3", "4", "5", "6"] and son["5"]["group"] == "II"
    assert list(tasks("xa-trung-mau")) == ["1", "2", "3", "4", "5"]
    assert tasks("xa-trung-mau")["1"]["note"] == "Theo hướng dẫn của tỉnh"
    # Prose tasks and an appendix table in one plan: the appendix's numbering kept, told apart.
    assert set(tasks("phuong-ha-mau")) == {"1", "2", "I.1", "I.2"}
    assert tasks("phuong-ha-mau")["I.1"]["group"] == "3"      # "3. Các nhiệm vụ khác: Chi tiết tại Phụ lục I"
    # Numbering as written: continuous across Roman groups, 1.1 with a/b and "-" sub-rows.
    assert [i["id"] for i in rows(root, "tinh-mau-quyet-dinh")] == [str(n) for n in range(1, 13)]
    assert [i["id"] for i in rows(root, "tinh-mau-son")] == ["1.1", "1.2", "1.2.a", "1.2.b", "2.1", "2.2"]
    assert ind("xa-nam-mau", "1.2.b")["name"] == "Các thôn còn lại"
    # Columns: baseline, a year's plan, roadmap of five milestones, reporting body, notes, unknown column.
    assert plan("xa-dong-mau")["milestones"] == [2026]
    assert [b["id"] for b in plan("tinh-mau-son")["baselines"]] == ["uoc-th-2025"]
    assert plan("phuong-tay-mau")["milestones"] == [2026, 2027, 2028, 2029, 2030]
    assert plan("xa-trung-mau")["milestones"] == [2026, 2027, 2028, 2029, 2030]
    assert ind("phuong-tay-mau", "3.1")["assigned"]["reporting_agency"]
    assert ind("xa-dong-mau", "4")["notes"] == [{"label": "Ghi chú", "text": "Theo chuẩn nghèo đa chiều"}]
    assert {"label": "Nguồn số liệu", "text": "Sổ theo dõi của Công an phường"} in ind("phuong-bac-mau", "2")["notes"]
    # Direction from a monotone roadmap; a series going both ways is left to a person.
    assert ind("xa-trung-mau", "1")["direction"] == "lower" and ind("xa-trung-mau", "1")["direction_basis"] == "targets"
    assert ind("xa-trung-mau", "3")["direction"] == "higher"
    assert ind("xa-trung-mau", "4")["direction"] == "lower"         # 12, 12, 10, 8, 5: never rising
    assert ind("xa-dong-mau", "4")["direction"] == "lower"       # 6,2 done in 2025, "< 5" planned for 2026
    # Signature blocks and recipients, as tables or paragraphs.
    assert plan("phuong-tay-mau")["signer"] == {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Trần Thị Mẫu"}
    assert plan("tinh-mau-son")["signer"]["authority"] == "TL. CHỦ TỊCH"
    assert plan("xa-trung-mau")["signer"]["name"] == "Ngô Văn Mẫu"            # "(Đã ký)" is not a name
    assert plan("xa-dong-mau")["recipients"] == ["Thường trực Đảng ủy xã;", "Thường trực HĐND xã;", "Lưu: VT."]
    assert plan("tinh-mau-quyet-dinh")["decision"]["number"]["value"] == "320/QĐ-UBND"
    assert plan("tinh-mau-quyet-dinh")["signer"]["name"] == "Vũ Văn Mẫu"


def test_the_corpus_builds_together(tmp_path, capsys):
    """One site with all eight plans, built with MkDocs: several plans have an indicator "1"."""
    from conftest import build_into, make_site_root
    root = make_site_root(tmp_path)        # beside the shipped plan, as a new locality joins the repository
    for name in DOCUMENTS:
        import_one(root, name, capsys)
    assert main(["--root", str(root), "validate"]) == 0, capsys.readouterr().err
    site = build_into(root)
    assert (site / "chi-tieu/1-1/index.html").is_file()
    assert (site / "tinh-mau-quyet-dinh/chi-tieu/1/index.html").is_file()
    assert (site / "xa-trung-mau/chi-tieu/1/index.html").is_file()


def test_a_time_line_in_the_aims_does_not_make_them_the_tasks(tmp_path, capsys):
    """"2. Thời gian thực hiện: Năm 2026." under the aims is common; the tasks are where the bodies are named."""
    doc = tmp_path / "ke-hoach.txt"
    doc.write_text("\n".join([
        "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "Số: 20/KH-UBND", "Hòa Bình, ngày 02 tháng 4 năm 2026", "KẾ HOẠCH",
        "Tổ chức ngày hội (hư cấu, dùng cho kiểm thử)", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: làm tốt.",
        "2. Thời gian thực hiện: Năm 2026.", "II. NHIỆM VỤ", "1. Chuẩn bị", "Chuẩn bị địa điểm.",
        "- Cơ quan chủ trì: Văn phòng HĐND và UBND xã.", "- Thời gian thực hiện: Quý II năm 2026.",
        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hư Cấu"]), encoding="utf-8")
    root = site_root(tmp_path / "repo", "thu")
    assert main(["--root", str(root), "import-plan", str(doc), "--id", "thu"]) == 0, capsys.readouterr().err
    tasks = yaml.safe_load((root / "plan/thu/tasks.yml").read_text(encoding="utf-8"))
    plan = yaml.safe_load((root / "plan/thu/plan.yml").read_text(encoding="utf-8"))
    assert [(t["id"], t["group"]) for t in tasks["tasks"]] == [("1", "II")]
    assert plan["body"][0]["items"][1]["title"] == "Thời gian thực hiện:"
