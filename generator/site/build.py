"""Stage 5: publish. Write the generated Markdown and data into docs/, then
let MkDocs turn docs/ into site/.

The generator never needs MkDocs: `plansite generate` stops after docs/.
Nothing is written until the data has passed validation, and site/ is only
replaced once a complete new build exists beside it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.compute.compute import compute
from generator.opendata.export import open_data_files
from generator.site import texts as T
from generator.site.cache import CACHE_DIR, Cache, KeptChecks
from generator.site.engine import SPARE, BuildError, run_engine, run_engine_cached
from generator.site.offline import (DOWNLOAD_DIR, OfflineCopy, OfflineError, finish_online, make_offline, make_zip,
                                    replace_folder, size_text, zip_name)
from generator.data.load import as_of_date
from generator.site.engine_config import effective_config, read_mkdocs_config
from generator.site.engine_pages import engine_pages, written_engine_pages
from generator.data.problems import DataError, Problem
from generator.site.document_pages import DocumentRenderer
from generator.site.render import FamilyRenderer, Renderer, Settings
from generator.compute.roles import involved
from generator.site.search_index import build_index, index_files, read_abbreviations
from generator.site.files import replace_bytes, walk
from generator.data.parallel import fork_map
from generator.site.urls import Urls, url_dir
from generator.checks.family import load_family
from generator.data.yamlsource import keeping_parses
from generator.site.yearly_pages import yearly_documents

ASSETS = Path(__file__).parent / "assets"
# Everything the generator owns inside docs/ besides each plan's pages; hand-written pages live beside it.
GENERATED = ("assets/plansite", "cac-ke-hoach.md", Urls.DOCUMENTS)


def read_settings(root: Path) -> Settings:
    """Site settings from mkdocs.yml (repo link, illustrative switch), read as plain data."""
    cfg = read_mkdocs_config(root)
    extra = (cfg.get("extra") or {}).get("plansite") or {}
    show = extra.get("show_illustrative", True)
    if os.environ.get("PLANSITE_ILLUSTRATIVE") in ("0", "false", "no"):
        show = False
    return Settings(site_name=cfg.get("site_name", ""), repo_url=cfg.get("repo_url"),
                    repo_branch=extra.get("branch", "main"), show_illustrative=bool(show),
                    plans=tuple(extra.get("plans") or ()), root_plan=extra.get("root_plan"))


def plan_urls(plan_ids: list[str], settings: Settings) -> dict[str, Urls]:
    """Where each plan's pages go: the plan that owns the root (named in mkdocs.yml, or the only
    plan) at the top, every other one under its own id, so adding a plan moves no published page."""
    root = settings.root_plan or (plan_ids[0] if len(plan_ids) == 1 else None)
    return {pid: Urls("" if pid == root else f"{pid}/") for pid in plan_ids}


def file_dates(root: Path) -> dict[str, dt.date]:
    """When each data file last changed, from git history (empty outside a git checkout)."""
    try:
        out = subprocess.run(["git", "log", "--format=%x00%cs", "--name-only", "--", "plan", "indicators", "progress"],
                             cwd=root, capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, dt.date] = {}
    for block in out.split("\0")[1:]:
        day, *paths = block.strip().splitlines()
        for path in paths:
            dates.setdefault(path, dt.date.fromisoformat(day))   # newest commit comes first
    return dates


@dataclass
class Loaded:
    """The validated, computed plans a build renders: made once, rendered for the copy without network
    and again for the online site (the two differ only in what they say about the copy)."""
    family: object
    settings: Settings
    dates: dict[str, dt.date]
    computed: dict
    as_of: dt.date | None = None
    cache_keys: set[str] = dataclasses.field(default_factory=set)   # the cache entries this build used


def load_site(root: Path, settings: Settings | None = None, as_of: dt.date | None = None,
              only: str | None = None, cache: Cache | None = None) -> Loaded:
    """Load, validate and compute every plan the site shows (`only`: that plan alone, at the root).
    Raises DataError on bad data. With a cache, a plan whose files did not change is not checked
    on its own again (KeptChecks)."""
    root = Path(root)
    settings = settings or read_settings(root)
    kept = KeptChecks(cache) if cache else None
    family = load_family(root, kept)
    if kept:
        kept.save()
    if only:
        if only not in family.plans:
            raise DataError([Problem("--plan", 1, 1, *T.NO_SUCH_PLAN(plan=only, plans=", ".join(family.plans)))])
        settings = dataclasses.replace(settings, plans=(only,), root_plan=only)
    if not settings.show_illustrative:
        family.plans = {pid: p.without_illustrative() for pid, p in family.plans.items()}
    unknown = [pid for pid in (*settings.plans, settings.root_plan) if pid and pid not in family.plans]
    if unknown:
        raise DataError([Problem("mkdocs.yml", 1, 1, *T.SETTINGS_UNKNOWN_PLANS(
            unknown=", ".join(unknown), plans=", ".join(family.plans)))])
    order = [pid for pid in settings.plans if pid in family.plans] or sorted(family.plans)
    family.plans = {pid: family.plans[pid] for pid in order}   # the site shows the plans it names, in its order
    family.urls = plan_urls(order, settings)
    family.bodies = {pid: involved(p) for pid, p in family.plans.items()}
    as_of = as_of or as_of_date(root)
    computed = {pid: compute(project, as_of) for pid, project in family.plans.items()}
    return Loaded(family, settings, file_dates(root), computed, as_of)


def generated_files(root: Path, settings: Settings | None = None, as_of: dt.date | None = None,
                    offline: dict | None = None, loaded: Loaded | None = None,
                    cache: Cache | None = None) -> dict[str, bytes]:
    """Every file the generator writes under docs/, by relative path. Raises DataError on bad data.

    offline: what the open-data page says about the copy without network,
    {"download": OfflineCopy | None (the online site's zip), "copy_date": date | None (inside the copy)}.
    loaded: the plans already loaded and computed (load_site).
    cache: where each plan's yearly documents are kept by the hash of what they are made from."""
    root = Path(root)
    if loaded is None:
        with keeping_parses(cache.parses if cache else None):
            loaded = load_site(root, settings, as_of)
    family, settings, computed_all = loaded.family, loaded.settings, loaded.computed
    several = len(family.plans) > 1
    files: dict[str, bytes] = {}
    pages: dict[str, str] = {}
    listed: dict[str, set[str]] = {}   # the bodies each plan has a page for
    owners: dict[str, int] = {}        # url → number of the plan whose page it is (the search index's shards)
    if cache:
        cache.plan_ids = set(family.plans)

    def one_part(item: tuple[str, str]):   # in a forked process: the cache entries it used come back too
        pid, part = item
        made = (plan_output(root, pid, loaded, offline, cache) if part == "pages"
                else plan_documents(root, pid, loaded, cache))
        return made, set(loaded.cache_keys)

    # A plan's pages and its documents are made apart (the documents depend on its own data alone),
    # and what there is to make is shared out among processes; what the cache holds is read here.
    parts = [(pid, part) for pid in family.plans for part in ("pages", "documents")]
    to_make = [item for item in parts if not (cache and cache.has(*cache_entry(item, loaded, offline, cache)))]
    made = dict(zip(to_make, fork_map(one_part, to_make)))
    made.update((item, one_part(item)) for item in parts if item not in made)
    for keys in (keys for _, keys in made.values()):
        loaded.cache_keys |= keys
    for n, pid in enumerate(family.plans):
        plan_files, plan_pages, listed[pid] = made[pid, "pages"][0]
        pages.update(plan_pages)
        owners.update((url_dir(path), n) for path in plan_pages)
        files.update(plan_files)
        files.update(made[pid, "documents"][0])
    if several:
        for path, text in FamilyRenderer(family, computed_all, settings).pages().items():
            pages[path] = text
            files[path] = text.encode("utf-8")
    # The documents' pages last: each links the pages that make a claim on its authority.
    for path, text in DocumentRenderer(family, settings, set(pages), listed).pages().items():
        pages[path] = text
        files[path] = text.encode("utf-8")
    own = engine_pages(root / "docs")
    files.update({path: text.encode("utf-8") for path, text in own.items()})
    files.update(search_index(root, family, computed_all, pages, listed, owners, own))
    for asset in sorted(ASSETS.rglob("*")):
        if asset.is_file():
            data = asset.read_bytes()
            files["assets/plansite/" + asset.relative_to(ASSETS).as_posix()] = (
                fill_script(data.decode("utf-8")).encode("utf-8") if asset.parent.name == "javascripts" else data)
    return files


_SCRIPT_TEXT = re.compile(r"\bT\.([A-Z][A-Z0-9_]*)\b")


def fill_script(code: str) -> str:
    """A script of ours with its texts written in: `T.NAME` becomes the catalogue's Vietnamese as a
    JavaScript string. Written at build time rather than carried by each page, so the pages and the
    scripts weigh what they did and nothing depends on the page's markup; a name the catalogue does
    not have fails the build here, not in a reader's browser."""
    return _SCRIPT_TEXT.sub(lambda m: json.dumps(getattr(T, m[1]).vi, ensure_ascii=False), code)


def plan_output(root: Path, pid: str, loaded: Loaded, offline: dict | None,
                cache: Cache | None) -> tuple[dict[str, bytes], dict[str, str], set[str]]:
    """One plan's files under docs/ (pages, open data; its documents are plan_documents'), its pages'
    Markdown and the bodies it has a page for; from the cache when nothing they are made from changed
    (cache.pages_key)."""
    family, settings = loaded.family, loaded.settings
    project, urls, several = family.plans[pid], family.urls[pid], len(family.plans) > 1

    def make() -> dict[str, bytes]:
        data = {urls.of(urls.data(name)): text.encode("utf-8")
                for name, text in open_data_files(project, with_plan=several).items()}
        sizes = {name: len(data[urls.of(urls.data(name))]) for name in open_data_files_names(data, urls)}
        renderer = Renderer(loaded.computed[pid], settings, sizes, loaded.dates, urls, family, offline=offline)
        files = {path: text.encode("utf-8") for path, text in renderer.pages().items()}
        files.update(data)
        # The plan's own document, for download (and so inside the copy without network).
        files.update({urls.of(urls.data(Path(path).name)): (root / path).read_bytes() for path in project.source_files})
        files[LISTED] = "\n".join(sorted(renderer.involved_agencies())).encode("utf-8")
        return files
    if cache is None:
        files = make()
    else:
        key = cache_entry((pid, "pages"), loaded, offline, cache)[1]
        loaded.cache_keys.add(key)
        files = cache.files("pages", key, make)
    listed = set(filter(None, files.pop(LISTED).decode("utf-8").split("\n")))
    pages = {path: data.decode("utf-8") for path, data in files.items() if path.endswith(".md")}
    return files, pages, listed


def cache_entry(item: tuple[str, str], loaded: Loaded, offline: dict | None, cache: Cache) -> tuple[str, str]:
    """Where the cache keeps a plan's pages or its documents: (kind, key)."""
    pid, part = item
    if part == "documents":
        return "docx", cache.plan_key(pid, loaded.as_of, loaded.settings.show_illustrative)
    family = loaded.family
    return "pages", cache.pages_key(pid, list(family.plans), family.linked_plans(pid), loaded.as_of, loaded.settings,
                                    offline, sorted(loaded.dates.items()),
                                    [(q, u.prefix) for q, u in family.urls.items()])


# Not a file: where plan_output keeps the bodies a plan has a page for among its cached files.
LISTED = "\0listed"


def plan_documents(root: Path, pid: str, loaded: Loaded, cache: Cache | None) -> dict[str, bytes]:
    """One plan's yearly .docx documents, by path under docs/: python-docx is most of the generator's
    time, and they depend on that plan's data alone, so a build with a cache makes them only for a
    plan that changed."""
    project, urls = loaded.family.plans[pid], loaded.family.urls[pid]
    if cache is None:
        made = yearly_documents(project)
    else:
        key = cache_entry((pid, "documents"), loaded, None, cache)[1]
        loaded.cache_keys.add(key)
        made = cache.files("docx", key, lambda: yearly_documents(project))
    return {urls.of(path): data for path, data in made.items()}


def open_data_files_names(data: dict[str, bytes], urls: Urls) -> list[str]:
    start = len(urls.of(urls.data("")))
    return [path[start:] for path in data]


def generated_tops(docs: Path) -> list[str]:
    """What the generator owns under docs/: the shared files, and every plan's folders.

    A folder of docs/ holding a generated plan home is a plan's (its pages are all generated)."""
    tops = list(GENERATED) + list(Urls().pages()) + written_engine_pages(docs)
    for home in docs.glob("*/index.md"):
        if (home.parent / "ke-hoach.md").exists() and (home.parent / "nhiem-vu").is_dir():
            tops += list(Urls(home.parent.name + "/").pages())
    return tops


def search_index(root: Path, family, computed: dict, pages: dict[str, str], listed: dict[str, set[str]],
                 owners: dict[str, int], own: dict[str, str]) -> dict[str, bytes]:
    """The search box's index: every plan's pages from their data, the hand-written pages from docs/
    and the engine's pages (own) as this build writes them."""
    docs = root / "docs"
    hand = {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))
            if p.relative_to(docs).as_posix() not in pages
            and not p.relative_to(docs).as_posix().startswith(tuple(t + "/" for t in generated_tops(docs)))}
    for name in written_engine_pages(docs):   # the engine's, even one it no longer ships
        hand.pop(name, None)
    hand.update(own)
    abbreviations = read_abbreviations(root)
    plans = [(p.plan.short_title, computed[pid], abbreviations, family.urls[pid], listed[pid])
             for pid, p in family.plans.items()]
    index = build_index(plans, {**pages, **hand}, set(hand))
    return index_files(index, [(pid, family.urls[pid].prefix) for pid in family.plans], owners)


