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

from .numbers import format_number
from .targets import Target, describe_target, gap, is_met

STATUSES = ("dat", "dung-tien-do", "can-day-nhanh", "cham-tien-do", "di-nguoc", "khong-dat",
            "chua-co-so-lieu", "chua-danh-gia")
LABELS = {
    "dat": "Đã đạt", "dung-tien-do": "Đúng tiến độ", "can-day-nhanh": "Cần đẩy nhanh",
    "cham-tien-do": "Chậm tiến độ", "di-nguoc": "Đi ngược xu hướng", "khong-dat": "Không đạt",
    "chua-co-so-lieu": "Chưa có số liệu", "chua-danh-gia": "Chưa đánh giá được",
}
ON_TRACK, ACCELERATE = 0.95, 0.6


@dataclass(frozen=True)
class Observation:
    year: int
    value: float | str


@dataclass(frozen=True)
class Assessment:
    status: str
    reason: str
    ratio: float | None
    milestone: int


def _show(value, unit: str) -> str:
    if isinstance(value, str):
        return f"“{value}”"
    n = format_number(value)
    return f"{n} %" if unit == "%" else (f"{n} {unit}" if unit else n)


def _verdict(status: str) -> str:
    return LABELS[status].lower()


def assess(target: Target, milestone: int, observations: list[Observation], direction: str, unit: str,
           levels: list[str] | None = None) -> Assessment:
    obs = sorted(observations, key=lambda o: o.year)
    goal = f"mục tiêu {milestone} là {describe_target(target, unit)}"

    def done(status: str, reason: str, ratio: float | None = None) -> Assessment:
        return Assessment(status, reason, ratio, milestone)

    if target.kind == "none":
        why = "không đặt mục tiêu (ghi “-”)" if target.text.strip() == "-" else "để trống ô mục tiêu"
        return done("chua-danh-gia", f"Kế hoạch {why} cho mốc {milestone}: chưa đánh giá được.")
    if not obs:
        return done("chua-co-so-lieu", f"Chưa có số liệu; {goal}.")
    latest = obs[-1]
    now = f"Giá trị {latest.year} là {_show(latest.value, unit)}"
    if is_met(target, latest.value, direction, levels):
        return done("dat", f"{now}, {goal}: đã đạt.")
    if latest.year >= milestone:
        return done("khong-dat", f"{now}, {goal}: đã qua mốc mà chưa đạt.")
    first = obs[0]
    if first.year == latest.year:
        return done("chua-danh-gia", f"{now}, {goal}: mới có số liệu một năm nên chưa đo được tốc độ.")
    g0 = gap(target, first.value, direction, levels)
    gt = gap(target, latest.value, direction, levels)
    if g0 == 0:
        return done("di-nguoc", f"Năm {first.year} đã đạt ({_show(first.value, unit)}) nhưng {now.lower()}, {goal}: "
                                f"đi ngược xu hướng.", None)
    required = g0 * (latest.year - first.year) / (milestone - first.year)
    ratio = (g0 - gt) / required
    if ratio >= ON_TRACK:
        status = "dung-tien-do"
    elif ratio >= ACCELERATE:
        status = "can-day-nhanh"
    elif ratio >= 0:
        status = "cham-tien-do"
    else:
        status = "di-nguoc"
    pace = format_number(max(ratio, -9.99) * 100, 0)
    return done(status, f"Từ {first.year} ({_show(first.value, unit)}) đến {latest.year} ({_show(latest.value, unit)}), "
                        f"tốc độ bằng {pace} % mức cần để đạt {goal}: {_verdict(status)}.", ratio)


def rollup(statuses: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for s in statuses:
        counts[s] += 1
    return counts
