"""The engine's imports run one way: each package imports only its own modules and the layers below it.

The layers are the pipeline (load → validate → compute → render → publish) and its audiences:

    text        Vietnamese formats and collation, nothing of ours
    data        the model, reading YAML, loading and assembling a plan
    checks      cross-file checks            compute    status, breakdowns, duties, roles
    opendata    CSV/JSON/Open SDG files      documents  plan import, the yearly report
    site        pages, charts, search, copy  staff      reports, workbook, change summary
    cli         the `plansite` command

A package may import any package of a lower line, never one of its own line or above. A few lines
of our own rather than import-linter: the contract is this table, and the test reads it as written.
Function-level imports count too (they are still a dependency), and no two modules import each
other, directly or round a longer cycle.
"""
from __future__ import annotations

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "generator"

LAYERS: list[set[str]] = [
    {"text"},
    {"data"},
    {"checks", "compute"},
    {"opendata", "documents"},
    {"site", "staff"},
    {"cli", "__init__"},
]
RANK = {pkg: i for i, line in enumerate(LAYERS) for pkg in line}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ENGINE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every generator module this file imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path).split(".")
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("generator")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                pkg = here[:-node.level] if path.name != "__init__.py" else here[:len(here) - node.level + 1]
                base = ".".join(pkg + ([base] if base else []))
            if not base.startswith("generator"):
                continue
            out.add(base)
            for a in node.names:  # `from generator.staff import xlsx` imports a module
                if (ENGINE.parent / base.replace(".", "/") / f"{a.name}.py").exists():
                    out.add(f"{base}.{a.name}")
    return out


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in sorted(ENGINE.rglob("*.py"))}


def test_every_package_has_a_layer():
    packages = {p.name for p in ENGINE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in ENGINE.glob("*.py")}
    assert packages | modules <= set(RANK), f"add to LAYERS: {sorted((packages | modules) - set(RANK))}"


def test_imports_run_downward():
    wrong = []
    for module, imported in _graph().items():
        mine = _package(module)
        for other in imported:
            theirs = _package(other)
            if theirs == mine or other == "generator":
                continue
            if RANK[theirs] >= RANK[mine]:
                wrong.append(f"{module} imports {other} ({theirs} is not below {mine})")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycle():
    graph = _graph()
    edges = {m: {o for o in imp if o in graph and o != m} for m, imp in graph.items()}
    # A package's __init__ re-exporting its modules is not a cycle with them.
    edges = {m: {o for o in e if not m.startswith(o + ".")} for m, e in edges.items()}
    cycles, state, stack = [], {}, []

    def visit(m: str) -> None:
        state[m] = "open"
        stack.append(m)
        for o in sorted(edges[m]):
            if state.get(o) == "open":
                cycles.append(" → ".join(stack[stack.index(o):] + [o]))
            elif o not in state:
                visit(o)
        stack.pop()
        state[m] = "done"

    for m in sorted(edges):
        if m not in state:
            visit(m)
    assert not cycles, "\n".join(cycles)
