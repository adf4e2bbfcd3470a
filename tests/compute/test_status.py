"""The published status method, rule by rule."""
from __future__ import annotations

import pytest

from generator.compute.status import LABELS, STATUSES, Assessment, Observation, assess, rollup
from generator.data.targets import parse_target

SCHOOL = ["Mầm non", "Tiểu học", "THCS", "THPT"]
SAFETY = ["Chưa đảm bảo", "Đảm bảo", "Đảm bảo vững"]


def obs(*pairs) -> list[Observation]:
    return [Observation(y, v) for y, v in pairs]


# (target, milestone, observations, direction, levels, status, ratio or None)
CASES = {
    # 1. no target for the milestone
    "dash-no-target": ("-", 2025, obs((2024, 50)), "higher", None, "chua-danh-gia", None),
    "blank-cell": ("", 2030, obs((2024, 50), (2025, 60)), "higher", None, "chua-danh-gia", None),
    "dash-beats-no-data": ("-", 2025, [], "higher", None, "chua-danh-gia", None),
    # 2. no data
    "no-data": ("<4", 2025, [], "lower", None, "chua-co-so-lieu", None),
    # 3. met as soon as the latest value meets it, even with one point
    "strict-below-met": ("<4", 2025, obs((2025, 3.9)), "lower", None, "dat", None),
    "met-one-point-early": (">70", 2030, obs((2024, 71)), "higher", None, "dat", None),
    "range-inside": ("2-2,5", 2030, obs((2024, 5), (2025, 2.2)), "lower", None, "dat", None),
    "lower-met": ("24,6", 2030, obs((2024, 25.8), (2026, 24.6)), "lower", None, "dat", None),
    "keep-met": ("100", 2025, obs((2024, 99), (2025, 100)), "keep", None, "dat", None),
    "qualitative-met-above": ("Tiểu học", 2025, obs((2025, "THCS")), "higher", SCHOOL, "dat", None),
    "met-after-milestone": ("<4", 2025, obs((2026, 3.5)), "lower", None, "dat", None),
    # 4. milestone reached, not met
    "strict-bound-at-milestone": ("<4", 2025, obs((2025, 4)), "lower", None, "khong-dat", None),
    "passed-one-point": ("62,5", 2025, obs((2026, 60)), "higher", None, "khong-dat", None),
    "passed-with-history": ("24,6", 2030, obs((2024, 25.8), (2030, 25)), "lower", None, "khong-dat", None),
    "qualitative-lowest-level": ("Chưa đảm bảo", 2025, obs((2025, "Chưa đảm bảo")), "higher", SAFETY, "dat", None),
    "qualitative-passed": ("Đảm bảo vững", 2030, obs((2024, "Đảm bảo"), (2030, "Đảm bảo")), "higher", SAFETY,
                           "khong-dat", None),
    # 5. one data point (or one year) before the milestone
    "one-point": (">70", 2030, obs((2024, 55)), "higher", None, "chua-danh-gia", None),
    "two-values-same-year": (">70", 2030, obs((2025, 50), (2025, 55)), "higher", None, "chua-danh-gia", None),
    # 6. progress against the straight line from baseline to target
    "on-track-exact": ("80", 2030, obs((2024, 50), (2025, 55)), "higher", None, "dung-tien-do", 1.0),
    "on-track-ahead": ("80", 2030, obs((2024, 50), (2025, 65)), "higher", None, "dung-tien-do", 3.0),
    "at-95-percent": ("80", 2030, obs((2020, 60), (2025, 69.5)), "higher", None, "dung-tien-do", 0.95),
    "accelerate": ("80", 2030, obs((2020, 60), (2025, 66)), "higher", None, "can-day-nhanh", 0.6),
    "slow": (">70", 2030, obs((2024, 55), (2025, 56)), "higher", None, "cham-tien-do", 0.4),
    "stalled": ("80", 2030, obs((2024, 50), (2025, 50)), "higher", None, "cham-tien-do", 0.0),
    "moving-away": ("80", 2030, obs((2024, 50), (2025, 45)), "higher", None, "di-nguoc", -1.0),
    "stunting-lower": ("24,6", 2030, obs((2024, 25.8), (2025, 25.6)), "lower", None, "dung-tien-do", 1.0),
    "stunting-worse": ("24,6", 2030, obs((2024, 25.8), (2025, 26.4)), "lower", None, "di-nguoc", -3.0),
    "range-nearest-bound": ("2-2,5", 2030, obs((2024, 5), (2026, 4.5)), "lower", None, "can-day-nhanh", 0.6),
    "comparison-lower": ("<60", 2030, obs((2024, 72), (2027, 66)), "lower", None, "dung-tien-do", 1.0),
    "order-does-not-matter": ("80", 2030, obs((2025, 55), (2024, 50)), "higher", None, "dung-tien-do", 1.0),
    # baseline already met, latest not
    "keep-slipped": ("100", 2030, obs((2024, 100), (2025, 99)), "keep", None, "di-nguoc", None),
    "met-then-lost": ("<4", 2030, obs((2024, 3), (2025, 4.5)), "lower", None, "di-nguoc", None),
    # baseline exactly on a strict bound: not met, but no distance to scale by
    "strict-bound-baseline-stuck": ("<4", 2030, obs((2024, 4), (2025, 4)), "lower", None, "cham-tien-do", None),
    "strict-bound-baseline-worse": ("<4", 2030, obs((2024, 4), (2025, 4.4)), "lower", None, "di-nguoc", None),
    # qualitative: levels counted like numbers
    "qualitative-on-track": ("THCS", 2030, obs((2024, "Mầm non"), (2025, "Tiểu học")), "higher", SCHOOL,
                             "dung-tien-do", 3.0),
    "qualitative-stalled": ("THCS", 2030, obs((2024, "Tiểu học"), (2026, "Tiểu học")), "higher", SCHOOL,
                            "cham-tien-do", 0.0),
    "qualitative-backwards": ("THCS", 2030, obs((2024, "Tiểu học"), (2026, "Mầm non")), "higher", SCHOOL,
                              "di-nguoc", -3.0),
    "qualitative-lost": ("Đảm bảo vững", 2030, obs((2024, "Đảm bảo vững"), (2025, "Đảm bảo")), "higher", SAFETY,
                         "di-nguoc", None),
}


