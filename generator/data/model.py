"""The schema of every YAML file, as pydantic models: the one source of truth.

`plansite schema` exports these as JSON Schema for editors; the loader uses
them to type-check files. Cross-file rules (references, duplicate ids,
targets that parse) live in checks/, because a single file cannot know them.
Descriptions are Vietnamese because editors show them to the staff who report.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from generator.text.numbers import parse_number


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
# Levels of government, and the word a page uses for each ("của huyện", "của xã").
Level = Literal["trung-uong", "tinh", "huyen", "xa"]
LEVEL_LABELS = {"trung-uong": "trung ương", "tinh": "tỉnh", "huyen": "huyện", "xa": "xã"}


Url = Annotated[str, Field(pattern=r"^https?://[^\s<>\"]+$", max_length=500)]

# How a body stopped being what the plan named. Each kind ends the body as named: a renamed or
# merged body continues as another entry of the registry, which carries its own later changes.
ChangeKind = Literal["doi-ten", "sap-nhap", "chia-tach", "giai-the", "chua-xac-dinh"]
CHANGE_KIND_LABELS = {
    "doi-ten": "đổi tên", "sap-nhap": "sáp nhập", "chia-tach": "chia tách, chuyển giao chức năng",
    "giai-the": "giải thể, không có cơ quan kế nhiệm", "chua-xac-dinh": "kết thúc, chưa xác định cơ quan kế nhiệm",
}


class Document(Strict):
    """Văn bản hoặc nguồn công khai làm căn cứ cho một thay đổi."""
    id: Slug = Field(description="Mã để các thay đổi trích dẫn")
    kind: Line = Field(description="Loại: Nghị quyết, Nghị định, Quyết định, Bài báo…")
    number: Line | None = Field(None, description="Số, ký hiệu (ví dụ 45/2019/QH14); null nếu không có")
    date: dt.date | None = Field(description="Ngày ban hành/đăng (YYYY-MM-DD); null nếu chưa xác định")
    issuer: Line = Field(description="Cơ quan ban hành hoặc nơi đăng")
    title: Line = Field(description="Trích yếu hoặc tiêu đề")
    urls: list[Url] = Field(default_factory=list, description="Nơi đọc văn bản (chỉ hiện dạng chữ, không tải)")


class ChangePart(Strict):
    agency: Slug = Field(description="Mã cơ quan tiếp nhận (trong danh sách agencies)")
    functions: Line | None = Field(None, description="Chia tách: chức năng cơ quan này nhận")


class Change(Strict):
    """Một thay đổi của cơ quan: từ ngày nào, thế nào, theo văn bản nào. Không suy từ tên gọi."""
    kind: ChangeKind = Field(description=(
        "doi-ten: đổi tên thành 'to'; sap-nhap: sáp nhập vào 'to'; chia-tach: chức năng chuyển cho các cơ quan "
        "trong 'to'; giai-the: giải thể, không có cơ quan kế nhiệm; chua-xac-dinh: kết thúc, chưa xác định kế nhiệm"))
    since: dt.date | None = Field(None, description="Ngày đầu tiên thay đổi có hiệu lực (cơ quan kết thúc ngày hôm trước)")
    known_by: dt.date | None = Field(None, description="Khi chưa xác định ngày hiệu lực: ngày của nguồn sớm nhất cho thấy đã thay đổi")
    to: list[ChangePart] = Field(default_factory=list, description="Cơ quan tiếp nhận")
    others_undetermined: bool = Field(False, description="Chia tách: chỉ biết một phần chức năng; phần còn lại chưa xác định")
    sources: list[Slug] = Field(min_length=1, description="Mã văn bản trong 'documents'")
    note: Line | None = None

    @property
    def effective(self) -> dt.date:
        """From when the record can say the change had happened."""
        return self.since or self.known_by


class Members(Strict):
    """Who a collective name ("Các cơ quan, đơn vị, ngành của huyện") stands for, by kind and level."""
    kinds: list[Slug] = Field(min_length=1)
    level: Level


class Agency(Strict):
    id: Slug = Field(description="Mã ổn định, chữ thường không dấu, nối bằng '-'")
    name: Line = Field(description="Tên như kế hoạch viết")
    short_name: Line | None = None
    full_name: Line | None = None
    kind: Slug = Field(description="Loại cơ quan: một mã trong 'kinds' của tệp này")
    level: Level = "huyen"
    in_plan: bool = Field(True, description="false: kế hoạch không nhắc tới; ghi vì tiếp nhận nhiệm vụ của cơ quan khác")
    variants: list[Line] = Field(default_factory=list, description="Cách viết khác trong văn bản")
    changes: list[Change] = Field(default_factory=list, description="Thay đổi của cơ quan (tối đa một; cơ quan mới ghi tiếp)")
    members: Members | None = Field(None, description="Tên gọi chung nhiều cơ quan: gồm mọi cơ quan có loại và cấp này")
    parent: Slug | None = Field(None, description="Cơ quan cấp trên trực tiếp (dòng trên cùng của tiêu đề văn bản)")


class AgenciesFile(Strict):
    kinds: dict[Slug, Line] = Field(description="Loại cơ quan và tên hiển thị của loại đó")
    agencies: list[Agency]
    documents: list[Document] = Field(default_factory=list, description="Văn bản làm căn cứ cho các thay đổi")


# ------------------------------------------------------------------- tasks
class Assignment(Strict):
    agencies: list[Slug] = Field(min_length=1, description="Mã cơ quan trong plan/agencies.yml")
    as_written: Line = Field(description="Nguyên văn trong kế hoạch")
    label: Line | None = Field(None, description="Nhãn dòng như văn bản viết, nếu khác nhãn chung ở 'labels'")


class Timeframe(Strict):
    as_written: Line
    kind: Literal["thuong-xuyen", "tu-nam", "den-nam", "dinh-ky", "khi-phat-sinh"] = Field(
        description="thuong-xuyen: thường xuyên; tu-nam: từ một năm trở đi (đến end_year nếu có); den-nam: hoàn thành "
                    "trong/trước một năm; dinh-ky: lặp lại theo 'recurrence' (hằng quý, hằng năm…); khi-phat-sinh: khi có việc")
    start_year: Year | None = None
    end_year: Year | None = None
    recurrence: Literal["thang", "quy", "6-thang", "nam"] | None = Field(
        None, description="Với dinh-ky: hằng tháng, hằng quý, 6 tháng một lần, hằng năm")


class Subgroup(Strict):
    id: Id
    title: Line


class TaskGroup(Strict):
    id: Id
    title: Line
    subgroups: list[Subgroup] = Field(default_factory=list)


class ParentTask(Strict):
    plan: Slug = Field(description="Mã kế hoạch (thư mục plan/<mã>/)")
    task: Id = Field(description="Mã nhiệm vụ trong kế hoạch đó")


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
    result: Text | None = Field(None, description="Kết quả/sản phẩm, nếu bảng phân công có cột này")
    note: Text | None = Field(None, description="Ghi chú, nếu bảng phân công có cột này")
    implements: list[ParentTask] = Field(default_factory=list, description="Nhiệm vụ của kế hoạch cấp trên mà nhiệm vụ này thực hiện")


class TaskLabels(Strict):
    """How the document labels each line of a task ("Cơ quan PHTH:"), or each column of an
    assignment table, so the full text shows it as written."""
    number: Line | None = Field(None, description="Cột số thứ tự của bảng phân công ('STT')")
    text: Line | None = Field(None, description="Cột nội dung nhiệm vụ của bảng phân công ('Nhiệm vụ')")
    lead: Line | None = None
    coordinating: Line | None = None
    timeframe: Line | None = None
    result: Line | None = None
    note: Line | None = None


class TasksFile(Strict):
    layout: Literal["list", "table"] = Field(
        "list", description="list: nhiệm vụ viết thành đoạn; table: bảng phân công (STT | Nhiệm vụ | Cơ quan chủ trì | …)")
    heading: Line | None = Field(None, description="Tiêu đề phần nhiệm vụ nếu văn bản có (bảng phân công)")
    intro: Text | None = None
    labels: TaskLabels = TaskLabels()
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


class SameIndicator(Strict):
    """The same indicator (same definition) in another plan of the repository."""
    plan: Slug = Field(description="Mã kế hoạch")
    indicator: Id = Field(description="Mã chỉ tiêu trong kế hoạch đó")


class Disaggregation(Strict):
    """Cách chia số liệu của chỉ tiêu (do trang này đặt): báo cáo hỏi các phân tổ này."""
    by: list[DimensionKey] = Field(min_length=1, description=(
        "Các phân tổ: mã một chiều ('xa') hoặc nhiều chiều nối bằng '+' ('gioi-tinh+dan-toc')"))
    additive: bool = Field(False, description="true: các phần của một chiều cộng lại bằng tổng (số lượng); false: tỉ lệ, bình quân")


class IndicatorNote(Strict):
    """A cell of the indicator's row that is not a name, unit, target or baseline ("Ghi chú", "Cơ quan
    theo dõi", a column the engine does not know), kept with its row under the column's header."""
    label: Line = Field(description="Tiêu đề cột như văn bản ghi")
    text: Text
    role: Literal["reporting"] | None = Field(
        None, description="reporting: cột nêu cơ quan theo dõi, báo cáo chỉ tiêu (mã cơ quan ở assigned.reporting_agency)")


