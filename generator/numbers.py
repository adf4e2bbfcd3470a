"""Vietnamese numbers: decimal comma, thousands dot ("1.234.567,5").

The plan writes every decimal with a comma, so a dot can only group
thousands: "3.8" is refused rather than guessed, because reading it as 3,8
or as 38 would both be wrong for someone.
"""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

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
    """
    if not math.isfinite(x):
        raise ValueError(f"Không thể hiển thị {x!r} như một số.")
    places = max_decimals if decimals is None else decimals
    # Half-up on the shortest repr, so 2.675 → 2,68 as people expect, not the
    # binary float's 2,67.
    rounded = Decimal(repr(abs(float(x)))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    out = whole.replace(",", ".") + ("," + frac if frac else "")
    negative = x < 0 and rounded != 0  # no "−0" after rounding
    return (MINUS if negative else "") + out


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
