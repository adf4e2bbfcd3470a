"""The site as a folder that opens from file:// (a shared drive, a USB stick, an attachment), and its zip.

Made by our own code from the online build's output, not by an engine plugin nor by a second
engine build: Material's `offline` plugin does part of this, but Zensical ignores plugins, and
whatever engine comes next, a folder of HTML with links that name files works from file:// in
every browser. The copy is the online site's HTML with a few rewrites, so it costs one pass over
the files instead of a second build (at 100 plans the second build was 60% of the build time):

1. Material's instant navigation is turned off in each page's theme config: it needs a server;
   from file:// Material ends its `document$` stream without a page event, so no page script would run.
2. What differs between the online site and the copy is rendered once, in both versions, as
   `<div data-ps-copy="online">` (the zip's link; its size is a slot filled in once the zip exists)
   and `<div data-ps-copy="offline">` (the copy's data date): each side keeps its own.
3. Every relative link to a folder is rewritten to that folder's index.html: from file:// a
   browser shows a folder as a file listing, not as the page.
4. What only a web server uses is left out (404 page, sitemap, source maps, the zip itself).
5. The folder is zipped reproducibly (sorted, fixed times), under a top folder named like the zip.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from generator.site import texts as T
from generator.site.files import link_or_copy, replace_bytes, walk
from generator.data.parallel import cores, fork_map, shares
from generator.text.numbers import format_number

# Where the online site keeps the zip, and how the zip (and its top folder) is named.
DOWNLOAD_DIR = "tai-ve"
ZIP_STEM = "ke-hoach-xem-khong-can-mang"
# Read-me at the top of the copy, for whoever unzips it and sees a dozen folders.
README_NAME = "DOC-TRUOC.txt"
SERVER_ONLY = ("404.html", "sitemap.xml", "sitemap.xml.gz")


# Where the zip's size goes on the online pages until the zip exists (it is made from those pages).
SIZE_SLOT = "@@plansite-offline-zip-size@@"


@dataclass(frozen=True)
class OfflineCopy:
    """What the open-data page says about the zip: where it sits in the site, its size, its data's date."""
    href: str                 # path inside the online site, e.g. tai-ve/….zip
    size: int | None          # bytes; None while the zip is still to be made (the pages carry SIZE_SLOT)
    data_date: dt.date

    @property
    def size_text(self) -> str:
        return SIZE_SLOT if self.size is None else size_text(self.size)


def size_text(n: int) -> str:
    return f"{format_number(n / 1024 / 1024, 1)} MB"


def zip_name(data_date: dt.date) -> str:
    """Dated, so copies kept side by side on a shared drive say which data they hold."""
    return f"{ZIP_STEM}-{data_date.isoformat()}"


# A link or resource in the engine's HTML output: attribute values are double-quoted there.
_LINK = re.compile(r'(?<=\s)(href|src)="([^"]*)"')
_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")
# Material's theme config in every page, and the features in it that need a server.
_CONFIG = re.compile(r'(<script id="__config" type="application/json">.*?"features": )(\[[^\]]*\])', re.S)
_COPY_BLOCK = {side: re.compile(rf'<div data-ps-copy="{side}">.*?</div>\n?', re.S) for side in ("online", "offline")}


def _file_links(text: str, page: str, files: set[str], broken: list[tuple[str, str]]) -> str:
    """`page`'s HTML with every relative link to a folder pointing at its index.html (page and
    files: normalized paths in the copy). Links that lead nowhere, or absolute paths (which from
    file:// mean the root of the disk), are added to `broken`."""
    here = os.path.dirname(page)

    def fix(m: re.Match) -> str:
        attr, url = m.groups()
        if not url or url.startswith(("#", "?")) or _EXTERNAL.match(url):
            return m.group(0)
        path, rest = re.match(r"([^?#]*)(.*)", url, re.S).groups()
        if path.startswith("/"):
            broken.append((page, url))
            return m.group(0)
        target = os.path.normpath(os.path.join(here, unquote(path)))
        if os.path.normpath(os.path.join(target, "index.html")) in files:
            path = path.rstrip("/") + "/index.html" if path.rstrip("/") else "index.html"
        elif target not in files:
            broken.append((page, url))
        return f'{attr}="{path}{rest}"'

    return _LINK.sub(fix, text)


