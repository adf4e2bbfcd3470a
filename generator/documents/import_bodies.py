"""Which registered bodies a line such as "Phòng Lao động - TBXH; UBND các xã, thị trấn." names.

Documents write one body many ways (dash kinds, old and new accent placement, short names,
abbreviations). Every way the registry (plan/agencies.yml) knows — name, short name, full
name, variants — is matched after the same normalisation; a part that matches nothing is an
unknown body, proposed as a new registry entry for a person to review.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# How documents write bodies' names (tone spellings, separators, head words) is the importer's vocabulary.
from generator.documents.importer.vocabulary import (
    AND_WORD, BODY_HEAD_FORMS, BODY_HEADS, BODY_LEVEL_WORDS, BODY_SEPARATORS, D_STROKE, KIND_BY_NAME_START,
    TONE_SPELLINGS)


def norm(text: str) -> str:
    t = unicodedata.normalize("NFC", text).lower()
    for old, new in TONE_SPELLINGS.items():
        t = t.replace(old, new)
    t = re.sub(r"\s*[-–—]\s*", " - ", t)
    t = t.replace("&", f" {AND_WORD} ")
    return " ".join(t.strip(" .;,:").split())


def slug(text: str) -> str:
    t = unicodedata.normalize("NFD", text.translate(D_STROKE))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return "-".join(re.findall(r"[a-z0-9]+", t))[:80].strip("-") or "co-quan"


@dataclass
class Match:
    text: str            # the part as written
    agency: str | None   # registry id, or None when unknown
    abbreviation: bool = False   # matched only as an abbreviation of a registered name (a guess)


def signature(name: str) -> tuple[str, str, str | None] | None:
    """("phòng", "vhxh") for both "Phòng Văn hóa - Xã hội" and "Phòng VH-XH": the head word and the
    initials of the rest (a word already in capitals counts whole), without "và" and the level word."""
    level = BODY_LEVEL_WORDS.search(norm(name))
    n = BODY_LEVEL_WORDS.sub("", norm(name))
    original = BODY_LEVEL_WORDS.sub("", " ".join(unicodedata.normalize("NFC", name).strip(" .;,").split()))
    for full, short in BODY_HEAD_FORMS:
        if n.startswith(full + " "):
            rest_words = original.split()[len(full.split()):]
            letters = ""
            for w in re.split(r"[\s\-–—&]+", " ".join(rest_words)):
                if not w or w.lower() in (AND_WORD, "-"):
                    continue
                letters += w.lower() if w.isupper() and len(w) > 1 else w[:1].lower()
            return (short, letters, level[1] if level else None) if letters else None
    return None


class Registry:
    def __init__(self, agencies: list[dict]):
        self.names: dict[str, str] = {}
        self.info: dict[str, dict] = {a["id"]: a for a in agencies}
        self.ids = set(self.info)
        self.signatures: dict[str, set] = {}
        for a in agencies:
            for n in [a.get("name"), a.get("short_name"), a.get("full_name"), *a.get("variants", [])]:
                if n:
                    self.names.setdefault(norm(n), a["id"])
                    sig = signature(n)
                    if sig:
                        self.signatures.setdefault(a["id"], set()).add(sig)

    def abbreviation(self, text: str) -> str | None:
        """The one registered body whose name this abbreviates; None when none or several do."""
        sig = signature(text)
        if sig is None:
            return None
        # "VP HĐND-UBND" names no level and may stand for the district's office; "… xã" never for "… huyện".
        found = {aid for aid, sigs in self.signatures.items()
                 if any(s[:2] == sig[:2] and (s[2] == sig[2] or None in (s[2], sig[2])) for s in sigs)}
        return found.pop() if len(found) == 1 else None

    def add(self, agency_id: str, name: str) -> None:
        self.ids.add(agency_id)
        self.names.setdefault(norm(name), agency_id)

    def lookup(self, text: str) -> str | None:
        return self.names.get(norm(text))

    def split(self, written: str) -> list[Match]:
        """The bodies of one line, in order. Separators (; , và) may also sit inside a name
        ("Các cơ quan, đơn vị, ngành của huyện"), so the longest run of parts that the registry
        knows wins; unknown parts are joined until a part that begins like a body's name."""
        pieces = BODY_SEPARATORS.split(written.strip().rstrip(".;,"))
        parts, seps = pieces[0::2], pieces[1::2]

        def joined(i: int, j: int) -> str:   # parts i..j-1 with their own separators
            return "".join(p + (seps[k] if k < j - 1 else "") for k, p in enumerate(parts[i:j], start=i))

        out: list[Match] = []
        i = 0
        while i < len(parts):
            for j in range(len(parts), i, -1):
                found = self.lookup(joined(i, j))
                if found:
                    out.append(Match(joined(i, j), found))
                    i = j
                    break
            else:
                j = i + 1
                # "và" inside an unknown name ("Văn phòng HĐND và UBND xã") does not split it,
                # unless a known body follows: one name to review beats two invented ones.
                # ";" always ends a body.
                while j < len(parts) and seps[j - 1].strip() != ";" and not self._starts_known(parts, seps, j) and (
                        seps[j - 1].strip() == AND_WORD or not BODY_HEADS.match(norm(parts[j]))):
                    j += 1
                short = self.abbreviation(joined(i, j))
                if short:
                    out.append(Match(joined(i, j), short, abbreviation=True))
                elif out and out[-1].agency is None and not BODY_HEADS.match(norm(parts[i])) and seps[i - 1].strip() != ";":
                    out[-1] = Match(out[-1].text + seps[i - 1] + joined(i, j), None)
                else:
                    out.append(Match(joined(i, j), None))
                i = j
        return [m for m in out if m.text.strip()]

    def _starts_known(self, parts, seps, i) -> bool:
        text = ""
        for k in range(i, len(parts)):
            text += parts[k]
            if self.lookup(text):
                return True
            if k < len(seps):
                text += seps[k]
        return False


def guess_kind(name: str) -> str:
    """The registry kind a new body most likely has, from how its name starts (a guess, reviewed)."""
    n = norm(name)
    return next((kind for starts, kind in KIND_BY_NAME_START if n.startswith(starts)), "co-quan-nganh-doc")
