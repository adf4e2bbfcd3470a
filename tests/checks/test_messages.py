"""The checks' messages live in one table (generator/checks/messages.py), both languages side by side."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.checks import messages as M

CHECKS = Path(M.__file__).parent
# Every module of checks/ takes its messages from the table: no Vietnamese words left at a call.
CATALOGUED = sorted(p.name for p in CHECKS.glob("*.py") if p.name != "messages.py")
VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĂÂĐÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]")
ENTRIES = {name: value for name, value in vars(M).items() if isinstance(value, M.Say)}


def _fields(say: M.Say, lang: str) -> set[str]:
    return {name for name in say.fields(lang) if not name.endswith(("_vi", "_en"))}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_the_english_says_nothing_the_vietnamese_does_not(name):
    """The same fields in both, apart from those named for one language (date_vi, why_en); the
    Vietnamese may add its own words for a code (a change kind's label), never the other way round."""
    say = ENTRIES[name]
    assert _fields(say, "en") <= _fields(say, "vi"), f"{name}: the English names fields the Vietnamese lacks"


def test_every_message_is_said_somewhere():
    code = "\n".join(p.read_text(encoding="utf-8") for p in CHECKS.glob("*.py") if p.name != "messages.py")
    names = [name for name in vars(M) if name.isupper()]
    unused = [name for name in names if not re.search(rf"\bM\.{name}\b", code)]
    assert not unused, f"messages no check uses (delete them): {unused}"


@pytest.mark.parametrize("module", CATALOGUED)
def test_a_catalogued_module_words_no_message_itself(module):
    tree = ast.parse((CHECKS / module).read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)   # may name a Vietnamese term: not a message
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    words = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and id(node) not in docstrings
             and isinstance(node.value, str) and VIETNAMESE.search(node.value)]
    assert not words, f"{module} words messages at the call; move them to messages.py: {words}"


def test_a_message_fills_its_fields_in_both_languages():
    assert M.MILESTONE_OUTSIDE(year=2031, start=2024, end=2030) == (
        "Mốc 2031 nằm ngoài thời kỳ của kế hoạch (2024–2030).", "Milestone 2031 is outside the plan period (2024–2030).")
