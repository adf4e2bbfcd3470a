from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The tests mirror the engine's packages (tests/site/ for generator/site/, …). Some modules share
# helpers and fixtures across folders (a built site, a report editor): every folder is importable
# by module name, whatever order pytest collects them in.
for _folder in sorted(p for p in Path(__file__).resolve().parent.iterdir() if p.is_dir() and p.name != "fixtures"
                      and not p.name.startswith((".", "_"))):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))


def _seed() -> Path:
    """The plan's signed text, kept with the plan (plan/<id>/van-ban.txt): every clone checks against it."""
    return ROOT / "plan" / "ea-sup-nq68" / "van-ban.txt"


SEED = _seed()

# The date every build in the tests speaks for (2025-12-17: after the 15/12 reporting deadline).
# Set for the whole run, not when the first shared site happens to be built: under pytest-xdist
# each process runs its own order, and a build of a folder outside git would otherwise say "today".
# Tests that need another date set it themselves (monkeypatch), and a value given from outside wins.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1765929600")

# --- Parallel runs (make test: pytest -n auto --dist loadfile) ---------------------------------
# One file's tests run in one process: module fixtures build and serve sites (test_browser.py,
# test_family.py) once, and tests that share a module's state (the workbook fuzz and its guard in
# test_xlsx.py) see all of it. Not --dist loadgroup: with pytest 9, xdist 3.8 no longer tags a
# test's id with its xdist_group, so the groups were silently spread over every process.

# --- No test that silently never runs ---------------------------------------------------------
# Under CI (CI=true, or PLANSITE_REQUIRE_BROWSER=1 as .ci/run sets) a skipped test fails the run,
# unless its skip reason contains one of these strings. To allow a new skip, add one line here:
# the text of its reason, and why CI may skip it. A CI that lacks something on purpose names
# the reason in PLANSITE_ALLOW_SKIP instead (one per line). Locally, skips stay skips.
EXPECTED_SKIPS: dict[str, str] = {
}


def _strict_skips() -> bool:
    flags = (os.environ.get("CI", ""), os.environ.get("PLANSITE_REQUIRE_BROWSER", ""))
    return any(flag.lower() not in ("", "0", "false", "no") for flag in flags)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and _strict_skips():
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        allowed = [*EXPECTED_SKIPS, *filter(None, os.environ.get("PLANSITE_ALLOW_SKIP", "").splitlines())]
        if not any(text in reason for text in allowed):
            report.outcome = "failed"
            report.longrepr = (f"skipped under CI, which allows no skip it does not expect: {reason}\n"
                               "Make the test run here, or add its reason to EXPECTED_SKIPS in tests/conftest.py.")


@pytest.fixture(scope="session")
def project():
    """The shipped plan, loaded and validated once per test run."""
    from generator.checks.family import load_project
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
    images = ROOT / "docs" / "assets" / "images"   # pictures of the hand-written pages
    if images.is_dir():
        shutil.copytree(images, dest / "docs" / "assets" / "images")
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "generator").symlink_to(ROOT / "generator")  # mkdocs.yml names its hook by path
    return dest


def build_into(root: Path) -> Path:
    from generator.site.build import build_site
    site = root / "site"
    build_site(root, site)
    return site


def built_once(tmp_path_factory, name: str, make) -> Path:
    """`make(folder)` run once for the whole test run, even when pytest-xdist runs it in several processes.

    Each xdist worker has its own session, so a session fixture would build once per worker. The
    workers share the parent of their temporary folders: the first to take the lock builds there,
    the others wait for it and reuse what it built (read-only, as session fixtures are).
    """
    if "PYTEST_XDIST_WORKER" not in os.environ:
        folder = tmp_path_factory.mktemp(name)
        make(folder)
        return folder
    import fcntl   # xdist runs here on Linux/macOS (make test); Windows runs the suite in one process
    shared = tmp_path_factory.getbasetemp().parent
    folder, done = shared / name, shared / f"{name}.done"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)   # released when the file closes, also if make() fails
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)   # a worker that failed half-way left this
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The shipped plan built once with MkDocs, as a citizen would receive it."""
    return built_once(tmp_path_factory, "shipped", lambda folder: build_into(make_site_root(folder))) / "site"


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
