"""The shared registry of bodies (plan/agencies.yml), checked once per repository: unique ids and
names, kinds that exist, and each recorded change (rename, merger, split, end) on its authority."""
from __future__ import annotations

from generator.checks.checker import Checker
from generator.data.load import SourceFile
from generator.data.model import CHANGE_KIND_LABELS
from generator.data.problems import did_you_mean


def check_registry(c: Checker) -> None:
    f = c.src.agencies
    if not f:
        return
    c.unique(f, f.data.agencies, ("agencies",), {}, "Mã cơ quan", "agency id")
    c.agency_ids = {a.id for a in f.data.agencies}
    c.agency_map = {a.id: a for a in f.data.agencies}
    _kinds_and_parents(c, f)
    c.unique(f, f.data.documents, ("documents",), {}, "Mã văn bản", "document id")
    doc_ids = {d.id for d in f.data.documents}
    names: dict[str, str] = {}
    for i, a in enumerate(f.data.agencies):
        for j, ch in enumerate(a.changes):
            _change(c, f, ("agencies", i, "changes", j), a, ch, doc_ids)
        if len(a.changes) > 1:
            c.add(f, ("agencies", i, "changes", 1), f"Cơ quan '{a.id}' chỉ ghi một thay đổi.",
                  f"Agency '{a.id}' records one change only.",
                  ("sau khi đổi tên hoặc sáp nhập, cơ quan mới là một mục riêng trong agencies và ghi tiếp "
                   "thay đổi của nó ở đó", "after a rename or merger the new body is its own entry and "
                   "records its later changes there"))
        for n in [a.name, *a.variants]:
            k = " ".join(n.lower().split())
            if k in names and names[k] != a.id:
                c.add(f, ("agencies", i), f"Tên '{n}' đã thuộc về cơ quan '{names[k]}'.",
                      f"Name '{n}' already belongs to agency '{names[k]}'.")
            names[k] = a.id
    _change_cycles(c, f)


def _kinds_and_parents(c: Checker, f: SourceFile) -> None:
    kinds = set(f.data.kinds)
    for i, a in enumerate(f.data.agencies):
        if a.kind not in kinds:
            c.add(f, ("agencies", i, "kind"), f"Loại cơ quan '{a.kind}' không có trong 'kinds'.",
                  f"Agency kind '{a.kind}' is not in 'kinds'.", did_you_mean(a.kind, sorted(kinds)))
        for j, k in enumerate(a.members.kinds if a.members else []):
            if k not in kinds:
                c.add(f, ("agencies", i, "members", "kinds", j), f"Loại cơ quan '{k}' không có trong 'kinds'.",
                      f"Agency kind '{k}' is not in 'kinds'.")
        if a.parent:
            c.ref(f, ("agencies", i, "parent"), a.parent, c.agency_ids, "Cơ quan cấp trên", "Parent agency")


def _change(c: Checker, f: SourceFile, where: tuple, a, ch, doc_ids: set[str]) -> None:
    """One recorded change: who it goes to, from when, on what authority."""
    label = CHANGE_KIND_LABELS[ch.kind]
    want_one, want_some = ch.kind in ("doi-ten", "sap-nhap"), ch.kind == "chia-tach"
    if want_one and len(ch.to) != 1:
        c.add(f, where + ("to",) if ch.to else where, f"Thay đổi '{ch.kind}' ({label}) cần đúng một cơ quan ở 'to'.",
              f"Change '{ch.kind}' needs exactly one body in 'to'.",
              ("nhiều cơ quan nhận chức năng: dùng kind: chia-tach", "several bodies: use kind: chia-tach"))
    elif want_some and not ch.to:
        c.add(f, where, "Thay đổi 'chia-tach' cần ít nhất một cơ quan ở 'to', mỗi cơ quan có 'functions'.",
              "Change 'chia-tach' needs at least one body in 'to', each with 'functions'.",
              ("không biết cơ quan nào nhận: dùng kind: chua-xac-dinh", "successor unknown: use kind: chua-xac-dinh"))
    elif not (want_one or want_some) and ch.to:
        c.add(f, where + ("to",), f"Thay đổi '{ch.kind}' ({label}) không có cơ quan kế nhiệm: bỏ 'to'.",
              f"Change '{ch.kind}' has no successor: remove 'to'.")
    for k, part in enumerate(ch.to):
        c.ref(f, where + ("to", k, "agency"), part.agency, c.agency_ids, "Cơ quan kế nhiệm", "Successor")
        if part.agency == a.id:
            c.add(f, where + ("to", k, "agency"), "Cơ quan không thể kế nhiệm chính nó.",
                  "An agency cannot succeed itself.")
        if want_some and not part.functions:
            c.add(f, where + ("to", k), f"Chia tách: ghi 'functions' (chức năng '{part.agency}' nhận).",
                  f"Split: give 'functions' (what '{part.agency}' took over).")
    if (ch.since is None) == (ch.known_by is None):
        c.add(f, where, "Ghi đúng một trong hai: 'since' (ngày có hiệu lực) hoặc 'known_by' (khi chưa xác định "
              "ngày hiệu lực: ngày của nguồn sớm nhất cho thấy đã thay đổi).",
              "Give exactly one of 'since' (effective date) or 'known_by' (date of the earliest source showing it).")
    for k, doc in enumerate(ch.sources):
        c.ref(f, where + ("sources", k), doc, doc_ids, "Văn bản", "Document")


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
                    c.add(f, ("agencies", order[a.id], "changes", 0), "Chuỗi thay đổi quay vòng: "
                          f"{' → '.join(seen + [nxt])}.", f"The chain of changes loops: {' → '.join(seen + [nxt])}.")
                break
            seen.append(nxt)
            cur = c.agency_map[nxt]