def link_files(folder: Path) -> list[tuple[str, str]]:
    """Point every relative link in folder's pages at a file: `../ke-hoach/` → `../ke-hoach/index.html`,
    `../..` → `../../index.html`. Returns (page, link) for links that lead to nothing in the folder
    or that are absolute paths."""
    broken: list[tuple[str, str]] = []
    files = {os.path.normpath(p.relative_to(folder).as_posix()) for p in folder.rglob("*") if p.is_file()}
    for page in sorted(folder.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        new = _file_links(text, page.relative_to(folder).as_posix(), files, broken)
        if new != text:
            page.write_text(new, encoding="utf-8")
    return broken


def without_instant_navigation(html: str) -> str:
    """The page with Material's navigation.instant (and its sub-features) left out of its theme config."""
    def drop(m: re.Match) -> str:
        features = [f for f in json.loads(m.group(2)) if not f.startswith("navigation.instant")]
        return m.group(1) + json.dumps(features)
    return _CONFIG.sub(drop, html, count=1)


def offline_page(html: str, page: str, files: set[str], broken: list[tuple[str, str]]) -> str:
    """An online page as it is in the copy."""
    html = _COPY_BLOCK["online"].sub("", html)
    return _file_links(without_instant_navigation(html), page, files, broken)


def _server_only(rel: str) -> bool:
    return rel in SERVER_ONLY or rel.endswith(".map") or rel.startswith(DOWNLOAD_DIR + "/")


def copy_for_offline(site: Path, folder: Path, previous: dict | None = None) -> tuple[list[str], dict]:
    """Make the copy in `folder` from the online build in `site`. Returns the online pages that hold a
    copy block (finish_online completes them once the zip's size is known) and the state a next call
    can take as `previous`: when `folder` holds the copy made from an earlier build with the same
    files, only the files whose stamp (size, time) changed are made again. Raises OfflineError."""
    found = walk(site)
    files = sorted(rel for rel in found if not _server_only(rel))
    key = hashlib.sha256("\n".join(files).encode("utf-8")).hexdigest()
    previous = previous if previous and previous.get("key") == key and folder.is_dir() else None
    if previous is None:
        shutil.rmtree(folder, ignore_errors=True)
    old = previous["stamps"] if previous else {}
    blocks = set(previous["blocks"]) if previous else set()
    known = {os.path.normpath(f) for f in files}
    stamps = {}
    pages = []
    for rel in files:
        src, dest = site / rel, folder / rel
        stamps[rel] = [found[rel].st_size, found[rel].st_mtime_ns]
        if old.get(rel) == stamps[rel]:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.unlink(missing_ok=True)       # never write through a link into the online site
        if rel.endswith(".html"):
            pages.append(rel)
        else:
            link_or_copy(src, dest)        # shared unchanged with the online site

    def rewrite(share: list[str]) -> tuple[list[tuple[str, bool]], list[tuple[str, str]]]:
        has_block, broken = [], []
        for rel in share:
            html = (site / rel).read_text(encoding="utf-8")
            has_block.append((rel, "data-ps-copy=" in html))
            (folder / rel).write_text(offline_page(html, rel, known, broken), encoding="utf-8")
        return has_block, broken

    broken: list[tuple[str, str]] = []
    for has_block, share_broken in fork_map(rewrite, shares(pages)):
        for rel, holds in has_block:
            (blocks.add if holds else blocks.discard)(rel)
        broken += share_broken
    broken.sort()
    if broken:
        lines = "\n".join(f"  {page}: {url}" for page, url in broken[:20])
        raise OfflineError(T.OFFLINE_BROKEN_LINKS(count=len(broken), lines=lines)[0])
    return sorted(blocks), {"key": key, "stamps": stamps, "blocks": sorted(blocks)}


def finish_online(site: Path, pages: list[str], zip_size: int) -> None:
    """The online pages that hold a copy block: the copy's own note out, the zip's size in."""
    for rel in pages:
        html = (site / rel).read_text(encoding="utf-8")
        html = _COPY_BLOCK["offline"].sub("", html).replace(SIZE_SLOT, size_text(zip_size))
        replace_bytes(site / rel, html.encode("utf-8"))   # the page is linked from the cache (files.py)


def write_readme(folder: Path, data_date: dt.date, site_url: str | None) -> None:
    online = T.README_ONLINE(url=site_url)[0] if site_url else ""
    text = T.README(date=data_date.strftime('%d/%m/%Y'))[0] + online
    # A BOM so that old Notepad versions show the Vietnamese letters.
    (folder / README_NAME).write_text("\ufeff" + text.replace("\n", "\r\n"), encoding="utf-8")


def make_zip(folder: Path, dest: Path, top: str, when: dt.date, cache: Path | None = None) -> int:
    """Zip `folder` as `top/…` into `dest` (written beside, then moved into place). Same input, same bytes.

    Written by hand (the format is small) so that a rebuild can take each unchanged file's deflated
    bytes from the zip it made last time (kept in `cache` as LAST_ZIP, a hard link to the published
    one): deflating is most of the copy's time, and a rebuild after one changed report changes a
    few dozen of its files. A file whose stamp (size, time, inode: the copy writes a changed file
    anew) is the one zipped last time is not even read; its checksum and where its bytes lie in the
    last zip are in ZIP_INDEX. With or without the cache, the bytes are the same."""
    date = (max(when.year, 1980) - 1980) << 9 | when.month << 5 | when.day
    tmp = dest.with_name(dest.name + ".tmp")
    central: list[bytes] = []
    found = walk(folder)
    index = _zip_index(cache)
    kept: dict[str, list] = {}
    with contextlib.ExitStack() as stack:
        last = stack.enter_context(open(cache / LAST_ZIP, "rb")) if index else None

        def entry(rel: str) -> tuple[str, list[int], int, bytes]:
            st = found[rel]
            stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
            known = index.get(rel)
            if known and known[0] == stamp:
                _, crc, offset, length = known
                return rel, stamp, crc, os.pread(last.fileno(), length, offset)
            data = (folder / rel).read_bytes()
            z = zlib.compressobj(ZIP_LEVEL, zlib.DEFLATED, -15)
            return rel, stamp, zlib.crc32(data), z.compress(data) + z.flush()

        def entries(rels: list[str]):
            """In order. zlib lets go of the interpreter while it deflates, so one thread per core
            deflates at once; a batch at a time, never the whole copy in memory."""
            batch = 32 * cores()
            with ThreadPoolExecutor(cores()) as pool:
                for start in range(0, len(rels), batch):
                    yield from pool.map(entry, rels[start:start + batch])

        with open(tmp, "wb") as out:
            for rel, stamp, crc, packed in entries(sorted(found)):
                name = f"{top}/{rel}".encode("utf-8")
                fields = (20, 0x800, 8, 0, date, crc, len(packed), stamp[0], len(name), 0)
                offset = out.tell()
                out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields) + name)
                kept[rel] = [stamp, crc, out.tell(), len(packed)]
                out.write(packed)
                central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 0x0314, *fields, 0, 0, 0, 0o644 << 16, offset) + name)
            start = out.tell()
            if len(central) > 0xFFFF or start > 0xFFFFFFFF:
                raise OfflineError(T.OFFLINE_TOO_BIG(files=len(central), size=size_text(start))[0])
            out.write(b"".join(central))
            out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), out.tell() - start, start, 0))
    tmp.replace(dest)
    if cache is not None:
        shutil.rmtree(cache, ignore_errors=True)          # no index that could name another zip's bytes
        cache.mkdir(parents=True)
        link_or_copy(dest, cache / LAST_ZIP)
        replace_bytes(cache / ZIP_INDEX, json.dumps(kept, sort_keys=True).encode("utf-8"))
    return dest.stat().st_size


