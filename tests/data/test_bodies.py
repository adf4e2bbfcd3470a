"""Bodies over time: a FICTIONAL chain of changes, and the real record of 2025.

The chain below is invented for the tests (a copy of the shipped data, never published):
Phòng Lao động - TB&XH is renamed on 01/07/2025, the renamed office is merged into a
provincial department on 01/03/2026, and that department is dissolved on 01/01/2027.
"""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from generator.data.bodies import DISSOLVED, SPLIT, SUCCEEDED, UNCHANGED, UNDETERMINED, who_answers
from generator.cli import main
from generator.checks.family import load_project

OLD = "phong-lao-dong-thuong-binh-va-xa-hoi"
RENAMED = "phong-lao-dong-noi-vu-hu-cau"
MERGED = "so-xa-hoi-hu-cau"
DOC = {"id": "qd-hu-cau", "kind": "Quyết định", "number": "1/QĐ-HƯ-CẤU", "date": "2025-02-20",
       "issuer": "Cơ quan hư cấu", "title": "Văn bản hư cấu cho kiểm thử", "urls": []}


def registry(root):
    return yaml.safe_load((root / "plan/agencies.yml").read_text(encoding="utf-8"))


def write_registry(root, data):
    (root / "plan/agencies.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")


def with_chain(root):
    """Record the fictional chain renamed → merged → dissolved for Phòng LĐ-TBXH."""
    data = registry(root)
    for a in data["agencies"]:
        if a["id"] == OLD:
            a["changes"] = [{"kind": "doi-ten", "since": "2025-07-01", "to": [{"agency": RENAMED}], "sources": ["qd-hu-cau"]}]
    data["agencies"] += [
        {"id": RENAMED, "name": "Phòng Lao động và Nội vụ (hư cấu)", "kind": "co-quan-chuyen-mon", "in_plan": False,
         "changes": [{"kind": "sap-nhap", "since": "2026-03-01", "to": [{"agency": MERGED}], "sources": ["qd-hu-cau"]}]},
        {"id": MERGED, "name": "Sở Xã hội (hư cấu)", "kind": "chinh-quyen", "level": "tinh", "in_plan": False,
         "changes": [{"kind": "giai-the", "since": "2027-01-01", "sources": ["qd-hu-cau"]}]},
    ]
    data["documents"].append(DOC)
    write_registry(root, data)
    return root


def test_who_answers_follows_the_chain_date_by_date(data_copy):
    p = load_project(with_chain(data_copy))
    at = {d: who_answers(p.agencies, OLD, dt.date.fromisoformat(d)) for d in
          ("2025-06-30", "2025-07-01", "2026-03-01", "2026-12-31", "2027-01-01")}
    assert (at["2025-06-30"].outcome, at["2025-06-30"].current) == (UNCHANGED, OLD)
    assert (at["2025-07-01"].outcome, at["2025-07-01"].current) == (SUCCEEDED, RENAMED)
    assert (at["2026-03-01"].current, [s.agency for s in at["2026-03-01"].steps]) == (MERGED, [OLD, RENAMED])
    assert at["2026-12-31"].current == MERGED
    assert (at["2027-01-01"].outcome, at["2027-01-01"].current) == (DISSOLVED, None)
    # History is not rewritten: the task still names the body the plan named.
    assert p.tasks["4.2"].lead.agencies == [OLD]