class Indicator(Strict):
    id: Id
    name: Line
    unit: Line = ""
    targets: dict[Year, TargetText] = Field(
        json_schema_extra={"propertyNames": {"pattern": r"^2[01]\d\d$"}},
        description='Mục tiêu theo mốc (năm khai báo ở milestones của kế hoạch), đúng chữ trong phụ lục ("" ô trống, "-" không đặt)')
    baselines: dict[Slug, TargetText] = Field(
        default_factory=dict, description="Giá trị ở các cột thực hiện/ước thực hiện (mã cột khai báo ở baselines của kế hoạch)")
    marks: list[Slug] = Field(default_factory=list, description="Các cột đánh dấu X có đánh dấu (mã cột ở marks của kế hoạch)")
    levels: list[Line] | None = Field(None, description="Chỉ tiêu định tính: thang mức từ thấp đến cao (do trang này đặt)")
    direction: Literal["higher", "lower", "keep"] = Field(description="higher: tăng là tốt; lower: giảm là tốt; keep: giữ ở mức mục tiêu")
    direction_basis: Literal["plan", "targets", "site"] = Field(
        description="plan: kế hoạch nói rõ/ngụ ý; targets: suy từ hai mục tiêu; site: trang này tự đặt")
    direction_note: Line | None = None
    as_written: AsWritten | None = None
    assigned: Assigned | None = None
    same_as: list[SameIndicator] = Field(
        default_factory=list, description="Cùng chỉ tiêu (cùng định nghĩa) ở kế hoạch khác trong kho")
    disaggregation: Disaggregation | None = Field(None, description="Số liệu chia theo xã, giới tính, dân tộc… (phân tổ)")
    notes: list[IndicatorNote] = Field(default_factory=list, description="Các ô khác của dòng chỉ tiêu (Ghi chú, cơ quan theo dõi, …)")
    sub_indicators: list[Indicator] = Field(default_factory=list)


