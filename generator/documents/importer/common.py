"""What every reader of the importer shares: the conventions of Vietnamese administrative documents
(headings I./1./1.1./a), task lines, timeframes), the review list, and small text helpers."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from generator.documents.docsource import Block
from generator.documents.import_bodies import norm
from generator.documents.importer.vocabulary import (
    ARTICLE, BASIS, BODY_LABEL_STARTS, COORD_WORDS, FROM_YEAR_ON, KINDS, LEAD_WORDS, LEVEL_AND_NAME, NUMBER_LABEL,
    NUMBER_PREFIX, ONGOING_WORDS, PLACE_DATE, RECIPIENTS, RECURRENCE, ROW_NUMBER, SIGNED_DATE, SIGNED_YEAR, SIGNS_FOR,
    TIME_WORDS, UBND, UBND_FULL, WHEN_ARISING)

ROMAN = re.compile(r"^(?P<n>[IVXL]+)\.\s+(?P<rest>.+)$")
ITEM = re.compile(r"^(?P<n>\d+(?:\.\d+)*)\.\s*(?P<rest>.+)$")
END_PUNCT = ".;:!?…\"”)"
BULLET = re.compile(r"^[-–+•*·▪◦○]\s*")
TABLE = "\x00table"          # a paragraph standing for a table, keeping its place among the paragraphs

# A task line: an optional bullet or sign, a short label ending in ":", the value. The label's words say its role.
TASK_LINE = re.compile(r"^(?:[-–+•*·▪◦○]\s*)?(?P<label>[^:]{2,80}?\s*:)\s*(?P<value>.*)$")


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
    table: Block | None = None     # set on the TABLE paragraphs
    layout: int | None = None      # the number of the borderless layout table the line came from


def label_kind(text: str) -> tuple[str, str, str] | None:
    """("lead" | "coordinating" | "timeframe", label, value) for a task line, else None.

    "- Cơ quan chủ trì: …", "+ Đơn vị chủ trì: …", "• Chủ trì: …", "Đơn vị thực hiện: …", "Thời hạn
    hoàn thành: …", "Tiến độ: …": the sign is layout; the label is kept as written without it."""
    m = TASK_LINE.match(text)
    if not m:
        return None
    label, low = m["label"].strip(), norm(m["label"]).rstrip(": ")
    if low.startswith(TIME_WORDS) and len(low) <= 40:
        return "timeframe", label, m["value"]
    if not low.startswith(BODY_LABEL_STARTS):
        return None
    if any(w in low for w in COORD_WORDS):
        return "coordinating", label, m["value"]
    if any(w in low for w in LEAD_WORDS):
        return "lead", label, m["value"]
    return None


def read_timeframe(value: str) -> dict | None:
    """A task's time as data beside the words: a recurrence ("Hằng quý", "06 tháng/lần", "Trước ngày 05/12
    hằng năm"), "Khi phát sinh", a range of years ("Năm 2026 - 2028"), a year ("Quý IV năm 2026"),
    "Thường xuyên"; None when the words say none of these."""
    low = value.lower()
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", value)]
    tf: dict = {"as_written": value}
    for recurrence, words in RECURRENCE:
        if re.search(words, low):
            return {**tf, "kind": "dinh-ky", "recurrence": recurrence, **({"start_year": years[0]} if years else {})}
    if re.search(WHEN_ARISING, low):
        return {**tf, "kind": "khi-phat-sinh"}
    if any(w in low for w in ONGOING_WORDS):
        return {**tf, "kind": "thuong-xuyen"}
    if years and (re.search(FROM_YEAR_ON, low) or re.search(r"20\d\d\s*[-–]\s*20\d\d", low)):
        return {**tf, "kind": "tu-nam", "start_year": years[0], **({"end_year": years[-1]} if len(years) > 1 else {})}
    if years:
        return {**tf, "kind": "den-nam", "end_year": years[-1]}
    return None


def doc_number(text: str) -> dict:
    value = re.sub(NUMBER_PREFIX, "", text).strip()
    return {"as_written": text, "value": None if not value or value.startswith("/") else value}


def place_date(text: str) -> dict | None:
    m = re.match(PLACE_DATE, text)
    if not m:
        return None
    d = re.search(SIGNED_DATE, text)
    y = re.search(SIGNED_YEAR, text)
    date = None
    if d:
        try:
            date = dt.date(int(d[3]), int(d[2]), int(d[1]))
        except ValueError:
            date = None
    return {"as_written": text, "place": m["place"].strip(), "date": date, "year": int(y[1]) if y else None}


def is_kind(text: str) -> str | None:
    t = text.strip().rstrip(":")
    return t if t in KINDS else None


def sentence(text: str) -> str:
    """"ỦY BAN NHÂN DÂN XÃ HÒA BÌNH" as a name is written in running text: "Ủy ban nhân dân xã Hòa Bình"."""
    text = re.sub(UBND, UBND_FULL, text)
    low = text.lower()
    m = re.search(LEVEL_AND_NAME, low)
    if m:
        low = low[:m.start(2)] + " ".join(w[:1].upper() + w[1:] for w in m[2].split())
    return low[:1].upper() + low[1:]


def starts_part(text: str) -> bool:
    return (text.startswith((TABLE, *BASIS, NUMBER_LABEL))
            or bool(ROMAN.match(text)) or bool(ARTICLE.match(text)) or is_kind(text) is not None)


def is_signature_table(t: Block) -> bool:
    text = " ".join(c for row in t.rows for c in row.cells)
    return RECIPIENTS in text or bool(re.search(SIGNS_FOR, text))


def row_number(text: str) -> bool:
    return bool(re.fullmatch(ROW_NUMBER, text.strip()))


def node_text(node: dict) -> str:
    head = f"{node['n']}{')' if node.get('letter') else '.'} {node['rest']}"
    return "\n\n".join([head] + [p.text for p in node["paras"]] + [f"{lab} {val}" for (k, lab, val), _ in node["labels"]])


def short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"
