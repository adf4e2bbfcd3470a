"""`plansite init`: a locality's own site repository, with the engine as a pinned dependency.

The slow test does what an office does on a fresh machine, without network: build the engine's wheel from
this repository, install it into a clean virtual environment (dependencies are the ones already installed
here, reached through a .pth line, so nothing is downloaded), make a site with `plansite init`, give it a
FICTIONAL plan (tests/fixtures/family/tinh-mau-ctr, invented for tests), then run the site's own tests and
build it. The built site must name nothing of Ea Súp, the plan this repository ships.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from generator.staff.newsite import InitError, engine_pin, init_site, read_pin

FAMILY = ROOT / "tests" / "fixtures" / "family"
FICTIONAL_PLAN = "tinh-mau-ctr"


def shipped_names() -> set[str]:
    """What names Ea Súp's site, read from this repository's data: its place, plan ids, plan numbers and
    titles, and the names and ids of its bodies that are not shared by every plan in the country."""
    names: set[str] = set()
    for plan_file in ROOT.glob("plan/*/plan.yml"):
        plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
        place = plan["place"].split(" ", 1)[1] if " " in plan["place"] else plan["place"]
        names |= {place, plan_file.parent.name, plan["number"]["as_written"], plan["short_title"]}
    registry = yaml.safe_load((ROOT / "plan/agencies.yml").read_text(encoding="utf-8"))
    for a in registry["agencies"]:
        if a.get("level") != "trung-uong":      # Chính phủ and the like are every plan's
            names |= {a["name"], a["id"]}
    return names


def test_the_names_the_check_looks_for_are_read_from_the_data():
    names = shipped_names()
    assert {"Ea Súp", "ea-sup-nq68"} <= names and len(names) > 20


def test_init_writes_a_complete_site_that_names_nothing_of_ea_sup(tmp_path):
    site = tmp_path / "xa-hu-cau"
    init_site(site, "Ủy ban nhân dân xã Hư Cấu (hư cấu)", "Xã Hư Cấu", "Văn phòng UBND xã (hư cấu)",
              engine=str(ROOT))
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert {"mkdocs.yml", "Makefile", "README.md", "requirements/engine.txt", "plan/agencies.yml",
            "docs/gioi-thieu.md", "tests/test_site.py", ".github/workflows/pr.yml",
            ".github/workflows/deploy.yml", ".github/dependabot.yml", ".gitignore"} <= files
    assert (site / "indicators").is_dir() and (site / "progress").is_dir()
    assert not (site / "generator").exists(), "the engine is a dependency, never copied"
    # The only pages of its own are the locality's; the engine's pages come with the engine.
    assert sorted(p.name for p in (site / "docs").iterdir()) == ["gioi-thieu.md"]
    registry = yaml.safe_load((site / "plan/agencies.yml").read_text(encoding="utf-8"))
    assert registry["agencies"] == [], "a new site starts with no bodies, never Ea Súp's"
    readme = (site / "README.md").read_text(encoding="utf-8").splitlines()
    assert [line.split("#")[0].strip() for line in readme[:2]] == ["make serve", "make test"]
    cfg = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Xã Hư Cấu"' in cfg and "generator/" not in cfg
    names = shipped_names()
    found = [(f, n) for f in files for n in names if n in (site / f).read_text(encoding="utf-8")]
    assert not found, found


def test_the_workflows_use_the_engines_pinned_actions_with_least_privilege(tmp_path):
    init_site(tmp_path / "s", "UBND xã Hư Cấu (hư cấu)", engine=str(ROOT))
    ours = {m for f in (ROOT / ".github/workflows").glob("*.yml")
            for m in re.findall(r"uses: (\S+@\S+)", f.read_text(encoding="utf-8"))}
    for wf in (tmp_path / "s/.github/workflows").glob("*.yml"):
        text = wf.read_text(encoding="utf-8")
        uses = re.findall(r"uses: (\S+@\S+)", text)
        assert uses and set(uses) <= ours, f"{wf.name}: actions not pinned as the engine pins them"
        assert all(re.search(r"@[0-9a-f]{40}$", u) for u in uses)
        assert "permissions: {}" in text
        assert text.count("actions/checkout@") == text.count("persist-credentials: false")


def test_the_engine_pin_names_an_exact_version(tmp_path):
    wheel = tmp_path / "plansite-0.1.0-py3-none-any.whl"
    wheel.write_bytes(b"not really a wheel")
    pin = engine_pin(str(wheel))
    assert pin.endswith("#sha256=" + hashlib.sha256(b"not really a wheel").hexdigest())
    commit = "a" * 40
    assert engine_pin(f"git+https://example.org/plansite.git@{commit}").endswith("@" + commit)
    assert re.search(r"@[0-9a-f]{40}(#egg=plansite)?$", engine_pin(str(ROOT)))
    with pytest.raises(InitError, match="40 ký tự"):
        engine_pin("git+https://example.org/plansite.git@main")
    with pytest.raises(InitError):
        engine_pin(str(tmp_path / "missing.zip"))


def plansite(*args: str, cwd: Path, python: str = sys.executable) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-m", "generator.cli", *args], cwd=cwd, capture_output=True, text=True)


def test_init_refuses_a_folder_with_content_and_writes_nothing(tmp_path):
    (tmp_path / "old.txt").write_text("x")
    result = plansite("init", str(tmp_path), "--name", "UBND xã Hư Cấu (hư cấu)", cwd=tmp_path)
    assert result.returncode == 1 and "đã có nội dung" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["old.txt"]


def test_upgrade_changes_only_the_pin(tmp_path):
    site = tmp_path / "s"
    init_site(site, "UBND xã Hư Cấu (hư cấu)", engine=f"git+https://example.org/plansite.git@{'b' * 40}")
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    result = plansite("upgrade-engine", f"git+https://example.org/plansite.git@{'c' * 40}", cwd=site)
    assert result.returncode == 0, result.stderr
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert [p.relative_to(site).as_posix() for p in after if after[p] != before.get(p)] == ["requirements/engine.txt"]
    assert read_pin(site).endswith("c" * 40)


# ------------------------------------------------- from the wheel, in a clean virtual environment
def build_wheel(out: Path) -> Path:
    """The engine's wheel from this working tree (copied, so no build/ folder of the repository is reused)."""
    src = out / "src"
    shutil.copytree(ROOT / "generator", src / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "-w", str(out), str(src)], check=True, capture_output=True)
    return next(out.glob("plansite-*.whl"))


