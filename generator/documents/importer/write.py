"""Writing the draft: the plan's files in the normal layout (never over an existing plan), the proposed
bodies added to the registry, and the `plansite import-plan` command with its review list."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
from pathlib import Path

import yaml

from generator.documents.docsource import DocError, read_document
from generator.documents.import_bodies import Registry, slug
from generator.documents.importer import messages as M
from generator.documents.importer.common import ImportFailed
from generator.documents.importer.core import Draft, Importer
from generator.documents.importer.indicator_tables import finish_indicators
from generator.data.load import AGENCIES, plan_files, plan_ids


# ------------------------------------------------------------------ writing
HEAD = "# yaml-language-server: $schema=../../generator/schemas/{schema}.schema.json\n"


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    # Paragraphs stay readable in the file as a block, as in the hand-written plans.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000, default_flow_style=False)


def import_plan(root: Path, document: Path, plan_id: str) -> tuple[Draft, list[Path]]:
    root = Path(root)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", plan_id):
        raise ImportFailed(M.BAD_PLAN_ID.vi.format(id=plan_id))
    reg_path = root / AGENCIES
    if not reg_path.is_file():
        raise ImportFailed(M.NO_REGISTRY.vi.format(registry=AGENCIES, root=root))
    files = plan_files(plan_id)
    targets = [root / files["plan"], root / files["tasks"], root / files["indicators"]]
    if plan_id in plan_ids(root) or any(p.exists() for p in targets):
        raise ImportFailed(M.PLAN_EXISTS.vi.format(id=plan_id))
    try:
        registry_data = yaml.safe_load(reg_path.read_text(encoding="utf-8"))
        agencies = registry_data["agencies"]
    except Exception:
        raise ImportFailed(M.REGISTRY_UNREADABLE.vi.format(registry=AGENCIES)) from None
    registry = Registry(agencies)
    blocks = read_document(document)
    draft = Importer(blocks, registry, plan_id).run()
    finish_indicators(draft.groups, draft.plan["milestones"], draft.review, draft.plan["baselines"])
    _reporting(draft)
    draft.plan = {"draft": True, "imported": {"document": Path(document).name, "date": dt.date.today(),
                                              "review": len(draft.review.items)},
                  **{k: v for k, v in draft.plan.items() if k != "draft"}}
    return draft, _write(root, plan_id, draft, document)


def _reporting(draft: Draft) -> None:
    """Each group needs a default reporting body: the body the rows name when they all name one, else the issuer."""
    unnamed = []
    for g in draft.groups:
        rows = [i for ind in g["indicators"] for i in (ind, *ind.get("sub_indicators", []))]
        named = {i["assigned"]["reporting_agency"] for i in rows if i.get("assigned")}
        g["assigned"] = {"reporting_agency": named.pop() if len(named) == 1 else draft.plan["issuer"]}
        if any(not i.get("assigned") for i in rows if not i.get("sub_indicators")):
            unnamed.append(g["id"])
    if unnamed:
        draft.review.add(M.AT_APPENDIX.vi, M.NO_REPORTING_BODY.vi.format(groups=", ".join(unnamed),
                                                                        issuer=draft.plan["issuer"]))


def _write(root: Path, plan_id: str, d: Draft, document: Path) -> list[Path]:
    files = plan_files(plan_id)
    note = M.DRAFT_BANNER.vi.format(document=Path(document).name)
    out: dict[Path, str] = {
        root / files["plan"]: HEAD.format(schema="plan") + note + _dump(_plain(d.plan)),
        root / files["tasks"]: HEAD.format(schema="tasks") + note + _dump(_plain(d.tasks)),
    }
    for k, g in enumerate(d.groups, start=1):
        name = f"{k:02d}-{slug(g['name'])[:40].strip('-') or 'nhom'}.yml"
        out[root / files["indicators"] / name] = HEAD.format(schema="indicator-group") + note + _dump(_plain(g))
    reg = root / AGENCIES
    reg_text = _with_agencies(reg.read_text(encoding="utf-8"), plan_id, d) if d.new_agencies else None
    written: list[Path] = []
    try:
        for path, text in out.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8") as f:   # "x": never overwrite, even in a race
                f.write(text)
            written.append(path)
        if reg_text is not None:
            tmp = reg.with_name(reg.name + ".tmp")
            tmp.write_text(reg_text, encoding="utf-8")
            tmp.replace(reg)      # the registry is rewritten whole or not at all
            written.append(reg)
    except Exception as e:
        for p in written:
            if p.name != "agencies.yml":
                p.unlink(missing_ok=True)
        for folder in {p.parent for p in out}:
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        if isinstance(e, OSError):
            raise ImportFailed(M.CANNOT_WRITE.vi.format(error=e.strerror, path=e.filename)) from None
        raise
    return written


def _with_agencies(text: str, plan_id: str, d: Draft) -> str:
    """The registry with the proposed bodies added at the end of its `agencies:` list (other lists
    may follow it), each marked for review with the place it came from; nothing else changes."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    start = next((k for k, ln in enumerate(lines) if re.match(r"^agencies:\s*(\[\s*\])?\s*$", ln)), None)
    if start is None:
        raise ImportFailed(M.REGISTRY_HAS_NO_LIST.vi.format(registry=AGENCIES))
    lines[start] = "agencies:\n"     # `agencies: []`, the empty registry of a site made by `plansite init`
    # The list ends at the next top-level key; its items may sit at column 0 ("- id: …") as yaml.dump writes them.
    end = next((k for k in range(start + 1, len(lines)) if re.match(r"^[^\s#-]", lines[k])), len(lines))
    while end - 1 > start and (lines[end - 1].startswith("#") or not lines[end - 1].strip()):
        end -= 1       # comments just above the next key belong to it
    first = next((ln for ln in lines[start + 1:end] if re.match(r"^\s*- id:", ln)), "  - id:")
    indent = first[:len(first) - len(first.lstrip())]
    block = [indent + M.PROPOSED_BODIES.vi.format(plan=plan_id)]
    for a in d.new_agencies:
        entry = {"id": a["id"], "name": a["name"], "kind": a["kind"], "level": d.plan["level"]}
        block.append(f"{indent}# ({a['where']})\n")
        block += [f"{indent}{ln}\n" for ln in _dump([entry]).splitlines()]
    return "".join(lines[:end] + block + lines[end:])


