"""`plansite`: one console script, one subcommand per job.

Data mistakes end as a list of located problems and exit status 1, never a
traceback; anything else unexpected is a bug and may raise.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.data.problems import DataError
from generator.staff import texts as T

SCHEMA_DIR = Path(__file__).parent / "schemas"


def _print_each(problems, lang: str, fmt: str) -> None:
    for p in problems:
        print(p.format(lang), file=sys.stderr)
        if fmt == "github":
            # Workflow commands put each problem on the right line of the pull request's diff.
            msg = (p.message_vi if lang == "vi" else p.message_en).replace("%", "%25").replace("\n", "%0A")
            print(f"::{p.severity} file={p.file},line={p.line},col={p.column}::{msg}")


def _print_problems(err: DataError, lang: str, fmt: str = "text", writes: bool = True) -> int:
    _print_each(err.problems, lang, fmt)
    n = len(err.problems)
    vi, en = (T.PROBLEMS_NOTHING_WRITTEN if writes else T.PROBLEMS)(n=n)
    print(vi if lang == "vi" else en, file=sys.stderr)
    return 1


def cmd_validate(args) -> int:
    from generator.checks.documents import evidence_warnings
    from generator.checks.family import load_family
    from generator.checks.values import value_warnings
    family = load_family(args.root)
    plans = family.plans.values()
    warnings = [w.problem for p in plans for w in value_warnings(p)] + evidence_warnings(Path(args.root), family)
    _print_each(warnings, args.lang, args.format)
    n_tasks, n_ind = sum(len(p.tasks) for p in plans), sum(len(p.indicators) for p in plans)
    n_rep = sum(len(p.reports) for p in plans)
    several = len(family.plans) > 1
    lang = 0 if args.lang == "vi" else 1
    plans_text = T.VALID_PLANS(n=len(family.plans))[lang] if several else ""
    msg = T.VALID(plans=plans_text, tasks=n_tasks, indicators=n_ind, agencies=len(family.agencies), reports=n_rep)[lang]
    if warnings:
        msg += T.VALID_WARNINGS(n=len(warnings))[lang]
    print(msg)
    return 0


def cmd_export(args) -> int:
    """One plan's open data into --out; with several plans and no --plan, each into --out/<plan-id>/."""
    from generator.opendata.export import write_open_data
    from generator.checks.family import choose_plan, load_family
    family = load_family(args.root)
    several = len(family.plans) > 1
    if args.plan or not several:
        chosen = {"": choose_plan(family, args.plan)}
    else:
        chosen = {f"{pid}/": p for pid, p in family.plans.items()}
    written = []
    for sub, project in chosen.items():
        written += write_open_data(project, Path(args.out) / sub, with_plan=several)
    print(T.EXPORT_WROTE.vi.format(n=len(written), out=args.out))
    return 0


def cmd_report(args) -> int:
    from generator.checks.family import load_project
    from generator.documents.yearly_docx import report_files
    project = load_project(args.root, args.plan)
    period = project.plan.period
    if project.plan.responsibilities.yearly_report is None:
        print(T.REPORT_NO_COMPILER.vi, file=sys.stderr)
        return 1
    if not period.start <= args.year <= period.end:
        print(T.REPORT_YEAR_OUTSIDE.vi.format(year=args.year, start=period.start, end=period.end), file=sys.stderr)
        return 1
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(T.REPORT_OUT_IS_FILE.vi.format(out=out), file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for name, data in report_files(project, args.year).items():
        path = out / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        print(path)
    return 0


def schema_documents() -> dict[str, str]:
    from generator.data.model import SCHEMAS
    docs = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        schema["$id"] = f"{name}.schema.json"
        docs[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return docs


def cmd_schema(args) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in schema_documents().items():
        (out / name).write_text(text, encoding="utf-8")
    print(T.SCHEMA_WROTE.vi.format(out=out))
    return 0


def add_plan_option(parser) -> None:
    """`--plan ID` for the commands that work on one plan; optional while the repository holds one."""
    parser.add_argument("--plan", help=T.PLAN_OPTION_HELP.vi)


def _common_options(parser, default) -> None:
    parser.add_argument("--root", type=Path, default=default(Path(".")),
                        help=T.ROOT_OPTION_HELP.vi)
    parser.add_argument("--lang", choices=["vi", "en"], default=default("vi"), help=T.LANG_OPTION_HELP.vi)
    parser.add_argument("--format", choices=["text", "github"], default=default("text"),
                        help=T.FORMAT_OPTION_HELP.vi)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plansite", description=T.PROG_DESCRIPTION.vi)
    _common_options(parser, lambda d: d)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help=T.VALIDATE_HELP.vi).set_defaults(func=cmd_validate)
    p = sub.add_parser("export", help=T.EXPORT_HELP.vi)
    p.add_argument("--out", required=True)
    add_plan_option(p)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("report", help=T.REPORT_HELP.vi)
    p.add_argument("--year", type=int, required=True)
    add_plan_option(p)
    p.add_argument("--out", required=True, help=T.REPORT_OUT_HELP.vi)
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("schema", help=T.SCHEMA_HELP.vi)
    p.add_argument("--out", default=str(SCHEMA_DIR))
    p.set_defaults(func=cmd_schema)
    _register_more(sub)
    # Modules that register their own subcommands mark those that work on one plan
    # (set_defaults(plan_option=True)); the option itself is a command-line matter, said here once.
    for p in sub.choices.values():
        if p.get_default("plan_option"):
            add_plan_option(p)
    # People write `plansite validate --lang en` as often as `plansite --lang en validate`:
    # both work. SUPPRESS keeps a subcommand from resetting what was given before it.
    for p in sub.choices.values():
        _common_options(p, lambda d: argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except DataError as err:
        return _print_problems(err, args.lang, args.format, writes=args.command != "validate")


def _register_more(sub) -> None:
    """Subcommands that live in their own modules register here."""
    from generator.site import build
    from generator.staff import diff
    from generator.documents import import_plan
    from generator.staff import reports
    from generator.staff import scaffold
    from generator.staff import xlsx
    from generator.staff import newsite
    for module in (build, reports, xlsx, diff, scaffold, import_plan, newsite):
        module.register(sub)


if __name__ == "__main__":
    sys.exit(main())
