"""The search index the generator writes (generator/site/search_index.py): what it holds, how it
is shipped, and how a mistake in plan/abbreviations.yml is reported. How it ranks is tested
in a real browser through the site's own search box (test_browser.py, section 4)."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.compute.compute import compute
from generator.data.problems import DataError
from generator.site.search_index import INDEX_PATH, build_index, index_script, read_abbreviations

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "window.plansiteSearchIndex="


def load_index(data: bytes) -> dict:
    text = data.decode("utf-8")
    assert text.startswith(PREFIX) and text.endswith(";\n")
    return json.loads(text[len(PREFIX):-2])   # nothing in the data can leave the JSON literal


@pytest.fixture(scope="module")
def index(built_site) -> dict:
    return load_index((built_site / INDEX_PATH).read_bytes())


def test_the_index_is_a_script_and_the_theme_plugin_index_is_gone(built_site):
    assert (built_site / INDEX_PATH).exists()
    assert not (built_site / "search" / "search_index.json").exists()
    home = (built_site / "index.html").read_text(encoding="utf-8")
    # the box is in the header, but the page names the index nowhere: it is loaded on opening search
    assert 'class="md-search ps-search"' in home and "search/index.js" not in home
    assert "assets/plansite/javascripts/search.js" in home


def test_every_task_indicator_group_and_agency_is_findable_and_leads_to_a_page(index, project, built_site):
    docs = index["docs"]
    by_kind = {}
    for url, plan, kind, id_, title, keys, body in docs:
        by_kind.setdefault(kind, set()).add(id_ or title)
        assert (built_site / url / "index.html").exists(), url
        assert title
    assert by_kind["t"] == set(project.tasks)
    assert by_kind["i"] == set(project.indicators)
    assert by_kind["g"] == {g.id for g in project.groups}
    assert by_kind["a"] == {a.name for a in project.agencies.values()}
    titles = {d[4] for d in docs}
    assert {"Cách đánh giá tiến độ", "Giới thiệu và cách đóng góp", "Toàn văn kế hoạch"} <= titles


def test_entries_keep_the_plans_own_words_and_abbreviations(index):
    i41 = next(d for d in index["docs"] if d[2] == "i" and d[3] == "4.1")
    assert i41[4] == "Tỉ lệ LLLĐ trong độ tuổi tham gia BHXH"         # as written, not expanded
    assert "Mục tiêu 2025: 45" in i41[6] and "Bảo hiểm xã hội huyện" in i41[6]
    assert ["BHTN", "bảo hiểm thất nghiệp"] in index["abbr"] and ["LĐTBXH", "Lao động - Thương binh và Xã hội"] in index["abbr"]
    gd = next(d for d in index["docs"] if d[2] == "a" and d[4] == "Phòng Giáo dục và Đào tạo")
    assert "Phòng GD&ĐT" in gd[5]
    assert index["plans"] == ["Kế hoạch triển khai Nghị quyết 68/NQ-CP và Chương trình 54-CTr/TU về chính sách xã hội"]
    assert all(d[1] == 0 for d in index["docs"] if d[2] != "p" or d[0] == "ke-hoach/")


def test_several_plans_each_entry_says_its_plan(project):
    computed = compute(project, dt.date(2025, 12, 17))
    index = build_index([("Kế hoạch A", computed, [("BHYT", "bảo hiểm y tế")]),
                         ("Kế hoạch B", computed, [("BHYT", "bảo hiểm y tế"), ("NCC", "người có công")])],
                        {"gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nChữ."}, {"gioi-thieu.md"})
    assert index["plans"] == ["Kế hoạch A", "Kế hoạch B"]
    plans = [d[1] for d in index["docs"] if d[2] == "i" and d[3] == "6.10"]
    assert plans == [0, 1]
    assert [d[1] for d in index["docs"] if d[0] == "gioi-thieu/"] == [-1]
    assert index["abbr"] == [["BHYT", "bảo hiểm y tế"], ["NCC", "người có công"]]   # once each
    assert load_index(index_script(index)) == index


def test_a_duplicated_abbreviation_is_a_located_error(data_copy):
    path = data_copy / "plan" / "abbreviations.yml"
    path.write_text(path.read_text(encoding="utf-8") + "  - short: BHYT\n    long: bảo hiểm y tế\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_abbreviations(data_copy)
    [p] = err.value.problems
    assert p.file == "plan/abbreviations.yml" and p.line == len(path.read_text(encoding="utf-8").splitlines()) - 1
    assert "BHYT" in p.message_vi and "chỉ ghi một lần" in p.message_vi


def test_a_broken_abbreviations_file_stops_the_build_in_plain_vietnamese(data_copy):
    (data_copy / "plan" / "abbreviations.yml").write_text("abbreviations:\n  - short: BHYT\n    longg: x\n", encoding="utf-8")
    (data_copy / "docs").mkdir()
    out = subprocess.run([sys.executable, "-m", "generator.cli", "--root", str(data_copy), "generate"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1
    assert "plan/abbreviations.yml:3" in out.stderr and "Traceback" not in out.stderr
    assert not (data_copy / "docs" / INDEX_PATH).exists()


def test_a_plan_without_abbreviations_still_has_search(data_copy):
    (data_copy / "plan" / "abbreviations.yml").unlink()
    assert read_abbreviations(data_copy) == []