class IndicatorGroup(Strict):
    id: Id
    name: Line
    as_written: AsWritten | None = None
    assigned: Assigned
    indicators: list[Indicator]



# ------------------------------------------------------------- dimensions
DimensionKey = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*(\+[a-z0-9]+(-[a-z0-9]+)*)*$", max_length=120)]


class Category(Strict):
    """Một nhóm của một chiều phân tổ (một xã, 'Nữ', 'Dân tộc thiểu số'). Ngày hiệu lực chỉ ghi khi có nguồn."""
    id: Slug = Field(description="Mã ổn định, chữ thường không dấu")
    label: Line = Field(description="Tên như người ta viết ('Xã Ea Bung', 'Nữ')")
    since: dt.date | None = Field(None, description="Ngày bắt đầu tồn tại (đơn vị hành chính mới); null nếu có từ trước kế hoạch")
    until: dt.date | None = Field(None, description="Ngày cuối cùng tồn tại; null nếu còn, hoặc chưa xác định")
    covers: list[Slug] = Field(default_factory=list, description="Các nhóm cũ (cùng chiều) mà địa bàn này gồm, theo nguồn")
    covers_complete: bool = Field(False, description="true: 'covers' là đầy đủ; false: gồm ít nhất các nhóm đó")
    sources: list[Slug] = Field(default_factory=list, description="Mã văn bản (documents trong plan/agencies.yml) cho ngày và địa bàn")
    note: Line | None = None


class Dimension(Strict):
    """Một chiều phân tổ số liệu: theo xã, giới tính, dân tộc, khu vực…"""
    id: Slug = Field(description="Mã ổn định, dùng trong báo cáo ('xa', 'gioi-tinh')")
    label: Line = Field(description="Tên chiều như người ta viết ('Xã, thị trấn', 'Giới tính')")
    noun: Line = Field("nhóm", description="Từ để đếm các nhóm trong câu ('3 xã, thị trấn chưa đạt…')")
    categories: list[Category] = Field(min_length=1)


