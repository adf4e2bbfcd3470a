"""What the checks say to whoever edits the YAML: every message once, Vietnamese beside English.

A typed table rather than gettext catalogues, for this audience: both languages are written by
us (Vietnamese is the language of the site and its staff, English the one of the code and the
CI log), so there is no translator and no .po/.mo step to keep in sync; gettext would key each
message by its English (or Vietnamese) text and find a missing translation only at run time,
where here a message is a name the code refers to, a typo in it fails at import, and
tests/checks/test_messages.py checks that both languages take the same fields. Moving to gettext
later stays mechanical: each entry is one msgid with one translation.

`Say(vi, en)(**fields)` gives the (vi, en) pair the checker reports (`Checker.say`); hints (how to
fix it) are entries too. Fields are named in the text, as `str.format` reads them.
The staff guide (docs/huong-dan.md) quotes some of these words: tests/test_guide.py runs the
command and compares, so change the guide with the message.

Every message of checks/ is here (tests/checks/test_messages.py finds any Vietnamese left at a
call). Two kinds of entry say one language only: the English of a reason another module words in
Vietnamese (`*_EN`: data/amendments.py), and path placeholders shown in both. The messages the
loader says too (NO_PLAN, OR) live in data/messages.py, the lower layer, and are taken from there.
The breakdown checks also speak in the workbook (staff/xlsx_breakdowns.py), through the same table.
"""
from __future__ import annotations

from generator.text.say import Say
# Said by the loader too: kept once, in the lower layer's table.
from generator.data.messages import NO_PLAN, OR  # noqa: F401


# --- every check: references and duplicates (checker.py) ------------------------------------------
UNKNOWN = Say("{what_vi} '{value}' không tồn tại.", "{what_en} '{value}' does not exist.")
CURLY_QUOTES_HINT = Say("dấu nháy cong (“ ” ‘ ’, do Word hay điện thoại tự đổi) là một phần của chữ; "
                        "hãy dùng dấu nháy thẳng: \"{bare}\"",
                        "curly quotes (“ ” ‘ ’) become part of the text; use straight quotes: \"{bare}\"")
DUPLICATE = Say("{what_vi} '{id}' bị trùng (đã có ở {other}).", "Duplicate {what_en} '{id}' (already in {other}).")

# What a reference or an id is, in both languages: passed as what_vi/what_en.
AGENCY = ("Cơ quan", "Agency")
AGENCY_ID = ("Mã cơ quan", "agency id")
PARENT_AGENCY = ("Cơ quan cấp trên", "Parent agency")
SUCCESSOR = ("Cơ quan kế nhiệm", "Successor")
DOCUMENT = ("Văn bản", "Document")
DOCUMENT_ID = ("Mã văn bản", "document id")
MARK_COLUMN_ID = ("Mã cột đánh dấu", "mark column id")
BASELINE_COLUMN_ID = ("Mã cột thực hiện", "baseline column id")
TASK = ("Nhiệm vụ", "Task")
TASK_ID = ("Mã nhiệm vụ", "task id")
TASK_GROUP = ("Nhóm nhiệm vụ", "Task group")
TASK_GROUP_ID = ("Mã nhóm nhiệm vụ", "task group id")
INDICATOR = ("Chỉ tiêu", "Indicator")
DIMENSION = ("Chiều phân tổ", "Dimension")
MARK_COLUMN = ("Cột đánh dấu", "Mark column")
BASELINE_COLUMN = ("Cột thực hiện", "Baseline column")

# --- the registry of bodies (bodies.py) -------------------------------------------------------------
KIND_UNKNOWN = Say("Loại cơ quan '{kind}' không có trong 'kinds'.", "Agency kind '{kind}' is not in 'kinds'.")
ONE_CHANGE_ONLY = Say("Cơ quan '{id}' chỉ ghi một thay đổi.", "Agency '{id}' records one change only.")
ONE_CHANGE_ONLY_HINT = Say("sau khi đổi tên hoặc sáp nhập, cơ quan mới là một mục riêng trong agencies và ghi tiếp "
                           "thay đổi của nó ở đó", "after a rename or merger the new body is its own entry and "
                           "records its later changes there")
