"""Headless Firefox for the browser tests, driven over WebDriver BiDi (built into Firefox), no geckodriver.

Debian ships firefox-esr but no geckodriver, and geckodriver's other sources download a binary at
install time. Firefox itself speaks WebDriver BiDi on --remote-debugging-port; the few commands the
tests need (navigate, evaluate a script, read console errors and requests) are a websocket away.
websocket-client comes with selenium (a test dependency).
"""
from __future__ import annotations

import itertools
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time

FIREFOX_CANDIDATES = ("/usr/bin/firefox-esr", "/usr/bin/firefox")


def firefox_binary() -> str | None:
    for path in FIREFOX_CANDIDATES:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _value(remote: dict):
    """A BiDi remote value as plain Python (what the tests evaluate returns: JSON-like data)."""
    kind, value = remote.get("type"), remote.get("value")
    if kind in ("undefined", "null"):
        return None
    if kind == "array":
        return [_value(v) for v in value]
    if kind == "object":
        return {k if isinstance(k, str) else _value(k): _value(v) for k, v in value}
    if kind == "number" and isinstance(value, str):   # NaN, Infinity, -0
        return float(value.replace("Infinity", "inf"))
    return value


class Firefox:
    """One headless Firefox with a fresh profile; `evaluate` runs JavaScript in the page and returns its value."""

    def __init__(self):
        import websocket
        self.profile = tempfile.mkdtemp(prefix="plansite-firefox-")
        port = _free_port()
        self.proc = subprocess.Popen(
            [firefox_binary(), "--headless", "--no-remote", "--profile", self.profile,
             f"--remote-debugging-port={port}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.ids = itertools.count(1)
        self.events: list[dict] = []
        deadline = time.monotonic() + 30
        while True:
            try:
                self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}/session", timeout=30,
                                                     suppress_origin=True)  # Firefox refuses an Origin
                break
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.quit()
                    raise RuntimeError("headless Firefox did not open its WebDriver BiDi port") from None
                time.sleep(0.2)
        self.send("session.new", {"capabilities": {}})
        self.send("session.subscribe", {"events": ["log.entryAdded", "network.beforeRequestSent"]})
        self.context = self.send("browsingContext.getTree", {})["contexts"][0]["context"]

    def send(self, method: str, params: dict) -> dict:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("type") == "event":
                self.events.append(msg)
            elif msg.get("id") == msg_id:
                if msg.get("type") == "error":
                    raise RuntimeError(f"{method}: {msg.get('error')}: {msg.get('message')}")
                return msg["result"]

    def get(self, url: str) -> None:
        self.events.clear()
        self.send("browsingContext.navigate", {"context": self.context, "url": url, "wait": "complete"})

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        result = self.send("script.evaluate", {"expression": expression, "target": {"context": self.context},
                                               "awaitPromise": True})
        if result.get("type") == "exception":
            raise RuntimeError(result["exceptionDetails"].get("text"))
        return _value(result["result"])

    def wait_for(self, expression: str, timeout: float = 10, message: str = ""):
        end = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > end:
                raise AssertionError(message or f"timed out waiting for {expression}")
            time.sleep(0.1)

    def errors(self) -> list[str]:
        """Console errors since the last page load."""
        self.evaluate("0")   # let queued events arrive
        return [e["params"].get("text", "") for e in self.events
                if e.get("method") == "log.entryAdded" and e["params"].get("level") == "error"]

    def requested_urls(self) -> list[str]:
        """Every request since the last page load, as the network saw it (file: ones included)."""
        self.evaluate("0")
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "network.beforeRequestSent"]

    def quit(self) -> None:
        try:
            if getattr(self, "ws", None):
                try:
                    self.send("session.end", {})
                except Exception:
                    pass
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)
