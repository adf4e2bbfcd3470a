"""Checks that keep the promise "validate passes ⇒ build succeeds" for shapes no other check covers.

Imported drafts bring plans in shapes the hand-written ones never had (indicators without a target
year, ids as the document wrote them); each shape the pages cannot show is refused here with the
file, the line and a fix, instead of failing later in the build.
"""
from __future__ import annotations

from generator.checks import messages as M
from generator.data.ids import page_name as page_slug


class BuildableChecks:
    def __init__(self, checker):
        self.c = checker

    def run(self) -> None:
        self.milestones()
        self.page_names()

    def milestones(self) -> None:
        f = self.c.src.plan
        if not f or f.data.milestones or not any(g.data.indicators for g in self.c.src.groups):
            return
        self.c.say(f, ("milestones",), M.INDICATORS_WITHOUT_MILESTONES(), M.INDICATORS_WITHOUT_MILESTONES_HINT(),
                   key=True)

    def page_names(self) -> None:
        """Each task and indicator has its own page named after its id: two ids must not give one name."""
        seen: dict[str, str] = {}
        for ind_id, (_, _, _, f, where) in self.c.indicators.items():
            name = page_slug(ind_id)
            if name in seen and seen[name] != ind_id:
                self.c.say(f, where + ("id",), M.INDICATOR_SAME_PAGE(id=ind_id, other=seen[name], page=name),
                           M.INDICATOR_SAME_PAGE_HINT())
            seen.setdefault(name, ind_id)
        f = self.c.src.tasks
        names: dict[str, str] = {}
        for i, t in enumerate(f.data.tasks if f else ()):
            name = page_slug(t.id)
            if name in names and names[name] != t.id:
                self.c.say(f, ("tasks", i, "id"), M.TASK_SAME_PAGE(id=t.id, other=names[name], page=name),
                           M.TASK_SAME_PAGE_HINT())
            names.setdefault(name, t.id)