NAME_TAKEN = Say("Tên '{name}' đã thuộc về cơ quan '{owner}'.", "Name '{name}' already belongs to agency '{owner}'.")
CHANGE_NEEDS_ONE = Say("Thay đổi '{kind}' ({label}) cần đúng một cơ quan ở 'to'.",
                       "Change '{kind}' needs exactly one body in 'to'.")
CHANGE_NEEDS_ONE_HINT = Say("nhiều cơ quan nhận chức năng: dùng kind: chia-tach", "several bodies: use kind: chia-tach")
SPLIT_NEEDS_SOME = Say("Thay đổi 'chia-tach' cần ít nhất một cơ quan ở 'to', mỗi cơ quan có 'functions'.",
                       "Change 'chia-tach' needs at least one body in 'to', each with 'functions'.")
SPLIT_NEEDS_SOME_HINT = Say("không biết cơ quan nào nhận: dùng kind: chua-xac-dinh",
                            "successor unknown: use kind: chua-xac-dinh")
CHANGE_HAS_NO_SUCCESSOR = Say("Thay đổi '{kind}' ({label}) không có cơ quan kế nhiệm: bỏ 'to'.",
                              "Change '{kind}' has no successor: remove 'to'.")
SUCCEEDS_ITSELF = Say("Cơ quan không thể kế nhiệm chính nó.", "An agency cannot succeed itself.")
SPLIT_NEEDS_FUNCTIONS = Say("Chia tách: ghi 'functions' (chức năng '{agency}' nhận).",
                            "Split: give 'functions' (what '{agency}' took over).")
SINCE_OR_KNOWN_BY = Say("Ghi đúng một trong hai: 'since' (ngày có hiệu lực) hoặc 'known_by' (khi chưa xác định "
                        "ngày hiệu lực: ngày của nguồn sớm nhất cho thấy đã thay đổi).",
                        "Give exactly one of 'since' (effective date) or 'known_by' (date of the earliest source "
                        "showing it).")
CHANGES_LOOP = Say("Chuỗi thay đổi quay vòng: {chain}.", "The chain of changes loops: {chain}.")

# --- a plan's own file (plans.py) ----------------------------------------------------------------------
END_BEFORE_START = Say("Năm kết thúc không được trước năm bắt đầu.", "The end year cannot precede the start year.")
MILESTONE_OUTSIDE = Say("Mốc {year} nằm ngoài thời kỳ của kế hoạch ({start}–{end}).",
                        "Milestone {year} is outside the plan period ({start}–{end}).")
MILESTONE_OUTSIDE_HINT = Say("sửa năm mốc hoặc thời kỳ (period)", "fix the milestone year or the period")
MILESTONE_TWICE = Say("Mốc {year} được khai hai lần.", "Milestone {year} is declared twice.")
MILESTONES_WITHOUT_APPENDIX = Say("Kế hoạch có mốc mục tiêu nhưng không có phụ lục chỉ tiêu (appendix).",
                                  "The plan declares milestones but has no indicator appendix.")
ONE_TASKS_PART = Say("Thân văn bản (body) phải có đúng một mục 'contains: tasks' (chỗ đặt các nhiệm vụ).",
                     "The body must have exactly one part with 'contains: tasks'.")

# --- a plan's tasks (tasks.py) ----------------------------------------------------------------------
SUBGROUP_UNKNOWN = Say("Nhóm con '{subgroup}' không có trong nhóm {group}.", "Subgroup '{subgroup}' is not in group {group}.")
FROM_YEAR_NEEDS_START = Say("Thời gian 'tu-nam' cần có start_year.", "Timeframe 'tu-nam' needs start_year.")
UNTIL_YEAR_NEEDS_END = Say("Thời gian 'den-nam' cần có end_year.", "Timeframe 'den-nam' needs end_year.")

