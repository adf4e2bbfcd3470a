"""Work shared out among forked processes, one per core: checking each plan, making each plan's pages
and documents, MkDocs' per-page passes (site/engine_parallel.py) are independent items of work.

Fork, not spawn: a forked process starts with everything the build has loaded (the family, the
computed plans, MkDocs' files and nav) without pickling it, and sends back only its results. Where
fork does not exist (Windows) or there is one core, the work runs here, one item after another.
PLANSITE_JOBS sets the number of processes (1: none forked), e.g. to compare with a serial build.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    if os.environ.get("PLANSITE_JOBS", "").isdigit():
        return max(1, int(os.environ["PLANSITE_JOBS"]))
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Fork exists here, and this process runs no other thread: a thread holding a lock (a logging
    handler's, say) when the process forks would hold it forever in the child. `plansite serve`
    regenerates beside its web server's threads, so it makes a plan's pages one after another."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


# The function and items forked processes work on: set just before they are forked.
_work: dict = {}


def _run(i: int):
    return _work["fn"](_work["items"][i])


def fork_map(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """[fn(item) for item in items], the items shared out among forked processes; results in order.
    fn's result must pickle (it comes back through a pipe)."""
    jobs = min(cores(), len(items))
    if jobs < 2 or not can_fork():
        return [fn(item) for item in items]
    _work.update(fn=fn, items=items)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            return pool.map(_run, range(len(items)), chunksize=1)
    finally:
        _work.clear()


def shares(items: Sequence[T]) -> list[list[T]]:
    """items dealt out into one share per core (interleaved, so each share holds large and small alike)."""
    n = min(cores(), len(items))
    return [list(items[k::n]) for k in range(n)]