def test_the_real_record_of_2025(project):
    """District bodies ended on 30/06/2025 with no recorded successor; nothing is inferred from a name."""
    on = dt.date(2025, 7, 1)
    for aid in ("phong-lao-dong-thuong-binh-va-xa-hoi", "phong-giao-duc-va-dao-tao", "trung-tam-y-te",
                "ubnd-huyen-ea-sup", "ubnd-cac-xa-thi-tran", "bao-hiem-xa-hoi-huyen"):
        before, after = project.answer(aid, on - dt.timedelta(days=1)), project.answer(aid, on)
        assert before.outcome == UNCHANGED and after.outcome == UNDETERMINED and after.current is None, aid
        assert after.last.change.sources == ["nq-203-2025-qh15"] or "nq-203-2025-qh15" in after.last.change.sources
    # Phòng Nội vụ is a district office too: the name does not make it anyone's successor.
    assert project.answer("phong-noi-vu", on).current is None
    # The Sở: labour and employment went to Sở Nội vụ; which body receives the plan's report is not recorded.
    so = project.answer("so-lao-dong-thuong-binh-va-xa-hoi", dt.date(2025, 12, 15))
    assert so.outcome == SPLIT and so.current is None
    part = so.last.change.to[0]
    assert part.agency == "so-noi-vu-tinh-dak-lak" and "việc làm" in part.functions
    assert so.last.change.since is None and so.last.change.known_by == dt.date(2025, 9, 10)
    assert project.documents["nq-203-2025-qh15"].number == "203/2025/QH15"
    # Provincial and central bodies have no recorded end.
    for aid in ("ubnd-tinh-dak-lak", "chinh-phu"):
        assert project.answer(aid, dt.date(2026, 11, 1)).outcome == UNCHANGED


@pytest.mark.parametrize("change, says", [
    ({"kind": "doi-ten", "since": "2025-03-01", "to": [{"agency": "phong-noi-vuu"}], "sources": ["qd-hu-cau"]},
     "Cơ quan kế nhiệm 'phong-noi-vuu' không tồn tại"),
    ({"kind": "sap-nhap", "since": "2025-03-01", "sources": ["qd-hu-cau"]}, "cần đúng một cơ quan ở 'to'"),
    ({"kind": "chia-tach", "since": "2025-03-01", "to": [{"agency": "phong-noi-vu"}], "sources": ["qd-hu-cau"]},
     "ghi 'functions'"),
    ({"kind": "giai-the", "since": "2025-03-01", "to": [{"agency": "phong-noi-vu"}], "sources": ["qd-hu-cau"]},
     "không có cơ quan kế nhiệm: bỏ 'to'"),
    ({"kind": "giai-the", "sources": ["qd-hu-cau"]}, "Ghi đúng một trong hai: 'since'"),
    ({"kind": "giai-the", "since": "2025-03-01", "sources": ["nghi-quyet-khong-co"]}, "Văn bản 'nghi-quyet-khong-co' không tồn tại"),
    ({"kind": "doi-ten", "since": "2025-03-01", "to": [{"agency": OLD}], "sources": ["qd-hu-cau"]},
     "không thể kế nhiệm chính nó"),
])
def test_a_wrong_change_is_located_and_explained(data_copy, capsys, change, says):
    data = registry(data_copy)
    data["documents"].append(DOC)
    for a in data["agencies"]:
        if a["id"] == OLD:
            a["changes"] = [change]
    write_registry(data_copy, data)
    assert main(["--root", str(data_copy), "validate"]) == 1
    err = capsys.readouterr().err
    assert "plan/agencies.yml:" in err and says in err and "Traceback" not in err


def test_a_loop_of_renames_is_refused(data_copy, capsys):
    data = registry(with_chain(data_copy))
    for a in data["agencies"]:
        if a["id"] == MERGED:
            a["changes"] = [{"kind": "doi-ten", "since": "2027-01-01", "to": [{"agency": OLD}], "sources": ["qd-hu-cau"]}]
    write_registry(data_copy, data)
    assert main(["--root", str(data_copy), "validate"]) == 1
    err = capsys.readouterr().err
    assert err.count("quay vòng") == 1 and f"{OLD} → {RENAMED} → {MERGED} → {OLD}" in err


# ------------------------------------------------------------------ pages
def site_pages(root, as_of):
    from generator.site.build import generated_files, read_settings
    files = generated_files(root, read_settings(root), as_of=as_of)
    return {k: v.decode("utf-8") for k, v in files.items() if k.endswith(".md")}


