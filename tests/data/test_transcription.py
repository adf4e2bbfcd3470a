"""The YAML must hold the plan exactly as written: these would catch a slip."""
from __future__ import annotations

import pytest

EXPECTED_GROUP_ROWS = {  # group → (numbered indicators, unnumbered sub-rows)
    "1": (1, 0), "2": (6, 0), "3": (5, 0), "4": (11, 0), "5": (21, 0), "6": (13, 0),
    "7": (14, 4), "8": (7, 2), "9": (5, 4), "10": (8, 4),
}


def test_ten_groups_91_indicators_14_sub_rows(project):
    assert [g.id for g in project.groups] == [str(i) for i in range(1, 11)]
    top = [i for i in project.indicators.values() if i.parent_id is None]
    subs = [i for i in project.indicators.values() if i.parent_id is not None]
    assert (len(top), len(subs), len(project.indicators)) == (91, 14, 105)


@pytest.mark.parametrize("group,counts", EXPECTED_GROUP_ROWS.items())
def test_rows_per_group(project, group, counts):
    rows = [i for i in project.indicators.values() if i.group_id == group]
    assert (sum(i.parent_id is None for i in rows), sum(i.parent_id is not None for i in rows)) == counts


def test_every_numbered_id_in_plan_order(project):
    numbered = [i.id for i in project.indicators.values() if i.parent_id is None]
    expected = [f"{g}.{n}" for g, (count, _) in EXPECTED_GROUP_ROWS.items() for n in range(1, count + 1)]
    assert numbered == expected


def test_sub_rows_belong_to_their_parents(project):
    parents = {i.parent_id for i in project.indicators.values() if i.parent_id}
    assert parents == {"7.4", "8.1", "9.3", "9.4", "10.1", "10.2"}
    assert project.indicators["7.4"].sub_ids == ("7.4.a", "7.4.b", "7.4.c", "7.4.d")
    assert [project.indicators[s].name for s in project.indicators["7.4"].sub_ids] == [
        "Số giường bệnh", "Số bác sỹ", "Số dược sỹ", "Số điều dưỡng viên"]


