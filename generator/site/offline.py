"""The site as a folder that opens from file:// (a shared drive, a USB stick, an attachment), and its zip.

Made by our own code from the pages the generator already wrote, not by an engine plugin:
Material's `offline` plugin does part of this, but Zensical ignores plugins, and whatever engine
comes next, a folder of HTML with links that name files works from file:// in every browser.

1. The engine builds once more with one override: Material's instant navigation off. It needs a
   server; from file:// Material ends its `document$` stream without a page event, so no page
   script would run.
2. Every relative link to a folder is rewritten to that folder's index.html: from file:// a
   browser shows a folder as a file listing, not as the page.
3. What only a web server uses is left out (404 page, sitemap, source maps).
4. The folder is zipped reproducibly (sorted, fixed times), under a top folder named like the zip.

The online build places that zip in the site and the open-data page links it (see build.py).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from generator.text.numbers import format_number

# Where the online site keeps the zip, and how the zip (and its top folder) is named.
DOWNLOAD_DIR = "tai-ve"
ZIP_STEM = "ke-hoach-xem-khong-can-mang"
# Read-me at the top of the copy, for whoever unzips it and sees a dozen folders.
README_NAME = "DOC-TRUOC.txt"
SERVER_ONLY = ("404.html", "sitemap.xml", "sitemap.xml.gz")


@dataclass(frozen=True)
class OfflineCopy:
    """What the open-data page says about the zip: where it sits in the site, its size, its data's date."""
    href: str                 # path inside the online site, e.g. tai-ve/….zip
    size: int                 # bytes
    data_date: dt.date

    @property
    def size_text(self) -> str:
        return size_text(self.size)


def size_text(n: int) -> str:
    return f"{format_number(n / 1024 / 1024, 1)} MB"


def zip_name(data_date: dt.date) -> str:
    """Dated, so copies kept side by side on a shared drive say which data they hold."""
    return f"{ZIP_STEM}-{data_date.isoformat()}"


def engine_override(mkdocs_config: dict) -> dict:
    """What the copy's build changes in mkdocs.yml: instant navigation (and its sub-features) off."""
    theme = mkdocs_config.get("theme") or {}
    features = [f for f in theme.get("features") or [] if not str(f).startswith("navigation.instant")]
    return {"theme": {"features": features}}


# A link or resource in the engine's HTML output: attribute values are double-quoted there.
_LINK = re.compile(r'(?<=\s)(href|src)="([^"]*)"')
_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")


def link_files(folder: Path) -> list[tuple[str, str]]:
    """Point every relative link at a file: `../ke-hoach/` → `../ke-hoach/index.html`, `../..` →
    `../../index.html`. Returns (page, link) for links that lead to nothing in the folder or that
    are absolute paths (which from file:// mean the root of the disk)."""
    broken: list[tuple[str, str]] = []
    files = {os.path.normpath(p) for p in map(str, folder.rglob("*")) if os.path.isfile(p)}   # one stat each
    for page in sorted(folder.rglob("*.html")):
        rel_page = page.relative_to(folder).as_posix()

        def fix(m: re.Match) -> str:
            attr, url = m.groups()
            if not url or url.startswith(("#", "?")) or _EXTERNAL.match(url):
                return m.group(0)
            path, rest = re.match(r"([^?#]*)(.*)", url, re.S).groups()
            if path.startswith("/"):
                broken.append((rel_page, url))
                return m.group(0)
            target = os.path.normpath(os.path.join(page.parent, unquote(path)))
            if os.path.join(target, "index.html") in files:
                path = path.rstrip("/") + "/index.html" if path.rstrip("/") else "index.html"
            elif target not in files:
                broken.append((rel_page, url))
            return f'{attr}="{path}{rest}"'

        text = page.read_text(encoding="utf-8")
        new = _LINK.sub(fix, text)
        if new != text:
            page.write_text(new, encoding="utf-8")
    return broken


def drop_server_only(folder: Path) -> None:
    for name in SERVER_ONLY:
        (folder / name).unlink(missing_ok=True)
    for source_map in folder.rglob("*.map"):
        source_map.unlink()


def write_readme(folder: Path, data_date: dt.date, site_url: str | None) -> None:
    online = f"\nBản trực tuyến, luôn mới nhất: {site_url}\n" if site_url else ""
    text = (f"Trang kế hoạch — bản xem không cần mạng (dữ liệu đến ngày {data_date.strftime('%d/%m/%Y')})\n\n"
            "Mở tệp index.html trong thư mục này bằng trình duyệt (Chrome, Edge, Firefox, Cốc Cốc):\n"
            "bấm đúp vào tệp, hoặc kéo tệp vào cửa sổ trình duyệt. Không cần Internet, không cần máy chủ.\n"
            "Giữ nguyên cả thư mục khi sao chép (ổ mạng chung, USB): các trang dùng các tệp bên cạnh.\n"
            + online)
    # A BOM so that old Notepad versions show the Vietnamese letters.
    (folder / README_NAME).write_text("\ufeff" + text.replace("\n", "\r\n"), encoding="utf-8")


def make_zip(folder: Path, dest: Path, top: str, when: dt.date) -> int:
    """Zip `folder` as `top/…` into `dest` (written beside, then moved into place). Same input, same bytes."""
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    tmp = dest.with_name(dest.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes(), compresslevel=9)
    tmp.replace(dest)
    return dest.stat().st_size


def make_offline(folder: Path, data_date: dt.date, site_url: str | None) -> None:
    """Turn an engine build (made with engine_override) into a copy that works from file://, in place."""
    drop_server_only(folder)
    broken = link_files(folder)
    if broken:
        lines = "\n".join(f"  {page}: {url}" for page, url in broken[:20])
        raise OfflineError(f"{len(broken)} liên kết không dẫn tới tệp nào trong bản không cần mạng:\n{lines}")
    write_readme(folder, data_date, site_url)


def replace_folder(new: Path, dest: Path) -> None:
    """Swap a complete new folder into place; the old one goes only once the new one is there."""
    old = dest.with_name(dest.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        dest.replace(old)
    new.replace(dest)
    shutil.rmtree(old, ignore_errors=True)


class OfflineError(Exception):
    pass