def write_docs(files: dict[str, bytes], docs: Path) -> int:
    """Write only what changed (so a watching server rebuilds little) and drop stale generated files."""
    changed = 0
    there = walk(docs)
    for rel, content in files.items():
        path = docs / rel
        st = there.get(rel)
        if st and st.st_size == len(content) and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(path, content)
        changed += 1
    tops = generated_tops(docs)
    folders, single = tuple(top + "/" for top in tops), set(tops)
    for rel in there:
        if (rel in single or rel.startswith(folders)) and rel not in files:
            (docs / rel).unlink()
            changed += 1
    return changed


def generate(root: Path, docs: Path | None = None, offline: dict | None = None,
             loaded: Loaded | None = None, cache: Cache | None = None) -> tuple[int, int, float]:
    """(files, changed, seconds) for writing the generated part of docs/."""
    start = time.perf_counter()
    root = Path(root)
    files = generated_files(root, offline=offline, loaded=loaded, cache=cache)
    changed = write_docs(files, docs or root / "docs")
    return len(files), changed, time.perf_counter() - start


@dataclass
class BuildTimes:
    generator_s: float
    mkdocs_s: float
    offline_s: float            # the copy without network, made from the online output, and its zip
    zip_bytes: int


@dataclass
class Built:
    """An online build in a work folder, with its copy without network beside it."""
    site: Path                  # the online site, the zip in it
    copy: Path                  # the copy's folder
    data_date: dt.date
    times: BuildTimes


