"""A repository holding the shipped plan and the fictional plans of tests/fixtures/family/."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "family"
FICTIONAL = ("xa-mau-2026", "tinh-mau-ctr", "xa-mau-chi-nhiem-vu")


def make_family_root(dest: Path) -> Path:
    """The shipped data plus the fictional plans, their bodies added to the shared registry."""
    from conftest import make_site_root
    make_site_root(dest)
    for top in ("plan", "indicators", "progress"):
        for src in (FIXTURES / top).iterdir():
            shutil.copytree(src, dest / top / src.name)
    registry = yaml.safe_load((dest / "plan/agencies.yml").read_text(encoding="utf-8"))
    extra = yaml.safe_load((FIXTURES / "agencies-extra.yml").read_text(encoding="utf-8"))
    registry["kinds"].update(extra["kinds"])
    registry["agencies"] += extra["agencies"]
    (dest / "plan/agencies.yml").write_text(yaml.safe_dump(registry, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")
    return dest