# --- amendments (amendments.py) ---------------------------------------------------------------------
IN_YEAR = Say("năm {year}", "in {year}")
EFFECTIVE_BEFORE_PLAN = Say("Văn bản có hiệu lực ngày {date_vi}, trước khi kế hoạch được ban hành ({issued}).",
                            "Effective {date_en}, before the plan was issued.")
EFFECTIVE_BEFORE_PLAN_HINT = Say("kiểm tra lại ngày hiệu lực", "check the effective date")
ITEM_PREFIX = Say("Mục '{item}' phải bắt đầu bằng 'task:' hoặc 'indicator:'.",
                  "Item '{item}' must start with 'task:' or 'indicator:'.")
ITEM_UNKNOWN = Say("{label_vi} '{id}' không có trong kế hoạch.", "{label_en} '{id}' is not in the plan.")
WITHDRAW_TAKES_NO_FIELD = Say("Bãi bỏ cả mục (action: withdraw) không ghi 'field'.", "Withdrawing an item takes no 'field'.")
FIELD_NOT_AMENDABLE = Say("Trường '{field}' không sửa được ở {label_vi}; dùng một trong: {allowed}.",
                          "Field '{field}' cannot be amended on a {label_en}; use one of: {allowed}.")
WHOLE_ITEM = Say("toàn bộ", "the whole")
SAME_DAY = Say("Hai văn bản cùng sửa {field_vi} của {label_vi} {id} có hiệu lực cùng ngày {date_vi} (đã có ở {other}).",
               "Two amendments change {field_en} of {label_en} {id} effective the same day {date_en} "
               "(already at {other}).")
SAME_DAY_HINT = Say("gộp vào một văn bản, hoặc kiểm tra ngày hiệu lực", "merge them or check the dates")
# The Vietnamese is read_value's own reason (data/amendments.py); only the English is said from here.
NEW_VALUE_UNREADABLE_EN = "The new value of '{field}' cannot be read."

# --- between plans, and files outside every plan (links.py, family.py) ------------------------------
PLAN_NOT_IN_REPOSITORY_AT = Say("Kế hoạch '{plan}' không có trong kho (plan/{plan}/plan.yml).",
                                "Plan '{plan}' is not in the repository.")
PLAN_NOT_IN_REPOSITORY = Say("Kế hoạch '{plan}' không có trong kho.", "Plan '{plan}' is not in the repository.")
TASK_IMPLEMENTS_OWN_PLAN = Say("Nhiệm vụ không thể thực hiện một nhiệm vụ của chính kế hoạch mình.",
                               "A task cannot implement a task of its own plan.")
TASK_NOT_IN_PLAN = Say("Nhiệm vụ '{task}' không có trong kế hoạch '{plan}'.", "Task '{task}' does not exist in plan '{plan}'.")
NOT_ANOTHER_PLAN = Say("Kế hoạch '{plan}' không có trong kho (hoặc là chính kế hoạch này).",
                       "Plan '{plan}' is not another plan of the repository.")
INDICATOR_NOT_IN_PLAN = Say("Chỉ tiêu '{indicator}' không có trong kế hoạch '{plan}'.",
                            "Indicator '{indicator}' does not exist in plan '{plan}'.")
PLANS_LOOP = Say("Các kế hoạch thực hiện lẫn nhau thành vòng: {chain}.", "Plans implement each other in a cycle: {chain}.")
# In a path shown in either language, where the plan's id or the year goes.
SOME_PLAN, SOME_YEAR = "<mã-kế-hoạch>", "<năm>"
STRAY_FILE = Say("Tệp này không thuộc kế hoạch nào nên bị bỏ qua; hãy chuyển nó vào {where}.",
                 "This file belongs to no plan and is ignored; move it to {where}.")
STRAY_FOLDER = Say("Thư mục {top}/{folder}/ không ứng với kế hoạch nào (plan/{folder}/plan.yml).",
                   "Folder {top}/{folder}/ matches no plan (plan/{folder}/plan.yml).")
