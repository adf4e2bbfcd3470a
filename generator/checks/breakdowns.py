"""Checks of breakdowns (phân tổ): the plan's dimensions file, what each indicator asks for,
and every reported part, against each other.

Its own module beside the others of checks/ (one per subject); it reports through the
checker, so every problem still carries file, line and a fix.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from generator.checks import messages as M
from generator.data.dimensions import PART_FIELDS, SEPARATOR, Dimensions, parse_key, span_text, valid_in, valid_on
from generator.data.load import SourceFile
from generator.data.model import Indicator, IndicatorValue
from generator.text.numbers import ReadingError, format_number, impossible, read_reported
from generator.data.problems import did_you_mean
from generator.text.dates import vi_date


class BreakdownChecks:
    def __init__(self, checker):
        self.c = checker
        f = checker.src.dimensions
        self.file = f
        # A duplicated dimension id is reported once, at the second one; the first keeps its
        # categories, so reports using them are not also told that every category is unknown.
        first: dict = {}
        for d in (f.data.dimensions if f else ()):
            first.setdefault(d.id, d)
        self.dims = Dimensions(first)
        self.unread = f is None and checker.src.plan_id and any(p.endswith("/dimensions.yml") for p in checker.src.unread)
        self.misdeclared: set[str] = set()   # indicators whose disaggregation.by names an unknown dimension

    # ------------------------------------------------------------ dimensions.yml
    def dimensions_file(self, doc_ids: set[str] | None):
        f = self.file
        if f is None:
            return
        seen: dict[str, int] = {}
        for i, d in enumerate(f.data.dimensions):
            where = ("dimensions", i)
            if d.id in PART_FIELDS:
                self.c.add(f, where + ("id",), f"'{d.id}' là tên trường của dòng phân tổ, không dùng làm mã chiều.",
                           f"'{d.id}' is a field of a breakdown line and cannot be a dimension id.")
            if d.id in seen:
                self.c.add(f, where + ("id",), f"Chiều phân tổ '{d.id}' bị trùng (đã có ở dòng {seen[d.id]}).",
                           f"Duplicate dimension '{d.id}' (already on line {seen[d.id]}).")
            seen[d.id] = f.positions.of(where + ("id",))[0]
            cats: dict[str, int] = {}
            for j, cat in enumerate(d.categories):
                cw = where + ("categories", j)
                if cat.id in cats:
                    self.c.add(f, cw + ("id",), f"Nhóm '{cat.id}' của chiều '{d.id}' bị trùng (đã có ở dòng {cats[cat.id]}).",
                               f"Duplicate category '{cat.id}' in dimension '{d.id}' (already on line {cats[cat.id]}).")
                cats[cat.id] = f.positions.of(cw + ("id",))[0]
                if cat.since and cat.until and cat.since > cat.until:
                    self.c.add(f, cw + ("until",), f"Nhóm '{cat.id}': 'until' ({vi_date(cat.until)}) trước 'since' ({vi_date(cat.since)}).",
                               f"Category '{cat.id}': 'until' is before 'since'.")
                if (cat.since or cat.until or cat.covers) and not cat.sources:
                    # A date or an area is a fact about the world: it needs a document.
                    self.c.add(f, cw, f"Nhóm '{cat.id}' ghi ngày hoặc địa bàn nhưng không có 'sources'.",
                               f"Category '{cat.id}' gives dates or an area but no 'sources'.",
                               ("ghi mã văn bản (documents trong plan/agencies.yml) làm căn cứ, hoặc bỏ ngày/địa bàn nếu chưa có nguồn",
                                "cite a document id (documents in plan/agencies.yml), or leave the dates/area out until a source exists"))
                for k, s in enumerate(cat.sources):
                    self.c.ref(f, cw + ("sources", k), s, doc_ids, *M.DOCUMENT)
            for j, cat in enumerate(d.categories):
                for k, old in enumerate(cat.covers):
                    if old not in set(cats) - {cat.id}:
                        self.c.add(f, where + ("categories", j, "covers", k),
                                   f"Nhóm '{cat.id}' ghi địa bàn gồm '{old}' ('covers'), nhưng chiều '{d.id}' không có nhóm '{old}'.",
                                   f"Category '{cat.id}' covers '{old}', which is not a category of dimension '{d.id}'.",
                                   did_you_mean(old, sorted(set(cats) - {cat.id})))

    # ------------------------------------------------------------ indicators
    def indicator(self, f: SourceFile, where: tuple, ind: Indicator):
        dis = ind.disaggregation
        if dis is None:
            return
        where = where + ("disaggregation",)
        if ind.levels is not None:
            self.c.add(f, where, f"Chỉ tiêu {ind.id} là định tính: không chia được theo phân tổ.",
                       f"Indicator {ind.id} is qualitative and cannot be broken down.", key=True)
        if not self.dims:
            if not self.unread:
                self.c.add(f, where, f"Chỉ tiêu {ind.id} chia theo phân tổ nhưng kế hoạch chưa khai chiều phân tổ nào ({self.dims_path}).",
                           f"Indicator {ind.id} is broken down but the plan declares no dimensions ({self.dims_path}).",
                           self.no_dimensions_hint, key=True)
            return
        seen = set()
        for j, text in enumerate(dis.by):
            key = parse_key(text)
            for d in key:
                if d not in self.dims.by_id:
                    self.misdeclared.add(ind.id)
                self.c.ref(f, where + ("by", j), d, set(self.dims.by_id), *M.DIMENSION)
            if len(set(key)) != len(key):
                self.c.add(f, where + ("by", j), f"Phân tổ '{text}' lặp một chiều.", f"Breakdown '{text}' repeats a dimension.")
            norm = frozenset(key)
            if norm in seen:
                self.c.add(f, where + ("by", j), f"Phân tổ '{text}' đã khai ở trên.", f"Breakdown '{text}' is declared twice.")
            seen.add(norm)

    # ------------------------------------------------------------ reported parts
    def value(self, f: SourceFile, where: tuple, v: IndicatorValue, ind: Indicator, year: int, total: float | None):
        """Every part of one reported value. `total` is the headline as read, None if it was not readable."""
        if not v.breakdown:
            return
        bw = where + ("breakdown",)
        if ind.levels is not None:
            self.c.add(f, bw, f"Chỉ tiêu {ind.id} là định tính: không ghi số liệu phân tổ.",
                       f"Indicator {ind.id} is qualitative: no breakdown.", key=True)
            return
        if v.value is None:
            if any(p.value is not None for p in v.breakdown):
                self.c.add(f, bw, f"Chỉ tiêu {ind.id} năm {year} có số liệu phân tổ nhưng chưa có giá trị tổng ('value').",
                           f"Indicator {ind.id} for {year} has a breakdown but no total ('value').",
                           ("ghi giá trị chung ở 'value'; trạng thái của chỉ tiêu tính trên giá trị đó",
                            "give the overall figure in 'value'; the indicator's status is computed on it"), key=True)
            return
        if not self.dims:
            # One problem for the value, not one per line: the fix is one file.
            if not self.unread:
                self.c.add(f, bw, f"Chỉ tiêu {ind.id} năm {year} có số liệu phân tổ nhưng kế hoạch chưa khai chiều phân tổ nào "
                                  f"({self.dims_path}).",
                           f"Indicator {ind.id} for {year} has a breakdown but the plan declares no dimensions ({self.dims_path}).",
                           self.no_dimensions_hint, key=True)
            return
        declared = {frozenset(parse_key(k)) for k in (ind.disaggregation.by if ind.disaggregation else ())}
        undeclared: set[frozenset] = set()
        cells: dict[frozenset, int] = {}
        by_key: dict[tuple, list[tuple[dict, float]]] = defaultdict(list)
        decimals = 0
        for j, part in enumerate(v.breakdown):
            read = self._part(f, bw + (j,), part, ind, year, declared, undeclared, cells)
            if read is not None:
                key, cell, number = read
                decimals = max(decimals, _decimals(number))
                by_key[key].append((cell, number))
        for key, parts in by_key.items():
            self.overlaps(f, bw, ind.id, year, parts)
            if ind.disaggregation and ind.disaggregation.additive and total is not None:
                _adds_up(self, f, bw, ind.id, year, key, parts, total, max(decimals, _decimals(total)))

    def _part(self, f: SourceFile, pw: tuple, part, ind: Indicator, year: int, declared: set, undeclared: set,
              cells: dict) -> tuple[tuple, dict, float] | None:
        """One line of the breakdown: (its breakdown key, cell, number), or None when it cannot count."""
        cell = self.cell(f, pw, part.cell, year, ind.id, filled=part.value is not None)
        if cell is None:
            return None
        key = self.dims.order(cell)
        if frozenset(key) not in declared:
            # Once per breakdown (ten communes are one missing declaration), and not at all when
            # the declaration itself names an unknown dimension: that was reported there.
            if ind.id in self.misdeclared or frozenset(key) in undeclared:
                return None
            undeclared.add(frozenset(key))
            name = SEPARATOR.join(key)
            self.c.add(f, pw, f"Chỉ tiêu {ind.id} không khai phân tổ '{name}'.",
                       f"Indicator {ind.id} does not declare the breakdown '{name}'.",
                       (f"thêm '{name}' vào disaggregation.by của chỉ tiêu {ind.id} trong {self.indicator_file(ind.id)}",
                        f"add '{name}' to disaggregation.by of indicator {ind.id} in {self.indicator_file(ind.id)}"))
            return None
        fc = frozenset(cell.items())
        if fc in cells:
            self.c.add(f, pw, f"Chỉ tiêu {ind.id} năm {year}: nhóm '{self.describe(cell)}' đã được báo cáo ở dòng {cells[fc]}.",
                       f"Indicator {ind.id} for {year}: the cell '{self.describe(cell)}' is already reported on line {cells[fc]}.")
            return None
        cells[fc] = f.positions.of(pw)[0]
        if part.value is None:
            return None   # a scaffolded line not filled yet
        try:
            number = read_reported(part.value, f.positions.text(pw + ("value",)), lambda s: f'value: "{s}"')
        except ReadingError as e:
            self.c.add(f, pw + ("value",), str(e), e.en)
            return None
        if (why := impossible(number, ind.unit, ind.name, [])) is not None:
            self.c.add(f, pw + ("value",), f"Chỉ tiêu {ind.id}, {self.describe(cell)}: {why[0]}",
                       f"Indicator {ind.id}, {self.describe(cell)}: {why[1]}")
            return None
        return key, cell, number

    def overlaps(self, f, bw, ind_id, year, parts):
        """A new commune and a former one it covers, in one figure: the same area counted twice."""
        given = {(d, c) for cell, _ in parts for d, c in cell.items()}
        for d, c in sorted(given):
            for old in self.dims.by_id[d].categories:
                if old.id in self.dims.category(d, c).covers and (d, old.id) in given:
                    new = self.dims.category(d, c)
                    self.c.add(f, bw, f"Chỉ tiêu {ind_id} năm {year}: {new.label} gồm địa bàn của {old.label}; "
                               f"không báo cáo cả hai trong cùng một số liệu.",
                               f"Indicator {ind_id} for {year}: {new.label} includes {old.label}; do not report both "
                               f"in one figure.",
                               ("báo cáo theo các đơn vị tồn tại vào thời điểm của số liệu",
                                "report by the units that existed at the figure's date"), key=True)

    def cell(self, f: SourceFile, pw: tuple, raw: dict, year: int, ind_id: str, filled: bool = True) -> dict[str, str] | None:
        """The part's dimension → category, each checked; None when any is wrong (reported here)."""
        if not raw:
            self.c.add(f, pw, f"Dòng phân tổ của chỉ tiêu {ind_id} không ghi nhóm nào.",
                       f"A breakdown line of indicator {ind_id} names no category.",
                       ("ví dụ: - {xa: ea-bung, value: \"3,8\"}", "e.g. - {xa: ea-bung, value: \"3,8\"}"))
            return None
        out, ok = {}, True
        for d, c in raw.items():
            if d not in self.dims.by_id:
                hint = did_you_mean(d, [*self.dims.by_id, *PART_FIELDS])
                self.c.add(f, pw + (d,), f"Chiều phân tổ '{d}' không có trong {self.dims_path}.",
                           f"Dimension '{d}' is not in {self.dims_path}.", hint, key=True)
                ok = False
                continue
            dim = self.dims.by_id[d]
            ids = [x.id for x in dim.categories]
            if not isinstance(c, str) or c not in ids:
                self.c.add(f, pw + (d,), f"Nhóm '{c}' không có trong chiều '{d}' ({dim.label}).",
                           f"Category '{c}' is not in dimension '{d}'.", did_you_mean(str(c), ids))
                ok = False
                continue
            cat = self.dims.category(d, c)
            if not valid_in(cat, year):
                self.c.add(f, pw + (d,), f"{cat.label} chỉ có {span_text(cat)}: không có số liệu năm {year}.",
                           f"{cat.label} existed only {span_text(cat)}: no figure for {year}.",
                           ("kiểm tra năm của số liệu, hoặc ghi theo đơn vị tồn tại trong năm đó",
                            "check the year, or report by the unit that existed that year"))
                ok = False
                continue
            # An empty scaffold line for a commune that began later in the year is not a report about it.
            submitted = f.data.submitted
            if filled and submitted and cat.since and submitted < cat.since:
                before = [self.dims.category(d, o).label for o in cat.covers
                          if valid_on(self.dims.category(d, o), submitted)]
                self.c.add(f, pw + (d,), f"{cat.label} có {span_text(cat)}, sau ngày gửi báo cáo ({vi_date(submitted)}): "
                                         "báo cáo không thể có số liệu của nhóm này.",
                           f"{cat.label} exists {span_text(cat)}, after the report was filed ({vi_date(submitted)}).",
                           (("ghi theo các đơn vị tồn tại khi gửi báo cáo" + (f" ({', '.join(before)})" if before else "")
                             + ", hoặc sửa ngày gửi ('submitted') nếu ghi sai"),
                            "report by the units that existed when the report was filed, or correct 'submitted'"))
                ok = False
                continue
            out[d] = c
        return out if ok else None

    @property
    def no_dimensions_hint(self) -> tuple[str, str]:
        return (f"khai các chiều và nhóm trong {self.dims_path} (mã ổn định, tên như người ta viết), hoặc bỏ phần phân tổ",
                f"declare the dimensions and their categories in {self.dims_path}, or remove the breakdown")

    @property
    def dims_path(self) -> str:
        return f"plan/{self.c.src.plan_id}/dimensions.yml"

    def describe(self, cell: dict[str, str]) -> str:
        return ", ".join(self.dims.category(d, c).label for d, c in cell.items())

    def indicator_file(self, ind_id: str) -> str:
        entry = self.c.indicators.get(ind_id)
        return entry[3].path if entry else f"indicators/{self.c.src.plan_id}/"


