"""What a change to the data does, in plain Vietnamese: for pull-request summaries.

`plansite diff BASE HEAD` takes two git revisions (or two folders), builds
both plans with the same as-of date and says first what the change did
(values and task reports, in the files it touched, with warnings for
implausible jumps), then what follows from it: indicator statuses that move
because of those values, or only because the reporting year advanced.
"""
from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from generator.data.amendments import ITEM_LABELS, field_names
from generator.data.load import as_of_date
from generator.compute.compute import Computed, compute
from generator.data.model import TASK_STATUS_LABELS, VALUE_KIND_LABELS
from generator.text.numbers import value_text
from generator.compute.status import LABELS
from generator.checks.family import load_project
from generator.checks.values import value_warnings
from generator.text.dates import vi_date
from generator.staff import texts as T

DATA_DIRS = ("plan", "indicators", "progress")


@dataclass(frozen=True)
class Change:
    kind: str      # "amendment" | "value-added" | "value-revised" | "value-removed" | "parts" | "status" | "task" | "warning"
    id: str
    text: str
    year: int | None = None  # for values: the year of the figure
    cause: str = ""    # for "status": "values" (this change's figures) or "year" (the reporting year moved)
    group: str = ""    # for "status": the transition, e.g. "Không đạt → Đúng tiến độ"


def amendment_changes(base: Computed, head: Computed) -> list[Change]:
    """Amending documents added or removed, each with what it changes in the plan in force."""
    out: list[Change] = []
    before = {a.id: a for a in base.project.amendments}
    for a in head.project.amendments:
        if a.id in before:
            continue
        revs = [r for rs in head.history.values() for r in rs if r.amendment.id == a.id]
        what = "; ".join(f"{ITEM_LABELS[r.kind]} {r.item_id}: " + (f"{field_names(r.kind, head.project.milestones)[r.field]} {_plain(r.old)} → "
                         f"{_plain(r.new)}" if r.field else T.DIFF_AMENDMENT_REPEALS.vi) for r in revs) \
            or T.DIFF_AMENDMENT_NOT_IN_FORCE.vi
        out.append(Change("amendment", a.id, T.DIFF_AMENDMENT.vi.format(
            kind=a.kind, number=a.number, date=vi_date(a.date), effective=vi_date(a.effective), what=what)))
    head_ids = {a.id for a in head.project.amendments}
    out += [Change("amendment", i, T.DIFF_AMENDMENT_REMOVED.vi.format(kind=a.kind, number=a.number))
            for i, a in before.items() if i not in head_ids]
    return out


def _plain(v) -> str:
    if v is None:
        return T.DIFF_NOT_STATED.vi
    if hasattr(v, "text"):
        return v.text or T.DIFF_LEFT_EMPTY.vi
    if hasattr(v, "agencies"):
        return ", ".join(v.agencies)
    if hasattr(v, "as_written"):
        return v.as_written
    return str(v) if len(str(v)) <= 80 else str(v)[:77] + "…"


def changes(base: Computed, head: Computed) -> list[Change]:
    out: list[Change] = amendment_changes(base, head)
    moved: set[str] = set()   # indicators whose figures this change touched
    for iid, hv in head.indicators.items():
        unit = hv.info.unit
        bv = base.indicators.get(iid)
        before = {rv.current.year: rv.current for rv in (bv.values if bv else ())}
        after = {rv.current.year: rv.current for rv in hv.values}
        for year in sorted(set(before) | set(after)):
            b, a = before.get(year), after.get(year)
            if b is None:
                out.append(Change("value-added", iid, T.DIFF_VALUE_ADDED.vi.format(
                    id=iid, year=year, value=value_text(a.observed, unit), kind=VALUE_KIND_LABELS[a.kind]), year))
            elif a is None:
                out.append(Change("value-removed", iid, T.DIFF_VALUE_REMOVED.vi.format(
                    id=iid, year=year, value=value_text(b.observed, unit)), year))
            elif (b.observed, b.kind) != (a.observed, a.kind):
                out.append(Change("value-revised", iid, f"{iid} ({year}): {value_text(b.observed, unit)} "
                                                        f"({VALUE_KIND_LABELS[b.kind]}) → {value_text(a.observed, unit)} "
                                                        f"({VALUE_KIND_LABELS[a.kind]})", year))
            else:
                out += _part_changes(head.project, iid, year, b, a)
                continue
            out += _part_changes(head.project, iid, year, b, a)
            moved.add(iid)
        if bv and bv.headline.status != hv.headline.status:
            transition = f"{LABELS[bv.headline.status]} → {LABELS[hv.headline.status]}"
            out.append(Change("status", iid, f"{iid}: {transition.lower()}",
                              cause="values" if iid in moved else "year" if base.reporting_year != head.reporting_year
                              else "plan", group=transition))
    for tid, ht in head.tasks.items():
        bt = base.tasks.get(tid)
        b = bt.latest if bt else None
        a = ht.latest
        if (b and (b.year, b.status)) != (a and (a.year, a.status)):
            out.append(Change("task", tid, T.DIFF_TASK.vi.format(id=tid, before=_task(b), after=_task(a))))
    changed = {(c.id, c.year) for c in out if c.kind in ("value-added", "value-revised", "parts")}
    for w in value_warnings(head.project):
        if (w.indicator, w.year) in changed:
            out.append(Change("warning", w.indicator, w.problem.message_vi, w.year))
    return out