NO_PLAN_HINT = Say("nhập từ văn bản: plansite import-plan <tệp .docx> --id <mã>; hoặc tạo khung: plansite new-plan --id <mã>",
                   "from the document: plansite import-plan <file .docx> --id <id>; or a skeleton: plansite new-plan --id <id>")
CHOOSE_A_PLAN = Say("Kho có nhiều kế hoạch ({ids}); hãy chọn một bằng --plan.",
                    "The repository holds several plans ({ids}); choose one with --plan.")
NO_SUCH_PLAN = Say("Không có kế hoạch '{plan}' (có: {ids}).", "There is no plan '{plan}' (there are: {ids}).")

# --- warnings: values that jump (values.py) --------------------------------------------------------
JUMP = Say("Chỉ tiêu {id} năm {year}: {now}, {why_vi} ({last} năm {last_year}). Nếu số đúng, hãy ghi lý do ở 'note'.",
           "Indicator {id} in {year}: {now}, {why_en} ({last} in {last_year}). If it is right, say why in 'note'.")
PART_JUMP = Say("Chỉ tiêu {id} năm {year}, {who}: {now}, {why_vi} ({last} năm {last_year}). "
                "Nếu số đúng, hãy ghi lý do ở 'note' của dòng này.",
                "Indicator {id} in {year}, {who}: {now}, {why_en} ({last} in {last_year}). "
                "If it is right, say why in this line's 'note'.")

# --- indicator groups (indicators.py) ----------------------------------------------------------------
GROUP_DUPLICATE = Say("Nhóm chỉ tiêu '{id}' bị trùng với {other}.", "Indicator group '{id}' duplicates {other}.")
GROUP_NEEDS_REPORTER = Say("Nhóm chỉ tiêu cần 'reporting_agency' mặc định.",
                           "An indicator group needs a default 'reporting_agency'.")
INDICATOR_DUPLICATE = Say("Mã chỉ tiêu '{id}' bị trùng (đã có ở {at}).", "Duplicate indicator id '{id}' (already at {at}).")
LEVELS_TOO_FEW = Say("Thang mức cần ít nhất hai mức khác nhau.", "Levels need at least two distinct entries.")
NO_SUB_SUB_INDICATORS = Say("Chỉ tiêu con không được có chỉ tiêu con.", "A sub-indicator cannot have sub-indicators.")
NONE_DECLARED = Say("không có", "none")
TARGET_NOT_AT_MILESTONE = Say("Mục tiêu ghi ở năm {year}, nhưng kế hoạch không khai mốc này (milestones: {milestones}).",
                              "Target under {year}, which the plan does not declare as a milestone.")
TARGET_NOT_AT_MILESTONE_HINT = Say("thêm năm vào milestones trong plan.yml, hoặc sửa năm",
                                   "add the year to milestones in plan.yml, or fix it")
TARGET_MISSING = Say("Chỉ tiêu {id} thiếu mục tiêu cho mốc {years} (ghi \"\" nếu ô để trống, \"-\" nếu không đặt).",
                     "Indicator {id} has no target for milestone {years} (\"\" for a blank cell, \"-\" for none).")
# An unreadable target is worded, in both languages, where it is read (data/messages.py: TargetError).

# --- progress reports (reports.py) -------------------------------------------------------------------
REPORT_YEAR_OUTSIDE = Say("Năm báo cáo {year} nằm ngoài thời kỳ của kế hoạch ({start}–{end}).",
                          "Report year {year} is outside the plan period ({start}–{end}).")
REPORT_MISPLACED = Say("Báo cáo của '{agency}' năm {year} phải nằm ở {at}.", "The report of '{agency}' for {year} must be at {at}.")
VALUE_YEAR_INVALID = Say("Năm {year} không hợp lệ cho báo cáo năm {report_year} (từ {first} đến {report_year}).",
                         "Year {year} is not valid in the {report_year} report ({first}–{report_year}).")
