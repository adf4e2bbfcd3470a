"""Stage 2: cross-file checks, then the validated Project.

load.py has type-checked each file on its own; here we check what needs the
whole plan: unique ids, references between files, targets that parse,
progress that fits the indicator it reports on.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from generator.data.amendments import FIELDS, ITEM_LABELS, field_names, read_value, split_item
from generator.data.assemble import build_project
from generator.data.bodies import end_phrase, vi_date, who_answers
from generator.data.load import SourceFile, Sources, load_sources, plan_files, plan_ids, read_agencies
from generator.data.model import CHANGE_KIND_LABELS, Indicator
from generator.text.numbers import CURLY_QUOTES, ReadingError, exact_quantity, impossible, jump, read_reported
from generator.data.problems import DataError, Problem, did_you_mean
from generator.data.project import Family, Project
from generator.data.targets import TargetError, parse_target
from generator.checks.breakdowns import BreakdownChecks
from generator.checks.documents import evidence_problems


class _Checker:
    """The checks of one plan's files against each other and the shared registry of bodies."""

    def __init__(self, src: Sources, agency_ids: set[str] | None):
        self.src = src
        self.problems: list[Problem] = []
        # None until the file defining them has been read: a reference cannot be checked
        # against a file that failed to load (its own problems are reported instead).
        self.agency_ids = agency_ids
        self.agency_map: dict = {}
        self.task_ids: set[str] | None = None
        self.indicators: dict[str, tuple[Indicator, str, str | None, SourceFile, tuple]] = {}
        self.breakdowns = BreakdownChecks(self)

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
    # ------------------------------------------------ the shared registry (checked once per repository)
    def agencies(self):
        f = self.src.agencies
        if not f:
            return
        self.unique(f, f.data.agencies, ("agencies",), {}, "Mã cơ quan", "agency id")
        self.agency_ids = {a.id for a in f.data.agencies}
        self.agency_map = {a.id: a for a in f.data.agencies}
        kinds = set(f.data.kinds)
        for i, a in enumerate(f.data.agencies):
            if a.kind not in kinds:
                self.add(f, ("agencies", i, "kind"), f"Loại cơ quan '{a.kind}' không có trong 'kinds'.",
                         f"Agency kind '{a.kind}' is not in 'kinds'.", did_you_mean(a.kind, sorted(kinds)))
            for j, k in enumerate(a.members.kinds if a.members else []):
                if k not in kinds:
                    self.add(f, ("agencies", i, "members", "kinds", j), f"Loại cơ quan '{k}' không có trong 'kinds'.",
                             f"Agency kind '{k}' is not in 'kinds'.")
            if a.parent:
                self.ref(f, ("agencies", i, "parent"), a.parent, self.agency_ids, "Cơ quan cấp trên", "Parent agency")
        self.unique(f, f.data.documents, ("documents",), {}, "Mã văn bản", "document id")
        doc_ids = {d.id for d in f.data.documents}
        names: dict[str, str] = {}
        for i, a in enumerate(f.data.agencies):
            for j, c in enumerate(a.changes):
                self.change(f, ("agencies", i, "changes", j), a, c, doc_ids)
            if len(a.changes) > 1:
                self.add(f, ("agencies", i, "changes", 1), f"Cơ quan '{a.id}' chỉ ghi một thay đổi.",
                         f"Agency '{a.id}' records one change only.",
                         ("sau khi đổi tên hoặc sáp nhập, cơ quan mới là một mục riêng trong agencies và ghi tiếp "
                          "thay đổi của nó ở đó", "after a rename or merger the new body is its own entry and "
                          "records its later changes there"))
            for n in [a.name, *a.variants]:
                k = " ".join(n.lower().split())
                if k in names and names[k] != a.id:
                    self.add(f, ("agencies", i), f"Tên '{n}' đã thuộc về cơ quan '{names[k]}'.",
                             f"Name '{n}' already belongs to agency '{names[k]}'.")
                names[k] = a.id
        self.change_cycles(f)

    def change(self, f: SourceFile, where: tuple, a, c, doc_ids: set[str]):
        """One recorded change: who it goes to, from when, on what authority."""
        label = CHANGE_KIND_LABELS[c.kind]
        want_one, want_some = c.kind in ("doi-ten", "sap-nhap"), c.kind == "chia-tach"
        if want_one and len(c.to) != 1:
            self.add(f, where + ("to",) if c.to else where, f"Thay đổi '{c.kind}' ({label}) cần đúng một cơ quan ở 'to'.",
                     f"Change '{c.kind}' needs exactly one body in 'to'.",
                     ("nhiều cơ quan nhận chức năng: dùng kind: chia-tach", "several bodies: use kind: chia-tach"))
        elif want_some and not c.to:
            self.add(f, where, "Thay đổi 'chia-tach' cần ít nhất một cơ quan ở 'to', mỗi cơ quan có 'functions'.",
                     "Change 'chia-tach' needs at least one body in 'to', each with 'functions'.",
                     ("không biết cơ quan nào nhận: dùng kind: chua-xac-dinh", "successor unknown: use kind: chua-xac-dinh"))
        elif not (want_one or want_some) and c.to:
            self.add(f, where + ("to",), f"Thay đổi '{c.kind}' ({label}) không có cơ quan kế nhiệm: bỏ 'to'.",
                     f"Change '{c.kind}' has no successor: remove 'to'.")
        for k, part in enumerate(c.to):
            self.ref(f, where + ("to", k, "agency"), part.agency, self.agency_ids, "Cơ quan kế nhiệm", "Successor")
            if part.agency == a.id:
                self.add(f, where + ("to", k, "agency"), "Cơ quan không thể kế nhiệm chính nó.",
                         "An agency cannot succeed itself.")
            if want_some and not part.functions:
                self.add(f, where + ("to", k), f"Chia tách: ghi 'functions' (chức năng '{part.agency}' nhận).",
                         f"Split: give 'functions' (what '{part.agency}' took over).")
        if (c.since is None) == (c.known_by is None):
            self.add(f, where, "Ghi đúng một trong hai: 'since' (ngày có hiệu lực) hoặc 'known_by' (khi chưa xác định "
                     "ngày hiệu lực: ngày của nguồn sớm nhất cho thấy đã thay đổi).",
                     "Give exactly one of 'since' (effective date) or 'known_by' (date of the earliest source showing it).")
        for k, doc in enumerate(c.sources):
            self.ref(f, where + ("sources", k), doc, doc_ids, "Văn bản", "Document")

    def change_cycles(self, f: SourceFile):
        order = {a.id: i for i, a in enumerate(f.data.agencies)}
        for a in f.data.agencies:
            seen, cur = [a.id], a
            while cur.changes and cur.changes[0].kind in ("doi-ten", "sap-nhap") and cur.changes[0].to:
                nxt = cur.changes[0].to[0].agency
                if nxt not in self.agency_map:
                    break
                if nxt in seen:
                    if nxt == a.id and a.id == min(seen, key=order.get):  # say it once per cycle
                        self.add(f, ("agencies", order[a.id], "changes", 0), "Chuỗi thay đổi quay vòng: "
                                 f"{' → '.join(seen + [nxt])}.", f"The chain of changes loops: {' → '.join(seen + [nxt])}.")
                    break
                seen.append(nxt)
                cur = self.agency_map[nxt]

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
        self.breakdowns.indicator(f, where, ind)
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
            if agency_known:
                self.filed_after_end(f, r)
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
                if owner and owner != r.agency and agency_known and not self.answers_for(owner, r):
                    self.add(f, where + ("id",), f"Chỉ tiêu {v.id} do '{owner}' báo cáo, không phải '{r.agency}'.",
                             f"Indicator {v.id} is reported by '{owner}', not '{r.agency}'.",
                             (f"chuyển mục này sang {self.progress_dir}/{r.year}/{owner}.yml",
                              f"move it to {self.progress_dir}/{r.year}/{owner}.yml"))
                if not v.filled:
                    self.breakdowns.value(f, where, v, ind, year, None)   # parts typed before the total
                    continue  # listed but not reported yet (a scaffolded entry)
                for key in ("kind", "source"):
                    # A mistyped 'kind' or 'sorce' was reported already; 'missing' would say it twice.
                    if getattr(v, key) is None and not _reported_within(f, where):
                        self.add(f, where, f"Chỉ tiêu {v.id} có giá trị nhưng thiếu '{key}'.",
                                 f"Indicator {v.id} has a value but no '{key}'.",
                                 ("kind: uoc-tinh, so-bo hoặc chinh-thuc; source: nguồn số liệu",
                                  "kind: uoc-tinh, so-bo or chinh-thuc; source: where the figure comes from"))
                if ind.levels:
                    self.breakdowns.value(f, where, v, ind, year, None)
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
                        self.breakdowns.value(f, where, v, ind, year, None)
                        continue
                    if (why := impossible(number, ind.unit, ind.name, _target_numbers(ind))) is not None:
                        self.add(f, where + ("value",), f"Chỉ tiêu {v.id}: {why[0]}", f"Indicator {v.id}: {why[1]}")
                        number = None
                    self.breakdowns.value(f, where, v, ind, year, number)
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
                if (lead_of[t.id] and r.agency not in lead_of[t.id] and agency_known
                        and not any(self.answers_for(a, r) for a in lead_of[t.id])):
                    # Any one of the lead agencies may report it.
                    self.add(f, where + ("id",), f"Nhiệm vụ {t.id} do {' hoặc '.join(sorted(lead_of[t.id]))} chủ trì báo cáo, không phải '{r.agency}'.",
                             f"Task {t.id} is reported by its lead agency ({' or '.join(sorted(lead_of[t.id]))}), not '{r.agency}'.")

    @property
    def progress_dir(self) -> str:
        return plan_files(self.src.plan_id)["progress"]

    # ------------------------------------------------------------ amendments
    def amendments(self):
        """Each change names an item and field that exist, a value that reads, and a date the plan allows."""
        plan = self.src.plan.data if self.src.plan else None
        issued = (plan.place_date.date or dt.date(plan.place_date.year, 1, 1)) if plan else None
        same_day: dict[tuple, str] = {}
        for f in self.src.amendments:
            a = f.data
            self.ref(f, ("issuer",), a.issuer, self.agency_ids, "Cơ quan", "Agency")
            if issued and a.effective < issued:
                when = plan.place_date.date.strftime("%d/%m/%Y") if plan.place_date.date else f"năm {plan.place_date.year}"
                self.add(f, ("effective",), f"Văn bản có hiệu lực ngày {vi_date(a.effective)}, trước khi kế hoạch được "
                         f"ban hành ({when}).", f"Effective {a.effective.isoformat()}, before the plan was issued.",
                         ("kiểm tra lại ngày hiệu lực", "check the effective date"))
            for i, ch in enumerate(a.changes):
                self.amendment_change(f, ("changes", i), a, ch, same_day)

    def amendment_change(self, f: SourceFile, where: tuple, a, ch, same_day: dict):
        kind, item_id = split_item(ch.item)
        known = {"task": self.task_ids, "indicator": set(self.indicators) if self.src.groups else None}.get(kind)
        if kind not in FIELDS:
            self.add(f, where + ("item",), f"Mục '{ch.item}' phải bắt đầu bằng 'task:' hoặc 'indicator:'.",
                     f"Item '{ch.item}' must start with 'task:' or 'indicator:'.")
            return
        if known is not None and item_id not in known:
            self.add(f, where + ("item",), f"{ITEM_LABELS[kind].capitalize()} '{item_id}' không có trong kế hoạch.",
                     f"{kind.capitalize()} '{item_id}' is not in the plan.", did_you_mean(item_id, sorted(known)))
            return
        if ch.action == "withdraw":
            if ch.field is not None:
                self.add(f, where + ("field",), "Bãi bỏ cả mục (action: withdraw) không ghi 'field'.",
                         "Withdrawing an item takes no 'field'.")
        elif ch.field not in field_names(kind, self.src.plan.data.milestones if self.src.plan else ()):
            allowed = ", ".join(field_names(kind, self.src.plan.data.milestones if self.src.plan else ()))
            self.add(f, where + (("field",) if ch.field else ()), f"Trường '{ch.field}' không sửa được ở {ITEM_LABELS[kind]}; "
                     f"dùng một trong: {allowed}.", f"Field '{ch.field}' cannot be amended on a {kind}; use one of: {allowed}.",
                     did_you_mean(str(ch.field), field_names(kind, self.src.plan.data.milestones if self.src.plan else ()))
                     if ch.field else (None, None))
            return
        elif known is not None:
            levels = None
            if kind == "indicator":
                ind = self.indicators[item_id][0]
                levels = list(ind.levels) if ind.levels else None
            try:
                value = read_value(kind, ch.field, ch.value, levels)
            except ValueError as e:
                self.add(f, where + ("value",), str(e), f"The new value of '{ch.field}' cannot be read.")
            else:
                for role in ("lead", "coordinating"):
                    if ch.field == role and value is not None:
                        for j, ag in enumerate(value.agencies):
                            self.ref(f, where + ("value", "agencies", j), ag, self.agency_ids, "Cơ quan", "Agency")
        key = (kind, item_id, ch.field or "*", a.effective)
        line = f"{f.path}:{f.positions.of(where)[0]}"
        if key in same_day:
            self.add(f, where + ("item",), f"Hai văn bản cùng sửa {ch.field or 'toàn bộ'} của {ITEM_LABELS[kind]} {item_id} "
                     f"có hiệu lực cùng ngày {vi_date(a.effective)} (đã có ở {same_day[key]}).",
                     f"Two amendments change {ch.field or 'the whole'} of {kind} {item_id} effective the same day "
                     f"{a.effective.isoformat()} (already at {same_day[key]}).",
                     ("gộp vào một văn bản, hoặc kiểm tra ngày hiệu lực", "merge them or check the dates"))
        else:
            same_day[key] = line

    def filed_on(self, r) -> dt.date:
        """When a report was filed: its date, or else the plan's deadline for its year."""
        if r.submitted:
            return r.submitted
        yearly = self.src.plan.data.responsibilities.yearly_report if self.src.plan else None
        return dt.date(r.year, yearly.due.month, yearly.due.day) if yearly else dt.date(r.year, 12, 31)

    def answers_for(self, owner: str, r) -> bool:
        """A successor recorded in the registry reports what the plan gave the body it succeeded."""
        if owner not in self.agency_map:
            return False
        return who_answers(self.agency_map, owner, self.filed_on(r)).current == r.agency

    def filed_after_end(self, f: SourceFile, r):
        """A body cannot file anything after it ended; the file must name who really filed it."""
        a = self.agency_map[r.agency]
        c = a.changes[0] if a.changes else None
        if c is None or c.effective is None:   # an undated change is reported on its own
            return
        end = end_phrase(self.agency_map, c)
        fix = ("ghi ở 'agency' cơ quan thực sự gửi báo cáo (thêm vào plan/agencies.yml nếu chưa có) và đặt tệp ở "
               f"{self.progress_dir}/<năm>/<mã cơ quan đó>.yml; nếu ghi nhầm ngày gửi, sửa 'submitted'",
               "put the body that really filed it in 'agency' (add it to plan/agencies.yml if missing) and move the "
               f"file to {self.progress_dir}/<year>/<its id>.yml; if the date is wrong, fix 'submitted'")
        en_end = f"ended ({c.kind}) from {c.effective.isoformat()}"
        if r.submitted and r.submitted >= c.effective:
            self.add(f, ("submitted",), f"{a.name} ('{a.id}') đã {end}; báo cáo gửi ngày {vi_date(r.submitted)} "
                     "không thể do cơ quan này gửi.",
                     f"{a.name} ('{a.id}') {en_end}; a report filed on {r.submitted.isoformat()} cannot be its report.", fix)
        elif r.submitted is None and dt.date(r.year, 1, 1) >= c.effective:
            self.add(f, ("agency",), f"{a.name} ('{a.id}') đã {end}, trước năm báo cáo {r.year}: cơ quan này không thể "
                     "gửi báo cáo năm đó.", f"{a.name} ('{a.id}') {en_end}, before the report year {r.year}.", fix)
        elif r.submitted is None and c.effective.year <= r.year + 1 and _reports_anything(r):
            # A scaffold with nothing filled publishes nothing: it needs no date until it does.
            self.add(f, ("agency",), f"{a.name} ('{a.id}') đã {end}: ghi 'submitted' (ngày gửi) để biết báo cáo năm "
                     f"{r.year} được gửi trước ngày đó.",
                     f"{a.name} ('{a.id}') {en_end}: give 'submitted' to show the {r.year} report was filed before.",
                     ("submitted: YYYY-MM-DD", "submitted: YYYY-MM-DD"))

    def run(self) -> list[Problem]:
        agencies = self.src.agencies
        self.breakdowns.dimensions_file({d.id for d in agencies.data.documents} if agencies else None)
        self.plan()
        self.tasks()
        self.indicator_groups()
        self.reports()
        self.amendments()
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
        out += _part_jumps(project, ind_id, series)
    return sorted(out, key=lambda j: j.problem)