def plain(md: str) -> str:
    """A page's Markdown as a reader reads it: no tags, a link's text without its target."""
    import html
    import re
    md = re.sub(r"\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)(\{[^}]*\})?", r"\1", md)   # [text](x.md){: .class}
    md = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", r"\1", md)             # Markdown escapes in the text
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", md)).split())
    return re.sub(r" ([.,;:)])", r"\1", text)   # the space a closing tag left before punctuation


@pytest.fixture
def chain_root(data_copy):
    return with_chain(data_copy)


def test_task_page_names_the_plans_body_and_who_answers_each_day(chain_root):
    before = plain(site_pages(chain_root, dt.date(2025, 6, 1))["nhiem-vu/4-2.md"])
    assert "Chủ trì hôm nay (01/06/2025) Phòng Lao động - Thương binh và Xã hội (chưa ghi nhận thay đổi)" in before
    renamed = plain(site_pages(chain_root, dt.date(2025, 8, 1))["nhiem-vu/4-2.md"])
    assert "Cơ quan chủ trì tham mưu (theo kế hoạch) Phòng Lao động - Thương binh và Xã hội" in renamed
    assert ("Phòng Lao động - Thương binh và Xã hội đổi tên thành Phòng Lao động và Nội vụ (hư cấu) từ ngày "
            "01/07/2025") in renamed
    assert "(căn cứ: Quyết định 1/QĐ-HƯ-CẤU)" in renamed
    assert "Nay chịu trách nhiệm: Phòng Lao động và Nội vụ (hư cấu)." in renamed
    merged = plain(site_pages(chain_root, dt.date(2026, 5, 1))["nhiem-vu/4-2.md"])
    assert "sáp nhập vào Sở Xã hội (hư cấu) từ ngày 01/03/2026" in merged
    assert "Nay chịu trách nhiệm: Sở Xã hội (hư cấu)." in merged
    gone = plain(site_pages(chain_root, dt.date(2027, 2, 1))["nhiem-vu/4-2.md"])
    assert "Sở Xã hội (hư cấu) giải thể từ ngày 01/01/2027, không có cơ quan kế nhiệm" in gone
    assert "Nay không có cơ quan nào chịu trách nhiệm." in gone and "Nay chịu trách nhiệm:" not in gone


def test_indicator_group_and_index_pages_show_who_reports_today(chain_root):
    pages = site_pages(chain_root, dt.date(2026, 5, 1))
    ind = plain(pages["chi-tieu/2-1.md"])
    assert "Cơ quan báo cáo Phòng Lao động - Thương binh và Xã hội (do trang này phân công" in ind
    assert "Báo cáo hôm nay Phòng Lao động - Thương binh và Xã hội đổi tên" in ind and "Nay chịu trách nhiệm: Sở Xã hội (hư cấu)." in ind
    assert "hôm nay: Sở Xã hội (hư cấu) (thay Phòng Lao động - Thương binh và Xã hội)" in plain(pages["chi-tieu/nhom-2.md"])
    assert "Sở Xã hội (hư cấu) (thay Phòng Lao động - Thương binh và Xã hội)" in plain(pages["nhiem-vu/index.md"])
    assert "nay: Sở Xã hội (hư cấu)" in plain(pages["co-quan/index.md"])


