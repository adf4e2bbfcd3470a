"""Stage 1: read every YAML file of a plan and type-check it against the models.

A repository holds one or more plans, each in its own folder of the three top-level
folders (plan/<id>/, indicators/<id>/, progress/<id>/<year>/), and one registry of
bodies shared by all of them (plan/agencies.yml): the documents name the same bodies.

Returns the parsed files with their value positions so later checks can
point at a line; problems are collected, never raised one by one.
"""
from __future__ import annotations

import copy
import datetime as dt
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError

from generator.data import messages as M
from generator.data.model import AgenciesFile, Amendment, DimensionsFile, IndicatorGroup, Plan, ProgressReport, TasksFile
from generator.data.problems import Problem, did_you_mean, from_pydantic
from generator.data.yamlsource import Positions, YamlError, load_yaml

ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True)
class SourceFile(Generic[ModelT]):
    path: str               # relative to the project root, with '/'
    data: ModelT
    positions: Positions
    # Paths of values already reported and left out so the rest of the file could be
    # checked (see _salvage); non-empty means the file must not be published.
    broken: frozenset = frozenset()

    def problem(self, where: tuple, vi: str, en: str, hint: tuple[str | None, str | None] = (None, None),
                key: bool = False) -> Problem:
        line, col = self.positions.of(where, key=key)
        return Problem(self.path, line, col, vi, en, hint[0], hint[1])


AGENCIES = "plan/agencies.yml"


def plan_files(plan_id: str) -> dict[str, str]:
    """Where one plan's files live, relative to the repository root: the one home of the layout."""
    return {"plan": f"plan/{plan_id}/plan.yml", "tasks": f"plan/{plan_id}/tasks.yml",
            "dimensions": f"plan/{plan_id}/dimensions.yml",
            "indicators": f"indicators/{plan_id}", "progress": f"progress/{plan_id}",
            "document": f"plan/{plan_id}/van-ban"}


# The plan's own document kept beside its YAML (plan/<id>/van-ban.<ext>): the text it was transcribed
# from, and the file as issued when there is one. Readers download them; tests compare against the text.
DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf")


def plan_documents(root: Path, plan_id: str) -> tuple[str, ...]:
    """The plan's own document files present in the repository, as paths from its root."""
    stem = plan_files(plan_id)["document"]
    return tuple(stem + s for s in DOCUMENT_SUFFIXES if (Path(root) / (stem + s)).is_file())


def plan_ids(root: Path) -> list[str]:
    """Every plan in the repository: each folder of plan/ that holds a plan.yml."""
    return sorted(p.parent.name for p in Path(root).glob("plan/*/plan.yml"))


@dataclass
class Sources:
    root: Path
    plan_id: str = ""
    plan: SourceFile[Plan] | None = None
    agencies: SourceFile[AgenciesFile] | None = None
    tasks: SourceFile[TasksFile] | None = None
    groups: list[SourceFile[IndicatorGroup]] = field(default_factory=list)
    reports: list[SourceFile[ProgressReport]] = field(default_factory=list)
    amendments: list[SourceFile[Amendment]] = field(default_factory=list)
    dimensions: SourceFile[DimensionsFile] | None = None     # optional: a plan may break down no figure
    # Files that could not be read: their problems are reported, and cross-checks must not
    # add a second, misleading one for every id the missing file would have defined.
    unread: set[str] = field(default_factory=set)


def read_file(root: Path, path: Path, model: type[ModelT], problems: list[Problem]) -> SourceFile[ModelT] | None:
    rel = path.relative_to(root).as_posix()
    partial = False
    try:
        raw, positions = load_yaml(path)
    except YamlError as e:
        problems.extend(Problem(rel, x.line, x.column, x.message_vi, x.message_en) for x in e.all())
        if e.partial is None:
            return None
        (raw, positions), partial = e.partial, True
    except OSError as e:
        problems.append(Problem(rel, 1, 1, *M.CANNOT_OPEN(error=e.strerror)))
        return None
    if raw is None:
        problems.append(Problem(rel, 1, 1, *M.FILE_EMPTY()))
        return None
    if not isinstance(raw, dict):
        problems.append(Problem(rel, 1, 1, *M.FILE_NOT_A_MAPPING()))
        return None
    try:
        return SourceFile(rel, model.model_validate(raw), positions, frozenset({()}) if partial else frozenset())
    except ValidationError as exc:
        problems.extend(_type_problems(rel, model, exc.errors(), positions))
        return _salvage(rel, model, raw, positions, exc)


