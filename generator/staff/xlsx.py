"""The spreadsheet round trip: most agencies report in Excel, not YAML.

export-xlsx writes a Vietnamese template for one agency and year (ids, names,
units and targets locked; drop-downs for status and kind; numeric value
cells; a sheet per breakdown, see xlsx_breakdowns). import-xlsx reads it back
through the same canonical writer as new-report, so an unchanged workbook
gives back the same bytes. Every problem
names its sheet and cell; nothing is written unless the whole workbook reads
cleanly and the resulting plan validates.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from generator.staff import xlsx_breakdowns
from generator.staff.sheets import (Col, Sheet, cell_number, cell_text, finish_sheet, find_sheet, header_key,
                                    input_check, number_dv, row_indicator)
from generator.staff import xlsx_remarks
from generator.data.model import TASK_STATUS_LABELS, VALUE_KIND_LABELS
from generator.text.numbers import allowed_range, exact_quantity, format_number, impossible, jump
from generator.data.problems import DataError
from generator.data.project import short_title
from generator.staff.reports import (
    ReportDraft,
    TaskEntry,
    ValueEntry,
    draft_from_file,
    ended_message,
    expected_ids,
    last_value_before,
    render_report,
    report_path,
    with_all_expected,
)
from generator.checks.family import load_project
from generator.text.dates import vi_date

SHEET_HELP, SHEET_IND, SHEET_TASK = "Hướng dẫn", "Chỉ tiêu", "Nhiệm vụ"


# The appendix's own columns (one per baseline column and milestone the plan declares) sit
# between "Đơn vị" and "Số liệu gần nhất": see ind_cols().
IND_COLS = [
    Col("id", "Mã", 8, required=True), Col("name", "Chỉ tiêu", 50), Col("unit", "Đơn vị", 10),
    Col("last", "Số liệu gần nhất", 20),
    Col("year", "Năm số liệu", 10, editable=True, required=True),
    Col("value", "Giá trị", 10, editable=True, required=True),
    Col("level", "Mức (chỉ tiêu định tính)", 16, editable=True),
    Col("kind", "Loại số liệu", 14, editable=True, required=True),
    Col("source", "Nguồn", 30, editable=True, required=True),
    Col("note", "Ghi chú", 30, editable=True),
]
TASK_COLS = [
    Col("id", "Mã", 8, required=True), Col("name", "Nhiệm vụ", 50),
    Col("status", "Tình trạng", 20, editable=True, required=True),
    Col("summary", "Tóm tắt việc đã làm", 50, editable=True, required=True),
    Col("results", "Kết quả (mỗi dòng một ý)", 40, editable=True),
    Col("evidence", "Tài liệu (mỗi dòng: tên | https://…)", 40, editable=True),
]


def ind_cols(project) -> list[Col]:
    """The indicator sheet's columns for one plan: its baseline columns and milestones, read-only."""
    appendix = [Col(f"baseline:{b.id}", b.label, 12) for b in project.plan.baselines]
    appendix += [Col(f"target:{m}", f"Mục tiêu {m}", 12) for m in project.milestones]
    return IND_COLS[:3] + appendix + IND_COLS[3:]


# Kept for callers that name the headers (tests, docs): the columns every plan's sheet has.
IND_HEAD = [c.header for c in IND_COLS]
TASK_HEAD = [c.header for c in TASK_COLS]
# Rows of the help sheet, found by their label in column A.
HELP_AGENCY, HELP_YEAR, HELP_ILLUSTRATIVE, HELP_SUBMITTED = (
    "Cơ quan (mã)", "Năm báo cáo", "Số liệu minh hoạ", "Ngày gửi (ngày/tháng/năm)")


class SheetProblems(Exception):
    def __init__(self, messages: list[str]):
        super().__init__(f"{len(messages)} problem(s)")
        self.messages = messages


def _list_dv(choices, title: str, what: str) -> DataValidation:
    return input_check("list", title, f"Hãy chọn {what} trong danh sách: {', '.join(choices)}.",
               formula1='"' + ",".join(choices) + '"')


def _targets(info) -> list[float]:
    return [x for t in info.targets.values() for x in (t.value, t.low, t.high) if x is not None]


def _locked_text(project, year: int, kind: str, item_id: str) -> dict[str, object]:
    """What export writes in the read-only columns of a row; import compares against it."""
    if kind == "ind":
        i = project.indicators[item_id]
        return {"name": i.name, "unit": i.unit, **{f"baseline:{b.id}": i.baselines.get(b.id, "") for b in project.plan.baselines},
                **{f"target:{m}": i.target(m).text for m in project.milestones},
                "last": last_value_before(project, i.id, year)}
    return {"name": short_title(project.tasks[item_id], 140)}


