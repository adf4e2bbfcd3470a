"""Vietnamese numbers: decimal comma, thousands dot ("1.234.567,5").

The plan writes every decimal with a comma, so a dot can only group
thousands: "3.8" is refused rather than guessed, because reading it as 3,8
or as 38 would both be wrong for someone.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

from generator.text import messages as M
from generator.text.vocabulary import D_WITH_STROKE, PER_YEAR, RATE_OF_CHANGE_WORDS

LOCALE = Locale("vi")

# U+2212 reads as a minus sign on screen and cannot be mistaken for a hyphen
# or for the dash of a range such as "2-2,5". parse_number accepts both.
MINUS = "\u2212"

_VI_NUMBER = re.compile(r"[+\-\u2212]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?", re.ASCII)
# English-style numbers people paste from spreadsheets: "3.8", "1,234.5".
_EN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+", re.ASCII)


def format_number(x: float, decimals: int | None = None, *, max_decimals: int = 2) -> str:
    """3.8 → '3,8'; 1234567.5 → '1.234.567,5'; 100.0 → '100'.

    decimals=None shows up to max_decimals places without trailing zeros;
    an int forces exactly that many (5.6, 2 → '5,60'), as the plan does.
    Babel places the Vietnamese symbols (CLDR: decimal comma, thousands dot); the
    rounding and the minus sign are ours (see _pattern and MINUS).
    """
    if not math.isfinite(x):
        raise ValueError(M.NOT_SHOWABLE.vi.format(x=repr(x)))
    places = max_decimals if decimals is None else decimals
    # Half-up on the shortest repr, so 2.675 → 2,68 as people expect, not the
    # binary float's 2,67 (nor Babel's half-even 2,66 for 2.665): rounded here, Babel
    # then has nothing left to round.
    rounded = Decimal(repr(abs(float(x)))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    out = _pattern(places, fixed=decimals is not None).apply(rounded, LOCALE)
    negative = x < 0 and rounded != 0  # no "−0" after rounding
    return (MINUS if negative else "") + out


@functools.cache
def _pattern(places: int, fixed: bool) -> NumberPattern:
    """'#,##0.00' (exactly two places) or '#,##0.##' (up to two, trailing zeros dropped)."""
    return parse_pattern("#,##0" + ("." + ("0" if fixed else "#") * places if places else ""))


def format_quantity(x: float, unit: str, decimals: int | None = None) -> str:
    """Number and unit with one space between: '3,8 %', '1 Người', '20,5 m² sàn/người'.

    The space before % follows TCVN 7870 (ISO 80000): "%" is a unit like any
    other, and one rule for all units keeps the site consistent.
    """
    n = format_number(x, decimals)
    return f"{n} {unit.strip()}" if unit and unit.strip() else n


def parse_number(text: str) -> float:
    """'3,8' → 3.8; '1.234,5' → 1234.5; '−1,5' → -1.5. Raises ValueError in Vietnamese."""
    s = str(text).strip()
    if _VI_NUMBER.fullmatch(s):
        negative = s[0] in "-\u2212"
        value = float(s.lstrip("+-\u2212").replace(".", "").replace(",", "."))
        return -value if negative else value
    raise ValueError(_why_not_a_number(str(text), s))


def _why_not_a_number(raw: str, s: str) -> str:
    # The wording "'…' không phải là số; hãy nhập …" is quoted in docs/huong-dan.md
    # and checked by tests/test_guide.py: change both together.
    if not s:
        return M.CELL_EMPTY.vi
    # Only a trailing unit is stripped for the hint: "1e3" must not become "13".
    m = re.fullmatch(r"([+\-\u2212]?[\d.,\s]*\d)\s*(?:[^\d.,]\D*)?", s, re.ASCII)
    bare = re.sub(r"\s", "", m.group(1)) if m else ""
    if not _VI_NUMBER.fullmatch(bare) and _EN_NUMBER.fullmatch(bare):
        bare = bare.translate(str.maketrans(".,", ",."))
    hint = bare if _VI_NUMBER.fullmatch(bare) else M.A_NUMBER.vi
    return M.NOT_A_NUMBER.vi.format(raw=raw, hint_vi=hint)


# ------------------------------------------------------------ reported values
CURLY_QUOTES = "“”„‟‘’‚‛«»"


class ReadingError(ValueError):
    """A reported value that must not be guessed at; str() is the Vietnamese, .en the English."""

    def __init__(self, vi: str, en: str):
        super().__init__(vi)
        self.en = en


def read_reported(value, written: str | None = None, form=lambda s: s) -> float:
    """A reported value as YAML or a spreadsheet gave it, checked against what was typed.

    `written` is the text as typed when YAML read it as a number (1.500 → 1.5);
    `form` shows how to write a number in the person's medium (value: "1,5" in
    YAML, 1,5 in a cell). A dot is read only where it has one reading: "1.234.567"
    groups thousands; "1.500" could be 1,5 or 1500 and "60.5" is not how the
    plan writes 60,5, so both are refused with the reading(s) and how to write each.
    """
    if isinstance(value, bool):
        raise ReadingError(*M.TRUE_FALSE(value=value))
    text = written if written is not None else (value if isinstance(value, str) else None)
    if text is None:  # a number from a spreadsheet cell: no text to misread
        return float(value)
    s = text.strip()
    if any(q in s for q in CURLY_QUOTES):
        bare = s.strip(CURLY_QUOTES + " ")
        raise ReadingError(*M.CURLY_QUOTES(typed=s, written=form(bare)))
    m = re.fullmatch(r"([+\-\u2212]?)(\d+)\.(\d+)", s, re.ASCII)
    if m:
        sign, whole, frac = m.groups()
        neg = -1 if sign in ("-", MINUS) else 1
        decimal = neg * float(f"{whole}.{frac}")
        dec_vi = format_number(decimal, max_decimals=len(frac)).replace(MINUS, "-")
        if len(frac) == 3 and len(whole) <= 3:
            thousands = neg * int(whole + frac)
            th = str(thousands)
            raise ReadingError(*M.TWO_READINGS(typed=s, decimal_vi=dec_vi, decimal_en=f"{decimal:g}", thousands=th,
                                               decimal_written=form(dec_vi), thousands_written=form(th)))
        raise ReadingError(*M.DECIMAL_POINT(typed=s, decimal_vi=dec_vi, decimal_en=f"{decimal:g}",
                                            decimal_written=form(dec_vi)))
    if not isinstance(value, str):
        if isinstance(value, int) and re.fullmatch(r"[+\-]?\d+", s, re.ASCII):
            return float(value)
        # 1e3, 0x1F, 1_000, 1:30 (YAML 1.1 reads them all as numbers), .nan, .inf
        raise ReadingError(*M.NOT_A_REAL_NUMBER(typed=s, example=form("3,8")))
    try:
        return parse_number(s)
    except ValueError as e:
        raise ReadingError(str(e), M.NOT_A_NUMBER.en.format(raw=s)) from None


# What a unit allows. A share in % lies within 0–100; other quantities (people,
# beds, m², years, times) are never negative. A rate of change ('%/năm', a name
# saying "mức giảm", "tốc độ tăng") may be anything. A target outside these
# limits means the indicator itself says otherwise, and the limit is lifted.


def allowed_range(unit: str, name: str, targets: list[float]) -> tuple[float | None, float | None]:
    u, n = (unit or "").replace(" ", "").lower(), (name or "").lower()
    if PER_YEAR in u or any(w in n for w in RATE_OF_CHANGE_WORDS):
        return None, None
    low, high = 0.0, (100.0 if u == "%" else None)
    if any(t < low for t in targets):
        low = None
    if high is not None and any(t > high for t in targets):
        high = None
    return low, high


def impossible(x: float, unit: str, name: str, targets: list[float]) -> tuple[str, str] | None:
    """(vi, en) saying why x cannot be a value of this indicator, or None."""
    low, high = allowed_range(unit, name, targets)
    shown = format_quantity(x, unit)
    if high is not None and not low <= x <= high:
        return M.OUTSIDE_A_SHARE(shown=shown)
    if low is not None and x < low:
        return M.NEGATIVE(shown=shown)
    return None


def exact_quantity(x: float, unit: str) -> str:
    """Every decimal that was typed (0,605 %, not 0,61 %): for messages about a figure's exact value."""
    return format_quantity(x, unit, None) if round(x, 2) == x else \
        f"{format_number(x, max_decimals=9)} {unit.strip()}".strip()


