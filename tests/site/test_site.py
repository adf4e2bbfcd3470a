"""What a citizen reads on the built site (MkDocs build of the shipped data)."""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEED, build_into, make_site_root


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(markup: str) -> str:
    """Visible text of the article, whitespace collapsed."""
    body = markup.split('<article', 1)[1].split('</article>', 1)[0]
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"data-figure='[^']*'", "", body)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_indicator_2_1_targets_lead_agency_and_status(built_site):
    t = text_of(page(built_site, "chi-tieu/2-1"))
    assert "Tỉ lệ thất nghiệp chung" in t
    assert "<4 — nghĩa là: dưới 4 %" in t
    assert "2-2,5 — nghĩa là: từ 2 đến 2,5 %" in t
    assert "Giá trị 2025 là 3,8 %, mục tiêu 2025 là dưới 4 %: đã đạt." in t
    assert "Phòng Lao động - Thương binh và Xã hội" in t
    assert "do trang này phân công" in t


def test_indicator_2_1_revision_is_shown(built_site):
    t = text_of(page(built_site, "chi-tieu/2-1"))
    assert "đã điều chỉnh" in t and "Thay cho số sơ bộ 4,3 %" in t


def test_targets_are_in_the_values_table(built_site):
    table = page(built_site, "chi-tieu/6-5").split('<table class="ps-table ps-values', 1)[1].split("</table>")[0]
    assert "Mục tiêu 2025" in table and "62,5" in table and "Mục tiêu 2030" in table and "&gt;70" in table


def test_7_4_lists_its_four_sub_indicators(built_site):
    t = text_of(page(built_site, "chi-tieu/7-4"))
    for sub in ("7.4.a. Số giường bệnh", "7.4.b. Số bác sỹ", "7.4.c. Số dược sỹ", "7.4.d. Số điều dưỡng viên"):
        assert sub in t
    assert "Chỉ tiêu số lượng trên 10.000 dân" in text_of(page(built_site, "chi-tieu/7-4-b"))


def test_off_track_indicator_says_why(built_site):
    t = text_of(page(built_site, "chi-tieu/10-8"))
    assert "Chậm tiến độ" in t
    assert "Từ 2024 (55 %) đến 2025 (55,5 %)" in t and "mức cần để đạt mục tiêu 2030 là 70 %" in t


def test_every_task_indicator_and_agency_has_a_page(built_site, project):
    from generator.site.render import slug
    for tid in project.tasks:
        assert (built_site / "nhiem-vu" / slug(tid) / "index.html").exists()
    for iid in project.indicators:
        assert (built_site / "chi-tieu" / slug(iid) / "index.html").exists()
    for aid in project.agencies:
        assert (built_site / "co-quan" / aid / "index.html").exists()


def test_task_9_says_the_plan_names_no_agency(built_site):
    t = text_of(page(built_site, "nhiem-vu/9"))
    assert t.count("Kế hoạch không nêu") >= 3


def test_plan_page_has_sections_and_links_tasks(built_site):
    markup = page(built_site, "ke-hoach")
    t = text_of(markup)
    for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
                    "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"):
        assert heading in t
    assert 'href="../nhiem-vu/4-1-a/"' in markup
    assert "Nguyễn Thanh Tuấn" in t


def test_illustrative_banner_where_illustrative_values_show(built_site):
    assert "Số liệu minh hoạ" in text_of(page(built_site, "chi-tieu/2-1"))
    assert "Số liệu minh hoạ" not in text_of(page(built_site, "chi-tieu/3-5"))


def test_home_counts_add_up_to_105(built_site):
    markup = page(built_site, "")
    counts = [int(n) for n in re.findall(r'class="ps-card__n">(\d+)<', markup)]
    assert sum(counts) == 105


def test_open_data_published(built_site):
    csv = (built_site / "data" / "indicators.csv").read_text(encoding="utf-8-sig")
    assert csv.splitlines()[0].startswith("id,parent_id,group_id")
    assert "2.1,,2,Lao động, việc làm" not in csv  # CSV quoting keeps commas inside fields
    assert '"Lao động, việc làm, phát triển thị trường"' in csv
    assert (built_site / "data" / "progress.csv").exists()
    assert (built_site / "data" / "chi-tieu" / "2.1.csv").read_text(encoding="utf-8-sig").count("\n") == 3


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []
        self.outbound = []

    def handle_starttag(self, tag, attrs):
        if dict(attrs).get("rel") == "canonical":
            return  # names the public address; browsers never fetch it
        if tag == "a" and "ps-out" in (dict(attrs).get("class") or "").split():
            self.outbound.append(dict(attrs)["href"])   # a link out, named by its host: fetched only on a click
            return
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.urls.append(v)


