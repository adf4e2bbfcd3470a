"""A page per document the site relies on, and the list of them (/van-ban/).

Documents are shared by the plans of a site (one decree ends the bodies of several plans), so these
pages belong to the whole site, like the list of plans. Each says where to read the document and
which statements of the site rest on it, each statement linked to the page that makes it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.data.evidence import (ADDRESS_LABELS, CERTAINTY_LABELS, CLAIM_KINDS, Claim, DocumentInfo, claims_of,
                                     documents_of)
from generator.site.render import environment, md_link
from generator.site.urls import Urls, rel_md, rel_url
from generator.text.numbers import vi_sort_key

# Where each kind of record is kept, for the "data of this page" line.
RECORDED_IN = {"registry": "plan/agencies.yml", "implements": "plan/{plan}/plan.yml", "plan": "plan/{plan}/plan.yml",
               "amendment": "plan/{plan}/amendments/"}


@dataclass(frozen=True)
class Evidence:
    """Every document of the site, with the plans that rely on it and the claims citing it."""
    documents: dict[str, DocumentInfo]
    claims: dict[str, list[Claim]]          # by document id
    plans: dict[str, list[str]]             # document id → plans whose data cite it

    def cited(self, doc_id: str) -> bool:
        return bool(self.claims.get(doc_id))


def family_evidence(plans: dict) -> Evidence:
    """The documents of every plan of the site; claims about a shared body are said once."""
    documents: dict[str, DocumentInfo] = {}
    claims: dict[str, list[Claim]] = {}
    plans_of: dict[str, list[str]] = {}
    seen: set[tuple] = set()
    for pid, project in plans.items():
        for doc_id, doc in documents_of(project).items():
            documents.setdefault(doc_id, doc)
            plans_of.setdefault(doc_id, [])
        for claim in claims_of(project):
            key = (claim.document, claim.kind, claim.subject) if claim.kind == "body" else claim
            if key in seen:
                continue
            seen.add(key)
            claims.setdefault(claim.document, []).append(claim)
            if pid not in plans_of[claim.document]:
                plans_of[claim.document].append(pid)
    return Evidence(documents, claims, plans_of)


def claim_page(family, claim: Claim, pages: set[str], listed: dict[str, set[str]]) -> str | None:
    """The page (file under docs/) where a claim is made, when the site has it."""
    urls = family.urls[claim.plan]
    if claim.kind == "body":
        # A body of the shared registry has its page in the plans that involve it: link the first.
        pid = next((pid for pid, ids in listed.items() if claim.subject in ids), None)
        path = family.urls[pid].of(Urls.agency(claim.subject)) if pid else None
    elif claim.kind == "category":
        dim, cat = claim.subject.split("/")
        path = urls.of(Urls.category(dim, cat))
    else:
        path = urls.of(Urls.plan())
    return path if path in pages else None


class DocumentRenderer:
    """The pages of /van-ban/: one per document, and the list."""

    def __init__(self, family, settings, pages: set[str], listed: dict[str, set[str]]):
        self.family, self.settings, self.existing, self.listed = family, settings, pages, listed
        self.evidence = family_evidence(family.plans)
        self.env = environment()

    def downloads(self, doc: DocumentInfo) -> list[dict]:
        """A plan's own document files, as the build copies them into the plan's data folder."""
        urls = self.family.urls[doc.id]   # a plan's own document has the plan's id
        return [{"name": PurePosixPath(f).name, "path": urls.of(urls.data(PurePosixPath(f).name)), "repo": f}
                for f in doc.files]

    def pages(self) -> dict[str, str]:
        out = {}
        for doc_id, doc in self.evidence.documents.items():
            page = Urls.document(doc_id)[1:]
            claims = [{"claim": c, "url": claim_page(self.family, c, self.existing, self.listed)}
                      for c in self.evidence.claims.get(doc_id, [])]
            groups = [(kind, label, [x for x in claims if x["claim"].kind == kind]) for kind, label in CLAIM_KINDS.items()]
            plans = self.evidence.plans[doc_id] or [next(iter(self.family.plans))]
            recorded = RECORDED_IN[doc.origin].format(plan=plans[0])
            out[page] = self.render("document.md.j2", page, doc=doc, groups=[g for g in groups if g[2]],
                                    downloads=self.downloads(doc) if doc.files else [], recorded=recorded,
                                    n_claims=len(claims))
        rows = sorted(self.evidence.documents.values(), key=lambda d: (d.date is None, -(d.date.toordinal() if d.date else 0),
                                                                        vi_sort_key(d.short)))
        index = Urls.documents()[1:]
        out[index] = self.render("documents_index.md.j2", index, rows=rows, claims=self.evidence.claims)
        return out

    def render(self, template: str, page: str, **ctx) -> str:
        docs_path = lambda to: to[1:] if to.startswith("/") else to  # noqa: E731
        return self.env.get_template(template).render(
            link=lambda to: rel_url(page, docs_path(to)), page=page, urls=Urls,
            page_link=lambda to, text, **kw: md_link(rel_md(page, docs_path(to)), text, **kw),
            CERTAINTY_LABELS=CERTAINTY_LABELS, ADDRESS_LABELS=ADDRESS_LABELS, plans=self.family.plans, **ctx)
