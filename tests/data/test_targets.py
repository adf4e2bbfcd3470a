"""Targets: every string the appendix uses, kept as written and parsed."""
from __future__ import annotations

import unicodedata

import pytest

from generator.data.targets import (
    OPS,
    Target,
    TargetError,
    describe_target,
    gap,
    is_met,
    level_index,
    parse_target,
)

from conftest import SEED  # noqa: E402

# The four qualitative scales, as declared in indicators/*.yml.
SCHOOL = ["Mầm non", "Tiểu học", "THCS", "THPT"]                                       # 4.8
SAFETY = ["Chưa đảm bảo", "Đảm bảo", "Đảm bảo vững"]                                    # 7.1
DISEASE = ["Chưa giải quyết", "Giải quyết một phần", "Giải quyết"]                       # 7.10
HOUSING = ["Chưa giải quyết", "Giải quyết một phần", "Giải quyết cơ bản", "Giải quyết dứt điểm"]  # 9.2


def num(v):
    return {"kind": "number", "op": "=", "value": v}


def cmp(op, v):
    return {"kind": "comparison", "op": op, "value": v}


def rng(lo, hi):
    return {"kind": "range", "low": lo, "high": hi}


def qual(level):
    return {"kind": "qualitative", "level": level}


NONE = {"kind": "none"}

# Every distinct string in the 2025 and 2030 columns of the appendix → (levels, parsed fields).
APPENDIX_TARGETS = {
    "": (None, NONE), "-": (None, NONE),
    "100": (None, num(100)), "<4": (None, cmp("<", 4)), "2-2,5": (None, rng(2, 2.5)),
    "<70": (None, cmp("<", 70)), "<60": (None, cmp("<", 60)),
    "85": (None, num(85)), "80": (None, num(80)), "20": (None, num(20)), "25": (None, num(25)),
    "11": (None, num(11)), "15": (None, num(15)), "30": (None, num(30)), "45": (None, num(45)),
    "60": (None, num(60)), "2,5": (None, num(2.5)), "5": (None, num(5)), "50": (None, num(50)),
    "93": (None, num(93)), "95": (None, num(95)), "35": (None, num(35)), "98": (None, num(98)),
    "Tiểu học": (SCHOOL, qual("Tiểu học")), "THCS": (SCHOOL, qual("THCS")),
    "90": (None, num(90)), "5,5": (None, num(5.5)), "4": (None, num(4)), "1,5": (None, num(1.5)),
    "70": (None, num(70)), "0": (None, num(0)), "≥1": (None, cmp("≥", 1)),
    "30 - 35": (None, rng(30, 35)), "35 - 40": (None, rng(35, 40)), "95 - 97": (None, rng(95, 97)),
    "62,5": (None, num(62.5)), ">70": (None, cmp(">", 70)),
    "99,5": (None, num(99.5)), "99,6": (None, num(99.6)), "91": (None, num(91)), "92": (None, num(92)),
    "99,3": (None, num(99.3)), "99,8": (None, num(99.8)), "97": (None, num(97)),
    "Chưa đảm bảo": (SAFETY, qual("Chưa đảm bảo")), "Đảm bảo vững": (SAFETY, qual("Đảm bảo vững")),
    "73,8": (None, num(73.8)), "74": (None, num(74)), "15,7": (None, num(15.7)), "18": (None, num(18)),
    "5,60": (None, num(5.6)), "6,70": (None, num(6.7)), "1,6": (None, num(1.6)), "2,2": (None, num(2.2)),
    "8,27": (None, num(8.27)), "9,66": (None, num(9.66)), ">90": (None, cmp(">", 90)),
    "25,8": (None, num(25.8)), "24,6": (None, num(24.6)),
    "Giải quyết": (DISEASE, qual("Giải quyết")), "65": (None, num(65)), "40": (None, num(40)),
    "Giải quyết cơ bản": (HOUSING, qual("Giải quyết cơ bản")), "20,5": (None, num(20.5)),
    "65 - 70": (None, rng(65, 70)), "70 - 75": (None, rng(70, 75)), "55-60": (None, rng(55, 60)),
    "10": (None, num(10)),
}


@pytest.mark.parametrize(("text", "levels", "fields"), [(t, lv, f) for t, (lv, f) in APPENDIX_TARGETS.items()],
                         ids=lambda v: repr(v) if isinstance(v, str) else "")
