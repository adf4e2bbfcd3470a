"""Reading indicator tables: header rows (merged headers such as "Lộ trình thực hiện" over the years),
the role of each column by its words, and the rows as groups, indicators and sub-rows, numbered as
the document numbered them."""
from __future__ import annotations

import re

from generator.documents.import_bodies import norm, slug
from generator.documents.importer import messages as M
from generator.documents.importer.common import ImportFailed, Para, row_number
from generator.documents.importer.vocabulary import (
    DONE_HEADER, ESTIMATE_WORD, MARK_PREFIX, NAME_HEADER_WORDS, NUMBER_HEADER, REPORTING, SUB_LETTER, SUB_ROW_NUMBER,
    TARGET_HEADER, TARGET_HEADER_WIDE, UNIT_ABBREVIATION, UNIT_HEADER, UNIT_SHORT)
from generator.data.targets import TargetError, parse_target

VALUE_ROLES = ("unit", "target", "baseline", "mark")


def _header_labels(head: list[list[str]], width: int) -> list[str]:
    """One label per column; a merged header cell ("Mục tiêu" over the years) covers the empty cells to its right."""
    n_head = len(head)
    labels = []
    for c in range(width):
        parts = []
        for r, row in enumerate(head):
            text = row[c]
            if not text and r < n_head - 1 and c > 0 and head[r + 1][c]:
                k = c
                while k > 0 and not row[k]:
                    k -= 1
                if head[r + 1][k] or k == c - 1:
                    text = row[k]
            if text and text not in parts:
                parts.append(text)
        labels.append(" ".join(parts))
    return labels


def _mark_id(label: str) -> str:
    s = slug(re.sub(MARK_PREFIX, "", label))
    return s[:40].strip("-") or "danh-dau"