VALUE_TWICE = Say("Chỉ tiêu {id} năm {year} đã được báo cáo ở dòng {line}.",
                  "Indicator {id} for {year} is already reported on line {line}.")
NOT_YOUR_INDICATOR = Say("Chỉ tiêu {id} do '{owner}' báo cáo, không phải '{agency}'.",
                         "Indicator {id} is reported by '{owner}', not '{agency}'.")
MOVE_TO_OWNER_HINT = Say("chuyển mục này sang {at}", "move it to {at}")
VALUE_WITHOUT = Say("Chỉ tiêu {id} có giá trị nhưng thiếu '{key}'.", "Indicator {id} has a value but no '{key}'.")
VALUE_WITHOUT_HINT = Say("kind: uoc-tinh, so-bo hoặc chinh-thuc; source: nguồn số liệu",
                         "kind: uoc-tinh, so-bo or chinh-thuc; source: where the figure comes from")
LEVEL_NOT_ONE_OF = Say("Chỉ tiêu {id} là định tính: 'level' phải là một trong: {levels}.",
                       "Indicator {id} is qualitative: 'level' must be one of: {levels}.")
QUALITATIVE_VALUE = Say("Chỉ tiêu định tính ghi mức ở 'level'; 'value' chỉ là lời mô tả.",
                        "Qualitative indicators take 'level'; 'value' is only a description.")
QUANTITATIVE_LEVEL = Say("Chỉ tiêu {id} là định lượng: hãy ghi 'value', không ghi 'level'.",
                         "Indicator {id} is quantitative: give 'value', not 'level'.")
IMPOSSIBLE_VALUE = Say("Chỉ tiêu {id}: {why_vi}", "Indicator {id}: {why_en}")
TASK_TWICE = Say("Nhiệm vụ {id} đã được báo cáo ở dòng {line}.", "Task {id} is already reported on line {line}.")
REMARKS_WITHOUT_STATUS = Say("Nhiệm vụ {id} có khó khăn/đề xuất nhưng chưa có 'status'.",
                             "Task {id} has difficulties/proposals but no 'status'.")
REMARKS_WITHOUT_STATUS_HINT = Say("ghi 'status', hoặc chuyển các ý này lên 'difficulties'/'proposals' chung của cơ quan",
                                  "give a 'status', or move them to the report's own 'difficulties'/'proposals'")
STATUS_WITHOUT_SUMMARY = Say("Nhiệm vụ {id} có tình trạng nhưng thiếu 'summary' (tóm tắt việc đã làm).",
                             "Task {id} has a status but no 'summary'.")
NOT_YOUR_TASK = Say("Nhiệm vụ {id} do {leads_vi} chủ trì báo cáo, không phải '{agency}'.",
                    "Task {id} is reported by its lead agency ({leads_en}), not '{agency}'.")
ENDED = Say("{name} ('{id}') đã {end_vi}", "{name} ('{id}') ended ({kind_en}) from {since_en}")
FILED_AFTER_END = Say("{ended_vi}; báo cáo gửi ngày {date_vi} không thể do cơ quan này gửi.",
                      "{ended_en}; a report filed on {date_en} cannot be its report.")
ENDED_BEFORE_YEAR = Say("{ended_vi}, trước năm báo cáo {year}: cơ quan này không thể gửi báo cáo năm đó.",
                        "{ended_en}, before the report year {year}.")
ENDED_GIVE_SUBMITTED = Say("{ended_vi}: ghi 'submitted' (ngày gửi) để biết báo cáo năm {year} được gửi trước ngày đó.",
                           "{ended_en}: give 'submitted' to show the {year} report was filed before.")
