"""The MkDocs configuration a build runs with: the site's mkdocs.yml, plus what the engine brings.

A site repository made by `plansite init` holds no generator/ folder: its mkdocs.yml says nothing of
the theme override or the serve hook, which live inside the installed engine. Every build therefore
runs MkDocs with an effective configuration written beside mkdocs.yml (so INHERIT and every relative
path resolve as before) that inherits it and adds the engine's own paths, taken from this package
wherever it is installed. A mkdocs.yml that names them itself (the engine's own repository, whose
mkdocs.yml also builds with plain `mkdocs build`) keeps its paths.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

import yaml

HERE = Path(__file__).parent
THEME_DIR = HERE / "theme"
HOOKS = HERE / "mkdocs_hooks.py"
# Effective configurations are written with this prefix beside mkdocs.yml (git-ignored).
PREFIX = ".plansite-"


def engine_settings(mkdocs_config: dict) -> dict:
    """What the effective configuration adds to mkdocs.yml: the installed engine's theme override
    and serve hook, unless mkdocs.yml names its own."""
    theme = mkdocs_config.get("theme") or {}
    added: dict = {}
    if isinstance(theme, dict) and not theme.get("custom_dir"):
        added["theme"] = {"custom_dir": str(THEME_DIR)}
    if not mkdocs_config.get("hooks"):
        added["hooks"] = [str(HOOKS)]
    return added


def _merge(base: dict, more: dict) -> dict:
    out = dict(base)
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@contextlib.contextmanager
def effective_config(root: Path, mkdocs_config: dict, override: dict | None = None) -> Iterator[Path]:
    """The configuration file MkDocs should read, for as long as the block runs.

    override: settings of one kind of build (the copy without network turns instant navigation off)."""
    root = Path(root)
    settings = _merge(engine_settings(mkdocs_config), override or {})
    if not settings:
        yield root / "mkdocs.yml"
        return
    fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=".yml", dir=root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            yaml.safe_dump({"INHERIT": "mkdocs.yml", **settings}, f, allow_unicode=True, sort_keys=False)
        yield Path(name)
    finally:
        os.unlink(name)