def _part_jumps(project: Project, ind_id: str, series) -> list[Jump]:
    """The same check for each commune or group: a typo in one part (0,605 for 60,5) hides in a table of ten."""
    unit = project.indicators[ind_id].unit
    out = []
    for prev, cur in zip(series, series[1:]):
        before = {p.cell: p.number for p in prev.current.parts}
        for part in cur.current.parts:
            b = before.get(part.cell)
            if b is None or (why := jump(b, part.number, unit)) is None:
                continue
            who = project.dimensions.cell_label(part.cell)
            now, last, year = exact_quantity(part.number, unit), exact_quantity(b, unit), cur.current.year
            out.append(Jump(ind_id, year, Problem(
                cur.current.report_file, part.line, 1,
                f"Chỉ tiêu {ind_id} năm {year}, {who}: {now}, {why[0]} ({last} năm {prev.current.year}). "
                f"Nếu số đúng, hãy ghi lý do ở 'note' của dòng này.",
                f"Indicator {ind_id} in {year}, {who}: {now}, {why[1]} ({last} in {prev.current.year}). "
                f"If it is right, say why in this line's 'note'.", severity="warning")))
    return out


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

    shared = {"agencies.yml", "abbreviations.yml"}   # the registry of bodies and the abbreviations: for every plan
    for path in sorted(root.glob("plan/*.yml")):
        if path.name not in shared:
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
    registry = _Checker(Sources(root=root, agencies=agencies), None)
    registry.agencies()   # the shared registry, checked once
    problems += registry.problems
    ids = plan_ids(root)
    if not ids:
        problems.append(Problem("plan/", 1, 1, "Không tìm thấy kế hoạch nào (plan/<mã-kế-hoạch>/plan.yml).",
                                "No plan found (plan/<plan-id>/plan.yml).", "plansite new-plan --id <mã>", "plansite new-plan --id <id>"))
    all_sources: dict[str, Sources] = {}
    checkers: dict[str, _Checker] = {}
    for pid in ids:
        sources, loaded = load_sources(root, pid, agencies)
        problems += loaded
        checker = _Checker(sources, registry.agency_ids)
        checker.agency_map = registry.agency_map
        problems += checker.run()
        all_sources[pid], checkers[pid] = sources, checker
    problems += check_links(all_sources)
    problems += evidence_problems(all_sources)
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


def _reports_anything(r) -> bool:
    return any(v.filled for v in r.indicators) or any(t.filled for t in r.tasks)