ENDED_GIVE_SUBMITTED_HINT = Say("submitted: YYYY-MM-DD", "submitted: YYYY-MM-DD")
WHO_REALLY_FILED_HINT = Say("ghi ở 'agency' cơ quan thực sự gửi báo cáo (thêm vào plan/agencies.yml nếu chưa có) và đặt "
                            "tệp ở {progress}/<năm>/<mã cơ quan đó>.yml; nếu ghi nhầm ngày gửi, sửa 'submitted'",
                            "put the body that really filed it in 'agency' (add it to plan/agencies.yml if missing) and "
                            "move the file to {progress}/<year>/<its id>.yml; if the date is wrong, fix 'submitted'")

# --- breakdowns (breakdowns.py; also said in the workbook, through staff/xlsx_breakdowns.py) -------------
FIELD_AS_DIMENSION = Say("'{id}' là tên trường của dòng phân tổ, không dùng làm mã chiều.",
                         "'{id}' is a field of a breakdown line and cannot be a dimension id.")
DIMENSION_DUPLICATE = Say("Chiều phân tổ '{id}' bị trùng (đã có ở dòng {line}).", "Duplicate dimension '{id}' (already on line {line}).")
CATEGORY_DUPLICATE = Say("Nhóm '{id}' của chiều '{dimension}' bị trùng (đã có ở dòng {line}).",
                         "Duplicate category '{id}' in dimension '{dimension}' (already on line {line}).")
UNTIL_BEFORE_SINCE = Say("Nhóm '{id}': 'until' ({until_vi}) trước 'since' ({since_vi}).", "Category '{id}': 'until' is before 'since'.")
CATEGORY_WITHOUT_SOURCES = Say("Nhóm '{id}' ghi ngày hoặc địa bàn nhưng không có 'sources'.",
                               "Category '{id}' gives dates or an area but no 'sources'.")
CATEGORY_WITHOUT_SOURCES_HINT = Say("ghi mã văn bản (documents trong plan/agencies.yml) làm căn cứ, hoặc bỏ ngày/địa bàn nếu "
                                    "chưa có nguồn", "cite a document id (documents in plan/agencies.yml), or leave the "
                                    "dates/area out until a source exists")
COVERS_UNKNOWN = Say("Nhóm '{id}' ghi địa bàn gồm '{old}' ('covers'), nhưng chiều '{dimension}' không có nhóm '{old}'.",
                     "Category '{id}' covers '{old}', which is not a category of dimension '{dimension}'.")
QUALITATIVE_NOT_BROKEN_DOWN = Say("Chỉ tiêu {id} là định tính: không chia được theo phân tổ.",
                                  "Indicator {id} is qualitative and cannot be broken down.")
BROKEN_DOWN_WITHOUT_DIMENSIONS = Say("Chỉ tiêu {id} chia theo phân tổ nhưng kế hoạch chưa khai chiều phân tổ nào ({path}).",
                                     "Indicator {id} is broken down but the plan declares no dimensions ({path}).")
NO_DIMENSIONS_HINT = Say("khai các chiều và nhóm trong {path} (mã ổn định, tên như người ta viết), hoặc bỏ phần phân tổ",
                         "declare the dimensions and their categories in {path}, or remove the breakdown")
BREAKDOWN_REPEATS_DIMENSION = Say("Phân tổ '{text}' lặp một chiều.", "Breakdown '{text}' repeats a dimension.")
BREAKDOWN_TWICE = Say("Phân tổ '{text}' đã khai ở trên.", "Breakdown '{text}' is declared twice.")
QUALITATIVE_NO_PARTS = Say("Chỉ tiêu {id} là định tính: không ghi số liệu phân tổ.", "Indicator {id} is qualitative: no breakdown.")
PARTS_WITHOUT_TOTAL = Say("Chỉ tiêu {id} năm {year} có số liệu phân tổ nhưng chưa có giá trị tổng ('value').",
                          "Indicator {id} for {year} has a breakdown but no total ('value').")
PARTS_WITHOUT_TOTAL_HINT = Say("ghi giá trị chung ở 'value'; trạng thái của chỉ tiêu tính trên giá trị đó",
                               "give the overall figure in 'value'; the indicator's status is computed on it")
