"""The spreadsheet's breakdown sheets (phân tổ): one sheet per breakdown the report's
indicators declare ("Theo Xã, thị trấn", "Theo Giới tính", …).

A row is one indicator value × one cell valid in the value's year: the indicator, the
year, the total (for reference) and the group's labels are locked; the value and the
note are filled, with the same number rules as the indicator sheet. Import merges the
parts into the report the way the indicator sheet merges values: a blank cell or a
deleted row keeps what the report says. Before anything is written, every part is
checked by validate_breakdowns (the very checks and messages `plansite validate`
gives), with each message pointing at the sheet and cell instead of a YAML line.

Kept apart from xlsx.py, which calls add_sheets(), read_sheets(), merge_parts() and
check().
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from openpyxl.utils import get_column_letter

from generator.staff import sheets
from generator.data.dimensions import SEPARATOR, Key
from generator.data.model import IndicatorValue, Part
from generator.text.numbers import allowed_range, format_number
from generator.staff.reports import PartEntry, ReportDraft, ValueEntry, cell_label, expected_ids
from generator.checks.breakdowns import BreakdownChecks

PREFIX = "Theo "
# Excel refuses these in a sheet name, and names longer than 31 characters.
_BAD_NAME = re.compile(r"[\[\]:*?/\\]")
CELL_SEP = ", "


def sheet_name(project, key: Key) -> str:
    return _BAD_NAME.sub("-", PREFIX + project.dimensions.key_label(key))[:31]


def sheet_names(project) -> dict[str, Key]:
    """Every breakdown sheet a template of this plan can have, by name."""
    keys = sorted({k for i in project.indicators.values() for k in i.breakdowns}, key=lambda k: _key_rank(project, k))
    out: dict[str, Key] = {}
    for k in keys:
        name = sheet_name(project, k)
        out[name if name not in out else (PREFIX + SEPARATOR.join(k))[:31]] = k
    return out


def _key_rank(project, key: Key) -> tuple:
    ids = list(project.dimensions.by_id)
    return (len(key), [ids.index(d) if d in ids else len(ids) for d in key])


def columns(project, key: Key) -> list[sheets.Col]:
    dims = project.dimensions.by_id
    return [sheets.Col("id", "Mã", 8, required=True), sheets.Col("name", "Chỉ tiêu", 40), sheets.Col("unit", "Đơn vị", 10),
            sheets.Col("year", "Năm số liệu", 10, required=True), sheets.Col("total", "Giá trị tổng (để đối chiếu)", 14),
            *[sheets.Col(f"dim:{d}", dims[d].label, 22) for d in key],
            sheets.Col("cell", "Mã nhóm", 16, required=True),
            sheets.Col("value", "Giá trị", 10, editable=True, required=True),
            sheets.Col("note", "Ghi chú", 30, editable=True)]


def _cell_ids(cell) -> str:
    return CELL_SEP.join(c for _, c in cell)


def _total_text(e: ValueEntry) -> str:
    return format_number(e.value, max_decimals=12) if e.value is not None else "chưa có"


def _entries(project, draft: ReportDraft, key: Key) -> list[ValueEntry]:
    return [e for e in draft.indicators if e.id in project.indicators and key in project.indicators[e.id].breakdowns]


def help_line(project, draft: ReportDraft) -> str | None:
    names = [n for n, k in sheet_names(project).items() if _entries(project, draft, k)]
    if not names:
        return None
    return (f"Sheet {', '.join(repr(n) for n in names)}: số liệu phân tổ của các chỉ tiêu ở sheet 'Chỉ tiêu'. Điền cột "
            f"Giá trị cho từng nhóm (cùng cách ghi số); nhóm chưa có số liệu thì để trống. Năm, loại số liệu và nguồn "
            f"là của giá trị tổng, nên cần có giá trị tổng ở sheet 'Chỉ tiêu'.")


# ------------------------------------------------------------------ export
def add_sheets(wb, project, draft: ReportDraft, after: str) -> None:
    """One sheet per breakdown the draft's indicators declare, placed after the sheet `after`."""
    at = wb.sheetnames.index(after) + 1
    for name, key in sheet_names(project).items():
        entries = _entries(project, draft, key)
        if not entries:
            continue
        ws = wb.create_sheet(name, at)
        at += 1
        cols = columns(project, key)
        col = {c.key: get_column_letter(n) for n, c in enumerate(cols, start=1)}
        ws.append([c.header for c in cols])
        number_dvs: dict[tuple, object] = {}
        n = 1
        for e in entries:
            i = project.indicators[e.id]
            year = e.year or draft.year
            parts = {p.cell: p for p in e.parts}
            low, high = allowed_range(i.unit, i.name, [])   # the bounds validate_breakdowns applies to a part
            for cell in project.dimensions.cells(key, year):
                n += 1
                p = parts.get(cell)
                row = {"id": i.id, "name": i.name, "unit": i.unit, "year": year, "total": _total_text(e),
                       **{f"dim:{d}": project.dimensions.category(d, c).label for d, c in cell},
                       "cell": _cell_ids(cell), "value": p.value if p else None, "note": p.note if p else None}
                ws.append([row[c.key] for c in cols])
                if (low, high) not in number_dvs:
                    number_dvs[low, high] = sheets.number_dv(low, high)
                    ws.add_data_validation(number_dvs[low, high])
                number_dvs[low, high].add(f"{col['value']}{n}")
                ws[f"{col['value']}{n}"].number_format = "#,##0.##"
        sheets.finish_sheet(ws, cols)