def build_both(root: Path, work: Path, strict: bool, loaded: Loaded, docs: Path | None = None,
               config: Path | None = None, zip_in_site: bool = True, cache: Cache | None = None) -> Built:
    """One render and one engine build for the online site; the copy without network is made from
    its output (offline.py), zipped into the site, and the zip's size written into the online pages
    that give it (zip_in_site False: the copy alone is wanted, so no zip is made here).
    With a cache, the documents, the engine and the copy redo only what changed (cache.py, engine.py)."""
    start = time.perf_counter()
    day = data_date(root, loaded.dates)
    name = zip_name(day)
    download = OfflineCopy(f"{DOWNLOAD_DIR}/{name}.zip", None, day)
    generate(root, docs, offline={"download": download, "copy_date": day}, loaded=loaded, cache=cache)
    gen_s = time.perf_counter() - start
    start = time.perf_counter()
    out = work / "site"
    if cache:
        run_engine_cached(root, out, strict, cache, docs, config)
        cache.prune("docx", loaded.cache_keys)
        cache.prune("pages", loaded.cache_keys)
    else:
        run_engine(root, out, strict, config)
    mkdocs_s = time.perf_counter() - start
    start = time.perf_counter()
    copy = cache.dir / "copy" if cache else work / name
    previous = None
    if cache:
        previous = cache.state("copy")
        cache.save_state("copy", {})     # an interrupted copy leaves no state that would trust it
    to_finish, state = make_offline(out, copy, day, os.environ.get("PLANSITE_SITE_URL"), previous)
    zipped, size = out / download.href, 0
    if zip_in_site:
        zipped.parent.mkdir(exist_ok=True)
        size = make_zip(copy, zipped, name, day, cache.dir / "zip" if cache else None)
        finish_online(out, to_finish, size)
    if cache:
        cache.save_state("copy", state)
    return Built(out, copy, day, BuildTimes(gen_s, mkdocs_s, time.perf_counter() - start, size))


