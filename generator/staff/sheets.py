"""What every sheet of the workbook shares: its columns, Excel's own input checks, locked cells,
and finding a sheet and its columns again by header when a filled workbook comes back.

The indicator and task sheets (xlsx.py), the breakdown sheets (xlsx_breakdowns.py) and the remarks
sheets (xlsx_remarks.py) all build on this module, so none of them imports another.
"""
from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass

from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from generator.text.numbers import ReadingError, format_number, read_reported

LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
@dataclass(frozen=True)
class Col:
    """One column of a sheet. Import finds columns by header, so staff may move, add or
    delete columns; a new report field is one more Col here and one more read below."""
    key: str
    header: str
    width: int
    editable: bool = False
    required: bool = False   # import refuses a workbook without it (named: sheet and column)


def input_check(kind: str, title: str, error: str, prompt: str | None = None, **kw) -> DataValidation:
    """Excel's own input check: refuses a wrong entry as it is typed, in Vietnamese."""
    dv = DataValidation(type=kind, allow_blank=True, showErrorMessage=True, errorStyle="stop",
                        errorTitle=title, error=error, **kw)
    if prompt:
        dv.showInputMessage, dv.promptTitle, dv.prompt = True, title, prompt
    return dv


def number_dv(low: float | None, high: float | None) -> DataValidation:
    """A value cell's check: a number within what the indicator can take."""
    what = (f"từ {format_number(low)} đến {format_number(high)}, không ghi dấu %" if high is not None else
            "không âm" if low is not None else "")
    return input_check("decimal", "Giá trị", f"Hãy nhập một số {what}, ví dụ 3,8.".replace("  ", " "),
               operator="between", formula1=str(-1e12 if low is None else low),
               formula2=str(1e12 if high is None else high))


def finish_sheet(ws, cols: list[Col]) -> None:
    for n, c in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(n)].width = c.width
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cols[cell.column - 1].editable:
                cell.protection = Protection(locked=False)
            else:
                cell.fill = LOCKED_FILL
    ws.freeze_panes = "C2"
    ws.protection.sheet = True


def cell_text(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


def header_key(header) -> str:
    return " ".join(unicodedata.normalize("NFC", str(header or "")).lower().split())


@dataclass
class Sheet:
    """A sheet of the template as found: its header row and where each known column went."""
    ws: object
    name: str
    header_row: int
    cols: dict[str, int]                # key → column number
    unknown: dict[int, str]             # column number → header, for columns not in the template

    def where(self, key_or_col, row: int) -> str:
        """Names a cell the way staff see it in Excel: 'Sheet Chỉ tiêu, ô H12'."""
        n = self.cols[key_or_col] if isinstance(key_or_col, str) else key_or_col
        return f"Sheet {self.name}, ô {get_column_letter(n)}{row}"

    def rows(self):
        """(row number, {key: cell}) for every row below the header."""
        for cells in self.ws.iter_rows(min_row=self.header_row + 1):
            by_col = {c.column: c for c in cells if getattr(c, "column", None)}
            if not by_col:
                continue
            r = next(iter(by_col.values())).row
            yield r, {k: by_col[n] for k, n in self.cols.items() if n in by_col}


def find_sheet(wb, name: str, cols: list[Col], problems: list[str]) -> Sheet | None:
    if name not in wb.sheetnames:
        near = [s for s in wb.sheetnames if header_key(s) == header_key(name)]
        problems.append(f"Thiếu sheet '{name}'" + (f" (có sheet '{near[0]}': hãy đổi lại tên đúng '{name}')" if near else
                                                   "; hãy dùng mẫu do plansite export-xlsx tạo ra, không xoá hay đổi tên sheet."))
        return None
    ws = wb[name]
    wanted = {header_key(c.header): c for c in cols}
    for r in range(1, min(ws.max_row, 10) + 1):
        found = {}
        for cell in ws[r]:
            c = wanted.get(header_key(cell.value)) if isinstance(cell.value, str) else None
            if c is not None and c.key not in found:
                found[c.key] = cell.column
        if "id" in found:
            unknown = {cell.column: str(cell.value) for cell in ws[r]
                       if cell_text(cell.value) and cell.column not in found.values()}
            missing = [c for c in cols if c.required and c.key not in found]
            for c in missing:
                problems.append(f"Sheet {name}: thiếu cột '{c.header}' ở dòng tiêu đề {r}; hãy thêm lại cột này "
                                f"(đúng tên như trong mẫu) hoặc xuất lại mẫu.")
            return None if missing else Sheet(ws, name, r, found, unknown)
    problems.append(f"Sheet {name}: không thấy dòng tiêu đề có cột 'Mã' ở 10 dòng đầu; hãy xuất lại mẫu.")
    return None


def cell_number(cell, ind, where: str, problems: list[str]):
    """The number a person saw in a value cell; None when blank; False after a reported problem."""
    raw = cell.value if cell is not None else None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool) or isinstance(raw, (dt.date, dt.time, dt.timedelta)):
        problems.append(f"{where}: ô này chứa {'ngày/giờ' if not isinstance(raw, bool) else 'TRUE/FALSE'}, "
                        f"không phải một số; hãy nhập số, ví dụ 3,8.")
        return False
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw):
            problems.append(f"{where}: ô này không chứa một số; hãy nhập số, ví dụ 3,8.")
            return False
        if "%" in (cell.number_format or ""):
            # Typing "60,5%" makes Excel store 0.605 and show 60,5 %: read what the person saw.
            if (ind.unit or "").replace(" ", "") != "%":
                problems.append(f"{where}: ô định dạng phần trăm nhưng đơn vị của chỉ tiêu {ind.id} là "
                                f"'{ind.unit or 'không có'}'; hãy nhập số không kèm dấu %.")
                return False
            return round(float(raw) * 100, 9)
        return float(raw)
    try:
        return read_reported(str(raw), form=lambda s: s)
    except ReadingError as e:
        problems.append(f"{where}: {e}")
        return False


def row_indicator(project, where_id: str, rid: str | None, filled: bool, problems: list[str]):
    """The indicator a sheet row names in its id cell, or None after saying why: a row with
    figures but no id, or an id the plan does not have (the id column is locked)."""
    if rid is None:
        if filled:
            problems.append(f"{where_id}: dòng này có số liệu nhưng không có Mã chỉ tiêu; hãy điền lại Mã "
                            f"(xem mẫu gốc) hoặc xoá dòng.")
        return None
    if rid not in project.indicators:
        problems.append(f"{where_id}: mã chỉ tiêu '{rid}' không tồn tại (cột này không được sửa).")
        return None
    return project.indicators[rid]

