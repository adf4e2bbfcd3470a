"""The pages every site gets from the engine: how progress is judged, how to report, how to record a
change of body, how to import a plan, how to write the yearly report.

They live in the package (pages/), so a site made by `plansite init` shows the version of the engine it
is pinned to and an upgrade brings the new text; the site repository only keeps what is its own (home
text, about page). A site that writes its own page of the same name in docs/ keeps it: the engine's
own repository does for the plan it ships, whose pages give examples from that plan.

A page the engine wrote into docs/ says so in its front matter, so the next build knows it may
replace it, and remove it once the engine no longer ships it.
"""
from __future__ import annotations

from pathlib import Path

PAGES_DIR = Path(__file__).parent / "pages"
MARK = "plansite_engine_page: true"


def _is_engine_page(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")[:400]
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("---\n") and MARK in head.split("\n---", 1)[0]


def engine_pages(docs: Path) -> dict[str, str]:
    """The engine's pages this site shows, by path under docs/: every packaged page the site has not
    written itself."""
    pages = {}
    for page in sorted(PAGES_DIR.glob("*.md")):
        target = Path(docs) / page.name
        if target.exists() and not _is_engine_page(target):
            continue
        text = page.read_text(encoding="utf-8")
        if not (text.startswith("---\n") and MARK in text.split("\n---", 1)[0]):
            raise ValueError(f"{page}: an engine page's front matter must carry '{MARK}'")
        pages[page.name] = text
    return pages


def written_engine_pages(docs: Path) -> list[str]:
    """Pages in docs/ that an earlier build wrote from the engine (so this build owns them)."""
    return [p.name for p in sorted(Path(docs).glob("*.md")) if _is_engine_page(p)]