class IndicatorTableReader:
    def _indicators(self, tables: list, titles: dict[int, str]) -> tuple[list[dict], dict]:
        groups: list[dict] = []
        columns = {"milestones": [], "marks": [], "baselines": []}
        for tb in tables:
            self._indicator_table(tb, groups, columns, titles.get(id(tb)))
        return groups, columns

    def _indicator_table(self, tb, groups: list[dict], columns: dict, title: str | None = None) -> None:
        width = max(len(r.cells) for r in tb.rows)
        grid = [r.cells + [""] * (width - len(r.cells)) for r in tb.rows]
        n_head = 0
        while n_head < min(3, len(grid)) and not row_number(grid[n_head][0]):
            n_head += 1
        n_head = n_head or 1
        labels = _header_labels(grid[:n_head], width)
        data = [(r, row) for r, row in enumerate(grid[n_head:], start=n_head + 1)
                if any(row) and row not in grid[:n_head]]      # a header Word repeated on the next page is not a row
        role = self._column_roles(tb, labels, [row for _, row in data], columns)
        state = {"group": groups[-1] if groups else None, "last": None, "title": title}
        for k, (r, row) in enumerate(data):
            nxt = data[k + 1][1] if k + 1 < len(data) else None
            self._indicator_row(tb, r, row, nxt, role, labels, groups, state)

    def _column_roles(self, tb, labels: list[str], data: list[list[str]], columns: dict) -> dict[int, tuple]:
        role: dict[int, tuple] = {}
        years_here: set[int] = set()
        for c, lab in enumerate(labels):
            low = norm(lab)
            year = re.search(r"\b(20\d\d)\b", lab)
            if re.fullmatch(NUMBER_HEADER, low):
                role[c] = ("number",)
            elif REPORTING.search(low):
                role[c] = ("reporting",)
            elif UNIT_ABBREVIATION in low or low.startswith(UNIT_HEADER) or low == UNIT_SHORT:
                role[c] = ("unit",)
            elif year and re.search(DONE_HEADER, low) and not re.search(TARGET_HEADER, low):
                role[c] = ("baseline", self._baseline_column(lab, int(year[1]), ESTIMATE_WORD in low, columns))
            elif year and self._before_issue(int(year[1]), low):
                # "Năm N" in a plan signed after year N holds what was done, not a target: read as done, and say so.
                role[c] = ("baseline", self._baseline_column(lab, int(year[1]), False, columns))
                self.review.add(tb.where(1), M.YEAR_BEFORE_ISSUE.vi.format(column=lab, year=year[1]))
            elif year and int(year[1]) not in years_here:
                years_here.add(int(year[1]))
                role[c] = ("target", int(year[1]))
                if int(year[1]) not in columns["milestones"]:
                    columns["milestones"].append(int(year[1]))
            elif any(x in low for x in NAME_HEADER_WORDS) and "name" not in [v[0] for v in role.values()]:
                role[c] = ("name",)
            elif data and all(row[c].strip().upper() in ("", "X") for row in data) and any(row[c] for row in data):
                role[c] = ("mark", self._mark_column(tb, lab, columns))
            else:
                role[c] = ("note",)      # "Ghi chú", or a column the engine does not know: kept on its row
        if "name" not in [v[0] for v in role.values()]:
            c = 1 if len(labels) > 1 else 0
            role[c] = ("name",)
            self.review.add(tb.where(1), M.NO_NAME_COLUMN.vi.format(column=c + 1))
        return role

    def _before_issue(self, year: int, low: str) -> bool:
        issued = getattr(self, "issue_year", None)
        return issued is not None and year < issued and not re.search(TARGET_HEADER_WIDE, low)

    def _baseline_column(self, lab: str, year: int, estimate: bool, columns: dict) -> str:
        kind = "uoc-thuc-hien" if estimate else "thuc-hien"
        bid = f"{'uoc-th' if estimate else 'th'}-{year}"
        if bid not in [b["id"] for b in columns["baselines"]]:
            columns["baselines"].append({"id": bid, "label": lab, "year": year, "kind": kind})
        return bid

    def _mark_column(self, tb, lab: str, columns: dict) -> str:
        mid = _mark_id(lab)
        if mid not in [m["id"] for m in columns["marks"]]:
            name = re.sub(MARK_PREFIX, "", lab)
            tag = (re.search(r"\d+", lab) or [slug(name)[:8]])[0][:8]
            columns["marks"].append({"id": mid, "label": lab, "name": name, "tag": tag})
            self.review.add(tb.where(1), M.MARK_COLUMN.vi.format(column=lab, id=mid, name=name, tag=tag))
        return mid

    def _refuse_merged(self, tb, r: int, role: dict, labels: list[str], values: list[str]) -> None:
        where = tb.where(r)
        row = tb.rows[r - 1]
        up = [c for c in row.merged_up if role.get(c, ("note",))[0] in ("name", "unit", "target", "baseline")]
        if up:
            # One cell over two indicators: which row its target belongs to is a guess no one should publish.
            raise ImportFailed(M.MERGED_DOWN.vi.format(where=where, column=labels[up[0]]))
        across = [c for c in row.merged_left if role.get(c, ("note",))[0] in ("target", "baseline")]
        if across and any(values):
            # One cell over two years: a target for both, or for one? Only the document's author knows.
            raise ImportFailed(M.MERGED_ACROSS.vi.format(where=where, column=labels[across[0] - 1],
                                                         next=labels[across[0]]))

    def _indicator_row(self, tb, r: int, row: list[str], nxt, role: dict, labels: list[str], groups: list, state: dict):
        where = tb.where(r)
        get = {v[0]: row[c] for c, v in role.items() if v[0] in ("number", "name", "unit")}
        num, name = get.get("number", "").rstrip(".").strip(), get.get("name", "")
        values = [row[c] for c, v in role.items() if v[0] in VALUE_ROLES]
        self._refuse_merged(tb, r, role, labels, values)
        if not any(values) and self._is_group_row(num, nxt, role):
            state["group"] = {"id": num, "name": name, "assigned": {}, "indicators": []}
            groups.append(state["group"])
            state["last"] = None
            return
        if state["group"] is None:
            # A table without group rows is one group, named by the part of the document that holds it.
            state["group"] = {"id": str(len(groups) + 1), "name": state["title"] or M.GROUP_UNNAMED.vi,
                              "assigned": {}, "indicators": []}
            groups.append(state["group"])
            if not state["title"]:
                self.review.add(where, M.GROUP_MADE.vi.format(id=state["group"]["id"]))
        ind = self._indicator_cells(row, role, labels, where, get.get("unit", ""), name)
        self._place_indicator(ind, num, where, state)
        if not name:
            self.review.add(where, M.NAME_CELL_EMPTY.vi.format(id=ind["id"]))

    @staticmethod
    def _is_group_row(num: str, nxt, role: dict) -> bool:
        """"I", "II" head groups; "1" heads a group too, unless the rows below it are its sub-rows (a, b, -)."""
        if re.fullmatch(r"[IVXL]+", num):
            return True
        if not re.fullmatch(r"\d+", num):
            return False
        col = next((c for c, v in role.items() if v[0] == "number"), None)
        below = nxt[col].rstrip(".").strip() if nxt is not None and col is not None else ""
        return not re.fullmatch(SUB_ROW_NUMBER, below)

    def _indicator_cells(self, row, role, labels, where, unit: str, name: str) -> dict:
        ind: dict = {"id": "", "name": name, "unit": unit, "targets": {}}
        for c, v in role.items():
            cell = row[c]
            if v[0] == "target":
                ind["targets"][v[1]] = cell
            elif v[0] == "baseline" and cell:
                ind.setdefault("baselines", {})[v[1]] = cell
            elif v[0] == "mark" and cell.strip().upper() == "X":
                ind.setdefault("marks", []).append(v[1])
            elif v[0] == "reporting" and cell:
                bodies = self.bodies(cell, where)
                ind["assigned"] = {"reporting_agency": bodies[0]}
                ind.setdefault("notes", []).append({"label": labels[c], "text": cell, "role": "reporting"})
                if len(bodies) > 1:
                    self.review.add(where, M.SEVERAL_REPORTING.vi.format(column=labels[c], count=len(bodies),
                                                                        first=bodies[0]))
            elif v[0] == "note" and cell:
                ind.setdefault("notes", []).append({"label": labels[c] or M.NOTE_LABEL.vi, "text": cell})
        return ind

    def _place_indicator(self, ind: dict, num: str, where: str, state: dict) -> None:
        last, group = state["last"], state["group"]
        sub = re.fullmatch(SUB_LETTER, num)
        if (num in ("", "-", "–", "+", "*") or sub) and last is not None:
            letter = sub[1] if sub else "abcdefghijklmnopqrstuvwxyz"[len(last.get("sub_indicators", [])) % 26]
            ind["id"] = f"{last['id']}.{letter}"
            last.setdefault("sub_indicators", []).append(ind)
            if not sub and len(last["sub_indicators"]) == 1:
                self.review.add(where, M.SUB_ROWS_UNNUMBERED.vi.format(number=num or M.EMPTY_NUMBER.vi, id=last["id"]))
            return
        if not re.fullmatch(r"[A-Za-z0-9.]{1,40}", num or ""):
            num = f"{group['id']}.{len(group['indicators']) + 1}"
            self.review.add(where, M.INDICATOR_UNNUMBERED.vi.format(id=num))
        ind["id"] = num
        group["indicators"].append(ind)
        state["last"] = ind


