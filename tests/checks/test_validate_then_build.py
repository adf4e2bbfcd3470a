"""`plansite validate` passing means the build succeeds: a property test over mutated plans.

A valid fictional plan (tests/fixtures/family/, tinh-mau-ctr: a decision, tasks, indicators with
sub-rows, marks, breakdowns and a progress report), and two drafts imported from the fictional
documents of tests/fixtures/import/, are mutated one field at a time (a key dropped,
a value emptied, retyped, a list reordered), and each mutant must be either refused by validation
(DataError, with a message a person can act on) or generated into pages. Any other exception is a
traceback a user would see. PLANSITE_PROPERTY_SEEDS sets the number of seeds, shared by the two
bases (default 50; `PLANSITE_PROPERTY_SEEDS=400` for a longer run).
"""
from __future__ import annotations

import os
import random
import shutil
import traceback
from pathlib import Path

import pytest
import yaml

from family_support import FIXTURES, ROOT

PLAN = "tinh-mau-ctr"
SEEDS = int(os.environ.get("PLANSITE_PROPERTY_SEEDS", "50"))
IMPORTED = ("xa-trung-mau", "phuong-tay-mau")      # drafts as `plansite import-plan` writes them (tests/fixtures/import)


def base_root(dest: Path) -> Path:
    """One fictional plan alone with the shared registry: small enough to generate in a fraction of a second."""
    for top in ("plan", "indicators", "progress"):
        shutil.copytree(FIXTURES / top / PLAN, dest / top / PLAN)
    registry = yaml.safe_load((ROOT / "plan/agencies.yml").read_text(encoding="utf-8"))
    extra = yaml.safe_load((FIXTURES / "agencies-extra.yml").read_text(encoding="utf-8"))
    registry["kinds"].update(extra["kinds"])
    registry["agencies"] += extra["agencies"]
    (dest / "plan/agencies.yml").write_text(yaml.safe_dump(registry, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("root_plan: ea-sup-nq68", f"root_plan: {PLAN}")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    (dest / "docs").mkdir()
    return dest


def _paths(node, at=()):
    """Every place in a YAML document that a mutation can touch."""
    yield at
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, at + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, at + (i,))


def _get(node, path):
    for k in path:
        node = node[k]
    return node


RETYPE = [0, 7, 2030, -1, 3.5, "", "x", "-", [], {}, None, True, ["a"], {"a": 1}, "2026", "1.1", "≥ 90"]


def mutate(data, rng: random.Random) -> str:
    """Change one place of `data` in place; say what was done (shown when the property fails)."""
    path = rng.choice([p for p in _paths(data) if p])
    parent, key = _get(data, path[:-1]), path[-1]
    value = parent[key]
    op = rng.choice(["drop", "empty", "retype", "reorder", "duplicate"])
    if op == "drop":
        del parent[key]
    elif op == "empty":
        parent[key] = type(value)() if isinstance(value, (list, dict, str)) else None
    elif op == "reorder" and isinstance(value, list) and len(value) > 1:
        rng.shuffle(value)
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(key, yaml.safe_load(yaml.safe_dump(value)))
    else:
        op = "retype"
        parent[key] = rng.choice(RETYPE)
    return f"{op} {'/'.join(map(str, path))} (was {str(value)[:60]!r})"


def files_of(root: Path) -> list[Path]:
    return sorted(p for top in ("plan", "indicators", "progress") for p in (root / top).rglob("*.yml")
                  if p.name != "agencies.yml")


def imported_root(dest: Path) -> Path:
    """Two drafts imported from fictional documents: the fields only imports write (notes, recurrences, imported)."""
    import contextlib
    import io
    from generator.cli import main
    base_root(dest)
    shutil.rmtree(dest / "plan" / PLAN)
    shutil.rmtree(dest / "indicators" / PLAN)
    shutil.rmtree(dest / "progress" / PLAN)
    config = (dest / "mkdocs.yml").read_text(encoding="utf-8").replace(f"root_plan: {PLAN}", f"root_plan: {IMPORTED[0]}")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name in IMPORTED:
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--root", str(dest), "import-plan", str(ROOT / f"tests/fixtures/import/{name}.docx"),
                         "--id", name]) == 0
    return dest


