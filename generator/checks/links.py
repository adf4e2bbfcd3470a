"""What no single plan can check: links between the plans of a repository (tasks that implement
another plan's tasks, indicators that are the same as another's, no cycle), and YAML files that
sit outside every plan's folders and would be silently ignored."""
from __future__ import annotations

from pathlib import Path

from generator.checks import messages as M
from generator.data.load import Sources
from generator.data.model import Indicator
from generator.data.problems import Problem, did_you_mean


def check_links(sources: dict[str, Sources]) -> list[Problem]:
    """Links between plans: parent tasks that exist, documents in the repository, no cycle."""
    problems: list[Problem] = []
    tasks = {pid: {t.id for t in s.tasks.data.tasks} if s.tasks else None for pid, s in sources.items()}
    edges: dict[str, set[str]] = {pid: set() for pid in sources}
    for pid, s in sources.items():
        if s.plan:
            for i, d in enumerate(s.plan.data.implements):
                if d.plan is None:
                    continue
                if d.plan not in sources:
                    problems.append(s.plan.problem(("implements", i, "plan"), *M.PLAN_NOT_IN_REPOSITORY_AT(plan=d.plan),
                                                   did_you_mean(d.plan, sorted(sources))))
                else:
                    edges[pid].add(d.plan)
        if not s.tasks:
            continue
        for i, t in enumerate(s.tasks.data.tasks):
            for j, x in enumerate(t.implements):
                where = ("tasks", i, "implements", j)
                if x.plan not in sources:
                    problems.append(s.tasks.problem(where + ("plan",), *M.PLAN_NOT_IN_REPOSITORY(plan=x.plan),
                                                    did_you_mean(x.plan, sorted(sources))))
                    continue
                if x.plan == pid:
                    problems.append(s.tasks.problem(where + ("plan",), *M.TASK_IMPLEMENTS_OWN_PLAN()))
                    continue
                edges[pid].add(x.plan)
                if tasks[x.plan] is not None and x.task not in tasks[x.plan]:
                    problems.append(s.tasks.problem(where + ("task",), *M.TASK_NOT_IN_PLAN(task=x.task, plan=x.plan),
                                                    did_you_mean(x.task, sorted(tasks[x.plan]))))
    for pid, s in sources.items():
        for f in s.groups:
            for where, ind in _indicators_of(f.data):
                for j, x in enumerate(ind.same_as):
                    at = where + ("same_as", j)
                    if x.plan not in sources or x.plan == pid:
                        problems.append(f.problem(at + ("plan",), *M.NOT_ANOTHER_PLAN(plan=x.plan)))
                    elif not any(i.id == x.indicator for g in sources[x.plan].groups for _, i in _indicators_of(g.data)):
                        problems.append(f.problem(at + ("indicator",), *M.INDICATOR_NOT_IN_PLAN(indicator=x.indicator, plan=x.plan)))
    for cycle in _cycles(edges):
        s = sources[cycle[0]]
        if s.plan:
            chain = " → ".join(cycle + [cycle[0]])
            problems.append(s.plan.problem(("implements",), *M.PLANS_LOOP(chain=chain), key=True))
    return problems


def _indicators_of(group) -> list[tuple[tuple, Indicator]]:
    out = []
    for i, ind in enumerate(group.indicators):
        out.append((("indicators", i), ind))
        out += [(("indicators", i, "sub_indicators", j), s) for j, s in enumerate(ind.sub_indicators)]
    return out


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each cycle once, starting from its smallest plan id."""
    found = []
    def visit(start, node, path):
        for nxt in sorted(edges.get(node, ())):
            if nxt == start:
                found.append(path)
            elif nxt not in path and nxt > start:
                visit(start, nxt, path + [nxt])
    for start in sorted(edges):
        visit(start, start, [start])
    return found


def stray_files(root: Path, ids: list[str]) -> list[Problem]:
    """YAML files outside every plan's folders: they would be silently ignored, so say where they belong."""
    only = ids[0] if len(ids) == 1 else M.SOME_PLAN
    out = []

    def stray(path: Path, where: str):
        rel = path.relative_to(root).as_posix()
        out.append(Problem(rel, 1, 1, *M.STRAY_FILE(where=where)))

    shared = {"agencies.yml", "abbreviations.yml"}   # the registry of bodies and the abbreviations: for every plan
    for path in sorted(root.glob("plan/*.yml")):
        if path.name not in shared:
            stray(path, f"plan/{only}/{path.name}")
    for path in sorted(root.glob("indicators/*.yml")):
        stray(path, f"indicators/{only}/{path.name}")
    for path in sorted(root.glob("progress/*/*.yml")):
        year = path.parent.name
        stray(path, f"progress/{only}/{year}/{path.name}" if year.isdigit() else f"progress/{only}/{M.SOME_YEAR}/{path.name}")
    for top in ("indicators", "progress"):
        for folder in sorted(p for p in (root / top).glob("*/") if p.is_dir() and not p.name.isdigit()):
            if folder.name not in ids and any(folder.rglob("*.yml")):
                first = sorted(folder.rglob("*.yml"))[0]
                rel = first.relative_to(root).as_posix()
                hint = did_you_mean(folder.name, ids)
                out.append(Problem(rel, 1, 1, *M.STRAY_FOLDER(top=top, folder=folder.name), *hint))
    return out

