"""The checks' messages live in one table (generator/checks/messages.py), both languages side by side."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.checks import messages as M

CHECKS = Path(M.__file__).parent
# Modules whose every message comes from the table: no Vietnamese words left at a call.
# Add a module here once its messages have moved.
CATALOGUED = ("checker.py", "bodies.py", "plans.py", "tasks.py")
VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
ENTRIES = {name: value for name, value in vars(M).items() if isinstance(value, M.Say)}


def _fields(say: M.Say, lang: str) -> set[str]:
    return {re.sub(r"_(vi|en)$", "", name) for name in say.fields(lang)}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_the_english_says_nothing_the_vietnamese_does_not(name):
    """Same fields in both (what_vi/what_en count as one); the Vietnamese may add its own words
    for a code (a change kind's label), never the other way round."""
    say = ENTRIES[name]
    assert _fields(say, "en") <= _fields(say, "vi"), f"{name}: the English names fields the Vietnamese lacks"


def test_every_message_is_said_somewhere():
    code = "\n".join(p.read_text(encoding="utf-8") for p in CHECKS.glob("*.py") if p.name != "messages.py")
    unused = [name for name in ENTRIES if not re.search(rf"\bM\.{name}\b", code)]
    assert not unused, f"messages no check uses (delete them): {unused}"


@pytest.mark.parametrize("module", CATALOGUED)
def test_a_catalogued_module_words_no_message_itself(module):
    tree = ast.parse((CHECKS / module).read_text(encoding="utf-8"))
    words = [node.value for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and VIETNAMESE.search(node.value)]
    assert not words, f"{module} words messages at the call; move them to messages.py: {words}"


def test_a_message_fills_its_fields_in_both_languages():
    assert M.MILESTONE_OUTSIDE(year=2031, start=2024, end=2030) == (
        "Mốc 2031 nằm ngoài thời kỳ của kế hoạch (2024–2030).", "Milestone 2031 is outside the plan period (2024–2030).")
