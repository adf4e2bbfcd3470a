"""Writing the site's files so that a file shared by hard links is never changed in place.

The build keeps MkDocs' output in the cache (engine.py), publishes a copy of it and makes the copy
without network from that (offline.py). Copies of a whole site are most of a rebuild's file-system
work, so they are hard links where the disk allows: one file, several names. That is safe only if no
one writes into a file once it has several names: every writer replaces the file (a new one under the
old name) instead, including MkDocs in the cache's folder (engine.py installs `replace_bytes` there).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path


def link_or_copy(src, dest) -> None:
    """dest as the same file as src: a hard link where the disk allows, else a copy."""
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


def replace_bytes(path, data: bytes) -> None:
    """Write path as a new file (beside, then renamed over it): a file linked elsewhere stays as it was."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def walk(folder) -> dict[str, os.stat_result]:
    """Every file under folder, by relative path ('a/b.html'), with its stat: one pass of os.scandir.
    A site of 100 plans holds ~40,000 files, walked several times per build: pathlib's rglob with
    a stat per file was a second of a rebuild at 30 plans."""
    out: dict[str, os.stat_result] = {}
    stack = [("", os.fspath(folder))]
    while stack:
        prefix, path = stack.pop()
        try:
            entries = list(os.scandir(path))
        except FileNotFoundError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append((prefix + entry.name + "/", entry.path))
            elif entry.is_file():
                out[prefix + entry.name] = entry.stat()
    return out
