"""The page name of a task or indicator id: one function, used by the URLs and by the check that
no two ids of a plan share a page.

Ids are the document's numbering ("1.2", "II", "3.a", "1"): a dot becomes "-" (the URLs the site
has always had), letters, digits and "-" stay, anything else is written as "_", its code point in hex and "_",
so every id gets a stable name that no other character can produce. Two plans may both have an
indicator "1": each plan's pages live under its own prefix (site/urls.py).
"""
from __future__ import annotations

import re

_OTHER = re.compile(r"[^0-9A-Za-z\-]")


def page_name(id_: str) -> str:
    return _OTHER.sub(lambda m: "-" if m[0] == "." else f"_{ord(m[0]):x}_", id_)
