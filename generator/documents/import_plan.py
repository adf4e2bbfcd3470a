"""`plansite import-plan DOCUMENT --id ID`: draft a plan's data from its signed document.

Read (docsource) → recognise the parts by the conventions of Vietnamese administrative
documents (header, I./1./1.1./a) headings, task lines "Cơ quan chủ trì…:", assignment
tables and the indicator appendix, read by the words of their header rows) → match bodies
against the registry (import_bodies) → write the plan in the normal layout, as a draft.

Every guess and every place not understood goes into the review list with its position;
text that fits nowhere is kept in the plan under a last section with its position.
Nothing is overwritten; nothing is written at all when the document cannot be read.
"""
from __future__ import annotations

import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.documents.docsource import Block, DocError, read_document
from generator.documents.import_bodies import Registry, guess_kind, norm, slug
from generator.data.load import AGENCIES, plan_files, plan_ids
from generator.data.targets import TargetError, parse_target

# ------------------------------------------------------------- conventions
KINDS = ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "QUYẾT ĐỊNH", "ĐỀ ÁN")
ROMAN = re.compile(r"^(?P<n>[IVXL]+)\.\s+(?P<rest>.+)$")
ITEM = re.compile(r"^(?P<n>\d+(?:\.\d+)*)\.\s*(?P<rest>.+)$")
LETTER = re.compile(r"^(?P<n>[a-zđ])\)\s*(?P<rest>.+)$")
ARTICLE = re.compile(r"^(?P<n>Điều\s+\d+)\.?\s*(?P<rest>.*)$")
LEAD_OR_COORD = re.compile(r"^(?P<label>(?:Cơ quan|Đơn vị)[^:]{0,80}?:)\s*(?P<value>.*)$", re.I)
TIME = re.compile(r"^(?P<label>(?:Thời gian|Thời hạn|Tiến độ)[^:]{0,40}:)\s*(?P<value>.*)$", re.I)
END_PUNCT = ".;:!?…\"”)"
MOTTO = re.compile(r"CỘNG H[ÒO]À XÃ HỘI|Độc lập\s*[-–]\s*Tự do", re.I)


def label_kind(text: str) -> tuple[str, str, str] | None:
    """("lead" | "coordinating" | "timeframe", label, value) for a task line, else None."""
    m = TIME.match(text)
    if m:
        return "timeframe", m["label"], m["value"]
    m = LEAD_OR_COORD.match(text)
    if m:
        low = m["label"].lower()
        if "chủ trì" in low:
            return "lead", m["label"], m["value"]
        if "phối hợp" in low or "phth" in low:
            return "coordinating", m["label"], m["value"]
    return None


class ImportFailed(Exception):
    """The document is readable but is not a plan this tool can draft (message for a person)."""


@dataclass
class Review:
    items: list[tuple[str, str]] = field(default_factory=list)

    def add(self, where: str, what: str) -> None:
        self.items.append((where, what))


@dataclass
class Para:
    text: str
    where: str


# ------------------------------------------------------------------ header
def _number(text: str) -> dict:
    value = re.sub(r"^Số\s*:?\s*", "", text).strip()
    return {"as_written": text, "value": None if not value or value.startswith("/") else value}


def _place_date(text: str) -> dict | None:
    m = re.match(r"^(?P<place>[^,]+),\s*ngày\b(?P<rest>.*)$", text)
    if not m:
        return None
    d = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", text)
    y = re.search(r"năm\s+(\d{4})", text)
    date = None
    if d:
        import datetime as dt
        try:
            date = dt.date(int(d[3]), int(d[2]), int(d[1]))
        except ValueError:
            date = None
    return {"as_written": text, "place": m["place"].strip(), "date": date, "year": int(y[1]) if y else None}


def _is_kind(text: str) -> str | None:
    t = text.strip().rstrip(":")
    return t if t in KINDS else None


# ----------------------------------------------------------------- draft
@dataclass
class Draft:
    plan: dict
    tasks: dict
    groups: list[dict]            # indicator groups
    new_agencies: list[dict]
    review: Review
    counts: dict


