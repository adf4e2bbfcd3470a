"""plan.yml of the draft: what the header and the end of the document say, with the few things the site
must decide (level, place, period, short title) set as first guesses and named in the review list."""
from __future__ import annotations

import datetime as dt
import re

from generator.documents.import_bodies import norm
from generator.documents.importer import messages as M
from generator.documents.importer.common import sentence
from generator.documents.importer.vocabulary import (
    COMMUNE_LEVEL, DISTRICT_WORD, ISSUER_IN_TEXT, LEVEL_AND_NAME, MOTTO_WORDS, REFS, YEAR_IN_TITLE)


class PlanFileWriter:
    def _plan(self, h, body, closing, recipients, signer, appendix, columns) -> dict:
        rv = self.review
        issuer = self._issuer(h, closing, appendix)
        level, place = self._level_place(issuer)
        number = self._doc_number(h)
        pd, start, end = self._period(h, columns)
        title = h.get("title") or M.TITLE_UNREAD.vi
        kind = h["kind"]
        short = f"{kind.capitalize()} {title[0].lower() + title[1:] if title[:1].isupper() and not title[:2].isupper() else title}"
        if len(short) > 140:
            short = short[:140].rsplit(" ", 1)[0] + "…"
        rv.add(h.get("kind_at", M.AT_HEADER.vi), M.SHORT_TITLE.vi.format(short=short))
        if h.get("title_notes"):
            title = "\n".join([title, *h["title_notes"]])
        preamble = "\n\n".join(h["preamble"]) or None
        refs = REFS.findall(preamble or "")
        if refs:
            named = "; ".join(dict.fromkeys(r.strip() for r in refs))
            rv.add(M.AT_PREAMBLE.vi, M.BASIS_NOT_LINKED.vi.format(refs=named))
        plan = {"draft": True, "number": number, "issuer": issuer, "place_date": pd, "kind": kind, "title": title,
                "short_title": short, "period": {"start": start, "end": end}, "level": level, "place": place,
                "milestones": sorted(columns["milestones"]), "marks": columns["marks"],
                "baselines": columns["baselines"], "implements": []}
        self._decision(h, plan, pd)
        plan.update({"preamble": preamble, "responsibilities": {}, "body": body, "closing": closing,
                     "recipients": recipients, "signer": signer, "appendix": appendix if appendix else None})
        if h.get("decision_tail"):
            _, d_recipients, d_signer, _ = self._tail(h["decision_tail"])
            plan["recipients"] = plan["recipients"] or d_recipients
            if plan["signer"] is None and d_signer:
                plan["signer"] = signer = d_signer
        if signer is None:
            rv.add(M.AT_END.vi, M.NO_SIGNER.vi)
        return plan

    def _issuer(self, h: dict, closing: str | None, appendix: dict | None) -> str:
        rv = self.review
        lines = [t for t, _ in h["issuer_lines"] if not re.search(MOTTO_WORDS, t, re.I)]
        for k in range(len(lines)):
            cand = " ".join(lines[k:])
            if self.registry.lookup(cand):
                return self.registry.lookup(cand)
        # The closing or the appendix caption names the issuer: "Kế hoạch của <cơ quan> về …".
        for text in (closing or "", (appendix or {}).get("caption", "")):
            m = re.search(ISSUER_IN_TEXT, text)
            if m and self.registry.lookup(m[1]):
                issuer = self.registry.lookup(m[1])
                rv.add(M.AT_END.vi, M.ISSUER_FROM_TEXT.vi.format(words=m[1], issuer=issuer))
                return issuer
        if lines:
            cand = " ".join(lines)
            self.issuer_written = sentence(cand) if cand.isupper() or cand.startswith("UBND") else cand
            return self.bodies(self.issuer_written, h["issuer_lines"][0][1])[0]
        rv.add(M.AT_HEADER.vi, M.NO_ISSUER.vi)
        return "chua-xac-dinh-co-quan-ban-hanh"

    def _level_place(self, issuer: str) -> tuple[str, str]:
        agency = self.registry.info.get(issuer, {})
        level = agency.get("level")
        full = agency.get("full_name") or agency.get("name") or getattr(self, "issuer_written", "")
        if level is None:
            low = norm(full)
            level = "xa" if re.search(COMMUNE_LEVEL, low) else "huyen" if DISTRICT_WORD in low else "tinh"
        pm = re.search(LEVEL_AND_NAME, full, re.I)
        place = (pm[1].capitalize() + " " + pm[2]) if pm else M.PLACE_UNKNOWN.vi
        if not pm:
            self.review.add(M.AT_HEADER.vi, M.NO_PLACE.vi)
        return level, place

    def _doc_number(self, h: dict) -> dict:
        number = h.get("number")
        if number is None and h.get("decision"):
            number = h["decision"].get("number")
        if number is None:
            number = {"as_written": M.NUMBER_UNWRITTEN.vi, "value": None}
            self.review.add(M.AT_HEADER.vi, M.NO_NUMBER_LINE.vi)
        elif number["value"] is None:
            self.review.add(h.get("number_at", M.AT_HEADER.vi), M.NUMBER_BLANK.vi.format(written=number["as_written"]))
        return number

    def _period(self, h: dict, columns: dict) -> tuple[dict, int, int]:
        """The period runs from the year of issue to the last year the title or the targets name."""
        pd = h.get("place_date") or (h.get("decision") or {}).get("place_date")
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", (h.get("title") or "") + " " + " ".join(h["preamble"]))]
        if pd is None:
            pd = {"as_written": M.PLACE_DATE_UNWRITTEN.vi, "place": M.UNDETERMINED.vi, "date": None,
                  "year": min(years) if years else None}
            self.review.add(M.AT_HEADER.vi, M.NO_PLACE_DATE.vi)
        elif pd["date"] is None:
            self.review.add(h.get("place_date_at", M.AT_HEADER.vi), M.DATE_BLANK.vi.format(written=pd["as_written"]))
        start = pd["year"] or (min(years) if years else None)
        if columns["milestones"] and start is not None:
            start = min(start, *columns["milestones"])
        ends = [y for y in years + columns["milestones"] if start is None or y >= start]
        end = max(ends) if ends else start
        if start is None:
            start = end = min(columns["milestones"]) if columns["milestones"] else dt.date.today().year
            self.review.add(M.AT_HEADER.vi, M.NO_YEAR.vi)
        pd["year"] = pd["year"] or start
        span = re.search(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b", h.get("title") or "")
        said = (int(span[1]), int(span[2])) if span else (pd["year"], pd["year"]) if re.search(
            YEAR_IN_TITLE.format(year=pd["year"]), h.get("title") or "") else None
        if said != (start, end):
            self.review.add(M.AT_HEADER.vi, M.PERIOD_GUESSED.vi.format(start=start, end=end))
        return pd, start, end

    def _decision(self, h: dict, plan: dict, pd: dict) -> None:
        if not h.get("decision"):
            return
        d = h["decision"]
        plan["decision"] = {"kind": d["kind"], "number": d["number"] or {"as_written": M.DECISION_UNNUMBERED.vi, "value": None},
                            "place_date": d["place_date"] or pd, "title": d["title"] or "", "articles": d["articles"]}
        if d["place_date"] is None or d["number"] is None:
            self.review.add(M.AT_HEADER.vi, M.DECISION_INCOMPLETE.vi)
