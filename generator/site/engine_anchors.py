"""MkDocs' search for the anchors of a page's raw HTML, by regular expression.

For `validation.anchors`, MkDocs 1.6 runs Python's HTMLParser over each page's whole Markdown to find
the `id`s (and `<a name>`s) a link may point to. Generated pages are mostly raw HTML, so that pass
parses every page a second time (Python-Markdown's md_in_html parses it first), and it is a tenth
of a build at 10 plans. The same ids come out of a scan for start tags: 0.46 s instead of 2.97 s
for 1,930 pages, with the same ids on every page of the shipped site and of a 10-plan family
(tests/site/test_engine_anchors.py compares with MkDocs' own parser on every page we build).
Comments, scripts and styles are skipped, as HTMLParser does; values are unescaped as it does.
MkDocs 1.6 is its last release, so `_RawHTMLPreprocessor` will not change under us.
"""
from __future__ import annotations

import html
import re

TAG = re.compile(r"<([a-zA-Z][^\s/>]*)((?:\s+[^\s/>=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>")
ATTRIBUTE = re.compile(r"""([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
NOT_MARKUP = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.S | re.I)


def anchor_ids(text: str) -> set[str]:
    ids = set()
    for tag in TAG.finditer(NOT_MARKUP.sub("", text)):
        name, attributes = tag.group(1).lower(), tag.group(2)
        if "id" not in attributes and "name" not in attributes:
            continue
        for attribute in ATTRIBUTE.finditer(attributes):
            key = attribute.group(1).lower()
            if key == "id" or (key == "name" and name == "a"):
                value = next((v for v in attribute.group(2, 3, 4) if v is not None), None)
                ids.add(html.unescape(value) if value else value)
    return ids


def install() -> None:
    from mkdocs.structure.pages import _RawHTMLPreprocessor

    def run(self, lines: list[str]) -> list[str]:
        self.present_anchor_ids = anchor_ids("\n".join(lines))
        return lines

    _RawHTMLPreprocessor.run = run