# ------------------------------------------------------------------ export
def build_workbook(project, root: Path, agency: str, year: int) -> Workbook:
    """The template one agency fills for one year: help (who, which year, when sent), indicators,
    tasks, then the breakdown and remarks sheets of their own modules."""
    draft = with_all_expected(project, draft_from_file(root, agency, year, project.id))
    wb = Workbook()
    _help_sheet(wb, project, draft, agency, year)
    _indicator_sheet(wb.create_sheet(SHEET_IND), project, draft, year)
    _task_sheet(wb.create_sheet(SHEET_TASK), project, draft, year)
    xlsx_remarks.add_sheets(wb, draft)
    xlsx_breakdowns.add_sheets(wb, project, draft, after=SHEET_IND)
    return wb


def _help_sheet(wb: Workbook, project, draft: ReportDraft, agency: str, year: int) -> None:
    help_ = wb.active
    help_.title = SHEET_HELP
    rows = [
        ["Mẫu báo cáo tiến độ", ""],
        [HELP_AGENCY, agency],
        [HELP_YEAR, year],
        ["Cơ quan", project.agency_name(agency)],
        [HELP_ILLUSTRATIVE, "có" if draft.illustrative else "không"],
        [HELP_SUBMITTED, draft.submitted],
        ["", ""],
        ["Cách điền", "Sheet 'Chỉ tiêu': điền cột Giá trị (số, dùng dấu phẩy thập phân, ví dụ 3,8; không ghi %), "
                      "Loại số liệu và Nguồn. Chỉ tiêu định tính: chọn Mức. Để trống dòng nào chưa có số liệu."],
        ["", "Năm số liệu: để nguyên năm báo cáo; ghi năm trước nếu báo cáo lại số chính thức của năm trước."],
        ["", "Sheet 'Nhiệm vụ': chọn Tình trạng và viết tóm tắt việc đã làm. Các cột màu xám không sửa được."],
        ["", "Ngày gửi: ghi ngày cơ quan gửi báo cáo (ví dụ 05/12/2026) ở ô bên cạnh."],
        ["", "Sau khi điền: gửi tệp cho người quản trị, hoặc chạy: plansite import-xlsx <tệp>. "
             "Số liệu đã có mà tệp không chứa được giữ nguyên."],
    ]
    if line := xlsx_breakdowns.help_line(project, draft):
        rows.insert(-1, ["", line])
    for r in rows:
        help_.append(r)
    help_.column_dimensions["A"].width = 26
    help_.column_dimensions["B"].width = 100
    help_["A1"].font = Font(bold=True, size=14)
    date_cell = help_["B6"]
    date_cell.number_format = "DD/MM/YYYY"
    date_cell.alignment = Alignment(horizontal="left")
    date_cell.protection = Protection(locked=False)  # the one thing staff fill on this sheet
    date_dv = input_check("date", "Ngày gửi", "Hãy nhập một ngày, ví dụ 05/12/2026.", operator="between",
                  formula1="DATE(2000,1,1)", formula2="DATE(2100,12,31)")
    help_.add_data_validation(date_dv)
    date_dv.add("B6")
    help_.protection.sheet = True


def _indicator_sheet(ws, project, draft: ReportDraft, year: int) -> None:
    cols = ind_cols(project)
    ws.append([c.header for c in cols])
    col = {c.key: get_column_letter(n) for n, c in enumerate(cols, start=1)}
    kind_dv = _list_dv(list(VALUE_KIND_LABELS.values()), "Loại số liệu", "loại số liệu")
    year_dv = input_check("whole", "Năm số liệu", f"Năm số liệu là một năm từ {year - 5} đến {year}.", operator="between",
                  formula1=str(year - 5), formula2=str(year))
    for dv in (kind_dv, year_dv):
        ws.add_data_validation(dv)
    number_dvs: dict[tuple, DataValidation] = {}
    for n, e in enumerate(draft.indicators, start=2):
        i = project.indicators[e.id]
        locked = _locked_text(project, year, "ind", i.id)
        row = {**locked, "id": i.id, "year": e.year or year, "value": None if i.qualitative else e.value,
               "level": e.level if i.qualitative else None,
               "kind": VALUE_KIND_LABELS.get(e.kind) if e.kind else None, "source": e.source, "note": e.note}
        ws.append([row[c.key] for c in cols])
        year_dv.add(f"{col['year']}{n}")
        kind_dv.add(f"{col['kind']}{n}")
        if i.qualitative:
            dv = _list_dv(list(i.levels), "Mức", f"mức của chỉ tiêu {i.id}")
            ws.add_data_validation(dv)
            dv.add(f"{col['level']}{n}")
        else:
            low, high = allowed_range(i.unit, i.name, _targets(i))
            if (low, high) not in number_dvs:
                number_dvs[low, high] = number_dv(low, high)
                ws.add_data_validation(number_dvs[low, high])
            number_dvs[low, high].add(f"{col['value']}{n}")
            ws[f"{col['value']}{n}"].number_format = "#,##0.##"
    finish_sheet(ws, cols)


