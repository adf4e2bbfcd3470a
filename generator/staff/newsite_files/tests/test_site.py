"""The site's own test (written by `plansite init`): its data validates and the site builds, with the
engine pinned in requirements/engine.txt."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def plansite(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd, capture_output=True, text=True)


def test_the_data_is_valid():
    result = plansite("validate")
    assert result.returncode == 0, result.stderr


def test_the_site_builds(tmp_path):
    result = plansite("build", "--site", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "phuong-phap" / "index.html").exists()   # an engine page


def test_the_engine_is_the_installed_one():
    import generator
    assert not (ROOT / "generator").exists(), "the engine is a dependency (requirements/engine.txt), not a copy"
    assert Path(generator.__file__).resolve().parent.parent != ROOT
