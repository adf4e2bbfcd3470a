"""Problems found in the data, with where they are and how to fix them.

Every check reports a Problem instead of raising, so one run lists all of
them; the CLI prints them and exits non-zero. Messages exist in Vietnamese
(the default, for staff) and English; this module's words (pydantic's errors told
to a civil servant) are entries of messages.py.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from generator.data import messages as M
from generator.data.model import TASK_STATUS_LABELS, VALUE_KIND_LABELS
from generator.text.numbers import CURLY_QUOTES
from generator.text.say import Say


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    message_vi: str
    message_en: str
    hint_vi: str | None = None
    hint_en: str | None = None
    # "warning": printed, but never fails a run (a value that jumps far from the last one).
    severity: str = "error"

    def format(self, lang: str = "vi") -> str:
        msg = self.message_vi if lang == "vi" else self.message_en
        hint = self.hint_vi if lang == "vi" else self.hint_en
        label = getattr({"error": M.ERROR, "warning": M.WARNING}[self.severity], lang)
        out = f"{self.file}:{self.line}:{self.column}: {label}: {msg}"
        if hint:
            out += f" ({getattr(M.HINT, lang)}: {hint})"
        return out


class DataError(Exception):
    """Raised by a pipeline stage when the data has problems; never a traceback for users."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(problems)


def did_you_mean(value: str, candidates) -> tuple[str | None, str | None]:
    """A Vietnamese and English suggestion for a mistyped id, if one is close."""
    match = difflib.get_close_matches(str(value), [str(c) for c in candidates], n=1, cutoff=0.6)
    if not match:
        return None, None
    return M.DID_YOU_MEAN(match=match[0])


def from_pydantic(err: dict) -> tuple[str, str, str | None, str | None]:
    """(message_vi, message_en, hint_vi, hint_en) for one pydantic error dict.

    `err` may carry `source_text` (what the person typed, before YAML read it as
    a number or true/false) and, for a union, `members`; load.py adds both.
    """
    vi, en, hint_vi, hint_en = _from_pydantic(err)
    return _sentence(vi), _sentence(en), hint_vi, hint_en


def _sentence(text: str) -> str:
    # Printed next to the cross-file messages, which read as sentences.
    return text[:1].upper() + text[1:]


def _from_pydantic(err: dict) -> tuple[str, str, str | None, str | None]:
    loc = [p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-")))]
    field = next((str(p) for p in reversed(loc) if isinstance(p, str)), M.SOME_VALUE.vi)
    ctx = dict(err.get("ctx") or {})
    etype = err["type"]
    typed = err.get("source_text")
    if etype == "value_error":
        code = str(ctx.get("error", ""))
        if code in M.VALUE_ERRORS:
            typed_in = typed if typed is not None else err.get("input")
            return (*M.VALUE_ERRORS[code](input=typed_in, number=err.get("input")), None, None)
    if etype in M.TYPE_MESSAGES:
        fmt = {"field": field, **ctx, **_members(err)}
        if "expected" in ctx:  # pydantic joins choices with an English "or"
            fmt["expected"] = str(ctx["expected"]).replace(" or ", ", ")
        try:
            return (*M.TYPE_MESSAGES[etype](**fmt), *_hint(etype, field, err, ctx, typed))
        except (KeyError, IndexError):
            pass
    return (*M.INVALID(field=field, msg=err["msg"]), None, None)


def _members(err: dict) -> dict:
    words = [M.MEMBER_WORDS.get(m, Say(m, m)) for m in err.get("members", [])]
    vi = list(dict.fromkeys(w.vi for w in words))
    en = list(dict.fromkeys(w.en for w in words))
    return {"members_vi": M.OR.vi.join(vi), "members_en": M.OR.en.join(en)}


def _hint(etype: str, field: str, err: dict, ctx: dict, typed: str | None) -> tuple[str | None, str | None]:
    if etype == "string_pattern_mismatch":
        if field in ("url", "urls", "source_url"):   # every address: evidence, documents, a value's source
            return M.URL_HINT()
        return M.ID_FORM_HINT()
    if etype == "literal_error":
        typed_in = str(err.get("input"))
        codes = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        if any(q in typed_in for q in CURLY_QUOTES):
            bare = typed_in.strip(CURLY_QUOTES + " ")
            return M.CURLY_QUOTES_HINT(bare=bare)
        label = " ".join(typed_in.lower().split())
        for code, shown in {**VALUE_KIND_LABELS, **TASK_STATUS_LABELS}.items():
            if code in codes and label == shown.lower():
                # The label the pages and the spreadsheet show, typed where the file wants the code.
                return M.LABEL_NOT_CODE_HINT(typed=typed_in, code=code)
        return did_you_mean(typed_in, codes)
    if etype in ("string_type", "union_type") and typed is not None:
        # `as_written: 1999` or `name: yes`: YAML read the text as a number or true/false.
        return M.READ_AS_NOT_TEXT_HINT(typed=typed)
    return None, None
