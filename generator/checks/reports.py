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
        c.add(f, ("year",), f"Năm báo cáo {r.year} nằm ngoài thời kỳ của kế hoạch ({plan_start}–{plan_end}).",
              f"Report year {r.year} is outside the plan period ({plan_start}–{plan_end}).")
    elif _misplaced(parts, r.year, r.agency, name_matters=agency_known or c.agency_ids is None):
        # Point at the key that disagrees with the file's place, so the fix is obvious.
        key = "year" if len(parts) == 3 and parts[1] != str(r.year) else "agency"
        at = f"{c.progress_dir}/{r.year}/{r.agency}.yml"
        c.add(f, (key,), f"Báo cáo của '{r.agency}' năm {r.year} phải nằm ở {at}.",
              f"The report of '{r.agency}' for {r.year} must be at {at}.")


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
            c.add(f, where + ("year",), f"Năm {year} không hợp lệ cho báo cáo năm {r.year} (từ {plan_start - 5} đến {r.year}).",
                  f"Year {year} is not valid in the {r.year} report ({plan_start - 5}–{r.year}).")
        if (v.id, year) in seen:
            c.add(f, where + ("id",), f"Chỉ tiêu {v.id} năm {year} đã được báo cáo ở dòng {seen[(v.id, year)]}.",
                  f"Indicator {v.id} for {year} is already reported on line {seen[(v.id, year)]}.")
        seen[(v.id, year)] = f.positions.of(where)[0]
        owner = c.reporting_agency(v.id)
        if owner and owner != r.agency and agency_known and not c.answers_for(owner, r):
            c.add(f, where + ("id",), f"Chỉ tiêu {v.id} do '{owner}' báo cáo, không phải '{r.agency}'.",
                  f"Indicator {v.id} is reported by '{owner}', not '{r.agency}'.",
                  (f"chuyển mục này sang {c.progress_dir}/{r.year}/{owner}.yml",
                   f"move it to {c.progress_dir}/{r.year}/{owner}.yml"))
        if not v.filled:
            c.breakdowns.value(f, where, v, ind, year, None)   # parts typed before the total
            continue  # listed but not reported yet (a scaffolded entry)
        _value(c, f, where, v, ind, year)


def _value(c: Checker, f: SourceFile, where: tuple, v, ind, year: int) -> None:
    """One filled value: its kind and source, a level or a number as the indicator asks, its parts."""
    for key in ("kind", "source"):
        # A mistyped 'kind' or 'sorce' was reported already; 'missing' would say it twice.
        if getattr(v, key) is None and not _reported_within(f, where):
            c.add(f, where, f"Chỉ tiêu {v.id} có giá trị nhưng thiếu '{key}'.",
                  f"Indicator {v.id} has a value but no '{key}'.",
                  ("kind: uoc-tinh, so-bo hoặc chinh-thuc; source: nguồn số liệu",
                   "kind: uoc-tinh, so-bo or chinh-thuc; source: where the figure comes from"))
    if ind.levels:
        c.breakdowns.value(f, where, v, ind, year, None)
        if v.level is None or v.level not in ind.levels:
            c.add(f, where + ("level",), f"Chỉ tiêu {v.id} là định tính: 'level' phải là một trong: {', '.join(ind.levels)}.",
                  f"Indicator {v.id} is qualitative: 'level' must be one of: {', '.join(ind.levels)}.")
        if v.value is not None and not isinstance(v.value, str):
            c.add(f, where + ("value",), "Chỉ tiêu định tính ghi mức ở 'level'; 'value' chỉ là lời mô tả.",
                  "Qualitative indicators take 'level'; 'value' is only a description.")
        return
    if v.level is not None:
        c.add(f, where + ("level",), f"Chỉ tiêu {v.id} là định lượng: hãy ghi 'value', không ghi 'level'.",
              f"Indicator {v.id} is quantitative: give 'value', not 'level'.", key=True)
    if v.value is None:
        return
    try:
        number = read_reported(v.value, f.positions.text(where + ("value",)), _yaml_form)
    except ReadingError as e:
        c.add(f, where + ("value",), str(e), e.en)
        c.breakdowns.value(f, where, v, ind, year, None)
        return
    if (why := impossible(number, ind.unit, ind.name, target_numbers(ind))) is not None:
        c.add(f, where + ("value",), f"Chỉ tiêu {v.id}: {why[0]}", f"Indicator {v.id}: {why[1]}")
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
            c.add(f, where + ("id",), f"Nhiệm vụ {t.id} đã được báo cáo ở dòng {seen_t[t.id]}.",
                  f"Task {t.id} is already reported on line {seen_t[t.id]}.")
        seen_t[t.id] = f.positions.of(where)[0]
        if not t.filled and (t.difficulties or t.proposals):
            # They would be published under no status at all; the year's account comes first.
            c.add(f, where, f"Nhiệm vụ {t.id} có khó khăn/đề xuất nhưng chưa có 'status'.",
                  f"Task {t.id} has difficulties/proposals but no 'status'.",
                  ("ghi 'status', hoặc chuyển các ý này lên 'difficulties'/'proposals' chung của cơ quan",
                   "give a 'status', or move them to the report's own 'difficulties'/'proposals'"))
        if t.filled and not t.summary:
            c.add(f, where, f"Nhiệm vụ {t.id} có tình trạng nhưng thiếu 'summary' (tóm tắt việc đã làm).",
                  f"Task {t.id} has a status but no 'summary'.")
        if (lead_of[t.id] and r.agency not in lead_of[t.id] and agency_known
                and not any(c.answers_for(a, r) for a in lead_of[t.id])):
            # Any one of the lead agencies may report it.
            c.add(f, where + ("id",), f"Nhiệm vụ {t.id} do {' hoặc '.join(sorted(lead_of[t.id]))} chủ trì báo cáo, không phải '{r.agency}'.",
                  f"Task {t.id} is reported by its lead agency ({' or '.join(sorted(lead_of[t.id]))}), not '{r.agency}'.")


