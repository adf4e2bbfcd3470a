"""Checks that keep the promise "validate passes ⇒ build succeeds" for shapes no other check covers.

Imported drafts bring plans in shapes the hand-written ones never had (indicators without a target
year, ids as the document wrote them); each shape the pages cannot show is refused here with the
file, the line and a fix, instead of failing later in the build.
"""
from __future__ import annotations

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
        self.c.add(f, ("milestones",),
                   "Kế hoạch có chỉ tiêu nhưng không khai mốc mục tiêu nào (milestones trống), nên không đánh giá được "
                   "chỉ tiêu nào.",
                   "The plan has indicators but declares no milestone year.",
                   ("ghi các năm của cột mục tiêu trong phụ lục vào milestones (ví dụ [2026, 2030]) và mục tiêu "
                    "từng năm vào targets của chỉ tiêu", "list the target years of the appendix in milestones"),
                   key=True)

    def page_names(self) -> None:
        """Each task and indicator has its own page named after its id: two ids must not give one name."""
        seen: dict[str, str] = {}
        for ind_id, (_, _, _, f, where) in self.c.indicators.items():
            name = page_slug(ind_id)
            if name in seen and seen[name] != ind_id:
                self.c.add(f, where + ("id",),
                           f"Mã chỉ tiêu '{ind_id}' và '{seen[name]}' cho cùng một địa chỉ trang (chi-tieu/{name}/).",
                           f"Indicator ids '{ind_id}' and '{seen[name]}' give the same page address.",
                           ("đổi một trong hai mã (ví dụ dùng dấu chấm như văn bản)", "change one of the two ids"))
            seen.setdefault(name, ind_id)
        f = self.c.src.tasks
        names: dict[str, str] = {}
        for i, t in enumerate(f.data.tasks if f else ()):
            name = page_slug(t.id)
            if name in names and names[name] != t.id:
                self.c.add(f, ("tasks", i, "id"),
                           f"Mã nhiệm vụ '{t.id}' và '{names[name]}' cho cùng một địa chỉ trang (nhiem-vu/{name}/).",
                           f"Task ids '{t.id}' and '{names[name]}' give the same page address.",
                           ("đổi một trong hai mã", "change one of the two ids"))
            names.setdefault(name, t.id)
