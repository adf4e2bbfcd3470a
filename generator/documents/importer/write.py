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
        raise ImportFailed(f"Mã kế hoạch '{plan_id}' chỉ được gồm chữ thường không dấu, số và dấu '-' (ví dụ xa-hoa-binh-2026).")
    reg_path = root / AGENCIES
    if not reg_path.is_file():
        raise ImportFailed(f"Không thấy {AGENCIES} trong {root}: hãy chạy lệnh ở thư mục gốc của kho (có plan/, indicators/).")
    files = plan_files(plan_id)
    targets = [root / files["plan"], root / files["tasks"], root / files["indicators"]]
    if plan_id in plan_ids(root) or any(p.exists() for p in targets):
        raise ImportFailed(f"Kế hoạch '{plan_id}' đã có (plan/{plan_id}/ hoặc indicators/{plan_id}/); không ghi đè. "
                           f"Hãy chọn mã khác với --id.")
    try:
        registry_data = yaml.safe_load(reg_path.read_text(encoding="utf-8"))
        agencies = registry_data["agencies"]
    except Exception:
        raise ImportFailed(f"{AGENCIES} không đọc được; hãy chạy plansite validate và sửa trước.") from None
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
        draft.review.add("phụ lục", f"Kế hoạch không phân công cơ quan báo cáo chỉ tiêu (nhóm {', '.join(unnamed)}): "
                                    f"tạm ghi assigned.reporting_agency: {draft.plan['issuer']} (cơ quan ban hành). "
                                    f"Hãy giao cho cơ quan theo dõi từng nhóm.")


def _write(root: Path, plan_id: str, d: Draft, document: Path) -> list[Path]:
    files = plan_files(plan_id)
    note = (f"# Bản nháp do `plansite import-plan` nhập từ {Path(document).name}: hãy đối chiếu với văn bản theo danh sách\n"
            f"# cần xem lại mà lệnh đã in ra, rồi xoá dòng \"draft: true\" khi đã xong.\n")
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
            raise ImportFailed(f"Không ghi được tệp ({e.strerror}): {e.filename}.") from None
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
        raise ImportFailed(f"{AGENCIES} không có danh sách 'agencies:'; hãy sửa tệp rồi chạy lại.")
    lines[start] = "agencies:\n"     # `agencies: []`, the empty registry of a site made by `plansite init`
    # The list ends at the next top-level key; its items may sit at column 0 ("- id: …") as yaml.dump writes them.
    end = next((k for k in range(start + 1, len(lines)) if re.match(r"^[^\s#-]", lines[k])), len(lines))
    while end - 1 > start and (lines[end - 1].startswith("#") or not lines[end - 1].strip()):
        end -= 1       # comments just above the next key belong to it
    first = next((ln for ln in lines[start + 1:end] if re.match(r"^\s*- id:", ln)), "  - id:")
    indent = first[:len(first) - len(first.lstrip())]
    block = [f"{indent}# Đề xuất bởi `plansite import-plan` cho kế hoạch {plan_id}: CẦN XEM LẠI "
             f"(tên, loại, cấp, cơ quan cấp trên).\n"]
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
def _position(item: tuple[str, str]) -> tuple:
    """The review list in the order of the document: header, paragraphs, tables, then whole-plan notes."""
    where = item[0]
    m = re.fullmatch(r"đoạn (\d+)", where)
    if m:
        return (1, int(m[1]))
    m = re.fullmatch(r"bảng (\d+)(?:, dòng (\d+))?", where)
    if m:
        return (2, int(m[1]), int(m[2] or 0))
    return (0,) if where in ("phần đầu", "lời mở đầu") else (3,)


def format_review(draft: Draft) -> str:
    lines = [f"Cần xem lại ({len(draft.review.items)} mục):"]
    for k, (where, what) in enumerate(sorted(draft.review.items, key=_position), start=1):
        lines.append(f"  {k}. [{where}] {what}")
    return "\n".join(lines)


def cmd_import_plan(args) -> int:
    root = Path(args.root)
    try:
        draft, written = import_plan(root, Path(args.document), args.id)
    except (DocError, ImportFailed) as e:
        print(f"{args.document}: {e}", file=sys.stderr)
        print("Chưa có gì được ghi." if args.lang == "vi" else "Nothing was written.", file=sys.stderr)
        return 1
    except Exception as e:   # a document no rule foresaw: a message, not a traceback, and nothing half-written
        print(f"{args.document}: công cụ nhập gặp một trường hợp chưa lường trước ({type(e).__name__}: {e}). "
              f"Chưa có gì được ghi. Hãy gửi tệp văn bản này cho người phụ trách kỹ thuật để sửa công cụ.",
              file=sys.stderr)
        return 2
    # The document read is the plan's evidence: it stays with the plan (plan/<id>/van-ban.<ext>).
    kept = root / (plan_files(args.id)["document"] + Path(args.document).suffix.lower())
    shutil.copyfile(args.document, kept)
    written.append(kept)
    c = draft.counts
    if args.lang == "vi":
        print(f"Đã nhập bản nháp kế hoạch '{args.id}' từ {Path(args.document).name}: {c['tasks']} nhiệm vụ, "
              f"{c['indicators']} chỉ tiêu ({c['groups']} nhóm), {len(draft.new_agencies)} cơ quan mới đề xuất.")
    else:
        print(f"Drafted plan '{args.id}' from {Path(args.document).name}: {c['tasks']} tasks, {c['indicators']} "
              f"indicators ({c['groups']} groups), {len(draft.new_agencies)} new bodies proposed. Review list in Vietnamese:")
    for p in written:
        print(f"Đã ghi {p.relative_to(root) if p.is_relative_to(root) else p}")
    print(format_review(draft))
    print("Sửa theo danh sách trên, chạy plansite validate, rồi xoá dòng “draft: true” trong plan.yml khi đã đối chiếu xong.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("import-plan", help="nhập bản nháp một kế hoạch từ văn bản (.docx hoặc .txt)")
    p.add_argument("document", help="tệp văn bản kế hoạch: .docx hoặc .txt (UTF-8)")
    p.add_argument("--id", required=True, help="mã kế hoạch mới, chữ thường không dấu nối bằng '-'")
    p.set_defaults(func=cmd_import_plan)