class Importer:
    def __init__(self, blocks: list[Block], registry: Registry, plan_id: str):
        self.blocks = blocks
        self.registry = registry
        self.plan_id = plan_id
        self.review = Review()
        self.new_agencies: list[dict] = []
        self.unplaced: list[Para] = []

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
                self.review.add(where, f"Cơ quan “{name}” chưa có trong plan/agencies.yml: đã đề xuất mã '{new_id}' "
                                       f"(loại {entry['kind']}, đoán theo tên). Hãy kiểm tra, hoặc ghi tên này vào "
                                       f"'variants' của cơ quan đã có và sửa mã trong kế hoạch.")
                m.agency = new_id
            if m.abbreviation:
                name = self.registry.info.get(m.agency, {}).get("name", m.agency)
                self.review.add(where, f"“{m.text}” đọc là viết tắt của “{name}” ('{m.agency}'). Nếu đúng, thêm "
                                       f"“{m.text}” vào 'variants' của cơ quan này trong plan/agencies.yml.")
            if m.agency not in ids:
                ids.append(m.agency)
        return ids

    # ---- main
    def run(self) -> Draft:
        paras, tables = self._paragraphs()
        if not paras:
            raise ImportFailed("Văn bản không có đoạn chữ nào ngoài bảng: không nhận ra kế hoạch.")
        header, body_start = self._header(paras)
        sections, tail = self._sections(paras[body_start:])
        task_tables = [t for t in tables if self._table_kind(t) == "tasks"]
        ind_tables = [t for t in tables if self._table_kind(t) == "indicators"]
        for t in tables:
            if t not in task_tables and t not in ind_tables:
                self._keep_table(t)
        tasks_file, body = self._tasks_and_body(sections, task_tables)
        if not tasks_file["tasks"]:
            raise ImportFailed("Không tìm thấy nhiệm vụ nào: văn bản không có dòng “Cơ quan chủ trì…:” hay bảng "
                               "phân công (STT | Nhiệm vụ | Cơ quan chủ trì …). Đây có phải văn bản kế hoạch không?")
        closing, recipients, signer, appendix = self._tail(tail)
        groups, columns = self._indicators(ind_tables)
        plan = self._plan(header, body, closing, recipients, signer, appendix, columns)
        if self.unplaced:
            plan["body"].append({
                "title": "Phần chưa xếp được (do công cụ nhập ghi lại, hãy xếp vào đúng chỗ rồi xoá mục này)",
                "items": [{"title": p.where, "text": p.text} for p in self.unplaced]})
            for p in self.unplaced:
                self.review.add(p.where, f"Chưa xếp được vào phần nào, đã giữ ở mục cuối của body: “{_short(p.text)}”.")
        n_ind = sum(1 + len(i.get("sub_indicators", [])) for g in groups for i in g["indicators"])
        return Draft(plan, tasks_file, groups, self.new_agencies, self.review,
                     {"tasks": len(tasks_file["tasks"]), "indicators": n_ind, "groups": len(groups)})

    # ---- paragraphs, with broken lines joined
    def _paragraphs(self) -> tuple[list[Para], list[Block]]:
        paras: list[Para] = []
        tables: list[Block] = []
        seen_body = False
        for b in self.blocks:
            if b.kind == "p" and ROMAN.match(b.text):
                seen_body = True
            if b.kind == "table" and self._table_kind(b) is None and (not seen_body or _is_signature_table(b)):
                # Word lays out the header (issuer | national motto, number | place and date) and the end
                # (recipients | signature) as borderless tables: their lines are paragraphs of the document.
                for r, row in enumerate(b.rows, start=1):
                    for cell in row.lines:
                        paras.extend(Para(line, b.where(r)) for line in cell)
                continue
            if b.kind == "table":
                tables.append(b)
                paras.append(Para("\x00table", b.where()))   # keeps the order of tables among paragraphs
                continue
            first = b.text[:1]
            if (paras and first.isalpha() and first.islower() and not LETTER.match(b.text)
                    and not paras[-1].text.startswith("\x00")):
                # A line that starts in lower case continues the paragraph above (a hard line break in the copy).
                self.review.add(b.where(), f"Đoạn bắt đầu bằng chữ thường, đã nối vào đoạn trước ({paras[-1].where}): "
                                           f"kiểm tra câu “…{_short(b.text, 40)}”.")
                paras[-1] = Para(paras[-1].text + " " + b.text, paras[-1].where)
                continue
            paras.append(Para(b.text, b.where()))
        return paras, tables

    def _header(self, paras: list[Para]) -> tuple[dict, int]:
        """Issuer, number, place and date, kind, title, legal basis; with a decision wrapper
        (Quyết định … Điều 1 ban hành kèm theo …) also the decision and the programme it attaches."""
        h: dict = {"issuer_lines": [], "preamble": []}
        state = "head"
        tail: list[Para] = []
        i = 0
        while i < len(paras):
            p = paras[i]
            t = p.text
            if ROMAN.match(t):
                break
            i += 1
            if t.startswith("\x00") or MOTTO.search(t):
                continue
            kind = _is_kind(t)
            if kind == "QUYẾT ĐỊNH" and h.get("kind") == "QUYẾT ĐỊNH":
                continue                                   # "QUYẾT ĐỊNH:" before the articles
            if kind:
                if h.get("kind") == "QUYẾT ĐỊNH" and "articles" in h:
                    # The programme attached to the decision starts: its own kind and title follow.
                    h["decision"] = {"kind": h.pop("kind"), "number": h.pop("number", None),
                                     "place_date": h.pop("place_date", None), "title": h.pop("title", None),
                                     "articles": h.pop("articles")}
                    h["decision_basis"], h["preamble"] = h["preamble"], []
                    h["decision_tail"] = tail
                    state = "head"
                h["kind"], h["kind_at"] = kind, p.where
                title = []
                # The line after the kind is the title even when it starts like a basis ("Thực hiện …").
                while i < len(paras) and not paras[i].text.isupper() and not paras[i].text.startswith("(") and (
                        not _starts_part(paras[i].text) or (not title and not paras[i].text.startswith(("\x00", "Số:"))
                                                            and not ROMAN.match(paras[i].text))):
                    title.append(paras[i].text)
                    i += 1
                h["title"] = " ".join(title) or None
                continue
            m = ARTICLE.match(t)
            if m and h.get("kind") == "QUYẾT ĐỊNH":
                h.setdefault("articles", []).append({"number": m["n"] + ".", "text": m["rest"]})
                state = "articles"
            elif state in ("articles", "decision-tail") and (t.startswith("Nơi nhận") or state == "decision-tail"):
                state = "decision-tail"
                tail.append(p)
            elif state == "articles":
                h["articles"][-1]["text"] += "\n\n" + t
            elif re.match(r"^Số\s*:", t) and "number" not in h:
                h["number"], h["number_at"] = _number(t), p.where
            elif _place_date(t) and "place_date" not in h:
                h["place_date"], h["place_date_at"] = _place_date(t), p.where
            elif t.startswith(("Thực hiện", "Căn cứ", "Xét đề nghị", "Theo đề nghị")) or state == "preamble":
                h["preamble"].append(t)
                state = "preamble"
            elif t.isupper():
                if "kind" not in h or not h["issuer_lines"]:
                    h["issuer_lines"].append((t, p.where))
                # else: the authority line of a decision ("ỦY BAN NHÂN DÂN XÃ …") repeats the issuer
            else:
                self.unplaced.append(p)
        if "kind" not in h:
            raise ImportFailed("Không thấy loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH, QUYẾT ĐỊNH…) ở phần đầu: "
                               "đây có phải văn bản kế hoạch không?")
        if i >= len(paras):
            raise ImportFailed("Không thấy mục nào đánh số La Mã (I., II., …): không nhận ra thân văn bản.")
        if h.get("decision") and not h["preamble"] and h.get("decision_basis"):
            h["preamble"] = h["decision_basis"]
            self.review.add(h["kind_at"], "Căn cứ ban hành của quyết định được ghi vào 'preamble' (văn bản kèm theo không có lời mở đầu riêng).")
        return h, i

    def _sections(self, paras: list[Para]) -> tuple[list[dict], list[Para]]:
        sections: list[dict] = []
        for k, p in enumerate(paras):
            m = ROMAN.match(p.text)
            if m:
                sections.append({"number": m["n"] + ".", "title": m["rest"], "where": p.where, "paras": []})
                continue
            if p.text.startswith(("Trên đây là", "Nơi nhận")) or re.match(r"^PHỤ LỤC\b|^Phụ lục\b", p.text):
                return sections, paras[k:]
            sections[-1]["paras"].append(p)
        return sections, []

    # ---- tasks
    def _tasks_and_body(self, sections: list[dict], task_tables: list[Block]) -> tuple[dict, list[dict]]:
        tasks_file = {"layout": "list", "heading": None, "intro": None, "labels": {}, "groups": [], "tasks": []}
        body = []
        task_section = None
        for s in sections:
            if any(label_kind(p.text) for p in s["paras"]):
                task_section = s
                break
        if task_section is None and task_tables:
            task_section = next((s for s in sections if any(p.text.startswith("\x00") for p in s["paras"])), None)
        for s in sections:
            if s is task_section:
                body.append({"number": s["number"], "title": s["title"], "contains": "tasks"})
                if any(label_kind(p.text) for p in s["paras"]):
                    self._prose_tasks(s, tasks_file)
                else:
                    self._table_tasks(s, task_tables, tasks_file)
            else:
                body.append(self._node_tree(s))
        return tasks_file, body

    def _tree(self, paras: list[Para]) -> tuple[list[Para], list[dict]]:
        """Paragraphs before the first numbered item, and the items as a tree (1. > 1.1. > a))."""
        intro: list[Para] = []
        roots: list[dict] = []
        stack: list[dict] = []
        for p in paras:
            if p.text.startswith("\x00"):
                continue
            m = ITEM.match(p.text)
            lm = LETTER.match(p.text)
            if m or lm:
                if m:
                    depth = m["n"].count(".") + 1
                    node = {"n": m["n"], "rest": m["rest"], "where": p.where, "depth": depth, "paras": [],
                            "labels": [], "children": []}
                else:
                    depth = (stack[-1]["depth"] + 1) if stack and stack[-1]["n"][:1].isdigit() else (
                        stack[-1]["depth"] if stack else 1)
                    node = {"n": lm["n"], "rest": lm["rest"], "where": p.where, "depth": depth, "paras": [],
                            "labels": [], "children": [], "letter": True}
                while stack and stack[-1]["depth"] >= depth:
                    stack.pop()
                (stack[-1]["children"] if stack else roots).append(node)
                stack.append(node)
                continue
            if not stack:
                intro.append(p)
                continue
            lk = label_kind(p.text)
            if lk:
                stack[-1]["labels"].append((lk, p.where))
            else:
                stack[-1]["paras"].append(p)
        return intro, roots

    def _prose_tasks(self, s: dict, out: dict) -> None:
        intro, roots = self._tree(s["paras"])
        if intro:
            out["intro"] = "\n\n".join(p.text for p in intro)
        labels: Counter = Counter()
        found: list[tuple[dict, dict]] = []

        def task_of(node: dict, tid: str, group: str, subgroup: str | None, in_group: bool = False) -> dict:
            heading = node["rest"]
            titled = node["paras"] and not heading.endswith(tuple(END_PUNCT)) and len(heading) <= 300
            texts = [p.text for p in node["paras"]]
            if in_group:      # a group with its own lines is one task; its heading is already the group's title
                titled, heading = False, None
            t = {"id": tid, "group": group}
            if subgroup:
                t["subgroup"] = subgroup
            if titled:
                t["title"] = heading
            elif heading is not None:
                texts.insert(0, heading)
            t["text"] = "\n\n".join(texts)
            for key in ("lead", "coordinating", "timeframe"):
                t[key] = None
            for (kind, label, value), where in node["labels"]:
                if t[kind] is not None:
                    self.review.add(where, f"Nhiệm vụ {tid} có hai dòng “{label}”: đã giữ dòng đầu, dòng này chưa xếp.")
                    self.unplaced.append(Para(f"{label} {value}", where))
                    continue
                labels[(kind, label)] += 1
                if kind == "timeframe":
                    t[kind] = self._timeframe(value, where, tid)
                else:
                    t[kind] = {"agencies": self.bodies(value, where), "as_written": value, "label": label}
            if not node["labels"]:
                self.review.add(node["where"], f"Nhiệm vụ {tid} không có dòng cơ quan chủ trì, phối hợp, thời gian: "
                                               f"để null (kế hoạch không nêu). Kiểm tra lại văn bản.")
            elif t["timeframe"] is None:
                self.review.add(node["where"], f"Nhiệm vụ {tid} không có dòng thời gian thực hiện: để null.")
            found.append((t, node))
            return t

        for g in roots:
            gid = g["n"]
            group = {"id": gid, "title": g["rest"]}
            out["groups"].append(group)
            if g["paras"] or g["labels"]:
                out["tasks"].append(task_of(g, gid, gid, None, in_group=True))
            for c in g["children"]:
                if c["children"] and not (c["paras"] or c["labels"]):
                    sub = c["n"] if not c.get("letter") else f"{gid}.{c['n']}"
                    group.setdefault("subgroups", []).append({"id": sub, "title": c["rest"]})
                    for cc in c["children"]:
                        out["tasks"].append(task_of(cc, f"{sub}.{cc['n']}" if cc.get("letter") else cc["n"], gid, sub))
                        for lost in cc["children"]:
                            self._unplace_node(lost)
                    continue
                cid = f"{gid}.{c['n']}" if c.get("letter") else c["n"]
                out["tasks"].append(task_of(c, cid, gid, None))
                for lost in c["children"]:
                    # Points under a task (a), b) with no lines of their own) are part of its text.
                    found[-1][0]["text"] += "\n\n" + _node_text(lost)
        # Labels as written: the most common spelling is the plan's; others stay on their task.
        for kind in ("lead", "coordinating", "timeframe"):
            common = [lab for (k, lab), _ in labels.most_common() if k == kind]
            if common:
                out["labels"][kind] = common[0]
        for t, _ in found:
            for kind in ("lead", "coordinating"):
                if t[kind] and t[kind]["label"] == out["labels"].get(kind):
                    del t[kind]["label"]
        if roots == [] and intro:
            self.review.add(s["where"], "Mục nhiệm vụ không có khoản đánh số (1., 2., …).")

    def _unplace_node(self, node: dict) -> None:
        self.unplaced.append(Para(_node_text(node), node["where"]))

    def _timeframe(self, value: str, where: str, tid: str) -> dict:
        low = value.lower()
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", value)]
        tf: dict = {"as_written": value}
        if "thường xuyên" in low:
            tf["kind"] = "thuong-xuyen"
        elif years and (re.search(r"(các năm tiếp theo|trở đi|^từ)", low) or re.search(r"20\d\d\s*[-–]\s*20\d\d", low)):
            tf["kind"] = "tu-nam"
            tf["start_year"] = years[0]
            if len(years) > 1:
                tf["end_year"] = years[-1]
        elif years:
            tf["kind"] = "den-nam"
            tf["end_year"] = years[-1]
        else:
            tf["kind"] = "thuong-xuyen"
            self.review.add(where, f"Nhiệm vụ {tid}: chưa hiểu thời gian “{value}”; đã tạm ghi kind: thuong-xuyen. "
                                   f"Hãy chọn thuong-xuyen, tu-nam (start_year) hoặc den-nam (end_year).")
        return tf

    def _table_tasks(self, s: dict, tables: list[Block], out: dict) -> None:
        out["layout"] = "table"
        intro = [p for p in s["paras"] if not p.text.startswith("\x00")]
        if intro:
            out["intro"] = "\n\n".join(p.text for p in intro)
        roles = {"number": ("stt", "tt", "số tt"), "text": ("nhiệm vụ", "nội dung"),
                 "lead": ("chủ trì",), "coordinating": ("phối hợp",),
                 "result": ("kết quả", "sản phẩm"), "timeframe": ("thời gian", "thời hạn", "tiến độ"),
                 "note": ("ghi chú",)}
        group = None
        for tb in tables:
            head = tb.rows[0].cells
            col: dict[str, int] = {}
            for c, text in enumerate(head):
                low = norm(text)
                for role, words in roles.items():
                    if role not in col and any(low == w or (w in low and role != "number") for w in words):
                        col[role] = c
                        out["labels"].setdefault(role, text)
                        break
                else:
                    self.review.add(tb.where(1), f"Cột “{text}” của bảng phân công chưa hiểu: nội dung cột được giữ ở phần chưa xếp.")
            for r, row in enumerate(tb.rows[1:], start=2):
                cells = row.cells + [""] * (len(head) - len(row.cells))
                get = lambda role: cells[col[role]] if role in col else ""  # noqa: E731
                num, text = get("number").rstrip("."), get("text")
                filled = [c for c in cells if c]
                if not filled:
                    continue
                if len(set(filled)) == 1 or (not get("lead") and not get("timeframe") and not text.strip() == ""
                                             and re.fullmatch(r"[IVXL]+|[A-Z]", num or "")):
                    title = filled[0] if len(set(filled)) == 1 else text
                    gid = num if num and len(set(filled)) > 1 else str(len(out["groups"]) + 1)
                    m = re.match(r"^([IVXL]+|[A-Z]|\d+)[.)]\s+(.*)$", title)
                    if m:
                        gid, title = m[1], m[2]
                    group = {"id": gid, "title": title}
                    out["groups"].append(group)
                    continue
                if group is None:
                    group = {"id": "1", "title": s["title"]}
                    out["groups"].append(group)
                    self.review.add(tb.where(r), f"Bảng phân công không có dòng nhóm: đã tạo nhóm '1' mang tên mục “{s['title']}”.")
                where = tb.where(r)
                tid = num or f"{group['id']}.{r}"
                if not num:
                    self.review.add(where, f"Dòng không có số thứ tự: đã đặt mã nhiệm vụ '{tid}'.")
                if not re.fullmatch(r"[A-Za-z0-9.\-]{1,40}", tid):
                    tid = slug(tid)[:40]
                t = {"id": tid, "group": group["id"], "text": text or "(dòng không có nội dung nhiệm vụ)"}
                for key in ("lead", "coordinating"):
                    t[key] = {"agencies": self.bodies(get(key), where), "as_written": get(key)} if get(key) else None
                t["timeframe"] = self._timeframe(get("timeframe"), where, tid) if get("timeframe") else None
                for key in ("result", "note"):
                    if get(key):
                        t[key] = get(key)
                if not text:
                    self.review.add(where, f"Nhiệm vụ {tid}: ô nhiệm vụ trống.")
                out["tasks"].append(t)
        ids = Counter(t["id"] for t in out["tasks"])
        for tid, n in ids.items():
            if n > 1:
                self.review.add(s["where"], f"Mã nhiệm vụ '{tid}' lặp {n} lần (số thứ tự đánh lại trong mỗi nhóm): "
                                            f"hãy đặt mã riêng cho từng nhiệm vụ.")

    def _node_tree(self, s: dict) -> dict:
        node = {"number": s["number"], "title": s["title"]}
        intro, roots = self._tree(s["paras"])
        if intro:
            node["text"] = "\n\n".join(p.text for p in intro)
        if roots:
            node["items"] = [self._node(n) for n in roots]
        return node

    def _node(self, n: dict) -> dict:
        out: dict = {"number": f"{n['n']})" if n.get("letter") else f"{n['n']}."}
        rest = n["rest"]
        m = re.match(r"^([^:.;]{1,60}:)\s*(.+)$", rest)
        texts = [p.text for p in n["paras"]] + [f"{lab} {val}" for (k, lab, val), _ in n["labels"]]
        if m:
            out["title"], first = m[1], m[2]
            texts.insert(0, first)
        elif rest.endswith(tuple(END_PUNCT)):
            texts.insert(0, rest)
        else:
            out["title"] = rest
        if texts:
            out["text"] = "\n\n".join(texts)
            if re.search(r"phụ lục", out["text"], re.I) and len(out["text"]) < 200:
                out["contains"] = "appendix"
        if n["children"]:
            out["items"] = [self._node(c) for c in n["children"]]
        return out

    # ---- end of the document
    def _tail(self, tail: list[Para]):
        closing, recipients, signer, appendix = None, [], None, None
        i = 0
        sign_lines: list[Para] = []
        while i < len(tail):
            t = tail[i].text
            if t.startswith("Trên đây là"):
                closing = t
            elif t.startswith("Nơi nhận"):
                i += 1
                while i < len(tail) and re.match(r"^[-–+•]\s*", tail[i].text):
                    recipients.append(re.sub(r"^[-–+•]\s*", "", tail[i].text))
                    i += 1
                continue
            elif re.match(r"^(PHỤ LỤC|Phụ lục)\b", t):
                appendix = {"title": "", "caption": ""}
                rest = re.sub(r"^(PHỤ LỤC|Phụ lục)\s*[IVX\d]*\.?\s*", "", t)
                if rest:
                    appendix["title"] = rest
                i += 1
                while i < len(tail) and not tail[i].text.startswith("\x00"):
                    t2 = tail[i].text
                    if t2.startswith("("):
                        appendix["caption"] = t2
                    elif not appendix["title"]:
                        appendix["title"] = t2
                    else:
                        self.unplaced.append(tail[i])
                    i += 1
                continue
            elif t.startswith("\x00"):
                pass
            elif appendix is None:
                sign_lines.append(tail[i])
            else:
                self.unplaced.append(tail[i])
            i += 1
        if sign_lines:
            auth = next((k for k, p in enumerate(sign_lines) if re.match(r"^(KT|TM|TL|TUQ|Q)\.", p.text)), None)
            if auth is not None and auth + 2 < len(sign_lines) + 1 and len(sign_lines) > auth + 1:
                a = sign_lines[auth].text
                title = sign_lines[auth + 1].text if len(sign_lines) > auth + 2 else None
                name = sign_lines[-1].text
                signer = {"authority": a, "title": title or "", "name": name}
                used = {auth, auth + 1, len(sign_lines) - 1}
                for k, p in enumerate(sign_lines):
                    if k not in used:
                        self.unplaced.append(p)
            else:
                self.unplaced.extend(sign_lines)
        return closing, recipients, signer, appendix

    # ---- tables
    def _table_kind(self, t: Block) -> str | None:
        head = " | ".join(" ".join(r.cells) for r in t.rows[:2]).lower()
        if "nhiệm vụ" in head and "chủ trì" in head:
            return "tasks"
        if ("đơn vị" in head or "đvt" in head) and re.search(r"20\d\d", head):
            return "indicators"
        return None

    def _keep_table(self, t: Block) -> None:
        for r, row in enumerate(t.rows, start=1):
            text = " | ".join(c for c in row.cells if c)
            if text:
                self.unplaced.append(Para(text, t.where(r)))
        self.review.add(t.where(), "Bảng này không phải bảng phân công hay phụ lục chỉ tiêu: nội dung giữ ở phần chưa xếp.")

    def _indicators(self, tables: list[Block]) -> tuple[list[dict], dict]:
        groups: list[dict] = []
        columns = {"milestones": [], "marks": [], "baselines": []}
        for tb in tables:
            self._indicator_table(tb, groups, columns)
        return groups, columns

    def _indicator_table(self, tb: Block, groups: list[dict], columns: dict) -> None:
        rows = tb.rows
        width = max(len(r.cells) for r in rows)
        grid = [r.cells + [""] * (width - len(r.cells)) for r in rows]
        n_head = 0
        while n_head < min(3, len(grid)) and not _row_number(grid[n_head][0]):
            n_head += 1
        if n_head == 0:
            n_head = 1
        head = grid[:n_head]
        # A merged header cell ("Mục tiêu" over the years) covers the empty cells to its right.
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
        data = grid[n_head:]
        role: dict[int, tuple] = {}
        for c, lab in enumerate(labels):
            low = norm(lab)
            year = re.search(r"\b(20\d\d)\b", lab)
            if re.fullmatch(r"s?tt|số tt|số thứ tự", low):
                role[c] = ("number",)
            elif "đơn vị" in low or "đvt" in low:
                role[c] = ("unit",)
            elif year and re.search(r"\b(ước|thực hiện|th)\b", low) and "mục tiêu" not in low:
                kind = "uoc-thuc-hien" if "ước" in low else "thuc-hien"
                bid = f"{'uoc-th' if kind == 'uoc-thuc-hien' else 'th'}-{year[1]}"
                role[c] = ("baseline", bid)
                if bid not in [b["id"] for b in columns["baselines"]]:
                    columns["baselines"].append({"id": bid, "label": lab, "year": int(year[1]), "kind": kind})
            elif year:
                y = int(year[1])
                role[c] = ("target", y)
                if y in columns["milestones"]:
                    self.review.add(tb.where(1), f"Hai cột mục tiêu cùng năm {y}: cột “{lab}” chưa xếp.")
                    role[c] = ("other",)
                else:
                    columns["milestones"].append(y)
            elif "ghi chú" in low:
                role[c] = ("other",)
            elif any(x in low for x in ("chỉ tiêu", "nội dung", "tên")) and "name" not in [v[0] for v in role.values()]:
                role[c] = ("name",)
            elif data and all(row[c].strip().upper() in ("", "X") for row in data) and any(row[c] for row in data):
                mid = _mark_id(lab)
                role[c] = ("mark", mid)
                if mid not in [m["id"] for m in columns["marks"]]:
                    name = re.sub(r"^(Tại|Theo|Thuộc)\s+", "", lab)
                    tag = (re.search(r"\d+", lab) or [slug(name)[:8]])[0][:8]
                    columns["marks"].append({"id": mid, "label": lab, "name": name, "tag": tag})
                    self.review.add(tb.where(1), f"Cột đánh dấu “{lab}”: đã đặt mã '{mid}', tên ngắn “{name}”, nhãn "
                                                 f"'{tag}'. Ghi 'document' (mã văn bản trong implements) nếu cột nói tới một văn bản.")
            else:
                role[c] = ("other",)
        if "name" not in [v[0] for v in role.values()]:
            c = 1 if width > 1 else 0
            role[c] = ("name",)
            self.review.add(tb.where(1), f"Không thấy cột tên chỉ tiêu; đã coi cột {c + 1} là tên.")
        for c, lab in enumerate(labels):
            if role[c][0] == "other" and lab:
                self.review.add(tb.where(1), f"Cột “{lab}” chưa hiểu: các ô của cột này được giữ ở phần chưa xếp.")
        group = None
        last = None
        for r, row in enumerate(data, start=n_head + 1):
            where = tb.where(r)
            up = [c for c in rows[r - 1].merged_up if role.get(c, ("other",))[0] in ("name", "unit", "target", "baseline")]
            if up:
                # One cell over two indicators: which row its target belongs to is a guess no one should publish.
                raise ImportFailed(f"{where}: ô ở cột “{labels[up[0]]}” được gộp với dòng trên (gộp ô theo chiều dọc), "
                                   f"nên không biết giá trị thuộc chỉ tiêu nào. Hãy tách ô trong Word (Bố cục → Tách ô) "
                                   f"và ghi giá trị vào từng dòng, rồi chạy lại.")
            get = {v[0]: row[c] for c, v in role.items() if v[0] in ("number", "name", "unit")}
            num = get.get("number", "").rstrip(".").strip()
            name = get.get("name", "")
            if not any(row):
                continue
            values = [row[c] for c, v in role.items() if v[0] in ("unit", "target", "baseline", "mark")]
            across = [c for c in rows[r - 1].merged_left if role.get(c, ("other",))[0] in ("target", "baseline")]
            if across and any(values):
                # One cell over two years: a target for both, or for one? Only the document's author knows.
                raise ImportFailed(f"{where}: ô ở cột “{labels[across[0] - 1]}” được gộp sang cột “{labels[across[0]]}” "
                                   f"(gộp ô theo chiều ngang), nên không biết giá trị thuộc năm nào. Hãy tách ô trong "
                                   f"Word (Bố cục → Tách ô), ghi giá trị vào từng cột, rồi chạy lại.")
            if re.fullmatch(r"\d+|[IVXL]+", num) and not any(values):
                gid = num
                group = {"id": gid, "name": name, "assigned": {}, "indicators": []}
                groups.append(group)
                last = None
                continue
            if group is None:
                group = {"id": "1", "name": "(chưa có tên nhóm)", "assigned": {}, "indicators": []}
                groups.append(group)
                self.review.add(where, "Phụ lục không có dòng nhóm trước chỉ tiêu đầu tiên: đã tạo nhóm '1', hãy đặt tên.")
            ind: dict = {"id": "", "name": name, "unit": get.get("unit", ""), "targets": {}}
            for c, v in role.items():
                if v[0] == "target":
                    ind["targets"][v[1]] = row[c]
                elif v[0] == "baseline" and row[c]:
                    ind.setdefault("baselines", {})[v[1]] = row[c]
                elif v[0] == "mark" and row[c].strip().upper() == "X":
                    ind.setdefault("marks", []).append(v[1])
                elif v[0] == "other" and row[c]:
                    self.unplaced.append(Para(f"{labels[c]}: {row[c]}", where))
            sub = re.fullmatch(r"([a-zđ])[).]?", num)
            if (num in ("", "-", "–", "+", "*") or sub) and last is not None:
                letter = sub[1] if sub else "abcdefghijklmnopqrstuvwxyz"[len(last.get("sub_indicators", [])) % 26]
                ind["id"] = f"{last['id']}.{letter}"
                last.setdefault("sub_indicators", []).append(ind)
                if not sub and len(last["sub_indicators"]) == 1:
                    self.review.add(where, f"Các dòng “{num or '(trống)'}” dưới chỉ tiêu {last['id']}: đã coi là "
                                           f"chỉ tiêu con {last['id']}.a, {last['id']}.b, … theo thứ tự.")
            else:
                if not re.fullmatch(r"[A-Za-z0-9.]{1,40}", num or ""):
                    num = f"{group['id']}.{len(group['indicators']) + 1}"
                    self.review.add(where, f"Dòng chỉ tiêu không có số thứ tự đọc được: đã đặt mã {num}.")
                elif not num.startswith(group["id"] + "."):
                    self.review.add(where, f"Mã chỉ tiêu {num} không bắt đầu bằng mã nhóm {group['id']}: hãy kiểm tra.")
                ind["id"] = num
                group["indicators"].append(ind)
                last = ind
            if not name:
                self.review.add(where, f"Chỉ tiêu {ind['id']}: ô tên trống.")

    # ---- plan.yml
    def _plan(self, h, body, closing, recipients, signer, appendix, columns) -> dict:
        rv = self.review
        issuer, issuer_written = None, None
        lines = [t for t, _ in h["issuer_lines"] if not re.search(r"CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|Độc lập", t, re.I)]
        for k in range(len(lines)):
            cand = " ".join(lines[k:])
            if self.registry.lookup(cand):
                issuer, issuer_written = self.registry.lookup(cand), cand
                break
        if issuer is None:
            # The closing or the appendix caption names the issuer: "Kế hoạch của <cơ quan> về …".
            for text in (closing or "", (appendix or {}).get("caption", "")):
                m = re.search(r"\bcủa\s+(.+?)(?:\s+về\b|\)|$)", text)
                if m and self.registry.lookup(m[1]):
                    issuer, issuer_written = self.registry.lookup(m[1]), m[1]
                    rv.add("phần cuối", f"Cơ quan ban hành đoán theo câu “…của {m[1]}…” là '{issuer}' "
                                        f"(phần đầu văn bản không ghi tên cơ quan). Hãy kiểm tra 'issuer'.")
                    break
        if issuer is None and lines:
            cand = " ".join(lines)
            issuer_written = _sentence(cand) if cand.isupper() else cand
            issuer = self.bodies(issuer_written, h["issuer_lines"][0][1])[0]
        if issuer is None:
            issuer = "chua-xac-dinh-co-quan-ban-hanh"
            rv.add("phần đầu", "Không đọc được cơ quan ban hành: 'issuer' đang là 'chua-xac-dinh-co-quan-ban-hanh'; "
                               "hãy ghi mã cơ quan trong plan/agencies.yml (plansite validate báo lỗi tới khi sửa).")
        agency = self.registry.info.get(issuer, {})
        level = agency.get("level")
        full = agency.get("full_name") or agency.get("name") or issuer_written or ""
        if level is None:
            low = norm(full)
            level = "xa" if re.search(r"\b(xã|phường|thị trấn)\b", low) else "huyen" if "huyện" in low else "tinh"
        pm = re.search(r"\b(tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã)\s+(.+)$", full, re.I)
        place = (pm[1].capitalize() + " " + pm[2]) if pm else "(chưa xác định địa bàn)"
        rv.add("phần đầu", f"Cấp ban hành '{level}' và địa bàn “{place}” suy từ tên cơ quan ban hành: hãy kiểm tra 'level', 'place'.")

        number = h.get("number")
        if number is None and h.get("decision"):
            number = h["decision"].get("number")
        if number is None:
            number = {"as_written": "(văn bản không ghi số)", "value": None}
            rv.add("phần đầu", "Không thấy dòng “Số: …”: 'number' để trống.")
        elif number["value"] is None:
            rv.add(h.get("number_at", "phần đầu"), f"Số văn bản để trống (“{number['as_written']}”): giữ value: null, không tự điền.")
        pd = h.get("place_date") or (h.get("decision") or {}).get("place_date")
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", (h.get("title") or "") + " " + " ".join(h["preamble"]))]
        if pd is None:
            pd = {"as_written": "(văn bản không ghi địa danh, ngày tháng)", "place": "(chưa xác định)", "date": None,
                  "year": min(years) if years else None}
            rv.add("phần đầu", "Không thấy dòng địa danh, ngày tháng: 'place_date' cần điền.")
        elif pd["date"] is None:
            rv.add(h.get("place_date_at", "phần đầu"), f"Ngày ký để trống (“{pd['as_written']}”): date: null.")
        start = pd["year"] or (min(years) if years else None)
        ends = [y for y in years + columns["milestones"] if start is None or y >= start]
        end = max(ends) if ends else start
        if start is None:
            import datetime as dt
            start = end = min(columns["milestones"]) if columns["milestones"] else dt.date.today().year
            rv.add("phần đầu", "Không đọc được năm ban hành: period.start và place_date.year cần điền.")
        pd["year"] = pd["year"] or start
        rv.add("phần đầu", f"Thời kỳ {start}–{end} suy từ năm ban hành và các năm trong tên, mục tiêu: hãy kiểm tra 'period'.")
        title = h.get("title") or "(chưa đọc được trích yếu)"
        kind = h["kind"]
        short = f"{kind.capitalize()} {title[0].lower() + title[1:] if title[:1].isupper() and not title[:2].isupper() else title}"
        if len(short) > 140:
            short = short[:140].rsplit(" ", 1)[0] + "…"
        rv.add(h.get("kind_at", "phần đầu"), f"Tên ngắn (short_title) do công cụ đặt từ trích yếu: “{short}”. Hãy rút gọn cho dễ đọc.")
        preamble = "\n\n".join(h["preamble"]) or None
        refs = re.findall(r"((?:Nghị quyết|Kế hoạch|Chương trình hành động|Chương trình|Quyết định|Chỉ thị|Kết luận|"
                          r"Thông báo|Nghị định|Thông tư)\s+số\s+[\w/.\-– ]+?)(?=,|\s+ngày|\s+của|\))", preamble or "")
        if refs:
            rv.add("lời mở đầu", "Văn bản căn cứ chưa được ghi vào 'implements' (cần mã cơ quan ban hành, ngày, trích yếu): "
                                 + "; ".join(dict.fromkeys(r.strip() for r in refs)) + ".")
        rv.add("mục tổ chức thực hiện", "Phân công báo cáo (responsibilities: cơ quan tổng hợp, hạn báo cáo năm) chưa được đọc "
                                        "từ văn bản: hãy điền nếu muốn trang tính hạn báo cáo.")
        plan = {"draft": True, "number": number, "issuer": issuer, "place_date": pd, "kind": kind, "title": title,
                "short_title": short, "period": {"start": start, "end": end}, "level": level, "place": place,
                "milestones": sorted(columns["milestones"]), "marks": columns["marks"],
                "baselines": columns["baselines"], "implements": []}
        if h.get("decision"):
            d = h["decision"]
            plan["decision"] = {"kind": d["kind"], "number": d["number"] or {"as_written": "(không ghi số)", "value": None},
                                "place_date": d["place_date"] or pd, "title": d["title"] or "",
                                "articles": d["articles"]}
            if d["place_date"] is None or d["number"] is None:
                rv.add("phần đầu", "Quyết định ban hành thiếu số hoặc ngày: đã dùng của văn bản kèm theo, hãy kiểm tra 'decision'.")
        plan.update({"preamble": preamble, "responsibilities": {}, "body": body, "closing": closing,
                     "recipients": recipients, "signer": signer, "appendix": appendix if appendix else None})
        if h.get("decision_tail"):
            d_closing, d_recipients, d_signer, _ = self._tail(h["decision_tail"])
            plan["recipients"] = plan["recipients"] or d_recipients
            if plan["signer"] is None and d_signer:
                plan["signer"] = signer = d_signer
                rv.add(h["decision_tail"][0].where, "Người ký của quyết định được ghi làm người ký kế hoạch (văn bản kèm theo không có chữ ký riêng).")
        if signer is None:
            rv.add("phần cuối", "Không đọc được khối chữ ký (KT./TM. …, chức vụ, họ tên): signer để null.")
        if appendix is not None and not columns["milestones"]:
            rv.add("phụ lục", "Có phụ lục nhưng không đọc được bảng chỉ tiêu.")
        return plan


