"""Several plans on one site: the shipped plan and three fictional ones of other shapes.

The fictional plans (tests/fixtures/family/, see its README) are built with no code
change: a commune plan with an assignment table, a baseline column and milestones
2026/2030 that implements tasks of the shipped plan; a provincial programme wrapped
in a decision with two mark columns; a plan with tasks only.
"""
from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest

from conftest import build_into
from family_support import FICTIONAL, make_family_root
from generator.cli import main
from test_validate_errors import edit, reported


@pytest.fixture(scope="module")
def family_site(tmp_path_factory) -> Path:
    # Built as of 01/12/2026 (the commune's first report is in); the variable is restored after,
    # so other tests' builds keep their own date.
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1796083200"
    try:
        root = make_family_root(tmp_path_factory.mktemp("family"))
        return build_into(root)
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_family_validates(tmp_path, capsys):
    root = make_family_root(tmp_path)
    assert main(["--root", str(root), "validate"]) == 0
    assert "4 kế hoạch" in capsys.readouterr().out


def test_the_shipped_plan_keeps_its_urls_and_every_plan_has_its_pages(family_site):
    for url in ("", "ke-hoach", "nhiem-vu/6-1", "chi-tieu/6-5", "co-quan/phong-noi-vu", "bao-cao"):
        assert "Ea Súp" in page(family_site, url) or "Nhiệm vụ" in page(family_site, url), url
    for pid in FICTIONAL:
        for url in ("", "ke-hoach", "nhiem-vu", "co-quan", "bao-cao", "du-lieu"):
            assert (family_site / pid / url / "index.html").exists(), (pid, url)


def test_the_list_of_plans_groups_them_by_level(family_site):
    html = page(family_site, "cac-ke-hoach")
    levels = re.findall(r"<h2[^>]*>Cấp (\w+)", html)
    assert levels == ["tỉnh", "huyện", "xã"]
    for title in ("Chương trình hành động mẫu của tỉnh Mẫu (hư cấu)", "Kế hoạch mẫu của xã Mẫu về chính sách xã hội (hư cấu)",
                  "Kế hoạch tuyên truyền mẫu của xã Mẫu (hư cấu)"):
        assert title in html
    assert 'href="../xa-mau-2026/"' in html


def test_a_parent_task_lists_the_tasks_that_implement_it_with_their_status(family_site):
    html = page(family_site, "nhiem-vu/1-1")
    assert 'href="../../xa-mau-2026/nhiem-vu/1/"' in html
    assert "Đang triển khai" in text_of(html.split("thực hiện nhiệm vụ này", 1)[1].split("</ul>", 1)[0])
    child = page(family_site, "xa-mau-2026/nhiem-vu/1")
    assert 'href="../../../nhiem-vu/1-1/"' in child and "Thực hiện nhiệm vụ của kế hoạch khác" in child


def test_an_indicator_shared_by_two_plans_shows_both_values_side_by_side(family_site):
    html = page(family_site, "chi-tieu/5-1")
    table = html.split("Cùng chỉ tiêu ở kế hoạch khác", 1)[1].split("</table>", 1)[0]
    assert "Xã Mẫu (hư cấu): 1.1" in table and "4,3 %" in table
    assert "Huyện Ea Súp" in page(family_site, "xa-mau-2026/chi-tieu/1-1").split("Cùng chỉ tiêu", 1)[1]


def test_the_assignment_table_reads_as_the_document_wrote_it(family_site):
    table = page(family_site, "xa-mau-2026/ke-hoach").split('class="ps-table ps-doc__table"', 1)[1].split("</table>")[0]
    heads = re.findall(r'<th scope="col">([^<]+)</th>', table)
    assert heads == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/Sản phẩm",
                     "Thời gian hoàn thành", "Ghi chú"]
    rows = [[text_of(c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, flags=re.S)]
            for r in re.findall(r"<tr[^>]*>(.*?)</tr>", table, flags=re.S)[1:]]
    assert rows[0] == ["I. Tuyên truyền"]   # a group row, as the table writes it
    assert rows[1][0] == "1" and rows[1][2:] == ["Phòng Văn hoá - Xã hội", "Các thôn, buôn", "Chuyên mục hằng tháng",
                                                   "Thường xuyên", "Hư cấu"]
    assert rows[3][3] == ""   # the document left the cell empty: so does the page
    task = text_of(page(family_site, "xa-mau-2026/nhiem-vu/2"))
    assert "Kết quả/Sản phẩm Danh sách đối tượng được phê duyệt" in task


