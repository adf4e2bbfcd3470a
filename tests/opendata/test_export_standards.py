"""Open data in other people's formats: Open SDG's indicator CSVs and a Frictionless datapackage.json.

What a user of the data notices: every CSV the site publishes is described, every description
points at a file that is there, the real Frictionless validator accepts both, and the Open SDG
file of an indicator says what the agencies' YAML reports say, cell by cell. The expected values
are read from the YAML here, independently of the generator.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import frictionless
import pytest
import yaml

from generator.cli import main
from generator.text.numbers import format_number

ROOT = Path(__file__).resolve().parents[2]
PLAN = "ea-sup-nq68"
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("open-data")
    assert main(["--root", str(ROOT), "export", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def package(exported) -> dict:
    return json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))


def resource(package: dict, path: str) -> dict:
    return next(r for r in package["resources"] if r["path"] == path)


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert not raw.startswith(BOM), f"{path.name}: an Open SDG file carries no BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


def number(text: str) -> float:
    """A figure as the reports write it ("99,2")."""
    return float(str(text).replace(",", "."))


def reported(ind_id: str) -> dict[int, list[tuple[str, dict]]]:
    """year → [(report kind, entry)] for one indicator, straight from progress/<plan>/<year>/*.yml."""
    out: dict[int, list] = {}
    for f in sorted((ROOT / "progress" / PLAN).glob("*/*.yml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for entry in data.get("indicators") or ():
            if entry.get("id") == ind_id and entry.get("value") is not None:
                out.setdefault(entry.get("year") or data["year"], []).append((entry.get("kind"), entry))
    return out


def dimensions() -> dict[str, dict]:
    data = yaml.safe_load((ROOT / "plan" / PLAN / "dimensions.yml").read_text(encoding="utf-8"))
    return {d["id"]: d for d in data["dimensions"]}


# --- datapackage.json ---------------------------------------------------------------------------

def test_every_published_csv_is_described_and_every_description_names_a_file_that_is_there(exported, package):
    published = {p.relative_to(exported).as_posix() for p in exported.rglob("*.csv")}
    listed = [r["path"] for r in package["resources"]]
    assert len(listed) == len(set(listed))
    assert set(listed) == published
    assert {"indicators.csv", "progress.csv", "chi-tieu/6.3.csv", "open-sdg/indicator_6-3.csv"} <= published
    for r in package["resources"]:
        data = (exported / r["path"]).read_bytes()
        assert r["bytes"] == len(data), r["path"]


def test_the_frictionless_validator_accepts_the_package_and_every_csv(exported):
    report = frictionless.validate(exported / "datapackage.json")
    problems = [(t.name, e.message) for t in report.tasks for e in t.errors] + [e.message for e in report.errors]
    assert report.valid, problems[:10]
    assert len(report.tasks) == len(list(exported.rglob("*.csv")))


def test_the_validator_would_notice_a_wrong_commune_name_or_a_changed_file(exported, tmp_path):
    """The check above can fail: a copy with one commune misspelt is refused, by its enum and its hash."""
    copy = tmp_path / "data"
    shutil.copytree(exported, copy)
    f = copy / "open-sdg" / "indicator_6-3.csv"
    f.write_bytes(f.read_bytes().replace("Xã Ea Bung".encode(), "Xã Ea Bun".encode()))
    report = frictionless.validate(copy / "datapackage.json")
    assert not report.valid
    errors = {e.type for t in report.tasks if t.name == "open-sdg-indicator_6-3" for e in t.errors}
    assert {"constraint-error", "hash-count"} <= errors


def test_the_package_is_data_package_v2_with_the_data_licence_and_sources(package):
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert package["name"] == PLAN
    # README, "Licences": the structured data the site publishes is CC BY 4.0.
    assert [lic["name"] for lic in package["licenses"]] == ["CC-BY-4.0"]
    assert "CC BY 4.0" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert any("Triển khai Nghị quyết số 68/NQ-CP" in s["title"] for s in package["sources"])
    # chi-tieu/*.csv are progress.csv cut by indicator: the package's sources (the reports) are theirs.
    assert all(r.get("sources") for r in package["resources"] if not r["path"].startswith("chi-tieu/"))


def test_the_excel_facing_csvs_say_they_start_with_a_bom_and_the_open_sdg_ones_have_none(exported, package):
    for r in package["resources"]:
        starts = (exported / r["path"]).read_bytes().startswith(BOM)
        assert r["encoding"] == "utf-8"
        assert starts == ("BOM" in r.get("description", "")), r["path"]
        assert starts == (not r["path"].startswith("open-sdg/")), r["path"]