def _sentence(text: str) -> str:
    """"ỦY BAN NHÂN DÂN XÃ HÒA BÌNH" as a name is written in running text: "Ủy ban nhân dân xã Hòa Bình"."""
    low = text.lower()
    m = re.search(r"\b(tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã)\s+(.+)$", low)
    if m:
        low = low[:m.start(2)] + " ".join(w[:1].upper() + w[1:] for w in m[2].split())
    return low[:1].upper() + low[1:]


def _starts_part(text: str) -> bool:
    return (text.startswith(("\x00", "Thực hiện", "Căn cứ", "Xét đề nghị", "Theo đề nghị", "Số:"))
            or bool(ROMAN.match(text)) or bool(ARTICLE.match(text)) or _is_kind(text) is not None)


def _is_signature_table(t: Block) -> bool:
    text = " ".join(c for row in t.rows for c in row.cells)
    return "Nơi nhận" in text or bool(re.search(r"\b(KT|TM)\.\s*", text))


def _row_number(text: str) -> bool:
    return bool(re.fullmatch(r"\d+(\.\d+)*\.?|[IVXL]+\.?|[-–+]|[a-zđ]\)", text.strip()))


def _mark_id(label: str) -> str:
    s = slug(re.sub(r"^(Tại|Theo|Thuộc)\s+", "", label))
    return s[:40].strip("-") or "danh-dau"


