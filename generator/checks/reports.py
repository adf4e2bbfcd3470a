"""Progress reports (progress/<plan>/<year>/<agency>.yml): filed in the right place by a body that
still existed, each indicator value and task line by whoever answers for it, values that read."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from generator.checks import messages as M
from generator.checks.checker import Checker
from generator.checks.indicators import target_numbers
from generator.data.bodies import end_phrase
from generator.data.load import SourceFile
from generator.text.numbers import ReadingError, impossible, read_reported
from generator.text.dates import vi_date


def check_reports(c: Checker) -> None:
    if not c.src.plan:
        return  # the plan's own problems are reported; its period is unknown
    lead_of = defaultdict(set)
    if c.src.tasks:
        for t in c.src.tasks.data.tasks:
            for a in (t.lead.agencies if t.lead else []):
                lead_of[t.id].add(a)
    for f in c.src.reports:
        r = f.data
        c.ref(f, ("agency",), r.agency, c.agency_ids, *M.AGENCY)
        # An unknown agency is one mistake: "move it to progress/…/<typo>.yml" or "this task
        # is not yours" on every line would only bury it.
        agency_known = c.agency_ids is not None and r.agency in c.agency_ids
        if agency_known:
            _filed_after_end(c, f, r)
        _place(c, f, r, agency_known)
        _indicator_lines(c, f, r, agency_known)
        _task_lines(c, f, r, lead_of, agency_known)


def _place(c: Checker, f: SourceFile, r, agency_known: bool) -> None:
    """A report of a year inside the plan's period, at progress/<plan>/<year>/<agency>.yml."""
    plan_start, plan_end = c.src.plan.data.period.start, c.src.plan.data.period.end
    parts = Path(f.path).parts[1:]   # progress/<plan>/<year>/<agency>.yml, without "progress"
    if not plan_start <= r.year <= plan_end:
        # Said alone: 'move it to progress/2099/' would be the wrong fix.
        c.say(f, ("year",), M.REPORT_YEAR_OUTSIDE(year=r.year, start=plan_start, end=plan_end))
    elif _misplaced(parts, r.year, r.agency, name_matters=agency_known or c.agency_ids is None):
        # Point at the key that disagrees with the file's place, so the fix is obvious.
        key = "year" if len(parts) == 3 and parts[1] != str(r.year) else "agency"
        at = f"{c.progress_dir}/{r.year}/{r.agency}.yml"
        c.say(f, (key,), M.REPORT_MISPLACED(agency=r.agency, year=r.year, at=at))


def _indicator_lines(c: Checker, f: SourceFile, r, agency_known: bool) -> None:
    plan_start = c.src.plan.data.period.start
    seen = {}
    for i, v in enumerate(r.indicators):
        where = ("indicators", i)
        if v.id not in c.indicators:
            if not c.group_unread(v.id):
                c.ref(f, where + ("id",), v.id, set(c.indicators), *M.INDICATOR)
            continue
        ind = c.indicators[v.id][0]
        year = v.year or r.year
        if year > r.year or year < plan_start - 5:
            c.say(f, where + ("year",), M.VALUE_YEAR_INVALID(year=year, report_year=r.year, first=plan_start - 5))
        if (v.id, year) in seen:
            c.say(f, where + ("id",), M.VALUE_TWICE(id=v.id, year=year, line=seen[(v.id, year)]))
        seen[(v.id, year)] = f.positions.of(where)[0]
        owner = c.reporting_agency(v.id)
        if owner and owner != r.agency and agency_known and not c.answers_for(owner, r):
            c.say(f, where + ("id",), M.NOT_YOUR_INDICATOR(id=v.id, owner=owner, agency=r.agency),
                  M.MOVE_TO_OWNER_HINT(at=f"{c.progress_dir}/{r.year}/{owner}.yml"))
        if not v.filled:
            c.breakdowns.value(f, where, v, ind, year, None)   # parts typed before the total
            continue  # listed but not reported yet (a scaffolded entry)
        _value(c, f, where, v, ind, year)


