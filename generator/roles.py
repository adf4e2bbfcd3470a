"""Who does what in one plan: each body's roles, and which bodies a plan involves.

Computed from the validated Project; the renderer lists them, the family page counts them.
"""
from __future__ import annotations

from .project import Project


def agency_roles(p: Project) -> dict[str, dict]:
    """Per agency: tasks it leads, coordinates, indicators it reports, agencies it succeeded."""
    roles = {a: {"lead": [], "coordinating": [], "via_collective": [], "indicators": [], "predecessors": []}
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
    for a in p.agencies.values():
        for s in a.successors:
            roles[s.agency]["predecessors"].append(a.id)
    return roles


def involved(p: Project, roles: dict | None = None) -> set[str]:
    """The bodies this plan names or gives a duty, and those that took over from them.

    The registry is shared by every plan; a plan's pages list only its own bodies, so they
    do not grow as plans join the repository."""
    roles = roles or agency_roles(p)
    r = p.plan.responsibilities
    out = {p.plan.issuer, *(d.issuer for d in p.plan.implements), *r.sub_plans_by, *r.oversight_by,
           *(a for a in (r.budget_review_by, r.report_to, r.report_via) if a)}
    if r.yearly_report:
        out |= {r.yearly_report.by, r.yearly_report.to}
    out |= {a for a, mine in roles.items() if any(mine[k] for k in ("lead", "coordinating", "via_collective", "indicators"))}
    out |= {rep.agency for rep in p.reports}
    todo = list(out)
    while todo:   # successors (who answers now) and predecessors stay reachable
        a = todo.pop()
        for b in [s.agency for s in p.agencies[a].successors] + roles[a]["predecessors"]:
            if b not in out:
                out.add(b)
                todo.append(b)
    return out