def _node_text(node: dict) -> str:
    head = f"{node['n']}{')' if node.get('letter') else '.'} {node['rest']}"
    return "\n\n".join([head] + [p.text for p in node["paras"]] + [f"{lab} {val}" for (k, lab, val), _ in node["labels"]])


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- qualities
def finish_indicators(groups: list[dict], milestones: list[int], review: Review) -> None:
    """Direction and level scales are the site's, not the document's: set a first guess, say so."""
    site_dir, scales = [], []
    for g in groups:
        for ind in g["indicators"]:
            for i in [ind, *ind.get("sub_indicators", [])]:
                texts = [i["targets"].get(y, "") for y in milestones]
                for y in milestones:
                    i["targets"].setdefault(y, "")
                nums, words = [], []
                for t in texts:
                    try:
                        p = parse_target(t)
                        v = p.value if p.value is not None else p.high
                        if v is not None:
                            nums.append(v)
                    except TargetError:
                        if not re.search(r"\d", t):
                            words.append(t)
                if words:
                    scale = list(dict.fromkeys(words))
                    if len(scale) == 1:   # a scale needs two levels: "Chưa …" below the one the plan names
                        scale.insert(0, "Chưa " + scale[0][:1].lower() + scale[0][1:])
                    i["levels"] = scale
                    scales.append(i["id"])
                if len(nums) >= 2 and nums[0] != nums[-1] and not words:
                    i["direction"] = "higher" if nums[-1] > nums[0] else "lower"
                    i["direction_basis"] = "targets"
                else:
                    i["direction"] = "higher"
                    i["direction_basis"] = "site"
                    site_dir.append(i["id"])
    if site_dir:
        review.add("phụ lục", f"{len(site_dir)} chỉ tiêu chưa suy được hướng từ hai mục tiêu; đã tạm ghi direction: higher, "
                              f"direction_basis: site: {', '.join(site_dir)}.")
    if scales:
        review.add("phụ lục", f"Chỉ tiêu định tính (mục tiêu bằng chữ), thang mức 'levels' tạm lấy từ chính các mục tiêu, "
                              f"cần sắp từ thấp đến cao và bổ sung: {', '.join(scales)}.")


