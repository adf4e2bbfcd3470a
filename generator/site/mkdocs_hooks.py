"""MkDocs hooks for `mkdocs serve`: regenerate pages when YAML changes.

Only serve needs them: `plansite build` generates before MkDocs runs (the
search index too), so other engines (which ignore hooks) get the same site.
"""
from __future__ import annotations

import sys
from pathlib import Path

from generator.site import texts as T

_command = None


def on_startup(command, dirty):
    global _command
    _command = command


def on_pre_build(config):
    if _command != "serve":
        return
    # Imported here, not above: `plansite build` runs MkDocs with these hooks too, and the generator
    # (pydantic, Babel, the model) is half a second of every MkDocs start that only serve needs.
    from generator.data.problems import DataError
    from generator.site.build import generate
    from generator.site.cache import Cache
    root = Path(config.config_file_path).parent
    try:
        generate(root, Path(config.docs_dir), cache=Cache(root))
    except DataError as err:
        # Keep serving the last good pages; show staff what to fix.
        for p in err.problems:
            print(p.format("vi"), file=sys.stderr)
        print(T.SERVE_ERRORS(count=len(err.problems))[0], file=sys.stderr)