class DimensionsFile(Strict):
    """Các chiều phân tổ số liệu mà kế hoạch dùng (do trang này khai; kế hoạch không quy định)."""
    dimensions: list[Dimension]


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
    plan: Slug | None = Field(None, description="Mã kế hoạch trong kho này, nếu văn bản đó cũng có ở đây")
    number: Line
    number_as_written: Line | None = None
    date: dt.date | None = Field(description="Ngày ban hành; null nếu văn bản để trống")
    issuer: Slug
    kind: Line
    title: Line


class DayMonth(Strict):
    day: int = Field(ge=1, le=31)
    month: int = Field(ge=1, le=12)


class YearlyReport(Strict):
    by: Slug = Field(description="Cơ quan tổng hợp báo cáo")
    to: Slug = Field(description="Nơi nhận báo cáo tổng hợp")
    due: DayMonth
    as_written: Line
    where: Line | None = Field(None, description="Chỗ trong văn bản quy định việc này (ví dụ 'mục V.3')")


class Responsibilities(Strict):
    """Duties the text gives (sections on funding and organisation), as agency ids."""
    budget_review_by: Slug | None = None
    sub_plans_by: list[Slug] = Field(default_factory=list)
    report_to: Slug | None = None
    report_via: Slug | None = None
    oversight_by: list[Slug] = Field(default_factory=list)
    yearly_report: YearlyReport | None = None


class Node(Strict):
    """One part of the document as written: a section (I.), item (1., 1.1.), point (a)) or paragraph."""
    number: Line | None = Field(None, description="Số/chữ đầu mục đúng như văn bản ('I.', '1.1.', 'a)')")
    title: Line | None = Field(None, description="Tên mục hoặc nhãn đầu đoạn ('Mục đích:')")
    text: Text | None = Field(None, description="Nội dung; các đoạn cách nhau một dòng trống")
    contains: Literal["tasks", "appendix"] | None = Field(
        None, description="tasks: chỗ đặt các nhiệm vụ (tasks.yml); appendix: đoạn dẫn tới phụ lục chỉ tiêu")
    items: list[Node] = Field(default_factory=list)


class MarkColumn(Strict):
    id: Slug
    label: Line = Field(description="Tên cột như phụ lục viết")
    name: Line = Field(description="Tên ngắn trang hiển thị cho cột ('Chương trình …')")
    tag: Annotated[str, Field(max_length=8)] = Field(description="Nhãn rất ngắn cạnh tên chỉ tiêu trong bảng")
    document: Slug | None = Field(None, description="Mã văn bản (trong implements) mà cột nói tới")
    column: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")] | None = Field(
        None, description="Tên cột trong dữ liệu mở (mặc định mark_<mã>)")


class BaselineColumn(Strict):
    id: Slug
    label: Line = Field(description="Tên cột như phụ lục viết ('Thực hiện năm …', 'Ước thực hiện …')")
    year: Year
    kind: Literal["thuc-hien", "uoc-thuc-hien"] = Field(description="thuc-hien: số thực hiện; uoc-thuc-hien: ước thực hiện")


class Decision(Strict):
    """A Quyết định whose article promulgates the plan attached to it: both are kept."""
    kind: Line
    number: DocNumber
    place_date: PlaceDate
    title: Text
    articles: list[Node]


class Signer(Strict):
    authority: Line
    title: Line
    name: Line


class Appendix(Strict):
    title: Line
    caption: Line


class Imported(Strict):
    """Where a draft came from: `plansite import-plan` records the document, the day, and the review list's length."""
    document: Line = Field(description="Tên tệp văn bản đã nhập")
    date: dt.date = Field(description="Ngày nhập")
    review: int = Field(ge=0, description="Số điểm cần xem lại mà lệnh nhập đã liệt kê")


class Plan(Strict):
    draft: bool = Field(False, description="true: nội dung chưa nhập xong; mọi trang của kế hoạch ghi rõ là bản nháp")
    imported: Imported | None = Field(None, description="Bản nháp nhập từ văn bản bằng plansite import-plan")
    number: DocNumber
    issuer: Slug
    place_date: PlaceDate
    kind: Line
    title: Text
    short_title: Line
    period: Period
    level: Level = Field(description="Cấp ban hành: tinh, xa, hoặc huyen (cấp huyện trước khi bị bãi bỏ)")
    place: Line = Field(description="Địa bàn như trang hiển thị ('Huyện …', 'Xã …')")
    milestones: list[Year] = Field(default_factory=list, description="Các năm mốc mục tiêu của phụ lục chỉ tiêu")
    marks: list[MarkColumn] = Field(default_factory=list)
    baselines: list[BaselineColumn] = Field(default_factory=list)
    implements: list[Implemented]
    decision: Decision | None = None
    preamble: Text | None = None
    responsibilities: Responsibilities = Responsibilities()
    body: list[Node]
    closing: Text | None = None
    recipients: list[Line] = Field(default_factory=list)
    signer: Signer | None = None
    appendix: Appendix | None = Field(None, description="Phụ lục chỉ tiêu; không có nếu kế hoạch chỉ có nhiệm vụ")