def _filed_after_end(c: Checker, f: SourceFile, r) -> None:
    """A body cannot file anything after it ended; the file must name who really filed it."""
    a = c.agency_map[r.agency]
    ch = a.changes[0] if a.changes else None
    if ch is None or ch.effective is None:   # an undated change is reported on its own
        return
    end = end_phrase(c.agency_map, ch)
    fix = ("ghi ở 'agency' cơ quan thực sự gửi báo cáo (thêm vào plan/agencies.yml nếu chưa có) và đặt tệp ở "
           f"{c.progress_dir}/<năm>/<mã cơ quan đó>.yml; nếu ghi nhầm ngày gửi, sửa 'submitted'",
           "put the body that really filed it in 'agency' (add it to plan/agencies.yml if missing) and move the "
           f"file to {c.progress_dir}/<year>/<its id>.yml; if the date is wrong, fix 'submitted'")
    en_end = f"ended ({ch.kind}) from {ch.effective.isoformat()}"
    if r.submitted and r.submitted >= ch.effective:
        c.add(f, ("submitted",), f"{a.name} ('{a.id}') đã {end}; báo cáo gửi ngày {vi_date(r.submitted)} "
              "không thể do cơ quan này gửi.",
              f"{a.name} ('{a.id}') {en_end}; a report filed on {r.submitted.isoformat()} cannot be its report.", fix)
    elif r.submitted is None and dt.date(r.year, 1, 1) >= ch.effective:
        c.add(f, ("agency",), f"{a.name} ('{a.id}') đã {end}, trước năm báo cáo {r.year}: cơ quan này không thể "
              "gửi báo cáo năm đó.", f"{a.name} ('{a.id}') {en_end}, before the report year {r.year}.", fix)
    elif r.submitted is None and ch.effective.year <= r.year + 1 and _reports_anything(r):
        # A scaffold with nothing filled publishes nothing: it needs no date until it does.
        c.add(f, ("agency",), f"{a.name} ('{a.id}') đã {end}: ghi 'submitted' (ngày gửi) để biết báo cáo năm "
              f"{r.year} được gửi trước ngày đó.",
              f"{a.name} ('{a.id}') {en_end}: give 'submitted' to show the {r.year} report was filed before.",
              ("submitted: YYYY-MM-DD", "submitted: YYYY-MM-DD"))


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