def _task_sheet(ws, project, draft: ReportDraft, year: int) -> None:
    ws.append(TASK_HEAD)
    col = {c.key: get_column_letter(n) for n, c in enumerate(TASK_COLS, start=1)}
    status_dv = _list_dv(list(TASK_STATUS_LABELS.values()), "Tình trạng", "tình trạng")
    ws.add_data_validation(status_dv)
    for n, t in enumerate(draft.tasks, start=2):
        row = {**_locked_text(project, year, "task", t.id), "id": t.id,
               "status": TASK_STATUS_LABELS.get(t.status) if t.status else None, "summary": t.summary,
               "results": "\n".join(t.results) or None,
               "evidence": "\n".join(f"{title} | {url}" for title, url in t.evidence) or None}
        ws.append([row[c.key] for c in TASK_COLS])
        status_dv.add(f"{col['status']}{n}")
    finish_sheet(ws, TASK_COLS)


# ------------------------------------------------------------------ import
def _help_values(wb) -> dict[str, tuple[object, str]]:
    """Label → (value, cell name) on the help sheet, found by the label in column A."""
    out = {}
    for row in wb[SHEET_HELP].iter_rows(max_col=2):
        if len(row) == 2 and isinstance(row[0].value, str):
            label = header_key(row[0].value)
            for wanted in (HELP_AGENCY, HELP_YEAR, HELP_ILLUSTRATIVE, HELP_SUBMITTED):
                if label == header_key(wanted) or (wanted == HELP_SUBMITTED and label.startswith("ngày gửi")):
                    out[wanted] = (row[1].value, f"Sheet {SHEET_HELP}, ô {row[1].coordinate}")
    return out


def _date(raw) -> dt.date | None:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    s = str(raw).strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


@dataclass
class Filled:
    """What a filled template holds. `columns` names the template columns found: for a column
    the workbook no longer has, import keeps what the report already says."""
    draft: ReportDraft
    columns: set[str]                   # keys of the indicator and task columns found
    cells: dict[tuple, str]             # ("ind"|"task", id, year) → name of the row's first cell
    notes: list[str]                    # ignored input worth saying (unknown columns, extra sheets)
    warnings: list[str]
    # The breakdown sheets. A lambda: the two modules import each other, so Read may not exist yet here.
    parts: xlsx_breakdowns.Read = field(default_factory=lambda: xlsx_breakdowns.Read())


def _open(path: Path):
    suffix = path.suffix.lower()
    if suffix in (".xls", ".csv", ".ods", ".numbers"):
        what = {".xls": "Excel 97-2003 (.xls)", ".csv": "CSV (.csv: chỉ có một sheet, mất danh sách chọn)",
                ".ods": "OpenDocument (.ods)", ".numbers": "Numbers (.numbers)"}[suffix]
        raise SheetProblems([f"'{path.name}' là tệp {what}, chương trình chỉ đọc .xlsx. Hãy mở tệp trong Excel, "
                             f"chọn Tệp → Lưu thành → 'Sổ làm việc Excel (*.xlsx)', rồi nhập tệp .xlsx đó."])
    if not path.exists():
        raise SheetProblems([f"Không thấy tệp '{path}'."])
    try:
        return load_workbook(path, data_only=True)
    except Exception:  # openpyxl raises many types (in English) for a file that is not a workbook
        raise SheetProblems([f"Không mở được '{path.name}' như tệp Excel (.xlsx): tệp hỏng hoặc không phải .xlsx. "
                             f"Hãy mở trong Excel và lưu lại dạng .xlsx, hoặc xuất lại mẫu."]) from None


