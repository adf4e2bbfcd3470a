"""Stage 2: check every plan of the repository, then hand over the validated Family.

load.py has type-checked each file on its own; the checks here need the whole plan or
the whole repository: unique ids, references between files, targets that parse, progress
that fits the indicator it reports on. Each subject has its module (bodies, plans, tasks,
indicators, reports, amendments, links); this one runs them in the order they learn from
each other and assembles the plans that pass.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from generator.checks import messages as M
from generator.checks.amendments import check_amendments
from generator.checks.bodies import check_registry
from generator.checks.buildable import BuildableChecks
from generator.checks.checker import Checker
from generator.checks.documents import evidence_problems
from generator.checks.indicators import check_groups
from generator.checks.links import check_links, stray_files
from generator.checks.plans import check_plan
from generator.checks.reports import check_reports
from generator.checks.tasks import check_tasks
from generator.data.assemble import build_project
from generator.data.load import Sources, load_sources, plan_ids, read_agencies
from generator.data.parallel import fork_map
from generator.data.problems import DataError, Problem
from generator.data.project import Family, Project


def check_plan_files(c: Checker) -> list[Problem]:
    """One plan's files, in the order the checks learn from each other (tasks before the
    indicators that name them, both before the reports and amendments that refer to them)."""
    agencies = c.src.agencies
    c.breakdowns.dimensions_file({d.id for d in agencies.data.documents} if agencies else None)
    check_plan(c)
    check_tasks(c)
    check_groups(c)
    BuildableChecks(c).run()
    check_reports(c)
    check_amendments(c)
    return c.problems


class Kept(Protocol):
    """Where a build keeps each plan as checked on its own (site/cache.py KeptChecks), by the hash of
    everything that check reads: its own folders, the shared files and the engine's code."""
    def get(self, plan_id: str) -> tuple | None: ...
    def put(self, plan_id: str, checked: tuple) -> None: ...


def check_family(root: Path, kept: Kept | None = None) -> tuple[Family | None, list[Problem]]:
    """Every plan of the repository, checked on its own and against the others (`kept`: a plan
    whose files did not change since the last build is taken as it was checked then)."""
    root = Path(root)
    problems: list[Problem] = []
    agencies = read_agencies(root, problems)
    registry = Checker(Sources(root=root, agencies=agencies), None)
    check_registry(registry)   # the shared registry, checked once
    problems += registry.problems
    ids = plan_ids(root)
    if not ids:
        problems.append(Problem("plan/", 1, 1, *M.NO_PLAN(), *M.NO_PLAN_HINT()))

    def one_plan(pid: str) -> tuple[Sources, list[Problem], Project | None]:
        """A plan read and checked on its own, and assembled if it passed (in a forked process)."""
        sources, found = load_sources(root, pid, agencies)
        checker = Checker(sources, registry.agency_ids)
        checker.agency_map = registry.agency_map
        found += check_plan_files(checker)
        whole = not found and not sources.unread and sources.plan and sources.tasks
        return sources, found, build_project(sources, checker.indicators, checker.reporting_agency) if whole else None

    # Plans are checked on their own side by side; what needs them all (links, evidence) follows.
    checked = {pid: kept.get(pid) for pid in ids} if kept else dict.fromkeys(ids)
    to_check = [pid for pid in ids if checked[pid] is None]
    checked.update(zip(to_check, fork_map(one_plan, to_check)))
    for pid in to_check if kept else ():
        kept.put(pid, checked[pid])
    all_sources = {pid: sources for pid, (sources, _, _) in checked.items()}
    for _, found, _ in checked.values():
        problems += found
    problems += check_links(all_sources)
    problems += evidence_problems(all_sources)
    problems += stray_files(root, ids)
    if problems or agencies is None or any(project is None for _, _, project in checked.values()):
        return None, problems
    return Family({pid: project for pid, (_, _, project) in checked.items()},
                  {a.id: a for a in agencies.data.agencies}), []


def load_family(root: Path, kept: Kept | None = None) -> Family:
    """Load and validate every plan; raise DataError listing every problem."""
    family, problems = check_family(root, kept)
    if problems or family is None:
        raise DataError(problems)
    return family


def choose_plan(family: Family, plan_id: str | None) -> Project:
    """The plan a command works on: the one named, or the only one."""
    if plan_id is None and len(family.plans) == 1:
        return next(iter(family.plans.values()))
    if plan_id in family.plans:
        return family.plans[plan_id]
    ids = ", ".join(sorted(family.plans))
    said = M.CHOOSE_A_PLAN(ids=ids) if plan_id is None else M.NO_SUCH_PLAN(plan=plan_id, ids=ids)
    raise DataError([Problem("plan/", 1, 1, *said)])


def load_project(root: Path, plan_id: str | None = None) -> Project:
    """One plan, validated with the whole repository; the only plan unless `plan_id` names one."""
    return choose_plan(load_family(root), plan_id)