# ------------------------------------------------------------------ writing
HEAD = "# yaml-language-server: $schema=../../generator/schemas/{schema}.schema.json\n"


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    # Paragraphs stay readable in the file as a block, as in the hand-written plans.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000, default_flow_style=False)


def import_plan(root: Path, document: Path, plan_id: str) -> tuple[Draft, list[Path]]:
    root = Path(root)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", plan_id):
        raise ImportFailed(f"Mã kế hoạch '{plan_id}' chỉ được gồm chữ thường không dấu, số và dấu '-' (ví dụ xa-hoa-binh-2026).")
    reg_path = root / AGENCIES
    if not reg_path.is_file():
        raise ImportFailed(f"Không thấy {AGENCIES} trong {root}: hãy chạy lệnh ở thư mục gốc của kho (có plan/, indicators/).")
    files = plan_files(plan_id)
    targets = [root / files["plan"], root / files["tasks"], root / files["indicators"]]
    if plan_id in plan_ids(root) or any(p.exists() for p in targets):
        raise ImportFailed(f"Kế hoạch '{plan_id}' đã có (plan/{plan_id}/ hoặc indicators/{plan_id}/); không ghi đè. "
                           f"Hãy chọn mã khác với --id.")
    try:
        registry_data = yaml.safe_load(reg_path.read_text(encoding="utf-8"))
        agencies = registry_data["agencies"]
    except Exception:
        raise ImportFailed(f"{AGENCIES} không đọc được; hãy chạy plansite validate và sửa trước.") from None
    registry = Registry(agencies)
    blocks = read_document(document)
    imp = Importer(blocks, registry, plan_id)
    draft = imp.run()
    finish_indicators(draft.groups, draft.plan["milestones"], draft.review)
    if draft.groups:
        for g in draft.groups:
            g["assigned"] = {"reporting_agency": draft.plan["issuer"]}
        draft.review.add("phụ lục", f"Kế hoạch không phân công cơ quan báo cáo chỉ tiêu: mỗi nhóm tạm ghi "
                                    f"assigned.reporting_agency: {draft.plan['issuer']} (cơ quan ban hành). Hãy giao "
                                    f"cho cơ quan theo dõi từng nhóm.")
    return draft, _write(root, plan_id, draft, document)