def _plain(x):
    """Dates as ISO text, tuples as lists: what the YAML files hold."""
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_plain(v) for v in x]
    if isinstance(x, dt.date):
        return x.isoformat()
    return x


# --------------------------------------------------------------------- CLI
# The places docsource.Block.where names ("đoạn 57", "bảng 2, dòng 14"), read back for the document's order.
PARAGRAPH_AT = M.WHERE_PARAGRAPH.vi.format(n=r"(\d+)")
TABLE_AT = M.WHERE_TABLE.vi.format(n=r"(\d+)") + "(?:" + M.WHERE_ROW.vi.format(row=r"(\d+)") + ")?"


def _position(item: tuple[str, str]) -> tuple:
    """The review list in the order of the document: header, paragraphs, tables, then whole-plan notes."""
    where = item[0]
    m = re.fullmatch(PARAGRAPH_AT, where)
    if m:
        return (1, int(m[1]))
    m = re.fullmatch(TABLE_AT, where)
    if m:
        return (2, int(m[1]), int(m[2] or 0))
    return (0,) if where in (M.AT_HEADER.vi, M.AT_PREAMBLE.vi) else (3,)


def format_review(draft: Draft) -> str:
    lines = [M.REVIEW_HEAD.vi.format(count=len(draft.review.items))]
    for k, (where, what) in enumerate(sorted(draft.review.items, key=_position), start=1):
        lines.append(f"  {k}. [{where}] {what}")
    return "\n".join(lines)


def cmd_import_plan(args) -> int:
    root = Path(args.root)
    try:
        draft, written = import_plan(root, Path(args.document), args.id)
    except (DocError, ImportFailed) as e:
        print(f"{args.document}: {e}", file=sys.stderr)
        print(_in(args.lang, M.NOTHING_WRITTEN()), file=sys.stderr)
        return 1
    except Exception as e:   # a document no rule foresaw: a message, not a traceback, and nothing half-written
        print(f"{args.document}: " + M.UNFORESEEN.vi.format(error=f"{type(e).__name__}: {e}"), file=sys.stderr)
        return 2
    # The document read is the plan's evidence: it stays with the plan (plan/<id>/van-ban.<ext>).
    kept = root / (plan_files(args.id)["document"] + Path(args.document).suffix.lower())
    shutil.copyfile(args.document, kept)
    written.append(kept)
    c = draft.counts
    print(_in(args.lang, M.DRAFTED(id=args.id, document=Path(args.document).name, tasks=c["tasks"],
                                   indicators=c["indicators"], groups=c["groups"], bodies=len(draft.new_agencies))))
    for p in written:
        print(M.WROTE.vi.format(path=p.relative_to(root) if p.is_relative_to(root) else p))
    print(format_review(draft))
    print(M.NEXT_STEPS.vi)
    return 0


def _in(lang: str, said: tuple[str, str]) -> str:
    """The summary lines follow --lang; the review list and the files' names stay Vietnamese (the document's)."""
    vi, en = said
    return vi if lang == "vi" else en


def register(sub) -> None:
    p = sub.add_parser("import-plan", help=M.HELP_COMMAND.vi)
    p.add_argument("document", help=M.HELP_DOCUMENT.vi)
    p.add_argument("--id", required=True, help=M.HELP_ID.vi)
    p.set_defaults(func=cmd_import_plan)
