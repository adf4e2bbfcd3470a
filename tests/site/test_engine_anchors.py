"""The anchors MkDocs checks links against are found by a scan (site/engine_anchors.py) that gives the
ids MkDocs' own HTML parser gives: on every page the shipped site is built from, and on odd HTML."""
from __future__ import annotations

import pytest

from generator.site.engine_anchors import anchor_ids


def mkdocs_ids(text: str) -> set[str]:
    from mkdocs.structure.pages import _HTMLHandler
    parser = _HTMLHandler()
    parser.feed(text)
    parser.close()
    return parser.present_anchor_ids


def test_every_built_page_has_the_ids_mkdocs_would_find(built_site):
    docs = built_site.parent / "docs"
    pages = sorted(docs.rglob("*.md"))
    assert len(pages) > 150
    different = [p.relative_to(docs).as_posix() for p in pages
                 if anchor_ids(p.read_text(encoding="utf-8")) != mkdocs_ids(p.read_text(encoding="utf-8"))]
    assert different == []


@pytest.mark.parametrize("html", [
    '<div id="a"><a name="b">x</a><span name="not-an-anchor" ID=\'c\'></span></div>',
    "<p id=plain class=x>t</p><h2 data-id=\"no\" id = \"spaced\">h</h2>",
    '<!-- <div id="in-a-comment"> --><script>var s = "<div id=\'in-a-script\'>";</script><i id="x&amp;y"></i>',
    '<table markdown="1"><tr markdown="1"><td id="t1" markdown="span">[a](b.md)</td></tr></table>',
    "text with a < sign and <b>bold</b> <br/> <img id=\"pic\" src=\"a.png\"/>",
])
def test_odd_html_gives_the_same_ids(html):
    assert anchor_ids(html) == mkdocs_ids(html)
