"""What computed figures say lives in one table (generator/compute/texts.py), both languages side by side."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.compute import texts as T
from generator.compute.status import LABELS, STATUSES
from generator.text.say import Say

COMPUTE = Path(T.__file__).parent
CODE = "\n".join(p.read_text(encoding="utf-8") for p in COMPUTE.glob("*.py") if p.name != "texts.py")
ENTRIES = {name: value for name, value in vars(T).items() if isinstance(value, Say)}
ENTRIES |= {f"{name}[{k}]": say for name, table in vars(T).items() if name.isupper() and isinstance(table, dict)
            for k, say in table.items()}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_both_languages_take_the_same_fields(name):
    say = ENTRIES[name]
    assert say.vi and say.en
    assert say.fields("vi") == say.fields("en"), f"{name}: the languages name different fields"


def test_every_entry_is_used():
    unused = [name for name, value in vars(T).items() if name.isupper() and isinstance(value, (Say, dict))
              and not re.search(rf"\bT\.{name}\b", CODE)]
    assert not unused, f"entries nothing uses (delete them): {unused}"


def test_every_status_has_its_label_in_the_table():
    assert set(T.STATUSES) == set(STATUSES)
    assert LABELS == {s: T.STATUSES[s].vi for s in STATUSES}