def test_milestones_and_baselines_come_from_the_plan(family_site):
    table = page(family_site, "xa-mau-2026/chi-tieu")
    heads = re.findall(r'<th [^>]*scope="col"[^>]*>([^<]+)</th>', table)   # attribute order: the engine's
    assert heads[3:6] == ["Thực hiện năm 2025", "Mục tiêu 2026", "Mục tiêu 2030"]
    rows = list(csv.DictReader(io.StringIO(
        (family_site / "xa-mau-2026/data/indicators.csv").read_text(encoding="utf-8-sig"))))
    assert list(rows[0])[:1] == ["plan"] and {"target_2026", "target_2030", "baseline_th_2025"} <= set(rows[0])
    assert (rows[0]["plan"], rows[0]["baseline_th_2025"], rows[0]["target_2026"]) == ("xa-mau-2026", "4,1", "4,5")
    # The baseline is an observed value of its year, from the document itself: it starts the series.
    values = text_of(page(family_site, "xa-mau-2026/chi-tieu/1-1").split("Số liệu và mục tiêu theo năm", 1)[1])
    assert "2025 4,1 % chính thức Kế hoạch, cột “Thực hiện năm 2025”" in values
    shipped = next(csv.DictReader(io.StringIO((family_site / "data/indicators.csv").read_text(encoding="utf-8-sig"))))
    assert shipped["plan"] == "ea-sup-nq68" and "target_2025" in shipped and "program_54" in shipped


def test_two_mark_columns_and_a_decision_wrapper(family_site):
    table = page(family_site, "tinh-mau-ctr/chi-tieu")
    assert 'title="Có trong Nghị quyết 68/NQ-CP">68</abbr>' in table and 'title="Có trong Nghị quyết 42-NQ/TW">42</abbr>' in table
    doc = text_of(page(family_site, "tinh-mau-ctr/ke-hoach"))
    assert "Số: 345/QĐ-UBND" in doc and "Điều 1. Ban hành kèm theo Quyết định này" in doc
    assert "CHƯƠNG TRÌNH HÀNH ĐỘNG" in doc and "a) Sở Nội vụ theo dõi, tổng hợp." in doc


def test_a_plan_with_tasks_only_has_no_indicator_pages(family_site):
    assert not (family_site / "xa-mau-chi-nhiem-vu/chi-tieu").exists()
    home = page(family_site, "xa-mau-chi-nhiem-vu")
    assert "chỉ tiêu" not in text_of(home).split("Tình trạng các chỉ tiêu")[0].lower().split("giai đoạn")[1][:60]
    assert "Tình trạng các chỉ tiêu" not in home


def test_the_shipped_site_shows_nothing_fictional(built_site):
    # The generated pages of the plan (the hand-written staff guides may show a fictional example, labelled so).
    generated = [built_site / "index.html", *(built_site / d for d in ("ke-hoach", "nhiem-vu", "chi-tieu", "co-quan",
                                                                       "bao-cao", "du-lieu", "data"))]
    for top in generated:
        for html in ([top] if top.is_file() else top.rglob("*.html")):
            assert "hư cấu" not in html.read_text(encoding="utf-8"), html
    assert not (built_site / "cac-ke-hoach").exists()


# ------------------------------------------------------------------ links are validated
@pytest.fixture
def family_root(tmp_path) -> Path:
    return make_family_root(tmp_path)


def run(root: Path, capsys) -> str:
    assert main(["--root", str(root), "validate"]) == 1
    return capsys.readouterr().err


TASKS = "plan/xa-mau-2026/tasks.yml"


def test_a_parent_task_that_does_not_exist(family_root, capsys):
    line = edit(family_root, TASKS, "task: '1.1'", "task: '1.9'")
    reported(run(family_root, capsys), TASKS, line, "Nhiệm vụ '1.9' không có trong kế hoạch 'ea-sup-nq68'")