def build_site(root: Path, site: Path, strict: bool = True, use_cache: bool = True) -> BuildTimes:
    """Load, generate, build with MkDocs into a temporary folder with the copy without network, then
    swap the site into place.

    The copy is made from the online pages, so the open-data page's size of it is a slot until the
    zip exists (a zip of the finished online site could not contain itself)."""
    root = Path(root).resolve()
    site = Path(site).resolve()
    work = Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent))
    try:
        start = time.perf_counter()
        cache = Cache(root) if use_cache else None
        with keeping_parses(cache.parses if cache else None):
            loaded = load_site(root, cache=cache)
        load_s = time.perf_counter() - start
        built = build_both(root, work, strict, loaded, cache=cache)
        replace_folder(built.site, site, cache.dir / SPARE if cache else None)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    built.times.generator_s += load_s
    return built.times


# ------------------------------------------------------------ offline copy
def data_date(root: Path, dates: dict[str, dt.date] | None = None) -> dt.date:
    """The date of the data a build holds: when a plan, indicator or progress file last changed."""
    dates = file_dates(root) if dates is None else dates
    return max(dates.values(), default=None) or as_of_date(root)


def one_plan_docs(root: Path, work: Path, project) -> tuple[Path, Path]:
    """A docs folder with the hand-written pages only, and an MkDocs config that builds from it: one
    plan's copy is rendered there, so docs/ (and a running `plansite serve`) are left as they are.
    The config names the site after that plan: mkdocs.yml's name and credit are the whole site's."""
    docs = root / "docs"
    owned = tuple(generated_tops(docs))
    dest = work / "docs"
    for path in sorted(docs.rglob("*")):
        rel = path.relative_to(docs).as_posix()
        if path.is_file() and not any(rel == top or rel.startswith(top + "/") for top in owned):
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest / rel)
    # The override sits beside mkdocs.yml: INHERIT and every relative path in it resolve from there.
    fd, config = tempfile.mkstemp(prefix=".plansite-offline-", suffix=".yml", dir=root)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        pl = project.plan
        f.write(yaml.safe_dump({"INHERIT": "mkdocs.yml", "docs_dir": str(dest), "site_name": f"{pl.place}: {pl.short_title}",
                                "site_description": pl.title, "copyright": ""}, allow_unicode=True))
    return dest, Path(config)