def _write(root: Path, plan_id: str, d: Draft, document: Path) -> list[Path]:
    files = plan_files(plan_id)
    note = (f"# Bản nháp do `plansite import-plan` nhập từ {Path(document).name}: hãy đối chiếu với văn bản theo danh sách\n"
            f"# cần xem lại mà lệnh đã in ra, rồi xoá dòng \"draft: true\" khi đã xong.\n")
    out: dict[Path, str] = {
        root / files["plan"]: HEAD.format(schema="plan") + note + _dump(_plain(d.plan)),
        root / files["tasks"]: HEAD.format(schema="tasks") + note + _dump(_plain(d.tasks)),
    }
    for k, g in enumerate(d.groups, start=1):
        name = f"{k:02d}-{slug(g['name'])[:40].strip('-') or 'nhom'}.yml"
        out[root / files["indicators"] / name] = HEAD.format(schema="indicator-group") + note + _dump(_plain(g))
    reg = root / AGENCIES
    reg_text = _with_agencies(reg.read_text(encoding="utf-8"), plan_id, d) if d.new_agencies else None
    written: list[Path] = []
    try:
        for path, text in out.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8") as f:   # "x": never overwrite, even in a race
                f.write(text)
            written.append(path)
        if reg_text is not None:
            tmp = reg.with_name(reg.name + ".tmp")
            tmp.write_text(reg_text, encoding="utf-8")
            tmp.replace(reg)      # the registry is rewritten whole or not at all
            written.append(reg)
    except Exception as e:
        for p in written:
            if p.name != "agencies.yml":
                p.unlink(missing_ok=True)
        for folder in {p.parent for p in out}:
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        if isinstance(e, OSError):
            raise ImportFailed(f"Không ghi được tệp ({e.strerror}): {e.filename}.") from None
        raise
    return written


