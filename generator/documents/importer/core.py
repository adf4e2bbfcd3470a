"""The importer: the document's blocks in, a draft plan out (plan, tasks, indicator groups, new bodies,
the review list). Each part of the document has its reader (paragraphs, task tables, indicator tables,
header and end); this class runs them in the document's order and decides where tables belong."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.documents.docsource import Block
from generator.documents.import_bodies import Registry, guess_kind, slug
from generator.documents.importer import messages as M
from generator.documents.importer.common import TABLE, ImportFailed, Para, Review, label_kind, read_timeframe, short
from generator.documents.importer.header import HeaderReader
from generator.documents.importer.indicator_tables import IndicatorTableReader
from generator.documents.importer.paragraphs import ParagraphReader, _points_to_appendix
from generator.documents.importer.plan_file import PlanFileWriter
from generator.documents.importer.task_tables import TaskTableReader
from generator.documents.importer.vocabulary import INDICATOR_TABLE_UNIT, TASK_TABLE_BODIES, TASK_TABLE_TEXT, TASKS_WORD


@dataclass
class Draft:
    plan: dict
    tasks: dict
    groups: list[dict]            # indicator groups
    new_agencies: list[dict]
    review: Review
    counts: dict


class Importer(ParagraphReader, TaskTableReader, IndicatorTableReader, HeaderReader, PlanFileWriter):
    def __init__(self, blocks: list[Block], registry: Registry, plan_id: str):
        self.blocks = blocks
        self.registry = registry
        self.plan_id = plan_id
        self.review = Review()
        self.new_agencies: list[dict] = []
        self.unplaced: list[Para] = []
        self._kinds: dict[int, str | None] = {}

    # ---- bodies
    def bodies(self, written: str, where: str) -> list[str]:
        ids = []
        for m in self.registry.split(written):
            if m.agency is None:
                name = m.text.strip().rstrip(".;,")
                new_id = slug(name)
                while new_id in self.registry.ids:
                    new_id += "-moi"
                entry = {"id": new_id, "name": name, "kind": guess_kind(name), "where": where}
                self.new_agencies.append(entry)
                self.registry.add(new_id, name)
                self.review.add(where, M.NEW_BODY.vi.format(name=name, id=new_id, kind=entry["kind"]))
                m.agency = new_id
            if m.abbreviation:
                name = self.registry.info.get(m.agency, {}).get("name", m.agency)
                self.review.add(where, M.ABBREVIATION.vi.format(text=m.text, name=name, id=m.agency))
            if m.agency not in ids:
                ids.append(m.agency)
        return ids

    def _timeframe(self, value: str, where: str, tid: str) -> dict:
        tf = read_timeframe(value)
        if tf is None:
            tf = {"as_written": value, "kind": "thuong-xuyen"}
            self.review.add(where, M.TIMEFRAME_UNREAD.vi.format(task=tid, value=value))
        return tf

    # ---- main
    def run(self) -> Draft:
        paras, tables = self._paragraphs()
        if not paras:
            raise ImportFailed(M.NO_PARAGRAPHS.vi)
        header, body_start = self._header(paras)
        sections, tail = self._sections(paras[body_start:])
        closing, recipients, signer, appendices = self._tail(tail)
        for t in tables:
            if self._table_kind(t) is None and not any(t in a["tables"] for a in appendices):
                self._keep_table(t)
        tasks_file, body = self._tasks_and_body(sections, appendices)
        if not tasks_file["tasks"]:
            raise ImportFailed(M.NO_TASKS.vi)
        ind_tables = [t for t in tables if self._table_kind(t) == "indicators"]
        signed = header.get("place_date") or (header.get("decision") or {}).get("place_date") or {}
        self.issue_year = signed.get("year")
        groups, columns = self._indicators(ind_tables, self._table_titles(sections, appendices))
        appendix = self._indicator_appendix(appendices, ind_tables)
        plan = self._plan(header, body, closing, recipients, signer, appendix, columns)
        self._unplaced_section(plan)
        n_ind = sum(1 + len(i.get("sub_indicators", [])) for g in groups for i in g["indicators"])
        return Draft(plan, tasks_file, groups, self.new_agencies, self.review,
                     {"tasks": len(tasks_file["tasks"]), "indicators": n_ind, "groups": len(groups)})

    def _unplaced_section(self, plan: dict) -> None:
        if not self.unplaced:
            return
        plan["body"].append({
            "title": M.UNPLACED_SECTION.vi,
            "items": [{"title": p.where, "text": p.text} for p in self.unplaced]})
        for p in self.unplaced:
            self.review.add(p.where, M.UNPLACED.vi.format(text=short(p.text)))

    # ---- where the tasks are
    def _tasks_and_body(self, sections: list[dict], appendices: list[dict]) -> tuple[dict, list[dict]]:
        """The section holding the tasks: the one with task lines, else the one with an assignment table, else
        the one pointing to the appendix that holds it ("Chi tiết tại Phụ lục I")."""
        tasks_file = {"layout": "list", "heading": None, "intro": None, "labels": {}, "groups": [], "tasks": []}
        in_body = [p.table for s in sections for p in s["paras"] if p.table is not None and self._table_kind(p.table) == "tasks"]
        in_appendix = [(a, t) for a in appendices for t in a["tables"] if self._table_kind(t) == "tasks"]
        prose = max((s for s in sections if self._task_lines(s)), key=self._task_lines, default=None)
        table_section = next((s for s in sections if any(p.table in in_body for p in s["paras"] if p.table)), None)
        pointing = next((s for s in sections if in_appendix and any(_points_to_appendix(p.text) for p in s["paras"])
                         or re.search(TASKS_WORD, s["title"], re.I) and in_appendix), None)
        task_section = prose or table_section or pointing
        body = []
        for s in sections:
            if s is not task_section:
                body.append(self._node_tree(s))
                continue
            body.append({"number": s["number"], "title": s["title"], "contains": "tasks"})
            if prose is not None:
                self._prose_tasks(s, tasks_file)
            else:
                intro = [p.text for p in s["paras"] if p.table is None]
                tasks_file["intro"] = "\n\n".join(intro) or None
            if in_body or in_appendix:
                if prose is None:
                    tasks_file["layout"] = "table"
                self._appendix_tasks(s, tasks_file, in_body, in_appendix)
        return tasks_file, body

    @staticmethod
    def _task_lines(s: dict) -> int:
        """How many lines of a section name a lead or coordinating body: a lone "Thời gian thực hiện: năm 2026"
        under "Mục đích, yêu cầu" does not make that section the tasks."""
        return sum(1 for p in s["paras"] if (label_kind(p.text) or ("",))[0] in ("lead", "coordinating"))

    def _appendix_tasks(self, s: dict, out: dict, in_body: list, in_appendix: list) -> None:
        fallback = {"id": s["number"].rstrip("."), "title": s["title"]}
        if in_body:
            self._table_tasks(in_body, out, fallback)
        for a, t in in_appendix:
            appendix = M.APPENDIX_TITLE.vi.format(number=a["number"]) if a["number"] else M.APPENDIX_UNNUMBERED.vi
            title = ". ".join(x for x in (appendix, a["title"]) if x)
            if out["layout"] == "table":
                out["heading"] = out["heading"] or title
            group = getattr(self, "pointer_group", None) or (
                fallback if not out["tasks"] else {"id": a["number"] or "PL", "title": a["title"] or title})
            self._table_tasks([t], out, group, id_prefix=a["number"] or "PL")

    # ---- tables
    @staticmethod
    def _table_titles(sections: list[dict], appendices: list[dict]) -> dict[int, str]:
        """The title of the part each table sits in: the name of its rows' group when the table has no group rows."""
        titles = {id(p.table): s["title"] for s in sections for p in s["paras"] if p.table is not None}
        titles.update({id(t): a["title"] for a in appendices for t in a["tables"] if a["title"]})
        return titles

    def _table_kind(self, t: Block) -> str | None:
        if id(t) not in self._kinds:
            self._kinds[id(t)] = _kind_of(t)
        return self._kinds[id(t)]

    def _keep_table(self, t: Block) -> None:
        for r, row in enumerate(t.rows, start=1):
            text = " | ".join(c for c in row.cells if c)
            if text:
                self.unplaced.append(Para(text, t.where(r)))
        self.review.add(t.where(), M.OTHER_TABLE.vi)

    def _indicator_appendix(self, appendices: list[dict], ind_tables: list) -> dict | None:
        for a in appendices:
            if any(t in ind_tables for t in a["tables"]):
                return {"title": a["title"], "caption": a["caption"]}
        return None


def _kind_of(t: Block) -> str | None:
    head = " | ".join(" ".join(r.cells) for r in t.rows[:2]).lower()
    if re.search(TASK_TABLE_TEXT, head) and re.search(TASK_TABLE_BODIES, head) \
            and not re.search(r"\b20\d\d\b", " ".join(t.rows[0].cells)):
        return "tasks"
    if re.search(INDICATOR_TABLE_UNIT, head) and re.search(r"20\d\d", head):
        return "indicators"
    return None


__all__ = ["Draft", "Importer", "TABLE"]
