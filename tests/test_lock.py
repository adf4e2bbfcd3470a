"""The hash lock installs exactly what pyproject.toml asks for (tools/check_lock.py)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import check_lock  # noqa: E402


def test_lock_matches_pyproject():
    assert check_lock.problems() == []


def test_every_locked_package_has_hashes():
    text = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8")
    entries = [e for e in text.split("\n") if e and not e.startswith((" ", "#"))]
    assert entries and all(e.endswith("\\") for e in entries), "every pin must be followed by --hash lines"


@pytest.fixture
def repo_copy(tmp_path) -> Path:
    (tmp_path / "requirements").mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copy(ROOT / "requirements" / "lock.txt", tmp_path / "requirements")
    return tmp_path


def edit(path: Path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_dependency_added_without_make_lock_is_named(repo_copy):
    edit(repo_copy / "pyproject.toml", '"jinja2>=3.1",', '"jinja2>=3.1",\n  "Babel_Extra>=1",')
    assert check_lock.problems(repo_copy) == [
        "babel-extra: pyproject.toml asks for Babel_Extra>=1 but the lock has no babel-extra"
        " — run `make lock` and commit requirements/lock.txt"]


def test_a_range_the_lock_does_not_satisfy_is_named(repo_copy):
    edit(repo_copy / "pyproject.toml", '"jinja2>=3.1",', '"jinja2>=99",')
    [problem] = check_lock.problems(repo_copy)
    assert problem.startswith("jinja2: pyproject.toml asks for jinja2>=99 but the lock pins 3.")


def test_a_removed_dependency_left_in_the_lock_is_named(repo_copy):
    edit(repo_copy / "pyproject.toml", '  "openpyxl>=3.1",\n', "")
    assert [p.split(":")[0] for p in check_lock.problems(repo_copy)] == ["openpyxl"]


def test_the_command_line_check_fails_with_the_reason(repo_copy, capsys):
    edit(repo_copy / "pyproject.toml", '"jinja2>=3.1",', '"jinja2>=99",')
    assert check_lock.main(repo_copy) == 1
    assert "requirements/lock.txt is out of date: jinja2" in capsys.readouterr().err