def test_plans_that_implement_each_other(family_root, capsys):
    edit(family_root, "plan/tinh-mau-ctr/tasks.yml", "  timeframe: null\n",
         "  timeframe: null\n  implements: [{plan: xa-mau-2026, task: '1'}]\n")
    edit(family_root, TASKS, "- {plan: ea-sup-nq68, task: '5.1'}", "- {plan: tinh-mau-ctr, task: '1.1'}")
    err = run(family_root, capsys)
    assert "thành vòng: tinh-mau-ctr → xa-mau-2026 → tinh-mau-ctr" in err


def test_a_milestone_outside_the_period(family_root, capsys):
    rel = "plan/xa-mau-2026/plan.yml"
    line = edit(family_root, rel, "milestones: [2026, 2030]", "milestones: [2026, 2035]")
    reported(run(family_root, capsys), rel, line, "Mốc 2035 nằm ngoài thời kỳ của kế hoạch (2026–2030)")


def test_a_target_under_a_year_the_plan_did_not_declare(family_root, capsys):
    rel = "indicators/xa-mau-2026/01-tro-giup-xa-hoi.yml"
    line = edit(family_root, rel, "    2026: '4,5'", "    2027: '4,5'")
    err = run(family_root, capsys)
    reported(err, rel, line, "Mục tiêu ghi ở năm 2027, nhưng kế hoạch không khai mốc này")


def test_staff_commands_ask_which_plan_when_there_are_several(family_root, capsys):
    assert main(["--root", str(family_root), "new-report", "--year", "2027", "--agency", "phong-van-hoa-xa-hoi-xa-mau"]) == 1
    assert "hãy chọn một bằng --plan" in capsys.readouterr().err
    assert main(["--root", str(family_root), "new-report", "--plan", "xa-mau-2026", "--year", "2027",
                 "--agency", "phong-van-hoa-xa-hoi-xa-mau"]) == 0
    written = family_root / "progress/xa-mau-2026/2027/phong-van-hoa-xa-hoi-xa-mau.yml"
    assert '- id: "1.1"' in written.read_text(encoding="utf-8")
    assert main(["--root", str(family_root), "validate"]) == 0


def test_a_root_plan_that_does_not_exist_is_a_clear_error(family_root, capsys):
    cfg = family_root / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("root_plan: ea-sup-nq68", "root_plan: ea-sup"), encoding="utf-8")
    assert main(["--root", str(family_root), "generate"]) == 1
    assert "extra.plansite nêu kế hoạch không có trong kho: ea-sup" in capsys.readouterr().err


