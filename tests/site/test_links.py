"""Generated pages link to .md files: the form MkDocs, ProperDocs and Zensical all resolve, and MkDocs checks."""
from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site.render import md_link
from generator.site.urls import rel_md, rel_url, url_dir

PAGES = ["index.md", "ke-hoach.md", "chi-tieu/index.md", "chi-tieu/6-3.md", "phan-to/xa/ea-le.md",
         "tinh-x/chi-tieu/1-1.md", "van-ban/nq-203-2025-qh15.md", "data/chi-tieu/1-1.csv"]


@pytest.mark.parametrize("here", [p for p in PAGES if p.endswith(".md")])
def test_a_md_link_leads_where_the_url_link_led(here):
    """The .md link, resolved from the page's file, names the target; the URL it becomes is the old link's."""
    for to in PAGES:
        md = rel_md(here, to)
        assert posixpath.normpath(posixpath.join(posixpath.dirname(here), md)) == to
        url = posixpath.normpath(posixpath.join(url_dir(here), rel_url(here, to)))
        assert url == posixpath.normpath(url_dir(to) if to.endswith(".md") else to)


def test_link_text_from_yaml_stays_text():
    link = md_link("../co-quan/a.md", "Phòng *A* & [B]_c `d`", anchor="theo-xa", cls="ps-doc-link", data_now="a")
    assert link == ("[Phòng \\*A\\* &amp; \\[B\\]\\_c \\`d\\`](../co-quan/a.md#theo-xa)"
                    '{ .ps-doc-link data-now="a" }')


def _mkdocs_build(tmp_path: Path, target: str) -> subprocess.CompletedProcess:
    """A two-page site with the project's Markdown settings; the table row links as the generator writes."""
    config = (Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8")
    settings = config[config.index("markdown_extensions:"):config.index("extra_css:")]
    validation = config[config.index("\nvalidation:"):config.index("\nnav:")]
    (tmp_path / "mkdocs.yml").write_text(f"site_name: t\nuse_directory_urls: true\n{settings}\n{validation}",
                                         encoding="utf-8")
    (tmp_path / "docs" / "chi-tieu").mkdir(parents=True)
    (tmp_path / "docs" / "chi-tieu" / "6-3.md").write_text(
        '# 6.3\n\n<div markdown="1" class="ps-bd" id="theo-xa">\n<h3>Theo xã</h3>\n</div>\n', encoding="utf-8")
    (tmp_path / "docs" / "phan-to").mkdir()
    (tmp_path / "docs" / "phan-to" / "ea-le.md").write_text(
        '# Ea Lê\n\n<table markdown="1" class="ps-table">\n<caption>Số liệu</caption>\n<tbody markdown="1">\n'
        f'<tr markdown="1"><th markdown="span" scope="row">{md_link(target, "6.3", anchor="theo-xa")}</th>'
        '<td>1</td></tr>\n</tbody>\n</table>\n', encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                          capture_output=True, text=True)


def test_mkdocs_resolves_a_link_inside_a_table_and_keeps_the_caption(tmp_path):
    proc = _mkdocs_build(tmp_path, "../chi-tieu/6-3.md")
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "site" / "phan-to" / "ea-le" / "index.html").read_text(encoding="utf-8")
    assert '<th scope="row"><a href="../../chi-tieu/6-3/#theo-xa">6.3</a></th>' in page
    assert re.search(r"<table[^>]*>\s*<caption>Số liệu</caption>", page)


def test_a_broken_internal_link_fails_the_strict_build(tmp_path):
    proc = _mkdocs_build(tmp_path, "../chi-tieu/6-4.md")
    assert proc.returncode != 0
    assert "'../chi-tieu/6-4.md#theo-xa'" in proc.stderr and "not found" in proc.stderr


def test_generated_pages_keep_no_raw_internal_link_mkdocs_cannot_check(built_site):
    """Raw <a href> inside a page's Markdown is left alone by MkDocs and resolved from the .md file by
    Zensical. The only ones left: on index.md pages (their folder is their URL, so both agree) and to
    the offline copy's ZIP, written after the engine runs."""
    docs = built_site.parent / "docs"
    left = []
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'<a [^>]*href="([^"]*)"', text):
            if re.match(r"^[a-z]+:|^#", href) or page.name == "index.md" or href.endswith(".zip"):
                continue
            left.append((page.relative_to(docs).as_posix(), href))
    assert left == []