def _decimals(x: float) -> int:
    text = f"{x:.10g}"
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def _adds_up(checks: BreakdownChecks, f, bw, ind_id, year, key, parts, total, decimals):
    """Parts that cover the whole area (or group) on some day of the year must add up to the total;
    parts that do not may still not exceed it.

    "The whole" is the cells that existed on one day: in a year of reorganisation, the ten
    communes of 1 January are complete without the commune created on 1 July, and a report
    giving both the old and the new units is not counted twice."""
    reported = {frozenset(cell.items()): n for cell, n in parts}
    label = checks.dims.key_label(key)

    def tol(n: int) -> float:
        # Each part was rounded to the decimals typed: the sum may be off by half a unit per part.
        return 1e-9 if decimals == 0 else 0.5 * 10 ** -decimals * n

    partitions = [{frozenset(c) for c in checks.dims.cells(key, year, day)} for day in _change_days(checks.dims, key, year)]
    for wanted in partitions:
        if wanted and wanted <= set(reported):
            got = sum(reported[c] for c in wanted)
            if abs(got - total) > tol(len(wanted)):
                checks.c.add(f, bw, f"Chỉ tiêu {ind_id} năm {year}: các phần theo {label} cộng lại được "
                           f"{format_number(got, max_decimals=6)}, khác tổng {format_number(total, max_decimals=6)}.",
                           f"Indicator {ind_id} for {year}: the parts by {label} add up to {got:g}, not the total {total:g}.",
                           ("chỉ tiêu này khai các phần cộng lại bằng tổng (additive: true); hãy kiểm tra lại số",
                            "this indicator declares that its parts add up (additive: true); check the figures"), key=True)
            return
    for wanted in partitions:
        here = [n for c, n in reported.items() if c in wanted]
        if sum(here) > total + tol(len(here)):
            checks.c.add(f, bw, f"Chỉ tiêu {ind_id} năm {year}: các phần theo {label} đã lớn hơn tổng "
                       f"({format_number(sum(here), max_decimals=6)} > {format_number(total, max_decimals=6)}).",
                       f"Indicator {ind_id} for {year}: the parts by {label} already exceed the total ({sum(here):g} > {total:g}).",
                       ("các phần của chỉ tiêu này cộng lại bằng tổng (additive: true), nên không thể lớn hơn tổng; "
                        "hãy kiểm tra lại số", "the parts of this indicator add up to the total, so they cannot exceed it"),
                       key=True)
            return

def _change_days(dims: Dimensions, key, year: int) -> list[dt.date]:
    """1 January, and each day of the year on which a category of the breakdown began or ended."""
    days = {dt.date(year, 1, 1)}
    for d in key:
        for cat in dims.by_id[d].categories:
            for day in (cat.since, cat.until and cat.until + dt.timedelta(days=1)):
                if day and day.year == year:
                    days.add(day)
    return sorted(days)
