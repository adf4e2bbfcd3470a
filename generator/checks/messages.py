"""What the checks say to whoever edits the YAML: every message once, Vietnamese beside English.

A typed table rather than gettext catalogues, for this audience: both languages are written by
us (Vietnamese is the language of the site and its staff, English the one of the code and the
CI log), so there is no translator and no .po/.mo step to keep in sync; gettext would key each
message by its English (or Vietnamese) text and find a missing translation only at run time,
where here a message is a name the code refers to, a typo in it fails at import, and
tests/checks/test_messages.py checks that both languages take the same fields. Moving to gettext
later stays mechanical: each entry is one msgid with one translation.

`Say(vi, en)(**fields)` gives the (vi, en) pair the checker reports (`Checker.say`); hints (how to
fix it) are entries too. Fields are named in the text, as `str.format` reads them.
The staff guide (docs/huong-dan.md) quotes some of these words: tests/test_guide.py runs the
command and compares, so change the guide with the message.

Catalogued so far: the checks of the registry of bodies, plans, tasks, and the references and
duplicates every check reports. The others (indicators, reports, amendments, breakdowns, links)
still word their messages at the call; they move here the same way.
"""
from __future__ import annotations

import string
from dataclasses import dataclass


@dataclass(frozen=True)
class Say:
    vi: str
    en: str

    def __call__(self, **fields) -> tuple[str, str]:
        return self.vi.format(**fields), self.en.format(**fields)

    def fields(self, lang: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(getattr(self, lang)) if name}


# --- every check: references and duplicates (checker.py) ------------------------------------------
UNKNOWN = Say("{what_vi} '{value}' không tồn tại.", "{what_en} '{value}' does not exist.")
CURLY_QUOTES_HINT = Say("dấu nháy cong (“ ” ‘ ’, do Word hay điện thoại tự đổi) là một phần của chữ; "
                        "hãy dùng dấu nháy thẳng: \"{bare}\"",
                        "curly quotes (“ ” ‘ ’) become part of the text; use straight quotes: \"{bare}\"")
DUPLICATE = Say("{what_vi} '{id}' bị trùng (đã có ở {other}).", "Duplicate {what_en} '{id}' (already in {other}).")

# What a reference or an id is, in both languages: passed as what_vi/what_en.
AGENCY = ("Cơ quan", "Agency")
AGENCY_ID = ("Mã cơ quan", "agency id")
PARENT_AGENCY = ("Cơ quan cấp trên", "Parent agency")
SUCCESSOR = ("Cơ quan kế nhiệm", "Successor")
DOCUMENT = ("Văn bản", "Document")
DOCUMENT_ID = ("Mã văn bản", "document id")
MARK_COLUMN_ID = ("Mã cột đánh dấu", "mark column id")
BASELINE_COLUMN_ID = ("Mã cột thực hiện", "baseline column id")
TASK = ("Nhiệm vụ", "Task")
TASK_ID = ("Mã nhiệm vụ", "task id")
TASK_GROUP = ("Nhóm nhiệm vụ", "Task group")
TASK_GROUP_ID = ("Mã nhóm nhiệm vụ", "task group id")
INDICATOR = ("Chỉ tiêu", "Indicator")
DIMENSION = ("Chiều phân tổ", "Dimension")
MARK_COLUMN = ("Cột đánh dấu", "Mark column")
BASELINE_COLUMN = ("Cột thực hiện", "Baseline column")

# --- the registry of bodies (bodies.py) -------------------------------------------------------------
KIND_UNKNOWN = Say("Loại cơ quan '{kind}' không có trong 'kinds'.", "Agency kind '{kind}' is not in 'kinds'.")
ONE_CHANGE_ONLY = Say("Cơ quan '{id}' chỉ ghi một thay đổi.", "Agency '{id}' records one change only.")
ONE_CHANGE_ONLY_HINT = Say("sau khi đổi tên hoặc sáp nhập, cơ quan mới là một mục riêng trong agencies và ghi tiếp "
                           "thay đổi của nó ở đó", "after a rename or merger the new body is its own entry and "
                           "records its later changes there")
