"""The schema of every YAML file, as pydantic models: the one source of truth.

`plansite schema` exports these as JSON Schema for editors; the loader uses
them to type-check files. Cross-file rules (references, duplicate ids,
targets that parse) live in checks/, because a single file cannot know them.
Descriptions are Vietnamese because editors show them to the staff who report; they live, with
the English beside them and the labels of the codes below, in texts.py.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from generator.data import texts as T
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
LEVEL_LABELS = {code: say.vi for code, say in T.LEVELS.items()}


Url = Annotated[str, Field(pattern=r"^https?://[^\s<>\"]+$", max_length=500)]

# How a body stopped being what the plan named. Each kind ends the body as named: a renamed or
# merged body continues as another entry of the registry, which carries its own later changes.
ChangeKind = Literal["doi-ten", "sap-nhap", "chia-tach", "giai-the", "chua-xac-dinh"]
CHANGE_KIND_LABELS = {code: say.vi for code, say in T.CHANGE_KINDS.items()}


class Document(Strict):
    """A document or public source a change rests on."""
    model_config = ConfigDict(json_schema_extra={"description": T.DOCUMENT.vi})
    id: Slug = Field(description=T.DOCUMENT_ID.vi)
    kind: Line = Field(description=T.DOCUMENT_KIND.vi)
    number: Line | None = Field(None, description=T.DOCUMENT_NUMBER.vi)
    date: dt.date | None = Field(description=T.DOCUMENT_DATE.vi)
    issuer: Line = Field(description=T.DOCUMENT_ISSUER.vi)
    title: Line = Field(description=T.DOCUMENT_TITLE.vi)
    urls: list[Url] = Field(default_factory=list, description=T.DOCUMENT_URLS.vi)


class ChangePart(Strict):
    agency: Slug = Field(description=T.CHANGE_PART_AGENCY.vi)
    functions: Line | None = Field(None, description=T.CHANGE_PART_FUNCTIONS.vi)


class Change(Strict):
    """One change of a body: from when, how, on which document's authority. Never inferred from a name."""
    model_config = ConfigDict(json_schema_extra={"description": T.CHANGE.vi})
    kind: ChangeKind = Field(description=T.CHANGE_KIND.vi)
    since: dt.date | None = Field(None, description=T.CHANGE_SINCE.vi)
    known_by: dt.date | None = Field(None, description=T.CHANGE_KNOWN_BY.vi)
    to: list[ChangePart] = Field(default_factory=list, description=T.CHANGE_TO.vi)
    others_undetermined: bool = Field(False, description=T.CHANGE_OTHERS_UNDETERMINED.vi)
    sources: list[Slug] = Field(min_length=1, description=T.CHANGE_SOURCES.vi)
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
    id: Slug = Field(description=T.AGENCY_ID.vi)
    name: Line = Field(description=T.AGENCY_NAME.vi)
    short_name: Line | None = None
    full_name: Line | None = None
    kind: Slug = Field(description=T.AGENCY_KIND.vi)
    level: Level = "huyen"
    in_plan: bool = Field(True, description=T.AGENCY_IN_PLAN.vi)
    variants: list[Line] = Field(default_factory=list, description=T.AGENCY_VARIANTS.vi)
    changes: list[Change] = Field(default_factory=list, description=T.AGENCY_CHANGES.vi)
    members: Members | None = Field(None, description=T.AGENCY_MEMBERS.vi)
    parent: Slug | None = Field(None, description=T.AGENCY_PARENT.vi)


class AgenciesFile(Strict):
    kinds: dict[Slug, Line] = Field(description=T.AGENCIES_FILE_KINDS.vi)
    agencies: list[Agency]
    documents: list[Document] = Field(default_factory=list, description=T.AGENCIES_FILE_DOCUMENTS.vi)


# ------------------------------------------------------------------- tasks
class Assignment(Strict):
    agencies: list[Slug] = Field(min_length=1, description=T.ASSIGNMENT_AGENCIES.vi)
    as_written: Line = Field(description=T.ASSIGNMENT_AS_WRITTEN.vi)
    label: Line | None = Field(None, description=T.ASSIGNMENT_LABEL.vi)