def _salvage(rel: str, model: type[ModelT], raw: dict, positions: Positions, exc: ValidationError) -> SourceFile[ModelT] | None:
    """The file without the values already reported, if what is left still fits the model.

    A mistyped key or kind must not hide a wrong value or id elsewhere in the same
    file: the cross-file checks run on what is left. Only optional values and unknown
    keys are dropped; if a required one is wrong, the file stays unread as before.
    """
    data, broken = copy.deepcopy(raw), set()
    for err in exc.errors():
        loc = _at_field(model, err)["loc"]
        if tuple(loc) in broken:
            continue  # `value: [1, 2]` fails as each member of the union: one value, set aside once
        parent = data
        try:
            for step in loc[:-1]:
                parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return None
        if not loc or not isinstance(parent, dict) or err["type"] == "missing" or loc[-1] not in parent:
            return None
        if err["type"] != "extra_forbidden" and not _optional(model, loc):
            return None
        del parent[loc[-1]]
        broken.add(tuple(loc))
    try:
        return SourceFile(rel, model.model_validate(data), positions, frozenset(broken))
    except ValidationError:
        return None  # what is left still does not fit: the problems above stand alone, as before


def _optional(model: type[BaseModel], loc: tuple) -> bool:
    current = model
    for step in (s for s in loc[:-1] if isinstance(s, str)):
        info = current.model_fields.get(step) if current else None
        current = _inner_model(info.annotation) if info else None
    info = current.model_fields.get(loc[-1]) if current else None
    return info is not None and not info.is_required()


def _type_problems(rel: str, model: type[BaseModel], errors: list[dict], positions: Positions) -> list[Problem]:
    """One located problem per mistake in a file that does not fit its model."""
    errors = [_at_field(model, err) for err in errors]
    errors = _merge_union_errors(errors)
    typos = {e["loc"]: _known_keys(model, e["loc"][:-1]) for e in errors if e["type"] == "extra_forbidden"}
    out = []
    for err in errors:
        loc = err["loc"]
        if err["type"] == "missing" and _explained_by_typo(loc, typos):
            continue  # 'taget' unknown and 'targets' missing: one mistake, said once
        if (text := positions.text(loc)) is not None:
            err = {**err, "source_text": text}
        vi, en, hvi, hen = from_pydantic(err)
        if err["type"] == "extra_forbidden":
            line, col = positions.of(loc, key=True)
            hvi, hen = did_you_mean(loc[-1], typos[loc] - _present_keys(loc, positions))
        elif err["type"] == "missing":
            line, col = positions.of(loc[:-1])
        else:
            line, col = positions.of(loc)
        out.append(Problem(rel, line, col, vi, en, hvi, hen))
    return out