def test_each_indicator_resource_gives_the_unit_of_the_plan(exported, package):
    raw = (exported / "indicators.csv").read_bytes().decode("utf-8-sig")
    units = {row["id"]: row["unit"] for row in csv.DictReader(io.StringIO(raw))}
    for r in package["resources"]:
        if r["path"].startswith("open-sdg/"):
            ind_id = r["path"].removeprefix("open-sdg/indicator_").removesuffix(".csv")
            ind_id = next(i for i in units if i.replace(".", "-") == ind_id)
            value = r["schema"]["fields"][-1]
            assert value["name"] == "Value" and value["type"] == "number"
            assert r["unit"] == value["unit"] == units[ind_id], r["path"]
            assert f"Đơn vị: {units[ind_id]}" in r["description"]


def test_dimension_columns_accept_exactly_the_plans_categories(package):
    dims = dimensions()
    fields = {f["name"]: f for f in resource(package, "open-sdg/indicator_6-3.csv")["schema"]["fields"]}
    assert fields["Xã, thị trấn"]["constraints"]["enum"] == [c["label"] for c in dims["xa"]["categories"]]
    fields = {f["name"]: f for f in resource(package, "open-sdg/indicator_2-1.csv")["schema"]["fields"]}
    assert fields["Giới tính"]["constraints"]["enum"] == ["Nam", "Nữ"]
    assert fields["Dân tộc"]["constraints"]["enum"] == [c["label"] for c in dims["dan-toc"]["categories"]]


def test_illustrative_figures_are_named_in_the_description_not_in_an_extra_column(package):
    r = resource(package, "open-sdg/indicator_6-3.csv")
    years = sorted(reported("6.3"))
    assert r["illustrative_years"] == years
    assert f"minh hoạ (không phải số liệu thật): năm {', '.join(map(str, years))}" in r["description"]
    assert [f["name"] for f in r["schema"]["fields"]] == ["Year", "Xã, thị trấn", "Value"]


def test_built_twice_the_package_is_the_same_file(exported, tmp_path):
    assert main(["--root", str(ROOT), "export", "--out", str(tmp_path)]) == 0
    for name in ("datapackage.json", "progress.schema.json", "open-sdg/indicator_6-3.csv"):
        assert (tmp_path / name).read_bytes() == (exported / name).read_bytes(), name


# --- Open SDG's format ----------------------------------------------------------------------------

def test_6_3_by_commune_has_year_commune_value_with_ten_communes_and_a_total_each_year(exported):
    rows = read_csv(exported / "open-sdg" / "indicator_6-3.csv")
    assert list(rows[0]) == ["Year", "Xã, thị trấn", "Value"]
    communes = [c["label"] for c in dimensions()["xa"]["categories"]]
    by_year = reported("6.3")
    assert sorted({int(r["Year"]) for r in rows}) == sorted(by_year)
    for year, [(_, entry)] in by_year.items():
        mine = [r for r in rows if int(r["Year"]) == year]
        headline = [r for r in mine if r["Xã, thị trấn"] == ""]
        assert [number(r["Value"]) for r in headline] == [number(entry["value"])]
        parts = {r["Xã, thị trấn"]: number(r["Value"]) for r in mine if r["Xã, thị trấn"]}
        assert len(parts) == 10 and set(parts) <= set(communes)
        want = {next(c["label"] for c in dimensions()["xa"]["categories"] if c["id"] == p["xa"]): number(p["value"])
                for p in entry["breakdown"]}
        assert parts == want
        assert all("," not in r["Value"] for r in mine)   # decimal point, as Open SDG reads numbers


def test_sex_and_ethnic_group_each_fill_their_own_column_and_the_official_figure_replaces_the_preliminary(exported):
    rows = read_csv(exported / "open-sdg" / "indicator_2-1.csv")
    assert list(rows[0]) == ["Year", "Giới tính", "Dân tộc", "Value"]
    by_year = reported("2.1")
    kinds = {kind: entry for kind, entry in by_year[2024]}
    assert {"so-bo", "chinh-thuc"} <= set(kinds)       # the 2024 figure was reported twice
    official = kinds["chinh-thuc"]
    y2024 = [r for r in rows if r["Year"] == "2024"]
    assert [number(r["Value"]) for r in y2024 if not r["Giới tính"] and not r["Dân tộc"]] == [number(official["value"])]
    assert number(kinds["so-bo"]["value"]) not in [number(r["Value"]) for r in y2024 if not r["Giới tính"] and not r["Dân tộc"]]
    assert all(not (r["Giới tính"] and r["Dân tộc"]) for r in rows)   # one dimension at a time, as reported
    assert {(r["Giới tính"], r["Dân tộc"]): number(r["Value"]) for r in y2024 if r["Giới tính"] or r["Dân tộc"]} == {
        ("Nam" if p.get("gioi-tinh") == "nam" else "Nữ" if p.get("gioi-tinh") == "nu" else "",
         "Kinh" if p.get("dan-toc") == "kinh" else "Dân tộc thiểu số" if p.get("dan-toc") == "dtts" else ""):
            number(p["value"]) for p in official["breakdown"]}