class Timeframe(Strict):
    as_written: Line
    kind: Literal["thuong-xuyen", "tu-nam", "den-nam", "dinh-ky", "khi-phat-sinh"] = Field(
        description=T.TIMEFRAME_KIND.vi)
    start_year: Year | None = None
    end_year: Year | None = None
    recurrence: Literal["thang", "quy", "6-thang", "nam"] | None = Field(
        None, description=T.TIMEFRAME_RECURRENCE.vi)


class Subgroup(Strict):
    id: Id
    title: Line


class TaskGroup(Strict):
    id: Id
    title: Line
    subgroups: list[Subgroup] = Field(default_factory=list)


class ParentTask(Strict):
    plan: Slug = Field(description=T.PARENT_TASK_PLAN.vi)
    task: Id = Field(description=T.PARENT_TASK_TASK.vi)


class Task(Strict):
    id: Id
    group: Id
    subgroup: Id | None = None
    title: Line | None = Field(None, description=T.TASK_TITLE.vi)
    text: Text
    # No defaults: a task must say explicitly (null) that the plan names no agency or time.
    lead: Assignment | None = Field(description=T.TASK_LEAD.vi)
    coordinating: Assignment | None = Field(description=T.TASK_COORDINATING.vi)
    timeframe: Timeframe | None = Field(description=T.TASK_TIMEFRAME.vi)
    result: Text | None = Field(None, description=T.TASK_RESULT.vi)
    note: Text | None = Field(None, description=T.TASK_NOTE.vi)
    implements: list[ParentTask] = Field(default_factory=list, description=T.TASK_IMPLEMENTS.vi)


class TaskLabels(Strict):
    """How the document labels each line of a task ("Cơ quan PHTH:"), or each column of an
    assignment table, so the full text shows it as written."""
    number: Line | None = Field(None, description=T.TASK_LABELS_NUMBER.vi)
    text: Line | None = Field(None, description=T.TASK_LABELS_TEXT.vi)
    lead: Line | None = None
    coordinating: Line | None = None
    timeframe: Line | None = None
    result: Line | None = None
    note: Line | None = None


class TasksFile(Strict):
    layout: Literal["list", "table"] = Field(
        "list", description=T.TASKS_FILE_LAYOUT.vi)
    heading: Line | None = Field(None, description=T.TASKS_FILE_HEADING.vi)
    intro: Text | None = None
    labels: TaskLabels = TaskLabels()
    groups: list[TaskGroup]
    tasks: list[Task]


# -------------------------------------------------------------- indicators
class AsWritten(Strict):
    """The verbatim text, where this site had to mend a cut or a formatting slip."""
    model_config = ConfigDict(json_schema_extra={"description": T.AS_WRITTEN.vi})
    name: Line | None = None
    unit: Line | None = None
    why: Line


class Assigned(Strict):
    """An assignment this site made; the plan does not set it."""
    model_config = ConfigDict(json_schema_extra={"description": T.ASSIGNED.vi})
    reporting_agency: Slug | None = None
    tasks: list[Id] = Field(default_factory=list)


class SameIndicator(Strict):
    """The same indicator (same definition) in another plan of the repository."""
    plan: Slug = Field(description=T.SAME_INDICATOR_PLAN.vi)
    indicator: Id = Field(description=T.SAME_INDICATOR_INDICATOR.vi)


class Disaggregation(Strict):
    """How the indicator's figures are split (set by this site): reports ask for these breakdowns."""
    model_config = ConfigDict(json_schema_extra={"description": T.DISAGGREGATION.vi})
    by: list[DimensionKey] = Field(min_length=1, description=T.DISAGGREGATION_BY.vi)
    additive: bool = Field(False, description=T.DISAGGREGATION_ADDITIVE.vi)


class IndicatorNote(Strict):
    """A cell of the indicator's row that is not a name, unit, target or baseline ("Ghi chú", "Cơ quan
    theo dõi", a column the engine does not know), kept with its row under the column's header."""
    label: Line = Field(description=T.INDICATOR_NOTE_LABEL.vi)
    text: Text
    role: Literal["reporting"] | None = Field(
        None, description=T.INDICATOR_NOTE_ROLE.vi)


