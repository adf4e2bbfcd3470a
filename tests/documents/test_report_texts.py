"""What the yearly report says lives in one table (generator/documents/texts.py), both languages side by side."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.documents import texts as T
from generator.text.say import Say

DOCUMENTS = Path(T.__file__).parent
SPEAKERS = [DOCUMENTS / "yearly_report.py", DOCUMENTS / "yearly_docx.py"]
ENTRIES = {name: value for name, value in vars(T).items() if isinstance(value, Say)}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_both_languages_take_the_same_fields(name):
    say = ENTRIES[name]
    assert say.fields("vi") == say.fields("en"), f"{name}: the two languages name different fields"
    assert say.en != say.vi, f"{name}: no English beside the Vietnamese"


def test_every_text_is_written_somewhere():
    code = "\n".join(p.read_text(encoding="utf-8") for p in SPEAKERS)
    # An entry is used by name (T.NAME), or through a table of this catalogue the code reads (SIGNER_BY_NAME).
    tables = "\n".join(repr(v) for v in vars(T).values() if isinstance(v, tuple))
    unused = [name for name, say in ENTRIES.items()
              if not re.search(rf"\bT\.{name}\b", code) and repr(say) not in tables]
    assert not unused, f"texts no document writes (delete them): {unused}"


def test_the_signature_block_names_the_head_by_the_kind_of_body():
    from generator.documents.yearly_report import _signer_title
    assert _signer_title("Phòng Giáo dục và Đào tạo") == "TRƯỞNG PHÒNG"
    assert _signer_title("Văn phòng HĐND và UBND huyện") == "CHÁNH VĂN PHÒNG"
    assert _signer_title("Trung tâm Y tế") == "GIÁM ĐỐC"
    assert _signer_title("Hội Nông dân huyện") == "THỦ TRƯỞNG CƠ QUAN"


def test_a_text_fills_its_fields():
    assert T.REPORTED.vi.format(sent=3, expected=5, year=2025, on_time=2, deadline="15/12/2025") == (
        "Có 3/5 cơ quan, đơn vị đã gửi báo cáo năm 2025: 2 đúng hạn (trước ngày 15/12/2025)")
