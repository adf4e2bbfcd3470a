"""No unit of the engine grows past what a newcomer can read at once: a class over 250 lines or a
function over 60 is split by what it does (the checker by what it checks, the importer by what it
reads, the renderer's links to other plans in site/family_links.py)."""
from __future__ import annotations

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "generator"
LIMITS = {ast.ClassDef: 250, ast.FunctionDef: 60, ast.AsyncFunctionDef: 60}


def test_no_class_over_250_lines_and_no_function_over_60():
    long = []
    for path in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            limit = LIMITS.get(type(node))
            if limit and node.end_lineno - node.lineno + 1 > limit:
                long.append(f"{path.relative_to(ENGINE.parent)}:{node.lineno} {node.name}: "
                            f"{node.end_lineno - node.lineno + 1} lines (at most {limit})")
    assert not long, "split these by what they do:\n" + "\n".join(long)
