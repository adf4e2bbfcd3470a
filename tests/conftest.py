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


def make_site_root(dest: Path) -> Path:
    """A copy of the project's data and site config that can be broken and built in isolation."""
    for name in ("plan", "indicators", "progress"):
        shutil.copytree(ROOT / name, dest / name)
    (dest / "docs").mkdir()
    for page in (ROOT / "docs").glob("*.md"):
        if page.name not in {"index.md", "ke-hoach.md", "du-lieu.md", "bao-cao.md"}:
            shutil.copy(page, dest / "docs" / page.name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "generator").symlink_to(ROOT / "generator")  # mkdocs.yml names its hook by path
    return dest


def build_into(root: Path) -> Path:
    from generator.build import build_site
    site = root / "site"
    build_site(root, site)
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The shipped plan built once with MkDocs, as a citizen would receive it."""
    import os
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1765929600")  # 2025-12-17: after the 15/12 deadline
    root = make_site_root(tmp_path_factory.mktemp("shipped"))
    return build_into(root)


FICTIONAL_DOC = {"id": "qd-thu-nghiem", "kind": "Quyết định", "number": "0/QĐ-THỬ-NGHIỆM", "date": "2025-06-20",
                 "issuer": "(hư cấu, chỉ dùng trong kiểm thử)", "title": "Văn bản hư cấu cho kiểm thử", "urls": []}


def record_fictional_successor(root: Path, old: str, new: str, new_name: str, since: str = "2025-07-01",
                               kind: str = "sap-nhap") -> None:
    """Replace what the registry records for `old` with a FICTIONAL change to a FICTIONAL body.

    The real record says the successor is not determined; tests that play a year after the
    reform need someone who may report, so they invent one here, in a copy, never shipped.
    """
    import yaml
    f = root / "plan" / "agencies.yml"
    data = yaml.safe_load(f.read_text(encoding="utf-8"))
    for a in data["agencies"]:
        if a["id"] == old:
            a["changes"] = [{"kind": kind, "since": since, "to": [{"agency": new}], "sources": [FICTIONAL_DOC["id"]]}]
    data["agencies"].append({"id": new, "name": new_name, "kind": "co-quan-chuyen-mon", "level": "tinh",
                             "in_plan": False})
    data["documents"].append(dict(FICTIONAL_DOC))
    f.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
