"""tools/engines.py: every MkDocs/Material dependency of the build is listed and assessed."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import engines  # noqa: E402


def test_every_feature_the_build_relies_on_is_assessed():
    items = engines.inventory()
    unassessed = [(kind, name) for kind, name, _ in items if (kind, name) not in engines.ASSESSED]
    assert not unassessed, f"add these to ASSESSED in tools/engines.py (what replaces them): {unassessed}"


def test_the_inventory_reads_the_config_and_the_generated_pages():
    found = {(kind, name) for kind, name, _ in engines.inventory()}
    assert {("config", "hooks"), ("theme", "custom_dir"), ("feature", "navigation.instant"),
            ("theme", "name: material"), ("markdown", "toc")} <= found
    assert ("page", "data-search-exclude") in found and ("javascript", "document$") in found