@pytest.mark.parametrize(("target", "milestone", "observations", "direction", "levels", "status", "ratio"),
                         list(CASES.values()), ids=list(CASES))
def test_status_rules(target, milestone, observations, direction, levels, status, ratio):
    unit = "Bậc học" if levels else "%"
    a = assess(parse_target(target, levels), milestone, observations, direction, unit, levels)
    assert isinstance(a, Assessment)
    assert a.status == status
    assert a.milestone == milestone
    assert (a.ratio is None) == (ratio is None)
    if ratio is not None:
        assert a.ratio == pytest.approx(ratio)
    # one sentence that ends with its conclusion
    assert a.reason.endswith(f": {LABELS[status].lower()}.")
    assert ". " not in a.reason  # a single sentence
    assert a.reason[0].isupper()


def test_range_gap_uses_the_nearest_bound():
    # baseline 5 is 2,5 away from the upper bound 2,5, not 3 from 2
    a = assess(parse_target("2-2,5"), 2030, obs((2024, 5), (2027, 3.75)), "lower", "%")
    assert a.ratio == pytest.approx(1.0)
    assert a.status == "dung-tien-do"


@pytest.mark.parametrize(("case", "parts"), [
    ("strict-below-met", ["Giá trị 2025 là 3,9 %", "dưới 4 %", "đã đạt"]),
    ("slow", ["2024 (55 %)", "2025 (56 %)", "1 điểm phần trăm", "40 % mức cần để đạt mục tiêu 2030 là trên 70 %",
              "chậm tiến độ"]),
    ("strict-bound-at-milestone", ["Giá trị 2025 là 4 %", "dưới 4 %", "không đạt"]),
    ("no-data", ["mục tiêu 2025 là dưới 4 %", "chưa có số liệu"]),
    ("dash-no-target", ["“-”", "không đặt mục tiêu", "2025", "chưa đánh giá được"]),
    ("blank-cell", ["để trống", "2030", "chưa đánh giá được"]),
    ("one-point", ["Giá trị 2024 là 55 %", "trên 70 %", "một năm", "chưa đánh giá được"]),
    ("keep-slipped", ["Năm 2024 đã đạt (100 %)", "giá trị 2025 là 99 %", "đi ngược xu hướng"]),
    ("moving-away", ["2025 (45 %)", "lại xa", "5 điểm phần trăm", "đi ngược xu hướng"]),
    ("stunting-lower", ["2024 (25,8 %)", "2025 (25,6 %)", "0,2 điểm phần trăm", "100 %", "24,6 %",
                        "đúng tiến độ"]),
    ("range-inside", ["Giá trị 2025 là 2,2 %", "từ 2 đến 2,5 %", "đã đạt"]),
    ("qualitative-on-track", ["mức “Mầm non”", "mức “Tiểu học”", "1 mức", "mục tiêu 2030 là mức “THCS” trở lên",
                              "đúng tiến độ"]),
    ("qualitative-met-above", ["mức “THCS”", "mức “Tiểu học” trở lên", "đã đạt"]),
    ("qualitative-lost", ["mức “Đảm bảo vững”", "mức “Đảm bảo”", "đi ngược xu hướng"]),
])
def test_reason_sentences(case, parts):
    target, milestone, observations, direction, levels, _, _ = CASES[case]
    unit = "Bậc học" if levels else "%"
    reason = assess(parse_target(target, levels), milestone, observations, direction, unit, levels).reason
    for part in parts:
        assert part in reason, (part, reason)