# -------------------------------------------------------------- amendments
class ItemChange(Strict):
    """Một thay đổi của văn bản sửa đổi, theo từng mục: đặt lại một trường, hoặc bãi bỏ cả mục."""
    item: Annotated[str, Field(pattern=r"^(task|indicator):\S+$", max_length=60)] = Field(
        description="Mục bị sửa: 'task:<mã nhiệm vụ>' hoặc 'indicator:<mã chỉ tiêu>'")
    action: Literal["set", "withdraw"] = Field("set", description="set: đặt lại 'field' thành 'value'; withdraw: bãi bỏ mục")
    field: Line | None = Field(None, description="Trường bị sửa (ví dụ target_<năm>, lead, timeframe, text)")
    value: object = Field(None, description="Giá trị mới, cùng dạng với trường đó trong tệp gốc")
    note: Line | None = None


class Amendment(Strict):
    """Văn bản sửa đổi, bổ sung kế hoạch (FICTIONAL in tests only: no real amendment of this plan is known)."""
    id: Slug
    kind: Line = Field("Kế hoạch", description="Loại văn bản")
    number: Line = Field(description="Số, ký hiệu (ví dụ 123/KH-UBND)")
    date: dt.date = Field(description="Ngày ký")
    issuer: Slug = Field(description="Mã cơ quan ban hành trong plan/agencies.yml")
    title: Line
    effective: dt.date = Field(description="Ngày có hiệu lực")
    urls: list[Url] = Field(default_factory=list)
    changes: list[ItemChange] = Field(min_length=1)


# ---------------------------------------------------------------- progress
ValueKind = Literal["uoc-tinh", "so-bo", "chinh-thuc"]
TaskStatus = Literal["chua-trien-khai", "dang-trien-khai", "hoan-thanh", "thuong-xuyen", "cham-tien-do"]
# What each vocabulary word reads as, everywhere it is shown (pages, spreadsheet, diffs).
# The report fields of section V (V.4: "vướng mắc") and IV (kinh phí), as every form and page names them.
REPORT_FIELD_LABELS = {
    "difficulties": "Khó khăn, vướng mắc", "proposals": "Đề xuất, kiến nghị",
    "budget": "Kinh phí thực hiện chính sách xã hội", "estimate": "Dự toán trong năm", "spent": "Đã thực hiện",
}
BUDGET_UNIT = "triệu đồng"
VALUE_KIND_LABELS = {"uoc-tinh": "ước tính", "so-bo": "sơ bộ", "chinh-thuc": "chính thức"}
TASK_STATUS_LABELS = {
    "chua-trien-khai": "Chưa triển khai", "dang-trien-khai": "Đang triển khai", "hoan-thanh": "Hoàn thành",
    "thuong-xuyen": "Thực hiện thường xuyên", "cham-tien-do": "Chậm tiến độ",
}


def _money(v):
    # Same rules as an indicator value: a number, or Vietnamese digits in quotes ("1.250,5").
    if isinstance(v, bool):
        raise ValueError("bool_value")
    if isinstance(v, str):
        return parse_number(v)
    return v


Money = Annotated[float, BeforeValidator(_money), Field(ge=0, allow_inf_nan=False),
                  WithJsonSchema({"type": ["number", "string"], "minimum": 0})]


class Budget(Strict):
    """Kinh phí thực hiện chính sách xã hội của cơ quan trong năm (mục IV của kế hoạch), đơn vị triệu đồng."""
    estimate: Money | None = Field(None, description="Dự toán kinh phí trong năm, triệu đồng ('1.250,5' hoặc 1250.5)")
    spent: Money | None = Field(None, description="Kinh phí đã thực hiện trong năm, triệu đồng")
    note: Text | None = Field(None, description="Nguồn kinh phí, ghi chú")