# ------------------------------------------------------------------ helpers
def _inner_model(tp) -> type[BaseModel] | None:
    """The model inside an annotation such as `Indicator | None` or `list[Indicator]`."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    for arg in get_args(tp):
        if (m := _inner_model(arg)) is not None:
            return m
    return None


def _is_mapping(tp) -> bool:
    return get_origin(tp) is dict or any(_is_mapping(a) for a in get_args(tp) if a is not type(None))


def _at_field(model: type[BaseModel], err: dict) -> dict:
    """The error with its location cut to real keys and list indexes.

    Pydantic appends the member of a union it tried ('value', 'float') and
    validator names; a person only knows the keys they wrote.
    """
    loc, current, keyed = [], model, False
    for step in err["loc"]:
        if isinstance(step, str) and ("[" in step or step.startswith("function-")):
            continue  # a validator's name, not a key
        if isinstance(step, int):
            loc.append(step)
        elif keyed:
            loc.append(str(step))  # a key of a mapping such as targets: {<year>: …}
            keyed = False
        elif current is not None and step in current.model_fields:
            loc.append(step)
            annotation = current.model_fields[step].annotation
            keyed = _is_mapping(annotation)
            current = _inner_model(annotation)
        elif current is not None and err["type"] == "extra_forbidden":
            loc.append(step)  # the unknown key itself
        else:
            return {**err, "loc": tuple(loc), "union_member": step}
    return {**err, "loc": tuple(loc)}


def _merge_union_errors(errors: list[dict]) -> list[dict]:
    """`value: [1, 2]` fails as float, int and str: report it once."""
    out, seen = [], {}
    for err in errors:
        if "union_member" not in err:
            out.append(err)
        elif err["loc"] in seen:
            seen[err["loc"]]["members"].append(err["union_member"])
        else:
            merged = {**err, "type": "union_type", "members": [err["union_member"]]}
            seen[err["loc"]] = merged
            out.append(merged)
    return out


def _known_keys(model: type[BaseModel], loc: tuple) -> set[str]:
    """The keys the model allows in the mapping at `loc` (list indexes are skipped)."""
    current = model
    for step in (s for s in loc if isinstance(s, str)):
        field_info = current.model_fields.get(step) if current else None
        current = _inner_model(field_info.annotation) if field_info else None
    return set(current.model_fields) if current else set()


def _present_keys(loc: tuple, positions: Positions) -> set[str]:
    # A key the mapping already has is not what the typo meant.
    return {k[-1] for k in positions.keys if k[:-1] == loc[:-1]}


def _explained_by_typo(loc: tuple, typos: dict[tuple, set[str]]) -> bool:
    for extra in typos:
        if extra[:-1] == loc[:-1] and did_you_mean(extra[-1], [loc[-1]])[0]:
            return True
    return False


def _read(src: Sources, path: Path, model: type[ModelT], problems: list[Problem]) -> SourceFile[ModelT] | None:
    f = read_file(src.root, path, model, problems)
    if f is None or f.broken:
        src.unread.add(path.relative_to(src.root).as_posix())
    return f


def read_agencies(root: Path, problems: list[Problem]) -> SourceFile[AgenciesFile] | None:
    path = Path(root) / AGENCIES
    if not path.exists():
        problems.append(Problem(AGENCIES, 1, 1, *M.FILE_MISSING()))
        return None
    return read_file(Path(root), path, AgenciesFile, problems)


def load_sources(root: Path, plan_id: str | None = None,
                 agencies: SourceFile[AgenciesFile] | None | bool = False) -> tuple[Sources, list[Problem]]:
    """One plan's files. `agencies` is the shared registry when the caller has read it already."""
    root = Path(root)
    problems: list[Problem] = []
    if plan_id is None:
        ids = plan_ids(root)
        plan_id = ids[0] if len(ids) == 1 else ""
    src = Sources(root=root, plan_id=plan_id)
    if agencies is False:
        agencies = read_agencies(root, problems)
        if agencies is None:
            src.unread.add(AGENCIES)
    src.agencies = agencies or None
    if not plan_id:
        problems.append(Problem("plan/", 1, 1, *M.NO_PLAN()))
        return src, problems
    files = plan_files(plan_id)
    for attr, model in (("plan", Plan), ("tasks", TasksFile)):
        path = root / files[attr]
        if not path.exists():
            problems.append(Problem(files[attr], 1, 1, *M.FILE_MISSING()))
            src.unread.add(files[attr])
            continue
        setattr(src, attr, _read(src, path, model, problems))
    if (path := root / files["dimensions"]).exists():
        src.dimensions = _read(src, path, DimensionsFile, problems)
    ind_dir, prog_dir = root / files["indicators"], root / files["progress"]
    group_files = sorted(ind_dir.glob("*.yml"))
    if not group_files and src.plan and src.plan.data.appendix is not None:
        where = files["indicators"] + "/"
        problems.append(Problem(where, 1, 1, *M.NO_INDICATOR_FILES(where=where)))
        src.unread.add(where)
    for path in group_files:
        if (f := _read(src, path, IndicatorGroup, problems)) is not None:
            src.groups.append(f)
    for path in sorted(prog_dir.glob("**/*.yml")):
        if (f := _read(src, path, ProgressReport, problems)) is not None:
            src.reports.append(f)
    amend_dir = root / "plan" / plan_id / "amendments"
    for path in sorted(amend_dir.glob("*.yml")):
        if (f := _read(src, path, Amendment, problems)) is not None:
            src.amendments.append(f)
    for path in sorted(prog_dir.glob("**/*.yaml")) + sorted(ind_dir.glob("*.yaml")) + sorted(amend_dir.glob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        problems.append(Problem(rel, 1, 1, *M.YAML_EXTENSION()))
    return src, problems


def as_of_date(root: Path) -> dt.date:
    """The date a build speaks for: the last commit's date, so rebuilding a commit gives the same site."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), dt.timezone.utc).date()
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=root, capture_output=True, text=True,
                             timeout=10, check=True).stdout.strip()
        return dt.date.fromisoformat(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return dt.date.today()
