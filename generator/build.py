"""Stage 5: publish. Write the generated Markdown and data into docs/, then
let MkDocs turn docs/ into site/.

The generator never needs MkDocs: `plansite generate` stops after docs/.
Nothing is written until the data has passed validation, and site/ is only
replaced once a complete new build exists beside it.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from .compute import compute
from .export import open_data_files
from .render import Renderer, Settings
from .search_index import INDEX_PATH, build_index, index_script, read_abbreviations
from .validate import load_project

ASSETS = Path(__file__).parent / "assets"
# Everything the generator owns inside docs/; hand-written pages live beside it.
GENERATED = ("index.md", "ke-hoach.md", "du-lieu.md", "bao-cao.md", "nhiem-vu", "chi-tieu", "co-quan", "data",
             "assets/plansite")


def read_settings(root: Path) -> Settings:
    """Site settings from mkdocs.yml (repo link, illustrative switch), read as plain data."""
    cfg = _mkdocs_config(root)
    extra = (cfg.get("extra") or {}).get("plansite") or {}
    show = extra.get("show_illustrative", True)
    if os.environ.get("PLANSITE_ILLUSTRATIVE") in ("0", "false", "no"):
        show = False
    return Settings(site_name=cfg.get("site_name", ""), repo_url=cfg.get("repo_url"),
                    repo_branch=extra.get("branch", "main"), show_illustrative=bool(show))


def _mkdocs_config(root: Path) -> dict:
    class _Lenient(yaml.SafeLoader):
        pass
    # mkdocs.yml may hold !!python/name tags for Markdown extensions: read them as plain strings.
    _Lenient.add_multi_constructor("", lambda loader, suffix, node: None)
    path = root / "mkdocs.yml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Lenient) if path.exists() else {}


def as_of_date(root: Path) -> dt.date:
    """The date a build speaks for: the last commit's date, so rebuilding a commit gives the same site."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), dt.timezone.utc).date()
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=root, capture_output=True, text=True,
                             timeout=10, check=True).stdout.strip()
        return dt.date.fromisoformat(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return dt.date.today()


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


def generated_files(root: Path, settings: Settings | None = None, as_of: dt.date | None = None) -> dict[str, bytes]:
    """Every file the generator writes under docs/, by relative path. Raises DataError on bad data."""
    root = Path(root)
    settings = settings or read_settings(root)
    project = load_project(root)
    if not settings.show_illustrative:
        project = project.without_illustrative()
    computed = compute(project, as_of or as_of_date(root))
    data = {f"data/{name}": text.encode("utf-8") for name, text in open_data_files(project).items()}
    sizes = {name[len("data/"):]: len(b) for name, b in data.items()}
    renderer = Renderer(computed, settings, sizes, file_dates(root))
    pages = renderer.pages()
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files.update(data)
    files[INDEX_PATH] = search_index(root, computed, pages)
    for asset in sorted(ASSETS.rglob("*")):
        if asset.is_file():
            files["assets/plansite/" + asset.relative_to(ASSETS).as_posix()] = asset.read_bytes()
    return files


def search_index(root: Path, computed, pages: dict[str, str]) -> bytes:
    """The search box's index: every plan's pages from their data, the hand-written pages from docs/."""
    docs = root / "docs"
    hand = {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))
            if p.relative_to(docs).as_posix() not in pages
            and not p.relative_to(docs).as_posix().startswith(tuple(t + "/" for t in GENERATED))}
    plans = [(computed.project.plan.short_title, computed, read_abbreviations(root))]
    return index_script(build_index(plans, {**pages, **hand}, set(hand)))


def write_docs(files: dict[str, bytes], docs: Path) -> int:
    """Write only what changed (so a watching server rebuilds little) and drop stale generated files."""
    changed = 0
    for rel, content in files.items():
        path = docs / rel
        if path.exists() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(content)
        tmp.replace(path)
        changed += 1
    for top in GENERATED:
        base = docs / top
        stale = [base] if base.is_file() else list(base.rglob("*")) if base.is_dir() else []
        for path in stale:
            if path.is_file() and path.relative_to(docs).as_posix() not in files:
                path.unlink()
                changed += 1
    return changed


def generate(root: Path, docs: Path | None = None) -> tuple[int, int, float]:
    """(files, changed, seconds) for writing the generated part of docs/."""
    start = time.perf_counter()
    root = Path(root)
    files = generated_files(root)
    changed = write_docs(files, docs or root / "docs")
    return len(files), changed, time.perf_counter() - start


def build_site(root: Path, site: Path, strict: bool = True) -> tuple[float, float]:
    """Generate, build with MkDocs into a temporary folder, then swap it into place.

    Returns (generator seconds, mkdocs seconds).
    """
    root = Path(root).resolve()
    site = Path(site).resolve()
    _, _, gen_seconds = generate(root)
    start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent))
    try:
        cmd = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean", "--site-dir", str(tmp),
               "--config-file", str(root / "mkdocs.yml")]
        if strict:
            cmd.append("--strict")
        result = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(result.stderr.strip() or result.stdout.strip())
        old = site.with_name(site.name + ".old")
        if site.exists():
            site.replace(old)
        tmp.replace(site)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return gen_seconds, time.perf_counter() - start


class BuildError(Exception):
    pass


# ------------------------------------------------------------------ CLI
def cmd_generate(args) -> int:
    n, changed, seconds = generate(args.root, Path(args.docs) if args.docs else None)
    print(f"Đã tạo {n} tệp trong docs/ ({changed} thay đổi) trong {seconds:.2f} giây.")
    return 0


def cmd_build(args) -> int:
    try:
        gen, mk = build_site(args.root, Path(args.site), strict=not args.no_strict)
    except BuildError as e:
        print(f"MkDocs báo lỗi; site/ cũ được giữ nguyên.\n{e}", file=sys.stderr)
        return 1
    print(f"Đã xây dựng trang trong {args.site}/: bộ tạo {gen:.2f} giây, MkDocs {mk:.2f} giây.")
    return 0


def cmd_serve(args) -> int:
    n, _, seconds = generate(args.root)
    print(f"Đã tạo {n} tệp ({seconds:.2f} giây). Sửa tệp YAML, trang sẽ tự cập nhật.")
    # The mkdocs hook (generator/mkdocs_hooks.py) regenerates on every rebuild while serving.
    return subprocess.call([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", args.addr,
                            "--config-file", str(Path(args.root) / "mkdocs.yml")], cwd=args.root)


def register(sub) -> None:
    p = sub.add_parser("generate", help="chỉ tạo trang Markdown và dữ liệu trong docs/ (không cần MkDocs)")
    p.add_argument("--docs", help="thư mục docs (mặc định docs/)")
    p.set_defaults(func=cmd_generate)
    p = sub.add_parser("build", help="kiểm tra, tạo trang và xây dựng trang tĩnh hoàn chỉnh")
    p.add_argument("--site", default="site", help="thư mục kết quả (mặc định site/)")
    p.add_argument("--no-strict", action="store_true", help="không coi cảnh báo MkDocs là lỗi")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("serve", help="tạo trang và chạy máy chủ xem trước, tự cập nhật khi sửa YAML")
    p.add_argument("--addr", default="127.0.0.1:8000")
    p.set_defaults(func=cmd_serve)