class Evidence(Strict):
    title: Line
    url: Annotated[str, Field(pattern=r"^https?://[^\s<>\"]+$", max_length=500)] = Field(
        description="Đường dẫn http(s) tới văn bản, báo cáo làm bằng chứng")


class Part(BaseModel):
    """Giá trị của một phần: các khoá khác 'value'/'note' là mã chiều phân tổ, giá trị là mã nhóm ('xa: ea-bung')."""
    # Extra keys are the dimensions: the plan declares them, so the checker, not the schema, knows them.
    model_config = ConfigDict(extra="allow", frozen=True,
                              json_schema_extra={"additionalProperties": {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}})
    value: Annotated[float | int | str | None, BeforeValidator(_reported_value)] = Field(
        description="Giá trị của phần này, cùng đơn vị và cách viết như giá trị tổng ('3,8')")
    note: Text | None = None

    @property
    def cell(self) -> dict[str, object]:
        """Dimension id → category id, as written."""
        return dict(self.model_extra or {})


class IndicatorValue(Strict):
    id: Id = Field(description="Mã chỉ tiêu hoặc chỉ tiêu con (ví dụ '6.5', '7.4.a')")
    year: Year | None = Field(None, description="Năm của số liệu; mặc định là năm của tệp báo cáo")
    value: Annotated[float | int | str | None, BeforeValidator(_reported_value)] = Field(
        None, description="Giá trị theo đơn vị của chỉ tiêu, trong dấu nháy, dấu phẩy thập phân ('3,8'); số nguyên có thể không cần dấu nháy (92). Không viết 3.8 hay 1.500: dấu chấm có hai cách hiểu")
    level: Line | None = Field(None, description="Chỉ tiêu định tính: mức đạt được (một mức trong thang)")
    # Optional so a scaffolded report can list every indicator before the values exist;
    # checks/reports.py requires them as soon as a value is given.
    kind: ValueKind | None = Field(None, description="uoc-tinh (ước tính), so-bo (sơ bộ) hoặc chinh-thuc (chính thức)")
    source: Line | None = Field(None, description="Nguồn số liệu (tên văn bản, báo cáo, cuộc điều tra)")
    source_url: Url | None = Field(None, description="Địa chỉ đọc nguồn, nếu có (bắt đầu bằng http:// hoặc https://)")
    source_date: dt.date | None = Field(None, description="Ngày của nguồn (YYYY-MM-DD), nếu có")
    note: Text | None = None
    breakdown: list[Part] = Field(default_factory=list, description=(
        "Số liệu phân tổ, cạnh giá trị tổng: mỗi dòng ghi nhóm ('xa: ea-bung') và 'value'; cùng năm, loại, nguồn với tổng"))

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
    difficulties: list[Text] = Field(default_factory=list, description="Khó khăn, vướng mắc riêng của nhiệm vụ này")
    proposals: list[Text] = Field(default_factory=list, description="Đề xuất, kiến nghị riêng của nhiệm vụ này")

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
    difficulties: list[Text] = Field(default_factory=list, description="Khó khăn, vướng mắc chung của cơ quan trong năm")
    proposals: list[Text] = Field(default_factory=list, description="Đề xuất, kiến nghị chung của cơ quan")
    budget: Budget | None = Field(None, description="Kinh phí thực hiện chính sách xã hội trong năm (mục IV), nếu báo cáo")


# ---------------------------------------------------------- abbreviations
class Abbreviation(Strict):
    short: Line = Field(description="Chữ viết tắt đúng như văn bản viết (ví dụ 'BHXH', 'GD&ĐT')")
    long: Line = Field(description="Viết đầy đủ (ví dụ 'bảo hiểm xã hội')")
    variants: list[Line] = Field(default_factory=list, description="Cách viết tắt khác của cùng cụm từ (ví dụ 'LĐTBXH')")


class AbbreviationsFile(Strict):
    abbreviations: list[Abbreviation] = Field(description="Chữ viết tắt mà văn bản dùng; tìm kiếm hiểu cả hai cách viết")


Indicator.model_rebuild()
Node.model_rebuild()
Task.model_rebuild()

# File kinds, by the schema file name editors load.
SCHEMAS = {
    "plan": Plan,
    "agencies": AgenciesFile,
    "tasks": TasksFile,
    "indicator-group": IndicatorGroup,
    "progress": ProgressReport,
    "amendment": Amendment,
    "abbreviations": AbbreviationsFile,
    "dimensions": DimensionsFile,
}
