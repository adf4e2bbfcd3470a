"""Running MkDocs: a clean build, or, with the build cache, only the pages whose source changed.

MkDocs renders every page on every build (at 100 plans, 19,000 pages: most of a build). Its
`--dirty` mode renders only pages whose Markdown is newer than their HTML, and is safe exactly
when nothing else a page shows has changed: the same set of files (so the same links and no
stale pages), the same mkdocs.yml (nav, theme, extensions), the same theme and engine code.
engine_key() is the hash of all of that; the cache keeps MkDocs' last output under that key,
and a build with the same key renders into it with --dirty. Sources are compared by content
stamp (size and modification time as recorded at the last build), so a file put back with an
older time is rebuilt too. Any other change means a clean build.

What --dirty does not do: check links of the pages it does not render (an anchor removed from
a changed page, linked from an unchanged one); the clean build (CI, `--no-cache`) still does.
It also relies on every nav entry of mkdocs.yml naming its title (as all do): a nav title taken
from a page's own heading would not reach pages left unrendered.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.site.cache import Cache, digest
from generator.site.engine_config import effective_config
from generator.site.files import link_or_copy, replace_bytes, walk

DIRTY_NOTICE = "A 'dirty' build is being performed"


class BuildError(Exception):
    pass


def _mkdocs(root: Path, out: Path, strict: bool, config: Path | None, dirty: bool) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[2]),
                                                                       os.environ.get("PYTHONPATH")]))}
    # A site made by `plansite init` has no generator/: the theme override and hooks come from the
    # installed engine (engine_config.py).
    with effective_config(root, config) as effective:
        # Not --quiet: MkDocs 1.6 counts --strict's warnings only at the levels it logs, so a quiet
        # strict build passes with broken links. Its INFO lines are dropped from the error below.
        cmd = [sys.executable, "-m", "generator.site.engine", "build", "--site-dir", str(out),
               "--config-file", str(effective), "--dirty" if dirty else "--clean"]
        if strict:
            cmd.append("--strict")
        result = subprocess.run(cmd, cwd=root, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if not line.startswith("INFO")]
        raise BuildError("\n".join(lines).strip() or result.stdout.strip())


def run_engine(root: Path, out: Path, strict: bool, config: Path | None = None) -> None:
    """MkDocs turns docs/ into out/ (a clean build)."""
    _mkdocs(root, out, strict, config, dirty=False)


def _stamps(docs: Path) -> dict[str, list[int]]:
    return {rel: [st.st_size, st.st_mtime_ns] for rel, st in walk(docs).items()}


def engine_key(cache: Cache, root: Path, docs: Path, config: Path | None, strict: bool, files: list[str]) -> str:
    env = [os.environ.get(k, "") for k in ("PLANSITE_SITE_URL", "SOURCE_DATE_EPOCH")]
    cfg = [(p.read_bytes() if p.is_file() else b"") for p in (root / "mkdocs.yml", config or root / "mkdocs.yml")]
    return digest([cache.code, *cfg, strict, *env, str(docs), *sorted(files)])


def run_engine_cached(root: Path, out: Path, strict: bool, cache: Cache, docs: Path | None = None,
                      config: Path | None = None) -> bool:
    """MkDocs into the cache's engine folder (dirty when it can), then a copy of it as out/ (mirror).
    Returns whether the build was dirty."""
    docs = docs or root / "docs"
    engine = cache.dir / "engine"
    stamps = _stamps(docs)
    key = engine_key(cache, root, docs, config, strict, list(stamps))
    before = cache.state("engine")
    dirty = before.get("key") == key and engine.is_dir()
    if dirty:
        # A source whose stamp differs from the last build is new to MkDocs, whatever its time says.
        for rel, stamp in stamps.items():
            if before.get("stamps", {}).get(rel) != stamp:
                (docs / rel).touch()
        stamps = _stamps(docs)
    cache.save_state("engine", {})         # an interrupted build leaves no key behind
    _mkdocs(root, engine, strict, config, dirty)
    cache.save_state("engine", {"key": key, "stamps": stamps})
    mirror(engine, out, cache.dir / SPARE)
    return dirty


# The site before the one now published, kept by build.py's swap: the next build updates it into its
# out/ instead of copying every file and deleting the old site (on a busy disk, most of a rebuild).
SPARE = "spare-site"


def mirror(src: Path, out: Path, spare: Path) -> None:
    """out/ as a copy of src/: made from `spare` (an earlier copy) by copying only the files whose
    stamp differs and removing what src/ does not have, or copied in full without one. Copies are
    hard links where the disk allows (files.py): MkDocs replaces a file it writes (_write_new_files)."""
    shutil.rmtree(out, ignore_errors=True)
    try:
        os.replace(spare, out)
    except OSError:                        # no spare, or on another disk
        shutil.copytree(src, out, copy_function=link_or_copy)
        return
    have = walk(out)
    for rel, a in walk(src).items():
        b = have.pop(rel, None)
        if b is not None:
            if (a.st_size, a.st_mtime_ns) == (b.st_size, b.st_mtime_ns):
                continue
            (out / rel).unlink()
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        link_or_copy(src / rel, out / rel)
    for rel in have:                       # gone from src/: and so the folders it leaves empty
        (out / rel).unlink()
        folder = (out / rel).parent
        while folder != out and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


class _WithoutDirtyNotice(logging.Filter):
    """--dirty is how the cache builds, not a mistake: its notice must not fail a --strict build."""
    def filter(self, record: logging.LogRecord) -> bool:
        return DIRTY_NOTICE not in record.getMessage()


def _write_new_files() -> None:
    """MkDocs writes (and copies) into a new file, never into the old one: the published site and the
    copy without network are hard links to the files of the cache's folder it builds in (files.py)."""
    from mkdocs import utils

    def copy_file(source_path: str, output_path: str) -> None:
        if os.path.isdir(output_path):
            output_path = os.path.join(output_path, os.path.basename(source_path))
        os.makedirs(os.path.dirname(output_path), exist_ok=True)
        replace_bytes(output_path, Path(source_path).read_bytes())

    def write_file(content: bytes, output_path: str) -> None:
        os.makedirs(os.path.dirname(output_path), exist_ok=True)
        replace_bytes(output_path, content)

    utils.copy_file, utils.write_file = copy_file, write_file


if __name__ == "__main__":
    from mkdocs.__main__ import cli

    from generator.site import engine_anchors, engine_parallel
    engine_anchors.install()     # the same anchors, found faster
    engine_parallel.install()    # the same pages, on every core
    _write_new_files()
    logging.getLogger("mkdocs.commands.build").addFilter(_WithoutDirtyNotice())
    sys.exit(cli())
