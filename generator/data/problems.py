"""Problems found in the data, with where they are and how to fix them.

Every check reports a Problem instead of raising, so one run lists all of
them; the CLI prints them and exits non-zero. Messages exist in Vietnamese
(the default, for staff) and English.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from generator.data.model import TASK_STATUS_LABELS, VALUE_KIND_LABELS
from generator.text.numbers import CURLY_QUOTES


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
        label = {("error", "vi"): "lỗi", ("error", "en"): "error",
                 ("warning", "vi"): "cảnh báo", ("warning", "en"): "warning"}[self.severity, lang]
        out = f"{self.file}:{self.line}:{self.column}: {label}: {msg}"
        if hint:
            out += f" ({'gợi ý' if lang == 'vi' else 'hint'}: {hint})"
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
    return f"có phải ý bạn là '{match[0]}'?", f"did you mean '{match[0]}'?"


# Pydantic error types → what a civil servant should read.
_TYPE_MESSAGES = {
    "missing": ("thiếu khóa bắt buộc '{field}'", "required key '{field}' is missing"),
    "extra_forbidden": ("khóa '{field}' không có trong mẫu (gõ sai tên?)", "unknown key '{field}' (a typo?)"),
    "string_type": ("'{field}' phải là chữ", "'{field}' must be text"),
    "int_type": ("'{field}' phải là số nguyên", "'{field}' must be a whole number"),
    "int_parsing": ("'{field}' phải là số nguyên", "'{field}' must be a whole number"),
    "int_from_float": ("'{field}' phải là số nguyên", "'{field}' must be a whole number"),
    "bool_type": ("'{field}' phải là true hoặc false", "'{field}' must be true or false"),
    "bool_parsing": ("'{field}' phải là true hoặc false", "'{field}' must be true or false"),
    "list_type": ("'{field}' phải là một danh sách (các dòng bắt đầu bằng '- ')", "'{field}' must be a list"),
    "model_type": ("'{field}' phải là một nhóm khóa: giá trị", "'{field}' must be a mapping of key: value"),
    "dict_type": ("'{field}' phải là một nhóm khóa: giá trị", "'{field}' must be a mapping"),
    "date_type": ("'{field}' phải là ngày dạng YYYY-MM-DD", "'{field}' must be a date YYYY-MM-DD"),
    "date_parsing": ("'{field}' phải là ngày dạng YYYY-MM-DD", "'{field}' must be a date YYYY-MM-DD"),
    "date_from_datetime_parsing": ("'{field}' phải là ngày dạng YYYY-MM-DD", "'{field}' must be a date YYYY-MM-DD"),
    "greater_than_equal": ("'{field}' nhỏ hơn mức cho phép ({ge})", "'{field}' is below the minimum ({ge})"),
    "less_than_equal": ("'{field}' lớn hơn mức cho phép ({le})", "'{field}' is above the maximum ({le})"),
    "string_too_long": ("'{field}' quá dài (tối đa {max_length} ký tự)", "'{field}' is too long (max {max_length})"),
    "string_too_short": ("'{field}' không được để trống", "'{field}' must not be empty"),
    "too_short": ("'{field}' cần ít nhất {min_length} mục", "'{field}' needs at least {min_length} item(s)"),
    "literal_error": ("'{field}' phải là một trong: {expected}", "'{field}' must be one of: {expected}"),
    "string_pattern_mismatch": ("'{field}' không đúng dạng", "'{field}' has the wrong form"),
    "float_type": ("'{field}' phải là một số", "'{field}' must be a number"),
    "float_parsing": ("'{field}' phải là một số", "'{field}' must be a number"),
    "finite_number": ("'{field}' phải là một số hữu hạn", "'{field}' must be a finite number"),
    "int_parsing_size": ("'{field}' là số quá lớn", "'{field}' is too large a number"),
    "union_type": ("'{field}' phải là {members}", "'{field}' must be {members_en}"),
}

# Union members as pydantic names them → words (vi, en).
_MEMBER_WORDS = {"float": ("một số", "a number"), "int": ("một số", "a number"), "str": ("chữ", "text"),
                 "bool": ("true/false", "true/false"), "date": ("ngày YYYY-MM-DD", "a date YYYY-MM-DD")}

_VALUE_ERRORS = {
    "float_id": ("mã {input} bị YAML đọc thành số {number}; hãy đặt trong dấu nháy: '{input}'",
                 "id {input} was read by YAML as the number {number}; quote it: '{input}'"),
    "bool_id": ("mã {input} bị đọc thành true/false; hãy đặt trong dấu nháy: '{input}'",
                "id {input} was read as true/false; quote it: '{input}'"),
    "float_target": ("mục tiêu {input} phải viết như trong kế hoạch, trong dấu nháy, với dấu phẩy thập phân (ví dụ '62,5')",
                     "target {input} must be text as in the plan, quoted, with a decimal comma (e.g. '62,5')"),
    "bool_target": ("mục tiêu {input} bị đọc thành true/false; hãy đặt trong dấu nháy: '{input}'",
                    "target {input} was read as true/false; quote it: '{input}'"),
    "bool_value": ("'value' là {input}, không phải một số; hãy ghi số đo được, ví dụ \"3,8\"",
                   "'value' is {input}, not a number; give the measured figure, e.g. \"3,8\""),
}

_PATTERN_HINTS = {
    "url": ("đường dẫn phải bắt đầu bằng http:// hoặc https://", "links must start with http:// or https://"),
}


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
    field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "giá trị")
    ctx = dict(err.get("ctx") or {})
    etype = err["type"]
    typed = err.get("source_text")
    if etype == "value_error":
        code = str(ctx.get("error", ""))
        if code in _VALUE_ERRORS:
            vi, en = _VALUE_ERRORS[code]
            fmt = {"input": typed if typed is not None else err.get("input"), "number": err.get("input")}
            return vi.format(**fmt), en.format(**fmt), None, None
    if etype in _TYPE_MESSAGES:
        vi, en = _TYPE_MESSAGES[etype]
        fmt = {"field": field, **ctx, **_members(err)}
        if "expected" in ctx:  # pydantic joins choices with an English "or"
            fmt["expected"] = str(ctx["expected"]).replace(" or ", ", ")
        try:
            return (vi.format(**fmt), en.format(**fmt), *_hint(etype, field, err, ctx, typed))
        except (KeyError, IndexError):
            pass
    return (f"'{field}' không hợp lệ ({err['msg']})", f"'{field}': {err['msg']}", None, None)


def _members(err: dict) -> dict:
    words = [_MEMBER_WORDS.get(m, (m, m)) for m in err.get("members", [])]
    vi = list(dict.fromkeys(w[0] for w in words))
    en = list(dict.fromkeys(w[1] for w in words))
    return {"members": " hoặc ".join(vi), "members_en": " or ".join(en)}


def _hint(etype: str, field: str, err: dict, ctx: dict, typed: str | None) -> tuple[str | None, str | None]:
    if etype == "string_pattern_mismatch":
        if field in ("url", "urls", "source_url"):   # every address: evidence, documents, a value's source
            return _PATTERN_HINTS["url"]
        return ("mã chỉ gồm chữ thường không dấu, số và dấu '-', ví dụ phong-noi-vu",
                "ids use lowercase ASCII letters, digits and '-', e.g. phong-noi-vu")
    if etype == "literal_error":
        typed_in = str(err.get("input"))
        codes = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        if any(q in typed_in for q in CURLY_QUOTES):
            bare = typed_in.strip(CURLY_QUOTES + " ")
            return (f"dấu nháy cong (“ ” ‘ ’, do Word hay điện thoại tự đổi) là một phần của chữ; hãy bỏ chúng: {bare}",
                    f"curly quotes (“ ” ‘ ’, from Word or autocorrect) become part of the text; remove them: {bare}")
        label = " ".join(typed_in.lower().split())
        for code, shown in {**VALUE_KIND_LABELS, **TASK_STATUS_LABELS}.items():
            if code in codes and label == shown.lower():
                # The label the pages and the spreadsheet show, typed where the file wants the code.
                return (f"'{typed_in}' là tên hiển thị; trong tệp hãy ghi mã: {code}",
                        f"'{typed_in}' is the label shown on pages; the file takes the code: {code}")
        return did_you_mean(typed_in, codes)
    if etype in ("string_type", "union_type") and typed is not None:
        # `as_written: 1999` or `name: yes`: YAML read the text as a number or true/false.
        return (f"YAML đọc {typed} thành số/ngày/true-false; nếu là chữ, hãy đặt trong dấu nháy: '{typed}'",
                f"YAML read {typed} as a number/date/true-false; if it is text, quote it: '{typed}'")
    return None, None