def test_every_appendix_target_parses(text, levels, fields):
    t = parse_target(text, levels)
    assert t == Target(text=text, **fields)
    assert t.text == text  # kept exactly as written


@pytest.mark.parametrize("text", [t for t, (lv, _) in APPENDIX_TARGETS.items() if lv])
def test_qualitative_appendix_targets_need_levels(text):
    with pytest.raises(TargetError, match="levels"):
        parse_target(text)


def _appendix_cells(seed: str) -> set[str]:
    lines = seed.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("TT\tChỉ tiêu\t"))
    cells = set()
    for line in lines[start + 2:]:
        cols = (line.split("\t") + [""] * 6)[:6]
        if cols[0].strip():
            cells.update(cols[3:5])
    return cells


def test_table_covers_every_target_in_the_appendix():
    cells = _appendix_cells(SEED.read_text(encoding="utf-8"))
    assert cells == set(APPENDIX_TARGETS)


# --- parse rules beyond the appendix -------------------------------------------------------------

@pytest.mark.parametrize(("text", "fields"), [
    (None, NONE),
    ("  ", NONE),
    (" - ", NONE),
    ("<= 4", cmp("≤", 4)),
    (">=1", cmp("≥", 1)),
    ("≤4", cmp("≤", 4)),
    ("≥ 1", cmp("≥", 1)),
    ("< 4", cmp("<", 4)),
    ("2–2,5", rng(2, 2.5)),         # en dash
    ("2 — 2,5", rng(2, 2.5)),       # em dash
    ("5-5", rng(5, 5)),
    ("1.000", num(1000)),
    ("1.234,5", num(1234.5)),
    (" 62,5 ", num(62.5)),
])
def test_parse_forms(text, fields):
    t = parse_target(text)
    assert t == Target(text="" if text is None else text, **fields)
    assert t.op is None or t.op in OPS or t.op == "="


@pytest.mark.parametrize(("text", "in_message"), [
    ("Tiểu học", "levels"),
    ("abc", "levels"),
    ("3.8", "hãy nhập 3,8"),
    ("<3.8", "hãy nhập 3,8"),
    ("2.5-3", "hãy nhập 2,5"),
    ("2,5-2", "'2-2,5'"),
    ("5%", "không kèm đơn vị"),
    ("<4%", "không kèm đơn vị"),
    ("-5", "số âm"),
    ("=5", "Các dạng được chấp nhận"),
    ("<", "Các dạng được chấp nhận"),
    ("1-2-3", "Các dạng được chấp nhận"),
    ("≈5", "Các dạng được chấp nhận"),
])
def test_parse_errors_explain_the_fix(text, in_message):
    with pytest.raises(TargetError) as err:
        parse_target(text)
    assert in_message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_levels_match_after_nfc_and_whitespace_but_keep_text():
    decomposed = unicodedata.normalize("NFD", "Tiểu  học ")
    t = parse_target(decomposed, SCHOOL)
    assert t.kind == "qualitative" and t.level == "Tiểu học" and t.text == decomposed


@pytest.mark.parametrize("text", ["", "-", None])
def test_levels_allow_no_target(text):
    assert parse_target(text, SCHOOL).kind == "none"


@pytest.mark.parametrize("text", ["Đại học", "100", "tiểu học"])
def test_unknown_level_lists_the_scale(text):
    with pytest.raises(TargetError) as err:
        parse_target(text, SCHOOL)
    assert all(f"'{lv}'" in str(err.value) for lv in SCHOOL)


def test_empty_scale_is_reported():
    with pytest.raises(TargetError, match="thang mức"):
        parse_target("Tiểu học", [])


# --- describe_target -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit", "levels", "expected"), [
    ("<4", "%", None, "dưới 4 %"),
    ("<=4", "%", None, "không quá 4 %"),
    (">70", "%", None, "trên 70 %"),
    ("≥1", "Người", None, "ít nhất 1 Người"),
    ("2-2,5", "%", None, "từ 2 đến 2,5 %"),
    ("30 - 35", "%", None, "từ 30 đến 35 %"),
    ("62,5", "%", None, "62,5 %"),
    ("5,60", "người", None, "5,6 người"),
    ("20,5", "m² sàn/người", None, "20,5 m² sàn/người"),
    ("4", "%/năm", None, "4 %/năm"),
    ("1,5", "Lần", None, "1,5 Lần"),
    ("100", "", None, "100"),
    ("-", "%", None, "không đặt mục tiêu"),
    ("", "%", None, "để trống trong kế hoạch"),
    ("THCS", "Bậc học", SCHOOL, "mức “THCS” trở lên"),
    ("THPT", "Bậc học", SCHOOL, "mức “THPT”"),
    ("Đảm bảo vững", "Mức độ", SAFETY, "mức “Đảm bảo vững”"),
])
def test_describe_target(text, unit, levels, expected):
    t = parse_target(text, levels)
    assert describe_target(t, unit, levels) == expected