def test_agency_pages_tell_the_history_and_the_inherited_duties(chain_root):
    pages = site_pages(chain_root, dt.date(2026, 5, 1))
    old = plain(pages[f"co-quan/{OLD}.md"])
    assert old.index("Cơ quan này nay là Sở Xã hội (hư cấu)") < old.index("Nhiệm vụ chủ trì tham mưu")
    assert "đổi tên thành Phòng Lao động và Nội vụ (hư cấu) từ ngày 01/07/2025" in old
    assert "sáp nhập vào Sở Xã hội (hư cấu) từ ngày 01/03/2026" in old
    assert "Nguồn Quyết định số 1/QĐ-HƯ-CẤU" in old
    new = plain(pages[f"co-quan/{MERGED}.md"])
    assert "Kế hoạch không nhắc tới cơ quan này" in new
    assert "Tiếp nhận từ cơ quan khác Phòng Lao động và Nội vụ (hư cấu): sáp nhập từ ngày 01/03/2026" in new
    assert "Chủ trì: nhiệm vụ 4.2." in new and "(kế hoạch giao Phòng Lao động - Thương binh và Xã hội)" in new
    assert "Báo cáo chỉ tiêu: chỉ tiêu 2.1. Tỉ lệ thất nghiệp chung" in new
    gone = plain(site_pages(chain_root, dt.date(2027, 2, 1))[f"co-quan/{MERGED}.md"])
    assert "Cơ quan này đã giải thể" in gone


def test_the_shipped_site_names_no_ended_body_as_answering_today(project):
    """Every 'today' link on every page points at a body that has not ended."""
    import re
    root = __import__("conftest").ROOT
    today = dt.date(2026, 11, 29)
    pages = site_pages(root, today)
    named_now = set()
    for path, md in pages.items():
        named_now |= set(re.findall(r'data-now="([^"]+)"', md))
    assert all(project.answer(a, today).outcome == UNCHANGED for a in named_now), named_now
    for tid in project.tasks:
        md = pages[f"nhiem-vu/{tid.replace('.', '-')}.md"]
        if project.tasks[tid].lead:
            assert "Chủ trì hôm nay" in md and "chưa xác định" in md, tid
    for iid in project.indicators:
        assert "Báo cáo hôm nay" in pages[f"chi-tieu/{iid.replace('.', '-')}.md"]


# -------------------------------------------------------------- reporting
def test_duties_follow_the_chain_across_the_years(chain_root):
    from generator.compute.compute import compute
    p = load_project(chain_root)
    years = compute(p, dt.date(2027, 12, 31)).years
    assert OLD in years[2024].duties and RENAMED not in years[2024].duties
    assert set(e.named for e in years[2025].duties[RENAMED].expected) == {OLD}
    assert MERGED in years[2026].duties and RENAMED not in years[2026].duties
    assert not any(u.expected.named == OLD for u in years[2026].unowned)
    # Dissolved on 01/01/2027: the 2027 duties have no body, and nobody is late for them.
    assert OLD not in years[2027].duties and MERGED not in years[2027].duties
    assert {u.answer.outcome for u in years[2027].unowned if u.expected.named == OLD} == {DISSOLVED}


def test_a_successor_files_what_it_inherited_and_the_old_name_cannot(chain_root, capsys):
    old_file = chain_root / "progress/ea-sup-nq68/2025" / f"{OLD}.yml"
    text = old_file.read_text(encoding="utf-8")
    # Filed on 20/06/2025, before the rename: valid as it is.
    assert main(["--root", str(chain_root), "validate"]) == 0
    capsys.readouterr()
    # The same report filed in December under the old name: refused, naming the body and its end.
    old_file.write_text(text.replace("submitted: 2025-06-20", "submitted: 2025-12-08"), encoding="utf-8")
    assert main(["--root", str(chain_root), "validate"]) == 1
    err = capsys.readouterr().err
    line = text.splitlines().index("submitted: 2025-06-20") + 1
    assert f"progress/ea-sup-nq68/2025/{OLD}.yml:{line}:" in err
    assert "Phòng Lao động - Thương binh và Xã hội" in err and "kết thúc ngày 30/06/2025" in err
    assert "đổi tên thành Phòng Lao động và Nội vụ (hư cấu)" in err and "08/12/2025" in err
    # Filed by the body that really filed it, the successor: accepted, and counted for it.
    new_file = chain_root / "progress/ea-sup-nq68/2025" / f"{RENAMED}.yml"
    new_file.write_text(text.replace(f"agency: {OLD}", f"agency: {RENAMED}")
                        .replace("submitted: 2025-06-20", "submitted: 2025-12-08"), encoding="utf-8")
    old_file.unlink()
    assert main(["--root", str(chain_root), "validate"]) == 0
    from generator.compute.compute import compute
    duty = compute(load_project(chain_root), dt.date(2025, 12, 20)).years[2025].duties[RENAMED]
    assert duty.report_path == f"progress/ea-sup-nq68/2025/{RENAMED}.yml" and duty.submitted == dt.date(2025, 12, 8)


