"""Does requirements/lock.txt still match pyproject.toml? (`make` runs this before every install.)

pyproject.toml keeps compatible ranges for people who `pip install` the package; the lock pins
the exact files every build installs. When someone adds, removes or narrows a dependency in
pyproject.toml and forgets `make lock`, installs would silently keep the old set: this check
says so instead, naming each package.

Runs with the standard library alone (it runs before the virtual environment exists); where
`packaging` is importable (inside .venv, and so in tests/test_lock.py) it also checks that each
locked version satisfies pyproject's range and that the lock covers the supported Pythons.
Exit 0 when they agree, 1 with one line per disagreement otherwise.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info < (3, 11):
    sys.exit(f"plansite needs Python 3.11 or newer; python3 here is {sys.version.split()[0]}")
import tomllib  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
BUILD_IN = ROOT / "requirements" / "build.in"
REFRESH = "run `make lock` and commit requirements/lock.txt"
# The Pythons the lock must install on (pyproject says >=3.11; CI tests the ends of this range).
PYTHONS = ("3.11", "3.12", "3.13")

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def normalise(name: str) -> str:
    """PEP 503: `Jinja2`, `jinja_2` and `jinja2` are one project."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(root: Path = ROOT) -> dict[str, list[str]]:
    """Every requirement string pyproject.toml declares (runtime, every extra, build), by name."""
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = data.get("project", {})
    strings = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        strings += extra
    strings += data.get("build-system", {}).get("requires", [])
    out: dict[str, list[str]] = {}
    for spec in strings:
        match = _NAME.match(spec)
        if match:
            out.setdefault(normalise(match.group(1)), []).append(spec)
    return out


def locked(lock_text: str) -> tuple[dict[str, list[tuple[str, str | None]]], set[str]]:
    """(name → [(version, marker)], names the lock says come straight from pyproject.toml)."""
    pins: dict[str, list[tuple[str, str | None]]] = {}
    direct: set[str] = set()
    current = None
    for line in lock_text.splitlines():
        match = _PIN.match(line)
        if match:
            current = normalise(match.group(1))
            pins.setdefault(current, []).append((match.group(2), match.group(3)))
        elif current and "plansite (pyproject.toml)" in line:
            direct.add(current)
    return pins, direct


def problems(root: Path = ROOT) -> list[str]:
    lock = root / "requirements" / "lock.txt"
    if not lock.exists():
        return [f"{lock.relative_to(root)} is missing: {REFRESH}"]
    wanted = declared(root)
    pins, direct = locked(lock.read_text(encoding="utf-8"))
    out = []
    for name, specs in sorted(wanted.items()):
        if name not in pins:
            out.append(f"{name}: pyproject.toml asks for {' and '.join(specs)} but the lock has no {name}")
    for name in sorted(direct - set(wanted)):
        out.append(f"{name}: the lock still installs it for pyproject.toml, which no longer lists it")
    try:
        from packaging.markers import Marker
        from packaging.requirements import Requirement
    except ImportError:  # before .venv exists: names are checked, ranges in tests/test_lock.py
        return [f"{p} — {REFRESH}" for p in out]
    for name, specs in sorted(wanted.items()):
        for spec in specs:
            req = Requirement(spec)
            for python in PYTHONS:
                env = {"python_version": python, "python_full_version": f"{python}.99",
                       "sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                       "implementation_name": "cpython", "platform_python_implementation": "CPython",
                       "platform_machine": "x86_64", "extra": ""}
                if req.marker is not None and not req.marker.evaluate(env):
                    continue
                versions = [v for v, marker in pins.get(name, []) if marker is None or Marker(marker).evaluate(env)]
                if pins.get(name) and not versions:
                    out.append(f"{name}: the lock has no version of it for Python {python} on Linux")
                for version in versions:
                    if not req.specifier.contains(version, prereleases=True):
                        out.append(f"{name}: pyproject.toml asks for {spec} but the lock pins {version}")
    return [f"{p} — {REFRESH}" for p in dict.fromkeys(out)]


def main(root: Path = ROOT) -> int:
    found = problems(root)
    for line in found:
        print(f"requirements/lock.txt is out of date: {line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
