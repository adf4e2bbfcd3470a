"""What the importer says lives in one table (generator/documents/importer/messages.py), both languages side by side;
the words it reads in a document live in another (vocabulary.py) and are not messages."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.documents.importer import messages as M
from generator.text.say import Say

DOCUMENTS = Path(M.__file__).parents[1]
# The modules that speak through this table: the importer's, and the reader of the file it imports.
SPEAKERS = [p for p in (*DOCUMENTS.glob("importer/*.py"), DOCUMENTS / "docsource.py", DOCUMENTS / "import_bodies.py")
            if p.name != "messages.py"]
ENTRIES = {name: value for name, value in vars(M).items() if isinstance(value, Say)}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_both_languages_take_the_same_fields(name):
    say = ENTRIES[name]
    assert say.fields("vi") == say.fields("en"), f"{name}: the two languages name different fields"
    assert say.en != say.vi, f"{name}: no English beside the Vietnamese"


def test_every_message_is_said_somewhere():
    code = "\n".join(p.read_text(encoding="utf-8") for p in SPEAKERS)
    unused = [name for name in ENTRIES if not re.search(rf"\bM\.{name}\b", code)]
    assert not unused, f"messages no module uses (delete them): {unused}"


def test_a_refusal_reads_as_before():
    assert M.TOO_LARGE.vi.format(name="a.docx", size=25.4, limit=20) == (
        "Tệp a.docx nặng 25 MB, quá giới hạn 20 MB của một văn bản kế hoạch. Hãy lưu lại văn bản không kèm hình ảnh, "
        "hoặc chép phần chữ ra tệp .txt.")


def test_the_review_list_keeps_the_documents_order():
    """The places a note names are read back from the same entries that wrote them: header first, then paragraphs,
    then tables row by row, then notes about the whole plan."""
    from generator.documents.importer.common import Review
    from generator.documents.importer.write import format_review

    class Draft:
        review = Review([(M.AT_APPENDIX.vi, "d"), (M.WHERE_TABLE.vi.format(n=2) + M.WHERE_ROW.vi.format(row=3), "c"),
                         (M.WHERE_PARAGRAPH.vi.format(n=12), "b"), (M.AT_HEADER.vi, "a")])
    assert format_review(Draft()).splitlines() == [
        "Cần xem lại (4 mục):", "  1. [phần đầu] a", "  2. [đoạn 12] b", "  3. [bảng 2, dòng 3] c", "  4. [phụ lục] d"]