def _part_changes(project, iid: str, year: int, b, a) -> list[Change]:
    """One line per commune or group whose figure the change adds, revises or removes."""
    before = {p.cell: p.number for p in (b.parts if b else ())}
    after = {p.cell: p.number for p in (a.parts if a else ())}
    unit, label = project.indicators[iid].unit, project.dimensions.cell_label
    out = []
    for cell in [*after, *(c for c in before if c not in after)]:
        old, new = before.get(cell), after.get(cell)
        if old == new:
            continue
        what = (T.DIFF_PART_ADDED.vi.format(value=value_text(new, unit)) if old is None
                else T.DIFF_PART_REMOVED.vi.format(value=value_text(old, unit)) if new is None
                else f"{value_text(old, unit)} → {value_text(new, unit)}")
        out.append(Change("parts", iid, f"{iid} ({year}), {label(cell)}: {what}", year))
    return out


def _task(r) -> str:
    return T.DIFF_TASK_NOT_REPORTED.vi if r is None else f"{TASK_STATUS_LABELS[r.status].lower()} ({r.year})"


def touched_files(base: Path, head: Path) -> list[str]:
    """Data files added, removed or edited between two checkouts, relative to the project."""
    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes()
                for d in DATA_DIRS for p in sorted((root / d).rglob("*")) if p.is_file()}
    b, h = files(base), files(head)
    return sorted(k for k in set(b) | set(h) if b.get(k) != h.get(k))


def summary_markdown(items: list[Change], touched: list[str] | None = None, years: tuple[int, int] | None = None) -> str:
    """What the change did (in the files it touched), then what follows from it, grouped."""
    if not items:
        return T.DIFF_NOTHING.vi
    out = [T.DIFF_TITLE.vi, ""]
    if touched:
        out += [T.DIFF_FILES.vi.format(files=", ".join(f"`{t}`" for t in touched)), ""]
    out += [T.DIFF_DID.vi, ""]
    did = [(T.DIFF_AMENDMENTS.vi, "amendment"), (T.DIFF_VALUES_ADDED.vi, "value-added"),
           (T.DIFF_VALUES_REVISED.vi, "value-revised"), (T.DIFF_VALUES_REMOVED.vi, "value-removed"),
           (T.DIFF_PARTS.vi, "parts"), (T.DIFF_TASKS.vi, "task"), (T.DIFF_WARNINGS.vi, "warning")]
    any_did = False
    for title, kind in did:
        rows = [c.text for c in items if c.kind == kind]
        if rows:
            any_did = True
            out += [f"**{title}** ({len(rows)})", ""] + [f"- {r}" for r in rows] + [""]
    if not any_did:
        out += [T.DIFF_DID_NOTHING.vi, ""]
    status = [c for c in items if c.kind == "status"]
    if status:
        out += [T.DIFF_FOLLOWS.vi, ""]
        year_text = (T.DIFF_YEAR_MOVED.vi.format(before=years[0], after=years[1]) if years and years[0] != years[1]
                     else T.DIFF_YEAR_CHANGED.vi)
        causes = [("values", T.DIFF_STATUS_BY_VALUES.vi),
                  ("year", T.DIFF_STATUS_BY_YEAR.vi.format(year_text=year_text)),
                  ("plan", T.DIFF_STATUS_BY_PLAN.vi)]
        for cause, title in causes:
            rows = [c for c in status if c.cause == cause]
            if not rows:
                continue
            out += [f"**{title}** ({len(rows)})", ""]
            if cause == "values":
                out += [f"- {c.text}" for c in rows]
            else:
                groups: dict[str, list[str]] = {}
                for c in rows:
                    groups.setdefault(c.group, []).append(c.id)
                out += [f"- {g} ({len(ids)}): {', '.join(ids)}" for g, ids in groups.items()]
            out.append("")
    return "\n".join(out)


def checkout(ref: str, repo: Path, dest: Path) -> Path:
    """The data folders of a git revision, unpacked into dest (or the folder itself if ref is one)."""
    if Path(ref).is_dir():
        return Path(ref)
    blob = subprocess.run(["git", "archive", "--format=tar", ref, *DATA_DIRS], cwd=repo, capture_output=True)
    if blob.returncode != 0:
        raise SystemExit(T.DIFF_CANNOT_READ.vi.format(ref=ref, why=blob.stderr.decode(errors="replace").strip()))
    with tarfile.open(fileobj=BytesIO(blob.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def cmd_diff(args) -> int:
    repo = Path(args.root)
    as_of = as_of_date(repo)
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        base_dir, head_dir = checkout(args.base, repo, Path(a)), checkout(args.head, repo, Path(b))
        base = compute(load_project(base_dir, args.plan), as_of)
        head = compute(load_project(head_dir, args.plan), as_of)
        touched = touched_files(base_dir, head_dir)
    text = summary_markdown(changes(base, head), touched, (base.reporting_year, head.reporting_year))
    if args.out:
        with open(args.out, "a", encoding="utf-8") as f:
            f.write(text)
    sys.stdout.write(text)
    return 0


def register(sub) -> None:
    p = sub.add_parser("diff", help=T.DIFF_HELP.vi)
    p.add_argument("base", help=T.DIFF_BASE_HELP.vi)
    p.add_argument("head", help=T.DIFF_HEAD_HELP.vi)
    p.add_argument("--out", help=T.DIFF_OUT_HELP.vi)
    p.set_defaults(plan_option=True, func=cmd_diff)