def test_a_report_of_a_year_after_the_end_needs_no_date_to_be_refused(data_copy, capsys):
    f = data_copy / "progress/ea-sup-nq68/2026/phong-giao-duc-va-dao-tao.yml"
    f.parent.mkdir()
    f.write_text("agency: phong-giao-duc-va-dao-tao\nyear: 2026\nsubmitted: null\nindicators: []\ntasks: []\n",
                 encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    err = capsys.readouterr().err
    assert "progress/ea-sup-nq68/2026/phong-giao-duc-va-dao-tao.yml:1:" in err and "trước năm báo cáo 2026" in err


def test_a_scaffold_for_a_body_that_has_since_ended_validates_until_it_reports(data_copy, capsys):
    """new-report for a year the body still lived in writes a file the whole site still accepts;
    once something is filled, the date it was filed (before the body ended) is required."""
    assert main(["--root", str(data_copy), "new-report", "--year", "2024", "--agency", "phong-noi-vu"]) == 0
    assert main(["--root", str(data_copy), "validate"]) == 0
    f = data_copy / "progress/ea-sup-nq68/2024/phong-noi-vu.yml"
    text = f.read_text(encoding="utf-8")
    i = text.index("status: null", text.index("\ntasks:"))
    f.write_text(text[:i] + "status: dang-trien-khai" + text[i + len("status: null"):].replace(
        "summary: null", 'summary: "Đã làm."', 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(data_copy), "validate"]) == 1
    assert "ghi 'submitted' (ngày gửi) để biết báo cáo năm 2024 được gửi trước ngày đó" in capsys.readouterr().err


def test_the_shipped_reporting_page_counts_2025_and_2026_across_1_july_2025(project):
    from generator.compute.compute import compute, expected_reports
    c = compute(project, dt.date(2026, 12, 20))
    n = len(expected_reports(project, 2024))
    # 2024: every duty had a body on 15/12/2024.
    assert c.years[2024].owed == n and not c.years[2024].unowned
    # 2025 and 2026: every body the plan named ended on 30/06/2025, none has a recorded successor:
    # no one owes anything, nobody is late, and what came in before the end is still counted.
    for y in (2025, 2026):
        assert c.years[y].duties == {} and len(c.years[y].unowned) == n
    assert c.years[2025].received_unowned > 0 and c.years[2026].received_unowned == 0
    root = __import__("conftest").ROOT
    page = plain(site_pages(root, dt.date(2026, 12, 20))["bao-cao.md"])
    assert "Không cơ quan nào được ghi nhận là phải báo cáo năm 2025" in page
    assert "Trễ hạn" not in page
    received = c.years[2025].received_unowned
    assert f"2025 15/12/2025 0 0/0 {received}/{n}" in page and f"2026 15/12/2026 0 0/0 0/{n}" in page
    assert f"2024 15/12/2024 {len(c.years[2024].duties)} {c.years[2024].received}/{n} 0/0" in page


# ------------------------------------------------------------- the district
def test_home_and_plan_pages_say_the_issuer_ended_at_the_top(project):
    root = __import__("conftest").ROOT
    pages = site_pages(root, dt.date(2026, 11, 29))
    for page in ("index.md", "ke-hoach.md"):
        text = plain(pages[page])
        top = text.index("Cơ quan ban hành kế hoạch (Ủy ban nhân dân huyện Ea Súp) không còn")
        assert top < text.index("Huyện Ea Súp, giai đoạn" if page == "index.md" else "Văn bản mà kế hoạch triển khai")
        assert "không còn hoạt động như kế hoạch ghi từ ngày 01/07/2025" in text and "Nghị quyết 203/2025/QH15" in text
        assert "chưa ghi nhận cơ quan nào tiếp tục thực hiện kế hoạch" in text
        assert "năm 2024: có 14 cơ quan phải báo cáo" in text
        assert "năm 2025: không còn cơ quan phải báo cáo; đã nhận" in text and "gửi trước khi các cơ quan kết thúc" in text
        assert "năm 2026: không có cơ quan phải báo cáo, chưa nhận mục nào" in text
        assert "(chỉ có số liệu minh hoạ)" in text
    # Before the reform, nothing to say.
    assert "Cơ quan ban hành kế hoạch" not in plain(site_pages(root, dt.date(2025, 6, 1))["index.md"])


def test_a_recorded_successor_of_the_issuer_carries_the_plan(data_copy):
    """FICTIONAL: a body recorded as taking the plan over is named as carrying it on."""
    data = registry(data_copy)
    data["documents"].append(DOC)
    for a in data["agencies"]:
        if a["id"] == "ubnd-huyen-ea-sup":
            a["changes"] = [{"kind": "sap-nhap", "since": "2025-07-01", "to": [{"agency": "ubnd-tinh-dak-lak"}],
                             "sources": ["qd-hu-cau"]}]
    write_registry(data_copy, data)
    text = plain(site_pages(data_copy, dt.date(2026, 1, 1))["ke-hoach.md"])
    assert "Cơ quan ban hành kế hoạch (Ủy ban nhân dân huyện Ea Súp) nay là Ủy ban nhân dân tỉnh Đắk Lắk" in text
    assert "Ủy ban nhân dân tỉnh Đắk Lắk được ghi nhận là cơ quan tiếp tục kế hoạch." in text


def test_new_report_and_export_say_why_an_ended_body_has_nothing_to_report(data_copy, capsys, tmp_path):
    assert main(["--root", str(data_copy), "new-report", "--year", "2026", "--agency", "trung-tam-y-te"]) == 1
    err = capsys.readouterr().err
    assert "Trung tâm Y tế ('trung-tam-y-te') đã kết thúc ngày 30/06/2025" in err and "không còn báo cáo năm 2026" in err
    assert "chưa ghi nhận cơ quan nào tiếp nhận" in err and not (data_copy / "progress/ea-sup-nq68/2026").exists()
    out = tmp_path / "yt.xlsx"
    assert main(["--root", str(data_copy), "export-xlsx", "--year", "2026", "--agency", "trung-tam-y-te",
                 "--out", str(out)]) == 1
    assert not out.exists()
    # A report it filed before it ended can still be opened and corrected.
    assert main(["--root", str(data_copy), "export-xlsx", "--year", "2025", "--agency", "trung-tam-y-te",
                 "--out", str(out)]) == 0


def test_a_successor_scaffolds_what_it_inherited(chain_root, capsys):
    assert main(["--root", str(chain_root), "new-report", "--year", "2026", "--agency", MERGED]) == 0
    text = (chain_root / "progress/ea-sup-nq68/2026" / f"{MERGED}.yml").read_text(encoding="utf-8")
    assert '- id: "2.1"' in text and '- id: "4.2"' in text


def test_open_data_carries_each_change_with_its_documents(project):
    from generator.opendata.export import agency_records
    recs = {r["id"]: r for r in agency_records(project)}
    change = recs["phong-giao-duc-va-dao-tao"]["changes"][0]
    assert change["kind"] == "chua-xac-dinh" and change["since"] == "2025-07-01"
    assert change["sources"][0]["number"] == "203/2025/QH15" and change["sources"][0]["date"] == "2025-06-16"
    assert recs["so-noi-vu-tinh-dak-lak"]["in_plan"] is False