def read_workbook(project, path: Path) -> Filled:
    wb = _open(Path(path))
    problems: list[str] = []
    notes: list[str] = []
    if SHEET_HELP not in wb.sheetnames:
        raise SheetProblems([f"Thiếu sheet '{SHEET_HELP}' (nơi ghi cơ quan và năm báo cáo); hãy dùng mẫu do "
                             f"plansite export-xlsx tạo ra."])
    help_ = _help_values(wb)
    agency = cell_text(help_.get(HELP_AGENCY, (None,))[0])
    year = help_.get(HELP_YEAR, (None,))[0]
    year = int(year) if isinstance(year, (int, float)) and not isinstance(year, bool) and float(year).is_integer() else None
    if agency not in project.agencies or year is None:
        raise SheetProblems([f"Sheet {SHEET_HELP}: dòng '{HELP_AGENCY}' hoặc '{HELP_YEAR}' bị sửa hay bị xoá; "
                             f"hãy xuất lại mẫu."])
    # A missing row keeps what the report says: real data must never turn illustrative, nor back, by accident.
    illustrative = header_key(help_[HELP_ILLUSTRATIVE][0]) == "có" if HELP_ILLUSTRATIVE in help_ else None
    submitted = None
    raw, cell = help_.get(HELP_SUBMITTED, (None, None))
    if cell_text(raw):
        submitted = _date(raw)
        if submitted is None:
            problems.append(f"{cell}: '{raw}' không phải là ngày; hãy ghi dạng ngày/tháng/năm, ví dụ 05/12/{year}.")
    for other in wb.sheetnames:
        if other not in (SHEET_HELP, SHEET_IND, SHEET_TASK, *xlsx_remarks.SHEETS,
                         *xlsx_breakdowns.sheet_names(project)) and any(
                cell_text(v) for row in wb[other].iter_rows(values_only=True) for v in row):
            notes.append(f"Sheet {other}: không thuộc mẫu; nội dung của sheet này không được đọc.")
    ind_sheet = find_sheet(wb, SHEET_IND, ind_cols(project), problems)
    task_sheet = find_sheet(wb, SHEET_TASK, TASK_COLS, problems)
    if problems and (ind_sheet is None or task_sheet is None):
        raise SheetProblems(problems)
    cells: dict[tuple, str] = {}
    warnings: list[str] = []
    values = _read_indicators(project, ind_sheet, agency, year, problems, cells, warnings)
    tasks = _read_tasks(project, task_sheet, agency, year, problems, cells)
    for sheet in (ind_sheet, task_sheet):
        for n, header in sheet.unknown.items():
            notes.append(f"Sheet {sheet.name}, cột {get_column_letter(n)} ('{header}'): cột không có trong mẫu; "
                         f"nội dung của cột này không được đọc.")
    draft = ReportDraft(agency, year, illustrative, submitted, values, tasks)
    xlsx_remarks.read_sheets(wb, draft, problems)
    parts = xlsx_breakdowns.read_sheets(wb, project, agency, year, problems)
    if problems:
        raise SheetProblems(problems)
    columns = {f"ind.{k}" for k in ind_sheet.cols} | {f"task.{k}" for k in task_sheet.cols}
    columns |= {f"sheet.{name}" for name in xlsx_remarks.SHEETS if name in wb.sheetnames}
    return Filled(draft, columns, cells, notes, warnings, parts)


def _locked_edits(project, sheet: Sheet, row: int, cells: dict, kind: str, item_id: str, year: int, problems):
    """Text typed into a grey column is never read: say so rather than drop it."""
    expected = _locked_text(project, year, kind, item_id)
    for key, want in expected.items():
        c = cells.get(key)
        if key == "last" and c is not None and re.fullmatch(r"chưa có|.+ \(\d{4}, [^)]+\)", cell_text(c.value) or ""):
            continue  # a last value as export writes it, maybe from before a revision: not typed by hand
        if c is not None and cell_text(c.value) != cell_text(want):
            header = next(col.header for col in (ind_cols(project) if kind == "ind" else TASK_COLS) if col.key == key)
            problems.append(f"{sheet.where(key, row)}: cột '{header}' chỉ để xem (màu xám), nội dung sửa ở đây "
                            f"không được đọc ('{cell_text(c.value) or ''}'). Nếu đó là số liệu hay lời tóm tắt, hãy chép "
                            f"vào đúng cột điền; rồi trả lại ô này như cũ ('{cell_text(want) or ''}').")


