"""Who does what in one plan: each body's roles, and which bodies a plan involves.

Computed from the validated Project; the renderer lists them, the family page counts them.
"""
from __future__ import annotations

import datetime as dt

from generator.compute import texts as T
from generator.data.bodies import predecessors
from generator.data.project import Project


def plan_roles(p: Project) -> list[tuple[str, str]]:
    """What the plan's own text (not its task list) asks of a body. The one place that reads it."""
    pl = p.plan
    r = pl.responsibilities
    out = [(pl.issuer, T.ISSUES_THE_PLAN.vi)]
    if r.budget_review_by:
        out.append((r.budget_review_by, T.REVIEWS_THE_BUDGET.vi))
    if r.report_to:
        out.append((r.report_to, T.RECEIVES_REPORTS.vi))
    if r.report_via:
        out.append((r.report_via, T.REPORTS_GO_VIA.vi))
    if r.yearly_report:
        y = r.yearly_report
        out += [(y.by, T.COMPILES_YEARLY.vi.format(as_written=y.as_written)),
                (y.to, T.RECEIVES_YEARLY.vi.format(as_written=y.as_written))]
    out += [(a, T.MAKES_OWN_PLAN.vi) for a in r.sub_plans_by]
    out += [(a, T.OVERSEES.vi) for a in r.oversight_by]
    out += [(d.issuer, T.ISSUED_IMPLEMENTED.vi.format(kind=d.kind, number=d.number)) for d in pl.implements]
    return out


def agency_roles(p: Project, as_of: dt.date | None = None) -> dict[str, dict]:
    """Per agency: tasks it leads or coordinates, indicators it reports, what the plan's text asks of it,
    the bodies whose duties it took over, and what it answers for today because of them."""
    roles = {a: {"lead": [], "coordinating": [], "via_collective": [], "indicators": [], "predecessors": [],
                 "inherited": [], "plan": []}
             for a in p.agencies}
    # A collective name ("all bodies of the district") that the registry says is made of every
    # body of some kinds at a level: each such body coordinates the task through it.
    members = {c.id: [a.id for a in p.agencies.values()
                      if a.level == c.members.level and a.kind in c.members.kinds]
               for c in p.agencies.values() if c.members}
    for t in p.tasks.values():
        for role in ("lead", "coordinating"):
            for a in (getattr(t, role).agencies if getattr(t, role) else []):
                roles[a][role].append(t.id)
        for collective in (t.coordinating.agencies if t.coordinating else []):
            for a in members.get(collective, []):
                if t.id not in roles[a]["lead"] + roles[a]["coordinating"] + roles[a]["via_collective"]:
                    roles[a]["via_collective"].append(t.id)
                    roles[a].setdefault("collectives", {})[t.id] = collective
    for ind in p.indicators.values():
        roles[ind.reporting_agency]["indicators"].append(ind.id)
    for a, label in plan_roles(p):
        roles[a]["plan"].append(label)
    for succ, preds in predecessors(p.agencies).items():
        roles[succ]["predecessors"] = preds
    if as_of is not None:
        # What a body answers for today because the plan gave it to a body it succeeded.
        for a in p.agencies:
            ans = p.answer(a, as_of)
            if ans.current and ans.current != a:
                for role, label in ((role, say.vi) for role, say in T.INHERITED.items()):
                    roles[ans.current]["inherited"] += [(label, role, x, a) for x in roles[a][role]]
    return roles


def involved(p: Project, roles: dict | None = None) -> set[str]:
    """The bodies this plan names or gives a duty, and those that took over from them.

    The registry is shared by every plan; a plan's pages list only its own bodies, so they
    do not grow as plans join the repository."""
    roles = roles or agency_roles(p)
    out = {a for a, label in plan_roles(p)}
    out |= {a for a, mine in roles.items() if any(mine[k] for k in ("lead", "coordinating", "via_collective", "indicators"))}
    out |= {rep.agency for rep in p.reports}
    todo = list(out)
    while todo:   # the bodies that took over (who answers now) and those they took over from stay reachable
        a = todo.pop()
        for b in [part.agency for c in p.agencies[a].changes for part in c.to] + [x[0] for x in roles[a]["predecessors"]]:
            if b not in out:
                out.add(b)
                todo.append(b)
    return out
