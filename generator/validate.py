"""Stage 2: cross-file checks, then the validated Project.

load.py has type-checked each file on its own; here we check what needs the
whole plan: unique ids, references between files, targets that parse,
progress that fits the indicator it reports on.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .assemble import build_project
from .load import SourceFile, Sources, load_sources, plan_files, plan_ids, read_agencies
from .model import Indicator
from .numbers import CURLY_QUOTES, ReadingError, exact_quantity, impossible, jump, read_reported
from .problems import DataError, Problem, did_you_mean
from .project import Family, Project
from .targets import TargetError, parse_target


class _Checker:
    """The checks of one plan's files against each other and the shared registry of bodies."""

    def __init__(self, src: Sources, agency_ids: set[str] | None):
        self.src = src
        self.problems: list[Problem] = []
        # None until the file defining them has been read: a reference cannot be checked
        # against a file that failed to load (its own problems are reported instead).
        self.agency_ids = agency_ids
        self.task_ids: set[str] | None = None
        self.indicators: dict[str, tuple[Indicator, str, str | None, SourceFile, tuple]] = {}

    def add(self, f: SourceFile, where: tuple, vi: str, en: str, hint=(None, None), key=False):
        self.problems.append(f.problem(where, vi, en, hint, key))

    def ref(self, f: SourceFile, where: tuple, value: str, known: set[str] | None, what_vi: str, what_en: str):
        # None: the file defining these ids failed to load and was reported already. An empty
        # set is a loaded file that defines nothing: then every reference is dangling.
        if known is not None and value not in known:
            hint = did_you_mean(value, sorted(known))
            if any(q in value for q in CURLY_QUOTES):
                bare = value.strip(CURLY_QUOTES + " ")
                hint = (f"dấu nháy cong (“ ” ‘ ’, do Word hay điện thoại tự đổi) là một phần của chữ; "
                        f"hãy dùng dấu nháy thẳng: \"{bare}\"",
                        f"curly quotes (“ ” ‘ ’) become part of the text; use straight quotes: \"{bare}\"")
            self.add(f, where, f"{what_vi} '{value}' không tồn tại.", f"{what_en} '{value}' does not exist.", hint)

    def unique(self, f: SourceFile, items, path: tuple, seen: dict, what_vi: str, what_en: str):
        for i, item in enumerate(items):
            if item.id in seen:
                other = seen[item.id]
                self.add(f, path + (i, "id"), f"{what_vi} '{item.id}' bị trùng (đã có ở {other}).",
                         f"Duplicate {what_en} '{item.id}' (already in {other}).")
            else:
                line, _ = f.positions.of(path + (i, "id"))
                seen[item.id] = f"{f.path}:{line}"

    # ------------------------------------------------------------ plan files
    def plan(self):
        f = self.src.plan
        if not f:
            return
        p = f.data
        r = p.responsibilities
        refs = [(("issuer",), p.issuer)]
        refs += [(("responsibilities", k), getattr(r, k)) for k in ("budget_review_by", "report_to", "report_via")
                 if getattr(r, k)]
        refs += [(("responsibilities", k, i), a) for k in ("sub_plans_by", "oversight_by") for i, a in enumerate(getattr(r, k))]
        if r.yearly_report:
            refs += [(("responsibilities", "yearly_report", k), getattr(r.yearly_report, k)) for k in ("by", "to")]
        refs += [(("implements", i, "issuer"), d.issuer) for i, d in enumerate(p.implements)]
        for where, value in refs:
            self.ref(f, where, value, self.agency_ids, "Cơ quan", "Agency")
        if p.period.end < p.period.start:   # a one-year plan (start == end) is common
            self.add(f, ("period", "end"), "Năm kết thúc không được trước năm bắt đầu.",
                     "The end year cannot precede the start year.")
        for i, year in enumerate(p.milestones):
            if not p.period.start <= year <= p.period.end:
                self.add(f, ("milestones", i), f"Mốc {year} nằm ngoài thời kỳ của kế hoạch ({p.period.start}–{p.period.end}).",
                         f"Milestone {year} is outside the plan period ({p.period.start}–{p.period.end}).",
                         ("sửa năm mốc hoặc thời kỳ (period)", "fix the milestone year or the period"))
            if year in p.milestones[:i]:
                self.add(f, ("milestones", i), f"Mốc {year} được khai hai lần.", f"Milestone {year} is declared twice.")
        docs = {d.id for d in p.implements}
        for i, mark in enumerate(p.marks):
            if mark.document:
                self.ref(f, ("marks", i, "document"), mark.document, docs, "Văn bản", "Document")
        self.unique(f, p.marks, ("marks",), {}, "Mã cột đánh dấu", "mark column id")
        self.unique(f, p.baselines, ("baselines",), {}, "Mã cột thực hiện", "baseline column id")
        if p.appendix is None and p.milestones:
            self.add(f, ("milestones",), "Kế hoạch có mốc mục tiêu nhưng không có phụ lục chỉ tiêu (appendix).",
                     "The plan declares milestones but has no indicator appendix.", key=True)
        n_tasks = sum(1 for _ in _walk(p.body) if _.contains == "tasks")
        if n_tasks != 1:
            self.add(f, ("body",), "Thân văn bản (body) phải có đúng một mục 'contains: tasks' (chỗ đặt các nhiệm vụ).",
                     "The body must have exactly one part with 'contains: tasks'.", key=True)

    def tasks(self):
        f = self.src.tasks
        if not f:
            return
        groups = {g.id: g for g in f.data.groups}
        self.unique(f, f.data.groups, ("groups",), {}, "Mã nhóm nhiệm vụ", "task group id")
        self.unique(f, f.data.tasks, ("tasks",), {}, "Mã nhiệm vụ", "task id")
        self.task_ids = {t.id for t in f.data.tasks}
        for i, t in enumerate(f.data.tasks):
            if t.group not in groups:
                self.ref(f, ("tasks", i, "group"), t.group, set(groups), "Nhóm nhiệm vụ", "Task group")
            elif t.subgroup and t.subgroup not in {s.id for s in groups[t.group].subgroups}:
                self.add(f, ("tasks", i, "subgroup"), f"Nhóm con '{t.subgroup}' không có trong nhóm {t.group}.",
                         f"Subgroup '{t.subgroup}' is not in group {t.group}.")
            for role in ("lead", "coordinating"):
                a = getattr(t, role)
                for j, ag in enumerate(a.agencies if a else []):
                    self.ref(f, ("tasks", i, role, "agencies", j), ag, self.agency_ids, "Cơ quan", "Agency")
            if t.timeframe and t.timeframe.kind == "tu-nam" and t.timeframe.start_year is None:
                self.add(f, ("tasks", i, "timeframe"), "Thời gian 'tu-nam' cần có start_year.",
                         "Timeframe 'tu-nam' needs start_year.")
            if t.timeframe and t.timeframe.kind == "den-nam" and t.timeframe.end_year is None:
                self.add(f, ("tasks", i, "timeframe"), "Thời gian 'den-nam' cần có end_year.",
                         "Timeframe 'den-nam' needs end_year.")

    # ------------------------------------------------------------ indicators
    def indicator_groups(self):
        seen_groups: dict = {}
        for f in self.src.groups:
            g = f.data
            if g.id in seen_groups:
                self.add(f, ("id",), f"Nhóm chỉ tiêu '{g.id}' bị trùng với {seen_groups[g.id]}.",
                         f"Indicator group '{g.id}' duplicates {seen_groups[g.id]}.")
            seen_groups[g.id] = f.path
            self.assigned(f, ("assigned",), g.assigned)
            if not g.assigned.reporting_agency:
                self.add(f, ("assigned",), "Nhóm chỉ tiêu cần 'reporting_agency' mặc định.",
                         "An indicator group needs a default 'reporting_agency'.")
            for i, ind in enumerate(g.indicators):
                self.indicator(f, ("indicators", i), ind, g.id, None)

    def assigned(self, f, where, a):
        if a is None:
            return
        if a.reporting_agency:
            self.ref(f, where + ("reporting_agency",), a.reporting_agency, self.agency_ids, "Cơ quan", "Agency")
        for j, t in enumerate(a.tasks):
            self.ref(f, where + ("tasks", j), t, self.task_ids, "Nhiệm vụ", "Task")

    def indicator(self, f: SourceFile, where: tuple, ind: Indicator, group_id: str, parent: Indicator | None):
        prefix = (parent.id if parent else group_id) + "."
        if not ind.id.startswith(prefix) or ind.id == prefix:
            self.add(f, where + ("id",), f"Mã chỉ tiêu '{ind.id}' phải bắt đầu bằng '{prefix}'.",
                     f"Indicator id '{ind.id}' must start with '{prefix}'.")
        if ind.id in self.indicators:
            _, _, _, other, other_where = self.indicators[ind.id]
            at = f"{other.path}:{other.positions.of(other_where + ('id',))[0]}"
            self.add(f, where + ("id",), f"Mã chỉ tiêu '{ind.id}' bị trùng (đã có ở {at}).",
                     f"Duplicate indicator id '{ind.id}' (already at {at}).")
        else:
            self.indicators[ind.id] = (ind, group_id, parent.id if parent else None, f, where)
        if ind.levels is not None and len(set(ind.levels)) != len(ind.levels) or (ind.levels is not None and len(ind.levels) < 2):
            self.add(f, where + ("levels",), "Thang mức cần ít nhất hai mức khác nhau.", "Levels need at least two distinct entries.")
        plan = self.src.plan.data if self.src.plan else None
        milestones = plan.milestones if plan else list(ind.targets)
        for year, text in ind.targets.items():
            if year not in milestones:
                self.add(f, where + ("targets", str(year)),
                         f"Mục tiêu ghi ở năm {year}, nhưng kế hoạch không khai mốc này (milestones: {', '.join(map(str, milestones)) or 'không có'}).",
                         f"Target under {year}, which the plan does not declare as a milestone.",
                         ("thêm năm vào milestones trong plan.yml, hoặc sửa năm", "add the year to milestones in plan.yml, or fix it"), key=True)
                continue
            try:
                parse_target(text, list(ind.levels) if ind.levels else None)
            except TargetError as e:
                # targets.py words the Vietnamese (with its own fix); the English is ours.
                self.add(f, where + ("targets", str(year)), str(e), _target_error_en(text, ind.levels, str(e)))
        missing = [str(m) for m in milestones if m not in ind.targets]
        if missing:
            self.add(f, where + ("targets",) if "targets" in ind.model_fields_set else where,
                     f"Chỉ tiêu {ind.id} thiếu mục tiêu cho mốc {', '.join(missing)} (ghi \"\" nếu ô để trống, \"-\" nếu không đặt).",
                     f"Indicator {ind.id} has no target for milestone {', '.join(missing)} (\"\" for a blank cell, \"-\" for none).")
        if plan is not None:
            for key, declared, what_vi, what_en in (("marks", {m.id for m in plan.marks}, "Cột đánh dấu", "Mark column"),
                                                    ("baselines", {b.id for b in plan.baselines}, "Cột thực hiện", "Baseline column")):
                for j, mid in enumerate(getattr(ind, key)):
                    self.ref(f, where + (key, mid if key == "baselines" else j), mid, declared, what_vi, what_en)
        self.assigned(f, where + ("assigned",), ind.assigned)
        for j, sub in enumerate(ind.sub_indicators):
            if parent is not None:
                self.add(f, where + ("sub_indicators",), "Chỉ tiêu con không được có chỉ tiêu con.",
                         "A sub-indicator cannot have sub-indicators.", key=True)
            self.indicator(f, where + ("sub_indicators", j), sub, group_id, ind)

    def reporting_agency(self, ind_id: str) -> str:
        ind, group_id, parent_id, _, _ = self.indicators[ind_id]
        for cand in (ind, self.indicators[parent_id][0] if parent_id else None):
            if cand is not None and cand.assigned and cand.assigned.reporting_agency:
                return cand.assigned.reporting_agency
        g = next(g for g in self.src.groups if g.data.id == group_id)
        return g.data.assigned.reporting_agency

    def group_unread(self, ind_id: str) -> bool:
        """True when the indicator's group may be in a file that could not be read.

        Ids start with their group's id (checked above), so an id whose group did
        not load is unknown because of that file's problem, already reported; saying
        '6.2 does not exist, did you mean 9.2?' for every report line would mislead.
        """
        if not any(p.startswith("indicators/") for p in self.src.unread):
            return False
        return ind_id.split(".")[0] not in {g.data.id for g in self.src.groups}

    # -------------------------------------------------------------- progress
    def reports(self):
        if not self.src.plan:
            return  # the plan's own problems are reported; its period is unknown
        plan_start, plan_end = self.src.plan.data.period.start, self.src.plan.data.period.end
        lead_of = defaultdict(set)
        if self.src.tasks:
            for t in self.src.tasks.data.tasks:
                for a in (t.lead.agencies if t.lead else []):
                    lead_of[t.id].add(a)
        for f in self.src.reports:
            r = f.data
            self.ref(f, ("agency",), r.agency, self.agency_ids, "Cơ quan", "Agency")
            # An unknown agency is one mistake: "move it to progress/…/<typo>.yml" or "this task
            # is not yours" on every line would only bury it.
            agency_known = self.agency_ids is not None and r.agency in self.agency_ids
            parts = Path(f.path).parts[1:]   # progress/<plan>/<year>/<agency>.yml, without "progress"
            if not plan_start <= r.year <= plan_end:
                # Said alone: 'move it to progress/2099/' would be the wrong fix.
                self.add(f, ("year",), f"Năm báo cáo {r.year} nằm ngoài thời kỳ của kế hoạch ({plan_start}–{plan_end}).",
                         f"Report year {r.year} is outside the plan period ({plan_start}–{plan_end}).")
            elif _misplaced(parts, r.year, r.agency, name_matters=agency_known or self.agency_ids is None):
                # Point at the key that disagrees with the file's place, so the fix is obvious.
                key = "year" if len(parts) == 3 and parts[1] != str(r.year) else "agency"
                at = f"{self.progress_dir}/{r.year}/{r.agency}.yml"
                self.add(f, (key,), f"Báo cáo của '{r.agency}' năm {r.year} phải nằm ở {at}.",
                         f"The report of '{r.agency}' for {r.year} must be at {at}.")
            seen = {}
            for i, v in enumerate(r.indicators):
                where = ("indicators", i)
                if v.id not in self.indicators:
                    if not self.group_unread(v.id):
                        self.ref(f, where + ("id",), v.id, set(self.indicators), "Chỉ tiêu", "Indicator")
                    continue
                ind = self.indicators[v.id][0]
                year = v.year or r.year
                if year > r.year or year < plan_start - 5:
                    self.add(f, where + ("year",), f"Năm {year} không hợp lệ cho báo cáo năm {r.year} (từ {plan_start - 5} đến {r.year}).",
                             f"Year {year} is not valid in the {r.year} report ({plan_start - 5}–{r.year}).")
                if (v.id, year) in seen:
                    self.add(f, where + ("id",), f"Chỉ tiêu {v.id} năm {year} đã được báo cáo ở dòng {seen[(v.id, year)]}.",
                             f"Indicator {v.id} for {year} is already reported on line {seen[(v.id, year)]}.")
                seen[(v.id, year)] = f.positions.of(where)[0]
                owner = self.reporting_agency(v.id)
                if owner and owner != r.agency and agency_known:
                    self.add(f, where + ("id",), f"Chỉ tiêu {v.id} do '{owner}' báo cáo, không phải '{r.agency}'.",
                             f"Indicator {v.id} is reported by '{owner}', not '{r.agency}'.",
                             (f"chuyển mục này sang {self.progress_dir}/{r.year}/{owner}.yml",
                              f"move it to {self.progress_dir}/{r.year}/{owner}.yml"))
                if not v.filled:
                    continue  # listed but not reported yet (a scaffolded entry)
                for key in ("kind", "source"):
                    # A mistyped 'kind' or 'sorce' was reported already; 'missing' would say it twice.
                    if getattr(v, key) is None and not _reported_within(f, where):
                        self.add(f, where, f"Chỉ tiêu {v.id} có giá trị nhưng thiếu '{key}'.",
                                 f"Indicator {v.id} has a value but no '{key}'.",
                                 ("kind: uoc-tinh, so-bo hoặc chinh-thuc; source: nguồn số liệu",
                                  "kind: uoc-tinh, so-bo or chinh-thuc; source: where the figure comes from"))
                if ind.levels:
                    if v.level is None or v.level not in ind.levels:
                        self.add(f, where + ("level",), f"Chỉ tiêu {v.id} là định tính: 'level' phải là một trong: {', '.join(ind.levels)}.",
                                 f"Indicator {v.id} is qualitative: 'level' must be one of: {', '.join(ind.levels)}.")
                    if v.value is not None and not isinstance(v.value, str):
                        self.add(f, where + ("value",), "Chỉ tiêu định tính ghi mức ở 'level'; 'value' chỉ là lời mô tả.",
                                 "Qualitative indicators take 'level'; 'value' is only a description.")
                else:
                    if v.level is not None:
                        self.add(f, where + ("level",), f"Chỉ tiêu {v.id} là định lượng: hãy ghi 'value', không ghi 'level'.",
                                 f"Indicator {v.id} is quantitative: give 'value', not 'level'.", key=True)
                    if v.value is None:
                        continue
                    try:
                        number = read_reported(v.value, f.positions.text(where + ("value",)), _yaml_form)
                    except ReadingError as e:
                        self.add(f, where + ("value",), str(e), e.en)
                        continue
                    if (why := impossible(number, ind.unit, ind.name, _target_numbers(ind))) is not None:
                        self.add(f, where + ("value",), f"Chỉ tiêu {v.id}: {why[0]}", f"Indicator {v.id}: {why[1]}")
            seen_t = {}
            for i, t in enumerate(r.tasks):
                where = ("tasks", i)
                if self.task_ids is None or t.id not in self.task_ids:
                    self.ref(f, where + ("id",), t.id, self.task_ids, "Nhiệm vụ", "Task")
                    continue
                if t.id in seen_t:
                    self.add(f, where + ("id",), f"Nhiệm vụ {t.id} đã được báo cáo ở dòng {seen_t[t.id]}.",
                             f"Task {t.id} is already reported on line {seen_t[t.id]}.")
                seen_t[t.id] = f.positions.of(where)[0]
                if not t.filled and (t.difficulties or t.proposals):
                    # They would be published under no status at all; the year's account comes first.
                    self.add(f, where, f"Nhiệm vụ {t.id} có khó khăn/đề xuất nhưng chưa có 'status'.",
                             f"Task {t.id} has difficulties/proposals but no 'status'.",
                             ("ghi 'status', hoặc chuyển các ý này lên 'difficulties'/'proposals' chung của cơ quan",
                              "give a 'status', or move them to the report's own 'difficulties'/'proposals'"))
                if t.filled and not t.summary:
                    self.add(f, where, f"Nhiệm vụ {t.id} có tình trạng nhưng thiếu 'summary' (tóm tắt việc đã làm).",
                             f"Task {t.id} has a status but no 'summary'.")
                if lead_of[t.id] and r.agency not in lead_of[t.id] and agency_known:
                    # Any one of the lead agencies may report it.
                    self.add(f, where + ("id",), f"Nhiệm vụ {t.id} do {' hoặc '.join(sorted(lead_of[t.id]))} chủ trì báo cáo, không phải '{r.agency}'.",
                             f"Task {t.id} is reported by its lead agency ({' or '.join(sorted(lead_of[t.id]))}), not '{r.agency}'.")

    @property
    def progress_dir(self) -> str:
        return plan_files(self.src.plan_id)["progress"]

    def run(self) -> list[Problem]:
        self.plan()
        self.tasks()
        self.indicator_groups()
        self.reports()
        return self.problems