def _read_indicators(project, sheet: Sheet, agency, year, problems, cells, warnings) -> list[ValueEntry]:
    kinds = {label: k for k, label in VALUE_KIND_LABELS.items()}
    owed = set(expected_ids(project, agency, year)[0])   # its own, and what it inherited from an ended body
    values: list[ValueEntry] = []
    for r, row in sheet.rows():
        get = lambda key: row[key].value if key in row else None  # noqa: E731
        where = lambda key: sheet.where(key, r)  # noqa: E731
        ind = _row_indicator(project, sheet, r, get, agency, owed, problems)
        if ind is None:
            continue
        rid = ind.id
        _locked_edits(project, sheet, r, row, "ind", rid, year, problems)
        entry_year = _entry_year(get("year"), year)
        if isinstance(entry_year, bool) or not isinstance(entry_year, int) or not (year - 5 <= entry_year <= year):
            problems.append(f"{where('year')}: năm '{entry_year}' phải là số từ {year - 5} đến {year}.")
            continue
        cells[("ind", rid, entry_year)] = where("id")
        if "value" in row:
            cells[("ind.value", rid, entry_year)] = where("value")
        number = cell_number(row.get("value"), ind, where("value") if "value" in row else "", problems)
        if number is False:
            continue
        level = cell_text(get("level"))
        if ind.qualitative and number is not None:
            problems.append(f"{where('value')}: chỉ tiêu {rid} là định tính; hãy chọn ở cột Mức, để trống cột Giá trị.")
            continue
        if level is not None and level not in (ind.levels or ()):
            problems.append(f"{sheet.where('level', r)}: '{level}' không phải một mức của chỉ tiêu {rid}"
                            + (f" ({', '.join(ind.levels)})." if ind.levels else "; chỉ tiêu này nhập Giá trị."))
            continue
        kind_label, source, note = cell_text(get("kind")), cell_text(get("source")), cell_text(get("note"))
        if number is None and level is None:
            if kind_label or source or note:
                problems.append(f"{where('value' if not ind.qualitative or 'level' not in row else 'level')}: "
                                f"có Loại số liệu/Nguồn/Ghi chú nhưng chưa có "
                                f"{'mức' if ind.qualitative else 'giá trị'}.")
            values.append(ValueEntry(rid, entry_year if entry_year != year else None))
            continue
        if kind_label not in kinds:
            problems.append(f"{where('kind')}: hãy chọn Loại số liệu: {', '.join(kinds)}.")
            continue
        if not source:
            problems.append(f"{where('source')}: hãy ghi Nguồn của số liệu.")
            continue
        if number is not None and (why := impossible(number, ind.unit, ind.name, _targets(ind))):
            problems.append(f"{where('value')}: {why[0]}")
            continue
        if number is not None and (warning := _jump_warning(project, rid, entry_year, number)):
            warnings.append(f"{where('value')}: {warning}")
        values.append(ValueEntry(rid, entry_year if entry_year != year else None, number, level, kinds[kind_label],
                                 source, note))
    return values


def _row_indicator(project, sheet: Sheet, r: int, get, agency: str, owed: set[str], problems: list[str]):
    """The indicator a row of the sheet reports for this body, or None (a problem said, or a row to skip)."""
    rid = cell_text(get("id"))
    filled = [k for k in ("value", "level", "kind", "source", "note") if cell_text(get(k))]
    ind = row_indicator(project, sheet.where("id", r), rid, bool(filled), problems)
    if ind is None:
        return None
    if ind.reporting_agency != agency and rid not in owed:
        if filled:
            problems.append(f"{sheet.where('id', r)}: chỉ tiêu {rid} do '{project.agency_name(ind.reporting_agency)}' "
                            f"báo cáo, không phải '{project.agency_name(agency)}'; hãy xoá dòng này (số liệu gửi "
                            f"cho cơ quan đó điền trong mẫu của họ).")
        return None
    return ind


def _entry_year(raw, year: int):
    """The year cell as a year (a number Excel stored as 2027.0, or text "2027"); empty is the report's year."""
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and raw.strip().isdigit():
        return int(raw.strip())
    return year if raw is None else raw


def _jump_warning(project, rid: str, entry_year: int, number: float) -> str | None:
    """A value far from the last one reported before it: worth a second look, never refused."""
    ind = project.indicators[rid]
    before = [rv.current for rv in project.values.get(rid, ()) if rv.current.year < entry_year]
    if not before or before[-1].number is None or not (why := jump(before[-1].number, number, ind.unit)):
        return None
    return (f"cảnh báo: chỉ tiêu {rid} năm {entry_year}: {exact_quantity(number, ind.unit)}, {why[0]} "
            f"({exact_quantity(before[-1].number, ind.unit)} năm {before[-1].year}). "
            f"Nếu số đúng, hãy ghi lý do ở cột Ghi chú.")