def build_offline_site(root: Path, dest: Path, strict: bool = True, plan: str | None = None) -> tuple[Path, float]:
    """`plansite build --offline --site DIR [--plan ID]`: the copy in DIR/ and DIR.zip beside it, both
    swapped in only when complete. With a plan, the copy holds that plan alone, at its root (a
    commune's office hands over its own plan). Returns (zip path, seconds)."""
    start = time.perf_counter()
    root = Path(root).resolve()
    dest = Path(dest).resolve()
    work = Path(tempfile.mkdtemp(prefix=".site-", dir=dest.parent))
    docs = config = None
    try:
        loaded = load_site(root, only=plan)
        if plan:
            docs, config = one_plan_docs(root, work, loaded.family.plans[plan])
        built = build_both(root, work, strict, loaded, docs, config, zip_in_site=False)
        zipped = work / f"{dest.name}.zip"
        make_zip(built.copy, zipped, dest.name, built.data_date)
        replace_folder(built.copy, dest)
        zipped.replace(dest.with_name(f"{dest.name}.zip"))
    finally:
        if config:
            config.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    return dest.with_name(f"{dest.name}.zip"), time.perf_counter() - start




# ------------------------------------------------------------------ CLI
def cmd_generate(args) -> int:
    n, changed, seconds = generate(args.root, Path(args.docs) if args.docs else None)
    print(T.GENERATED.vi.format(count=n, changed=changed, seconds=f"{seconds:.2f}"))
    return 0