def _yaml_form(number_text: str) -> str:
    return f'value: "{number_text}"'


def _reported_within(f: SourceFile, where: tuple) -> bool:
    """True when a value inside `where` was refused by the type check (and reported there)."""
    return any(b[:len(where)] == where and len(b) > len(where) for b in f.broken)


def _target_numbers(ind) -> list[float]:
    """Every number the indicator's targets name, whatever milestones the plan declares."""
    out = []
    for text in ind.targets.values():
        try:
            t = parse_target(text, list(ind.levels) if ind.levels else None)
        except TargetError:
            continue  # reported on its own
        out += [x for x in (t.value, t.low, t.high) if x is not None]
    return out


@dataclass(frozen=True)
class Jump:
    indicator: str
    year: int
    problem: Problem   # severity "warning"


def value_warnings(project: Project) -> list[Jump]:
    """Values that jump implausibly far from the last one reported: worth a second look, not a refusal.

    Real jumps happen (a new survey method, a school merged), so these never fail
    validate; they are printed, and shown in the pull-request summary.
    """
    out = []
    for ind_id, series in project.values.items():
        info = project.indicators[ind_id]
        if info.qualitative:
            continue
        for prev, cur in zip(series, series[1:]):
            b, a = prev.current, cur.current
            if b.number is None or a.number is None or (why := jump(b.number, a.number, info.unit)) is None:
                continue
            now, last = exact_quantity(a.number, info.unit), exact_quantity(b.number, info.unit)
            at_vi = f"{ind_id} năm {a.year}: {now}, {why[0]} ({last} năm {b.year})"
            at_en = f"{ind_id} in {a.year}: {now}, {why[1]} ({last} in {b.year})"
            out.append(Jump(ind_id, a.year, Problem(
                a.report_file, a.line, 1, f"Chỉ tiêu {at_vi}. Nếu số đúng, hãy ghi lý do ở 'note'.",
                f"Indicator {at_en}. If it is right, say why in 'note'.", severity="warning")))
    return sorted(out, key=lambda j: j.problem)