NAME_TAKEN = Say("Tên '{name}' đã thuộc về cơ quan '{owner}'.", "Name '{name}' already belongs to agency '{owner}'.")
CHANGE_NEEDS_ONE = Say("Thay đổi '{kind}' ({label}) cần đúng một cơ quan ở 'to'.",
                       "Change '{kind}' needs exactly one body in 'to'.")
CHANGE_NEEDS_ONE_HINT = Say("nhiều cơ quan nhận chức năng: dùng kind: chia-tach", "several bodies: use kind: chia-tach")
SPLIT_NEEDS_SOME = Say("Thay đổi 'chia-tach' cần ít nhất một cơ quan ở 'to', mỗi cơ quan có 'functions'.",
                       "Change 'chia-tach' needs at least one body in 'to', each with 'functions'.")
SPLIT_NEEDS_SOME_HINT = Say("không biết cơ quan nào nhận: dùng kind: chua-xac-dinh",
                            "successor unknown: use kind: chua-xac-dinh")
CHANGE_HAS_NO_SUCCESSOR = Say("Thay đổi '{kind}' ({label}) không có cơ quan kế nhiệm: bỏ 'to'.",
                              "Change '{kind}' has no successor: remove 'to'.")
SUCCEEDS_ITSELF = Say("Cơ quan không thể kế nhiệm chính nó.", "An agency cannot succeed itself.")
SPLIT_NEEDS_FUNCTIONS = Say("Chia tách: ghi 'functions' (chức năng '{agency}' nhận).",
                            "Split: give 'functions' (what '{agency}' took over).")
SINCE_OR_KNOWN_BY = Say("Ghi đúng một trong hai: 'since' (ngày có hiệu lực) hoặc 'known_by' (khi chưa xác định "
                        "ngày hiệu lực: ngày của nguồn sớm nhất cho thấy đã thay đổi).",
                        "Give exactly one of 'since' (effective date) or 'known_by' (date of the earliest source "
                        "showing it).")
CHANGES_LOOP = Say("Chuỗi thay đổi quay vòng: {chain}.", "The chain of changes loops: {chain}.")

# --- a plan's own file (plans.py) ----------------------------------------------------------------------
END_BEFORE_START = Say("Năm kết thúc không được trước năm bắt đầu.", "The end year cannot precede the start year.")
MILESTONE_OUTSIDE = Say("Mốc {year} nằm ngoài thời kỳ của kế hoạch ({start}–{end}).",
                        "Milestone {year} is outside the plan period ({start}–{end}).")
MILESTONE_OUTSIDE_HINT = Say("sửa năm mốc hoặc thời kỳ (period)", "fix the milestone year or the period")
MILESTONE_TWICE = Say("Mốc {year} được khai hai lần.", "Milestone {year} is declared twice.")
MILESTONES_WITHOUT_APPENDIX = Say("Kế hoạch có mốc mục tiêu nhưng không có phụ lục chỉ tiêu (appendix).",
                                  "The plan declares milestones but has no indicator appendix.")
ONE_TASKS_PART = Say("Thân văn bản (body) phải có đúng một mục 'contains: tasks' (chỗ đặt các nhiệm vụ).",
                     "The body must have exactly one part with 'contains: tasks'.")

# --- a plan's tasks (tasks.py) ----------------------------------------------------------------------
SUBGROUP_UNKNOWN = Say("Nhóm con '{subgroup}' không có trong nhóm {group}.", "Subgroup '{subgroup}' is not in group {group}.")
FROM_YEAR_NEEDS_START = Say("Thời gian 'tu-nam' cần có start_year.", "Timeframe 'tu-nam' needs start_year.")
UNTIL_YEAR_NEEDS_END = Say("Thời gian 'den-nam' cần có end_year.", "Timeframe 'den-nam' needs end_year.")