class Indicator(Strict):
    id: Id
    name: Line
    unit: Line = ""
    targets: dict[Year, TargetText] = Field(
        json_schema_extra={"propertyNames": {"pattern": r"^2[01]\d\d$"}},
        description=T.INDICATOR_TARGETS.vi)
    baselines: dict[Slug, TargetText] = Field(
        default_factory=dict, description=T.INDICATOR_BASELINES.vi)
    marks: list[Slug] = Field(default_factory=list, description=T.INDICATOR_MARKS.vi)
    levels: list[Line] | None = Field(None, description=T.INDICATOR_LEVELS.vi)
    direction: Literal["higher", "lower", "keep"] = Field(description=T.INDICATOR_DIRECTION.vi)
    direction_basis: Literal["plan", "targets", "site"] = Field(
        description=T.INDICATOR_DIRECTION_BASIS.vi)
    direction_note: Line | None = None
    as_written: AsWritten | None = None
    assigned: Assigned | None = None
    same_as: list[SameIndicator] = Field(
        default_factory=list, description=T.INDICATOR_SAME_AS.vi)
    disaggregation: Disaggregation | None = Field(None, description=T.INDICATOR_DISAGGREGATION.vi)
    notes: list[IndicatorNote] = Field(default_factory=list, description=T.INDICATOR_NOTES.vi)
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
    """One category of a breakdown dimension (a commune, 'Nữ', 'Dân tộc thiểu số'). Dates only with a source."""
    model_config = ConfigDict(json_schema_extra={"description": T.CATEGORY.vi})
    id: Slug = Field(description=T.CATEGORY_ID.vi)
    label: Line = Field(description=T.CATEGORY_LABEL.vi)
    since: dt.date | None = Field(None, description=T.CATEGORY_SINCE.vi)
    until: dt.date | None = Field(None, description=T.CATEGORY_UNTIL.vi)
    covers: list[Slug] = Field(default_factory=list, description=T.CATEGORY_COVERS.vi)
    covers_complete: bool = Field(False, description=T.CATEGORY_COVERS_COMPLETE.vi)
    sources: list[Slug] = Field(default_factory=list, description=T.CATEGORY_SOURCES.vi)
    note: Line | None = None


class Dimension(Strict):
    """One dimension figures are broken down by: commune, sex, ethnicity, area…"""
    model_config = ConfigDict(json_schema_extra={"description": T.DIMENSION.vi})
    id: Slug = Field(description=T.DIMENSION_ID.vi)
    label: Line = Field(description=T.DIMENSION_LABEL.vi)
    noun: Line = Field(T.DEFAULT_NOUN.vi, description=T.DIMENSION_NOUN.vi)
    categories: list[Category] = Field(min_length=1)


class DimensionsFile(Strict):
    """The breakdown dimensions the plan uses (declared by this site; the plan does not set them)."""
    model_config = ConfigDict(json_schema_extra={"description": T.DIMENSIONS_FILE.vi})
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
    plan: Slug | None = Field(None, description=T.IMPLEMENTED_PLAN.vi)
    number: Line
    number_as_written: Line | None = None
    date: dt.date | None = Field(description=T.IMPLEMENTED_DATE.vi)
    issuer: Slug
    kind: Line
    title: Line


class DayMonth(Strict):
    day: int = Field(ge=1, le=31)
    month: int = Field(ge=1, le=12)


class YearlyReport(Strict):
    by: Slug = Field(description=T.YEARLY_REPORT_BY.vi)
    to: Slug = Field(description=T.YEARLY_REPORT_TO.vi)
    due: DayMonth
    as_written: Line
    where: Line | None = Field(None, description=T.YEARLY_REPORT_WHERE.vi)


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
    number: Line | None = Field(None, description=T.NODE_NUMBER.vi)
    title: Line | None = Field(None, description=T.NODE_TITLE.vi)
    text: Text | None = Field(None, description=T.NODE_TEXT.vi)
    contains: Literal["tasks", "appendix"] | None = Field(
        None, description=T.NODE_CONTAINS.vi)
    items: list[Node] = Field(default_factory=list)


class MarkColumn(Strict):
    id: Slug
    label: Line = Field(description=T.MARK_COLUMN_LABEL.vi)
    name: Line = Field(description=T.MARK_COLUMN_NAME.vi)
    tag: Annotated[str, Field(max_length=8)] = Field(description=T.MARK_COLUMN_TAG.vi)
    document: Slug | None = Field(None, description=T.MARK_COLUMN_DOCUMENT.vi)
    column: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")] | None = Field(
        None, description=T.MARK_COLUMN_COLUMN.vi)


