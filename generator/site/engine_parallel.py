"""MkDocs on every core: its two passes over the pages shared out among forked processes.

MkDocs renders page after page in one process: the Markdown of every page first (all of them, so that
links and anchors between pages can be checked), then every page through the theme's template. At a
province's scale (100 plans, 19,000 pages) that is most of a build, on one core of a machine that has
two or more. Each page's two steps depend on that page alone (and on what MkDocs gathered before
them: files, nav, config), so a forked process can do a share of the pages with exactly the code
MkDocs would have run. The first process does its own share, then takes the others' results: the
Markdown pass sends back what MkDocs keeps of a page (content, table of contents, title, anchors,
links to anchors), the template pass writes its pages itself. What the shares log (a broken link) is
logged again in the first process, so `--strict` counts it. The site is byte-identical to MkDocs
alone (tests/site/test_engine_parallel.py).

Used only when it cannot change the result: a clean `build` (not `serve`, not `--dirty`), no plugin
but hooks, and no hook that acts on a page (a plugin may gather state from every page, e.g. a search
index, which a forked process would keep to itself), where fork exists (not Windows), with more than
one core. Otherwise MkDocs runs as it is. MkDocs 1.6 is its last release (unmaintained, pinned in
requirements/lock.txt): the two functions wrapped here will not move under us.
"""
from __future__ import annotations

import logging
import multiprocessing

from mkdocs.exceptions import BuildError

from generator.data.parallel import can_fork, cores

PAGE_EVENTS = ("on_pre_page", "on_page_read_source", "on_page_markdown", "on_page_content",
               "on_page_context", "on_post_page")

# What the forked processes start from: set in the first process just before it forks.
_shared: dict = {}


def install() -> None:
    from mkdocs.commands import build as mk
    populate, render = mk._populate_page, mk._build_page
    state: dict[str, set[str]] = {}

    def populate_page(page, config, files, dirty=False):
        if "populated" not in state and _may_share(config, dirty):
            state["populated"] = _share_out(_populate_share, dict(populate=populate, config=config, files=files),
                                            _documentation(files, config), _take_populated)
        if page.file.src_uri not in state.get("populated", ()):
            populate(page, config, files, dirty)

    def build_page(page, config, doc_files, nav, env, dirty=False, excluded=False):
        if "built" not in state and "populated" in state:
            state["built"] = _share_out(_build_share, dict(render=render, config=config, doc_files=doc_files,
                                                           nav=nav, env=env), list(doc_files), _take_built)
        if page.file.src_uri not in state.get("built", ()):
            render(page, config, doc_files, nav, env, dirty, excluded)

    mk._populate_page, mk._build_page = populate_page, build_page


def _may_share(config, dirty: bool) -> bool:
    hooks = config.hooks or {}
    only_hooks = set(config.plugins) <= set(hooks)
    quiet_hooks = not any(hasattr(hook, event) for hook in hooks.values() for event in PAGE_EVENTS)
    return not dirty and only_hooks and quiet_hooks and cores() > 1 and can_fork()


def _documentation(files, config) -> list:
    """The pages MkDocs' build loop would read, each with its Page made as that loop makes it."""
    from mkdocs.structure.files import InclusionLevel
    from mkdocs.structure.pages import Page
    pages = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
    for file in pages:
        if file.page is None and file.inclusion.is_not_in_nav():
            Page(None, file, config)
    return pages


def _share_out(work, shared: dict, files: list, take) -> set[str]:
    """Run work(files of share k) in k forked processes and this one; take() each share's result here.
    Shares are interleaved, so that each holds pages of every kind and size."""
    jobs = min(cores(), len(files))
    if jobs < 2:                                    # one page: nothing to share, MkDocs does it
        return set()
    shares = [files[k::jobs] for k in range(jobs)]
    _shared.clear()
    _shared.update(shared, shares=shares)
    with multiprocessing.get_context("fork").Pool(jobs - 1) as pool:
        pending = pool.map_async(_in_child(work), range(1, jobs))
        work(0)                                     # this process's share, as MkDocs would do it
        for k, (result, records, error) in enumerate(pending.get(), start=1):
            for name, level, message in records:   # a share's warnings count for --strict here too
                logging.getLogger(name).log(level, message)
            if error:
                raise BuildError(error)
            take(shares[k], result)
    _shared.clear()
    return {file.src_uri for file in files}


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


class _in_child:
    """work(k) in a forked process, with what MkDocs logs there kept to be logged in the first one."""
    def __init__(self, work):
        self.work = work

    def __call__(self, k: int):
        records = _Records()
        logger = logging.getLogger("mkdocs")
        logger.handlers = [records]
        logger.propagate = False
        try:
            return self.work(k), records.records, None
        except Exception as exc:   # noqa: BLE001 - MkDocs has logged which page; the first process says it
            return None, records.records, f"{type(exc).__name__}: {exc}"


def _populate_share(k: int) -> list[dict] | None:
    s = _shared
    out = []
    for file in s["shares"][k]:
        s["populate"](file.page, s["config"], s["files"], False)
        page = file.page
        links = {to.src_uri: anchors for to, anchors in (page.links_to_anchors or {}).items()}
        out.append(dict(markdown=page.markdown, meta=page.meta, content=page.content, toc=page.toc,
                        _title_from_render=page._title_from_render, present_anchor_ids=page.present_anchor_ids,
                        links_to_anchors=links if page.links_to_anchors is not None else None))
    return out if k else None


def _take_populated(files: list, results: list[dict]) -> None:
    by_uri = {f.src_uri: f for f in _shared["files"]}
    for file, fields in zip(files, results):
        links = fields.pop("links_to_anchors")
        if links is not None:
            links = {by_uri[uri]: anchors for uri, anchors in links.items()}
        for name, value in fields.items():
            setattr(file.page, name, value)
        file.page.links_to_anchors = links


def _build_share(k: int) -> None:
    s = _shared
    for file in s["shares"][k]:
        s["render"](file.page, s["config"], s["doc_files"], s["nav"], s["env"], False,
                    file.inclusion.is_excluded())


def _take_built(files: list, result: None) -> None:
    """A share's pages are written by the process that rendered them: nothing to take."""