# ------------------------------------------------------------------ import
@dataclass
class PartRow:
    """One filled or blank row of a breakdown sheet, with the cells messages name."""
    ind_id: str
    year: int
    cell: tuple[tuple[str, str], ...]
    value: float | None
    note: str | None
    has_note: bool                      # the sheet still has its note column
    row: int
    where: dict[str, str] = field(default_factory=dict)   # "row" | "value" | dimension id → 'Sheet …, ô …'


@dataclass
class Read:
    rows: list[PartRow] = field(default_factory=list)
    keys: dict[Key, str] = field(default_factory=dict)     # breakdowns whose sheet was read → sheet name


def read_sheets(wb, project, agency: str, year: int, problems: list[str]) -> Read:
    out = Read()
    names = sheet_names(project)
    for other in wb.sheetnames:
        near = [n for n in names if n not in wb.sheetnames and sheets.header_key(n) == sheets.header_key(other)]
        if other not in names and near:
            problems.append(f"Sheet '{other}': hãy đổi lại tên đúng '{near[0]}' (tên sheet phân tổ cho biết "
                            f"chia theo gì).")
    owed = set(expected_ids(project, agency, year)[0])
    for name, key in names.items():
        if name not in wb.sheetnames:
            continue   # a workbook without the sheet keeps the parts the report has (said by merge_parts)
        cols = columns(project, key)
        sheet = sheets.find_sheet(wb, name, cols, problems)
        if sheet is None:
            continue
        out.keys[key] = name
        for r, row in sheet.rows():
            got = _read_row(project, sheet, key, cols, r, row, agency, year, owed, problems)
            if got is not None:
                out.rows.append(got)
    return out


def _read_row(project, sheet, key, cols, r, row, agency, year, owed, problems) -> PartRow | None:
    get = lambda k: row[k].value if k in row else None  # noqa: E731
    where = lambda k: sheet.where(k, r)  # noqa: E731
    rid = sheets.cell_text(get("id"))
    filled = [k for k in ("value", "note") if sheets.cell_text(get(k))]
    label = project.dimensions.key_label(key)
    ind = sheets.row_indicator(project, where("id"), rid, bool(filled), problems)
    if ind is None:
        return None
    if key not in ind.breakdowns:
        if filled:
            problems.append(f"{where('id')}: chỉ tiêu {rid} không chia số liệu theo {label}; hãy xoá dòng này.")
        return None
    if ind.reporting_agency != agency and rid not in owed:
        if filled:
            problems.append(f"{where('id')}: chỉ tiêu {rid} do '{project.agency_name(ind.reporting_agency)}' báo cáo, "
                            f"không phải '{project.agency_name(agency)}'; hãy xoá dòng này.")
        return None
    y = get("year")
    if isinstance(y, float) and y.is_integer():
        y = int(y)
    if isinstance(y, str) and y.strip().isdigit():
        y = int(y.strip())
    if isinstance(y, bool) or not isinstance(y, int) or not (year - 5 <= y <= year):
        problems.append(f"{where('year')}: năm '{y}' phải là số từ {year - 5} đến {year} (cột này không được sửa; "
                        f"hãy trả lại như mẫu gốc).")
        return None
    ids = [x.strip() for x in (sheets.cell_text(get("cell")) or "").split(CELL_SEP.strip())]
    if len(ids) != len(key) or not all(ids):
        problems.append(f"{where('cell')}: cột 'Mã nhóm' chỉ để xem (màu xám) và phải giữ như mẫu gốc "
                        f"({len(key)} mã nhóm, cách nhau bằng dấu phẩy); hãy trả lại như cũ hoặc xuất lại mẫu.")
        return None
    cell = tuple(zip(key, ids))
    _locked_edits(project, sheet, cols, r, row, rid, cell, problems)
    number = sheets.cell_number(row.get("value"), ind, where("value") if "value" in row else "", problems)
    if number is False:
        return None
    spots = {"row": where("id"), "value": where("value")}
    spots |= {d: where(f"dim:{d}") if f"dim:{d}" in row else where("cell") for d in key}
    return PartRow(rid, y, cell, number, sheets.cell_text(get("note")), "note" in sheet.cols, r, spots)


