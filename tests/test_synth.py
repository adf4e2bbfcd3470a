"""tools/synth.py: a plan twice the size still passes every validation rule."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from synth import synthesize


def test_factor_two_validates_with_twice_the_plan(tmp_path, project):
    from generator.checks.family import load_project
    out = tmp_path / "plan-2x"
    synthesize(2, out)
    big = load_project(out)   # raises DataError listing every problem if a rule broke

    assert len(big.indicators) == 2 * len(project.indicators)
    assert len(big.tasks) == 2 * len(project.tasks)
    assert len(big.groups) == 2 * len(project.groups)
    assert len(big.reports) == 2 * len(project.reports)
    # Copy 2 renumbers groups after the last one: 7.4.a becomes 17.4.a with the shipped 10 groups.
    last = max(int(g.id) for g in project.groups)
    assert f"{7 + last}.4.a" in big.indicators
    assert big.indicators[f"{7 + last}.4.a"].parent_id == f"{7 + last}.4"
    assert "4.1.a-r2" in big.tasks
    # Ownership follows the copy: the copied indicator is reported by the copied agency.
    assert big.indicators[f"{7 + last}.2"].reporting_agency == big.indicators["7.2"].reporting_agency + "-r2"
    # What MkDocs needs to build the copy with the same mkdocs.yml.
    assert (out / "mkdocs.yml").read_bytes() == (ROOT / "mkdocs.yml").read_bytes()
    assert (out / "generator").resolve() == (ROOT / "generator").resolve()
    assert (out / "docs" / "phuong-phap.md").exists()
    assert not (out / "docs" / "chi-tieu").exists()   # generated pages are not copied
