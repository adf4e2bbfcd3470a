"""MkDocs and the generator on several cores (data/parallel.py, site/engine_parallel.py) give the
site one process gives, byte for byte; a broken link in a page another process rendered still fails
the strict build, and says where it is."""
from __future__ import annotations

import pytest

from family_support import make_family_root
from test_incremental import tree


def _build(root, jobs: str, monkeypatch):
    from generator.site.build import build_site
    monkeypatch.setenv("PLANSITE_JOBS", jobs)
    build_site(root, root / "site", use_cache=False)
    return tree(root / "site")


def test_a_family_built_by_three_processes_is_the_family_built_by_one(tmp_path, monkeypatch):
    """The shipped plan and the three fictional ones (tests/fixtures/family): pages of every kind are shared out."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1765929600")
    root = make_family_root(tmp_path / "repo")
    one = _build(root, "1", monkeypatch)
    three = _build(root, "3", monkeypatch)   # more processes than this machine may have cores: forks all the same
    assert sorted(one) == sorted(three)
    assert [rel for rel in one if one[rel] != three[rel]] == []


def test_broken_links_on_pages_other_processes_render_fail_the_strict_build(tmp_path, monkeypatch):
    from conftest import make_site_root
    from generator.site.engine import BuildError
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1765929600")
    root = make_site_root(tmp_path / "repo")
    # Three pages in a row: with three processes each holds one of them (pages are dealt out in turn).
    for name in ("zz-a", "zz-b", "zz-c"):
        (root / "docs" / f"{name}.md").write_text(f"# {name}\n\n[mất](khong-co-{name}.md)\n", encoding="utf-8")
    with pytest.raises(BuildError) as failed:
        _build(root, "3", monkeypatch)
    for name in ("zz-a", "zz-b", "zz-c"):
        assert f"khong-co-{name}.md" in str(failed.value)
