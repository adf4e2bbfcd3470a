"""Vietnamese number format: decimal comma, thousands dot, U+2212 minus."""
from __future__ import annotations

import pytest

from generator.text.numbers import MINUS, format_number, format_quantity, parse_number


@pytest.mark.parametrize(("x", "decimals", "expected"), [
    (3.8, None, "3,8"),
    (1234567.5, None, "1.234.567,5"),
    (100.0, None, "100"),
    (100, None, "100"),
    (0, None, "0"),
    (0.0, 2, "0,00"),
    (62.5, None, "62,5"),
    (5.6, 2, "5,60"),
    (8.27, None, "8,27"),
    (99.6, None, "99,6"),
    (10000, None, "10.000"),
    (1000.0, 1, "1.000,0"),
    (1 / 3, None, "0,33"),
    (2.675, None, "2,68"),        # half-up on the decimal the person typed, not the binary float
    (0.125, None, "0,13"),
    (0.5, 0, "1"),
    (33.4, 0, "33"),
    (-1.5, None, f"{MINUS}1,5"),
    (-1234.5, 2, f"{MINUS}1.234,50"),
    (-0.001, None, "0"),          # rounds to zero: no "−0"
    (-0.001, 2, "0,00"),
    (1.999, None, "2"),
])
def test_format_number(x, decimals, expected):
    assert format_number(x, decimals) == expected


def test_format_number_max_decimals():
    assert format_number(3.14159, max_decimals=4) == "3,1416"
    assert format_number(3.10, max_decimals=4) == "3,1"


@pytest.mark.parametrize("x", [float("nan"), float("inf"), float("-inf")])
def test_format_number_refuses_non_finite(x):
    with pytest.raises(ValueError):
        format_number(x)


@pytest.mark.parametrize(("x", "unit", "expected"), [
    (3.8, "%", "3,8 %"),
    (1, "Người", "1 Người"),
    (20.5, "m² sàn/người", "20,5 m² sàn/người"),
    (4, "%/năm", "4 %/năm"),
    (73.8, "Tuổi", "73,8 Tuổi"),
    (5, "", "5"),
    (5, "  ", "5"),
])
def test_format_quantity(x, unit, expected):
    assert format_quantity(x, unit) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3,8", 3.8),
    ("1.234,5", 1234.5),
    ("62,5", 62.5),
    ("5,60", 5.6),
    ("100", 100.0),
    ("0", 0.0),
    ("1.234", 1234.0),            # a dot before exactly three digits groups thousands
    ("1.234.567", 1234567.0),
    ("1.234.567,89", 1234567.89),
    ("3.800", 3800.0),
    (" 8,27 ", 8.27),
    ("-1,5", -1.5),
    (f"{MINUS}1,5", -1.5),
    ("+2", 2.0),
    ("0,125", 0.125),
])
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "in_message"), [
    ("3.8", "hãy nhập 3,8"),          # ambiguous with a thousands dot: refused, not guessed
    ("3.80", "hãy nhập 3,80"),
    ("3.8%", "hãy nhập 3,8"),
    ("3,8%", "hãy nhập 3,8"),
    ("3,8 %", "hãy nhập 3,8"),
    ("12 người", "hãy nhập 12"),
    ("1,234.5", "hãy nhập 1.234,5"),
    ("1 234", "hãy nhập 1234"),
    ("1.23.4", "hãy nhập một số, ví dụ 3,8"),
    ("1.2345", "hãy nhập 1,2345"),
    ("abc", "hãy nhập một số, ví dụ 3,8"),
    ("-", "hãy nhập một số, ví dụ 3,8"),
    ("", "trống"),
    ("   ", "trống"),
    (",5", "hãy nhập một số, ví dụ 3,8"),
    ("5,", "hãy nhập một số, ví dụ 3,8"),
    ("1,2,3", "hãy nhập một số, ví dụ 3,8"),
    ("٣", "hãy nhập một số, ví dụ 3,8"),             # only ASCII digits
    ("1e3", "hãy nhập một số, ví dụ 3,8"),
    ("nan", "hãy nhập một số, ví dụ 3,8"),
])
def test_parse_number_refuses_with_vietnamese_hint(text, in_message):
    with pytest.raises(ValueError) as err:
        parse_number(text)
    message = str(err.value)
    assert in_message in message
    assert "không phải là số" in message or "trống" in message


def test_brief_example_message():
    # quoted word for word in docs/huong-dan.md
    with pytest.raises(ValueError) as err:
        parse_number("3.8%")
    assert str(err.value) == "'3.8%' không phải là số; hãy nhập 3,8"


@pytest.mark.parametrize("x", [0, 3.8, 62.5, 1234567.5, 5.6, -1.5, 99.99, 10000])
def test_round_trip(x):
    assert parse_number(format_number(x)) == pytest.approx(x)
