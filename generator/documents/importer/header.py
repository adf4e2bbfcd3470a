"""Reading the parts around the body: the header (issuer, number, place and date, kind, title, legal
basis; a decision wrapping the plan), the end (closing sentence, "Nơi nhận", the signature block) and
the appendices after the signature."""
from __future__ import annotations

import re

from generator.documents.importer import messages as M
from generator.documents.importer.common import (
    BULLET, ROMAN, TABLE, ImportFailed, Para, doc_number, is_kind, place_date, starts_part)
from generator.documents.importer.vocabulary import (
    APPENDIX, ARTICLE, AUTHORITY, BASIS, CLOSING, DECISION, MOTTO, NUMBER_LABEL, NUMBER_LINE, RECIPIENTS, SIGNED, UBND)


class HeaderReader:
    def _header(self, paras: list[Para]) -> tuple[dict, int]:
        """Issuer, number, place and date, kind, title, legal basis; with a decision wrapper
        (Quyết định … Điều 1 ban hành kèm theo …) also the decision and the programme it attaches."""
        h: dict = {"issuer_lines": [], "preamble": [], "state": "head", "tail": []}
        i = 0
        while i < len(paras) and not ROMAN.match(paras[i].text):
            p = paras[i]
            i += 1
            if p.text.startswith(TABLE) or MOTTO.search(p.text):
                continue
            kind = is_kind(p.text)
            if kind == DECISION and h.get("kind") == DECISION:
                continue                                   # "QUYẾT ĐỊNH:" before the articles
            if kind:
                i = self._kind_and_title(h, kind, p, paras, i)
                continue
            self._header_line(h, p)
        if "kind" not in h:
            raise ImportFailed(M.NO_KIND.vi)
        if i >= len(paras):
            raise ImportFailed(M.NO_ROMAN.vi)
        if h.get("decision") and not h["preamble"] and h.get("decision_basis"):
            h["preamble"] = h["decision_basis"]
        h["decision_tail"] = h.pop("tail") if h.get("decision") else []
        return h, i

    def _kind_and_title(self, h: dict, kind: str, p: Para, paras: list[Para], i: int) -> int:
        if h.get("kind") == DECISION and "articles" in h:
            # The programme attached to the decision starts: its own kind and title follow.
            h["decision"] = {"kind": h.pop("kind"), "number": h.pop("number", None),
                             "place_date": h.pop("place_date", None), "title": h.pop("title", None),
                             "articles": h.pop("articles")}
            h["decision_basis"], h["preamble"] = h["preamble"], []
            h["state"] = "head"
        h["kind"], h["kind_at"] = kind, p.where
        title = []
        # The line after the kind is the title even when it starts like a basis ("Thực hiện …").
        while i < len(paras) and not paras[i].text.isupper() and not paras[i].text.startswith("(") and (
                not starts_part(paras[i].text) or (not title and not paras[i].text.startswith((TABLE, NUMBER_LABEL))
                                                   and not ROMAN.match(paras[i].text))):
            title.append(paras[i].text)
            i += 1
        h["title"] = " ".join(title) or None
        while i < len(paras) and paras[i].text.startswith("(") and paras[i].text.endswith(")"):
            # "(Ban hành kèm theo Quyết định số …)", "(giai đoạn …)": lines of the title block, kept with it.
            h.setdefault("title_notes", []).append(paras[i].text)
            i += 1
        return i

    def _header_line(self, h: dict, p: Para) -> None:
        t, state = p.text, h["state"]
        if state == "decision-tail" and p.layout is not None and h["tail"][-1].layout != p.layout:
            state = h["state"] = "head"     # the attached plan's own header table, after the decision's signature
        m = ARTICLE.match(t)
        if m and h.get("kind") == DECISION:
            h.setdefault("articles", []).append({"number": m["n"] + ".", "text": m["rest"]})
            h["state"] = "articles"
        elif state in ("articles", "decision-tail") and (t.startswith(RECIPIENTS) or state == "decision-tail"):
            h["state"] = "decision-tail"
            h["tail"].append(p)
        elif state == "articles":
            h["articles"][-1]["text"] += "\n\n" + t
        elif re.match(NUMBER_LINE, t) and "number" not in h:
            h["number"], h["number_at"] = doc_number(t), p.where
        elif place_date(t) and "place_date" not in h:
            h["place_date"], h["place_date_at"] = place_date(t), p.where
        elif t.startswith(BASIS) or state == "preamble":
            h["preamble"].append(t)
            h["state"] = "preamble"
        elif t.isupper() or re.match(UBND, t):
            if "kind" not in h or not h["issuer_lines"]:
                h["issuer_lines"].append((t, p.where))
            # else: the authority line of a decision ("ỦY BAN NHÂN DÂN XÃ …") repeats the issuer
        else:
            self.unplaced.append(p)

    # ---- end of the document
    def _tail(self, tail: list[Para]) -> tuple:
        """Closing sentence, recipients, signer, and the appendices (each with its tables), in any order Word left them."""
        closing, recipients, appendices, sign_lines = None, [], [], []
        i = 0
        while i < len(tail):
            p = tail[i]
            t = p.text
            i += 1
            if t.startswith(CLOSING) and not appendices:
                closing = t
            elif t.startswith(RECIPIENTS) and not appendices:
                first = t.split(":", 1)[1].strip() if ":" in t else ""
                if first:
                    recipients.append(BULLET.sub("", first))
                while i < len(tail) and BULLET.match(tail[i].text):
                    recipients.append(BULLET.sub("", tail[i].text))
                    i += 1
            elif APPENDIX.match(t) and not t.startswith(TABLE):
                m = APPENDIX.match(t)
                appendices.append({"number": m["n"], "title": m["rest"], "caption": "", "tables": [], "where": p.where})
            elif p.table is not None:
                (appendices[-1]["tables"] if appendices else sign_lines).append(p.table if appendices else p)
            elif appendices:
                self._appendix_line(appendices[-1], p)
            elif not SIGNED.match(t):
                sign_lines.append(p)
        return closing, recipients, self._signer([p for p in sign_lines if p.table is None]), appendices

    def _appendix_line(self, ap: dict, p: Para) -> None:
        if p.text.startswith("(") and not ap["caption"]:
            ap["caption"] = p.text
        elif not ap["title"]:
            ap["title"] = p.text
        elif not ap["tables"] and p.text.isupper() and not ap["caption"]:
            ap["title"] += " " + p.text      # a title over two lines
        else:
            self.unplaced.append(p)

    def _signer(self, lines: list[Para]) -> dict | None:
        """"TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "TL. CHỦ TỊCH", the title under it, the name last."""
        auth = next((k for k, p in enumerate(lines) if AUTHORITY.match(p.text)), None)
        if auth is None or len(lines) < auth + 2:
            self.unplaced.extend(lines)
            return None
        title = lines[auth + 1].text if len(lines) > auth + 2 else ""
        used = {auth, auth + 1, len(lines) - 1}
        self.unplaced.extend(p for k, p in enumerate(lines) if k not in used)
        return {"authority": lines[auth].text, "title": title, "name": lines[-1].text}
