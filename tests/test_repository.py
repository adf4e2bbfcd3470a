"""Nothing built is committed: no wheel, archive, virtual environment, cache or built site.

A wheel (pyflakes-4.1.0-py2.py3-none-any.whl) once sat at the root by mistake: binaries nobody
reviews, which every clone downloads for ever. Built things are made again from the sources;
.gitignore keeps most of them out, and this test catches what `git add -f` or a new name lets in.
"""
from __future__ import annotations

import fnmatch
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A file name matching one of these is built, packed or cached: never a source.
ARTEFACT_NAMES = ("*.whl", "*.egg", "*.zip", "*.tar", "*.tar.gz", "*.tgz", "*.tar.bz2", "*.tar.xz", "*.7z", "*.rar",
                  "*.pyc", "*.pyo", "*.so", ".coverage")
# Documents (.docx, .xlsx) are sources here: a plan as issued, the fictional import corpus. A workbook
# export-xlsx writes goes to bao-cao-excel/, caught below as an output folder.
# A path through one of these folders, anywhere, is an environment or a cache.
ARTEFACT_FOLDERS = ("__pycache__", ".venv", ".venv-tools", ".venv-engines", "node_modules", ".pytest_cache",
                    "*.egg-info")
# At the root, these hold what `make site`, `make offline`, a package build and export-xlsx write
# (generator/site/ is the engine's own package, so only the top level counts).
OUTPUT_FOLDERS = ("site", "site-offline", "build", "dist", "bao-cao-excel")


def artefacts(paths: list[str]) -> list[str]:
    out = []
    for path in paths:
        *folders, name = path.split("/")
        if (any(fnmatch.fnmatch(name, pattern) for pattern in ARTEFACT_NAMES)
                or any(fnmatch.fnmatch(folder, pattern) for folder in folders for pattern in ARTEFACT_FOLDERS)
                or (folders and folders[0] in OUTPUT_FOLDERS)):
            out.append(path)
    return out


def tracked() -> list[str]:
    proc = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"not a git checkout: {proc.stderr.strip()}")
    return [p for p in proc.stdout.split("\0") if p]


def test_no_build_artefact_wheel_or_archive_is_tracked():
    found = artefacts(tracked())
    assert not found, ("built or packed files are tracked by git; remove them with `git rm --cached` and let "
                       f".gitignore keep them out: {found}")


@pytest.mark.parametrize("path", ["pyflakes-4.1.0-py2.py3-none-any.whl", "site/index.html", "tools/axe/node_modules/x.js",
                                  "generator/__pycache__/cli.cpython-311.pyc", "plansite.egg-info/PKG-INFO",
                                  "site-offline.zip", "dist/plansite-0.1.0.tar.gz", "bao-cao-excel/bao-cao-2025-x.xlsx"])
def test_the_check_recognises_what_it_guards_against(path):
    assert artefacts([path]) == [path]


@pytest.mark.parametrize("path", ["generator/site/build.py", "docs/assets/images/ban-do.png", "tests/fixtures/family/plan/a/plan.yml",
                                  "generator/site/assets/plansite.js", "docs/site-map.md",
                                  "tests/fixtures/import/xa-dong-mau.docx"])
def test_sources_pass(path):
    assert artefacts([path]) == []
