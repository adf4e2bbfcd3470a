"""MkDocs hooks for `mkdocs serve`: regenerate pages when YAML changes.

Only serve needs them: `plansite build` generates before MkDocs runs and
folds the search index after, so other engines (which ignore hooks) get the
same site.
"""
from __future__ import annotations

import sys
from pathlib import Path

from generator.build import fold_search_index, generate
from generator.problems import DataError

_command = None


def on_startup(command, dirty):
    global _command
    _command = command


def on_config(config):
    """Leave out nav entries whose page the generator did not write (a family of plans with no
    plan at the root has no ke-hoach.md there), so the same mkdocs.yml builds --strict."""
    docs = Path(config.docs_dir)
    if config.nav and (docs / "index.md").exists():
        config.nav = [e for e in config.nav
                      if not (isinstance(e, dict) and len(e) == 1 and isinstance(next(iter(e.values())), str)
                              and next(iter(e.values())).endswith(".md")
                              and not (docs / next(iter(e.values()))).exists())]
    return config


def on_pre_build(config):
    if _command != "serve":
        return
    root = Path(config.config_file_path).parent
    try:
        generate(root, Path(config.docs_dir))
    except DataError as err:
        # Keep serving the last good pages; show staff what to fix.
        for p in err.problems:
            print(p.format("vi"), file=sys.stderr)
        print(f"{len(err.problems)} lỗi; trang giữ nguyên bản tốt gần nhất.", file=sys.stderr)


def on_post_build(config):
    if _command == "serve":
        fold_search_index(Path(config.site_dir))