def clean_venv(path: Path) -> Path:
    """A new virtual environment without the engine; its dependencies are this environment's, through a
    .pth line (which adds the folder only: the editable install's own .pth there is not run)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    python = path / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "_plansite_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def pip_into(python: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-index",
                    "--no-deps", *args], check=True, capture_output=True)


def give_fictional_plan(site: Path) -> None:
    """Copy the FICTIONAL fixture plan in, with its fictional bodies and the two national bodies it cites."""
    for top in ("plan", "indicators", "progress"):
        shutil.copytree(FAMILY / top / FICTIONAL_PLAN, site / top / FICTIONAL_PLAN)
    registry = yaml.safe_load((site / "plan/agencies.yml").read_text(encoding="utf-8"))
    extra = yaml.safe_load((FAMILY / "agencies-extra.yml").read_text(encoding="utf-8"))
    shipped = yaml.safe_load((ROOT / "plan/agencies.yml").read_text(encoding="utf-8"))
    registry["kinds"].update(extra["kinds"])
    registry["agencies"] = extra["agencies"] + [a for a in shipped["agencies"] if a.get("level") == "trung-uong"]
    (site / "plan/agencies.yml").write_text(yaml.safe_dump(registry, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")
    cfg = site / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("root_plan: null", f"root_plan: {FICTIONAL_PLAN}"),
                   encoding="utf-8")


@pytest.mark.slow
def test_a_new_site_builds_from_the_wheel_in_a_clean_environment(tmp_path):
    wheel = build_wheel(tmp_path / "wheel")
    python = clean_venv(tmp_path / "venv")
    pip_into(python, str(wheel))
    site = tmp_path / "xa-hu-cau"
    result = plansite("init", str(site), "--name", "UBND tỉnh Mẫu (hư cấu)", "--engine", str(wheel),
                      cwd=tmp_path, python=str(python))
    assert result.returncode == 0, result.stderr
    # The site's pin installs (pip checks the wheel's sha256 against the pin).
    pip_into(python, "--force-reinstall", "-r", str(site / "requirements/engine.txt"))
    where = subprocess.run([str(python), "-c", "import generator; print(generator.__file__)"], cwd=site,
                           check=True, capture_output=True, text=True).stdout
    assert str(tmp_path / "venv") in where, where
    give_fictional_plan(site)
    tests = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=site,
                           capture_output=True, text=True)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    result = plansite("build", "--site", str(tmp_path / "out"), cwd=site, python=str(python))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert (out / "phuong-phap" / "index.html").exists() and (out / "gioi-thieu" / "index.html").exists()
    assert 'class="md-search ps-search"' in (out / "index.html").read_text(encoding="utf-8")   # the engine's theme override
    names = shipped_names()
    found = []
    for f in out.rglob("*"):
        if f.suffix in {".html", ".js", ".json", ".csv", ".xml", ".txt", ".md", ".yml"}:
            text = f.read_text(encoding="utf-8", errors="replace")
            found += [(f.relative_to(out).as_posix(), n) for n in names if n in text]
    assert not found, found[:20]