class BaselineColumn(Strict):
    id: Slug
    label: Line = Field(description=T.BASELINE_COLUMN_LABEL.vi)
    year: Year
    kind: Literal["thuc-hien", "uoc-thuc-hien"] = Field(description=T.BASELINE_COLUMN_KIND.vi)


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
    document: Line = Field(description=T.IMPORTED_DOCUMENT.vi)
    date: dt.date = Field(description=T.IMPORTED_DATE.vi)
    review: int = Field(ge=0, description=T.IMPORTED_REVIEW.vi)


class Plan(Strict):
    draft: bool = Field(False, description=T.PLAN_DRAFT.vi)
    imported: Imported | None = Field(None, description=T.PLAN_IMPORTED.vi)
    number: DocNumber
    issuer: Slug
    place_date: PlaceDate
    kind: Line
    title: Text
    short_title: Line
    period: Period
    level: Level = Field(description=T.PLAN_LEVEL.vi)
    place: Line = Field(description=T.PLAN_PLACE.vi)
    milestones: list[Year] = Field(default_factory=list, description=T.PLAN_MILESTONES.vi)
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
    appendix: Appendix | None = Field(None, description=T.PLAN_APPENDIX.vi)


# -------------------------------------------------------------- amendments
class ItemChange(Strict):
    """One change an amendment makes, item by item: set one field again, or withdraw the whole item."""
    model_config = ConfigDict(json_schema_extra={"description": T.ITEM_CHANGE.vi})
    item: Annotated[str, Field(pattern=r"^(task|indicator):\S+$", max_length=60)] = Field(
        description=T.ITEM_CHANGE_ITEM.vi)
    action: Literal["set", "withdraw"] = Field("set", description=T.ITEM_CHANGE_ACTION.vi)
    field: Line | None = Field(None, description=T.ITEM_CHANGE_FIELD.vi)
    value: object = Field(None, description=T.ITEM_CHANGE_VALUE.vi)
    note: Line | None = None


class Amendment(Strict):
    """A document amending or supplementing the plan (FICTIONAL in tests only: no real amendment of this plan is known)."""
    model_config = ConfigDict(json_schema_extra={"description": T.AMENDMENT.vi})
    id: Slug
    kind: Line = Field(T.DEFAULT_AMENDMENT_KIND.vi, description=T.AMENDMENT_KIND.vi)
    number: Line = Field(description=T.AMENDMENT_NUMBER.vi)
    date: dt.date = Field(description=T.AMENDMENT_DATE.vi)
    issuer: Slug = Field(description=T.AMENDMENT_ISSUER.vi)
    title: Line
    effective: dt.date = Field(description=T.AMENDMENT_EFFECTIVE.vi)
    urls: list[Url] = Field(default_factory=list)
    changes: list[ItemChange] = Field(min_length=1)


# ---------------------------------------------------------------- progress
ValueKind = Literal["uoc-tinh", "so-bo", "chinh-thuc"]
TaskStatus = Literal["chua-trien-khai", "dang-trien-khai", "hoan-thanh", "thuong-xuyen", "cham-tien-do"]
# What each vocabulary word reads as, everywhere it is shown (pages, spreadsheet, diffs).
# The report fields of section V (V.4: "vướng mắc") and IV (kinh phí), as every form and page names them.
REPORT_FIELD_LABELS = {field: say.vi for field, say in T.REPORT_FIELDS.items()}
BUDGET_UNIT = T.BUDGET_UNIT.vi
VALUE_KIND_LABELS = {code: say.vi for code, say in T.VALUE_KINDS.items()}
TASK_STATUS_LABELS = {code: say.vi for code, say in T.TASK_STATUSES.items()}


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
    """The body's funds for social policies in the year (section IV of the plan), in million dong."""
    model_config = ConfigDict(json_schema_extra={"description": T.BUDGET.vi})
    estimate: Money | None = Field(None, description=T.BUDGET_ESTIMATE.vi)
    spent: Money | None = Field(None, description=T.BUDGET_SPENT.vi)
    note: Text | None = Field(None, description=T.BUDGET_NOTE.vi)


