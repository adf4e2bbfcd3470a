"""Targets are text first: keep what the plan wrote, and parse it alongside.

"<4", "2-2,5", "30 - 35", "≥1", "62,5", "-", "" and levels such as
"Tiểu học" all occur in the appendix. The parsed form drives status and
charts; the text is what citizens are shown next to our reading of it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .numbers import format_number, parse_number

KINDS = ("none", "number", "comparison", "range", "qualitative")
_OPS = {"<": "<", ">": ">", "≤": "≤", "<=": "≤", "≥": "≥", ">=": "≥"}
_NUM = r"\d+(?:[.,]\d+)*"


@dataclass(frozen=True)
class Target:
    text: str                    # exactly as written; "" when the cell is blank
    kind: str                    # one of KINDS
    op: str | None = None        # "<", "≤", ">", "≥" for comparison; "=" for number
    value: float | None = None   # number / comparison bound
    low: float | None = None
    high: float | None = None
    level: str | None = None     # qualitative level, as written


class TargetError(ValueError):
    """A target that cannot be read; the message (Vietnamese) says how to fix it."""


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def parse_target(text: str | None, levels: list[str] | None = None) -> Target:
    raw = "" if text is None else str(text)
    s = _clean(raw)
    if s in ("", "-"):
        return Target(raw, "none")
    if levels is not None:
        for level in levels:
            if _clean(level) == s:
                return Target(raw, "qualitative", level=level)
        raise TargetError(f"Mục tiêu '{raw}' không có trong thang mức của chỉ tiêu ({', '.join(levels)}).")
    try:
        m = re.fullmatch(rf"(<=|>=|<|>|≤|≥)\s*({_NUM})", s)
        if m:
            return Target(raw, "comparison", op=_OPS[m.group(1)], value=parse_number(m.group(2)))
        m = re.fullmatch(rf"({_NUM})\s*[-–—]\s*({_NUM})", s)
        if m:
            low, high = parse_number(m.group(1)), parse_number(m.group(2))
            if low > high:
                raise TargetError(f"Khoảng '{raw}' có đầu dưới lớn hơn đầu trên; hãy viết '{m.group(2)}-{m.group(1)}'.")
            return Target(raw, "range", low=low, high=high)
        if re.fullmatch(_NUM, s):
            return Target(raw, "number", op="=", value=parse_number(s))
    except ValueError as e:
        if isinstance(e, TargetError):
            raise
        raise TargetError(f"Mục tiêu '{raw}' có số không đọc được: {e}.") from None
    if not re.search(r"\d", s):
        raise TargetError(f"Mục tiêu '{raw}' là chữ, không phải số: nếu chỉ tiêu là định tính, "
                          f"hãy khai báo 'levels' (thang mức) có chứa '{s}'.")
    raise TargetError(f"Không hiểu mục tiêu '{raw}'. Các dạng được chấp nhận: 62,5 · <4 · ≥1 · 2-2,5 · - (không đặt).")


def _with_unit(x: float, unit: str) -> str:
    n = format_number(x)
    if not unit:
        return n
    return f"{n} %" if unit == "%" else f"{n} {unit}"


_OP_WORDS = {"<": "dưới", "≤": "không quá", ">": "trên", "≥": "ít nhất"}


def describe_target(t: Target, unit: str) -> str:
    """Plain Vietnamese reading of a target: '<4' → 'dưới 4 %'."""
    if t.kind == "none":
        return "không đặt mục tiêu" if t.text.strip() == "-" else "để trống trong kế hoạch"
    if t.kind == "qualitative":
        return f"đạt mức “{t.level}”"
    if t.kind == "comparison":
        return f"{_OP_WORDS[t.op]} {_with_unit(t.value, unit)}"
    if t.kind == "range":
        return f"từ {format_number(t.low)} đến {_with_unit(t.high, unit)}"
    return _with_unit(t.value, unit)


def is_met(t: Target, value, direction: str, levels=None) -> bool:
    if t.kind == "none" or value is None:
        return False
    if t.kind == "qualitative":
        levels = list(levels or [])
        return value in levels and levels.index(value) >= levels.index(t.level)
    x = float(value)
    if t.kind == "comparison":
        return {"<": x < t.value, "≤": x <= t.value, ">": x > t.value, "≥": x >= t.value}[t.op]
    if t.kind == "range":
        return t.low <= x <= t.high
    if direction == "lower":
        return x <= t.value
    if direction == "keep":
        return abs(x - t.value) < 1e-9
    return x >= t.value


def gap(t: Target, value, direction: str, levels=None) -> float:
    """How far a value is from meeting the target (0 at or inside the bound)."""
    if t.kind == "qualitative":
        levels = list(levels or [])
        return float(max(0, levels.index(t.level) - levels.index(value)))
    x = float(value)
    if t.kind == "comparison":
        return max(0.0, x - t.value) if t.op in ("<", "≤") else max(0.0, t.value - x)
    if t.kind == "range":
        return max(0.0, t.low - x, x - t.high)
    if direction == "lower":
        return max(0.0, x - t.value)
    if direction == "keep":
        return abs(x - t.value)
    return max(0.0, t.value - x)
