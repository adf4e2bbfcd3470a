"""fork_map: the items shared out among forked processes, the results in the items' order."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from generator.data.parallel import fork_map, shares

ROOT = Path(__file__).resolve().parents[2]


def test_results_come_back_in_order_from_other_processes():
    """In a fresh process: a test runner's own threads (pytest-xdist) would keep fork_map from forking."""
    code = ("import os\n"
            "from generator.data.parallel import fork_map\n"
            "results = fork_map(lambda n: (n * n, os.getpid()), list(range(12)))\n"
            "print([square for square, _ in results] == [n * n for n in range(12)],\n"
            "      os.getpid() not in {pid for _, pid in results})\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PLANSITE_JOBS": "3"})
    assert done.stdout.split() == ["True", "True"], done.stderr   # in order, and done in forked processes


def test_beside_another_thread_the_work_stays_in_this_process(monkeypatch):
    monkeypatch.setenv("PLANSITE_JOBS", "3")
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert {pid for pid in fork_map(lambda _: os.getpid(), [1, 2, 3])} == {os.getpid()}
    finally:
        stop.set()
        server.join()


def test_an_error_in_a_forked_process_is_raised_here(monkeypatch):
    monkeypatch.setenv("PLANSITE_JOBS", "2")

    def fail(n):
        if n == 3:
            raise ValueError("item 3")
        return n
    with pytest.raises(ValueError, match="item 3"):
        fork_map(fail, [1, 2, 3, 4])


def test_shares_deal_every_item_once(monkeypatch):
    monkeypatch.setenv("PLANSITE_JOBS", "3")
    dealt = shares(list(range(10)))
    assert len(dealt) == 3 and sorted(sum(dealt, [])) == list(range(10))
