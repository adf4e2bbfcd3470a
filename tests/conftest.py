from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project():
    """The shipped plan, loaded and validated once per test run."""
    from generator.validate import load_project
    return load_project(ROOT)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the shipped data, for tests that break it on purpose."""
    for name in ("plan", "indicators", "progress"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path
