"""A Python-Markdown extension: <caption> is a block-level element.

Generated pages link with Markdown links inside HTML tables marked markdown="1" (md_in_html), the form
every engine resolves. Python-Markdown does not list <caption> among block-level elements, so inside
such a table it wraps the caption in <p>, which a browser then moves out of the table. Listed in
mkdocs.yml (`generator.site.markdown_blocks`), so MkDocs, ProperDocs and Zensical all load it.
"""
from __future__ import annotations

from markdown.extensions import Extension


class BlockCaption(Extension):
    def extendMarkdown(self, md):
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")


def makeExtension(**kwargs):
    return BlockCaption(**kwargs)