def cmd_build(args) -> int:
    try:
        if args.offline:
            zipped, seconds = build_offline_site(args.root, Path(args.site), strict=not args.no_strict, plan=args.plan)
        else:
            times = build_site(args.root, Path(args.site), strict=not args.no_strict, use_cache=not args.no_cache)
    except (BuildError, OfflineError) as e:
        print(T.BUILD_FAILED.vi.format(site=args.site, error=e), file=sys.stderr)
        return 1
    if args.offline:
        print(T.BUILT_OFFLINE.vi.format(site=args.site, zip=zipped.name, size=size_text(zipped.stat().st_size),
                                        seconds=f"{seconds:.2f}"))
        return 0
    print(T.BUILT.vi.format(site=args.site, generator=f"{times.generator_s:.2f}", mkdocs=f"{times.mkdocs_s:.2f}",
                            offline=f"{times.offline_s:.2f}"))
    return 0


def cmd_serve(args) -> int:
    n, _, seconds = generate(args.root, cache=Cache(Path(args.root)))
    print(T.SERVING.vi.format(count=n, seconds=f"{seconds:.2f}"))
    # The mkdocs hook (generator/site/mkdocs_hooks.py) regenerates on every rebuild while serving, with
    # the cache; write_docs touches only the pages that changed, and --dirty re-renders only those.
    with effective_config(Path(args.root)) as config:
        return subprocess.call([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", args.addr,
                                "--config-file", str(config)], cwd=args.root)


def register(sub) -> None:
    p = sub.add_parser("generate", help=T.CLI_GENERATE.vi)
    p.add_argument("--docs", help=T.CLI_DOCS.vi)
    p.set_defaults(func=cmd_generate)
    p = sub.add_parser("build", help=T.CLI_BUILD.vi)
    p.add_argument("--site", default="site", help=T.CLI_SITE.vi)
    p.add_argument("--no-strict", action="store_true", help=T.CLI_NO_STRICT.vi)
    p.add_argument("--no-cache", action="store_true",
                   help=T.CLI_NO_CACHE(cache=CACHE_DIR)[0])
    p.add_argument("--offline", action="store_true",
                   help=T.CLI_OFFLINE.vi)
    p.add_argument("--plan", help=T.CLI_PLAN.vi)
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("serve", help=T.CLI_SERVE.vi)
    p.add_argument("--addr", default="127.0.0.1:8000")
    p.set_defaults(func=cmd_serve)
