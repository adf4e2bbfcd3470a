"""Targets are text first: keep what the plan wrote, and parse it alongside.

"<4", "2-2,5", "30 - 35", "≥1", "62,5", "-", "" and levels such as
"Tiểu học" all occur in the appendix. The parsed form drives status and
charts; the text is what citizens are shown next to our reading of it.

Comparison operators are stored in one canonical set, OPS = ("<", "≤", ">",
"≥"): the plan itself writes "≥1", and "<=" / ">=" typed on a keyboard mean
the same thing. Numbers are always non-negative here: a leading "-" is the
plan's "no target" dash or the dash of a range, never a minus sign.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.data import messages as M
from generator.data import texts as T
from generator.text.numbers import format_number, format_quantity, parse_number

KINDS = ("none", "number", "comparison", "range", "qualitative")
OPS = ("<", "≤", ">", "≥")
DIRECTIONS = ("higher", "lower", "keep")
_OP_ALIASES = {"<=": "≤", ">=": "≥"}
_NUM = r"\d[\d.,]*"  # loose on purpose: parse_number gives the precise complaint
_COMPARISON = re.compile(rf"(<=|>=|<|>|≤|≥)\s*({_NUM})", re.ASCII)
_RANGE = re.compile(rf"({_NUM})\s*[-–—\u2212]\s*({_NUM})", re.ASCII)
_SAME = 1e-9  # "keep" tolerates float noise from arithmetic, not real differences


@dataclass(frozen=True)
class Target:
    text: str                    # exactly as written; "" when the cell is blank
    kind: str                    # one of KINDS
    op: str | None = None        # one of OPS for "comparison"; "=" for "number"
    value: float | None = None   # number / comparison bound
    low: float | None = None     # range bounds, low <= high
    high: float | None = None
    level: str | None = None     # qualitative level, spelled as in the indicator's scale
    # kind "none": text "" (blank cell) or "-" (the plan sets no target for that milestone)


class TargetError(ValueError):
    """A target that cannot be read: str(e) is the Vietnamese (which says how to fix it), e.en the English."""

    def __init__(self, said: tuple[str, str]):
        super().__init__(said[0])
        self.vi, self.en = said


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def parse_target(text: str | None, levels: list[str] | None = None) -> Target:
    raw = "" if text is None else str(text)
    s = _clean(raw)
    if s in ("", "-"):
        return Target(raw, "none")
    if levels is not None:
        return _parse_level(raw, s, levels)
    m = _COMPARISON.fullmatch(s)
    if m:
        op = _OP_ALIASES.get(m.group(1), m.group(1))
        return Target(raw, "comparison", op=op, value=_number(raw, m.group(2)))
    m = _RANGE.fullmatch(s)
    if m:
        low, high = _number(raw, m.group(1)), _number(raw, m.group(2))
        if low > high:
            raise TargetError(M.TARGET_RANGE_REVERSED(text=raw, low=m.group(2), high=m.group(1)))
        return Target(raw, "range", low=low, high=high)
    if re.fullmatch(_NUM, s, re.ASCII):
        return Target(raw, "number", op="=", value=_number(raw, s))
    if re.fullmatch(rf"[-\u2212]\s*{_NUM}", s, re.ASCII):
        raise TargetError(M.TARGET_NEGATIVE(text=raw))
    if not re.search(r"\d", s) and any(c.isalpha() for c in s):
        raise TargetError(M.TARGET_IS_TEXT(text=raw, cleaned_vi=s))
    vi, en = M.TARGET_UNREADABLE(text=raw)
    if not any(c.isdigit() for c in raw):   # "%" alone: in English, text where a number was wanted
        en = M.TARGET_IS_TEXT.en.format(text=raw)
    raise TargetError((vi, en))


def _parse_level(raw: str, s: str, levels: list[str]) -> Target:
    for level in levels:
        if _clean(level) == s:
            return Target(raw, "qualitative", level=level)
    allowed = ", ".join(f"'{lv}'" for lv in levels) or M.SCALE_EMPTY.vi
    raise TargetError(M.TARGET_NOT_A_LEVEL(text=raw, allowed_vi=allowed, levels_en=", ".join(levels)))


def _number(raw: str, token: str) -> float:
    try:
        return parse_number(token)
    except ValueError as e:
        raise TargetError(M.TARGET_NUMBER_UNREADABLE(text=raw, why_vi=e)) from None


def describe_target(t: Target, unit: str, levels: list[str] | None = None) -> str:
    """Plain Vietnamese reading of a target: '<4' → 'dưới 4 %', '2-2,5' → 'từ 2 đến 2,5 %'.

    With the scale given, a qualitative target below the top level reads
    "mức “THCS” trở lên", which is what is_met checks.
    """
    if t.kind == "none":
        return (T.NO_TARGET if _clean(t.text) == "-" else T.TARGET_LEFT_BLANK).vi
    if t.kind == "qualitative":
        below_top = bool(levels) and _clean(levels[-1]) != _clean(t.level)
        return T.LEVEL.vi.format(level=t.level) + (T.OR_ABOVE.vi if below_top else "")
    if t.kind == "comparison":
        return f"{T.COMPARISON_WORDS[t.op].vi} {format_quantity(t.value, unit)}"
    if t.kind == "range":
        return T.RANGE.vi.format(low=format_number(t.low), high=format_quantity(t.high, unit))
    return format_quantity(t.value, unit)


def level_index(levels: list[str] | None, level: str) -> int:
    """Position of a level in its scale (lowest first), matched like parse_target matches."""
    wanted = _clean(str(level))
    for i, lv in enumerate(levels or ()):
        if _clean(lv) == wanted:
            return i
    allowed = ", ".join(f"'{lv}'" for lv in levels or ()) or M.NO_SCALE.vi
    raise TargetError(M.NOT_A_LEVEL(level=level, allowed=allowed))


def _as_number(value: float | str) -> float:
    return parse_number(value) if isinstance(value, str) else float(value)


def _check(direction: str) -> None:
    if direction not in DIRECTIONS:
        raise ValueError(M.DIRECTION_INVALID.vi.format(direction=direction, allowed=", ".join(DIRECTIONS)))


def is_met(t: Target, value: float | str, direction: str, levels: list[str] | None = None) -> bool:
    """Comparisons obey their operator strictly ('<4' is not met by 4); ranges include both ends."""
    if t.kind == "none":
        return False
    _check(direction)
    if t.kind == "qualitative":
        return level_index(levels, value) >= level_index(levels, t.level)
    x = _as_number(value)
    if t.kind == "comparison":
        return {"<": x < t.value, "≤": x <= t.value, ">": x > t.value, "≥": x >= t.value}[t.op]
    if t.kind == "range":
        return t.low <= x <= t.high
    if direction == "keep":
        return abs(x - t.value) < _SAME
    return x <= t.value if direction == "lower" else x >= t.value


def gap(t: Target, value: float | str, direction: str, levels: list[str] | None = None) -> float:
    """How far a value still is from the target's bound; 0 at or inside it.

    Ranges measure to the nearest bound; qualitative targets count levels.
    A strict bound is the exception: '<4' at 4 has gap 0 yet is not met,
    so callers decide "met" with is_met, never with gap == 0.
    """
    _check(direction)
    if t.kind == "none":
        raise TargetError(M.NO_TARGET_NO_GAP())
    if t.kind == "qualitative":
        return float(max(0, level_index(levels, t.level) - level_index(levels, value)))
    x = _as_number(value)
    if t.kind == "comparison":
        return max(0.0, x - t.value) if t.op in ("<", "≤") else max(0.0, t.value - x)
    if t.kind == "range":
        return max(0.0, t.low - x, x - t.high)
    if direction == "keep":
        d = abs(x - t.value)
        return 0.0 if d < _SAME else d
    return max(0.0, x - t.value) if direction == "lower" else max(0.0, t.value - x)
