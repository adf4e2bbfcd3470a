"""The schema of every YAML file, as pydantic models: the one source of truth.

`plansite schema` exports these as JSON Schema for editors; the loader uses
them to type-check files. Cross-file rules (references, duplicate ids,
targets that parse) live in validate.py, because a single file cannot know them.
Descriptions are Vietnamese because editors show them to the staff who report.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _text_id(v):
    # YAML reads 6.10 as the float 6.1: an id written unquoted would silently
    # point at another row, so only ints (unambiguous) are accepted bare.
    if isinstance(v, bool):
        raise ValueError("bool_id")
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        raise ValueError("float_id")
    return v


def _reported_value(v):
    # YAML reads yes/no/on/off as booleans, and pydantic would publish them as 1 or 0.
    if isinstance(v, bool):
        raise ValueError("bool_value")
    return v


def _text_target(v):
    if isinstance(v, bool):
        raise ValueError("bool_target")
    if v is None:
        return ""
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        raise ValueError("float_target")
    return v


Id = Annotated[str, BeforeValidator(_text_id), Field(min_length=1, max_length=40)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
TargetText = Annotated[str, BeforeValidator(_text_target), Field(max_length=60)]
Text = Annotated[str, Field(max_length=20_000)]
Line = Annotated[str, Field(max_length=500)]
Year = Annotated[int, Field(ge=2000, le=2100)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- agencies
AgencyKind = Literal[
    "co-quan-chuyen-mon", "don-vi-su-nghiep", "co-quan-nganh-doc",
    "chinh-quyen", "dang", "mat-tran-doan-the", "tap-the",
]


class Successor(Strict):
    """Cơ quan tiếp nhận nhiệm vụ từ một ngày (sáp nhập, giải thể)."""
    agency: Slug = Field(description="Mã cơ quan kế nhiệm")
    since: dt.date = Field(description="Ngày bắt đầu có hiệu lực (YYYY-MM-DD)")
    basis: Line | None = Field(None, description="Văn bản làm căn cứ")


class Agency(Strict):
    id: Slug = Field(description="Mã ổn định, chữ thường không dấu, nối bằng '-'")
    name: Line = Field(description="Tên như kế hoạch viết")
    short_name: Line | None = None
    full_name: Line | None = None
    kind: AgencyKind
    level: Literal["huyen", "tinh", "trung-uong"] = "huyen"
    variants: list[Line] = Field(default_factory=list, description="Cách viết khác trong văn bản")
    successors: list[Successor] = Field(default_factory=list)


class AgenciesFile(Strict):
    agencies: list[Agency]


# ------------------------------------------------------------------- tasks
class Assignment(Strict):
    agencies: list[Slug] = Field(min_length=1, description="Mã cơ quan trong plan/agencies.yml")
    as_written: Line = Field(description="Nguyên văn trong kế hoạch")


class Timeframe(Strict):
    as_written: Line
    kind: Literal["thuong-xuyen", "tu-nam"] = Field(description="thuong-xuyen: thường xuyên; tu-nam: từ một năm trở đi")
    start_year: Year | None = None


class Subgroup(Strict):
    id: Id
    title: Line


class TaskGroup(Strict):
    id: Id
    title: Line
    subgroups: list[Subgroup] = Field(default_factory=list)


class Task(Strict):
    id: Id
    group: Id
    subgroup: Id | None = None
    title: Line | None = Field(None, description="Tiêu đề riêng của nhiệm vụ, nếu kế hoạch có")
    text: Text
    # No defaults: a task must say explicitly (null) that the plan names no agency or time.
    lead: Assignment | None = Field(description="Cơ quan chủ trì tham mưu; null nếu kế hoạch không nêu")
    coordinating: Assignment | None = Field(description="Cơ quan phối hợp thực hiện; null nếu kế hoạch không nêu")
    timeframe: Timeframe | None = Field(description="Thời gian thực hiện; null nếu kế hoạch không nêu")


class TasksFile(Strict):
    intro: Text
    groups: list[TaskGroup]
    tasks: list[Task]


# -------------------------------------------------------------- indicators
class AsWritten(Strict):
    """Nguyên văn khi trang này phải sửa một chỗ bị cắt hoặc lỗi định dạng."""
    name: Line | None = None
    unit: Line | None = None
    why: Line


class Assigned(Strict):
    """Phân công do trang này đặt ra; kế hoạch không quy định."""
    reporting_agency: Slug | None = None
    tasks: list[Id] = Field(default_factory=list)


class Indicator(Strict):
    id: Id
    name: Line
    unit: Line = ""
    target_2025: TargetText = Field(description='Mục tiêu đến năm 2025, đúng chữ trong phụ lục ("" ô trống, "-" không đặt)')
    target_2030: TargetText = Field(description="Mục tiêu đến năm 2030, đúng chữ trong phụ lục")
    program_54: bool = Field(description="Có đánh dấu X ở cột 'Tại Chương trình 54-CTr/TU'")
    levels: list[Line] | None = Field(None, description="Chỉ tiêu định tính: thang mức từ thấp đến cao (do trang này đặt)")
    direction: Literal["higher", "lower", "keep"] = Field(description="higher: tăng là tốt; lower: giảm là tốt; keep: giữ ở mức mục tiêu")
    direction_basis: Literal["plan", "targets", "site"] = Field(
        description="plan: kế hoạch nói rõ/ngụ ý; targets: suy từ hai mục tiêu; site: trang này tự đặt")
    direction_note: Line | None = None
    as_written: AsWritten | None = None
    assigned: Assigned | None = None
    sub_indicators: list[Indicator] = Field(default_factory=list)


class IndicatorGroup(Strict):
    id: Id
    name: Line
    as_written: AsWritten | None = None
    assigned: Assigned
    indicators: list[Indicator]


# -------------------------------------------------------------------- plan
class DocNumber(Strict):
    as_written: Line
    value: Line | None


class PlaceDate(Strict):
    as_written: Line
    place: Line
    date: dt.date | None
    year: Year


class Period(Strict):
    start: Year
    end: Year


class Implemented(Strict):
    id: Slug
    number: Line
    number_as_written: Line | None = None
    date: dt.date
    issuer: Slug
    kind: Line
    title: Line


class Purpose(Strict):
    heading: Line
    purpose: Text
    requirements: Text


class Objectives(Strict):
    heading: Line
    general_2030: Text
    specific_2030: Text
    vision_2045: Text


class Funding(Strict):
    heading: Line
    text: Text
    budget_review_agency: Slug


class DayMonth(Strict):
    day: int = Field(ge=1, le=31)
    month: int = Field(ge=1, le=12)


class YearlyReport(Strict):
    by: Slug
    to: Slug
    due: DayMonth
    as_written: Line


class Organisation(Strict):
    heading: Line
    paragraphs: list[Text]
    sub_plans_by: list[Slug]
    report_to: Slug
    report_via: Slug
    oversight_by: list[Slug]
    yearly_report: YearlyReport


class Sections(Strict):
    purpose: Purpose
    objectives: Objectives
    tasks_heading: Line
    funding: Funding
    organisation: Organisation


class Signer(Strict):
    authority: Line
    title: Line
    name: Line


class Appendix(Strict):
    title: Line
    caption: Line


class Plan(Strict):
    number: DocNumber
    issuer: Slug
    place_date: PlaceDate
    kind: Line
    title: Text
    short_title: Line
    period: Period
    implements: list[Implemented]
    preamble: Text
    sections: Sections
    closing: Text
    recipients: list[Line]
    signer: Signer
    appendix: Appendix


# ---------------------------------------------------------------- progress
ValueKind = Literal["uoc-tinh", "so-bo", "chinh-thuc"]
TaskStatus = Literal["chua-trien-khai", "dang-trien-khai", "hoan-thanh", "thuong-xuyen", "cham-tien-do"]
# What each vocabulary word reads as, everywhere it is shown (pages, spreadsheet, diffs).
VALUE_KIND_LABELS = {"uoc-tinh": "ước tính", "so-bo": "sơ bộ", "chinh-thuc": "chính thức"}
TASK_STATUS_LABELS = {
    "chua-trien-khai": "Chưa triển khai", "dang-trien-khai": "Đang triển khai", "hoan-thanh": "Hoàn thành",
    "thuong-xuyen": "Thực hiện thường xuyên", "cham-tien-do": "Chậm tiến độ",
}


class Evidence(Strict):
    title: Line
    url: Annotated[str, Field(pattern=r"^https?://[^\s<>\"]+$", max_length=500)] = Field(
        description="Đường dẫn http(s) tới văn bản, báo cáo làm bằng chứng")


class IndicatorValue(Strict):
    id: Id = Field(description="Mã chỉ tiêu hoặc chỉ tiêu con (ví dụ '6.5', '7.4.a')")
    year: Year | None = Field(None, description="Năm của số liệu; mặc định là năm của tệp báo cáo")
    value: Annotated[float | int | str | None, BeforeValidator(_reported_value)] = Field(
        None, description="Giá trị theo đơn vị của chỉ tiêu; dùng dấu phẩy thập phân trong dấu nháy ('3,8') hoặc số 3.8")
    level: Line | None = Field(None, description="Chỉ tiêu định tính: mức đạt được (một mức trong thang)")
    # Optional so a scaffolded report can list every indicator before the values exist;
    # validate.py requires them as soon as a value is given.
    kind: ValueKind | None = Field(None, description="uoc-tinh (ước tính), so-bo (sơ bộ) hoặc chinh-thuc (chính thức)")
    source: Line | None = Field(None, description="Nguồn số liệu")
    note: Text | None = None

    @property
    def filled(self) -> bool:
        return self.value is not None or self.level is not None


class TaskReport(Strict):
    id: Id = Field(description="Mã nhiệm vụ (ví dụ '6.1', '4.1.a')")
    status: TaskStatus | None = Field(
        None, description="chua-trien-khai, dang-trien-khai, hoan-thanh, thuong-xuyen, cham-tien-do; để trống nếu chưa báo cáo")
    summary: Text | None = Field(None, description="Tóm tắt việc đã làm trong năm")
    results: list[Line] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def filled(self) -> bool:
        return self.status is not None


class ProgressReport(Strict):
    agency: Slug = Field(description="Mã cơ quan báo cáo (trùng tên tệp)")
    year: Year
    illustrative: bool = Field(False, description="true: số liệu minh hoạ, không phải số liệu thật")
    submitted: dt.date | None = Field(None, description="Ngày gửi báo cáo")
    indicators: list[IndicatorValue] = Field(default_factory=list)
    tasks: list[TaskReport] = Field(default_factory=list)


# ---------------------------------------------------------- abbreviations
class Abbreviation(Strict):
    short: Line = Field(description="Chữ viết tắt đúng như văn bản viết (ví dụ 'BHXH', 'GD&ĐT')")
    long: Line = Field(description="Viết đầy đủ (ví dụ 'bảo hiểm xã hội')")
    variants: list[Line] = Field(default_factory=list, description="Cách viết tắt khác của cùng cụm từ (ví dụ 'LĐTBXH')")


class AbbreviationsFile(Strict):
    abbreviations: list[Abbreviation] = Field(description="Chữ viết tắt mà văn bản dùng; tìm kiếm hiểu cả hai cách viết")


Indicator.model_rebuild()

# File kinds, by the schema file name editors load.
SCHEMAS = {
    "plan": Plan,
    "agencies": AgenciesFile,
    "tasks": TasksFile,
    "indicator-group": IndicatorGroup,
    "progress": ProgressReport,
    "abbreviations": AbbreviationsFile,
}
