"""What the number readers say lives in one table (generator/text/messages.py), both languages side by side."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.text import messages as M
from generator.text.numbers import ReadingError, impossible, parse_number, read_reported
from generator.text.say import Say

CODE = (Path(M.__file__).parent / "numbers.py").read_text(encoding="utf-8")
ENTRIES = {name: value for name, value in vars(M).items() if isinstance(value, Say)}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_the_english_says_nothing_the_vietnamese_does_not(name):
    say = ENTRIES[name]
    one_language = ("_vi", "_en")
    vi = {f for f in say.fields("vi") if not f.endswith(one_language)}
    en = {f for f in say.fields("en") if not f.endswith(one_language)}
    assert say.vi and say.en and en <= vi, f"{name}: the English names fields the Vietnamese lacks"


def test_every_entry_is_used():
    unused = [name for name in ENTRIES if not re.search(rf"\bM\.{name}\b", CODE)]
    assert not unused, f"entries nothing uses (delete them): {unused}"


def test_a_refusal_reads_in_both_languages():
    with pytest.raises(ReadingError) as err:
        read_reported("1.500")
    assert str(err.value).startswith("'1.500' có hai cách đọc: 1,5 (nếu dấu chấm là dấu thập phân) hoặc 1500")
    assert err.value.en.startswith("'1.500' reads two ways: 1.5 (a decimal point) or 1500")
    with pytest.raises(ValueError, match="^'abc' không phải là số; hãy nhập một số, ví dụ 3,8$"):
        parse_number("abc")
    assert impossible(-1, "người", "Số người", []) == ("−1 người là số âm; chỉ tiêu này không thể âm.",
                                                        "−1 người is negative; this indicator cannot be.")