# ---------------------------------------------------------------- qualities
def _numbers_and_words(texts: list[str]) -> tuple[list[float], list[str]]:
    nums, words = [], []
    for t in texts:
        try:
            p = parse_target(t)
            v = p.value if p.value is not None else p.high
            if v is not None:
                nums.append(v)
        except TargetError:
            words.append(t)
    return nums, words


def _direction(nums: list[float]) -> str | None:
    """A series of targets that only rises (or only falls) says which way is better; anything else does not."""
    if len(nums) < 2 or nums[0] == nums[-1]:
        return None
    steps = [b - a for a, b in zip(nums, nums[1:])]
    if all(s >= 0 for s in steps):
        return "higher"
    if all(s <= 0 for s in steps):
        return "lower"
    return None


def finish_indicators(groups: list[dict], milestones: list[int], review, baselines: list[dict] = ()) -> None:
    """Direction and level scales are the site's, not the document's: set a first guess, say so.

    The series read for a direction is the row's baseline (the latest "Thực hiện"/"Ước thực hiện" year
    before the first milestone) followed by its targets in year order."""
    site_dir, scales = [], []
    before = sorted((b for b in baselines if not milestones or b["year"] < min(milestones)),
                    key=lambda b: (b["year"], b["kind"] == "uoc-thuc-hien"))
    for g in groups:
        for ind in g["indicators"]:
            for i in [ind, *ind.get("sub_indicators", [])]:
                texts = [i["targets"].get(y, "") for y in milestones]
                for y in milestones:
                    i["targets"].setdefault(y, "")
                nums, words = _numbers_and_words(texts)
                start = [i.get("baselines", {}).get(b["id"], "") for b in before]
                start_nums, _ = _numbers_and_words([t for t in start if t.strip()][-1:])
                if words:
                    scale = list(dict.fromkeys(words))
                    if len(scale) == 1:   # a scale needs two levels: "Chưa …" below the one the plan names
                        scale.insert(0, M.LEVEL_BELOW.vi.format(level=scale[0][:1].lower() + scale[0][1:]))
                    i["levels"] = scale
                    scales.append(i["id"])
                direction = None if words else _direction(nums) or _direction(start_nums + nums)
                if direction:
                    i["direction"], i["direction_basis"] = direction, "targets"
                    if len(nums) < 2:
                        i["direction_note"] = M.DIRECTION_FROM_BASELINE.vi
                else:
                    i["direction"], i["direction_basis"] = "higher", "site"
                    if any(t.strip() not in ("", "-") for t in texts):
                        site_dir.append(i["id"])
    if site_dir:
        review.add(M.AT_APPENDIX.vi, M.NO_DIRECTION.vi.format(count=len(site_dir), ids=", ".join(site_dir)))
    if scales:
        review.add(M.AT_APPENDIX.vi, M.LEVELS_GUESSED.vi.format(ids=", ".join(scales)))
