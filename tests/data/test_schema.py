"""The JSON Schemas editors load must say what the validator says."""
from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from generator.cli import SCHEMA_DIR, schema_documents
from generator.data.yamlsource import load_yaml

ROOT = Path(__file__).resolve().parents[2]
FAMILY = ROOT / "tests/fixtures/family"   # the fictional plans the tests build: editors must read them too
DATA_FILES = sorted([*ROOT.glob("plan/*.yml"), *ROOT.glob("plan/*/*.yml"), *ROOT.glob("indicators/*/*.yml"),
                     *ROOT.glob("progress/*/*/*.yml"), *FAMILY.glob("plan/*/*.yml"), *FAMILY.glob("indicators/*/*.yml"),
                     *FAMILY.glob("progress/*/*/*.yml")])
KIND_OF = {"plan.yml": "plan", "agencies.yml": "agencies", "tasks.yml": "tasks", "abbreviations.yml": "abbreviations",
           "dimensions.yml": "dimensions"}


def kind_of(path: Path) -> str:
    top = next(p for p in path.relative_to(ROOT).parts if p in ("plan", "indicators", "progress"))
    if top == "plan":
        return KIND_OF[path.name]
    return "indicator-group" if top == "indicators" else "progress"


@pytest.mark.parametrize("name", sorted(schema_documents()))
def test_schema_files_are_up_to_date(name):
    expected = schema_documents()[name]
    actual = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(actual.splitlines(True), expected.splitlines(True), name, "models", n=1))
    if actual != expected:
        pytest.fail(f"generator/schemas/{name} is stale: run `.venv/bin/plansite schema`\n{diff[:3000]}")


def _objects(node):
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


@pytest.mark.parametrize("name", sorted(schema_documents()))
def test_every_mapping_refuses_unknown_keys(name):
    # Editors must underline `taget_2025` as the validator will.
    objects = list(_objects(json.loads(schema_documents()[name])))
    assert objects
    # A breakdown line's other keys are dimension ids the plan declares: the schema cannot list them, so it
    # takes only a dimension id → category id there (slug text), which still refuses `vlaue: "3,8"`.
    slug_only = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
    assert all(o.get("additionalProperties") in (False, slug_only) for o in objects), name


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_each_file_names_its_schema(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    m = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert m, f"{path.name}: first line should be the schema modeline"
    target = (path.parent / m.group(1)).resolve()
    assert target == (SCHEMA_DIR / f"{kind_of(path)}.schema.json").resolve()


def test_schemas_accept_the_shipped_data_and_refuse_a_typo():
    jsonschema = pytest.importorskip("jsonschema")
    schemas = {n: json.loads(t) for n, t in schema_documents().items()}
    for path in DATA_FILES:
        data, _ = load_yaml(path)
        data = json.loads(json.dumps(data, default=str))  # dates as the editor sees them: text
        schema = schemas[f"{kind_of(path)}.schema.json"]
        jsonschema.validate(data, schema)
    report = json.loads(json.dumps(load_yaml(ROOT / "progress/ea-sup-nq68/2025/trung-tam-y-te.yml")[0], default=str))
    report["indicators"][0]["sorce"] = "typo"
    with pytest.raises(jsonschema.ValidationError, match="sorce"):
        jsonschema.validate(report, schemas["progress.schema.json"])
    report["indicators"][0].pop("sorce")
    report["indicators"][0]["breakdown"] = [{"xa": "ea-bung", "vlaue": "3,8", "value": "3,8"}]
    with pytest.raises(jsonschema.ValidationError, match="3,8"):
        jsonschema.validate(report, schemas["progress.schema.json"])