PARTS_WITHOUT_DIMENSIONS = Say("Chỉ tiêu {id} năm {year} có số liệu phân tổ nhưng kế hoạch chưa khai chiều phân tổ nào ({path}).",
                               "Indicator {id} for {year} has a breakdown but the plan declares no dimensions ({path}).")
BREAKDOWN_UNDECLARED = Say("Chỉ tiêu {id} không khai phân tổ '{name}'.", "Indicator {id} does not declare the breakdown '{name}'.")
BREAKDOWN_UNDECLARED_HINT = Say("thêm '{name}' vào disaggregation.by của chỉ tiêu {id} trong {file}",
                                "add '{name}' to disaggregation.by of indicator {id} in {file}")
CELL_TWICE = Say("Chỉ tiêu {id} năm {year}: nhóm '{cell}' đã được báo cáo ở dòng {line}.",
                 "Indicator {id} for {year}: the cell '{cell}' is already reported on line {line}.")
IMPOSSIBLE_PART = Say("Chỉ tiêu {id}, {cell}: {why_vi}", "Indicator {id}, {cell}: {why_en}")
NEW_AND_FORMER_TOGETHER = Say("Chỉ tiêu {id} năm {year}: {new} gồm địa bàn của {old}; không báo cáo cả hai trong cùng một số liệu.",
                              "Indicator {id} for {year}: {new} includes {old}; do not report both in one figure.")
NEW_AND_FORMER_TOGETHER_HINT = Say("báo cáo theo các đơn vị tồn tại vào thời điểm của số liệu",
                                   "report by the units that existed at the figure's date")
LINE_WITHOUT_CATEGORY = Say("Dòng phân tổ của chỉ tiêu {id} không ghi nhóm nào.", "A breakdown line of indicator {id} names no category.")
LINE_WITHOUT_CATEGORY_HINT = Say("ví dụ: - {{xa: ea-bung, value: \"3,8\"}}", "e.g. - {{xa: ea-bung, value: \"3,8\"}}")
DIMENSION_UNKNOWN = Say("Chiều phân tổ '{dimension}' không có trong {path}.", "Dimension '{dimension}' is not in {path}.")
CATEGORY_UNKNOWN = Say("Nhóm '{category}' không có trong chiều '{dimension}' ({label}).",
                       "Category '{category}' is not in dimension '{dimension}'.")
CATEGORY_NOT_THAT_YEAR = Say("{label} chỉ có {span}: không có số liệu năm {year}.", "{label} existed only {span}: no figure for {year}.")
CATEGORY_NOT_THAT_YEAR_HINT = Say("kiểm tra năm của số liệu, hoặc ghi theo đơn vị tồn tại trong năm đó",
                                  "check the year, or report by the unit that existed that year")
CATEGORY_AFTER_FILING = Say("{label} có {span}, sau ngày gửi báo cáo ({submitted}): báo cáo không thể có số liệu của nhóm này.",
                            "{label} exists {span}, after the report was filed ({submitted}).")
CATEGORY_AFTER_FILING_HINT = Say("ghi theo các đơn vị tồn tại khi gửi báo cáo{units}, hoặc sửa ngày gửi ('submitted') nếu ghi sai",
                                 "report by the units that existed when the report was filed, or correct 'submitted'")
PARTS_DO_NOT_ADD_UP = Say("Chỉ tiêu {id} năm {year}: các phần theo {label} cộng lại được {got_vi}, khác tổng {total_vi}.",
                          "Indicator {id} for {year}: the parts by {label} add up to {got_en}, not the total {total_en}.")
PARTS_DO_NOT_ADD_UP_HINT = Say("chỉ tiêu này khai các phần cộng lại bằng tổng (additive: true); hãy kiểm tra lại số",
                               "this indicator declares that its parts add up (additive: true); check the figures")
PARTS_EXCEED_TOTAL = Say("Chỉ tiêu {id} năm {year}: các phần theo {label} đã lớn hơn tổng ({got_vi} > {total_vi}).",
                         "Indicator {id} for {year}: the parts by {label} already exceed the total ({got_en} > {total_en}).")
