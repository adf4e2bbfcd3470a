"""One entry of a text catalogue: the Vietnamese and the English of one message, side by side.

Each audience keeps its own catalogue of these (the checks' messages in checks/messages.py, and
one module per other audience); tests/test_catalogues.py finds Vietnamese words left at a call.
Why a typed table rather than gettext is written in checks/messages.py.
"""
from __future__ import annotations

import string
from dataclasses import dataclass


@dataclass(frozen=True)
class Say:
    vi: str
    en: str

    def __call__(self, **fields) -> tuple[str, str]:
        return self.vi.format(**fields), self.en.format(**fields)

    def fields(self, lang: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(getattr(self, lang)) if name}
