"""Every claim one click from its evidence: the documents' pages, the links to them where a claim is
made, the sources of values, and what validate says of documents and sources.

Amendments and value sources below are FICTIONAL (numbers say HƯ-CẤU, addresses are example.org).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest

from conftest import ROOT, SEED
from generator.cli import main
from test_site import page, text_of

AS_OF = dt.date(2025, 12, 17)
REPORT = "progress/ea-sup-nq68/2025/bao-hiem-xa-hoi-huyen.yml"
VALUE_41 = '''  - id: "4.1"
    value: "41"
    kind: uoc-tinh
    source: "Minh hoạ — không phải số liệu thật"
'''


def links(markup: str) -> list[str]:
    body = markup.split("<article", 1)[1].split("</article>", 1)[0]
    return re.findall(r'href="([^"]+)"', body)


def site_pages(root) -> dict[str, str]:
    from generator.site.build import generated_files, read_settings
    files = generated_files(root, read_settings(root), as_of=AS_OF)
    return {k: v.decode("utf-8") for k, v in files.items() if k.endswith((".md", ".csv", ".json"))}


def set_value_source(root, extra: str) -> None:
    path = root / REPORT
    text = path.read_text(encoding="utf-8")
    assert VALUE_41 in text
    path.write_text(text.replace(VALUE_41, VALUE_41 + extra), encoding="utf-8")


def validate(root, capsys) -> tuple[int, str]:
    code = main(["--root", str(root), "validate"])
    out = capsys.readouterr()
    return code, out.out + out.err


# --------------------------------------------------------------- the built site
def test_every_document_the_data_cites_has_a_page_and_the_list_names_them(built_site):
    from generator.checks.family import load_project
    from generator.data.evidence import claims_of, documents_of
    project = load_project(ROOT)
    cited = {c.document for c in claims_of(project)}
    assert cited == set(documents_of(project))
    index = page(built_site, "van-ban")
    for doc_id in cited:
        assert (built_site / "van-ban" / doc_id / "index.html").is_file(), doc_id
        assert f"{doc_id}/" in links(index), doc_id


def test_the_decree_page_says_what_it_is_where_to_read_it_and_what_rests_on_it(built_site):
    markup = page(built_site, "van-ban/nq-203-2025-qh15")
    text = text_of(markup)
    for shown in ("Nghị quyết 203/2025/QH15", "16/06/2025", "Quốc hội",
                  "Sửa đổi, bổ sung một số điều của Hiến pháp", "Theo báo chí đưa tin",
                  "mở trang thoibaotaichinhvietnam.vn (rời trang này)",
                  "UBND huyện: kết thúc ngày 30/06/2025 (chưa xác định cơ quan kế nhiệm)",
                  "Xã Ea Súp: từ 01/07/2025; gồm ít nhất Thị trấn Ea Súp, Xã Cư M'Lan"):
        assert shown in text, shown
    assert "../../co-quan/ubnd-huyen-ea-sup/" in links(markup)
    assert "../../phan-to/xa/xa-ea-sup/" in links(markup)


def test_links_out_name_their_host_and_are_http(built_site):
    found = 0
    for f in (built_site / "van-ban").rglob("index.html"):
        for href, inner in re.findall(r'<a class="ps-out" href="([^"]+)"[^>]*>(.*?)</a>', f.read_text(encoding="utf-8")):
            host = re.match(r"https?://([^/]+)", href)
            assert host and f"mở trang {host[1]}" in inner, href
            found += 1
    assert found >= 6


def test_the_home_banner_and_an_agency_link_the_document_that_ended_the_district(built_site):
    assert "van-ban/nq-203-2025-qh15/" in links(page(built_site, ""))
    agency = page(built_site, "co-quan/ubnd-huyen-ea-sup")
    assert "../../van-ban/nq-203-2025-qh15/" in links(agency)
    # "who answers today" in short, on a task's page, links its evidence too.
    assert "../../van-ban/nq-203-2025-qh15/" in links(page(built_site, "nhiem-vu/1-1"))


def test_the_plan_offers_its_signed_text_and_links_what_it_implements(built_site):
    markup = page(built_site, "ke-hoach")
    assert "../data/van-ban.txt" in links(markup)
    assert (built_site / "data" / "van-ban.txt").read_bytes() == SEED.read_bytes()
    for doc in ("68-nq-cp", "54-ctr-tu", "ea-sup-nq68"):
        assert f"../van-ban/{doc}/" in links(markup), doc
    own = text_of(page(built_site, "van-ban/ea-sup-nq68"))
    assert "Tải về từ trang này: van-ban.txt" in own and "Trang đọc được chính văn bản" in own
    cited_only = text_of(page(built_site, "van-ban/68-nq-cp"))
    assert "Trang chưa ghi nơi đọc văn bản này: chưa xác định" in cited_only


def test_the_documents_are_open_data(built_site):
    rows = list(csv.DictReader(io.StringIO((built_site / "data/documents.csv").read_text(encoding="utf-8-sig"))))
    by_id = {r["id"]: r for r in rows}
    assert by_id["nq-203-2025-qh15"]["certainty"] == "bao-chi"
    assert by_id["cong-thong-tin-xa-ea-sup"]["url_kinds"] == "cong-thong-tin"
    assert "xa/xa-ea-sup" in by_id["nq-203-2025-qh15"]["claim_subjects"].split()
    records = json.loads((built_site / "data/documents.json").read_text(encoding="utf-8"))
    assert sum(len(r["claims"]) for r in records) == sum(int(r["claims"]) for r in rows) > 30
    package = json.loads((built_site / "data/datapackage.json").read_text(encoding="utf-8"))
    assert "documents.csv" in [r["path"] for r in package["resources"]]


# --------------------------------------------------------------- amendments (FICTIONAL)
def test_an_amendment_links_its_document_page(data_copy):
    (data_copy / "plan/ea-sup-nq68/amendments").mkdir()
    (data_copy / "plan/ea-sup-nq68/amendments/kh-hu-cau.yml").write_text(
        "id: kh-hu-cau\nnumber: 9/KH-HƯ-CẤU\ndate: 2025-01-10\nissuer: ubnd-huyen-ea-sup\n"
        "title: Sửa đổi (hư cấu, chỉ dùng trong kiểm thử)\neffective: 2025-02-01\n"
        "changes:\n  - item: \"indicator:6.5\"\n    field: target_2025\n    value: \"65\"\n", encoding="utf-8")
    pages = site_pages(data_copy)
    assert "](van-ban/kh-hu-cau.md)" in pages["ke-hoach.md"]
    assert "](../van-ban/kh-hu-cau.md)" in pages["chi-tieu/6-5.md"]
    doc = pages["van-ban/kh-hu-cau.md"]
    assert "9/KH-HƯ-CẤU" in doc and "Sửa đổi kế hoạch" in doc and "](../ke-hoach.md)" in doc


# --------------------------------------------------------------- sources of values
def test_a_values_source_address_and_date_reach_the_page_and_the_data(data_copy):
    set_value_source(data_copy, "    source_url: https://example.org/bao-cao-hu-cau\n    source_date: 2025-06-20\n")
    pages = site_pages(data_copy)
    assert ('<a class="ps-out" href="https://example.org/bao-cao-hu-cau" rel="external noopener noreferrer">'
            "mở trang example.org") in pages["chi-tieu/4-1.md"]
    assert "(ngày 20/06/2025)" in pages["chi-tieu/4-1.md"]
    rows = list(csv.DictReader(io.StringIO(pages["data/progress.csv"].lstrip("\ufeff"))))
    row = next(r for r in rows if r["indicator_id"] == "4.1" and r["year"] == "2025")
    assert (row["source_url"], row["source_date"]) == ("https://example.org/bao-cao-hu-cau", "2025-06-20")
    package = json.loads(pages["data/datapackage.json"])
    sdg = next(r for r in package["resources"] if r["path"] == "open-sdg/indicator_4-1.csv")
    assert {"title": "Nguồn số liệu cơ quan ghi: Minh hoạ — không phải số liệu thật (2025-06-20)",
            "path": "https://example.org/bao-cao-hu-cau"} in sdg["sources"]


@pytest.mark.parametrize("bad", ["ftp://example.org/x", "example.org/x", "javascript:alert(1)"])
def test_a_source_address_that_is_not_http_is_refused_at_its_line(data_copy, capsys, bad):
    set_value_source(data_copy, f"    source_url: \"{bad}\"\n")
    code, out = validate(data_copy, capsys)
    line = (data_copy / REPORT).read_text(encoding="utf-8").splitlines().index(f"    source_url: \"{bad}\"") + 1
    assert code != 0 and f"{REPORT}:{line}:" in out and "http:// hoặc https://" in out and "Traceback" not in out


def test_a_source_address_without_the_source_is_refused(data_copy, capsys):
    path = data_copy / REPORT
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(VALUE_41, VALUE_41.replace('    source: "Minh hoạ — không phải số liệu thật"\n',
                                                            "    source_url: https://example.org/x\n")), encoding="utf-8")
    code, out = validate(data_copy, capsys)
    assert code != 0 and "Chỉ tiêu 4.1: có địa chỉ hoặc ngày của nguồn nhưng chưa ghi 'source'" in out


# --------------------------------------------------------------- documents in validate
def test_a_document_cited_nowhere_is_a_warning_not_an_error(data_copy, capsys):
    path = data_copy / "plan/agencies.yml"
    path.write_text(path.read_text(encoding="utf-8") + (
        "  - id: bai-bao-hu-cau\n    kind: Bài báo\n    date: 2025-01-01\n    issuer: example.org\n"
        "    title: Bài báo hư cấu, chỉ dùng trong kiểm thử\n    urls: [https://example.org/]\n"), encoding="utf-8")
    code, out = validate(data_copy, capsys)
    assert code == 0 and "cảnh báo: Văn bản 'bai-bao-hu-cau' không được dữ liệu nào trích dẫn." in out


def test_a_plan_without_its_document_is_a_warning(data_copy, capsys):
    (data_copy / "plan/ea-sup-nq68/van-ban.txt").unlink()
    code, out = validate(data_copy, capsys)
    assert code == 0 and "plan/ea-sup-nq68/plan.yml:1:1: cảnh báo: Văn bản kế hoạch chưa lưu trong kho" in out


def test_the_same_id_for_two_numbers_is_refused(data_copy, capsys):
    path = data_copy / "plan/agencies.yml"
    path.write_text(path.read_text(encoding="utf-8") + (
        "  - id: 68-nq-cp\n    kind: Nghị quyết\n    number: 86/NQ-CP\n    date: 2024-05-09\n    issuer: Chính phủ\n"
        "    title: Số sai, chỉ dùng trong kiểm thử\n"), encoding="utf-8")
    code, out = validate(data_copy, capsys)
    assert code != 0 and "Văn bản '68-nq-cp' có số 68/NQ-CP ở đây nhưng số 86/NQ-CP" in out


def test_a_commune_area_without_a_document_is_refused(data_copy, capsys):
    path = data_copy / "plan/ea-sup-nq68/dimensions.yml"
    text = path.read_text(encoding="utf-8")
    old = "        covers_complete: false\n        sources: [nq-203-2025-qh15, cong-thong-tin-xa-ea-sup, laodongxahoi-2025-09-10]\n"
    assert old in text
    path.write_text(text.replace(old, "        covers_complete: false\n"), encoding="utf-8")
    code, out = validate(data_copy, capsys)
    assert code != 0 and "Nhóm 'xa-ea-sup' ghi ngày hoặc địa bàn nhưng không có 'sources'." in out