PARTS_EXCEED_TOTAL_HINT = Say("các phần của chỉ tiêu này cộng lại bằng tổng (additive: true), nên không thể lớn hơn tổng; "
                              "hãy kiểm tra lại số", "the parts of this indicator add up to the total, so they cannot exceed it")


# --- what the pages need to be built (buildable.py) -----------------------------------------------
INDICATORS_WITHOUT_MILESTONES = Say(
    "Kế hoạch có chỉ tiêu nhưng không khai mốc mục tiêu nào (milestones trống), nên không đánh giá được chỉ tiêu nào.",
    "The plan has indicators but declares no milestone year.")
INDICATORS_WITHOUT_MILESTONES_HINT = Say(
    "ghi các năm của cột mục tiêu trong phụ lục vào milestones (năm giữa kỳ và năm cuối kỳ, ví dụ [2028, 2032]) và mục tiêu từng năm vào targets "
    "của chỉ tiêu", "list the target years of the appendix in milestones")
INDICATOR_SAME_PAGE = Say("Mã chỉ tiêu '{id}' và '{other}' cho cùng một địa chỉ trang (chi-tieu/{page}/).",
                          "Indicator ids '{id}' and '{other}' give the same page address.")
INDICATOR_SAME_PAGE_HINT = Say("đổi một trong hai mã (ví dụ dùng dấu chấm như văn bản)", "change one of the two ids")
TASK_SAME_PAGE = Say("Mã nhiệm vụ '{id}' và '{other}' cho cùng một địa chỉ trang (nhiem-vu/{page}/).",
                     "Task ids '{id}' and '{other}' give the same page address.")
TASK_SAME_PAGE_HINT = Say("đổi một trong hai mã", "change one of the two ids")


# --- the evidence: documents and sources (documents.py) -------------------------------------------
DOCUMENT_NUMBER_DIFFERS = Say(
    "Văn bản '{id}' có số {number} ở đây nhưng số {registered} trong {registry}: cùng mã phải là cùng văn bản.",
    "Document '{id}' is numbered {number} here but {registered} in {registry}: one id, one document.")
DOCUMENT_NUMBER_DIFFERS_HINT = Say("sửa số cho đúng văn bản, hoặc đặt mã khác nếu là hai văn bản khác nhau",
                                   "correct the number, or use another id if these are two documents")
SOURCE_DETAILS_WITHOUT_SOURCE = Say("Chỉ tiêu {id}: có địa chỉ hoặc ngày của nguồn nhưng chưa ghi 'source' (tên nguồn).",
                                    "Indicator {id}: a source address or date without 'source' (the source's name).")
SOURCE_DETAILS_WITHOUT_SOURCE_HINT = Say("ghi source: tên văn bản, báo cáo hay cuộc điều tra cho số liệu này",
                                         "give source: the document, report or survey the figure comes from")
DOCUMENT_UNCITED = Say("Văn bản '{id}' không được dữ liệu nào trích dẫn.", "Document '{id}' is cited by nothing in the data.")
DOCUMENT_UNCITED_HINT = Say("ghi mã này ở 'sources' của thay đổi cơ quan hoặc nhóm phân tổ nó làm căn cứ, hoặc xoá văn bản",
                            "cite it in the 'sources' of the change or category it supports, or remove it")
PLAN_DOCUMENT_NOT_KEPT = Say("Văn bản kế hoạch chưa lưu trong kho ({stem}.txt, và bản ban hành .docx/.pdf nếu có).",
                             "The plan's document is not kept in the repository ({stem}.txt, and the issued .docx/.pdf).")
PLAN_DOCUMENT_NOT_KEPT_HINT = Say("người đọc tải văn bản từ trang kế hoạch; kiểm thử đối chiếu dữ liệu với văn bản này",
                                  "readers download it from the plan page; tests compare the data with it")
