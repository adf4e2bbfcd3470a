"""`plansite init DIR --name NAME`: a locality's own site repository, with the engine as a pinned dependency.

The new repository holds the locality's data and pages only. The engine (this package: templates, theme,
scripts, schemas and the engine's own pages) is installed from requirements/engine.txt, one line that pins
it by hash: a wheel with its sha256, or a git repository at a commit. `plansite upgrade-engine REF`
rewrites that line and nothing else, so an engine upgrade never touches the data.

What the files say lives in generator/staff/newsite_files/ (templates); this module decides where
the engine comes from and writes them.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

FILES = Path(__file__).parent / "newsite_files"
ENGINE_PIN = Path("requirements/engine.txt")
ENGINE_CHECKOUT = Path(__file__).resolve().parent.parent.parent   # this engine's repository, when run from one
_SHA = re.compile(r"^[0-9a-f]{40}$")


class InitError(Exception):
    """A reason init or upgrade-engine cannot go on; nothing has been written."""


# ------------------------------------------------------------ the engine pin
def _git(repo: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                              check=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError) as e:
        raise InitError(f"{repo}: không đọc được kho git ({e}).") from e


def _pin_checkout(repo: Path) -> str:
    """This engine's repository at its current commit: the public address when it has one (origin)."""
    repo = repo.resolve()
    if not (repo / "generator" / "cli.py").exists() or not (repo / "pyproject.toml").exists():
        raise InitError(f"{repo}: không phải thư mục mã nguồn của plansite (thiếu generator/cli.py, pyproject.toml).")
    commit = _git(repo, "rev-parse", "HEAD")
    if _git(repo, "status", "--porcelain", "--untracked-files=no", "--", "generator", "pyproject.toml"):
        print(f"Lưu ý: {repo} có thay đổi chưa commit; trang mới dùng bản đã commit {commit[:12]}.", file=sys.stderr)
    try:
        origin = _git(repo, "remote", "get-url", "origin")
    except InitError:
        origin = ""
    return _git_line(origin if origin.startswith("https://") else repo.as_uri(), commit)


def _git_line(url: str, commit: str) -> str:
    """A requirement line for a git repository at a commit. pip's older URL check refuses file:// in the
    `name @ url` form (no host), so a local repository is written in the form pip has always read."""
    if url.startswith("file:"):
        return f"git+{url}@{commit}#egg=plansite"
    return f"plansite @ git+{url}@{commit}"


def _pin_wheel(wheel: Path) -> str:
    if not wheel.is_file() or not wheel.name.startswith("plansite-"):
        raise InitError(f"{wheel}: không phải tệp wheel của plansite (plansite-….whl).")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    return f"plansite @ {wheel.resolve().as_uri()}#sha256={digest}"


def _pin_git(url: str) -> str:
    base, _, commit = url.split("#", 1)[0].removeprefix("git+").rpartition("@")
    if not base or not _SHA.match(commit):
        raise InitError(f"{url}: địa chỉ git phải kèm mã commit đầy đủ (40 ký tự), ví dụ "
                        f"git+https://github.com/<chủ>/<kho>@<mã commit>, để phiên bản được ghim.")
    return _git_line(base, commit)


def _pin_installed() -> str:
    """Where the running engine was installed from (PEP 610), when it is not a checkout."""
    try:
        direct = json.loads(metadata.distribution("plansite").read_text("direct_url.json") or "null")
    except metadata.PackageNotFoundError:
        direct = None
    if direct and "vcs_info" in direct:
        return _git_line(direct["url"], direct["vcs_info"]["commit_id"])
    if direct and (direct.get("archive_info") or {}).get("hashes", {}).get("sha256"):
        return f"plansite @ {direct['url']}#sha256={direct['archive_info']['hashes']['sha256']}"
    raise InitError("Không xác định được bộ máy đang chạy được cài từ đâu; hãy ghi rõ --engine "
                    "(thư mục mã nguồn, tệp .whl hoặc git+URL@commit).")


def engine_pin(ref: str | None) -> str:
    """The requirement line that installs exactly this engine: ref is a checkout, a wheel, a git URL, or
    None for the engine that runs this command."""
    if ref is None:
        return _pin_checkout(ENGINE_CHECKOUT) if (ENGINE_CHECKOUT / ".git").exists() else _pin_installed()
    if ref.startswith(("git+", "https://", "ssh://")):
        return _pin_git(ref)
    path = Path(ref)
    if path.is_dir():
        return _pin_checkout(path)
    if path.suffix == ".whl":
        return _pin_wheel(path)
    raise InitError(f"{ref}: --engine phải là thư mục mã nguồn plansite, tệp .whl, hoặc git+URL@commit.")


def write_pin(root: Path, pin: str) -> Path:
    path = root / ENGINE_PIN
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Bộ máy plansite, ghim theo mã băm (wheel) hoặc mã commit (git). Nâng cấp: "
                    "make upgrade ENGINE=…\n" + pin + "\n", encoding="utf-8")
    return path


