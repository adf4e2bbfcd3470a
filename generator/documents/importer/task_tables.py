"""Reading assignment tables (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | …),
in a section or in an appendix, by the words of their header row."""
from __future__ import annotations

import re
from collections import Counter

from generator.documents.import_bodies import norm, slug
from generator.documents.importer import messages as M
from generator.documents.importer.vocabulary import TASK_COLUMNS


def _columns(head: list[str]) -> dict[str, int]:
    col: dict[str, int] = {}
    for c, text in enumerate(head):
        low = norm(text)
        for role, words in TASK_COLUMNS.items():
            # The number column is named by a word of its own; the others by a word inside the header.
            if role not in col and any(low == w or (w in low and role != "number") for w in words):
                col[role] = c
                break
    return col


class TaskTableReader:
    def _table_tasks(self, tables: list, out: dict, fallback_group: dict, id_prefix: str = "") -> None:
        """The tasks of assignment tables into `out`; rows before any group row go to `fallback_group`."""
        seen = {t["id"] for t in out["tasks"]}
        for tb in tables:
            head = tb.rows[0].cells
            col = _columns(head)
            for role, c in col.items():
                out["labels"].setdefault(role, head[c])
            other = [c for c in range(len(head)) if c not in col.values() and head[c]]
            group = None
            for r, row in enumerate(tb.rows[1:], start=2):
                cells = row.cells + [""] * (len(head) - len(row.cells))
                if not any(cells) or [norm(c) for c in cells] == [norm(h) for h in head]:
                    continue     # an empty row, or the header repeated where Word broke the page
                new_group = self._task_group_row(cells, col, out)
                if new_group is not None:
                    group = new_group
                    continue
                if group is None:
                    group = fallback_group
                    if group not in out["groups"]:
                        out["groups"].append(group)
                t = self._task_row(tb, r, cells, col, head, other, group, id_prefix, seen)
                seen.add(t["id"])
                out["tasks"].append(t)
        ids = Counter(t["id"] for t in out["tasks"])
        for tid, n in ids.items():
            if n > 1:
                self.review.add(M.AT_TASK_TABLE.vi, M.TASK_ID_REPEATED.vi.format(id=tid, times=n))

    def _task_group_row(self, cells: list[str], col: dict, out: dict) -> dict | None:
        """A row naming a group: one text across the row (merged cells), or a Roman/letter number with no body."""
        get = lambda role: cells[col[role]] if role in col else ""  # noqa: E731
        num, text = get("number").rstrip("."), get("text")
        filled = [c for c in cells if c]
        spans = len(set(filled)) == 1
        if not spans and (get("lead") or get("timeframe") or not text or not re.fullmatch(r"[IVXL]+|[A-Z]", num or "")):
            return None
        title = filled[0] if spans else text
        gid = num if num and not spans else str(len(out["groups"]) + 1)
        m = re.match(r"^([IVXL]+|[A-Z]|\d+)[.)]\s+(.*)$", title)
        if m:
            gid, title = m[1], m[2]
        group = {"id": gid, "title": title}
        out["groups"].append(group)
        return group

    def _task_row(self, tb, r: int, cells, col, head, other, group, id_prefix: str, seen: set) -> dict:
        get = lambda role: cells[col[role]] if role in col else ""  # noqa: E731
        where = tb.where(r)
        num, text = get("number").rstrip("."), get("text")
        tid = num or f"{group['id']}.{r}"
        if not num:
            self.review.add(where, M.ROW_UNNUMBERED.vi.format(id=tid))
        if tid in seen and id_prefix:
            tid = f"{id_prefix}.{tid}"   # the appendix's numbering starts again at 1: "Phụ lục I, 1" is "I.1"
        if not re.fullmatch(r"[A-Za-z0-9.\-]{1,40}", tid):
            tid = slug(tid)[:40]
        t = {"id": tid, "group": group["id"], "text": text or M.TASK_ROW_NO_TEXT.vi}
        for key in ("lead", "coordinating"):
            t[key] = {"agencies": self.bodies(get(key), where), "as_written": get(key)} if get(key) else None
        t["timeframe"] = self._timeframe(get("timeframe"), where, tid) if get("timeframe") else None
        if get("result"):
            t["result"] = get("result")
        # A column the importer does not know stays on its row, under its header.
        notes = ([get("note")] if get("note") else []) + [f"{head[c]}: {cells[c]}" for c in other if cells[c]]
        if notes:
            t["note"] = "\n\n".join(notes)
        if not text:
            self.review.add(where, M.TASK_CELL_EMPTY.vi.format(task=tid))
        if not get("lead"):
            self.review.add(where, M.LEAD_CELL_EMPTY.vi.format(task=tid))
        return t