def _read_tasks(project, sheet: Sheet, agency, year, problems, cells) -> list[TaskEntry]:
    statuses = {label: k for k, label in TASK_STATUS_LABELS.items()}
    owed = set(expected_ids(project, agency, year)[1])
    tasks: list[TaskEntry] = []
    for r, row in sheet.rows():
        get = lambda key: row[key].value if key in row else None  # noqa: E731
        where = lambda key: sheet.where(key, r)  # noqa: E731
        tid = cell_text(get("id"))
        filled = [k for k in ("status", "summary", "results", "evidence") if cell_text(get(k))]
        if tid is None:
            if filled:
                problems.append(f"{where('id')}: dòng này có nội dung nhưng không có Mã nhiệm vụ; "
                                f"hãy điền lại Mã (xem mẫu gốc) hoặc xoá dòng.")
            continue
        if tid not in project.tasks:
            problems.append(f"{where('id')}: mã nhiệm vụ '{tid}' không tồn tại (cột này không được sửa).")
            continue
        lead = project.tasks[tid].lead
        if (not lead or agency not in lead.agencies) and tid not in owed:
            if filled:
                problems.append(f"{where('id')}: nhiệm vụ {tid} không do '{project.agency_name(agency)}' chủ trì; "
                                f"hãy xoá dòng này (cơ quan chủ trì báo cáo trong mẫu của họ).")
            continue
        _locked_edits(project, sheet, r, row, "task", tid, year, problems)
        cells[("task", tid, year)] = where("id")
        label, summary = cell_text(get("status")), cell_text(get("summary"))
        if label is None:
            if filled:
                problems.append(f"{where('status')}: có {' và '.join(_TASK_WORDS[k] for k in filled)} nhưng chưa chọn "
                                f"Tình trạng, nên không được đọc; hãy chọn Tình trạng: {', '.join(statuses)}.")
            tasks.append(TaskEntry(tid))
            continue
        if label not in statuses:
            problems.append(f"{where('status')}: hãy chọn Tình trạng: {', '.join(statuses)}.")
            continue
        if not summary:
            problems.append(f"{where('summary')}: hãy tóm tắt việc đã làm.")
            continue
        results = [ln.strip() for ln in (cell_text(get("results")) or "").splitlines() if ln.strip()]
        evidence = []
        for ln in (cell_text(get("evidence")) or "").splitlines():
            if not ln.strip():
                continue
            title, sep, url = ln.rpartition("|")
            if not sep or not title.strip() or not url.strip().startswith(("http://", "https://")):
                problems.append(f"{where('evidence')}: dòng '{ln.strip()}' phải có dạng: tên tài liệu | https://…")
                continue
            evidence.append((title.strip(), url.strip()))
        tasks.append(TaskEntry(tid, statuses[label], summary, results, evidence))
    return tasks


_TASK_WORDS = {"status": "tình trạng", "summary": "tóm tắt", "results": "kết quả", "evidence": "tài liệu"}


# ------------------------------------------------------------------ merge
@dataclass
class Outcome:
    """What an import did, to be printed: nothing an existing report held is lost silently."""
    path: Path
    values_added: list[str] = field(default_factory=list)
    values_changed: list[str] = field(default_factory=list)
    values_unchanged: int = 0
    tasks_added: list[str] = field(default_factory=list)
    tasks_changed: list[str] = field(default_factory=list)
    tasks_unchanged: int = 0
    kept: list[str] = field(default_factory=list)
    submitted: str | None = None
    parts_read: bool = False            # the workbook had a breakdown sheet
    parts_added: list[str] = field(default_factory=list)
    parts_changed: list[str] = field(default_factory=list)
    parts_unchanged: int = 0


def merge(project, existing: ReportDraft | None, got: Filled) -> tuple[ReportDraft, Outcome]:
    """The existing report with what the workbook holds applied on top.

    An entry the workbook does not hold (row deleted, value cell left empty, column
    missing) stays as the report had it, and the outcome says so.
    """
    new = got.draft
    out = Outcome(Path())
    if existing is None:
        existing = ReportDraft(new.agency, new.year)
    year = new.year
    values = _merge_values(existing, got, out)
    out.parts_read = bool(got.parts.keys)
    xlsx_breakdowns.merge_parts(project, values, year, got.parts, out)
    tasks = _merge_tasks(existing, got, out)
    submitted = new.submitted or existing.submitted
    if new.submitted and new.submitted != existing.submitted:
        out.submitted = vi_date(new.submitted)
    illustrative = existing.illustrative if new.illustrative is None else new.illustrative
    # A workbook made before the remarks and budget sheets existed keeps what the report said.
    remarks = f"sheet.{xlsx_remarks.SHEET_REMARKS}" in got.columns
    budget = new.budget if f"sheet.{xlsx_remarks.SHEET_BUDGET}" in got.columns else existing.budget
    return ReportDraft(new.agency, year, illustrative, submitted, values, tasks,
                       new.difficulties if remarks else existing.difficulties,
                       new.proposals if remarks else existing.proposals, budget), out