def read_pin(root: Path) -> str | None:
    path = root / ENGINE_PIN
    if not path.exists():
        return None
    return next((line for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")), None)


# ------------------------------------------------------------ the site's files
def site_files(name: str, short_name: str, contact: str | None, root_plan: str | None) -> dict[str, str]:
    """Every file of a new site repository but the engine pin, by path. Files ending .j2 are filled in
    (mkdocs.yml, README, the about page); the rest (workflows, Makefile, test) are copied as they are."""
    env = Environment(loader=FileSystemLoader(FILES), undefined=StrictUndefined, keep_trailing_newline=True,
                      autoescape=False)
    env.filters["yaml_str"] = lambda text: json.dumps(text, ensure_ascii=False)   # a JSON string is YAML too
    values = {"name": name, "short_name": short_name, "contact": contact, "root_plan": root_plan}
    files = {}
    for template in sorted(FILES.rglob("*")):
        if template.is_file() and "__pycache__" not in template.parts:   # pip byte-compiles the test it ships
            rel = template.relative_to(FILES).as_posix()
            # Stored as dot-github/, dot-gitignore: dot-files inside the package would be left out of the wheel.
            target = "/".join("." + part[4:] if part.startswith("dot-") else part
                              for part in rel.removesuffix(".j2").split("/"))
            files[target] = env.get_template(rel).render(**values) if rel.endswith(".j2") else template.read_text(encoding="utf-8")
    return files


def init_site(root: Path, name: str, short_name: str | None = None, contact: str | None = None,
              engine: str | None = None) -> list[Path]:
    """Write a new site repository into root (which must not exist or be empty). Returns the files written."""
    root = Path(root)
    if root.exists() and any(root.iterdir()):
        raise InitError(f"{root}: thư mục đã có nội dung; hãy chọn một thư mục mới (init không ghi đè gì).")
    if not name.strip():
        raise InitError("--name không được để trống: đó là tên cơ quan, địa phương hiện trên trang.")
    pin = engine_pin(engine)
    written = []
    for rel, text in site_files(name.strip(), (short_name or name).strip(), contact, None).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    written.append(write_pin(root, pin))
    return written


def set_root_plan(root: Path, plan_id: str) -> None:
    """Point mkdocs.yml's root_plan at plan_id (the line init wrote)."""
    path = Path(root) / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(r"(?m)^(\s*)root_plan: .*$", lambda m: f"{m.group(1)}root_plan: {plan_id}", text, count=1)
    if n != 1:
        raise InitError(f"{path}: không tìm thấy dòng root_plan để ghi kế hoạch '{plan_id}'.")
    path.write_text(new, encoding="utf-8")


# ------------------------------------------------------------------ CLI
def cmd_init(args) -> int:
    root = Path(args.dir)
    try:
        written = init_site(root, args.name, args.short_name, args.contact, args.engine)
    except InitError as e:
        print(f"{e}\nChưa có gì được ghi.", file=sys.stderr)
        return 1
    print(f"Đã tạo trang mới trong {root}/ ({len(written)} tệp); bộ máy: {read_pin(root)}")
    if args.from_doc:
        from generator.documents.import_plan import cmd_import_plan
        plan_id = args.id or _slug(Path(args.from_doc).stem)
        sub = argparse.Namespace(root=root, document=args.from_doc, id=plan_id, lang=args.lang, format=args.format)
        if cmd_import_plan(sub) != 0:
            print(f"Trang mới đã được tạo trong {root}/ nhưng chưa nhập được kế hoạch; sửa theo lời nhắn trên rồi "
                  f"chạy: cd {root} && plansite import-plan {args.from_doc} --id {plan_id}", file=sys.stderr)
            return 1
        set_root_plan(root, plan_id)
        print(f"Kế hoạch '{plan_id}' là kế hoạch chính của trang (root_plan trong mkdocs.yml).")
    print(f"Tiếp theo: cd {root} && make serve   (xem trang)   ·   make test   (kiểm tra dữ liệu và xây dựng trang)")
    return 0


def cmd_upgrade_engine(args) -> int:
    root = Path(args.root)
    old = read_pin(root)
    if old is None:
        print(f"{root / ENGINE_PIN}: không có; lệnh này dùng trong kho của một trang tạo bằng plansite init.",
              file=sys.stderr)
        return 1
    try:
        new = engine_pin(args.ref)
    except InitError as e:
        print(f"{e}\nChưa có gì được ghi.", file=sys.stderr)
        return 1
    write_pin(root, new)
    print(f"Bộ máy: {old}\n     → {new}\nChỉ {ENGINE_PIN} thay đổi; chạy make test để cài bản mới và kiểm tra.")
    return 0


def _slug(text: str) -> str:
    import unicodedata
    ascii_text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(ch for ch in ascii_text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "ke-hoach"


def register(sub) -> None:
    p = sub.add_parser("init", help="tạo kho dữ liệu cho trang của một địa phương mới (bộ máy là phụ thuộc được ghim)")
    p.add_argument("dir", help="thư mục mới cho kho của trang")
    p.add_argument("--name", required=True, help="tên đầy đủ, ví dụ “Ủy ban nhân dân xã …”")
    p.add_argument("--short-name", help="tên ngắn hiện ở đầu trang (mặc định: --name)")
    p.add_argument("--contact", help="nơi nhận góp ý (cơ quan, địa chỉ thư), hiện ở trang Giới thiệu")
    p.add_argument("--engine", help="bộ máy: thư mục mã nguồn plansite, tệp .whl, hoặc git+URL@commit "
                                    "(mặc định: bộ máy đang chạy lệnh này, tại commit hiện tại)")
    p.add_argument("--from", dest="from_doc", metavar="PLAN.docx", help="nhập luôn kế hoạch từ văn bản (.docx, .txt)")
    p.add_argument("--id", help="mã kế hoạch khi dùng --from (mặc định: theo tên tệp)")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("upgrade-engine", help="đổi phiên bản bộ máy của trang (chỉ sửa requirements/engine.txt)")
    p.add_argument("ref", help="thư mục mã nguồn plansite, tệp .whl, hoặc git+URL@commit")
    p.set_defaults(func=cmd_upgrade_engine)
