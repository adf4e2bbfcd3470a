"""What the open data tells its readers lives in one table (generator/opendata/texts.py), both languages
side by side; the column names, the data format, stay in export.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.opendata import export
from generator.opendata import texts as T
from generator.text.say import Say

CODE = (Path(T.__file__).parent / "export.py").read_text(encoding="utf-8")
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


def test_every_column_is_described_and_every_description_is_a_column(project):
    assert list(T.DOCUMENT_FIELDS) == export.DOCUMENT_COLUMNS
    assert set(T.PROGRESS_FIELDS) == {"plan", *export.PROGRESS_COLUMNS}
    named_from_the_plan = {export.target_column(m) for m in project.milestones}
    named_from_the_plan |= {export.baseline_column(b) for b in project.plan.baselines}
    named_from_the_plan |= {export.mark_column(m) for m in project.plan.marks}
    assert set(T.INDICATOR_FIELDS) == set(export.indicator_columns(project, with_plan=True)) - named_from_the_plan
