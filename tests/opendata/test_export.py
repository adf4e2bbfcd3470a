"""`plansite export`: the open data must be the document, row by row.

The appendix is parsed here from the plan's text, independently of the
generator, and compared with indicators.csv cell by cell.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
from conftest import SEED  # noqa: E402

# Where the site had to change the plan's text; the original stays in an *_as_written column.
COMPLETED_NAMES = {"2.4"}       # "…trong tổng lao" cut off at the end of the line
COMPLETED_GROUP_NAMES = {"4"}   # "…, bảo" cut off likewise


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("open-data")
    assert main(["--root", str(ROOT), "export", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def csv_rows(exported) -> list[dict]:
    raw = (exported / "indicators.csv").read_bytes()
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def appendix(seed_text: str) -> tuple[dict[str, str], list[dict]]:
    """(group id → name, indicator rows) from the tab-separated appendix of the plan."""
    lines = seed_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("TT\tChỉ tiêu\t"))
    groups, rows, parent, subs = {}, [], None, 0
    for line in lines[start + 2:]:  # two header lines
        if not line.strip():
            continue
        tt, name, unit, t25, t30, p54 = (line.split("\t") + [""] * 6)[:6]
        if re.fullmatch(r"\d+", tt):
            groups[tt] = name
            continue
        if tt == "-":  # an unnumbered sub-row: the site numbers them a, b, c… under their parent
            id_, parent_id, subs = f"{parent}.{'abcdefgh'[subs]}", parent, subs + 1
        else:
            assert re.fullmatch(r"\d+\.\d+", tt), line
            id_, parent_id, parent, subs = tt, "", tt, 0
        rows.append({"id": id_, "parent_id": parent_id, "group_id": id_.split(".")[0], "name": name,
                     "unit": unit, "target_2025": t25, "target_2030": t30, "program_54": p54})
    return groups, rows


def test_every_appendix_row_in_order(csv_rows, seed_text):
    _, rows = appendix(seed_text)
    assert len(rows) == 105
    assert [(r["id"], r["parent_id"], r["group_id"]) for r in csv_rows] == \
           [(r["id"], r["parent_id"], r["group_id"]) for r in rows]


def test_targets_and_program_54_exactly_as_written(csv_rows, seed_text):
    _, rows = appendix(seed_text)
    for got, want in zip(csv_rows, rows, strict=True):
        assert (got["target_2025"], got["target_2030"]) == (want["target_2025"], want["target_2030"]), want["id"]
        # The appendix marks with "X" (once "x"); the export says "X" or nothing.
        assert got["program_54"] == ("X" if want["program_54"].strip() else ""), want["id"]


def test_names_as_written_except_the_documented_completions(csv_rows, seed_text):
    _, rows = appendix(seed_text)
    changed = {got["id"] for got, want in zip(csv_rows, rows, strict=True) if got["name"] != want["name"]}
    assert changed == COMPLETED_NAMES
    for got, want in zip(csv_rows, rows, strict=True):
        if got["id"] in COMPLETED_NAMES:
            assert got["name_as_written"] == want["name"]
            assert got["name"].startswith(want["name"])  # completed, not rewritten
        else:
            assert got["name_as_written"] == ""


def test_units_as_written_with_the_superscript_tidied(csv_rows, seed_text):
    _, rows = appendix(seed_text)
    for got, want in zip(csv_rows, rows, strict=True):
        tidy = want["unit"].replace("m ²", "m²")  # a stray space from the document's conversion
        assert got["unit"] == tidy, want["id"]
        assert got["unit_as_written"] == ("" if tidy == want["unit"] else want["unit"]), want["id"]


def test_group_names_with_the_cut_off_one_kept(csv_rows, seed_text):
    groups, _ = appendix(seed_text)
    for row in csv_rows:
        written = groups[row["group_id"]]
        if row["group_id"] in COMPLETED_GROUP_NAMES:
            assert row["group_name_as_written"] == written
            assert row["group_name"].startswith(written) and row["group_name"] != written
        else:
            assert (row["group_name"], row["group_name_as_written"]) == (written, "")


def test_json_says_what_the_csv_says(exported, csv_rows):
    rows = json.loads((exported / "indicators.json").read_text(encoding="utf-8"))
    assert [{k: str(v) for k, v in r.items()} for r in rows] == csv_rows


def test_files_are_utf8_with_vietnamese_intact(exported):
    for name in ("indicators.csv", "indicators.json", "progress.csv", "progress.json", "tasks.json", "agencies.json"):
        raw = (exported / name).read_bytes()
        text = raw.decode("utf-8")  # strict: fails on any byte that is not UTF-8
        assert "\\u" not in text, name  # JSON keeps the letters, not escapes
    csv_bytes = (exported / "indicators.csv").read_bytes()
    assert csv_bytes.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Windows opens it as UTF-8
    assert "Tỉ lệ người có công".encode() in csv_bytes
    assert "Phòng Lao động - Thương binh và Xã hội" in (exported / "agencies.json").read_text(encoding="utf-8")


def test_task_agencies_are_full_names_as_in_the_plan(exported, seed_text):
    tasks = json.loads((exported / "tasks.json").read_text(encoding="utf-8"))
    agencies = {a["id"]: a for a in json.loads((exported / "agencies.json").read_text(encoding="utf-8"))}
    assert len(tasks) == 25
    leads_in_plan = re.findall(r"^Cơ quan chủ trì tham mưu: (.+)$", seed_text, flags=re.M)
    assert [t["lead_as_written"] for t in tasks if t["lead_as_written"]] == leads_in_plan
    for t in tasks:
        for role in ("lead", "coordinating"):
            names, ids = t[f"{role}_agencies"] or [], t[f"{role}_agency_ids"] or []
            assert names == [agencies[i]["name"] for i in ids], t["id"]
            for name, id_ in zip(names, ids):
                assert not re.fullmatch(r"[a-z0-9-]+", name), name  # a name, not an id
                written = t[f"{role}_as_written"].lower()
                assert any(n.lower() in written for n in [name, *agencies[id_]["variants"]]), (t["id"], name)


def test_task_timeframes_as_written(exported, seed_text):
    tasks = json.loads((exported / "tasks.json").read_text(encoding="utf-8"))
    in_plan = re.findall(r"^Thời gian thực hiện: (.+)$", seed_text, flags=re.M)
    assert [t["timeframe"] for t in tasks if t["timeframe"]] == in_plan


def test_nothing_is_written_when_the_data_has_problems(data_copy, tmp_path, capsys):
    path = data_copy / "plan/ea-sup-nq68/tasks.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("- phong-noi-vu\n", "- phong-noi-vuu\n", 1),
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--root", str(data_copy), "export", "--out", str(out)]) == 1
    assert "phong-noi-vuu" in capsys.readouterr().err
    assert not out.exists()
