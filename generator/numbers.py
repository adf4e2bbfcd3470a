"""Vietnamese numbers: decimal comma, thousands dot."""
from __future__ import annotations

import re

MINUS = "−"  # U+2212: reads as a minus sign, never as a hyphen or a range dash


def format_number(x: float, decimals: int | None = None) -> str:
    """3.8 → '3,8'; 1234567.5 → '1.234.567,5'; decimals forces exactly that many (5.6, 2 → '5,60')."""
    if decimals is None:
        text = f"{abs(x):,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{abs(x):,.{decimals}f}"
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    if text in ("", "0"):
        return "0"
    return (MINUS if x < 0 else "") + text


_VI_NUMBER = re.compile(r"^[+-−]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_number(text: str) -> float:
    """'3,8' → 3.8; '1.234,5' → 1234.5. '3.8' is refused: in Vietnamese the dot groups thousands."""
    s = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if _VI_NUMBER.match(s):
        sign = -1 if s[0] in "-−" else 1
        s = s.lstrip("+-−").replace(".", "").replace(",", ".")
        return sign * float(s)
    hint = re.sub(r"[^\d.,]", "", s)
    if re.fullmatch(r"\d+\.\d{1,2}", hint):
        hint = hint.replace(".", ",")
    suggestion = f"; hãy nhập {hint}" if hint and _VI_NUMBER.match(hint) else "; hãy nhập một số, ví dụ 3,8"
    raise ValueError(f"'{text}' không phải là số{suggestion}")
