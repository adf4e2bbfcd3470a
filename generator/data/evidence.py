"""Evidence: every document the site relies on, and every claim that rests on each one.

Documents are recorded in three places, each where the people who edit it look:
- the shared registry (`documents` in plan/agencies.yml): the sources of the bodies' changes and of
  the communes' dates and areas;
- each plan: the plan's own signed text (plan/<id>/van-ban.*) and the documents it says it carries
  out (`implements` in plan.yml);
- each amending document of a plan.
documents_of() puts them in one registry keyed by id (a registry entry with the id of an `implements`
entry is the same document, with its addresses); claims_of() lists what the site states on each
document's authority. Pages, open data and the checks all ask these two, so they cannot disagree.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.data import texts as T
from generator.data.bodies import end_phrase
from generator.data.dimensions import span_text

# Where an address sits, from its host name: a .gov.vn host belongs to a state body; the gazette and the
# national database of legal texts are named. Anything else is the press or another site.
OFFICIAL_PORTAL, GAZETTE, PRESS = "cong-thong-tin", "cong-bao", "bao-chi"
ADDRESS_LABELS = {kind: T.ADDRESS_KINDS[kind].vi for kind in (OFFICIAL_PORTAL, GAZETTE, PRESS)}
_GAZETTE_HOSTS = ("congbao.chinhphu.vn", "vbpl.vn", "vanban.chinhphu.vn")
_OFFICIAL_SUFFIXES = (".gov.vn", "chinhphu.vn")

# How sure the site is of what a document says.
STATED, REPORTED, CITED = "van-ban", "bao-chi", "trich-dan"
CERTAINTY_LABELS = {level: T.CERTAINTIES[level].vi for level in (STATED, REPORTED, CITED)}
CLAIM_KINDS = {kind: say.vi for kind, say in T.CLAIM_KINDS.items()}


def host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def address_kind(url: str) -> str:
    h = host(url)
    if h in _GAZETTE_HOSTS:
        return GAZETTE
    if any(h == s.lstrip(".") or h.endswith(s if s.startswith(".") else "." + s) for s in _OFFICIAL_SUFFIXES):
        return OFFICIAL_PORTAL
    return PRESS


@dataclass(frozen=True)
class Address:
    url: str
    kind: str

    @property
    def host(self) -> str:
        return host(self.url)

    @property
    def label(self) -> str:
        return ADDRESS_LABELS[self.kind]


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    kind: str
    number: str | None
    date: dt.date | None
    issuer: str                     # as a reader reads it (a body's name, or a site)
    title: str
    addresses: tuple[Address, ...]
    files: tuple[str, ...] = ()     # the document itself in the repository (a plan's signed text)
    origin: str = "registry"        # registry | plan | implements | amendment

    @property
    def certainty(self) -> str:
        if self.files or any(a.kind != PRESS for a in self.addresses):
            return STATED
        return REPORTED if self.addresses else CITED

    @property
    def short(self) -> str:
        """'Nghị quyết 12/2019/QH14' (kind and number), or 'Bài báo <host> ngày <date>' for an unnumbered article."""
        if self.number:
            return f"{self.kind} {self.number}"
        return f"{self.kind} {self.issuer}" + (T.DOCUMENT_OF_DAY.vi.format(date=f"{self.date:%d/%m/%Y}") if self.date else "")


@dataclass(frozen=True)
class Claim:
    """One statement of the site that rests on a document: what, about which item, in which plan."""
    document: str
    plan: str
    kind: str          # a key of CLAIM_KINDS
    subject: str       # agency id, 'dimension/category', plan id or amendment id
    text: str


def _addresses(urls) -> tuple[Address, ...]:
    return tuple(Address(u, address_kind(u)) for u in urls)


def plan_document_id(project) -> str:
    """The plan's own document: its id is the plan's."""
    return project.id


def documents_of(project) -> dict[str, DocumentInfo]:
    """Every document one plan relies on, by id: the shared registry first, then the plan's own."""
    p = project.plan
    out = {d.id: DocumentInfo(d.id, d.kind, d.number, d.date, d.issuer, d.title, _addresses(d.urls))
           for d in project.documents.values()}
    def name(aid: str) -> str:
        a = project.agencies[aid]
        return a.full_name or a.name
    for x in p.implements:
        if x.id not in out:   # recorded in the registry too: the registry's entry has the addresses
            out[x.id] = DocumentInfo(x.id, x.kind, x.number, x.date, name(x.issuer), x.title, (), origin="implements")
    out[plan_document_id(project)] = DocumentInfo(
        plan_document_id(project), p.kind.capitalize(), p.number.value, p.place_date.date, name(p.issuer), p.title, (),
        project.source_files, origin="plan")
    for a in project.amendments:
        out[a.id] = DocumentInfo(a.id, a.kind, a.number, a.date, name(a.issuer), a.title, _addresses(a.urls),
                                 origin="amendment")
    return out


def claims_of(project) -> list[Claim]:
    """What this plan's pages state on the authority of a document, in the order a reader meets them."""
    pid, p = project.id, project.plan
    out = [Claim(plan_document_id(project), pid, "issued", pid,
                 T.CLAIM_ISSUED.vi.format(plan=p.short_title, number=p.number.as_written,
                                          place_date=p.place_date.as_written))]
    out += [Claim(x.id, pid, "implements", pid, T.CLAIM_IMPLEMENTS.vi.format(plan=p.short_title, kind=x.kind, number=x.number))
            for x in p.implements]
    for a in project.amendments:
        out.append(Claim(a.id, pid, "amendment", a.id,
                         T.CLAIM_AMENDMENT.vi.format(plan=p.short_title, count=len(a.changes),
                                                     date=f"{a.effective:%d/%m/%Y}")))
    for agency in project.agencies.values():
        for change in agency.changes:
            text = f"{agency.name}: {end_phrase(project.agencies, change)}"
            out += [Claim(d, pid, "body", agency.id, text) for d in change.sources]
    for dim in project.dimensions.by_id.values():
        for cat in dim.categories:
            said = [span_text(cat)] if (cat.since or cat.until) else []
            if cat.covers:
                labels = ", ".join(c.label for c in dim.categories if c.id in cat.covers)
                said.append((T.COVERS if cat.covers_complete else T.COVERS_AT_LEAST).vi.format(labels=labels))
            text = f"{cat.label}: {'; '.join(said) or T.SOURCE_NOTED.vi}"
            out += [Claim(d, pid, "category", f"{dim.id}/{cat.id}", text) for d in cat.sources]
    return out
