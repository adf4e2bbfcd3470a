"""The licence of everything the site ships or the project installs (`make licences`).

Read from the files themselves, never typed in by hand where a file says it:
- Python packages: every pin of requirements/lock.txt, its licence from the installed package's
  metadata (License-Expression, else its licence classifier, else a short License field);
  role = what needs it: the site build (runtime), the tests, or the build backend.
- npm packages: tools/plotly-bundle and tools/axe package-lock.json `license` fields.
- Files every built site carries: our plotly.js bundle (its own licence header), Material's theme
  files (Material's package metadata; the npm packages inside its JavaScript, read from its source
  maps, with the licence each declares on the npm registry), and the icons the palette toggle uses.
Anything whose licence cannot be read is printed as "UNKNOWN", and the exit status is 1.
"""
from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from check_lock import locked, normalise  # noqa: E402

PLOTLY_BUNDLE = ROOT / "generator" / "site" / "assets" / "javascripts" / "vendor" / "plotly-scatter.min.js"
# The npm packages inside Material's JavaScript (from its source maps) and the licence each one
# declares in its package.json on the npm registry (checked with `npm view NAME license`).
NPM_DECLARED = {"clipboard": "MIT", "escape-html": "MIT", "focus-visible": "W3C", "rxjs": "Apache-2.0",
                "tslib": "0BSD", "lunr": "MIT", "lunr-languages": "MPL-1.1"}
CLASSIFIER = re.compile(r"^License :: OSI Approved :: (.+?)(?: License)?$")


def python_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    classifiers = [m.group(1) for c in meta.get_all("Classifier") or [] if (m := CLASSIFIER.match(c))]
    if classifiers:
        return " / ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text if text and len(text) <= 60 and "\n" not in text else "UNKNOWN"


def closure(requirements: list[str], extra: str = "") -> set[str]:
    """Names of the given requirements and everything they pull in, on this machine."""
    seen: set[str] = set()
    todo = [(Requirement(r), extra) for r in requirements]  # only plansite's own extras count
    while todo:
        req, wanted_extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": wanted_extra}):
            continue
        name = normalise(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            todo += [(Requirement(r), "") for r in metadata.requires(req.name) or []]
        except metadata.PackageNotFoundError:
            pass
    return seen


def python_rows() -> list[tuple[str, str, str, str]]:
    pins, _ = locked((ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8"))
    own = metadata.requires("plansite") or []
    runtime = closure([r for r in own if "extra ==" not in r])
    test = closure(own, extra="test") - runtime - {"plansite"}
    rows = []
    for name, versions in sorted(pins.items()):
        version = " / ".join(dict.fromkeys(v for v, _ in versions))
        try:
            licence = python_licence(metadata.distribution(name))
        except metadata.PackageNotFoundError:
            licence = "(not installed on this platform)"
        role = "runtime" if name in runtime else "test" if name in test else (
            "build backend" if name == "setuptools" else "other platforms or optional")
        rows.append((name, version, licence, role))
    return rows


def npm_rows(folder: str, role: str, top_only: bool) -> list[tuple[str, str, str, str]]:
    packages = json.loads((ROOT / "tools" / folder / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    rows = []
    for path, info in sorted(packages.items()):
        if not path or (top_only and path.count("node_modules/") > 1):
            continue
        rows.append((path.rsplit("node_modules/", 1)[1], info.get("version", "?"), info.get("license", "UNKNOWN"),
                     role + (" (dependency)" if info.get("dev") or path.count("node_modules/") > 1 else "")))
    return rows


def plotly_closure() -> str:
    """plotly.js's npm dependencies, by declared licence: the only code our bundle can contain
    besides plotly.js itself (the scatter-only bundle uses a small part of them)."""
    packages = json.loads((ROOT / "tools" / "plotly-bundle" / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    seen, todo, by_licence = set(), ["plotly.js"], {}
    while todo:
        name = todo.pop()
        info = packages.get(f"node_modules/{name}")
        if name in seen or info is None:
            continue
        seen.add(name)
        if name != "plotly.js":
            by_licence.setdefault(info.get("license", "none declared"), []).append(name)
        todo += list(info.get("dependencies", {}))
    lines = [f"\nnpm: plotly.js's {len(seen) - 1} dependencies (tools/plotly-bundle/package-lock.json), by declared licence"]
    for licence, names in sorted(by_licence.items(), key=lambda item: -len(item[1])):
        shown = ", ".join(sorted(names)) if len(names) <= 6 else f"{len(names)} packages"
        lines.append(f"  {licence}: {shown}")
    return "\n".join(lines)


def site_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    header = PLOTLY_BUNDLE.read_text(encoding="utf-8")[:400]
    version = re.search(r"plotly\.js v(\S+)", header)
    licence = re.search(r"Licensed under the (\S+) license", header)
    rows.append(("plotly-scatter.min.js (plotly.js)", version.group(1) if version else "?",
                 licence.group(1) if licence else "UNKNOWN", "every page with a chart"))
    material = metadata.distribution("mkdocs-material")
    rows.append(("Material for MkDocs theme files", material.version, python_licence(material), "every page"))
    assets = Path(material.locate_file("material/templates/assets/javascripts"))
    for source_map in sorted(assets.glob("**/*.min.js.map")):
        sources = json.loads(source_map.read_text(encoding="utf-8"))["sources"]
        for name in sorted({m.group(1) for s in sources if (m := re.search(r"node_modules/((?:@[^/]+/)?[^/]+)", s))}):
            rows.append((f"{name} (inside {source_map.name[:-4]})", "-", NPM_DECLARED.get(name, "UNKNOWN"), "every page"))
    if (assets / "lunr" / "min" / "lunr.vi.min.js").exists():
        rows.append(("lunr-languages (lunr/min/*.js, Vietnamese search)", "-", NPM_DECLARED["lunr-languages"],
                     "search"))
    icons = Path(material.locate_file("material/templates/.icons/material/LICENSE")).read_text(encoding="utf-8")
    rows.append(("Material Design Icons (palette toggle)", "-", icons.splitlines()[0].strip() or "UNKNOWN",
                 "every page (inline SVG)"))
    return rows


def table(title: str, rows: list[tuple[str, str, str, str]]) -> str:
    header = ("name", "version", "licence", "where")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    lines = [f"\n{title}", "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)


def main() -> int:
    sections = [
        ("Files every built site carries", site_rows()),
        ("Python packages (requirements/lock.txt)", python_rows()),
        ("npm: build tools, never shipped (tools/plotly-bundle)",
         [r for r in npm_rows("plotly-bundle", "build only", top_only=True) if r[0] in ("esbuild", "terser")]),
        ("npm: test only, never shipped (tools/axe)", npm_rows("axe", "test only", top_only=False)),
    ]
    print("This repository's code: MIT (LICENSE). Published data: see README, “Licences”.")
    for title, rows in sections:
        print(table(title, rows))
    print(plotly_closure())
    unknown = [r[0] for _, rows in sections for r in rows if r[2] == "UNKNOWN"]
    if unknown:
        print(f"\nNo licence could be read for: {', '.join(unknown)}", file=sys.stderr)
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main())
