"""Every page's place on the site, in one object (datasette's url_builder idea).

`Urls(prefix)` names the Markdown file of each page of one plan; MkDocs turns
`a/b.md` into the URL `a/b/`. The plan that owns the site's root has prefix "",
every other plan lives under `<plan-id>/`, so a plan's pages keep their URLs
whatever other plans join the repository. Pages of the whole site (the methods
page, the staff guide, the list of plans) are written with a leading "/" and
resolved against the site root by `rel_url`.
"""
from __future__ import annotations

from generator.data.ids import page_name as slug   # noqa: F401  (the one home of an id's page name)


class Urls:
    def __init__(self, prefix: str = ""):
        assert prefix == "" or prefix.endswith("/")
        self.prefix = prefix

    # Pages of one plan, relative to the plan's folder.
    home = staticmethod(lambda: "index.md")
    plan = staticmethod(lambda: "ke-hoach.md")
    tasks = staticmethod(lambda: "nhiem-vu/index.md")
    indicators = staticmethod(lambda: "chi-tieu/index.md")
    agencies = staticmethod(lambda: "co-quan/index.md")
    open_data = staticmethod(lambda: "du-lieu.md")
    reporting = staticmethod(lambda: "bao-cao.md")

    @staticmethod
    def task(tid: str) -> str:
        return f"nhiem-vu/{slug(tid)}.md"

    @staticmethod
    def indicator(iid: str) -> str:
        return f"chi-tieu/{slug(iid)}.md"

    @staticmethod
    def group(gid: str) -> str:
        return f"chi-tieu/nhom-{slug(gid)}.md"

    @staticmethod
    def agency(aid: str) -> str:
        return f"co-quan/{aid}.md"

    @staticmethod
    def breakdowns() -> str:
        return "phan-to/index.md"

    @staticmethod
    def category(dim: str, cat: str) -> str:
        """A category's page: every indicator with a value for it (a commune, a group)."""
        return f"phan-to/{dim}/{cat}.md"

    @staticmethod
    def data(name: str) -> str:
        return f"data/{name}"

    # Pages of the whole site.
    @staticmethod
    def site(page: str) -> str:
        return "/" + page

    # The documents the site relies on, shared by every plan (a document may back claims of several).
    DOCUMENTS = "van-ban"

    @staticmethod
    def documents() -> str:
        return f"/{Urls.DOCUMENTS}/index.md"

    @staticmethod
    def document(doc_id: str) -> str:
        return f"/{Urls.DOCUMENTS}/{doc_id}.md"

    # The plan's own pages at its top level; any other top-level page (phuong-phap.md, the staff
    # guides) is hand-written and belongs to the whole site.
    PLAN_TOP = ("index.md", "ke-hoach.md", "du-lieu.md", "bao-cao.md")

    def of(self, path: str) -> str:
        """The file under docs/ for a plan page, or for a site page ('/…', or a hand-written top-level page)."""
        if path.startswith("/"):
            return path[1:]
        if "/" not in path and path.endswith(".md") and path not in self.PLAN_TOP:
            return path
        return self.prefix + path

    def pages(self) -> tuple[str, ...]:
        """The generated folders and files of one plan under docs/, for cleaning stale files."""
        return tuple(self.prefix + p for p in ("index.md", "ke-hoach.md", "du-lieu.md", "bao-cao.md", "bao-cao",
                                               "nhiem-vu", "chi-tieu", "co-quan", "phan-to", "data"))


def url_dir(md_path: str) -> str:
    """The directory URL MkDocs gives a Markdown file (use_directory_urls)."""
    stem = md_path[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def rel_url(from_md: str, to: str) -> str:
    """Relative URL from one page to another page (…md) or to a file, both relative to docs/.

    Built from path segments: posixpath.relpath consults the working directory on
    every call, and big plans make hundreds of thousands of links.
    """
    target = url_dir(to) if to.endswith(".md") else to
    here = [p for p in url_dir(from_md).split("/") if p]
    there = [p for p in target.split("/") if p]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    parts = [".."] * (len(here) - common) + there[common:]
    out = "/".join(parts) if parts else "."
    if to.endswith(".md"):
        out = "./" if out == "." else out + "/"
    return out


def rel_md(from_md: str, to: str) -> str:
    """Relative path from one page's Markdown file to another page's (…md) or a file, both relative
    to docs/: the form every engine resolves (MkDocs and Zensical turn it into the target's URL)
    and MkDocs checks (a target that is not there fails `--strict`)."""
    here = from_md.split("/")[:-1]
    there = to.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])