def test_every_internal_link_resolves_and_nothing_points_off_site(built_site):
    broken, external = [], []
    for f in built_site.rglob("*.html"):
        if f.name == "404.html":
            continue  # served at any depth, so MkDocs gives it absolute links from site_url
        parser = _Links()
        parser.feed(f.read_text(encoding="utf-8"))
        for url in parser.urls:
            if url.startswith(("http://", "https://", "//")):
                external.append((f, url))
                continue
            if url.startswith(("#", "mailto:", "data:")):
                continue
            target = (f.parent / url.split("#")[0].split("?")[0]).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append((str(f.relative_to(built_site)), url))
    assert not broken, broken[:10]
    assert not external, external[:10]


XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def test_text_from_yaml_is_never_html(tmp_path):
    root = make_site_root(tmp_path)
    f = root / "indicators" / "ea-sup-nq68" / "02-lao-dong-viec-lam.yml"
    f.write_text(f.read_text(encoding="utf-8").replace("name: Tỉ lệ thất nghiệp chung", f"name: '{XSS}'"),
                 encoding="utf-8")
    a = root / "plan" / "agencies.yml"
    a.write_text(a.read_text(encoding="utf-8").replace("name: Phòng Nội vụ", f"name: '{XSS} Nội vụ'"),
                 encoding="utf-8")
    site = build_into(root)
    for path in site.rglob("*.html"):
        markup = path.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in markup and "<img src=x" not in markup, path
    shown = page(site, "chi-tieu/2-1")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    # Chart labels: the figure JSON is entity-escaped inside the attribute, twice over for Plotly.
    fig = re.search(r"data-figure='([^']*)'", shown).group(1)
    assert "<script" not in htmllib.unescape(fig)


def test_broken_data_leaves_the_published_site_untouched(tmp_path):
    from generator.site.build import build_site
    from generator.data.problems import DataError
    root = make_site_root(tmp_path)
    site = build_into(root)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    f = root / "indicators" / "ea-sup-nq68" / "06-giao-duc.yml"
    f.write_text(f.read_text(encoding="utf-8").replace("2025: 62,5", "2025: sáu mươi"), encoding="utf-8")
    with pytest.raises(DataError):
        build_site(root, site)
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert before == after


def test_illustrative_data_can_be_switched_off(tmp_path, monkeypatch):
    root = make_site_root(tmp_path)
    monkeypatch.setenv("PLANSITE_ILLUSTRATIVE", "0")
    site = build_into(root)
    t = text_of(page(site, "chi-tieu/2-1"))
    assert "Số liệu minh hoạ" not in t and "Chưa có số liệu" in t




def _paragraphs(markup: str) -> list[str]:
    return [" ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", p)).split())
            for p in re.findall(r"<p>(.*?)</p>", markup, flags=re.S)]


def test_the_full_text_shows_every_task_line_as_the_document_wrote_it(built_site, project):
    """'Toàn văn kế hoạch' claims to be the document: each lead, coordinating and time line
    is the document's own, label and final '.' included; the site's links stand apart."""
    article = page(built_site, "ke-hoach").split("<article", 1)[1]
    doc = _paragraphs(article.split("III. NHIỆM VỤ", 1)[1].split("IV. KINH PHÍ", 1)[0])
    labels = project.task_labels
    expected = []
    for t in project.tasks.values():
        for a, default in ((t.lead, labels.lead), (t.coordinating, labels.coordinating)):
            if a is not None:
                expected.append(f"{a.label or default} {a.as_written}")
        if t.timeframe is not None:
            expected.append(f"{labels.timeframe} {t.timeframe.as_written}")
    missing = [line for line in expected if line not in doc]
    assert not missing, missing[:5]
    assert "Cơ quan PHTH: Các cơ quan, đơn vị, ngành của huyện; UBND các xã, thị trấn." in doc
    assert "Cơ quan phối hợp thực hiện (cơ quan PHTH): Các cơ quan, đơn vị, ngành của huyện; UBND các xã, thị trấn." in doc
    seed = SEED.read_text(encoding="utf-8")   # the signed text, kept with the plan
    in_seed = re.findall(r"^(Cơ quan (?:chủ trì tham mưu|PHTH|phối hợp thực hiện \(cơ quan PHTH\)): .+)$", seed, flags=re.M)
    assert len(in_seed) > 20 and [line for line in in_seed if line.strip() not in doc] == []


def test_the_full_text_adds_nothing_inside_the_documents_sentences(built_site):
    markup = page(built_site, "ke-hoach")
    assert "<p><strong>1.2. Mục tiêu cụ thể:</strong> Như phụ lục kèm theo.</p>" in markup
    assert 'class="ps-site"' in markup.split("Như phụ lục kèm theo.</p>", 1)[1].split("</p>", 1)[0]


def test_task_pages_keep_the_coordinating_line_verbatim(built_site, project):
    for t in project.tasks.values():
        if t.coordinating:
            assert f"(nguyên văn: “{t.coordinating.as_written}”)" in text_of(page(built_site, f"nhiem-vu/{t.id.replace('.', '-')}"))