def jump(before: float, after: float, unit: str) -> tuple[str, str] | None:
    """(vi, en) when a value moves implausibly far from the last one reported; real jumps happen, so a warning.

    More than tenfold either way, or for a share more than 50 percentage points.
    """
    if (unit or "").replace(" ", "") == "%" and abs(after - before) > 50:
        points = format_number(abs(after - before), max_decimals=9)
        return M.JUMP_POINTS(points=points)
    if before > 0 and after > 0 and max(after / before, before / after) > 10:
        if after > before:
            times = format_number(after / before, max_decimals=1)
            return M.JUMP_TIMES(times=times)
        times = format_number(before / after, max_decimals=1)
        return M.JUMP_FRACTION(times=times)
    return None


def vi_sort_key(text: str) -> tuple:
    """Vietnamese order: base letters first (đ after d), then tones, like a dictionary."""
    out = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.combining(ch):
            continue
        out.append("d~" if ch == D_WITH_STROKE else ch)
    return ("".join(out), unicodedata.normalize("NFC", text.lower()))


def value_text(value, unit: str) -> str:
    """An observed value as shown: a number with its unit, or a qualitative level as written."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return format_quantity(value, unit)


def money(x: float | None) -> str:
    """An amount of money (in the unit the report declares), or a dash when none was given."""
    return "—" if x is None else format_number(x)
