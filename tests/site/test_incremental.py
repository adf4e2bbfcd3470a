"""Builds with the content-hash cache (.plansite-cache/): a changed report rebuilds what depends on it,
and the site is byte for byte the site a clean build of the same data gives."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from conftest import make_site_root

REPORT = "progress/ea-sup-nq68/2024/trung-tam-y-te.yml"


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_changed_reports_rebuild_only_their_pages_and_the_site_equals_a_clean_build(tmp_path, monkeypatch):
    from generator.site.build import build_site
    from generator.site.cache import CACHE_DIR
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1765929600")
    root = make_site_root(tmp_path / "repo")
    build_site(root, root / "site")
    first = tree(root / "site")
    engine = root / CACHE_DIR / "engine"
    unchanged, changed = engine / "phuong-phap" / "index.html", engine / "chi-tieu" / "7-2" / "index.html"
    copied = root / CACHE_DIR / "copy" / "phuong-phap" / "index.html"
    times = {p: p.stat().st_mtime_ns for p in (unchanged, changed, copied)}
    # The published site and the copy are hard links to the cache's files (site/files.py): a rebuild
    # must give a changed page a new file, or it would change the published site before the swap.
    kept = tmp_path / "kept.html"
    os.link(changed, kept)
    before = kept.read_bytes()

    report = root / REPORT
    report.write_text(report.read_text(encoding="utf-8").replace('value: "73,5"', 'value: "73,6"', 1), encoding="utf-8")
    build_site(root, root / "site")
    incremental = tree(root / "site")
    assert kept.read_bytes() == before
    assert unchanged.stat().st_mtime_ns == times[unchanged]     # not rendered again
    assert copied.stat().st_mtime_ns == times[copied]           # nor rewritten for the copy without network
    assert changed.stat().st_mtime_ns != times[changed]
    assert "73,6" in incremental["chi-tieu/7-2/index.html"].decode("utf-8")
    assert incremental != first
    # Once more: this build updates the site before the published one (kept by the last swap).
    report.write_text(report.read_text(encoding="utf-8").replace('value: "73,6"', 'value: "73,7"', 1), encoding="utf-8")
    build_site(root, root / "site")
    incremental = tree(root / "site")
    assert "73,7" in incremental["chi-tieu/7-2/index.html"].decode("utf-8")

    clean_root = tmp_path / "clean"
    shutil.copytree(root, clean_root, symlinks=True, ignore=shutil.ignore_patterns(CACHE_DIR, "site"))
    build_site(clean_root, clean_root / "site", use_cache=False)
    clean = tree(clean_root / "site")
    assert sorted(incremental) == sorted(clean)
    assert [rel for rel in clean if clean[rel] != incremental[rel]] == []


def test_a_changed_commune_report_rebuilds_the_pages_of_the_plans_it_shows_on(tmp_path, monkeypatch):
    """The commune plan carries out tasks of the district's plan: its task's new status shows on the
    district's task page, which the cache must not keep; the rest equals a clean build too."""
    from family_support import make_family_root
    from generator.site.build import build_site
    from generator.site.cache import CACHE_DIR
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")
    root = make_family_root(tmp_path / "repo")
    build_site(root, root / "site")
    report = next((root / "progress" / "xa-mau-2026").rglob("*.yml"))
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("status: hoan-thanh", "status: dang-trien-khai", 1), encoding="utf-8")
    build_site(root, root / "site")
    incremental = tree(root / "site")

    clean_root = tmp_path / "clean"
    shutil.copytree(root, clean_root, symlinks=True, ignore=shutil.ignore_patterns(CACHE_DIR, "site"))
    build_site(clean_root, clean_root / "site", use_cache=False)
    clean = tree(clean_root / "site")
    assert sorted(incremental) == sorted(clean)
    assert [rel for rel in clean if clean[rel] != incremental[rel]] == []


def test_a_plan_broken_after_a_cached_build_is_refused(tmp_path, monkeypatch):
    """The cache keeps each plan as checked (KeptChecks): a file broken since is checked again, and
    the build refuses it with the published site untouched."""
    import pytest
    from generator.data.problems import DataError
    from generator.site.build import build_site
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1765929600")
    root = make_site_root(tmp_path / "repo")
    build_site(root, root / "site")
    published = tree(root / "site")
    report = root / REPORT
    report.write_text(report.read_text(encoding="utf-8").replace('value: "73,5"', 'value: "bảy mươi"', 1),
                      encoding="utf-8")
    with pytest.raises(DataError) as refused:
        build_site(root, root / "site")
    assert any(p.file.endswith("trung-tam-y-te.yml") for p in refused.value.problems)
    assert tree(root / "site") == published