def _misplaced(parts: tuple, year: int, agency: str, name_matters: bool) -> bool:
    """Not at <plan>/<year>/<agency>.yml under progress/. With a mistyped agency the name is not the fix."""
    if len(parts) != 3 or parts[1] != str(year):
        return True
    return name_matters and parts[2] != f"{agency}.yml"


def _target_error_en(text: str, levels, message_vi: str) -> str:
    if levels:
        return f"Target '{text}' is not one of the indicator's levels ({', '.join(levels)})."
    if message_vi.startswith("Khoảng"):
        return f"Range '{text}' has its lower end above its upper end; swap them."
    if not any(c.isdigit() for c in text):
        return f"Target '{text}' is text, not a number: if the indicator is qualitative, add 'levels' containing '{text}'."
    return (f"Target '{text}' cannot be read. Accepted forms: 62,5 · <4 · ≥1 · 2-2,5 · - (none); "
            f"Vietnamese decimals use a comma.")


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.items)


def check_agencies(f: SourceFile | None) -> tuple[set[str] | None, list[Problem]]:
    """The shared registry on its own: unique ids and names, known kinds, successors that exist."""
    if not f:
        return None, []
    problems: list[Problem] = []

    def add(where, vi, en):
        problems.append(f.problem(where, vi, en))

    seen: dict[str, str] = {}
    for i, a in enumerate(f.data.agencies):
        if a.id in seen:
            add(("agencies", i, "id"), f"Mã cơ quan '{a.id}' bị trùng (đã có ở {seen[a.id]}).",
                f"Duplicate agency id '{a.id}' (already in {seen[a.id]}).")
        else:
            seen[a.id] = f"{f.path}:{f.positions.of(('agencies', i, 'id'))[0]}"
    ids = {a.id for a in f.data.agencies}
    kinds = set(f.data.kinds)
    names: dict[str, str] = {}
    for i, a in enumerate(f.data.agencies):
        if a.kind not in kinds:
            problems.append(f.problem(("agencies", i, "kind"), f"Loại cơ quan '{a.kind}' không có trong 'kinds'.",
                                      f"Agency kind '{a.kind}' is not in 'kinds'.", did_you_mean(a.kind, sorted(kinds))))
        for j, k in enumerate(a.members.kinds if a.members else []):
            if k not in kinds:
                add(("agencies", i, "members", "kinds", j), f"Loại cơ quan '{k}' không có trong 'kinds'.",
                    f"Agency kind '{k}' is not in 'kinds'.")
        if a.parent and a.parent not in ids:
            problems.append(f.problem(("agencies", i, "parent"), f"Cơ quan cấp trên '{a.parent}' không tồn tại.",
                                      f"Parent agency '{a.parent}' does not exist.", did_you_mean(a.parent, sorted(ids))))
        for j, s in enumerate(a.successors):
            if s.agency not in ids:
                problems.append(f.problem(("agencies", i, "successors", j, "agency"), f"Cơ quan kế nhiệm '{s.agency}' không tồn tại.",
                                          f"Successor '{s.agency}' does not exist.", did_you_mean(s.agency, sorted(ids))))
            if s.agency == a.id:
                add(("agencies", i, "successors", j, "agency"), "Cơ quan không thể kế nhiệm chính nó.",
                    "An agency cannot succeed itself.")
        for n in [a.name, *a.variants]:
            k = " ".join(n.lower().split())
            if k in names and names[k] != a.id:
                add(("agencies", i), f"Tên '{n}' đã thuộc về cơ quan '{names[k]}'.",
                    f"Name '{n}' already belongs to agency '{names[k]}'.")
            names[k] = a.id
    return ids, problems


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
                    problems.append(s.plan.problem(("implements", i, "plan"), f"Kế hoạch '{d.plan}' không có trong kho (plan/{d.plan}/plan.yml).",
                                                   f"Plan '{d.plan}' is not in the repository.", did_you_mean(d.plan, sorted(sources))))
                else:
                    edges[pid].add(d.plan)
        if not s.tasks:
            continue
        for i, t in enumerate(s.tasks.data.tasks):
            for j, x in enumerate(t.implements):
                where = ("tasks", i, "implements", j)
                if x.plan not in sources:
                    problems.append(s.tasks.problem(where + ("plan",), f"Kế hoạch '{x.plan}' không có trong kho.",
                                                    f"Plan '{x.plan}' is not in the repository.", did_you_mean(x.plan, sorted(sources))))
                    continue
                if x.plan == pid:
                    problems.append(s.tasks.problem(where + ("plan",), "Nhiệm vụ không thể thực hiện một nhiệm vụ của chính kế hoạch mình.",
                                                    "A task cannot implement a task of its own plan."))
                    continue
                edges[pid].add(x.plan)
                if tasks[x.plan] is not None and x.task not in tasks[x.plan]:
                    problems.append(s.tasks.problem(where + ("task",), f"Nhiệm vụ '{x.task}' không có trong kế hoạch '{x.plan}'.",
                                                    f"Task '{x.task}' does not exist in plan '{x.plan}'.",
                                                    did_you_mean(x.task, sorted(tasks[x.plan]))))
    for pid, s in sources.items():
        for f in s.groups:
            for where, ind in _indicators_of(f.data):
                for j, x in enumerate(ind.same_as):
                    at = where + ("same_as", j)
                    if x.plan not in sources or x.plan == pid:
                        f_problem = f.problem(at + ("plan",), f"Kế hoạch '{x.plan}' không có trong kho (hoặc là chính kế hoạch này).",
                                              f"Plan '{x.plan}' is not another plan of the repository.")
                        problems.append(f_problem)
                    elif not any(i.id == x.indicator for g in sources[x.plan].groups for _, i in _indicators_of(g.data)):
                        problems.append(f.problem(at + ("indicator",), f"Chỉ tiêu '{x.indicator}' không có trong kế hoạch '{x.plan}'.",
                                                  f"Indicator '{x.indicator}' does not exist in plan '{x.plan}'."))
    for cycle in _cycles(edges):
        s = sources[cycle[0]]
        if s.plan:
            chain = " → ".join(cycle + [cycle[0]])
            problems.append(s.plan.problem(("implements",), f"Các kế hoạch thực hiện lẫn nhau thành vòng: {chain}.",
                                           f"Plans implement each other in a cycle: {chain}.", key=True))
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
    only = ids[0] if len(ids) == 1 else "<mã-kế-hoạch>"
    out = []

    def stray(path: Path, where: str):
        rel = path.relative_to(root).as_posix()
        out.append(Problem(rel, 1, 1, f"Tệp này không thuộc kế hoạch nào nên bị bỏ qua; hãy chuyển nó vào {where}.",
                           f"This file belongs to no plan and is ignored; move it to {where}."))

    for path in sorted(root.glob("plan/*.yml")):
        if path.name != "agencies.yml":
            stray(path, f"plan/{only}/{path.name}")
    for path in sorted(root.glob("indicators/*.yml")):
        stray(path, f"indicators/{only}/{path.name}")
    for path in sorted(root.glob("progress/*/*.yml")):
        year = path.parent.name
        stray(path, f"progress/{only}/{year}/{path.name}" if year.isdigit() else f"progress/{only}/<năm>/{path.name}")
    for top in ("indicators", "progress"):
        for folder in sorted(p for p in (root / top).glob("*/") if p.is_dir() and not p.name.isdigit()):
            if folder.name not in ids and any(folder.rglob("*.yml")):
                first = sorted(folder.rglob("*.yml"))[0]
                rel = first.relative_to(root).as_posix()
                hint = did_you_mean(folder.name, ids)
                out.append(Problem(rel, 1, 1, f"Thư mục {top}/{folder.name}/ không ứng với kế hoạch nào (plan/{folder.name}/plan.yml).",
                                   f"Folder {top}/{folder.name}/ matches no plan (plan/{folder.name}/plan.yml).", *hint))
    return out


