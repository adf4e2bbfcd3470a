"""The shared registry of bodies (plan/agencies.yml), checked once per repository: unique ids and
names, kinds that exist, and each recorded change (rename, merger, split, end) on its authority."""
from __future__ import annotations

from generator.checks import messages as M
from generator.checks.checker import Checker
from generator.data.load import SourceFile
from generator.data.model import CHANGE_KIND_LABELS
from generator.data.problems import did_you_mean


def check_registry(c: Checker) -> None:
    f = c.src.agencies
    if not f:
        return
    c.unique(f, f.data.agencies, ("agencies",), {}, *M.AGENCY_ID)
    c.agency_ids = {a.id for a in f.data.agencies}
    c.agency_map = {a.id: a for a in f.data.agencies}
    _kinds_and_parents(c, f)
    c.unique(f, f.data.documents, ("documents",), {}, *M.DOCUMENT_ID)
    doc_ids = {d.id for d in f.data.documents}
    names: dict[str, str] = {}
    for i, a in enumerate(f.data.agencies):
        for j, ch in enumerate(a.changes):
            _change(c, f, ("agencies", i, "changes", j), a, ch, doc_ids)
        if len(a.changes) > 1:
            c.say(f, ("agencies", i, "changes", 1), M.ONE_CHANGE_ONLY(id=a.id), M.ONE_CHANGE_ONLY_HINT())
        for n in [a.name, *a.variants]:
            k = " ".join(n.lower().split())
            if k in names and names[k] != a.id:
                c.say(f, ("agencies", i), M.NAME_TAKEN(name=n, owner=names[k]))
            names[k] = a.id
    _change_cycles(c, f)


def _kinds_and_parents(c: Checker, f: SourceFile) -> None:
    kinds = set(f.data.kinds)
    for i, a in enumerate(f.data.agencies):
        if a.kind not in kinds:
            c.say(f, ("agencies", i, "kind"), M.KIND_UNKNOWN(kind=a.kind), did_you_mean(a.kind, sorted(kinds)))
        for j, k in enumerate(a.members.kinds if a.members else []):
            if k not in kinds:
                c.say(f, ("agencies", i, "members", "kinds", j), M.KIND_UNKNOWN(kind=k))
        if a.parent:
            c.ref(f, ("agencies", i, "parent"), a.parent, c.agency_ids, *M.PARENT_AGENCY)


def _change(c: Checker, f: SourceFile, where: tuple, a, ch, doc_ids: set[str]) -> None:
    """One recorded change: who it goes to, from when, on what authority."""
    label = CHANGE_KIND_LABELS[ch.kind]
    want_one, want_some = ch.kind in ("doi-ten", "sap-nhap"), ch.kind == "chia-tach"
    if want_one and len(ch.to) != 1:
        c.say(f, where + ("to",) if ch.to else where, M.CHANGE_NEEDS_ONE(kind=ch.kind, label=label),
              M.CHANGE_NEEDS_ONE_HINT())
    elif want_some and not ch.to:
        c.say(f, where, M.SPLIT_NEEDS_SOME(), M.SPLIT_NEEDS_SOME_HINT())
    elif not (want_one or want_some) and ch.to:
        c.say(f, where + ("to",), M.CHANGE_HAS_NO_SUCCESSOR(kind=ch.kind, label=label))
    for k, part in enumerate(ch.to):
        c.ref(f, where + ("to", k, "agency"), part.agency, c.agency_ids, *M.SUCCESSOR)
        if part.agency == a.id:
            c.say(f, where + ("to", k, "agency"), M.SUCCEEDS_ITSELF())
        if want_some and not part.functions:
            c.say(f, where + ("to", k), M.SPLIT_NEEDS_FUNCTIONS(agency=part.agency))
    if (ch.since is None) == (ch.known_by is None):
        c.say(f, where, M.SINCE_OR_KNOWN_BY())
    for k, doc in enumerate(ch.sources):
        c.ref(f, where + ("sources", k), doc, doc_ids, *M.DOCUMENT)


def _change_cycles(c: Checker, f: SourceFile) -> None:
    order = {a.id: i for i, a in enumerate(f.data.agencies)}
    for a in f.data.agencies:
        seen, cur = [a.id], a
        while cur.changes and cur.changes[0].kind in ("doi-ten", "sap-nhap") and cur.changes[0].to:
            nxt = cur.changes[0].to[0].agency
            if nxt not in c.agency_map:
                break
            if nxt in seen:
                if nxt == a.id and a.id == min(seen, key=order.get):  # say it once per cycle
                    c.say(f, ("agencies", order[a.id], "changes", 0), M.CHANGES_LOOP(chain=" → ".join(seen + [nxt])))
                break
            seen.append(nxt)
            cur = c.agency_map[nxt]
