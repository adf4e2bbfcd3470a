"""Reading the paragraphs: the document's order (tables in place), its sections (I., II.), the numbered
items of each (1. > 1.1. > a)) and the tasks written as paragraphs with their label lines."""
from __future__ import annotations

from collections import Counter

from generator.documents.importer import messages as M
from generator.documents.importer.common import (
    END_PUNCT, ITEM, ROMAN, TABLE, Para, is_signature_table, label_kind, node_text, short)
from generator.documents.importer.vocabulary import (
    APPENDIX, APPENDIX_WORD, CLOSING, LETTER, POINTS_TO_APPENDIX, RECIPIENTS)


class ParagraphReader:
    # ---- the document in order, with broken lines joined and layout tables read as lines
    def _paragraphs(self) -> tuple[list[Para], list]:
        paras: list[Para] = []
        tables: list = []
        seen_body = False
        for b in self.blocks:
            if b.kind == "p" and ROMAN.match(b.text):
                seen_body = True
            if b.kind == "table" and self._table_kind(b) is None and (not seen_body or is_signature_table(b)):
                paras.extend(_layout_lines(b))
                continue
            if b.kind == "table":
                if paras and paras[-1].table is not None and _continues(paras[-1].table, b):
                    _join(paras[-1].table, b)       # Word split the table across pages, header repeated
                    continue
                tables.append(b)
                paras.append(Para(TABLE, b.where(), b))
                continue
            first = b.text[:1]
            if (paras and first.isalpha() and first.islower() and not LETTER.match(b.text)
                    and paras[-1].table is None and not paras[-1].text.startswith(TABLE)):
                # A line that starts in lower case continues the paragraph above (a hard line break in the copy).
                self.review.add(b.where(), M.JOINED_LINE.vi.format(previous=paras[-1].where, text=short(b.text, 40)))
                paras[-1] = Para(paras[-1].text + " " + b.text, paras[-1].where)
                continue
            paras.append(Para(b.text, b.where()))
        return paras, tables

    def _sections(self, paras: list[Para]) -> tuple[list[dict], list[Para]]:
        sections: list[dict] = []
        for k, p in enumerate(paras):
            m = ROMAN.match(p.text)
            if m:
                sections.append({"number": m["n"] + ".", "title": m["rest"], "where": p.where, "paras": []})
                continue
            if p.text.startswith((CLOSING, RECIPIENTS)) or APPENDIX.match(p.text):
                return sections, paras[k:]
            sections[-1]["paras"].append(p)
        return sections, []

    # ---- items of a section as a tree
    def _tree(self, paras: list[Para]) -> tuple[list[Para], list[dict]]:
        """Paragraphs before the first numbered item, and the items as a tree (1. > 1.1. > a))."""
        intro: list[Para] = []
        roots: list[dict] = []
        stack: list[dict] = []
        for p in paras:
            if p.table is not None:
                continue
            node = _item(p, stack)
            if node is not None:
                while stack and stack[-1]["depth"] >= node["depth"]:
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

    def _node_tree(self, s: dict) -> dict:
        node = {"number": s["number"], "title": s["title"]}
        intro, roots = self._tree(s["paras"])
        if intro:
            node["text"] = "\n\n".join(p.text for p in intro)
        if roots:
            node["items"] = [self._node(n) for n in roots]
        if any(p.table is not None and self._table_kind(p.table) == "indicators" for p in s["paras"]):
            node["contains"] = "appendix"      # the indicator table sits in this section
        return node

    def _node(self, n: dict) -> dict:
        import re
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
            if re.search(APPENDIX_WORD, out["text"], re.I) and len(out["text"]) < 200:
                out["contains"] = "appendix"
        if n["children"]:
            out["items"] = [self._node(c) for c in n["children"]]
        return out

    # ---- tasks written as paragraphs
    def _prose_tasks(self, s: dict, out: dict) -> None:
        intro, roots = self._tree(s["paras"])
        if intro:
            out["intro"] = "\n\n".join(p.text for p in intro if not _points_to_appendix(p.text))
        labels: Counter = Counter()
        found: list[dict] = []
        if roots and not any(r["children"] for r in roots):
            # Tasks numbered 1., 2., … directly under the section: one group, the section itself.
            group = {"id": s["number"].rstrip("."), "title": s["title"]}
            out["groups"].append(group)
            for r in roots:
                if self._pointer_only(r):
                    # "3. Các nhiệm vụ khác: chi tiết tại Phụ lục I": the appendix's tasks form this group.
                    self.pointer_group = {"id": r["n"], "title": r["rest"].rstrip(":")}
                    out["groups"].append(self.pointer_group)
                    continue
                found.append(self._prose_task(r, r["n"], group["id"], None, labels))
        for g in roots if not found else []:
            self._prose_group(g, out, found, labels)
        out["tasks"].extend(found)
        # Labels as written: the most common spelling is the plan's; others stay on their task.
        for kind in ("lead", "coordinating", "timeframe"):
            common = [lab for (k, lab), _ in labels.most_common() if k == kind]
            if common:
                out["labels"][kind] = common[0]
        for t in found:
            for kind in ("lead", "coordinating"):
                if t[kind] and t[kind]["label"] == out["labels"].get(kind):
                    del t[kind]["label"]
        if roots == [] and intro:
            self.review.add(s["where"], M.NO_NUMBERED_ITEMS.vi)

    def _pointer_only(self, node: dict) -> bool:
        """An item whose only words send the reader to an appendix ("Chi tiết tại Phụ lục I"): its tasks are
        the appendix table's, read there."""
        texts = [node["rest"]] + [p.text for p in node["paras"]]
        return not node["labels"] and not node["children"] and any(_points_to_appendix(t) for t in texts)

    def _prose_group(self, g: dict, out: dict, found: list, labels: Counter) -> None:
        gid = g["n"]
        group = {"id": gid, "title": g["rest"]}
        out["groups"].append(group)
        if g["paras"] or g["labels"]:
            found.append(self._prose_task(g, gid, gid, None, labels, in_group=True))
        for c in g["children"]:
            if c["children"] and not (c["paras"] or c["labels"]):
                sub = c["n"] if not c.get("letter") else f"{gid}.{c['n']}"
                group.setdefault("subgroups", []).append({"id": sub, "title": c["rest"]})
                for cc in c["children"]:
                    found.append(self._prose_task(cc, f"{sub}.{cc['n']}" if cc.get("letter") else cc["n"], gid, sub, labels))
                    for lost in cc["children"]:
                        self.unplaced.append(Para(node_text(lost), lost["where"]))
                continue
            cid = f"{gid}.{c['n']}" if c.get("letter") else c["n"]
            found.append(self._prose_task(c, cid, gid, None, labels))
            for lost in c["children"]:
                # Points under a task (a), b) with no lines of their own) are part of its text.
                found[-1]["text"] += "\n\n" + node_text(lost)

    def _prose_task(self, node: dict, tid: str, group: str, subgroup: str | None, labels: Counter,
                    in_group: bool = False) -> dict:
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
                self.review.add(where, M.TWO_LINES.vi.format(task=tid, label=label))
                self.unplaced.append(Para(f"{label} {value}", where))
                continue
            labels[(kind, label)] += 1
            if kind == "timeframe":
                t[kind] = self._timeframe(value, where, tid)
            else:
                t[kind] = {"agencies": self.bodies(value, where), "as_written": value, "label": label}
        if not node["labels"]:
            self.review.add(node["where"], M.NO_TASK_LINES.vi.format(task=tid))
        elif t["timeframe"] is None:
            self.review.add(node["where"], M.NO_TIME_LINE.vi.format(task=tid))
        return t


