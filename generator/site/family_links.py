"""One plan's links to the other plans of the site: the same body's pages, the tasks that carry out
one of its own (and the one it carries out), the same indicator side by side, the list of plans.

Kept apart from render.Renderer: what a page shows of the other plans changes with the family of
plans, not with the page itself. With one plan (family None) every answer is empty.
"""
from __future__ import annotations

from generator.site import texts as T
from generator.data.project import short_title
from generator.site.urls import Urls
from generator.text.numbers import value_text

# The page that lists every plan when a plan owns the site's root (otherwise the list is the root).
FAMILY_PAGE = "cac-ke-hoach.md"


class FamilyLinks:
    def __init__(self, project, urls: Urls, family=None):
        self.p = project
        self.urls = urls
        self.family = family

    def elsewhere(self, agency_id: str) -> list[dict]:
        """The same body's page in the other plans that involve it."""
        if self.family is None:
            return []
        return [{"plan": other, "url": self.family_urls(pid).of(Urls.agency(agency_id))}
                for pid, other in self.family.plans.items()
                if pid != self.p.id and agency_id in self.family.bodies.get(pid, ())]


    def implementing(self, task_id: str) -> list[dict]:
        """Tasks of other plans in the repository that say they carry out this one, with their latest status."""
        if self.family is None:
            return []
        out = []
        for pid, tid in self.family.implementing(self.p.id, task_id):
            other = self.family.plans[pid]
            reports = other.task_reports.get(tid, [])
            out.append({"plan": other, "task": other.tasks[tid], "url": self.family_urls(pid).of(Urls.task(tid)),
                        "latest": reports[-1] if reports else None, "title": short_title(other.tasks[tid], 140)})
        return out


    def parent_task(self, ref) -> dict | None:
        """The task of another plan that this one carries out, when that plan is on the site."""
        if self.family is None or ref.plan not in self.family.plans:
            return None
        other = self.family.plans[ref.plan]
        return {"plan": other, "url": self.family_urls(ref.plan).of(Urls.task(ref.task)),
                "title": short_title(other.tasks[ref.task], 140)}


    def same_indicators(self, ind_id: str) -> dict | None:
        """The same indicator in other plans, values by year side by side: {years, rows}."""
        if self.family is None:
            return None
        rows = [{"label": T.THIS_PAGE(place=self.p.plan.place)[0], "url": None, "info": self.p.indicators[ind_id],
                 "values": {rv.current.year: rv.current for rv in self.p.values.get(ind_id, [])}}]
        for pid, iid in self.family.same_indicator(self.p.id, ind_id):
            other = self.family.plans[pid]
            if iid in other.indicators:
                rows.append({"label": f"{other.plan.place}: {iid}", "url": self.family_urls(pid).of(Urls.indicator(iid)),
                             "info": other.indicators[iid],
                             "values": {rv.current.year: rv.current for rv in other.values.get(iid, [])}})
        if len(rows) == 1:
            return None
        years = sorted({y for r in rows for y in r["values"]})
        for r in rows:
            r["cells"] = [value_text(r["values"][y].observed, r["info"].unit) if y in r["values"] else "—" for y in years]
        return {"years": years, "rows": rows}


    def plans_page(self) -> str | None:
        """The page listing every plan of the site ('/…', a site page), when there are several."""
        if self.family is None or len(self.family.plans) < 2:
            return None
        root_owned = any(u.prefix == "" for u in self.family.urls.values())
        return Urls.site(FAMILY_PAGE if root_owned else "index.md")


    def plan_link(self, plan_id: str) -> str | None:
        """The home page (file under docs/) of another plan of the repository, if it is there."""
        if self.family is None or plan_id not in self.family.plans:
            return None
        return self.family_urls(plan_id).of(Urls.home())


    def family_urls(self, plan_id: str) -> Urls:
        return self.family.urls[plan_id] if self.family is not None else self.urls
