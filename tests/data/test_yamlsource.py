"""Reading YAML safely: what gets refused, and where the reader says the mistake is."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.data import yamlsource
from generator.data.yamlsource import MAX_BYTES, MAX_DEPTH, YamlError, load_yaml, parse_yaml

ROOT = Path(__file__).resolve().parents[2]


def error(text: str) -> YamlError:
    with pytest.raises(YamlError) as info:
        parse_yaml(text)
    return info.value


def line_with(text: str, marker: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if marker in line)


def test_positions_of_values_and_keys():
    text = "agency: phong-noi-vu\nindicators:\n  - id: '6.10'\n    value: 6.10\n"
    data, pos = parse_yaml(text)
    assert data == {"agency": "phong-noi-vu", "indicators": [{"id": "6.10", "value": 6.1}]}
    assert pos.of(("indicators", 0, "value")) == (4, 12)
    assert pos.of(("indicators", 0, "value"), key=True) == (4, 5)
    assert pos.of(("indicators", 0, "missing")) == (3, 5)  # nearest existing ancestor
    assert pos.text(("indicators", 0, "value")) == "6.10"  # what was typed, before YAML made it 6.1
    assert pos.text(("indicators", 0, "id")) is None       # quoted text is kept as it is


def test_empty_and_comment_only_text_is_no_data():
    assert parse_yaml("")[0] is None
    assert parse_yaml("# chỉ có chú thích\n")[0] is None


def test_every_duplicate_key_is_reported_with_the_first_line():
    text = "year: 2025\nagency: a\nyear: 2026\nindicators:\n  - id: '1.1'\n    kind: so-bo\n    kind: chinh-thuc\n"
    problems = [(e.line, e.message_vi) for e in error(text).all()]
    assert problems == [(3, "Khóa 'year' xuất hiện hai lần (lần đầu ở dòng 1); hãy xoá một lần."),
                        (7, "Khóa 'kind' xuất hiện hai lần (lần đầu ở dòng 6); hãy xoá một lần.")]


def test_keys_are_kept_as_written_and_must_be_plain():
    data, _ = parse_yaml("1.10: a\n1.1: b\n")
    assert data == {"1.10": "a", "1.1": "b"}  # not one key "1.1" twice
    for text in ("~: 1\n", "true: 1\n", "[a, b]: 1\n"):
        assert "Khóa phải là một chữ đơn giản" in error(text).message_vi, text


def test_aliases_are_refused_even_small_ones():
    e = error("a: &x 1\nb: *x\n")
    assert (e.line, e.column) == (2, 4)
    assert "bí danh" in e.message_vi and "alias" in e.message_en


def test_billion_laughs_is_refused_at_once():
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{cur}: &{cur} [{', '.join([f'*{prev}'] * 9)}]")
    started = time.perf_counter()
    e = error("\n".join(lines))
    assert time.perf_counter() - started < 1
    assert e.line == 2


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/name:os.system",
                                 "!!python/object:object", "!!binary", "!!set", "!local"])
def test_tags_that_build_objects_are_refused(tag, tmp_path):
    e = error(f"agency: a\nillustrative: {tag} ['{tmp_path}/x']\n")
    assert (e.line, e.column) == (2, 15)
    assert tag in e.message_vi
    assert not (tmp_path / "x").exists()


def test_plain_tags_are_fine():
    assert parse_yaml("a: !!str 2025\nb: !!int '7'\n")[0] == {"a": "2025", "b": 7}


@pytest.mark.parametrize("text", [
    "x: " + "[" * 5000 + "]" * 5000 + "\n",
    "x: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n",
    "".join("  " * i + f"k{i}:\n" for i in range(1000)) + "  " * 1000 + "v\n",
], ids=["flow-lists", "flow-maps", "block"])
def test_deep_nesting_is_refused_not_a_recursion_error(text):
    assert "lồng nhau quá sâu" in error(text).message_vi


def test_nesting_within_the_limit_is_fine():
    depth = MAX_DEPTH - 2
    data, _ = parse_yaml("x: " + "[" * depth + "1" + "]" * depth + "\n")
    data = data["x"]
    for _ in range(depth):
        data = data[0]
    assert data == 1


def test_oversized_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.yml"
    path.write_bytes(b"a: 1\n" + b"#" * (MAX_BYTES + 1))
    e = pytest.raises(YamlError, load_yaml, path).value
    assert (e.line, "MB") == (1, "MB") and "MB" in e.message_vi
    assert "MB" in error("a: '" + "x" * MAX_BYTES + "'\n").message_vi


def test_non_utf8_points_at_the_first_bad_byte(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes("agency: a\n# Báo cáo\nyear: 2025\n".encode("cp1258"))
    e = pytest.raises(YamlError, load_yaml, path).value
    assert (e.line, e.column) == (2, 4)  # the 'á' of "Báo"
    assert "UTF-8" in e.message_vi


def test_utf16_is_named(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes("agency: a\n".encode("utf-16"))
    assert "UTF-16" in pytest.raises(YamlError, load_yaml, path).value.message_vi


def test_utf8_bom_and_windows_line_ends_are_fine(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes(b"\xef\xbb\xbfagency: a\r\nname: \xc4\x90\xe1\xba\xa3m b\xe1\xba\xa3o\r\n")
    data, pos = load_yaml(path)
    assert data == {"agency": "a", "name": "Đảm bảo"}
    assert pos.of(("name",)) == (2, 7)


def test_control_character_is_located():
    text = "agency: a\nsource: 'Sở\x08 Y tế'\n"
    e = error(text)
    assert (e.line, e.column) == (2, text.splitlines()[1].index("\x08") + 1)
    assert "U+0008" in e.message_vi


def test_invalid_date_is_explained():
    e = error("agency: a\nsubmitted: 2025-02-30\n")
    assert (e.line, e.column) == (2, 12)
    assert "YYYY-MM-DD" in e.message_vi and "2025-02-30" in e.message_vi


# The line a person has to fix, marked with #<-, for mistakes PyYAML notices later.
SYNTAX = {
    "missing colon": ("agency: a\nindicators:\n  - id: '6.2'\n    kind so-bo #<-\n    source: x\n", "hai chấm"),
    "missing colon, last key": ("agency: a\nyear 2025 #<-\n", "hai chấm"),
    "quote never closed": ("agency: a\nindicators:\n  - id: '6.2'\n    source: \"Sở Y tế #<-\n", "dấu nháy"),
    "quote closed on a later line": ("agency: a\nindicators:\n  - id: '6.2'\n    source: \"Sở Y tế #<-\n"
                                     "    kind: \"so-bo\"\n    note: x\n", "dấu nháy"),
    "tab": ("agency: a\nindicators:\n  - id: '6.2'\n\tkind: so-bo #<-\n", "Tab"),
    "indented too far": ("agency: a\nindicators:\n  - id: '6.2'\n      kind: so-bo #<-\n", "thụt lề"),
    "indented too little": ("agency: a\nindicators:\n  - id: '6.2'\n   kind: so-bo #<-\n", "thụt lề"),
    "colon in a value": ("agency: a\nnote: Ghi chú: xem báo cáo #<-\n", "dấu ':'"),
    "list never closed": ("agency: a\ntasks: ['1.1', '1.2' #<-\nyear: 2025\n", "']'"),
    "second document": ("agency: a\n--- #<-\nyear: 2025\n", "---"),
}


@pytest.mark.parametrize("case", SYNTAX, ids=list(SYNTAX))
def test_syntax_error_is_on_the_line_to_fix(case):
    text, says = SYNTAX[case]
    e = error(text)
    assert e.line == line_with(text, "#<-"), e.message_en
    assert e.message_vi.startswith("Lỗi cú pháp YAML: ") and says in e.message_vi
    assert "token" not in e.message_vi and "<block" not in e.message_vi  # no PyYAML jargon for staff
    assert e.message_en.startswith("YAML syntax error: ")


@pytest.mark.skipif(yamlsource._FastComposer is None, reason="PyYAML without libyaml")
def test_fast_and_careful_readers_agree_on_the_shipped_files(monkeypatch):
    files = sorted([*ROOT.glob("plan/*.yml"), *ROOT.glob("plan/*/*.yml"), *ROOT.glob("indicators/*/*.yml"),
                     *ROOT.glob("progress/*/*/*.yml")])
    fast = [load_yaml(p) for p in files]
    monkeypatch.setattr(yamlsource, "_FastComposer", None)
    careful = [load_yaml(p) for p in files]
    assert fast == careful  # same data, same line and column for every value


def test_two_entries_run_together_are_one_missing_marker_not_duplicate_keys():
    text = ("indicators:\n"
            "  - id: '6.2'\n    value: '33'\n    kind: so-bo\n"
            "    id: '6.3'\n    value: '94,6'\n    kind: so-bo\n")
    err = error(text)
    assert [e.line for e in err.all()] == [line_with(text, "'6.3'")]   # one mistake, not three
    assert "thiếu dấu '- ' trước 'id'" in err.message_vi and "xoá" not in err.message_vi
    data, _ = err.partial                                              # the rest can still be checked
    assert data["indicators"][0] == {"id": "6.2", "value": "33", "kind": "so-bo"}


def test_a_real_duplicate_key_still_says_remove_one():
    err = error("agency: a\nyear: 2025\nagency: b\n")
    assert "xuất hiện hai lần" in err.message_vi


def test_non_breaking_space_indentation_is_named():
    text = "indicators:\n  - id: '6.2'\n\u00a0   value: '33'\n"
    err = error(text)
    assert err.line == 3 and "dấu cách không ngắt" in err.message_vi


def test_kept_parses_give_what_parsing_gives_and_never_a_stale_or_broken_file(tmp_path, monkeypatch):
    store = tmp_path / "cache" / "parsed.pickle"
    f = tmp_path / "report.yml"
    f.write_text("agency: phong-noi-vu\nindicators:\n  - id: '6.10'\n    value: 6.10\n", encoding="utf-8")
    fresh = load_yaml(f)
    with yamlsource.keeping_parses(store):
        first = load_yaml(f)
    assert first == fresh and store.is_file()
    calls = []
    monkeypatch.setattr(yamlsource, "parse_yaml", lambda text: calls.append(text) or parse_yaml(text))
    with yamlsource.keeping_parses(store):
        kept = load_yaml(f)
        kept[0]["agency"] = "changed by a caller"       # a copy: the store is not changed
        assert load_yaml(f)[0]["agency"] == "phong-noi-vu"
    assert kept[1] == fresh[1] and not calls            # read from the store, positions included
    f.write_text("agency: phong-y-te\n", encoding="utf-8")
    with yamlsource.keeping_parses(store):
        assert load_yaml(f)[0] == {"agency": "phong-y-te"}   # new bytes: parsed again
        f.write_text("agency: a\nagency: b\n", encoding="utf-8")
        with pytest.raises(YamlError):                    # a mistake is reported as without the store
            load_yaml(f)
    assert len(calls) == 2
    store.write_bytes(b"not a pickle")                     # a damaged store: parse again
    f.write_text("agency: phong-y-te\n", encoding="utf-8")
    with yamlsource.keeping_parses(store):
        assert load_yaml(f)[0] == {"agency": "phong-y-te"}