def test_an_indicator_without_breakdown_has_year_and_value_only(exported, package):
    plain = [r for r in package["resources"] if r["path"].startswith("open-sdg/")
             and [f["name"] for f in r["schema"]["fields"]] == ["Year", "Value"]]
    assert plain, "every indicator with figures has a breakdown?"
    rows = read_csv(exported / plain[0]["path"])
    assert rows and all(list(r) == ["Year", "Value"] for r in rows)
    assert len({r["Year"] for r in rows}) == len(rows)    # one total per year


def test_qualitative_indicators_have_no_open_sdg_file(exported):
    raw = (exported / "indicators.csv").read_bytes().decode("utf-8-sig")
    qualitative = [r["id"] for r in csv.DictReader(io.StringIO(raw)) if r["qualitative_levels"]]
    for ind_id in qualitative:
        assert not (exported / "open-sdg" / f"indicator_{ind_id.replace('.', '-')}.csv").exists(), ind_id


# --- on the site ----------------------------------------------------------------------------------

def test_the_open_data_page_lists_the_open_sdg_files_and_the_package_with_sizes(built_site):
    page = (built_site / "du-lieu" / "index.html").read_text(encoding="utf-8")
    package = json.loads((built_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert 'href="../data/datapackage.json">datapackage.json</a>' in page
    for r in package["resources"]:
        assert (built_site / "data" / r["path"]).read_bytes().__len__() == r["bytes"], r["path"]
        if r["path"].startswith("open-sdg/"):
            name = r["path"].split("/")[1]
            size = f'{r["bytes"]} byte' if r["bytes"] < 1024 else f'{format_number(r["bytes"] / 1024, 1)} KB'
            assert re.search(f'href="../data/{re.escape(r["path"])}">{name}</a></td>\\s*<td>[^<]*</td>\\s*<td>{size}</td>', page), name
    assert "Xã, thị trấn" in page and "Giới tính, Dân tộc" in page


def test_the_indicator_page_links_its_open_sdg_file(built_site):
    page = (built_site / "chi-tieu" / "6-3" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../data/open-sdg/indicator_6-3.csv">theo định dạng Open SDG (CSV)</a>' in page


def test_with_several_plans_each_data_folder_has_its_own_valid_package(tmp_path):
    """The fictional plans of tests/fixtures/family beside the shipped one: a plan column, a plan
    with tasks only (no indicator), a plan without dimensions; each package still describes
    exactly its folder's CSVs and validates."""
    from family_support import FICTIONAL, make_family_root
    root = make_family_root(tmp_path / "repo")
    out = tmp_path / "od"
    assert main(["--root", str(root), "export", "--out", str(out)]) == 0
    for pid in (PLAN, *FICTIONAL):
        package = json.loads((out / pid / "datapackage.json").read_text(encoding="utf-8"))
        assert package["name"] == pid
        assert {r["path"] for r in package["resources"]} == {p.relative_to(out / pid).as_posix()
                                                             for p in (out / pid).rglob("*.csv")}, pid
        schema = json.loads((out / pid / "progress.schema.json").read_text(encoding="utf-8"))
        assert schema["fields"][0]["name"] == "plan"
        report = frictionless.validate(out / pid / "datapackage.json")
        assert report.valid, (pid, [(t.name, e.message) for t in report.tasks for e in t.errors][:5])


def test_the_copy_without_network_holds_the_package_and_every_file_it_describes(built_site):
    import zipfile
    from test_offline import zip_of
    with zipfile.ZipFile(zip_of(built_site)) as zf:
        inside = {n.split("/", 1)[1]: n for n in zf.namelist() if "/" in n}
        package = json.loads(zf.read(inside["data/datapackage.json"]).decode("utf-8"))
        for r in package["resources"]:
            assert len(zf.read(inside["data/" + r["path"]])) == r["bytes"], r["path"]
        assert "data/progress.schema.json" in inside
