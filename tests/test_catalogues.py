"""User-facing text lives in catalogues, one per audience, Vietnamese beside English (issue 20).

A catalogue is a module named `messages.py` or `texts.py` made of `Say` entries
(generator/text/say.py). Everywhere else in the engine, a Vietnamese word in a string, a template
or a script is a message written at its call: this test names it. Two kinds of file may hold
Vietnamese words that are not messages, and say so in VOCABULARY: the words the importer *reads*
in a plan document, and the words of the data format (column headers a spreadsheet or CSV is
read by). Comments and docstrings may name a Vietnamese term.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parents[1] / "generator"
VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĂÂĐÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]")   # either case: "BÁO CÁO" is a message too
CATALOGUE_NAMES = {"messages.py", "texts.py"}

# Files whose Vietnamese words are not messages, and why.
VOCABULARY: dict[str, str] = {
    "text/vocabulary.py": "words numbers.py reads in an indicator's unit and name (a rate of change), and the letter "
                          "đ it sorts after d",
    "documents/importer/vocabulary.py": "the words the importer reads in a plan document (kinds, headings, task-line "
                                        "labels, table headers, signature and body-name words; the yearly report "
                                        "reads body names by the same words): what the importer says is in "
                                        "documents/importer/messages.py, what the report says in documents/texts.py",
    "site/assets/javascripts/search-engine.js": "reads what a reader types: folds đ/Đ to d, and the words that "
                                                "name an id's kind (\"nhiệm vụ 2.1\", \"chỉ tiêu 6.10\", \"nhóm 3\")",
}

# Files not yet moved to a catalogue. Only ever shrinks; the test fails when a listed file is clean.
PENDING: set[str] = {
    "staff/newsite.py",
    "staff/reports.py",
    "staff/scaffold.py",
    "staff/sheets.py",
    "staff/xlsx.py",
    "staff/xlsx_breakdowns.py",
    "staff/xlsx_remarks.py",
}


def _py_words(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and id(node) not in docstrings
            and isinstance(node.value, str) and VIETNAMESE.search(node.value)]


def _template_words(path: Path) -> list[str]:
    text = re.sub(r"\{#.*?#\}|<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    return [line.strip() for line in text.splitlines() if VIETNAMESE.search(line)]


def _script_words(path: Path) -> list[str]:
    text = re.sub(r"/\*.*?\*/|(?<![:\\])//[^\n]*", "", path.read_text(encoding="utf-8"), flags=re.S)
    return [line.strip() for line in text.splitlines() if VIETNAMESE.search(line)]


READERS = {".py": _py_words, ".j2": _template_words, ".html": _template_words, ".js": _script_words}


def _engine_files() -> list[str]:
    return sorted(str(p.relative_to(ENGINE)) for p in ENGINE.rglob("*")
                  if p.suffix in READERS and p.name not in CATALOGUE_NAMES and "__pycache__" not in p.parts
                  and "newsite_files" not in p.parts)   # files a new site starts with: content, not messages


@pytest.mark.parametrize("name", _engine_files())
def test_no_message_is_written_at_its_call(name):
    path = ENGINE / name
    words = READERS[path.suffix](path)
    if name in VOCABULARY:
        return
    if name in PENDING:
        assert words, f"{name} has no Vietnamese left: remove it from PENDING"
        return
    assert not words, f"{name} writes user-facing text itself; move it to its audience's catalogue: {words[:5]}"


def test_the_lists_name_files_that_exist():
    files = set(_engine_files())
    assert not (set(VOCABULARY) | PENDING) - files
