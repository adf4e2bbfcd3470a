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
                self.c.add(f, where + ("id",), *M.FIELD_AS_DIMENSION(id=d.id))
            if d.id in seen:
                self.c.add(f, where + ("id",), *M.DIMENSION_DUPLICATE(id=d.id, line=seen[d.id]))
            seen[d.id] = f.positions.of(where + ("id",))[0]
            cats: dict[str, int] = {}
            for j, cat in enumerate(d.categories):
                cw = where + ("categories", j)
                if cat.id in cats:
                    self.c.add(f, cw + ("id",), *M.CATEGORY_DUPLICATE(id=cat.id, dimension=d.id, line=cats[cat.id]))
                cats[cat.id] = f.positions.of(cw + ("id",))[0]
                if cat.since and cat.until and cat.since > cat.until:
                    self.c.add(f, cw + ("until",), *M.UNTIL_BEFORE_SINCE(id=cat.id, until_vi=vi_date(cat.until),
                                                                          since_vi=vi_date(cat.since)))
                if (cat.since or cat.until or cat.covers) and not cat.sources:
                    # A date or an area is a fact about the world: it needs a document.
                    self.c.add(f, cw, *M.CATEGORY_WITHOUT_SOURCES(id=cat.id), M.CATEGORY_WITHOUT_SOURCES_HINT())
                for k, s in enumerate(cat.sources):
                    self.c.ref(f, cw + ("sources", k), s, doc_ids, *M.DOCUMENT)
            for j, cat in enumerate(d.categories):
                for k, old in enumerate(cat.covers):
                    if old not in set(cats) - {cat.id}:
                        self.c.add(f, where + ("categories", j, "covers", k),
                                   *M.COVERS_UNKNOWN(id=cat.id, old=old, dimension=d.id),
                                   did_you_mean(old, sorted(set(cats) - {cat.id})))

    # ------------------------------------------------------------ indicators
    def indicator(self, f: SourceFile, where: tuple, ind: Indicator):
        dis = ind.disaggregation
        if dis is None:
            return
        where = where + ("disaggregation",)
        if ind.levels is not None:
            self.c.add(f, where, *M.QUALITATIVE_NOT_BROKEN_DOWN(id=ind.id), key=True)
        if not self.dims:
            if not self.unread:
                self.c.add(f, where, *M.BROKEN_DOWN_WITHOUT_DIMENSIONS(id=ind.id, path=self.dims_path),
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
                self.c.add(f, where + ("by", j), *M.BREAKDOWN_REPEATS_DIMENSION(text=text))
            norm = frozenset(key)
            if norm in seen:
                self.c.add(f, where + ("by", j), *M.BREAKDOWN_TWICE(text=text))
            seen.add(norm)

    # ------------------------------------------------------------ reported parts
    def value(self, f: SourceFile, where: tuple, v: IndicatorValue, ind: Indicator, year: int, total: float | None):
        """Every part of one reported value. `total` is the headline as read, None if it was not readable."""
        if not v.breakdown:
            return
        bw = where + ("breakdown",)
        if ind.levels is not None:
            self.c.add(f, bw, *M.QUALITATIVE_NO_PARTS(id=ind.id), key=True)
            return
        if v.value is None:
            if any(p.value is not None for p in v.breakdown):
                self.c.add(f, bw, *M.PARTS_WITHOUT_TOTAL(id=ind.id, year=year), M.PARTS_WITHOUT_TOTAL_HINT(), key=True)
            return
        if not self.dims:
            # One problem for the value, not one per line: the fix is one file.
            if not self.unread:
                self.c.add(f, bw, *M.PARTS_WITHOUT_DIMENSIONS(id=ind.id, year=year, path=self.dims_path),
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
            self.c.add(f, pw, *M.BREAKDOWN_UNDECLARED(id=ind.id, name=name),
                       M.BREAKDOWN_UNDECLARED_HINT(name=name, id=ind.id, file=self.indicator_file(ind.id)))
            return None
        fc = frozenset(cell.items())
        if fc in cells:
            self.c.add(f, pw, *M.CELL_TWICE(id=ind.id, year=year, cell=self.describe(cell), line=cells[fc]))
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
            self.c.add(f, pw + ("value",), *M.IMPOSSIBLE_PART(id=ind.id, cell=self.describe(cell), why_vi=why[0], why_en=why[1]))
            return None
        return key, cell, number

    def overlaps(self, f, bw, ind_id, year, parts):
        """A new commune and a former one it covers, in one figure: the same area counted twice."""
        given = {(d, c) for cell, _ in parts for d, c in cell.items()}
        for d, c in sorted(given):
            for old in self.dims.by_id[d].categories:
                if old.id in self.dims.category(d, c).covers and (d, old.id) in given:
                    new = self.dims.category(d, c)
                    self.c.add(f, bw, *M.NEW_AND_FORMER_TOGETHER(id=ind_id, year=year, new=new.label, old=old.label),
                               M.NEW_AND_FORMER_TOGETHER_HINT(), key=True)

    def cell(self, f: SourceFile, pw: tuple, raw: dict, year: int, ind_id: str, filled: bool = True) -> dict[str, str] | None:
        """The part's dimension → category, each checked; None when any is wrong (reported here)."""
        if not raw:
            self.c.add(f, pw, *M.LINE_WITHOUT_CATEGORY(id=ind_id), M.LINE_WITHOUT_CATEGORY_HINT())
            return None
        out, ok = {}, True
        for d, c in raw.items():
            if d not in self.dims.by_id:
                hint = did_you_mean(d, [*self.dims.by_id, *PART_FIELDS])
                self.c.add(f, pw + (d,), *M.DIMENSION_UNKNOWN(dimension=d, path=self.dims_path), hint, key=True)
                ok = False
                continue
            dim = self.dims.by_id[d]
            ids = [x.id for x in dim.categories]
            if not isinstance(c, str) or c not in ids:
                self.c.add(f, pw + (d,), *M.CATEGORY_UNKNOWN(category=c, dimension=d, label=dim.label), did_you_mean(str(c), ids))
                ok = False
                continue
            cat = self.dims.category(d, c)
            if not valid_in(cat, year):
                self.c.add(f, pw + (d,), *M.CATEGORY_NOT_THAT_YEAR(label=cat.label, span=span_text(cat), year=year),
                           M.CATEGORY_NOT_THAT_YEAR_HINT())
                ok = False
                continue
            # An empty scaffold line for a commune that began later in the year is not a report about it.
            submitted = f.data.submitted
            if filled and submitted and cat.since and submitted < cat.since:
                before = [self.dims.category(d, o).label for o in cat.covers
                          if valid_on(self.dims.category(d, o), submitted)]
                self.c.add(f, pw + (d,), *M.CATEGORY_AFTER_FILING(label=cat.label, span=span_text(cat), submitted=vi_date(submitted)),
                           M.CATEGORY_AFTER_FILING_HINT(units=f" ({', '.join(before)})" if before else ""))
                ok = False
                continue
            out[d] = c
        return out if ok else None

    @property
    def no_dimensions_hint(self) -> tuple[str, str]:
        return M.NO_DIMENSIONS_HINT(path=self.dims_path)

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
                checks.c.add(f, bw, *M.PARTS_DO_NOT_ADD_UP(id=ind_id, year=year, label=label, got_vi=format_number(got, max_decimals=6),
                                                       total_vi=format_number(total, max_decimals=6), got_en=f"{got:g}",
                                                       total_en=f"{total:g}"), M.PARTS_DO_NOT_ADD_UP_HINT(), key=True)
            return
    for wanted in partitions:
        here = [n for c, n in reported.items() if c in wanted]
        if sum(here) > total + tol(len(here)):
            checks.c.add(f, bw, *M.PARTS_EXCEED_TOTAL(id=ind_id, year=year, label=label, got_vi=format_number(sum(here), max_decimals=6),
                                                  total_vi=format_number(total, max_decimals=6), got_en=f"{sum(here):g}",
                                                  total_en=f"{total:g}"), M.PARTS_EXCEED_TOTAL_HINT(), key=True)
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
