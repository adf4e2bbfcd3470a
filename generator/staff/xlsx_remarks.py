"""The spreadsheet's two sheets for the report's section IV/V fields: difficulties and
proposals (per body or per task), and the year's budget.

Kept apart from xlsx.py's indicator and task sheets so each can change on its own;
xlsx.py calls add_sheets() when writing a template and read_sheets() when reading
one back. Rows are written in the YAML's order, so an unchanged workbook gives the
same file back byte for byte. A workbook made before these sheets existed reads as
having none.
"""
from __future__ import annotations

from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from generator.data.model import BUDGET_UNIT, REPORT_FIELD_LABELS, Budget
from generator.text.numbers import parse_number
from generator.staff.reports import ReportDraft

SHEET_REMARKS, SHEET_BUDGET = "Khó khăn, đề xuất", "Kinh phí"
SHEETS = (SHEET_REMARKS, SHEET_BUDGET)
REMARK_HEAD = ["Loại", "Nhiệm vụ (mã; để trống nếu là ý chung)", "Nội dung"]
KINDS = {REPORT_FIELD_LABELS["difficulties"]: "difficulties", REPORT_FIELD_LABELS["proposals"]: "proposals"}
BUDGET_ROWS = [f"{REPORT_FIELD_LABELS['estimate']} ({BUDGET_UNIT})", f"{REPORT_FIELD_LABELS['spent']} ({BUDGET_UNIT})",
               "Ghi chú"]
BLANK_ROWS = 15     # room to add new points
LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")


def add_sheets(wb, draft: ReportDraft) -> None:
    ws = wb.create_sheet(SHEET_REMARKS)
    ws.append(REMARK_HEAD)
    rows = [(label, None, text) for key, label in ((k, lb) for lb, k in KINDS.items())
            for text in getattr(draft, key)]
    for t in draft.tasks:
        rows += [(label, t.id, text) for label, key in KINDS.items() for text in getattr(t, key)]
    for r in rows:
        ws.append(list(r))
    kind_dv = DataValidation(type="list", formula1='"' + ",".join(KINDS) + '"', allow_blank=True)
    ws.add_data_validation(kind_dv)
    last = len(rows) + 1 + BLANK_ROWS
    kind_dv.add(f"A2:A{last}")
    for r in range(2, last + 1):
        for c in range(1, 4):
            cell = ws.cell(r, c)
            cell.protection = Protection(locked=False)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABC", (24, 22, 90)):
        ws.column_dimensions[col].width = w
    for cell in ws[1]:
        cell.font, cell.fill = Font(bold=True), LOCKED_FILL
    ws.protection.sheet = True

    ws = wb.create_sheet(SHEET_BUDGET)
    b = draft.budget
    values = [b.estimate, b.spent, b.note] if b else [None, None, None]
    for label, v in zip(BUDGET_ROWS, values):
        ws.append([label, v])
    for r in (1, 2):
        ws.cell(r, 2).number_format = "#,##0.##"
    for r in range(1, 4):
        ws.cell(r, 1).fill = LOCKED_FILL
        ws.cell(r, 2).protection = Protection(locked=False)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 34, 40
    ws.protection.sheet = True


def read_sheets(wb, draft: ReportDraft, problems: list[str]) -> None:
    """Fill the draft's difficulties, proposals and budget from the two sheets; add problems by cell."""
    if SHEET_REMARKS in wb.sheetnames:
        tasks = {t.id: t for t in draft.tasks}
        ws = wb[SHEET_REMARKS]
        for row in ws.iter_rows(min_row=2):
            # A sheet whose columns were deleted has shorter rows: the missing cells read as empty.
            label, tid, text = ([_text(c.value) for c in row[:3]] + [None, None, None])[:3]
            if not (label or tid or text):
                continue
            where = f"Sheet {SHEET_REMARKS}, ô"
            n = row[0].row
            if label not in KINDS:
                problems.append(f"{where} A{n}: hãy chọn Loại: {', '.join(KINDS)}.")
                continue
            if not text:
                problems.append(f"{where} C{n}: hãy ghi nội dung, hoặc xoá cả dòng.")
                continue
            if tid is None:
                getattr(draft, KINDS[label]).append(text)
            elif tid not in tasks:
                problems.append(f"{where} B{n}: '{tid}' không phải nhiệm vụ trong sheet Nhiệm vụ; "
                                "để trống nếu là ý chung của cơ quan.")
            elif tasks[tid].status is None:
                problems.append(f"{where} B{n}: nhiệm vụ {tid} chưa có Tình trạng ở sheet Nhiệm vụ; "
                                "hãy chọn Tình trạng, hoặc để trống ô này nếu là ý chung.")
            else:
                getattr(tasks[tid], KINDS[label]).append(text)
    if SHEET_BUDGET in wb.sheetnames:
        ws = wb[SHEET_BUDGET]
        amounts = []
        for r in (1, 2):
            raw = ws.cell(r, 2).value
            if raw is None or str(raw).strip() == "":
                amounts.append(None)
                continue
            try:
                x = float(raw) if isinstance(raw, (int, float)) and not isinstance(raw, bool) else parse_number(str(raw))
            except ValueError as e:
                problems.append(f"Sheet {SHEET_BUDGET}, ô B{r}: {e}")
                amounts.append(None)
                continue
            if x < 0:
                problems.append(f"Sheet {SHEET_BUDGET}, ô B{r}: số tiền không được âm.")
            amounts.append(x)
        note = _text(ws.cell(3, 2).value)
        if any(a is not None for a in amounts) or note:
            draft.budget = Budget(estimate=amounts[0], spent=amounts[1], note=note) if all(
                a is None or a >= 0 for a in amounts) else None


def _text(v) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None