def _locked_edits(project, sheet, cols, r, row, rid, cell, problems) -> None:
    """Text typed into a grey column is never read: say so rather than drop it."""
    ind = project.indicators[rid]
    want = {"name": ind.name, "unit": ind.unit}
    for d, c in cell:
        dim = project.dimensions.by_id.get(d)
        if dim is not None and any(x.id == c for x in dim.categories):
            want[f"dim:{d}"] = project.dimensions.category(d, c).label
    for k, expected in want.items():
        got = row.get(k)
        if got is not None and sheets.cell_text(got.value) != sheets.cell_text(expected):
            problems.append(_grey(sheet, cols, k, r, got.value, expected))
    got = row.get("total")
    # The total as export wrote it may be older than the report: only something else was typed by hand.
    if got is not None and sheets.cell_text(got.value) is not None and not re.fullmatch(
            r"chưa có|[-\u2212]?[\d.]+(,\d+)?", sheets.cell_text(got.value)):
        problems.append(_grey(sheet, cols, "total", r, got.value, "giá trị tổng ở sheet Chỉ tiêu"))


def _grey(sheet, cols, k, r, typed, want) -> str:
    header = next(c.header for c in cols if c.key == k)
    return (f"{sheet.where(k, r)}: cột '{header}' chỉ để xem (màu xám), nội dung sửa ở đây không được đọc "
            f"('{sheets.cell_text(typed) or ''}'). Nếu đó là số liệu, hãy chép vào cột Giá trị; rồi trả lại ô này "
            f"như cũ ('{sheets.cell_text(want) or ''}').")


# ------------------------------------------------------------------ merge
def _rank(project, ind_id: str, cell) -> tuple:
    """Where a part goes among the others: the indicator's breakdowns, then the categories, as declared."""
    info = project.indicators[ind_id]
    key = tuple(d for d, _ in cell)
    k = info.breakdowns.index(key) if key in info.breakdowns else len(info.breakdowns)
    return (k, project.dimensions.position(cell))


def merge_parts(project, values: list[ValueEntry], year: int, read: Read, out) -> None:
    """Apply the sheets' rows to the merged values, in place; `out` (xlsx.Outcome) counts what changed."""
    index = {(e.id, e.year or year): n for n, e in enumerate(values)}
    seen: set[tuple] = set()
    for row in read.rows:
        name = f"{row.ind_id}" + (f" (năm {row.year})" if row.year != year else "")
        what = f"{name} · {cell_label(project, row.cell)}"
        seen.add((row.ind_id, row.year, row.cell))
        n = index.get((row.ind_id, row.year))
        if n is None:
            if row.value is None:
                continue
            # Parts without a total: check() refuses them with the validator's message.
            values.append(ValueEntry(row.ind_id, row.year if row.year != year else None))
            n = index[(row.ind_id, row.year)] = len(values) - 1
        e = values[n]
        parts = e.parts = list(e.parts)
        at = next((j for j, p in enumerate(parts) if p.cell == row.cell), None)
        old = parts[at] if at is not None else None
        if row.value is None:
            if old is not None and old.value is not None:
                out.kept.append(f"chỉ tiêu {what}: ô trống trong {row.where['value']}; giữ số đã có "
                                f"({format_number(old.value, max_decimals=12)})")
            continue
        new = PartEntry(row.cell, row.value, row.note if row.has_note else (old.note if old else None))
        shown = format_number(new.value, max_decimals=12)
        if old is None:
            rank = _rank(project, e.id, new.cell)
            at = next((j for j, p in enumerate(parts) if _rank(project, e.id, p.cell) > rank), len(parts))
            parts.insert(at, new)
            out.parts_added.append(f"{what}: {shown}")
        elif old.value is None:
            parts[at] = new
            out.parts_added.append(f"{what}: {shown}")
        elif old == new:
            out.parts_unchanged += 1
        else:
            parts[at] = new
            out.parts_changed.append(f"{what}: {format_number(old.value, max_decimals=12)} → {shown}"
                                     if old.value != new.value else f"{what}: sửa ghi chú")
    for e in values:
        y = e.year or year
        missing: dict[Key, int] = {}
        for p in e.parts:
            key = tuple(d for d, _ in p.cell)
            if p.value is None or (e.id, y, p.cell) in seen:
                continue
            if key in read.keys:
                out.kept.append(f"chỉ tiêu {e.id}{f' (năm {y})' if y != year else ''} · {cell_label(project, p.cell)}: "
                                f"không có dòng trong sheet {read.keys[key]}; giữ nguyên "
                                f"({format_number(p.value, max_decimals=12)})")
            else:
                missing[key] = missing.get(key, 0) + 1
        for key, count in missing.items():
            out.kept.append(f"chỉ tiêu {e.id}{f' (năm {y})' if y != year else ''}: {count} số liệu phân tổ theo "
                            f"{project.dimensions.key_label(key)}: tệp Excel không có sheet "
                            f"'{sheet_name(project, key)}'; giữ nguyên")