# zlib's own default: level 9 deflated the copy's pages 0.14 % smaller for 27 % more time (10 plans).
ZIP_LEVEL = 6

# In the zip cache: the last zip made, and by file of the copy [stamp, checksum, offset of its
# deflated bytes in that zip, their length].
LAST_ZIP, ZIP_INDEX = "last.zip", "index.json"


def _zip_index(cache: Path | None) -> dict[str, list]:
    try:
        return json.loads((cache / ZIP_INDEX).read_text(encoding="utf-8")) if cache and (cache / LAST_ZIP).is_file() else {}
    except (OSError, ValueError):
        return {}


def make_offline(site: Path, folder: Path, data_date: dt.date, site_url: str | None,
                 previous: dict | None = None) -> tuple[list[str], dict]:
    """The copy that works from file://, in `folder`, from the online build in `site`: the online
    pages still to finish (finish_online) and the state for a next build (copy_for_offline)."""
    with_blocks, state = copy_for_offline(site, folder, previous)
    write_readme(folder, data_date, site_url)
    return with_blocks, state


def replace_folder(new: Path, dest: Path, keep_old: Path | None = None) -> None:
    """Swap a complete new folder into place; the old one goes only once the new one is there
    (into `keep_old` when given, for the next build to update rather than copy; else deleted)."""
    old = dest.with_name(dest.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        dest.replace(old)
    new.replace(dest)
    if keep_old is not None and old.exists():
        shutil.rmtree(keep_old, ignore_errors=True)
        try:
            old.replace(keep_old)
            return
        except OSError:                    # on another disk: not worth a copy
            pass
    shutil.rmtree(old, ignore_errors=True)


class OfflineError(Exception):
    pass
