"""The build's content-hash cache, in a git-ignored folder beside mkdocs.yml (.plansite-cache/).

What is cached is what costs most when one report of a hundred plans changes (tools/bench.py):
- each plan's yearly .docx documents (python-docx is two thirds of the generator's time), keyed
  by a hash of everything they are made from: that plan's data files, the shared registry, the
  engine's own code and locked library versions, the build date and the illustrative switch;
- each plan's pages and open data, keyed by its data, every plan's definition and the reports
  of the plans linked to it (pages_key): one changed report re-renders its plan and those linked;
- every data file's parsed YAML, by the hash of its bytes (yamlsource.KeptParses): loading and
  validating every plan is what is left of a rebuild after one changed report;
- the engine's last output (engine.py), the copy without network made from it, and each file's
  deflated bytes in the copy's zip (offline.py).

A key names its inputs by content, never by time, so a cache can only be missing, not stale:
a build with it is byte-identical to a clean build (tests/site/test_incremental.py).
Deleting the folder is always safe.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
from pathlib import Path

CACHE_DIR = ".plansite-cache"
DATA_DIRS = ("plan", "indicators", "progress")
ENGINE = Path(__file__).resolve().parent.parent          # generator/: its code and templates are inputs
REPO_FILES = ("mkdocs.yml", "requirements/lock.txt", "pyproject.toml")


def _digest(parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def _tree(base: Path, skip=lambda rel: False):
    """(relative path, bytes) of every file under base, sorted, for hashing."""
    if not base.is_dir():
        return
    for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        rel = path.relative_to(base).as_posix()
        if not skip(rel):
            yield rel
            yield path.read_bytes()


def code_key() -> str:
    """The generator's code, templates and theme, with the locked library versions."""
    repo = ENGINE.parent
    return _digest([*_tree(ENGINE), *(x for name in REPO_FILES if (repo / name).is_file()
                                     for x in (name, (repo / name).read_bytes()))])


class Cache:
    def __init__(self, root: Path, plan_ids=()):
        self.root = Path(root)
        self.plan_ids = set(plan_ids)      # the folders of plans under plan/, indicators/, progress/
        self.dir = self.root / CACHE_DIR
        self._code = None
        self._folders: dict[tuple[str, str | None], str] = {}

    @property
    def parses(self) -> Path:
        """Where the parsed YAML files are kept (generator/data/yamlsource.py, KeptParses)."""
        return self.dir / "parsed-yaml.pickle"

    @property
    def code(self) -> str:
        if self._code is None:
            self._code = code_key()
        return self._code

    def folder(self, top: str, plan_id: str | None) -> str:
        """The digest of one plan's folder under plan/, indicators/ or progress/ (None: every file
        there outside the plans' folders, such as the registry of bodies), computed once per build."""
        key = (top, plan_id)
        if key not in self._folders:
            if plan_id is None:
                self._folders[key] = digest(_tree(self.root / top, lambda rel: rel.split("/", 1)[0] in self.plan_ids))
            else:
                self._folders[key] = digest(_tree(self.root / top / plan_id))
        return self._folders[key]

    def plan_key(self, plan_id: str, *extra) -> str:
        """Everything one plan's own documents are made from: its folders and the files shared by all
        plans (the registry of bodies, abbreviations), never another plan's folder."""
        return digest([self.code, plan_id, *map(str, extra), *(self.folder(top, q) for top in DATA_DIRS for q in (None, plan_id))])

    def pages_key(self, plan_id: str, plan_ids: list[str], linked: set[str], *extra) -> str:
        """Everything one plan's pages are made from. Besides its own data: every plan's definition
        (plan/ and indicators/: titles, the bodies each involves, indicators declared the same, which
        the pages name), and the reports of the plans linked to it (their values show beside its own)."""
        parts = [self.code, plan_id, *map(str, extra), *(self.folder(top, None) for top in DATA_DIRS)]
        parts += [self.folder(top, q) for q in plan_ids for top in ("plan", "indicators")]
        parts += [self.folder("progress", q) for q in sorted(linked | {plan_id})]
        return digest(parts)

    # ------------------------------------------------------------------ files by key
    def has(self, kind: str, key: str) -> bool:
        return (self.dir / kind / key / "files.json").is_file()

    def files(self, kind: str, key: str, make) -> dict[str, bytes]:
        """make() → {path: bytes}, or what it returned for the same key before."""
        folder = self.dir / kind / key
        manifest = folder / "files.json"
        if manifest.is_file():
            names = json.loads(manifest.read_text(encoding="utf-8"))
            return {name: (folder / str(n)).read_bytes() for n, name in enumerate(names)}
        out = make()
        tmp = folder.with_name(key + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for n, data in enumerate(out.values()):
            (tmp / str(n)).write_bytes(data)
        (tmp / "files.json").write_text(json.dumps(list(out), ensure_ascii=False), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
        return out

    def prune(self, kind: str, keep: set[str]) -> None:
        """Drop entries no plan uses any more, so the folder does not grow with every edit."""
        base = self.dir / kind
        if base.is_dir():
            for entry in base.iterdir():
                if entry.name not in keep:
                    shutil.rmtree(entry, ignore_errors=True)

    # ------------------------------------------------------------------ engine state
    def state(self, name: str) -> dict:
        path = self.dir / f"{name}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def save_state(self, name: str, data: dict) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f"{name}.json.tmp"
        tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.dir / f"{name}.json")


def digest(parts) -> str:
    return _digest(parts)


def tree_digest(base: Path, skip=lambda rel: False) -> str:
    return _digest(_tree(base, skip))


class KeptChecks:
    """Each plan as read, checked on its own and assembled (checks.family.Kept), by Cache.plan_key:
    the plan's folders, the shared files and the engine's code. A rebuild after one changed report
    checks that plan again and takes the others as they were (the checks between plans still run on
    all). Only plans that passed are kept, in one pickle written by this build (`save`)."""

    def __init__(self, cache: "Cache"):
        from generator.data.load import plan_ids
        self.cache = cache
        cache.plan_ids = set(plan_ids(cache.root))   # before any folder digest is taken
        self.path = cache.dir / "checked.pickle"
        try:
            self.before = pickle.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            self.before = {}
        self.now: dict[str, tuple] = {}

    def _key(self, plan_id: str) -> str:
        return self.cache.plan_key(plan_id, "checked")

    def get(self, plan_id: str) -> tuple | None:
        key = self._key(plan_id)
        if key in self.before:
            self.now[key] = self.before[key]
        return self.now.get(key)

    def put(self, plan_id: str, checked: tuple) -> None:
        if not checked[1]:                 # no problem found: a plan with problems is checked again
            self.now[self._key(plan_id)] = checked

    def save(self) -> None:
        self.cache.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_bytes(pickle.dumps(self.now, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, self.path)
