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
        raise ValueError(f"Không thể hiển thị {x!r} như một số.")
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
        return "Ô này trống; hãy nhập một số, ví dụ 3,8"
    # Only a trailing unit is stripped for the hint: "1e3" must not become "13".
    m = re.fullmatch(r"([+\-\u2212]?[\d.,\s]*\d)\s*(?:[^\d.,]\D*)?", s, re.ASCII)
    bare = re.sub(r"\s", "", m.group(1)) if m else ""
    if not _VI_NUMBER.fullmatch(bare) and _EN_NUMBER.fullmatch(bare):
        bare = bare.translate(str.maketrans(".,", ",."))
    hint = bare if _VI_NUMBER.fullmatch(bare) else "một số, ví dụ 3,8"
    return f"'{raw}' không phải là số; hãy nhập {hint}"


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
        raise ReadingError(f"'{value}' không phải là số.", f"'{value}' is not a number.")
    text = written if written is not None else (value if isinstance(value, str) else None)
    if text is None:  # a number from a spreadsheet cell: no text to misread
        return float(value)
    s = text.strip()
    if any(q in s for q in CURLY_QUOTES):
        bare = s.strip(CURLY_QUOTES + " ")
        raise ReadingError(
            f"'{s}' có dấu nháy cong (“ ” hay ‘ ’, thường do Word hay điện thoại tự đổi); YAML chỉ hiểu dấu nháy "
            f"thẳng. Hãy ghi {form(bare)} với dấu nháy thẳng \" trên bàn phím.",
            f"'{s}' has curly quotes (“ ” or ‘ ’, usually from Word or a phone's autocorrect); YAML only knows "
            f"straight quotes. Write {form(bare)} with the keyboard's straight \".")
    m = re.fullmatch(r"([+\-\u2212]?)(\d+)\.(\d+)", s, re.ASCII)
    if m:
        sign, whole, frac = m.groups()
        neg = -1 if sign in ("-", MINUS) else 1
        decimal = neg * float(f"{whole}.{frac}")
        dec_vi = format_number(decimal, max_decimals=len(frac)).replace(MINUS, "-")
        if len(frac) == 3 and len(whole) <= 3:
            thousands = neg * int(whole + frac)
            th = str(thousands)
            raise ReadingError(
                f"'{s}' có hai cách đọc: {dec_vi} (nếu dấu chấm là dấu thập phân) hoặc {th} (nếu dấu chấm ngăn "
                f"cách hàng nghìn); trang không đoán. Nếu là {dec_vi}, hãy ghi {form(dec_vi)}; nếu là {th}, "
                f"hãy ghi {form(th)}.",
                f"'{s}' reads two ways: {decimal:g} (a decimal point) or {th} (a thousands separator); the site "
                f"does not guess. For {decimal:g} write {form(dec_vi)}; for {th} write {form(th)}.")
        raise ReadingError(
            f"'{s}' dùng dấu chấm thập phân, còn số liệu ở đây viết dấu phẩy thập phân (dấu chấm chỉ ngăn cách "
            f"hàng nghìn); trang không đoán. Nếu là {dec_vi}, hãy ghi {form(dec_vi)}.",
            f"'{s}' uses a decimal point, but figures here use a decimal comma (a dot only groups thousands); "
            f"the site does not guess. For {decimal:g} write {form(dec_vi)}.")
    if not isinstance(value, str):
        if isinstance(value, int) and re.fullmatch(r"[+\-]?\d+", s, re.ASCII):
            return float(value)
        # 1e3, 0x1F, 1_000, 1:30 (YAML 1.1 reads them all as numbers), .nan, .inf
        raise ReadingError(f"'value' phải là một số thật: '{s}' không phải cách viết số ở đây; hãy ghi chữ số "
                           f"với dấu phẩy thập phân, ví dụ {form('3,8')}.",
                           f"'value' must be a real number: '{s}' is not how figures are written here; write "
                           f"digits with a decimal comma, e.g. {form('3,8')}.")
    try:
        return parse_number(s)
    except ValueError as e:
        raise ReadingError(str(e), f"'{s}' is not a number; write digits with a decimal comma, no unit or %, "
                                   f"e.g. '3,8'.") from None


# What a unit allows. A share in % lies within 0–100; other quantities (people,
# beds, m², years, times) are never negative. A rate of change ('%/năm', a name
# saying "mức giảm", "tốc độ tăng") may be anything. A target outside these
# limits means the indicator itself says otherwise, and the limit is lifted.
_CHANGE_WORDS = ("mức giảm", "mức tăng", "tốc độ", "tăng trưởng")


def allowed_range(unit: str, name: str, targets: list[float]) -> tuple[float | None, float | None]:
    u, n = (unit or "").replace(" ", "").lower(), (name or "").lower()
    if "/năm" in u or any(w in n for w in _CHANGE_WORDS):
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
        return (f"{shown} nằm ngoài khoảng 0–100 % của một tỉ lệ; hãy kiểm tra lại số (ví dụ 60,5 chứ không phải "
                f"0,605 hay 6050).",
                f"{shown} is outside the 0–100 % a share can take; check the figure (e.g. 60,5, not 0,605 or 6050).")
    if low is not None and x < low:
        return (f"{shown} là số âm; chỉ tiêu này không thể âm.", f"{shown} is negative; this indicator cannot be.")
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
        return (f"thay đổi {points} điểm phần trăm so với số gần nhất",
                f"moves {points} percentage points from the last value")
    if before > 0 and after > 0 and max(after / before, before / after) > 10:
        if after > before:
            times = format_number(after / before, max_decimals=1)
            return f"gấp {times} lần số gần nhất", f"{times} times the last value"
        times = format_number(before / after, max_decimals=1)
        return f"chỉ bằng 1/{times} số gần nhất", f"1/{times} of the last value"
    return None


def vi_sort_key(text: str) -> tuple:
    """Vietnamese order: base letters first (đ after d), then tones, like a dictionary."""
    out = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.combining(ch):
            continue
        out.append("d~" if ch == "đ" else ch)
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