def test_export_writes_each_plans_open_data_with_a_plan_column(family_root, tmp_path, capsys):
    out = tmp_path / "od"
    assert main(["--root", str(family_root), "export", "--out", str(out)]) == 0
    for pid in ("ea-sup-nq68", *FICTIONAL):
        assert (out / pid / "tasks.json").exists(), pid
    head = (out / "tinh-mau-ctr/indicators.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert head[:2] == ["plan", "id"] and {"target_2027", "target_2030", "mark_nq_68", "mark_nq_42"} <= set(head)
    assert not (out / "xa-mau-chi-nhiem-vu/chi-tieu").exists()


def test_a_body_in_several_plans_links_its_page_in_each(family_site):
    html = page(family_site, "xa-mau-chi-nhiem-vu/co-quan/ubnd-xa-mau")
    assert 'href="../../../xa-mau-2026/co-quan/ubnd-xa-mau/"' in html.split("Cơ quan này cũng có trong", 1)[1]


# --- search on a site of several plans: a shard per plan ---------------------------------------------

def test_the_search_index_is_split_by_plan_and_every_entry_is_in_one_file(family_site):
    import json
    from generator.site.search_index import INDEX_PATH, SHARD_DIR
    text = (family_site / INDEX_PATH).read_text(encoding="utf-8")
    index = json.loads(text[text.index("=") + 1:text.rindex(";")])
    assert [s[1] for s in index["shards"]] == ["ea-sup-nq68.js", *(f"{pid}.js" for pid in sorted(FICTIONAL))]
    urls = [d[0] for d in index["docs"]]
    for prefix, name in index["shards"]:
        shard = (family_site / SHARD_DIR / name).read_text(encoding="utf-8")
        docs = json.loads(shard[shard.index("]=") + 2:shard.rindex(";")])["docs"]
        assert docs and all(d[0].startswith(prefix) for d in docs), name
        urls += [d[0] for d in docs]
        assert prefix in [d[0] for d in index["docs"]]   # each plan's home is found from anywhere
    assert len(urls) == len(set(urls))
    # Site pages stay in index.js; a plan's own lists go to its shard, the root plan's too.
    assert "gioi-thieu/" in [d[0] for d in index["docs"]] and "chi-tieu/" not in [d[0] for d in index["docs"]]


@pytest.mark.browser
def test_search_from_a_plans_page_fetches_that_plans_shard_and_all_plans_on_request(family_site):
    """From file://, as the copy is opened: a query on a commune's plan loads the index and that plan's
    shard only; the button under the results loads the others and finds the other plans' pages."""
    from selenium.webdriver.common.by import By
    from test_browser import Browser, missing_browser_reason, skip_or_fail
    reason = missing_browser_reason()
    if reason:
        skip_or_fail(reason)
    b = Browser()
    try:
        b.get((family_site / "xa-mau-2026" / "index.html").as_uri())
        b.open_search()
        mine = b.search("1.1")
        assert mine[0]["path"].endswith("/xa-mau-2026/chi-tieu/1-1/index.html"), mine[:3]
        shards = "return Object.keys(window.plansiteSearchShards || {}).sort()"   # file:// has no resource timing
        assert b.driver.execute_script(shards) == ["xa-mau-2026.js"]
        assert not [r for r in mine if "/chi-tieu/1-1/" in r["path"] and "/xa-mau-2026/" not in r["path"]]
        button = b.driver.find_element(By.CSS_SELECTOR, ".ps-search__all")
        assert button.is_displayed() and button.text == "Tìm trong cả 4 kế hoạch"
        button.click()
        b.wait_for(lambda d: not button.is_displayed(), 10)
        everywhere = b.search("1.1 ")
        assert [r for r in everywhere if r["path"].endswith("/chi-tieu/1-1/index.html") and "/xa-mau-2026/" not in r["path"]]
        assert b.driver.execute_script(shards) == sorted(["ea-sup-nq68.js", *(f"{pid}.js" for pid in FICTIONAL)])
        assert not [e for e in b.console("SEVERE")]
    finally:
        b.quit()


@pytest.mark.browser
def test_the_list_of_plans_filters_by_level_issuer_and_place(family_site):
    """A province's site lists a hundred communes' plans: the reader narrows them down."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    from test_browser import Browser, missing_browser_reason, skip_or_fail
    reason = missing_browser_reason()
    if reason:
        skip_or_fail(reason)
    b = Browser()
    visible = ("return Array.prototype.filter.call(document.querySelectorAll('table[id^=\"ps-plans-\"] tbody tr'),"
               " function (r) { return !r.hidden; }).map(function (r) { return r.querySelector('a').textContent; })")
    try:
        b.get((family_site / "cac-ke-hoach" / "index.html").as_uri())
        b.wait_for(lambda d: d.find_element(By.CSS_SELECTOR, ".ps-filters[data-ready]"), 10, "tables.js did not run")
        assert len(b.driver.execute_script(visible)) == 4
        Select(b.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="level"]')).select_by_visible_text("xã")
        assert sorted(b.driver.execute_script(visible)) == ["Kế hoạch mẫu của xã Mẫu về chính sách xã hội (hư cấu)",
                                                            "Kế hoạch tuyên truyền mẫu của xã Mẫu (hư cấu)"]
        assert b.driver.find_element(By.CSS_SELECTOR, ".ps-filters__count").text == "Hiển thị 2/4 dòng"
        Select(b.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="level"]')).select_by_index(0)
        Select(b.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="place"]')).select_by_visible_text("Huyện Ea Súp")
        assert b.driver.execute_script(visible) == ["Kế hoạch triển khai Nghị quyết 68/NQ-CP và Chương trình 54-CTr/TU về chính sách xã hội"]
        Select(b.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="place"]')).select_by_index(0)
        issuers = Select(b.driver.find_element(By.CSS_SELECTOR, 'select[data-filter="issuer"]'))
        assert len(issuers.options) >= 3
        box = b.driver.find_element(By.CSS_SELECTOR, 'input[data-filter="text"]')
        box.send_keys("tuyen truyen")
        assert b.driver.execute_script(visible) == ["Kế hoạch tuyên truyền mẫu của xã Mẫu (hư cấu)"]
        assert not b.console("SEVERE")
    finally:
        b.quit()
