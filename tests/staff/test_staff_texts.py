"""What staff read (generator/staff/texts.py): both languages take the same fields, every entry is used."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.staff import texts as T
from generator.text.say import Say

ENGINE = Path(T.__file__).resolve().parents[1]
ENTRIES = {name: value for name, value in vars(T).items() if isinstance(value, Say)}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_the_english_takes_the_fields_of_the_vietnamese(name):
    assert ENTRIES[name].fields("en") == ENTRIES[name].fields("vi")


def test_every_entry_is_used():
    code = "\n".join(p.read_text(encoding="utf-8") for p in [ENGINE / "cli.py", *(ENGINE / "staff").glob("*.py")]
                     if p.name != "texts.py")
    assert [name for name in ENTRIES if not re.search(rf"\bT\.{name}\b", code)] == []