# (id, name, unit, 2025, 2030, program 54) exactly as in the appendix, spread over the table.
ROWS = [
    ("1.1", "Tỉ lệ người có công và gia đình có mức sống từ trung bình khá trở lên so với mức sống của cộng đồng dân cư nơi cư trú", "%", "-", "100", True),
    ("2.1", "Tỉ lệ thất nghiệp chung", "%", "<4", "2-2,5", True),
    ("2.2", "Tỉ lệ thất nghiệp khu vực thành thị", "%", "", "", True),
    ("2.3", "Tỉ lệ việc làm phi chính thức", "%", "<70", "<60", False),
    ("4.2", "Tỉ lệ nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện trong LLLĐ trong độ tuổi", "%", "2,5", "5", False),
    ("4.8", "Hỗ trợ bảo hiểm y tế cho trẻ em", "Bậc học", "Tiểu học", "THCS", False),
    ("5.10", "Mức giảm tỉ lệ hộ nghèo đa chiều hàng năm", "%/năm", "4", "4", False),
    ("5.14", "Mức tăng thu nhập bình quân đầu người của hộ nghèo so với năm 2021", "Lần", "1,5", "-", False),
    ("5.21", "Số người làm công tác xã hội/1000 dân", "Người", "-", "≥1", False),
    ("6.2", "Tỉ lệ huy động trẻ em nhà trẻ", "%", "30 - 35", "35 - 40", False),
    ("6.5", "Tỉ lệ trường mầm non đạt chuẩn quốc gia", "%", "62,5", ">70", False),
    ("7.1", "Mức sinh thay thế (Quốc gia)", "Mức độ", "Chưa đảm bảo", "Đảm bảo vững", True),
    ("7.4.b", "Số bác sỹ", "người", "5,60", "6,70", True),
    ("7.9", "Tỉ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", "%", "25,8", "24,6", True),
    ("7.10", "Chấm dứt các dịch bệnh AIDS, lao và loại trừ sốt rét", "Mức độ", "Giải quyết", "Giải quyết", True),
    ("8.1.a", "Vùng sâu, vùng xa, biên giới, hải đảo", "%", "60", "60", False),
    ("9.2", "Xóa bỏ tình trạng nhà tạm, nhà dột nát cho các đối tượng", "Mức độ", "Giải quyết cơ bản", "Giải quyết cơ bản", True),
    ("9.4.b", "Nông thôn", "%", "-", "55-60", False),
    ("10.2.b", "Nông thôn", "%", "-", ">90", False),
    ("10.3", "Tỉ lệ hộ gia đình có công trình phụ hợp vệ sinh bảo đảm tiêu chuẩn, quy chuẩn", "%", "-", "80", True),
    ("10.8", "Tỉ lệ hộ chăn nuôi, trang trại được xử lý chất thải chăn nuôi", "%", "-", "70", False),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_rows_as_written(project, row):
    id_, name, unit, t25, t30, p54 = row
    ind = project.indicators[id_]
    got = (ind.name, ind.unit, ind.target(2025).text, ind.target(2030).text, "ct-54" in ind.marks)
    assert got == (name, unit, t25, t30, p54)


def test_cut_off_names_completed_with_original_kept(project):
    ind = project.indicators["2.4"]
    assert ind.name == "Tỉ lệ lao động nông nghiệp trong tổng lao động"
    assert ind.as_written.name == "Tỉ lệ lao động nông nghiệp trong tổng lao"
    g4 = next(g for g in project.groups if g.id == "4")
    assert g4.name.endswith("bảo hiểm y tế") and g4.as_written.name.endswith(", bảo")


def test_directions_implied_by_the_plan(project):
    assert project.indicators["2.1"].direction == "lower"
    assert project.indicators["7.9"].direction == "lower"
    assert project.indicators["6.5"].direction == "higher"
    assert project.indicators["4.6"].direction == "keep"


TASK_LEADS = {
    "1.1": ["Trung tâm Truyền thông – Văn hoá – Thể thao"],
    "1.2": ["Phòng Nội vụ"],
    "2.1": ["Phòng Lao động - Thương binh và Xã hội", "Phòng Nội vụ"],
    "2.2": ["Phòng Văn hoá và Thông tin", "Phòng Lao động - Thương binh và Xã hội"],
    "2.3": ["Phòng Tài chính - Kế hoạch"],
    "3": ["Phòng Lao động - Thương binh và Xã hội"],
    "4.1.a": ["Trung tâm Y tế", "Văn phòng HĐND và UBND huyện"],
    "4.1.b": ["Phòng Lao động - Thương binh và Xã hội", "Phòng Giáo dục và Đào tạo",
              "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên"],
    "4.1.c": ["Phòng Lao động - Thương binh và Xã hội", "Phòng Giáo dục và Đào tạo", "Phòng Nội vụ", "Phòng Kinh tế & Hạ tầng"],
    "4.2": ["Phòng Lao động - Thương binh và Xã hội"],
    "5.1": ["Bảo hiểm xã hội huyện"],
    "5.2": ["Trung tâm Y tế", "Văn phòng HĐND và UBND huyện"],
    "5.3": ["Phòng Lao động - Thương binh và Xã hội"],
    "5.4": ["Phòng Lao động - Thương binh và Xã hội", "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Dân tộc"],
    "6.1": ["Phòng Giáo dục và Đào tạo"],
    "6.2": ["Trung tâm Y tế", "Văn phòng HĐND và UBND huyện"],
    "6.3": ["Phòng Văn hoá và Thông tin"],
    "6.4": ["Phòng Văn hoá và Thông tin", "Trung tâm Truyền thông – Văn hoá – Thể thao"],
    "6.5": ["Phòng Kinh tế & Hạ tầng"],
    "6.6": ["Phòng Nông nghiệp và Phát triển nông thôn"],
    "7": ["Phòng Lao động - Thương binh và Xã hội"],
    "8.1": ["Phòng Lao động - Thương binh và Xã hội"],
    "8.2": ["Phòng Kinh tế & Hạ tầng"],
    "8.3": ["Phòng Tài nguyên và Môi trường"],
    "9": None,
}


def test_25_tasks_in_plan_order(project):
    assert list(project.tasks) == list(TASK_LEADS)


@pytest.mark.parametrize("task_id,leads", TASK_LEADS.items())
def test_lead_agencies_of_every_task(project, task_id, leads):
    lead = project.tasks[task_id].lead
    assert (None if lead is None else [project.agency_name(a) for a in lead.agencies]) == leads


def test_not_stated_is_recorded_not_guessed(project):
    assert project.tasks["5.3"].timeframe is None
    assert project.tasks["5.3"].lead is not None
    t9 = project.tasks["9"]
    assert (t9.lead, t9.coordinating, t9.timeframe) == (None, None, None)


def test_original_wording_and_spelling_variants(project):
    t = project.tasks["6.3"]
    assert t.lead.as_written == "Phòng Văn hoá và thông tin."
    assert t.lead.agencies == ["phong-van-hoa-va-thong-tin"] == project.tasks["2.2"].lead.agencies[:1]
    assert project.tasks["5.3"].coordinating.as_written == (
        "Các cơ quan, đơn vị, ngành của huyện; các tổ chức chính trị-xã hội; UBND các xã, thị trấn.")
    assert project.tasks["1.1"].timeframe.as_written == "Thường xuyên."
    assert project.tasks["4.2"].timeframe.start_year == 2024


def test_page_break_paragraphs_are_rejoined(project):
    assert "duy trì mức sinh thay thế, nhất là đối với" in project.tasks["4.1.a"].text
    assert "khoảng cách về hưởng thụ văn hoá" in project.tasks["6.3"].text


def test_plan_document_fields(project):
    p = project.plan
    assert p.number.value is None and p.place_date.date is None
    assert [d.number for d in p.implements] == ["68/NQ-CP", "54-CTr/TU", "114/KH-UBND", "42-NQ/TW"]
    yearly = p.responsibilities.yearly_report
    assert yearly.due.day == 15 and yearly.due.month == 12
    assert p.signer.name == "Nguyễn Thanh Tuấn"
    assert project.agencies[yearly.to].name == "Sở Lao động - Thương binh và Xã hội"
    assert p.milestones == [2025, 2030] and [m.label for m in p.marks] == ["Tại Chương trình 54-CTr/TU"]


def test_collective_bodies_are_their_own_kind(project):
    for a in ("cac-co-quan-don-vi-nganh-cua-huyen", "ubnd-cac-xa-thi-tran", "cac-to-chuc-chinh-tri-xa-hoi"):
        assert project.agencies[a].kind == "tap-the"


def test_reporting_agency_defaults_from_group_and_is_overridable(project):
    assert project.indicators["6.5"].reporting_agency == "phong-giao-duc-va-dao-tao"
    assert project.indicators["10.4"].reporting_agency == "phong-giao-duc-va-dao-tao"
    assert project.indicators["10.1.a"].reporting_agency == "phong-nong-nghiep-va-phat-trien-nong-thon"
    assert "6.1" in project.indicators["6.5"].tasks