# ------------------------------------------------------------------ check
class _Positions:
    def __init__(self, rows: dict[tuple, int]):
        self.rows = rows

    def of(self, where: tuple, key: bool = False) -> tuple[int, int]:
        return self.rows.get(where, 0), 0

    def text(self, where: tuple) -> None:
        return None   # a cell holds a number, not text YAML could misread


class _SheetChecker:
    """What checks.breakdowns.BreakdownChecks reports through: messages name sheet and cell."""

    def __init__(self, project, spots: dict[tuple, str], fallback: str):
        dims = SimpleNamespace(data=SimpleNamespace(dimensions=list(project.dimensions.by_id.values())))
        self.src = SimpleNamespace(dimensions=dims if project.dimensions else None, plan_id=project.id, unread=set())
        self.indicators: dict = {}
        self.spots, self.fallback = spots, fallback
        self.problems: list[str] = []

    def add(self, f, where: tuple, vi: str, en: str, hint=(None, None), key=False):
        spot = next((self.spots[where[:n]] for n in range(len(where), 0, -1) if where[:n] in self.spots), self.fallback)
        self.problems.append(f"{spot}: {vi}" + (f" (gợi ý: {hint[0]})" if hint and hint[0] else ""))

    def ref(self, *args):   # only the dimensions file is checked for references, never here
        pass


def check(project, draft: ReportDraft, read: Read, cells: dict[tuple, str], fallback: str) -> list[str]:
    """validate_breakdowns' checks of every part of the merged report, each message at its sheet and cell."""
    spots: dict[tuple, str] = {}
    rows: dict[tuple, int] = {}
    by_row = {(r.ind_id, r.year, r.cell): r for r in read.rows}
    for n, e in enumerate(draft.indicators):
        y = e.year or draft.year
        spots[("indicators", n, "breakdown")] = cells.get(("ind.value", e.id, y)) or fallback
        for j, p in enumerate(e.parts):
            r = by_row.get((e.id, y, p.cell))
            if r is None:
                continue
            pw = ("indicators", n, "breakdown", j)
            spots[pw], spots[pw + ("value",)] = r.where["row"], r.where["value"]
            spots |= {pw + (d,): r.where[d] for d, _ in p.cell}
            rows[pw] = r.row
    checker = _SheetChecker(project, spots, fallback)
    checks = BreakdownChecks(checker)
    f = SimpleNamespace(data=SimpleNamespace(submitted=draft.submitted), positions=_Positions(rows), path=fallback)
    for n, e in enumerate(draft.indicators):
        if not e.parts or e.id not in project.indicators:
            continue
        info = project.indicators[e.id]
        ind = SimpleNamespace(id=e.id, name=info.name, unit=info.unit, levels=info.levels,
                              disaggregation=SimpleNamespace(by=[SEPARATOR.join(k) for k in info.breakdowns],
                                                             additive=info.additive) if info.breakdowns else None)
        v = IndicatorValue(id=e.id, year=e.year, value=e.value, level=e.level,
                           breakdown=[Part(value=p.value, note=p.note, **dict(p.cell)) for p in e.parts])
        checks.value(f, ("indicators", n), v, ind, e.year or draft.year, e.value)
    return checker.problems
