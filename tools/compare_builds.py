"""Build the site at a git revision and from the work tree, and compare them file for file.

For refactors that must not change what is published (the package move, a formatting helper moved
to Babel, a template split): `python tools/compare_builds.py REV` prints every file added, removed
or changed, and exits 1 if there is any. Each side is built by its own engine (the revision's
generator/ first on the import path; the installed packages are shared) with the same
SOURCE_DATE_EPOCH, so the only differences left are the ones the change made.

    .venv/bin/python tools/compare_builds.py HEAD~1
"""
from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _export(rev: str, dest: Path) -> None:
    blob = subprocess.run(["git", "archive", "--format=tar", rev], cwd=REPO, capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(blob.stdout)) as tar:
        tar.extractall(dest, filter="data")


def _copy_work_tree(dest: Path) -> None:
    """The work tree's files as git sees them (tracked or new, not ignored), without .git: like _export,
    so that neither side reads dates from git history and both speak for SOURCE_DATE_EPOCH."""
    names = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, names):
        src = REPO / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def _build(src: Path, out: Path, epoch: str) -> None:
    """`plansite build` of the code and data in src, run with src first on the import path."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "PYTHONPATH": str(src)}
    code = "import sys; from generator.cli import main; sys.exit(main(sys.argv[1:]))"
    subprocess.run([sys.executable, "-c", code, "--root", str(src), "build", "--site", str(out)],
                   cwd=src, env=env, check=True, stdout=subprocess.DEVNULL)


def _differences(a: Path, b: Path) -> list[str]:
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    out = [f"only before: {p}" for p in sorted(files_a - files_b)]
    out += [f"only after:  {p}" for p in sorted(files_b - files_a)]
    out += [f"changed:     {p}" for p in sorted(files_a & files_b) if not filecmp.cmp(a / p, b / p, shallow=False)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the revision to compare the work tree with (e.g. HEAD~1, main)")
    args = ap.parse_args()
    epoch = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        _export(args.rev, tmp / "before")
        _build(tmp / "before", tmp / "site-before", epoch)
        _copy_work_tree(tmp / "after")
        _build(tmp / "after", tmp / "site-after", epoch)
        diffs = _differences(tmp / "site-before", tmp / "site-after")
        n = sum(1 for _ in (tmp / "site-after").rglob("*"))
    print("\n".join(diffs) if diffs else f"identical: {n} files and folders, {args.rev} and the work tree")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
