"""The spreadsheet round trip: most agencies report in Excel, not YAML.

export-xlsx writes a Vietnamese template for one agency and year (ids, names,
units and targets locked; drop-downs for status and kind; numeric value
cells). import-xlsx reads it back through the same canonical writer as
new-report, so an unchanged workbook gives back the same bytes. Every problem
names its sheet and cell; nothing is written unless the whole workbook reads
cleanly and the resulting plan validates.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from .model import TASK_STATUS_LABELS, VALUE_KIND_LABELS
from .numbers import parse_number
from .problems import DataError
from .project import short_title
from .reports import (
    ReportDraft,
    TaskEntry,
    ValueEntry,
    draft_from_file,
    ended_message,
    last_value_before,
    render_report,
    report_path,
    with_all_expected,
)
from .validate import load_project

SHEET_HELP, SHEET_IND, SHEET_TASK = "Hướng dẫn", "Chỉ tiêu", "Nhiệm vụ"
IND_HEAD = ["Mã", "Chỉ tiêu", "Đơn vị", "Mục tiêu 2025", "Mục tiêu 2030", "Số liệu gần nhất",
            "Năm số liệu", "Giá trị", "Mức (chỉ tiêu định tính)", "Loại số liệu", "Nguồn", "Ghi chú"]
TASK_HEAD = ["Mã", "Nhiệm vụ", "Tình trạng", "Tóm tắt việc đã làm", "Kết quả (mỗi dòng một ý)",
             "Tài liệu (mỗi dòng: tên | https://…)"]
LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")


class SheetProblems(Exception):
    def __init__(self, messages: list[str]):
        super().__init__(f"{len(messages)} problem(s)")
        self.messages = messages


# ------------------------------------------------------------------ export
def build_workbook(project, root: Path, agency: str, year: int) -> Workbook:
    draft = with_all_expected(project, draft_from_file(root, agency, year))
    wb = Workbook()
    help_ = wb.active
    help_.title = SHEET_HELP
    rows = [
        ["Mẫu báo cáo tiến độ", ""],
        ["Cơ quan (mã)", agency],
        ["Năm báo cáo", year],
        ["Cơ quan", project.agency_name(agency)],
        ["Số liệu minh hoạ", "có" if draft.illustrative else "không"],
        ["Ngày gửi (YYYY-MM-DD)", draft.submitted.isoformat() if draft.submitted else ""],
        ["", ""],
        ["Cách điền", "Sheet 'Chỉ tiêu': điền cột Giá trị (số, dùng dấu phẩy thập phân, ví dụ 3,8; không ghi %), "
                      "Loại số liệu và Nguồn. Chỉ tiêu định tính: chọn Mức. Để trống dòng nào chưa có số liệu."],
        ["", "Năm số liệu: để nguyên năm báo cáo; ghi năm trước nếu báo cáo lại số chính thức của năm trước."],
        ["", "Sheet 'Nhiệm vụ': chọn Tình trạng và viết tóm tắt việc đã làm. Các cột màu xám không sửa được."],
        ["", "Sau khi điền: gửi tệp cho người quản trị, hoặc chạy: plansite import-xlsx <tệp>."],
    ]
    for r in rows:
        help_.append(r)
    help_.column_dimensions["A"].width = 26
    help_.column_dimensions["B"].width = 100
    help_["A1"].font = Font(bold=True, size=14)
    help_.protection.sheet = True

    ws = wb.create_sheet(SHEET_IND)
    ws.append(IND_HEAD)
    kind_dv = DataValidation(type="list", formula1='"' + ",".join(VALUE_KIND_LABELS.values()) + '"', allow_blank=True)
    num_dv = DataValidation(type="decimal", operator="between", formula1="-1000000000", formula2="1000000000",
                            allow_blank=True, error="Hãy nhập một số, ví dụ 3,8", errorTitle="Không phải là số")
    year_dv = DataValidation(type="whole", operator="between", formula1=str(year - 5), formula2=str(year), allow_blank=True)
    for dv in (kind_dv, num_dv, year_dv):
        ws.add_data_validation(dv)
    for n, e in enumerate(draft.indicators, start=2):
        i = project.indicators[e.id]
        ws.append([i.id, i.name, i.unit, i.target_2025.text, i.target_2030.text,
                   last_value_before(project, i.id, year), e.year or year,
                   None if i.qualitative else e.value, e.level if i.qualitative else None,
                   VALUE_KIND_LABELS.get(e.kind, None) if e.kind else None, e.source, e.note])
        year_dv.add(f"G{n}")
        kind_dv.add(f"J{n}")
        if i.qualitative:
            dv = DataValidation(type="list", formula1='"' + ",".join(i.levels) + '"', allow_blank=True)
            ws.add_data_validation(dv)
            dv.add(f"I{n}")
        else:
            num_dv.add(f"H{n}")
            ws[f"H{n}"].number_format = "#,##0.##"
    _finish(ws, editable_from=7, widths=[8, 50, 10, 12, 12, 20, 10, 10, 16, 14, 30, 30])

    ws = wb.create_sheet(SHEET_TASK)
    ws.append(TASK_HEAD)
    status_dv = DataValidation(type="list", formula1='"' + ",".join(TASK_STATUS_LABELS.values()) + '"', allow_blank=True)
    ws.add_data_validation(status_dv)
    for n, t in enumerate(draft.tasks, start=2):
        task = project.tasks[t.id]
        ws.append([t.id, short_title(task, 140), TASK_STATUS_LABELS.get(t.status) if t.status else None,
                   t.summary, "\n".join(t.results) or None,
                   "\n".join(f"{title} | {url}" for title, url in t.evidence) or None])
        status_dv.add(f"C{n}")
    _finish(ws, editable_from=3, widths=[8, 50, 20, 50, 40, 40])
    return wb


def _finish(ws, editable_from: int, widths: list[int]) -> None:
    for col, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, col).column_letter].width = w
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.column >= editable_from:
                cell.protection = Protection(locked=False)
            else:
                cell.fill = LOCKED_FILL
    ws.freeze_panes = "C2"
    ws.protection.sheet = True


# ------------------------------------------------------------------ import
def _text(v) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _cells(sheet: str, row: int):
    """Names a cell the way staff see it in Excel: 'Sheet Chỉ tiêu, ô H12'."""
    return lambda col: f"Sheet {sheet}, ô {col}{row}"


def read_workbook(project, path: Path) -> ReportDraft:
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as e:  # openpyxl raises many types for a file that is not a workbook
        raise SheetProblems([f"Không mở được '{path.name}' như tệp Excel (.xlsx): {e}"]) from None
    problems: list[str] = []
    for name in (SHEET_HELP, SHEET_IND, SHEET_TASK):
        if name not in wb.sheetnames:
            problems.append(f"Thiếu sheet '{name}': hãy dùng mẫu do plansite export-xlsx tạo ra.")
    if problems:
        raise SheetProblems(problems)
    h = wb[SHEET_HELP]
    agency, year = _text(h["B2"].value), h["B3"].value
    if agency not in project.agencies or not isinstance(year, int):
        raise SheetProblems([f"Sheet {SHEET_HELP}, ô B2/B3: mã cơ quan hoặc năm báo cáo bị sửa; hãy xuất lại mẫu."])
    illustrative = _text(h["B5"].value) == "có"
    submitted = None
    if _text(h["B6"].value):
        import datetime as dt
        raw = h["B6"].value
        try:
            submitted = raw.date() if isinstance(raw, dt.datetime) else dt.date.fromisoformat(str(raw).strip())
        except ValueError:
            problems.append(f"Sheet {SHEET_HELP}, ô B6: '{raw}' không phải ngày dạng YYYY-MM-DD.")
    kinds = {label: k for k, label in VALUE_KIND_LABELS.items()}
    statuses = {label: k for k, label in TASK_STATUS_LABELS.items()}
    values: list[ValueEntry] = []
    for row in wb[SHEET_IND].iter_rows(min_row=2):
        cells = {c.column_letter: c for c in row}
        rid = _text(cells["A"].value)
        if rid is None:
            continue
        where = _cells(SHEET_IND, row[0].row)
        if rid not in project.indicators:
            problems.append(f"{where('A')}: mã chỉ tiêu '{rid}' không tồn tại (cột này không được sửa).")
            continue
        ind = project.indicators[rid]
        raw_value, level = cells["H"].value, _text(cells["I"].value)
        number = None
        if raw_value is not None and str(raw_value).strip() != "":
            if isinstance(raw_value, (int, float)) and not isinstance(raw_value, bool):
                number = float(raw_value)
            else:
                try:
                    number = parse_number(str(raw_value))
                except ValueError as e:
                    problems.append(f"{where('H')}: {e}")
                    continue
        if ind.qualitative and number is not None:
            problems.append(f"{where('H')}: chỉ tiêu {rid} là định tính; hãy chọn ở cột Mức, để trống cột Giá trị.")
            continue
        if level is not None and level not in (ind.levels or ()):
            problems.append(f"{where('I')}: '{level}' không phải một mức của chỉ tiêu {rid}"
                            + (f" ({', '.join(ind.levels)})." if ind.levels else "; chỉ tiêu này nhập Giá trị."))
            continue
        kind_label, source = _text(cells["J"].value), _text(cells["K"].value)
        entry_year = cells["G"].value
        if number is None and level is None:
            if kind_label or source or _text(cells["L"].value):
                problems.append(f"{where('H')}: có Loại số liệu/Nguồn nhưng chưa có giá trị.")
            values.append(ValueEntry(rid))
            continue
        if kind_label not in kinds:
            problems.append(f"{where('J')}: hãy chọn Loại số liệu: {', '.join(kinds)}.")
            continue
        if not source:
            problems.append(f"{where('K')}: hãy ghi Nguồn của số liệu.")
            continue
        if not isinstance(entry_year, int) or not (year - 5 <= entry_year <= year):
            problems.append(f"{where('G')}: năm '{entry_year}' phải là số từ {year - 5} đến {year}.")
            continue
        values.append(ValueEntry(rid, entry_year if entry_year != year else None, number, level, kinds[kind_label],
                                 source, _text(cells["L"].value)))
    tasks: list[TaskEntry] = []
    for row in wb[SHEET_TASK].iter_rows(min_row=2):
        tid = _text(row[0].value)
        if tid is None:
            continue
        where = _cells(SHEET_TASK, row[0].row)
        if tid not in project.tasks:
            problems.append(f"{where('A')}: mã nhiệm vụ '{tid}' không tồn tại (cột này không được sửa).")
            continue
        label, summary = _text(row[2].value), _text(row[3].value)
        if label is None:
            tasks.append(TaskEntry(tid))
            continue
        if label not in statuses:
            problems.append(f"{where('C')}: hãy chọn Tình trạng: {', '.join(statuses)}.")
            continue
        if not summary:
            problems.append(f"{where('D')}: hãy tóm tắt việc đã làm.")
            continue
        results = [ln.strip() for ln in (_text(row[4].value) or "").splitlines() if ln.strip()]
        evidence = []
        for ln in (_text(row[5].value) or "").splitlines():
            if not ln.strip():
                continue
            title, sep, url = ln.rpartition("|")
            if not sep or not url.strip().startswith(("http://", "https://")):
                problems.append(f"{where('F')}: dòng '{ln.strip()}' phải có dạng: tên tài liệu | https://…")
                continue
            evidence.append((title.strip(), url.strip()))
        tasks.append(TaskEntry(tid, statuses[label], summary, results, evidence))
    if problems:
        raise SheetProblems(problems)
    return ReportDraft(agency, year, illustrative, submitted, values, tasks)


def import_workbook(root: Path, xlsx: Path) -> Path:
    """Write the report the workbook holds; validate the whole plan; restore the old file if it fails."""
    root = Path(root)
    project = load_project(root)
    draft = read_workbook(project, Path(xlsx))
    path = report_path(root, draft.year, draft.agency)
    old = path.read_bytes() if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(project, draft), encoding="utf-8")
    try:
        load_project(root)
    except DataError:
        if old is None:
            path.unlink()
        else:
            path.write_bytes(old)
        raise
    return path


# ------------------------------------------------------------------ CLI
def cmd_export_xlsx(args) -> int:
    project = load_project(args.root)
    if args.agency not in project.agencies:
        print(f"Không có cơ quan '{args.agency}'.", file=sys.stderr)
        return 1
    ended = ended_message(project, args.agency, args.year)
    if ended and not report_path(args.root, args.year, args.agency).exists():
        print(ended, file=sys.stderr)
        return 1
    out = Path(args.out or f"bao-cao-{args.year}-{args.agency}.xlsx")
    build_workbook(project, Path(args.root), args.agency, args.year).save(out)
    print(f"Đã ghi mẫu báo cáo: {out}")
    return 0


def cmd_import_xlsx(args) -> int:
    try:
        path = import_workbook(Path(args.root), Path(args.file))
    except SheetProblems as e:
        for m in e.messages:
            print(m, file=sys.stderr)
        print(f"{len(e.messages)} lỗi trong tệp Excel; chưa ghi gì.", file=sys.stderr)
        return 1
    print(f"Đã ghi {path}.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("export-xlsx", help="xuất mẫu Excel để một cơ quan điền báo cáo năm")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--agency", required=True)
    p.add_argument("--out", help="tên tệp .xlsx")
    p.set_defaults(func=cmd_export_xlsx)
    p = sub.add_parser("import-xlsx", help="đọc mẫu Excel đã điền và ghi thành tệp báo cáo YAML")
    p.add_argument("file")
    p.set_defaults(func=cmd_import_xlsx)