def _merge_values(existing: ReportDraft, got: Filled, out: Outcome) -> list[ValueEntry]:
    """The report's indicator values with the workbook's on top; parts are merged after (merge_parts)."""
    new, year = got.draft, got.draft.year
    label = lambda e: f"{e.id}" + (f" (năm {e.year})" if e.year and e.year != year else "")  # noqa: E731
    values = [ValueEntry(**vars(e)) for e in existing.indicators]
    index = {(e.id, e.year or year): n for n, e in enumerate(values)}
    has_note = "ind.note" in got.columns
    for w in new.indicators:
        key = (w.id, w.year or year)
        n = index.get(key)
        old = values[n] if n is not None else None
        if w.value is None and w.level is None:
            if old is None:
                values.append(w)
                index[key] = len(values) - 1
            elif old.value is not None or old.level is not None:
                out.kept.append(f"chỉ tiêu {label(old)}: ô trống trong {got.cells.get(('ind',) + key, 'tệp Excel')}; "
                                f"giữ số đã có ({_shown(old)})")
            continue
        if old is not None:
            # The indicator sheet holds no parts: they come from the breakdown sheets, below.
            # Nor the source's address and date (YAML only): they stay while the source's text is the same.
            same = w.source == old.source
            w = ValueEntry(**{**vars(w), "note": w.note if has_note else old.note, "parts": old.parts,
                              "source_url": old.source_url if same else None, "source_date": old.source_date if same else None})
        if old is None:
            values.append(w)
            index[key] = len(values) - 1
            out.values_added.append(f"{label(w)}: {_shown(w)}")
        elif old.value is None and old.level is None:
            values[n] = w
            out.values_added.append(f"{label(w)}: {_shown(w)}")
        elif vars(old) == vars(w):
            out.values_unchanged += 1
        else:
            values[n] = w
            out.values_changed.append(f"{label(w)}: {_shown(old)} → {_shown(w)}")
    held = {(w.id, w.year or year) for w in new.indicators}
    for e in existing.indicators:
        if (e.id, e.year or year) not in held and (e.value is not None or e.level is not None):
            out.kept.append(f"chỉ tiêu {label(e)}: không có dòng trong tệp Excel; giữ nguyên ({_shown(e)})")
    return values


def _merge_tasks(existing: ReportDraft, got: Filled, out: Outcome) -> list[TaskEntry]:
    """The report's task lines with the workbook's on top; a column the workbook lacks keeps the report's."""
    new, year = got.draft, got.draft.year
    status = lambda t: TASK_STATUS_LABELS[t.status].lower()  # noqa: E731
    tasks = [TaskEntry(**vars(t)) for t in existing.tasks]
    tindex = {t.id: n for n, t in enumerate(tasks)}
    remarks = f"sheet.{xlsx_remarks.SHEET_REMARKS}" in got.columns
    for w in new.tasks:
        n = tindex.get(w.id)
        old = tasks[n] if n is not None else None
        if w.status is None:
            if old is None:
                tasks.append(w)
                tindex[w.id] = len(tasks) - 1
            elif old.status is not None:
                out.kept.append(f"nhiệm vụ {w.id}: Tình trạng trống trong {got.cells.get(('task', w.id, year), 'tệp Excel')}; "
                                f"giữ báo cáo đã có ({status(old)})")
            continue
        if old is not None:
            w = TaskEntry(w.id, w.status, w.summary,
                          w.results if "task.results" in got.columns else old.results,
                          w.evidence if "task.evidence" in got.columns else old.evidence,
                          w.difficulties if remarks else old.difficulties,
                          w.proposals if remarks else old.proposals)
        if old is None or old.status is None:
            if old is None:
                tasks.append(w)
                tindex[w.id] = len(tasks) - 1
            else:
                tasks[n] = w
            out.tasks_added.append(f"{w.id}: {status(w)}")
        elif vars(old) == vars(w):
            out.tasks_unchanged += 1
        else:
            tasks[n] = w
            out.tasks_changed.append(f"{w.id}: {status(old)} → {status(w)}" if old.status != w.status else
                                     f"{w.id}: sửa nội dung ({status(w)})")
    held = {w.id for w in new.tasks}
    for t in existing.tasks:
        if t.id not in held and t.status is not None:
            out.kept.append(f"nhiệm vụ {t.id}: không có dòng trong tệp Excel; giữ nguyên ({status(t)})")
    return tasks


def _shown(e: ValueEntry) -> str:
    return e.level if e.level is not None else format_number(e.value, max_decimals=12) if e.value is not None else "trống"


def import_workbook(root: Path, xlsx: Path, plan_id: str | None = None) -> tuple[Outcome, Filled]:
    """Merge what the workbook holds into the agency's report; validate the whole plan;
    restore the old file if anything fails."""
    root = Path(root)
    project = load_project(root, plan_id)
    got = read_workbook(project, Path(xlsx))
    path = report_path(root, got.draft.year, got.draft.agency, project.id)
    existing = draft_from_file(root, got.draft.agency, got.draft.year, project.id) if path.exists() else None
    draft, outcome = merge(project, existing, got)
    outcome.path = path
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = str(path)
    problems = xlsx_breakdowns.check(project, draft, got.parts, got.cells, rel)
    if problems:
        raise SheetProblems(problems)
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
    return outcome, got