def _with_agencies(text: str, plan_id: str, d: Draft) -> str:
    """The registry with the proposed bodies added at the end of its `agencies:` list (other lists
    may follow it), each marked for review with the place it came from; nothing else changes."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    start = next((k for k, ln in enumerate(lines) if re.match(r"^agencies:\s*$", ln)), None)
    if start is None:
        raise ImportFailed(f"{AGENCIES} không có danh sách 'agencies:'; hãy sửa tệp rồi chạy lại.")
    end = next((k for k in range(start + 1, len(lines)) if re.match(r"^[^\s#]", lines[k])), len(lines))
    while end - 1 > start and (lines[end - 1].startswith("#") or not lines[end - 1].strip()):
        end -= 1       # comments just above the next key belong to it
    first = next((ln for ln in lines[start + 1:end] if re.match(r"^\s*- id:", ln)), "  - id:")
    indent = first[:len(first) - len(first.lstrip())]
    block = [f"{indent}# Đề xuất bởi `plansite import-plan` cho kế hoạch {plan_id}: CẦN XEM LẠI "
             f"(tên, loại, cấp, cơ quan cấp trên).\n"]
    for a in d.new_agencies:
        entry = {"id": a["id"], "name": a["name"], "kind": a["kind"], "level": d.plan["level"]}
        block.append(f"{indent}# ({a['where']})\n")
        block += [f"{indent}{ln}\n" for ln in _dump([entry]).splitlines()]
    return "".join(lines[:end] + block + lines[end:])


def _plain(x):
    """Dates as ISO text, tuples as lists: what the YAML files hold."""
    import datetime as dt
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_plain(v) for v in x]
    if isinstance(x, dt.date):
        return x.isoformat()
    return x


# --------------------------------------------------------------------- CLI
def _position(item: tuple[str, str]) -> tuple:
    """The review list in the order of the document: header, paragraphs, tables, then whole-plan notes."""
    where = item[0]
    m = re.fullmatch(r"đoạn (\d+)", where)
    if m:
        return (1, int(m[1]))
    m = re.fullmatch(r"bảng (\d+)(?:, dòng (\d+))?", where)
    if m:
        return (2, int(m[1]), int(m[2] or 0))
    return (0,) if where in ("phần đầu", "lời mở đầu") else (3,)


def format_review(draft: Draft) -> str:
    lines = [f"Cần xem lại ({len(draft.review.items)} mục):"]
    for k, (where, what) in enumerate(sorted(draft.review.items, key=_position), start=1):
        lines.append(f"  {k}. [{where}] {what}")
    return "\n".join(lines)


def cmd_import_plan(args) -> int:
    root = Path(args.root)
    try:
        draft, written = import_plan(root, Path(args.document), args.id)
    except (DocError, ImportFailed) as e:
        print(f"{args.document}: {e}", file=sys.stderr)
        print("Chưa có gì được ghi." if args.lang == "vi" else "Nothing was written.", file=sys.stderr)
        return 1
    except Exception as e:   # a document no rule foresaw: a message, not a traceback, and nothing half-written
        print(f"{args.document}: công cụ nhập gặp một trường hợp chưa lường trước ({type(e).__name__}: {e}). "
              f"Chưa có gì được ghi. Hãy gửi tệp văn bản này cho người phụ trách kỹ thuật để sửa công cụ.",
              file=sys.stderr)
        return 2
    # The document read is the plan's evidence: it stays with the plan (plan/<id>/van-ban.<ext>).
    kept = root / (plan_files(args.id)["document"] + Path(args.document).suffix.lower())
    shutil.copyfile(args.document, kept)
    written.append(kept)
    c = draft.counts
    if args.lang == "vi":
        print(f"Đã nhập bản nháp kế hoạch '{args.id}' từ {Path(args.document).name}: {c['tasks']} nhiệm vụ, "
              f"{c['indicators']} chỉ tiêu ({c['groups']} nhóm), {len(draft.new_agencies)} cơ quan mới đề xuất.")
    else:
        print(f"Drafted plan '{args.id}' from {Path(args.document).name}: {c['tasks']} tasks, {c['indicators']} "
              f"indicators ({c['groups']} groups), {len(draft.new_agencies)} new bodies proposed. Review list in Vietnamese:")
    for p in written:
        print(f"Đã ghi {p.relative_to(root) if p.is_relative_to(root) else p}")
    print(format_review(draft))
    print("Sửa theo danh sách trên, chạy plansite validate, rồi xoá dòng “draft: true” trong plan.yml khi đã đối chiếu xong.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("import-plan", help="nhập bản nháp một kế hoạch từ văn bản (.docx hoặc .txt)")
    p.add_argument("document", help="tệp văn bản kế hoạch: .docx hoặc .txt (UTF-8)")
    p.add_argument("--id", required=True, help="mã kế hoạch mới, chữ thường không dấu nối bằng '-'")
    p.set_defaults(func=cmd_import_plan)