def check_family(root: Path) -> tuple[Family | None, list[Problem]]:
    """Every plan of the repository, checked on its own and against the others."""
    root = Path(root)
    problems: list[Problem] = []
    agencies = read_agencies(root, problems)
    agency_ids, more = check_agencies(agencies)
    problems += more
    ids = plan_ids(root)
    if not ids:
        problems.append(Problem("plan/", 1, 1, "Không tìm thấy kế hoạch nào (plan/<mã-kế-hoạch>/plan.yml).",
                                "No plan found (plan/<plan-id>/plan.yml).", "plansite new-plan --id <mã>", "plansite new-plan --id <id>"))
    all_sources: dict[str, Sources] = {}
    checkers: dict[str, _Checker] = {}
    for pid in ids:
        sources, loaded = load_sources(root, pid, agencies)
        problems += loaded
        checker = _Checker(sources, agency_ids)
        problems += checker.run()
        all_sources[pid], checkers[pid] = sources, checker
    problems += check_links(all_sources)
    problems += stray_files(root, ids)
    if problems or agencies is None or any(s.unread or not (s.plan and s.tasks) for s in all_sources.values()):
        return None, problems
    plans = {pid: build_project(all_sources[pid], c.indicators, c.reporting_agency) for pid, c in checkers.items()}
    return Family(plans, {a.id: a for a in agencies.data.agencies}), []


def load_family(root: Path) -> Family:
    """Load and validate every plan; raise DataError listing every problem."""
    family, problems = check_family(root)
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
    vi = (f"Kho có nhiều kế hoạch ({ids}); hãy chọn một bằng --plan." if plan_id is None else
          f"Không có kế hoạch '{plan_id}' (có: {ids}).")
    en = (f"The repository holds several plans ({ids}); choose one with --plan." if plan_id is None else
          f"There is no plan '{plan_id}' (there are: {ids}).")
    raise DataError([Problem("plan/", 1, 1, vi, en)])


def load_project(root: Path, plan_id: str | None = None) -> Project:
    """One plan, validated with the whole repository; the only plan unless `plan_id` names one."""
    return choose_plan(load_family(root), plan_id)


def add_plan_option(parser) -> None:
    """`--plan ID` for the commands that work on one plan; optional while the repository holds one."""
    parser.add_argument("--plan", help="mã kế hoạch (thư mục plan/<mã>/); không cần khi kho chỉ có một kế hoạch")