# ------------------------------------------------------------------ CLI
# Workbooks are written here by default: git-ignored, so a template never ends up
# committed next to the data by accident.
DEFAULT_DIR = "bao-cao-excel"


def cmd_export_xlsx(args) -> int:
    project = load_project(args.root, args.plan)
    if args.agency not in project.agencies:
        from generator.data.problems import did_you_mean
        hint = did_you_mean(args.agency, project.agencies)[0]
        print(f"Không có cơ quan '{args.agency}'" + (f"; {hint}" if hint else "."), file=sys.stderr)
        return 1
    ended = ended_message(project, args.agency, args.year)
    if ended and not report_path(args.root, args.year, args.agency, project.id).exists():
        print(ended, file=sys.stderr)
        return 1
    name = f"bao-cao-{args.year}-{args.agency}.xlsx"
    out = Path(args.out) if args.out else Path(args.root) / DEFAULT_DIR / name
    if out.is_dir():
        out = out / name
    elif out.suffix.lower() != ".xlsx":
        print(f"'{out}': tên tệp mẫu phải kết thúc bằng .xlsx.", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    build_workbook(project, Path(args.root), args.agency, args.year).save(out)
    print(f"Đã ghi mẫu báo cáo: {out}")
    return 0


def _count(items_or_n, word: str) -> str:
    n = items_or_n if isinstance(items_or_n, int) else len(items_or_n)
    return f"{n} {word}"


def outcome_text(o: Outcome, notes: list[str], warnings: list[str], rel: str) -> str:
    lines = [f"Đã ghi {rel}:",
             f"- Số liệu: {_count(o.values_added, 'thêm mới')}, {_count(o.values_changed, 'thay đổi')}, "
             f"{_count(o.values_unchanged, 'không đổi')}."]
    lines += [f"    + {x}" for x in o.values_added] + [f"    ~ {x}" for x in o.values_changed]
    if o.parts_read or o.parts_added or o.parts_changed:
        lines.append(f"- Số liệu phân tổ: {_count(o.parts_added, 'thêm mới')}, {_count(o.parts_changed, 'thay đổi')}, "
                     f"{_count(o.parts_unchanged, 'không đổi')}.")
        lines += [f"    + {x}" for x in o.parts_added] + [f"    ~ {x}" for x in o.parts_changed]
    lines.append(f"- Báo cáo nhiệm vụ: {_count(o.tasks_added, 'thêm mới')}, {_count(o.tasks_changed, 'thay đổi')}, "
                 f"{_count(o.tasks_unchanged, 'không đổi')}.")
    lines += [f"    + {x}" for x in o.tasks_added] + [f"    ~ {x}" for x in o.tasks_changed]
    if o.submitted:
        lines.append(f"- Ngày gửi: {o.submitted}.")
    if o.kept:
        lines.append(f"- Giữ nguyên {len(o.kept)} mục đã có mà tệp Excel không chứa (muốn xoá, hãy sửa tệp YAML):")
        lines += [f"    = {x}" for x in o.kept]
    for n in notes:
        lines.append(f"Bỏ qua: {n}")
    lines += warnings
    return "\n".join(lines) + "\n"


def cmd_import_xlsx(args) -> int:
    try:
        outcome, got = import_workbook(Path(args.root), Path(args.file), args.plan)
    except SheetProblems as e:
        for m in e.messages:
            print(m, file=sys.stderr)
        print(f"{len(e.messages)} lỗi trong tệp Excel; chưa ghi gì.", file=sys.stderr)
        return 1
    try:
        rel = outcome.path.relative_to(Path(args.root)).as_posix()
    except ValueError:
        rel = str(outcome.path)
    sys.stdout.write(outcome_text(outcome, got.notes, got.warnings, rel))
    return 0


def register(sub) -> None:
    p = sub.add_parser("export-xlsx", help="xuất mẫu Excel để một cơ quan điền báo cáo năm")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--agency", required=True)
    p.add_argument("--out", help=f"tệp .xlsx hoặc thư mục để ghi (mặc định: {DEFAULT_DIR}/, không đưa lên git)")
    p.set_defaults(plan_option=True, func=cmd_export_xlsx)
    p = sub.add_parser("import-xlsx", help="đọc mẫu Excel đã điền và gộp vào tệp báo cáo YAML của cơ quan")
    p.add_argument("file")
    p.set_defaults(plan_option=True, func=cmd_import_xlsx)