def _item(p: Para, stack: list[dict]) -> dict | None:
    m = ITEM.match(p.text)
    lm = LETTER.match(p.text)
    if m:
        return {"n": m["n"], "rest": m["rest"], "where": p.where, "depth": m["n"].count(".") + 1, "paras": [],
                "labels": [], "children": []}
    if lm:
        depth = (stack[-1]["depth"] + 1) if stack and stack[-1]["n"][:1].isdigit() else (
            stack[-1]["depth"] if stack else 1)
        return {"n": lm["n"], "rest": lm["rest"], "where": p.where, "depth": depth, "paras": [],
                "labels": [], "children": [], "letter": True}
    return None


def _points_to_appendix(text: str) -> bool:
    import re
    return bool(re.search(POINTS_TO_APPENDIX, text, re.I)) and len(text) < 200


def _layout_lines(b) -> list[Para]:
    """A borderless table of the header (issuer | motto, number | place and date) or the end (recipients |
    signature): its lines are paragraphs of the document, read column by column as a person reads them."""
    out = []
    width = max((len(r.lines) for r in b.rows), default=0)
    for c in range(width):
        for r, row in enumerate(b.rows, start=1):
            if c < len(row.lines):
                out.extend(Para(line, b.where(r), layout=b.number) for line in row.lines[c])
    return out


def _header_key(rows, n: int = 1) -> list[tuple[str, ...]]:
    from generator.documents.import_bodies import norm
    return [tuple(norm(c) for c in r.cells) for r in rows[:n]]


def _continues(prev, b) -> bool:
    """The next part of a table Word split across pages: the same columns under the same header row."""
    return (len(prev.rows[0].cells) == len(b.rows[0].cells) and _header_key(prev.rows) == _header_key(b.rows)
            and any(c for c in b.rows[0].cells))


def _join(prev, b) -> None:
    n = 1
    while n < len(b.rows) and n < len(prev.rows) and _header_key(b.rows[n:], 1) == _header_key(prev.rows[n:], 1):
        n += 1     # further header rows repeated too
    prev.rows.extend(b.rows[n:])
