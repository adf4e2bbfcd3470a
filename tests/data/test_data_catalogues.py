"""The data layer's words live in two tables, Vietnamese beside English: data/messages.py (what is
wrong with a file) and data/texts.py (what each field means, how each code and phrase reads)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.data import messages as M
from generator.data import texts as T
from generator.data.problems import from_pydantic
from generator.data.targets import TargetError, describe_target, parse_target
from generator.text.say import Say

DATA = Path(M.__file__).parent
CODE = "\n".join(p.read_text(encoding="utf-8") for p in DATA.glob("*.py") if p.name not in ("messages.py", "texts.py"))


def _entries(module) -> dict[str, Say]:
    """Every Say of a table, those grouped in a dict (by code) named TABLE[code]."""
    out = {}
    for name, value in vars(module).items():
        if isinstance(value, Say):
            out[name] = value
        elif name.isupper() and isinstance(value, dict):
            for key, inner in value.items():
                for k, say in (inner.items() if isinstance(inner, dict) else [(None, inner)]):
                    out[f"{name}[{key}]" + (f"[{k}]" if k else "")] = say
    return out


ENTRIES = {f"M.{n}": s for n, s in _entries(M).items()} | {f"T.{n}": s for n, s in _entries(T).items()}


def _fields(say: Say, lang: str) -> set[str]:
    return {name for name in say.fields(lang) if not name.endswith(("_vi", "_en"))}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_the_english_says_nothing_the_vietnamese_does_not(name):
    """Fields named for one language aside (why_vi, problem_en), the English takes no field the Vietnamese
    lacks; the Vietnamese may say more (how to fix it: the range written the right way round)."""
    say = ENTRIES[name]
    assert say.vi and say.en, f"{name}: a language is missing"
    assert _fields(say, "en") <= _fields(say, "vi"), f"{name}: the English names fields the Vietnamese lacks"


@pytest.mark.parametrize("module, alias", [(M, "M"), (T, "T")])
def test_every_entry_is_used(module, alias):
    names = [name for name, value in vars(module).items() if name.isupper() and isinstance(value, (Say, dict))]
    unused = [n for n in names if not re.search(rf"\b{alias}\.{n}\b", CODE)]
    assert not unused, f"entries nothing uses (delete them): {unused}"


def test_the_checks_take_a_shared_message_from_here():
    """Said by the loader and by the checks: one entry, in the lower layer."""
    from generator.checks import messages as checks_messages
    assert checks_messages.NO_PLAN is M.NO_PLAN and checks_messages.OR is M.OR


def test_a_pydantic_error_reads_in_both_languages():
    err = {"type": "missing", "loc": ("agency",), "msg": "Field required", "input": {}}
    assert from_pydantic(err) == ("Thiếu khóa bắt buộc 'agency'", "Required key 'agency' is missing", None, None)


def test_an_unreadable_target_says_why_in_both_languages():
    with pytest.raises(TargetError) as err:
        parse_target("9-2")
    assert str(err.value) == err.value.vi == "Khoảng mục tiêu '9-2' có đầu dưới lớn hơn đầu trên; hãy viết số nhỏ trước: '2-9'."
    assert err.value.en == "Range '9-2' has its lower end above its upper end; swap them."


def test_a_target_reads_aloud_from_the_table():
    assert describe_target(parse_target("2-2,5"), "%") == "từ 2 đến 2,5 %"
    assert describe_target(parse_target("-"), "%") == T.NO_TARGET.vi
