"""Stage 1: read every YAML file of a plan and type-check it against the models.

Returns the parsed files with their value positions so later checks can
point at a line; problems are collected, never raised one by one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .model import AgenciesFile, IndicatorGroup, Plan, ProgressReport, TasksFile
from .problems import Problem, from_pydantic
from .yamlsource import Positions, YamlError, load_yaml

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class SourceFile(Generic[M]):
    path: str               # relative to the project root, with '/'
    data: M
    positions: Positions

    def problem(self, where: tuple, vi: str, en: str, hint: tuple[str | None, str | None] = (None, None),
                key: bool = False) -> Problem:
        line, col = self.positions.of(where, key=key)
        return Problem(self.path, line, col, vi, en, hint[0], hint[1])


@dataclass
class Sources:
    root: Path
    plan: SourceFile[Plan] | None = None
    agencies: SourceFile[AgenciesFile] | None = None
    tasks: SourceFile[TasksFile] | None = None
    groups: list[SourceFile[IndicatorGroup]] = field(default_factory=list)
    reports: list[SourceFile[ProgressReport]] = field(default_factory=list)


def read_file(root: Path, path: Path, model: type[M], problems: list[Problem]) -> SourceFile[M] | None:
    rel = path.relative_to(root).as_posix()
    try:
        raw, positions = load_yaml(path)
    except YamlError as e:
        problems.append(Problem(rel, e.line, e.column, e.message_vi, e.message_en))
        return None
    except OSError as e:
        problems.append(Problem(rel, 1, 1, f"Không mở được tệp: {e.strerror}", f"Cannot open file: {e.strerror}"))
        return None
    if not isinstance(raw, dict):
        problems.append(Problem(rel, 1, 1, "Tệp phải là một nhóm khóa: giá trị (không rỗng).",
                                "The file must be a non-empty mapping of key: value."))
        return None
    try:
        return SourceFile(rel, model.model_validate(raw), positions)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
            vi, en, hvi, hen = from_pydantic(err)
            if err["type"] == "extra_forbidden":
                line, col = positions.of(loc, key=True)
            elif err["type"] == "missing":
                line, col = positions.of(loc[:-1])
            else:
                line, col = positions.of(loc)
            problems.append(Problem(rel, line, col, vi, en, hvi, hen))
        return None


def load_sources(root: Path) -> tuple[Sources, list[Problem]]:
    root = Path(root)
    problems: list[Problem] = []
    src = Sources(root=root)
    required = {"plan/plan.yml": ("plan", Plan), "plan/agencies.yml": ("agencies", AgenciesFile),
                "plan/tasks.yml": ("tasks", TasksFile)}
    for rel, (attr, model) in required.items():
        path = root / rel
        if not path.exists():
            problems.append(Problem(rel, 1, 1, "Thiếu tệp bắt buộc.", "Required file is missing."))
            continue
        setattr(src, attr, read_file(root, path, model, problems))
    for path in sorted((root / "indicators").glob("*.yml")):
        if (f := read_file(root, path, IndicatorGroup, problems)) is not None:
            src.groups.append(f)
    for path in sorted((root / "progress").glob("**/*.yml")):
        if (f := read_file(root, path, ProgressReport, problems)) is not None:
            src.reports.append(f)
    for path in sorted((root / "progress").glob("**/*.yaml")) + sorted((root / "indicators").glob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        problems.append(Problem(rel, 1, 1, "Tệp có đuôi .yaml sẽ bị bỏ qua; hãy đổi thành .yml.",
                                "Files ending in .yaml are ignored; rename to .yml."))
    return src, problems
