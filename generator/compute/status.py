"""The status method: where each target stands, in one plain sentence.

After Open SDG's adaptation of Statistics Canada's method: compare the
progress made since the first data point with the progress needed by now to
reach the target on time. Adapted to the plan's target forms through
targets.gap(): comparisons, ranges (nearest bound), keep-at-level and
qualitative levels all reduce to "distance still to go".
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.text.numbers import format_number, format_quantity
from generator.data.targets import Target, describe_target, gap, is_met

STATUSES = ("dat", "dung-tien-do", "can-day-nhanh", "cham-tien-do", "di-nguoc", "khong-dat",
            "chua-co-so-lieu", "chua-danh-gia")
# Sentence case because they are shown as badges; reasons use them lower-cased.
LABELS = {
    "dat": "Đã đạt", "dung-tien-do": "Đúng tiến độ", "can-day-nhanh": "Cần đẩy nhanh",
    "cham-tien-do": "Chậm tiến độ", "di-nguoc": "Đi ngược xu hướng", "khong-dat": "Không đạt",
    "chua-co-so-lieu": "Chưa có số liệu", "chua-danh-gia": "Chưa đánh giá được",
}
ON_TRACK, ACCELERATE = 0.95, 0.6


@dataclass(frozen=True)
class Observation:
    year: int
    value: float | str      # str for qualitative levels


@dataclass(frozen=True)
class Assessment:
    status: str
    reason: str             # one plain Vietnamese sentence
    ratio: float | None     # observed / required progress, when computed
    milestone: int


def _show(value: float | str, unit: str) -> str:
    return f"mức “{value}”" if isinstance(value, str) else format_quantity(value, unit)


def _amount(distance: float, unit: str, qualitative: bool) -> str:
    if qualitative:
        return f"{format_number(distance)} mức"
    # A change in a percentage is in percentage points, not percent.
    return f"{format_number(distance)} điểm phần trăm" if unit.strip() == "%" else format_quantity(distance, unit)


def _status_for(ratio: float) -> str:
    # Rounded so binary noise in values typed as decimals cannot flip a threshold.
    ratio = round(ratio, 9)
    if ratio >= ON_TRACK:
        return "dung-tien-do"
    if ratio >= ACCELERATE:
        return "can-day-nhanh"
    return "cham-tien-do" if ratio >= 0 else "di-nguoc"


def assess(target: Target, milestone: int, observations: list[Observation], direction: str, unit: str,
           levels: list[str] | None = None) -> Assessment:
    obs = sorted(observations, key=lambda o: o.year)
    wanted = describe_target(target, unit, levels)
    goal = f"mục tiêu {milestone} là {wanted}"

    def done(status: str, facts: str, ratio: float | None = None) -> Assessment:
        return Assessment(status, f"{facts}: {LABELS[status].lower()}.", ratio, milestone)

    if target.kind == "none":
        why = "ghi “-” (không đặt mục tiêu)" if target.text.strip() == "-" else "để trống ô mục tiêu"
        return done("chua-danh-gia", f"Kế hoạch {why} cho mốc {milestone}")
    if not obs:
        return done("chua-co-so-lieu", f"Chưa có số liệu nào được báo cáo, {goal}")
    first, latest = obs[0], obs[-1]
    now = f"{latest.year} là {_show(latest.value, unit)}"
    if is_met(target, latest.value, direction, levels):
        return done("dat", f"Giá trị {now}, {goal}")
    if latest.year >= milestone:
        return done("khong-dat", f"Giá trị {now}, {goal}, đã đến mốc mà chưa đạt")
    if first.year == latest.year:
        return done("chua-danh-gia", f"Giá trị {now}, {goal}; mới có số liệu một năm nên chưa đo được tốc độ")
    if milestone <= first.year:  # unreachable after the milestone check above; kept against division by zero
        return done("chua-danh-gia", f"Giá trị {now}, {goal}; số liệu đầu tiên không có trước mốc")
    span = f"Từ {first.year} ({_show(first.value, unit)}) đến {latest.year} ({_show(latest.value, unit)})"
    towards = f"mục tiêu {milestone} ({wanted})"
    if is_met(target, first.value, direction, levels):
        return done("di-nguoc", f"Năm {first.year} đã đạt ({_show(first.value, unit)}) nhưng giá trị {now}, {goal}")
    g0 = gap(target, first.value, direction, levels)
    gt = gap(target, latest.value, direction, levels)
    qualitative = target.kind == "qualitative"
    if g0 == 0:
        # Baseline sat exactly on a strict bound ("<4" at 4): no distance to scale progress by.
        if gt > 0:
            return done("di-nguoc", f"{span} lại xa {towards} thêm {_amount(gt, unit, qualitative)}")
        return done("cham-tien-do", f"{span} vẫn chưa vượt qua ngưỡng của {towards}")
    required = g0 * (latest.year - first.year) / (milestone - first.year)
    observed = round(g0 - gt, 9)  # 25,8 − 24,6 in binary is not exactly 1,2
    ratio = observed / required
    status = _status_for(ratio)
    if observed > 0:
        facts = (f"{span} đã tiến được {_amount(observed, unit, qualitative)}, bằng "
                 f"{format_number(ratio * 100, 0)} % mức cần để đạt {goal}")
    elif observed == 0:
        facts = f"{span} chưa tiến thêm được về phía {towards}"
    else:
        facts = f"{span} lại xa {towards} thêm {_amount(-observed, unit, qualitative)}"
    return done(status, facts, ratio)


def headline_milestone(info, year: int, milestones: tuple[int, ...]) -> int:
    """The next milestone not yet past that has a target; the last milestone when none is left."""
    for m in milestones:
        if year <= m and info.target(m).kind != "none":
            return m
    return milestones[-1]


def rollup(statuses: Iterable[str]) -> dict[str, int]:
    """Counts per status id, every status present, in STATUSES order."""
    counts = dict.fromkeys(STATUSES, 0)
    for s in statuses:
        if s not in counts:
            raise ValueError(f"Trạng thái '{s}' không có trong danh sách: {', '.join(STATUSES)}.")
        counts[s] += 1
    return counts