@pytest.fixture(scope="module", params=["fixture", "imported"])
def base(request, tmp_path_factory) -> Path:
    from generator.checks.family import load_family
    from generator.site.build import generated_files
    dest = tmp_path_factory.mktemp("base")
    root = base_root(dest) if request.param == "fixture" else imported_root(dest)
    load_family(root)
    assert generated_files(root)      # the unmutated plan is valid and builds
    return root


def outcome(root: Path) -> str:
    from generator.data.problems import DataError
    from generator.checks.family import load_family
    from generator.site.build import generated_files
    try:
        load_family(root)
    except DataError as e:
        assert e.problems and all(p.message_vi.strip() for p in e.problems)
        return "refused"
    generated_files(root)
    return "built"


@pytest.mark.parametrize("seed", range(SEEDS // 2))
def test_validate_passing_means_build_succeeds(seed, base, tmp_path):
    rng = random.Random(seed)
    root = tmp_path / "root"
    shutil.copytree(base, root, symlinks=True)
    done = []
    for _ in range(1 + seed % 3):      # one to three mutations, in one or several files
        target = rng.choice(files_of(root))
        data = yaml.safe_load(target.read_text(encoding="utf-8"))
        if not isinstance(data, (dict, list)):
            continue
        done.append(f"{target.relative_to(root)}: {mutate(data, rng)}")
        target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        outcome(root)
    except Exception:
        pytest.fail("validate passed but build failed after:\n  " + "\n  ".join(done) + "\n" + traceback.format_exc())


@pytest.mark.parametrize("change", ["no-milestones", "milestone-without-targets", "empty-group", "task-without-lead"])
def test_the_named_cases_are_built_or_refused(change, base, tmp_path):
    root = tmp_path / "root"
    shutil.copytree(base, root, symlinks=True)
    pid = next(p.name for p in sorted((root / "indicators").iterdir()))
    plan_file = root / f"plan/{pid}/plan.yml"
    plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
    group_file = next((root / f"indicators/{pid}").glob("*.yml"))
    group = yaml.safe_load(group_file.read_text(encoding="utf-8"))
    tasks_file = root / f"plan/{pid}/tasks.yml"
    tasks = yaml.safe_load(tasks_file.read_text(encoding="utf-8"))
    if change == "no-milestones":
        plan["milestones"] = []
        for ind in group["indicators"]:
            ind["targets"] = {}
            for sub in ind.get("sub_indicators", []):
                sub["targets"] = {}
    elif change == "milestone-without-targets":
        plan["milestones"].append(2029)
        for ind in group["indicators"]:
            ind["targets"][2029] = ""
            for sub in ind.get("sub_indicators", []):
                sub["targets"][2029] = ""
    elif change == "empty-group":
        group["indicators"] = []
    else:
        for t in tasks["tasks"]:
            t["lead"] = None
    plan_file.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    group_file.write_text(yaml.safe_dump(group, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tasks_file.write_text(yaml.safe_dump(tasks, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert outcome(root) in ("refused", "built")


def test_two_ids_that_would_share_a_page_are_refused(tmp_path):
    """Ids are the document's ("1.1", "II", "3.a"); a page is named from its id, and "1.1" and "1-1" would meet."""
    from generator.data.ids import page_name
    from generator.data.problems import DataError
    from generator.checks.family import load_family
    assert page_name("1.1") == "1-1" and page_name("II") == "II" and page_name("1/2") == "1_2f_2"
    root = base_root(tmp_path / "root")
    group_file = next((root / f"indicators/{PLAN}").glob("*.yml"))
    group = yaml.safe_load(group_file.read_text(encoding="utf-8"))
    twin = yaml.safe_load(yaml.safe_dump(group["indicators"][0]))
    twin["id"] = group["indicators"][0]["id"].replace(".", "-")
    twin.pop("sub_indicators", None)
    group["indicators"].append(twin)
    group_file.write_text(yaml.safe_dump(group, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_family(root)
    assert any("cùng một địa chỉ trang" in p.message_vi for p in e.value.problems)