def test_brief_example_sentence():
    a = assess(parse_target("<4"), 2025, obs((2025, 3.8)), "lower", "%")
    assert a.reason == "Giá trị 2025 là 3,8 %, mục tiêu 2025 là dưới 4 %: đã đạt."


def test_unit_other_than_percent_in_reason():
    a = assess(parse_target("≥1"), 2030, obs((2024, 0), (2025, 0.5)), "higher", "Người")
    assert "0,5 Người" in a.reason and "ít nhất 1 Người" in a.reason
    assert a.status == "dung-tien-do"


def test_latest_is_the_last_in_the_same_year():
    a = assess(parse_target("80"), 2030, obs((2024, 50), (2025, 40), (2025, 55)), "higher", "%")
    assert a.status == "dung-tien-do"


def test_threshold_survives_float_noise():
    # 0,95 of the way exactly, reached through decimals that are inexact in binary
    a = assess(parse_target("24,6"), 2030, obs((2020, 25.8), (2025, 25.23)), "lower", "%")
    assert a.ratio == pytest.approx(0.95)
    assert a.status == "dung-tien-do"


def test_statuses_and_labels():
    assert STATUSES == ("dat", "dung-tien-do", "can-day-nhanh", "cham-tien-do", "di-nguoc", "khong-dat",
                        "chua-co-so-lieu", "chua-danh-gia")
    assert [LABELS[s].lower() for s in STATUSES] == [
        "đã đạt", "đúng tiến độ", "cần đẩy nhanh", "chậm tiến độ", "đi ngược xu hướng", "không đạt",
        "chưa có số liệu", "chưa đánh giá được"]


@pytest.mark.parametrize(("statuses", "expected"), [
    ([], {}),
    (["dat"], {"dat": 1}),
    (["dat", "di-nguoc", "dat", "chua-co-so-lieu"], {"dat": 2, "di-nguoc": 1, "chua-co-so-lieu": 1}),
    (iter(["khong-dat"]), {"khong-dat": 1}),
])
def test_rollup(statuses, expected):
    counts = rollup(statuses)
    assert list(counts) == list(STATUSES)
    assert counts == {s: expected.get(s, 0) for s in STATUSES}


def test_rollup_refuses_unknown_status():
    with pytest.raises(ValueError, match="dat"):
        rollup(["xong"])