def test_describe_qualitative_without_scale_names_the_level():
    assert describe_target(parse_target("THCS", SCHOOL), "Bậc học") == "mức “THCS”"


# --- is_met and gap --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "direction", "value", "met", "distance"), [
    # comparisons obey the operator, whatever the direction
    ("<4", "lower", 3.9, True, 0),
    ("<4", "lower", 4, False, 0),        # on a strict bound: not met, nothing left to measure
    ("<4", "lower", 5.5, False, 1.5),
    ("<=4", "lower", 4, True, 0),
    (">70", "higher", 70, False, 0),
    (">70", "higher", 70.1, True, 0),
    (">70", "higher", 55, False, 15),
    ("≥1", "higher", 1, True, 0),
    ("≥1", "higher", 0, False, 1),
    (">90", "keep", 95, True, 0),
    # ranges include both ends; the gap is to the nearest bound
    ("2-2,5", "lower", 2.2, True, 0),
    ("2-2,5", "lower", 2, True, 0),
    ("2-2,5", "lower", 2.5, True, 0),
    ("2-2,5", "lower", 5, False, 2.5),
    ("2-2,5", "lower", 1.5, False, 0.5),
    ("95 - 97", "higher", 98, False, 1),
    # plain numbers read through the indicator's direction
    ("62,5", "higher", 62.5, True, 0),
    ("62,5", "higher", 70, True, 0),
    ("62,5", "higher", 60, False, 2.5),
    ("24,6", "lower", 24.6, True, 0),
    ("24,6", "lower", 25.8, False, 1.2),
    ("24,6", "lower", 20, True, 0),
    ("100", "keep", 100, True, 0),
    ("100", "keep", 99, False, 1),
    ("100", "keep", 101, False, 1),
    ("0", "keep", 0.1 + 0.2 - 0.3, True, 0),   # float noise is not a miss
    # values may arrive as text in Vietnamese format
    ("<4", "lower", "3,9", True, 0),
    ("62,5", "higher", "60", False, 2.5),
])
def test_is_met_and_gap(text, direction, value, met, distance):
    t = parse_target(text)
    assert is_met(t, value, direction) is met
    assert gap(t, value, direction) == pytest.approx(distance)
    assert gap(t, value, direction) >= 0


@pytest.mark.parametrize(("target", "value", "met", "distance"), [
    ("THCS", "THCS", True, 0),
    ("THCS", "THPT", True, 0),
    ("THCS", "Tiểu học", False, 1),
    ("THCS", "Mầm non", False, 2),
    ("Tiểu học", "Mầm non", False, 1),
    ("THCS", unicodedata.normalize("NFD", "Tiểu học"), False, 1),
])
def test_is_met_and_gap_qualitative(target, value, met, distance):
    t = parse_target(target, SCHOOL)
    assert is_met(t, value, "higher", SCHOOL) is met
    assert gap(t, value, "higher", SCHOOL) == distance


def test_unknown_level_value_is_a_target_error():
    t = parse_target("THCS", SCHOOL)
    with pytest.raises(TargetError, match="Mầm non"):
        is_met(t, "Đại học", "higher", SCHOOL)
    with pytest.raises(TargetError):
        gap(t, "THCS", "higher", None)


def test_level_index():
    assert [level_index(SCHOOL, lv) for lv in SCHOOL] == [0, 1, 2, 3]


def test_none_target_is_never_met_and_has_no_gap():
    t = parse_target("-")
    assert is_met(t, 5, "higher") is False
    with pytest.raises(TargetError):
        gap(t, 5, "higher")


@pytest.mark.parametrize("fn", [is_met, gap])
def test_unknown_direction_is_refused(fn):
    with pytest.raises(ValueError, match="higher"):
        fn(parse_target("5"), 5, "up")


def test_text_value_in_english_format_is_refused():
    with pytest.raises(ValueError, match="3,9"):
        is_met(parse_target("<4"), "3.9", "lower")
