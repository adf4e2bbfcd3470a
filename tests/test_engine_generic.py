"""The engine names no plan: everything the Ea Súp document decides comes from its data.

Another locality's plan must build with the same generator/, so the engine's code,
templates, scripts, styles and schemas may not contain this plan's place, the numbers
of the documents it implements, its milestone or period years, or its bodies' names.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "generator"


def engine_files() -> list[Path]:
    files = [p for p in ENGINE.rglob("*") if p.is_file() and p.suffix in {".py", ".j2", ".js", ".css", ".json", ".md", ".html"}]
    # The vendored plotly.js bundle is third-party code, not ours.
    return [p for p in files if "vendor" not in p.parts and "__pycache__" not in p.parts]


def shipped_words() -> set[str]:
    """What only the shipped plan says: its place, documents, years and bodies."""
    words: set[str] = set()
    for plan_file in ROOT.glob("plan/*/plan.yml"):
        plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
        words.add(plan["place"].split(" ", 1)[1] if " " in plan["place"] else plan["place"])   # "Ea Súp"
        words.update(d["number"] for d in plan["implements"])
        words.update(str(y) for y in plan["milestones"])
        words.update(str(plan["period"][k]) for k in ("start", "end"))
        words.update(m["label"] for m in plan.get("marks", []))
        words.update(re.findall(r"năm (\d{4})", yaml.safe_dump(plan["body"], allow_unicode=True)))  # "Tầm nhìn đến năm 2045"
    registry = yaml.safe_load((ROOT / "plan/agencies.yml").read_text(encoding="utf-8"))
    words.update(a["name"] for a in registry["agencies"] if a["kind"] != "tap-the")
    words.update(registry["kinds"].values())
    return words


def test_the_engine_contains_none_of_the_shipped_plans_names_numbers_or_years():
    words = shipped_words()
    assert {"Ea Súp", "68/NQ-CP", "54-CTr/TU", "2025", "2030", "2045"} <= words   # the test knows what to look for
    found = []
    for path in engine_files():
        text = path.read_text(encoding="utf-8")
        for w in words:
            pattern = rf"(?<!\d){re.escape(w)}(?!\d)" if w.isdigit() else re.escape(w)
            for m in re.finditer(pattern, text):
                line = text.count("\n", 0, m.start()) + 1
                found.append(f"{path.relative_to(ROOT)}:{line}: {w}")
    assert not found, "plan-specific text in the engine:\n" + "\n".join(sorted(found))
