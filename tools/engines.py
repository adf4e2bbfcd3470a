"""What the site needs from MkDocs and Material, and what replaces each under Zensical or ProperDocs.

MkDocs 1.6 is unmaintained and Material reaches end of life on 5 May 2027. This tool keeps the way
off them visible:

    .venv/bin/python tools/engines.py          # the inventory: every MkDocs/Material feature, hook,
                                               # plugin, Markdown extension and theme option used
    .venv/bin/python tools/engines.py --build  # also build the shipped site with MkDocs, ProperDocs
                                               # and Zensical and report what differs (`make engines`)

The inventory is read from mkdocs.yml, from the pages the generator writes (front matter, Markdown
syntax, attributes only Material's search reads) and from our own JavaScript and CSS (Material's
observables and CSS variables). Each item is looked up in ASSESSED below: what it does for the
site, and what Zensical and ProperDocs do with it. An item that is used but not assessed is printed
as such and the exit status is 1 (tests/test_engines.py), so a new dependency on MkDocs or
Material is looked at when it is added, not in 2027.

--build installs each engine into a venv of its own under .venv-engines/ on first use (the
project's locked packages plus the engine; MkDocs is uninstalled from the ProperDocs venv to show
Material builds without it), builds one generated copy of the site with each, and compares with
the MkDocs build: files only one engine writes, pages whose visible text differs, internal links
that lead nowhere, the search index.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Engines tried by --build, pinned. zensical 0.0.74 and later need `zensical-ui`, which the package
# registry this project uses does not serve; 0.0.73 is the newest that installs here.
ENGINES = {"properdocs": "properdocs==1.6.7", "zensical": "zensical==0.0.73"}
ENGINE_VENVS = ROOT / ".venv-engines"

Z_CONFIG = "Zensical reads it from mkdocs.yml"
P_SAME = "unchanged (ProperDocs is a maintained fork of MkDocs 1.6)"
# (kind, name) → (what it does for this site, under Zensical, under ProperDocs)
ASSESSED: dict[tuple[str, str], tuple[str, str, str]] = {
    ("config", "site_name"): ("header and <title>", Z_CONFIG, P_SAME),
    ("config", "site_description"): ("<meta name=description> default", Z_CONFIG, P_SAME),
    ("config", "site_url"): ("instant navigation, canonical links; !ENV PLANSITE_SITE_URL", Z_CONFIG + " (!ENV too)", P_SAME),
    ("config", "edit_uri"): ("no edit links (repo links come from the generator)", Z_CONFIG, P_SAME),
    ("config", "repo_url"): ("header link to the repository", Z_CONFIG, P_SAME),
    ("config", "copyright"): ("footer notice", Z_CONFIG, P_SAME),
    ("config", "docs_dir"): ("where the generator writes Markdown", Z_CONFIG, P_SAME),
    ("config", "use_directory_urls"): ("/chi-tieu/1-1/ style URLs; the generator's few raw-HTML links assume it",
                                       Z_CONFIG + "; but see 'raw-html-links' below", P_SAME),
    ("config", "nav"): ("the top-level menu", Z_CONFIG, P_SAME),
    ("config", "extra_css"): ("assets/plansite/stylesheets/plansite.css", "unchanged (classic and modern variants)", P_SAME),
    ("config", "extra_javascript"): ("tables.js, charts.js", "unchanged", P_SAME),
    ("config", "extra"): ("extra.generator: false hides Material's footer credit; extra.plansite is read by the "
                          "generator itself, not by the engine", "Material's extra settings are supported", P_SAME),
    ("config", "watch"): ("`make serve` rebuilds on YAML edits", "serve only; no effect on the built site",
                          P_SAME),
    ("config", "validation"): ("--strict fails on broken links and anchors",
                               "not verified which levels Zensical honours (it has its own link validation); "
                               "tests/site/test_site.py checks every link of the built site whatever the engine", P_SAME),
    ("config", "not_in_nav"): ("generated item pages kept out of the nav without an 'omitted' notice per page "
                               "(`make serve`'s log)", "not verified; only affects the build log", P_SAME),
    ("config", "hooks"): ("generator/site/mkdocs_hooks.py: only under `serve` (regenerate pages on YAML edits, fold "
                          "the search index); `plansite build` does both itself",
                          "ignored: builds are complete without it; `serve` would need plansite to watch YAML "
                          "and regenerate on its own", P_SAME + "; hooks run"),
    ("config", "markdown_extensions"): ("see the markdown rows", "Python-Markdown, same extensions", P_SAME),
    ("config", "plugins"): ("see the plugin rows", "built-in replacements for known plugins; others ignored", P_SAME),
    ("config", "theme"): ("see the theme rows", "", ""),
    ("theme", "name: material"): ("the whole look, navigation, search UI",
                                  "Zensical's own theme, same HTML structure; `variant: classic` keeps "
                                  "Material's look (default is `modern`)",
                                  "Material 9.x installs as a ProperDocs theme unchanged (frozen after May 2027)"),
    ("theme", "language"): ("vi: UI strings, search language", "supported", P_SAME),
    ("theme", "font"): ("false: system fonts, no request to Google", "supported", P_SAME),
    ("theme", "favicon"): ("our 200-byte SVG", "supported", P_SAME),
    ("theme", "palette"): ("light/dark toggle", "supported (same data-md-color-scheme attribute)", P_SAME),
    ("feature", "navigation.instant"): ("page swaps without reloads; charts.js/tables.js hook document$",
                                        "supported; Zensical's bundle exposes document$", P_SAME),
    ("feature", "navigation.tracking"): ("URL follows the section in view", "supported", P_SAME),
    ("feature", "navigation.sections"): ("sections in the sidebar", "supported", P_SAME),
    ("feature", "navigation.top"): ("back-to-top button", "supported", P_SAME),
    ("feature", "navigation.prune"): ("keeps every page's HTML small (only the active section's nav)",
                                      "supported", P_SAME),
    ("feature", "search.highlight"): ("highlights the search term on the page", "supported", P_SAME),
    ("theme", "custom_dir"): ("generator/site/theme/partials/header.html: Material's header with its search box wired to "
                              "our own search (assets/plansite/javascripts/search.js, index built by the generator; "
                              "Material's search plugin is off)",
                              "template overrides: not verified that Zensical reads partials; the search itself is "
                              "plain JS and a .js index, engine-independent", P_SAME),
    ("markdown", "admonition"): ("illustrative-data and other notices (!!! / class=admonition)", "supported", P_SAME),
    ("markdown", "attr_list"): ("{ .class #id } on generated headings and lists", "supported", P_SAME),
    ("markdown", "generator.site.markdown_blocks"): (
        "<caption> as a block element, so a table marked markdown=\"1\" keeps its caption",
        "loaded like any Python-Markdown extension: plansite must be importable where Zensical runs "
        "(--build puts the project on PYTHONPATH)", P_SAME),
    ("markdown", "md_in_html"): ("markdown=\"span\" on the HTML elements around generated Markdown links",
                                 "supported (Python-Markdown extension)", P_SAME),
    ("markdown", "``` fences (no fenced_code extension)"): (
        "no fence extension is enabled, so MkDocs renders a ``` block as inline code in a paragraph",
        "renders a highlighted code block (the one content difference --build finds)", P_SAME),
    ("markdown", "toc"): ("permalink anchors on headings", "supported", P_SAME),
    ("page", "front matter: title"): ("page <title>", "supported", P_SAME),
    ("page", "front matter: description"): ("<meta name=description>", "supported", P_SAME),
    ("page", "front matter: hide"): ("hides navigation/toc on a page", "supported", P_SAME),
    ("page", "front matter: search"): ("search: exclude on a page", "supported", P_SAME),
    ("page", "data-search-exclude"): ("keeps breadcrumbs and notices out of Material's search index",
                                      "honoured (attribute stripped, text left out of search.json)", P_SAME),
    ("page", "md-links"): ("generated pages link to pages as Markdown links to .md files ([text](../chi-tieu/1-1.md)), "
                           "inside HTML elements marked markdown=\"span\" (md_in_html): MkDocs rewrites them to URLs "
                           "and --strict fails on a missing page or anchor",
                           "resolved the same way (0 broken links in --build)", P_SAME),
    ("page", "raw-html-links"): ("the few raw <a href> left, relative to the page's directory URL (MkDocs leaves raw "
                                 "HTML alone and cannot check them): download links to files written after the "
                                 "engine runs (ZIP, .docx) and the home page's status cards (#status=… is a filter, "
                                 "not a heading)",
                                 "Zensical 0.0.73 resolves raw-HTML hrefs as if relative to the .md file: right on "
                                 "index.md pages (same folder), one level off elsewhere (see --build)",
                                 P_SAME),
    ("page", "md-typeset tables and cards"): ("our CSS styles inside .md-typeset", "same HTML structure", P_SAME),
    ("javascript", "document$"): ("Material's observable: redraw charts/tables after instant navigation",
                                  "present in Zensical's bundle", P_SAME),
    ("javascript", "data-md-color-scheme"): ("charts re-colour on palette change", "same attribute", P_SAME),
    ("css", "--md- variables"): ("colours follow the palette", "same variables (classic and modern)", P_SAME),
}


def _yaml_config() -> dict:
    from generator.site.engine_config import read_mkdocs_config
    return read_mkdocs_config(ROOT)


def _pages() -> dict[str, str]:
    """Every Markdown page the engine will read: hand-written ones and what the generator writes."""
    from generator.site.build import generated_files
    pages = {p.relative_to(ROOT / "docs").as_posix(): p.read_text(encoding="utf-8")
             for p in (ROOT / "docs").rglob("*.md")}
    pages.update({k: v.decode("utf-8") for k, v in generated_files(ROOT).items() if k.endswith(".md")})
    return pages


def inventory() -> list[tuple[str, str, str]]:
    """(kind, name, where it is used) for everything the build relies on from MkDocs/Material."""
    cfg = _yaml_config()
    found: list[tuple[str, str, str]] = [("config", key, "mkdocs.yml") for key in cfg]
    theme = cfg.get("theme") or {}
    found += [("theme", f"name: {theme.get('name')}", "mkdocs.yml")]
    found += [("theme", key, "mkdocs.yml") for key in theme if key not in ("name", "features")]
    found += [("feature", f, "mkdocs.yml") for f in theme.get("features") or []]
    names = lambda items: [next(iter(i)) if isinstance(i, dict) else i for i in items or []]  # noqa: E731
    found += [("plugin", p, "mkdocs.yml") for p in names(cfg.get("plugins"))]
    found += [("markdown", m, "mkdocs.yml") for m in names(cfg.get("markdown_extensions"))]

    pages = _pages()
    def count(pattern: str, flags=0) -> int:
        return sum(1 for text in pages.values() if re.search(pattern, text, flags))
    keys: dict[str, int] = {}
    for text in pages.values():
        front = re.match(r"---\n(.*?)\n---\n", text, re.S)
        for key in re.findall(r"^([a-z_]+):", front.group(1), re.M) if front else []:
            keys[key] = keys.get(key, 0) + 1
    found += [("page", f"front matter: {k}", f"{n} pages") for k, n in sorted(keys.items())]
    for name, pattern in (("data-search-exclude", r"data-search-exclude"),
                          ("md-links", r"\]\((?![a-z]+:)[^)\s]*\.md(?:#[^)]*)?\)"),
                          ("raw-html-links", r"<a [^>]*href=\"\.\./"),
                          ("md-typeset tables and cards", r"class=\"ps-")):
        if (n := count(pattern)):
            found.append(("page", name, f"{n} pages"))
    for kind, name, pattern in (("markdown", "admonition", r"^!!! |class=\"admonition"),
                                ("markdown", "attr_list", r"\{:? *[.#][\w-]"),
                                ("markdown", "``` fences (no fenced_code extension)", r"^\s*```"),
                                ("markdown", "toc", r"^#{1,6} ")):
        if (n := count(pattern, re.M)):
            found.append((kind, name, f"{n} pages"))
    assets = ROOT / "generator" / "site" / "assets"
    for path in sorted(assets.rglob("*.js")):
        if "vendor" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        found += [("javascript", token, path.name) for token in ("document$", "data-md-color-scheme") if token in text]
    for path in sorted(assets.rglob("*.css")):
        if "--md-" in path.read_text(encoding="utf-8"):
            found.append(("css", "--md- variables", path.name))
    merged: dict[tuple[str, str], list[str]] = {}
    for kind, name, where in found:
        merged.setdefault((kind, name), []).append(where)
    return [(k, n, ", ".join(dict.fromkeys(w))) for (k, n), w in merged.items()]


def print_inventory(items) -> list[str]:
    unassessed = []
    print("What the build relies on from MkDocs / Material, and what replaces it. Zensical: from its\n"
          "compatibility documentation, and what `--build` showed; ProperDocs: unchanged unless noted\n"
          "(a maintained fork of MkDocs 1.6; `--build` compares).\n")
    for kind, name, where in items:
        entry = ASSESSED.get((kind, name))
        if entry is None:
            unassessed.append(f"{kind} {name}")
            print(f"[{kind}] {name}  ({where})\n    NOT ASSESSED: add it to ASSESSED in tools/engines.py\n")
            continue
        what, zensical, properdocs = entry
        print(f"[{kind}] {name}  ({where})\n    used for:   {what}")
        if zensical:
            print(f"    Zensical:   {zensical}")
        if properdocs and properdocs != P_SAME:
            print(f"    ProperDocs: {properdocs}")
        print()
    return unassessed


# ---------------------------------------------------------------------------------------- builds
def engine_venv(name: str) -> Path:
    venv = ENGINE_VENVS / name
    stamp = venv / f".installed-{ENGINES[name]}"
    if stamp.exists():
        return venv
    print(f"  installing {ENGINES[name]} into {venv.relative_to(ROOT)} (once)", flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    python = str(venv / "bin" / "python")
    steps = [[sys.executable, "-m", "venv", str(venv)]]
    if name == "properdocs":  # Material and the hooks need the project's packages; then prove MkDocs is not one
        steps += [[python, "-m", "pip", "install", "--require-hashes", "--only-binary", ":all:", "-r",
                   str(ROOT / "requirements" / "lock.txt")],
                  [python, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "-e", str(ROOT)],
                  [python, "-m", "pip", "install", ENGINES[name]],
                  [python, "-m", "pip", "uninstall", "-y", "mkdocs"]]
    else:
        steps += [[python, "-m", "pip", "install", ENGINES[name]]]
    for step in steps:
        proc = subprocess.run(step, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(step)} failed:\n{proc.stderr[-3000:]}")
    stamp.touch()
    return venv


def site_root(dest: Path) -> Path:
    """One generated copy of the project that every engine builds."""
    from generator.site.build import GENERATED, generate
    for name in ("plan", "indicators", "progress"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copytree(ROOT / "docs", dest / "docs", ignore=lambda d, names: [
        n for n in names if Path(d, n).relative_to(ROOT / "docs").as_posix() in GENERATED])
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "generator").symlink_to(ROOT / "generator")
    generate(dest)
    return dest


def build(engine: str, root: Path, out: Path) -> float:
    if engine == "mkdocs":
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict"]   # not --quiet: it lets --strict pass warnings
    elif engine == "properdocs":
        cmd = [str(engine_venv(engine) / "bin" / "properdocs"), "build", "--strict", "-f", "mkdocs.yml"]
    else:
        cmd = [str(engine_venv(engine) / "bin" / "zensical"), "build", "--clean", "-f", "mkdocs.yml"]
    shutil.rmtree(root / "site", ignore_errors=True)
    start = time.perf_counter()
    # Zensical runs without the project installed in its venv: our Markdown extension comes from root.
    env = {**os.environ, "PYTHONPATH": str(root)} if engine == "zensical" else None
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{engine} build failed:\n{proc.stderr[-3000:] or proc.stdout[-3000:]}")
    (root / "site").rename(out)
    return seconds


GENERATOR_TAG = re.compile(r'<meta name="generator" content="([^"]*)">')


def _article(text: str) -> str:
    match = re.search(r"<article[^>]*>(.*?)</article>", text, re.S)
    return match.group(1) if match else ""


def _visible(fragment: str) -> str:
    fragment = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", fragment, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).replace("¶", "").strip()


def broken_links(site: Path) -> list[tuple[str, str]]:
    """Internal links inside page content that lead to no file of this site."""
    out = []
    for page in sorted(site.rglob("*.html")):
        for href in re.findall(r'<a [^>]*href="([^"#?]+)', _article(page.read_text(encoding="utf-8"))):
            if re.match(r"^[a-z]+:|^/", href):
                continue
            target = (page.parent / href).resolve()
            inside = target == site.resolve() or site.resolve() in target.parents
            if not inside or not (target.is_file() or (target / "index.html").is_file()):
                out.append((page.relative_to(site).as_posix(), href))
    return out


def search_entries(site: Path) -> tuple[str, int]:
    for rel in ("search/search_index.json", "search.json"):
        if (site / rel).exists():
            data = json.loads((site / rel).read_text(encoding="utf-8"))
            return rel, len(data.get("docs") or data.get("items") or [])
    return "none", 0


def compare(reference: Path, other: Path, name: str) -> None:
    ref_files = {p.relative_to(reference).as_posix() for p in reference.rglob("*") if p.is_file()}
    files = {p.relative_to(other).as_posix() for p in other.rglob("*") if p.is_file()}
    group = lambda paths: sorted({re.sub(r"\.[0-9a-f]{8}\.", ".*.", p.split("/")[0] if not p.startswith("assets/")  # noqa: E731
                                        else "/".join(p.split("/")[:3])) for p in paths})
    print(f"  files: {len(files)} (MkDocs {len(ref_files)})")
    if ref_files - files:
        print(f"  only in the MkDocs build: {', '.join(group(ref_files - files))}")
    if files - ref_files:
        print(f"  only in the {name} build: {', '.join(group(files - ref_files))}")
    pages = sorted(p for p in ref_files & files if p.endswith(".html"))
    read = lambda site, p: GENERATOR_TAG.sub("", (site / p).read_text(encoding="utf-8"))  # noqa: E731
    same = sum(read(reference, p) == read(other, p) for p in pages)
    text_diff = [p for p in pages if _visible(_article(read(reference, p))) != _visible(_article(read(other, p)))]
    print(f"  pages: {len(pages)} in both; {same} identical but for the generator tag; "
          f"{len(pages) - len(text_diff)} with the same visible text in the content; {len(text_diff)} differ"
          + (f": {', '.join(text_diff[:5])}{' …' if len(text_diff) > 5 else ''}" if text_diff else ""))
    for p in text_diff[:3]:
        a, b = _visible(_article(read(reference, p))), _visible(_article(read(other, p)))
        at = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y) if a[:len(b)] != b[:len(a)] else min(len(a), len(b))
        print(f"    {p}: MkDocs “…{a[max(0, at - 40):at + 60]}…”\n    {' ' * len(p)}  {name} “…{b[max(0, at - 40):at + 60]}…”")
    tags = [GENERATOR_TAG.search((site / "index.html").read_text(encoding="utf-8")) for site in (reference, other)]
    print("  generator tag: " + " → ".join(m.group(1) if m else "(none)" for m in tags))
    broken_ref, broken = broken_links(reference), broken_links(other)
    print(f"  internal links in page content leading nowhere: {len(broken)} (MkDocs {len(broken_ref)})"
          + (f", e.g. {broken[0][0]} → {broken[0][1]}" if broken else ""))
    for page, href in broken[1:4]:
        print(f"    {page} → {href}")
    print(f"  search index: {'%s, %d entries' % search_entries(other)} (MkDocs {'%s, %d entries' % search_entries(reference)})")


def run_builds() -> None:
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1765929600")
    work = Path(tempfile.mkdtemp(prefix="plansite-engines-"))
    try:
        root = site_root(work / "root")
        sites = {}
        print("\nBuilds of the shipped site (same generated docs/)")
        for engine in ("mkdocs", *ENGINES):
            seconds = build(engine, root, work / f"site-{engine}")
            sites[engine] = work / f"site-{engine}"
            label = ENGINES.get(engine, "mkdocs (requirements/lock.txt)")
            print(f"  {label}: built in {seconds:.1f} s")
        for engine in ENGINES:
            print(f"\n{ENGINES[engine]} compared with MkDocs")
            compare(sites["mkdocs"], sites[engine], engine)
        # MkDocs and ProperDocs build with --strict: a Markdown link to a missing page or anchor has
        # already failed the build above. What is left to count is what the built pages link to.
        print("\nBroken internal links in page content, per engine: "
              + ", ".join(f"{engine} {len(broken_links(site))}" for engine, site in sites.items()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="also build with each engine and compare")
    args = parser.parse_args(argv)
    unassessed = print_inventory(inventory())
    if args.build:
        run_builds()
    if unassessed:
        print(f"\n{len(unassessed)} used but not assessed: {', '.join(unassessed)}", file=sys.stderr)
    return 1 if unassessed else 0


if __name__ == "__main__":
    sys.exit(main())