class Evidence(Strict):
    title: Line
    url: Annotated[str, Field(pattern=r"^https?://[^\s<>\"]+$", max_length=500)] = Field(
        description=T.EVIDENCE_URL.vi)


class Part(BaseModel):
    """The value of one part: the keys other than 'value'/'note' are dimension ids, their values category ids ('xa: ea-bung')."""
    # Extra keys are the dimensions: the plan declares them, so the checker, not the schema, knows them.
    model_config = ConfigDict(extra="allow", frozen=True,
                              json_schema_extra={"additionalProperties": {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"},
                                                 "description": T.PART.vi})
    value: Annotated[float | int | str | None, BeforeValidator(_reported_value)] = Field(
        description=T.PART_VALUE.vi)
    note: Text | None = None

    @property
    def cell(self) -> dict[str, object]:
        """Dimension id → category id, as written."""
        return dict(self.model_extra or {})


class IndicatorValue(Strict):
    id: Id = Field(description=T.INDICATOR_VALUE_ID.vi)
    year: Year | None = Field(None, description=T.INDICATOR_VALUE_YEAR.vi)
    value: Annotated[float | int | str | None, BeforeValidator(_reported_value)] = Field(
        None, description=T.INDICATOR_VALUE_VALUE.vi)
    level: Line | None = Field(None, description=T.INDICATOR_VALUE_LEVEL.vi)
    # Optional so a scaffolded report can list every indicator before the values exist;
    # checks/reports.py requires them as soon as a value is given.
    kind: ValueKind | None = Field(None, description=T.INDICATOR_VALUE_KIND.vi)
    source: Line | None = Field(None, description=T.INDICATOR_VALUE_SOURCE.vi)
    source_url: Url | None = Field(None, description=T.INDICATOR_VALUE_SOURCE_URL.vi)
    source_date: dt.date | None = Field(None, description=T.INDICATOR_VALUE_SOURCE_DATE.vi)
    note: Text | None = None
    breakdown: list[Part] = Field(default_factory=list, description=T.INDICATOR_VALUE_BREAKDOWN.vi)

    @property
    def filled(self) -> bool:
        return self.value is not None or self.level is not None


class TaskReport(Strict):
    id: Id = Field(description=T.TASK_REPORT_ID.vi)
    status: TaskStatus | None = Field(
        None, description=T.TASK_REPORT_STATUS.vi)
    summary: Text | None = Field(None, description=T.TASK_REPORT_SUMMARY.vi)
    results: list[Line] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    difficulties: list[Text] = Field(default_factory=list, description=T.TASK_REPORT_DIFFICULTIES.vi)
    proposals: list[Text] = Field(default_factory=list, description=T.TASK_REPORT_PROPOSALS.vi)

    @property
    def filled(self) -> bool:
        return self.status is not None


class ProgressReport(Strict):
    agency: Slug = Field(description=T.PROGRESS_REPORT_AGENCY.vi)
    year: Year
    illustrative: bool = Field(False, description=T.PROGRESS_REPORT_ILLUSTRATIVE.vi)
    submitted: dt.date | None = Field(None, description=T.PROGRESS_REPORT_SUBMITTED.vi)
    indicators: list[IndicatorValue] = Field(default_factory=list)
    tasks: list[TaskReport] = Field(default_factory=list)
    difficulties: list[Text] = Field(default_factory=list, description=T.PROGRESS_REPORT_DIFFICULTIES.vi)
    proposals: list[Text] = Field(default_factory=list, description=T.PROGRESS_REPORT_PROPOSALS.vi)
    budget: Budget | None = Field(None, description=T.PROGRESS_REPORT_BUDGET.vi)


# ---------------------------------------------------------- abbreviations
class Abbreviation(Strict):
    short: Line = Field(description=T.ABBREVIATION_SHORT.vi)
    long: Line = Field(description=T.ABBREVIATION_LONG.vi)
    variants: list[Line] = Field(default_factory=list, description=T.ABBREVIATION_VARIANTS.vi)


class AbbreviationsFile(Strict):
    abbreviations: list[Abbreviation] = Field(description=T.ABBREVIATIONS_FILE_ABBREVIATIONS.vi)


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