def _value(c: Checker, f: SourceFile, where: tuple, v, ind, year: int) -> None:
    """One filled value: its kind and source, a level or a number as the indicator asks, its parts."""
    for key in ("kind", "source"):
        # A mistyped 'kind' or 'sorce' was reported already; 'missing' would say it twice.
        if getattr(v, key) is None and not _reported_within(f, where):
            c.say(f, where, M.VALUE_WITHOUT(id=v.id, key=key), M.VALUE_WITHOUT_HINT())
    if ind.levels:
        c.breakdowns.value(f, where, v, ind, year, None)
        if v.level is None or v.level not in ind.levels:
            c.say(f, where + ("level",), M.LEVEL_NOT_ONE_OF(id=v.id, levels=", ".join(ind.levels)))
        if v.value is not None and not isinstance(v.value, str):
            c.say(f, where + ("value",), M.QUALITATIVE_VALUE())
        return
    if v.level is not None:
        c.say(f, where + ("level",), M.QUANTITATIVE_LEVEL(id=v.id), key=True)
    if v.value is None:
        return
    try:
        number = read_reported(v.value, f.positions.text(where + ("value",)), _yaml_form)
    except ReadingError as e:
        c.add(f, where + ("value",), str(e), e.en)
        c.breakdowns.value(f, where, v, ind, year, None)
        return
    if (why := impossible(number, ind.unit, ind.name, target_numbers(ind))) is not None:
        c.say(f, where + ("value",), M.IMPOSSIBLE_VALUE(id=v.id, why_vi=why[0], why_en=why[1]))
        number = None
    c.breakdowns.value(f, where, v, ind, year, number)


def _task_lines(c: Checker, f: SourceFile, r, lead_of: dict, agency_known: bool) -> None:
    seen_t = {}
    for i, t in enumerate(r.tasks):
        where = ("tasks", i)
        if c.task_ids is None or t.id not in c.task_ids:
            c.ref(f, where + ("id",), t.id, c.task_ids, *M.TASK)
            continue
        if t.id in seen_t:
            c.say(f, where + ("id",), M.TASK_TWICE(id=t.id, line=seen_t[t.id]))
        seen_t[t.id] = f.positions.of(where)[0]
        if not t.filled and (t.difficulties or t.proposals):
            # They would be published under no status at all; the year's account comes first.
            c.say(f, where, M.REMARKS_WITHOUT_STATUS(id=t.id), M.REMARKS_WITHOUT_STATUS_HINT())
        if t.filled and not t.summary:
            c.say(f, where, M.STATUS_WITHOUT_SUMMARY(id=t.id))
        if (lead_of[t.id] and r.agency not in lead_of[t.id] and agency_known
                and not any(c.answers_for(a, r) for a in lead_of[t.id])):
            # Any one of the lead agencies may report it.
            or_vi, or_en = M.OR()
            leads = sorted(lead_of[t.id])
            c.say(f, where + ("id",), M.NOT_YOUR_TASK(id=t.id, leads_vi=or_vi.join(leads), leads_en=or_en.join(leads),
                                                      agency=r.agency))


def _filed_after_end(c: Checker, f: SourceFile, r) -> None:
    """A body cannot file anything after it ended; the file must name who really filed it."""
    a = c.agency_map[r.agency]
    ch = a.changes[0] if a.changes else None
    if ch is None or ch.effective is None:   # an undated change is reported on its own
        return
    ended_vi, ended_en = M.ENDED(name=a.name, id=a.id, end_vi=end_phrase(c.agency_map, ch), kind_en=ch.kind,
                                 since_en=ch.effective.isoformat())
    fix = M.WHO_REALLY_FILED_HINT(progress=c.progress_dir)
    if r.submitted and r.submitted >= ch.effective:
        c.say(f, ("submitted",), M.FILED_AFTER_END(ended_vi=ended_vi, ended_en=ended_en, date_vi=vi_date(r.submitted),
                                                   date_en=r.submitted.isoformat()), fix)
    elif r.submitted is None and dt.date(r.year, 1, 1) >= ch.effective:
        c.say(f, ("agency",), M.ENDED_BEFORE_YEAR(ended_vi=ended_vi, ended_en=ended_en, year=r.year), fix)
    elif r.submitted is None and ch.effective.year <= r.year + 1 and _reports_anything(r):
        # A scaffold with nothing filled publishes nothing: it needs no date until it does.
        c.say(f, ("agency",), M.ENDED_GIVE_SUBMITTED(ended_vi=ended_vi, ended_en=ended_en, year=r.year),
              M.ENDED_GIVE_SUBMITTED_HINT())


def _misplaced(parts: tuple, year: int, agency: str, name_matters: bool) -> bool:
    """Not at <plan>/<year>/<agency>.yml under progress/. With a mistyped agency the name is not the fix."""
    if len(parts) != 3 or parts[1] != str(year):
        return True
    return name_matters and parts[2] != f"{agency}.yml"


def _yaml_form(number_text: str) -> str:
    return f'value: "{number_text}"'


def _reported_within(f: SourceFile, where: tuple) -> bool:
    """True when a value inside `where` was refused by the type check (and reported there)."""
    return any(b[:len(where)] == where and len(b) > len(where) for b in f.broken)


def _reports_anything(r) -> bool:
    return any(v.filled for v in r.indicators) or any(t.filled for t in r.tasks)
