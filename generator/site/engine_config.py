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


def read_mkdocs_config(root: Path) -> dict:
    """The site's mkdocs.yml as plain data (empty when there is none)."""
    class _Lenient(yaml.SafeLoader):
        pass
    # mkdocs.yml may hold !!python/name tags for Markdown extensions: read them as plain strings.
    _Lenient.add_multi_constructor("", lambda loader, suffix, node: None)
    path = Path(root) / "mkdocs.yml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Lenient) if path.exists() else {}


@contextlib.contextmanager
def effective_config(root: Path, base: Path | None = None) -> Iterator[Path]:
    """The configuration file MkDocs should read, for as long as the block runs.

    base: the configuration to start from (mkdocs.yml, or one that inherits it, such as the one a
    single plan's copy is built with); it must sit beside mkdocs.yml."""
    root = Path(root)
    base = Path(base) if base else root / "mkdocs.yml"
    settings = engine_settings(read_mkdocs_config(root))
    if not settings:
        yield base
        return
    fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=".yml", dir=root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            yaml.safe_dump({"INHERIT": base.name, **settings}, f, allow_unicode=True, sort_keys=False)
        yield Path(name)
    finally:
        os.unlink(name)
