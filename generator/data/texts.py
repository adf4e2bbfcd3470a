"""The words of the data itself, Vietnamese beside English: what each field of a YAML file means,
and how each code and each derived phrase reads.

Two readers share these words because they are the data's own: whoever edits the YAML reads the
field descriptions in their editor (model.py hands them to pydantic, `plansite schema` writes them
into generator/schemas/), and every reader of the pages, the workbook, the Word report and the
open data reads the codes' labels ("hoan-thanh" reads "Hoàn thành") and the phrases the data layer
composes (a target read aloud, how a body ended). What is wrong with a file is said in messages.py.
A typed table rather than gettext for the reasons written in checks/messages.py.

The rest of the engine takes the Vietnamese through the names model.py, evidence.py and
amendments.py have always exported (TASK_STATUS_LABELS…), built from the entries here.
"""
from __future__ import annotations

from generator.text.say import Say


# --- what each code reads as (pages, workbook, Word; model.py) --------------------------------------
# Levels of government, and the word a page uses for each ("của huyện", "của xã").
LEVELS = {"trung-uong": Say("trung ương", "central"), "tinh": Say("tỉnh", "province"),
          "huyen": Say("huyện", "district"), "xa": Say("xã", "commune")}
# How a body stopped being what the plan named.
CHANGE_KINDS = {
    "doi-ten": Say("đổi tên", "renamed"), "sap-nhap": Say("sáp nhập", "merged"),
    "chia-tach": Say("chia tách, chuyển giao chức năng", "split, functions transferred"),
    "giai-the": Say("giải thể, không có cơ quan kế nhiệm", "dissolved, no successor"),
    "chua-xac-dinh": Say("kết thúc, chưa xác định cơ quan kế nhiệm", "ended, successor not determined"),
}
# The report fields of section V (V.4: "vướng mắc") and IV (kinh phí), as every form and page names them.
REPORT_FIELDS = {
    "difficulties": Say("Khó khăn, vướng mắc", "Difficulties and obstacles"),
    "proposals": Say("Đề xuất, kiến nghị", "Proposals and recommendations"),
    "budget": Say("Kinh phí thực hiện chính sách xã hội", "Funds for social policies"),
    "estimate": Say("Dự toán trong năm", "Estimate for the year"), "spent": Say("Đã thực hiện", "Spent"),
}
BUDGET_UNIT = Say("triệu đồng", "million dong")
VALUE_KINDS = {"uoc-tinh": Say("ước tính", "estimate"), "so-bo": Say("sơ bộ", "preliminary"),
               "chinh-thuc": Say("chính thức", "official")}
TASK_STATUSES = {
    "chua-trien-khai": Say("Chưa triển khai", "Not started"),
    "dang-trien-khai": Say("Đang triển khai", "Under way"),
    "hoan-thanh": Say("Hoàn thành", "Completed"), "thuong-xuyen": Say("Thực hiện thường xuyên", "Ongoing"),
    "cham-tien-do": Say("Chậm tiến độ", "Behind schedule"),
}
# What a field holds when the file leaves it out (model.py, dimensions.py).
DEFAULT_NOUN = Say("nhóm", "group")   # counts the categories of a dimension, or of several together
DEFAULT_AMENDMENT_KIND = Say("Kế hoạch", "Plan")

# --- amendments: which item, which field (amendments.py) -------------------------------------------
ITEMS = {"indicator": Say("chỉ tiêu", "indicator"), "task": Say("nhiệm vụ", "task")}
AMENDABLE_FIELDS = {
    "indicator": {"name": Say("Tên chỉ tiêu", "Indicator name"), "unit": Say("Đơn vị", "Unit")},
    "task": {"lead": Say("Cơ quan chủ trì tham mưu", "Lead agency"),
             "coordinating": Say("Cơ quan phối hợp thực hiện", "Coordinating agencies"),
             "timeframe": Say("Thời gian thực hiện", "Timeframe"), "text": Say("Nội dung", "Content"),
             "title": Say("Tiêu đề", "Title")},
}
TARGET_FIELD = Say("Mục tiêu {year}", "Target {year}")

# --- a target read aloud (targets.py) -----------------------------------------------------------------
COMPARISON_WORDS = {"<": Say("dưới", "below"), "≤": Say("không quá", "at most"), ">": Say("trên", "above"),
                    "≥": Say("ít nhất", "at least")}
NO_TARGET = Say("không đặt mục tiêu", "no target set")
TARGET_LEFT_BLANK = Say("để trống trong kế hoạch", "left blank in the plan")
LEVEL = Say("mức “{level}”", "level “{level}”")
OR_ABOVE = Say(" trở lên", " or above")
RANGE = Say("từ {low} đến {high}", "from {low} to {high}")

# --- when a body ended, when a category existed (bodies.py, dimensions.py) -----------------------------
ENDED_ON = Say("ngày {date}", "on {date}")
ENDED_BEFORE = Say("trước ngày {date} (ngày hiệu lực chưa xác định)",
                   "before {date} (effective date not determined)")
ENDED_HOW = {"doi-ten": Say("đổi tên thành {to}", "renamed {to}"),
             "sap-nhap": Say("sáp nhập vào {to}", "merged into {to}"),
             "chia-tach": Say("chia tách, chức năng chuyển cho {to}", "split, functions passed to {to}"),
             "giai-the": Say("giải thể, không có cơ quan kế nhiệm", "dissolved, no successor"),
             "chua-xac-dinh": Say("chưa xác định cơ quan kế nhiệm", "successor not determined")}
ENDED = Say("kết thúc {when} ({how})", "ended {when} ({how})")
FROM_DATE = Say("từ {date}", "from {date}")
UNTIL_DATE = Say("đến {date}", "until {date}")

# --- the documents the site relies on, and what it states on their authority (evidence.py) -------------
ADDRESS_KINDS = {"cong-thong-tin": Say("cổng thông tin chính thức", "official portal"),
                 "cong-bao": Say("công báo, cơ sở dữ liệu văn bản", "official gazette, legal database"),
                 "bao-chi": Say("báo chí, trang khác", "press, other site")}
CERTAINTIES = {
    "van-ban": Say("Trang đọc được chính văn bản (lưu trong kho, hoặc ở cổng thông tin chính thức, "
                   "công báo)",
                   "The site has read the document itself (kept in the repository, or on an official portal or "
                   "gazette)"),
    "bao-chi": Say("Theo báo chí đưa tin; trang chưa đọc văn bản ở nguồn chính thức",
                   "As the press reports it; the site has not read the document at an official source"),
    "trich-dan": Say("Chỉ biết qua văn bản khác trích dẫn (số, ngày, trích yếu như văn bản đó ghi); "
                     "chưa ghi nơi đọc",
                     "Known only as another document cites it (number, date, title as written there); nowhere to "
                     "read it is recorded"),
}
CLAIM_KINDS = {"issued": Say("Văn bản của kế hoạch", "The plan's document"),
               "implements": Say("Kế hoạch thực hiện văn bản này", "The plan implements this document"),
               "amendment": Say("Sửa đổi kế hoạch", "Amends the plan"),
               "body": Say("Cơ quan kết thúc hoặc thay đổi", "A body ended or changed"),
               "category": Say("Xã, nhóm phân tổ: thời gian, địa bàn",
                               "Commune, breakdown category: dates, area")}
DOCUMENT_OF_DAY = Say(" ngày {date}", " of {date}")   # an unnumbered document: 'Bài báo <host> ngày <date>'
CLAIM_ISSUED = Say("{plan}: văn bản ban hành ({number}, {place_date})",
                   "{plan}: the issued document ({number}, {place_date})")
CLAIM_IMPLEMENTS = Say("{plan} thực hiện {kind} {number}", "{plan} implements {kind} {number}")
CLAIM_AMENDMENT = Say("Sửa đổi {plan} ({count} thay đổi), hiệu lực từ {date}",
                      "Amends {plan} ({count} changes), in force from {date}")
COVERS = Say("gồm {labels}", "includes {labels}")
COVERS_AT_LEAST = Say("gồm ít nhất {labels}", "includes at least {labels}")
SOURCE_NOTED = Say("nguồn ghi chú", "source noted")

# --- a figure the plan itself states (assemble.py) --------------------------------------------------
BASELINE_SOURCE = Say("Kế hoạch, cột “{label}”", "The plan, column “{label}”")


# --- what each kind of entry is, as editors show it above its keys (model.py: json_schema_extra) --------
DOCUMENT = Say("Văn bản hoặc nguồn công khai làm căn cứ cho một thay đổi.",
               "A document or public source a change rests on.")
CHANGE = Say("Một thay đổi của cơ quan: từ ngày nào, thế nào, theo văn bản nào. Không suy từ tên gọi.",
             "One change of a body: from when, how, on which document's authority. Never inferred from a name.")
AS_WRITTEN = Say("Nguyên văn khi trang này phải sửa một chỗ bị cắt hoặc lỗi định dạng.",
                 "The verbatim text, where this site had to mend a cut or a formatting slip.")
ASSIGNED = Say("Phân công do trang này đặt ra; kế hoạch không quy định.",
               "An assignment this site made; the plan does not set it.")
DISAGGREGATION = Say("Cách chia số liệu của chỉ tiêu (do trang này đặt): báo cáo hỏi các phân tổ này.",
                     "How the indicator's figures are split (set by this site): reports ask for these breakdowns.")
CATEGORY = Say("Một nhóm của một chiều phân tổ (một xã, 'Nữ', 'Dân tộc thiểu số'). Ngày hiệu lực chỉ ghi khi có nguồn.",
               "One category of a breakdown dimension (a commune, 'Nữ', 'Dân tộc thiểu số'). Dates only with a source.")
DIMENSION = Say("Một chiều phân tổ số liệu: theo xã, giới tính, dân tộc, khu vực…",
                "One dimension figures are broken down by: commune, sex, ethnicity, area…")
DIMENSIONS_FILE = Say("Các chiều phân tổ số liệu mà kế hoạch dùng (do trang này khai; kế hoạch không quy định).",
                      "The breakdown dimensions the plan uses (declared by this site; the plan does not set them).")
ITEM_CHANGE = Say("Một thay đổi của văn bản sửa đổi, theo từng mục: đặt lại một trường, hoặc bãi bỏ cả mục.",
                  "One change an amendment makes, item by item: set one field again, or withdraw the whole item.")
AMENDMENT = Say("Văn bản sửa đổi, bổ sung kế hoạch (FICTIONAL in tests only: no real amendment of this plan is known).",
                "A document amending or supplementing the plan (FICTIONAL in tests only: no real amendment of this plan is known).")
BUDGET = Say("Kinh phí thực hiện chính sách xã hội của cơ quan trong năm (mục IV của kế hoạch), đơn vị triệu đồng.",
             "The body's funds for social policies in the year (section IV of the plan), in million dong.")
PART = Say("Giá trị của một phần: các khoá khác 'value'/'note' là mã chiều phân tổ, giá trị là mã nhóm ('xa: ea-bung').",
           "The value of one part: the keys other than 'value'/'note' are dimension ids, their values category ids ('xa: ea-bung').")

# --- what each field of a YAML file means, as editors show it (model.py; generator/schemas/) ----------
# Document
DOCUMENT_ID = Say("Mã để các thay đổi trích dẫn", "Id the changes cite it by")
DOCUMENT_KIND = Say("Loại: Nghị quyết, Nghị định, Quyết định, Bài báo…",
                    "Kind: resolution, decree, decision, article…")
DOCUMENT_NUMBER = Say("Số, ký hiệu (ví dụ 45/2019/QH14); null nếu không có",
                      "Number and symbol (e.g. 45/2019/QH14); null if it has none")
DOCUMENT_DATE = Say("Ngày ban hành/đăng (YYYY-MM-DD); null nếu chưa xác định",
                    "Date issued or published (YYYY-MM-DD); null if not determined")
DOCUMENT_ISSUER = Say("Cơ quan ban hành hoặc nơi đăng", "Issuing body, or where it was published")
DOCUMENT_TITLE = Say("Trích yếu hoặc tiêu đề", "Summary line or title")
DOCUMENT_URLS = Say("Nơi đọc văn bản (chỉ hiện dạng chữ, không tải)",
                    "Where to read the document (shown as text only, never fetched)")
# ChangePart
CHANGE_PART_AGENCY = Say("Mã cơ quan tiếp nhận (trong danh sách agencies)",
                         "Id of the receiving body (in the agencies list)")
CHANGE_PART_FUNCTIONS = Say("Chia tách: chức năng cơ quan này nhận", "Split: the functions this body took over")
# Change
CHANGE_KIND = Say("doi-ten: đổi tên thành 'to'; sap-nhap: sáp nhập vào 'to'; chia-tach: chức năng chuyển cho các cơ "
                  "quan trong 'to'; giai-the: giải thể, không có cơ quan kế nhiệm; chua-xac-dinh: kết thúc, chưa xác "
                  "định kế nhiệm",
                  "doi-ten: renamed to 'to'; sap-nhap: merged into 'to'; chia-tach: functions passed to the bodies "
                  "in 'to'; giai-the: dissolved, no successor; chua-xac-dinh: ended, successor not determined")
CHANGE_SINCE = Say("Ngày đầu tiên thay đổi có hiệu lực (cơ quan kết thúc ngày hôm trước)",
                   "First day the change is in force (the body ended the day before)")
CHANGE_KNOWN_BY = Say("Khi chưa xác định ngày hiệu lực: ngày của nguồn sớm nhất cho thấy đã thay đổi",
                      "When the effective date is not determined: date of the earliest source showing the change")
CHANGE_TO = Say("Cơ quan tiếp nhận", "Receiving bodies")
CHANGE_OTHERS_UNDETERMINED = Say("Chia tách: chỉ biết một phần chức năng; phần còn lại chưa xác định",
                                 "Split: only some of the functions are known; the rest is not determined")
CHANGE_SOURCES = Say("Mã văn bản trong 'documents'", "Document ids in 'documents'")
# Agency
AGENCY_ID = Say("Mã ổn định, chữ thường không dấu, nối bằng '-'",
                "Stable id, lowercase without diacritics, joined with '-'")
AGENCY_NAME = Say("Tên như kế hoạch viết", "Name as the plan writes it")
AGENCY_KIND = Say("Loại cơ quan: một mã trong 'kinds' của tệp này", "Kind of body: an id in this file's 'kinds'")
AGENCY_IN_PLAN = Say("false: kế hoạch không nhắc tới; ghi vì tiếp nhận nhiệm vụ của cơ quan khác",
                     "false: the plan does not mention it; recorded because it took over another body's tasks")
AGENCY_VARIANTS = Say("Cách viết khác trong văn bản", "Other spellings in the document")
AGENCY_CHANGES = Say("Thay đổi của cơ quan (tối đa một; cơ quan mới ghi tiếp)",
                     "The body's changes (at most one; the new body records the next)")
AGENCY_MEMBERS = Say("Tên gọi chung nhiều cơ quan: gồm mọi cơ quan có loại và cấp này",
                     "A collective name for several bodies: every body of this kind and level")
AGENCY_PARENT = Say("Cơ quan cấp trên trực tiếp (dòng trên cùng của tiêu đề văn bản)",
                    "Immediate superior body (top line of the document's heading)")
# AgenciesFile
AGENCIES_FILE_KINDS = Say("Loại cơ quan và tên hiển thị của loại đó", "Kinds of body and the name shown for each")
AGENCIES_FILE_DOCUMENTS = Say("Văn bản làm căn cứ cho các thay đổi", "Documents the changes rest on")
# Assignment
ASSIGNMENT_AGENCIES = Say("Mã cơ quan trong plan/agencies.yml", "Agency ids in plan/agencies.yml")
ASSIGNMENT_AS_WRITTEN = Say("Nguyên văn trong kế hoạch", "Verbatim in the plan")
ASSIGNMENT_LABEL = Say("Nhãn dòng như văn bản viết, nếu khác nhãn chung ở 'labels'",
                       "The line's label as the document writes it, if it differs from the shared one in 'labels'")
# Timeframe
TIMEFRAME_KIND = Say("thuong-xuyen: thường xuyên; tu-nam: từ một năm trở đi (đến end_year nếu có); den-nam: hoàn "
                     "thành trong/trước một năm; dinh-ky: lặp lại theo 'recurrence' (hằng quý, hằng năm…); "
                     "khi-phat-sinh: khi có việc",
                     "thuong-xuyen: ongoing; tu-nam: from a year on (until end_year if given); den-nam: done in or "
                     "by a year; dinh-ky: repeated per 'recurrence' (quarterly, yearly…); khi-phat-sinh: as needs "
                     "arise")
TIMEFRAME_RECURRENCE = Say("Với dinh-ky: hằng tháng, hằng quý, 6 tháng một lần, hằng năm",
                           "For dinh-ky: monthly, quarterly, every 6 months, yearly")
# ParentTask
PARENT_TASK_PLAN = Say("Mã kế hoạch (thư mục plan/<mã>/)", "Plan id (folder plan/<id>/)")
PARENT_TASK_TASK = Say("Mã nhiệm vụ trong kế hoạch đó", "Task id in that plan")
# Task
TASK_TITLE = Say("Tiêu đề riêng của nhiệm vụ, nếu kế hoạch có", "The task's own title, if the plan gives one")
TASK_LEAD = Say("Cơ quan chủ trì tham mưu; null nếu kế hoạch không nêu",
                "Lead (advising) agency; null if the plan names none")
TASK_COORDINATING = Say("Cơ quan phối hợp thực hiện; null nếu kế hoạch không nêu",
                        "Coordinating agencies; null if the plan names none")
TASK_TIMEFRAME = Say("Thời gian thực hiện; null nếu kế hoạch không nêu", "Timeframe; null if the plan gives none")
TASK_RESULT = Say("Kết quả/sản phẩm, nếu bảng phân công có cột này",
                  "Result/output, if the assignment table has this column")
TASK_NOTE = Say("Ghi chú, nếu bảng phân công có cột này", "Note, if the assignment table has this column")
TASK_IMPLEMENTS = Say("Nhiệm vụ của kế hoạch cấp trên mà nhiệm vụ này thực hiện",
                      "Tasks of a higher-level plan that this task carries out")
# TaskLabels
TASK_LABELS_NUMBER = Say("Cột số thứ tự của bảng phân công ('STT')",
                         "The assignment table's row-number column ('STT')")
TASK_LABELS_TEXT = Say("Cột nội dung nhiệm vụ của bảng phân công ('Nhiệm vụ')",
                       "The assignment table's task column ('Nhiệm vụ')")
# TasksFile
TASKS_FILE_LAYOUT = Say("list: nhiệm vụ viết thành đoạn; table: bảng phân công (STT | Nhiệm vụ | Cơ quan chủ trì | …)",
                        "list: tasks written as paragraphs; table: an assignment table (STT | Nhiệm vụ | Cơ quan chủ "
                        "trì | …)")
TASKS_FILE_HEADING = Say("Tiêu đề phần nhiệm vụ nếu văn bản có (bảng phân công)",
                         "Heading of the tasks part, if the document has one (assignment table)")
# SameIndicator
SAME_INDICATOR_PLAN = Say("Mã kế hoạch", "Plan id")
SAME_INDICATOR_INDICATOR = Say("Mã chỉ tiêu trong kế hoạch đó", "Indicator id in that plan")
# Disaggregation
DISAGGREGATION_BY = Say("Các phân tổ: mã một chiều ('xa') hoặc nhiều chiều nối bằng '+' ('gioi-tinh+dan-toc')",
                        "The breakdowns: one dimension id ('xa') or several joined with '+' ('gioi-tinh+dan-toc')")
DISAGGREGATION_ADDITIVE = Say("true: các phần của một chiều cộng lại bằng tổng (số lượng); false: tỉ lệ, bình quân",
                              "true: the parts of a dimension add up to the total (counts); false: rates, averages")
# IndicatorNote
INDICATOR_NOTE_LABEL = Say("Tiêu đề cột như văn bản ghi", "Column heading as the document writes it")
INDICATOR_NOTE_ROLE = Say("reporting: cột nêu cơ quan theo dõi, báo cáo chỉ tiêu (mã cơ quan ở "
                          "assigned.reporting_agency)",
                          "reporting: the column names the body that monitors and reports the indicator (its id in "
                          "assigned.reporting_agency)")
# Indicator
INDICATOR_TARGETS = Say('Mục tiêu theo mốc (năm khai báo ở milestones của kế hoạch), đúng chữ trong phụ lục ("" ô '
                        'trống, "-" không đặt)',
                        "Targets by milestone (years declared in the plan's milestones), verbatim from the appendix "
                        '("" blank cell, "-" none set)')
INDICATOR_BASELINES = Say("Giá trị ở các cột thực hiện/ước thực hiện (mã cột khai báo ở baselines của kế hoạch)",
                          "Values in the realised/estimated columns (column ids declared in the plan's baselines)")
INDICATOR_MARKS = Say("Các cột đánh dấu X có đánh dấu (mã cột ở marks của kế hoạch)",
                      "The X-mark columns that are marked (column ids in the plan's marks)")
INDICATOR_LEVELS = Say("Chỉ tiêu định tính: thang mức từ thấp đến cao (do trang này đặt)",
                       "Qualitative indicator: its scale of levels, lowest first (set by this site)")
INDICATOR_DIRECTION = Say("higher: tăng là tốt; lower: giảm là tốt; keep: giữ ở mức mục tiêu",
                          "higher: up is good; lower: down is good; keep: stay at the target level")
INDICATOR_DIRECTION_BASIS = Say("plan: kế hoạch nói rõ/ngụ ý; targets: suy từ hai mục tiêu; site: trang này tự đặt",
                                "plan: the plan says or implies it; targets: inferred from two targets; site: set by "
                                "this site")
INDICATOR_SAME_AS = Say("Cùng chỉ tiêu (cùng định nghĩa) ở kế hoạch khác trong kho",
                        "The same indicator (same definition) in another plan of the repository")
INDICATOR_DISAGGREGATION = Say("Số liệu chia theo xã, giới tính, dân tộc… (phân tổ)",
                               "Figures broken down by commune, sex, ethnicity… (breakdowns)")
INDICATOR_NOTES = Say("Các ô khác của dòng chỉ tiêu (Ghi chú, cơ quan theo dõi, …)",
                      "The other cells of the indicator's row (notes, monitoring body, …)")
# Category
CATEGORY_ID = Say("Mã ổn định, chữ thường không dấu", "Stable id, lowercase without diacritics")
CATEGORY_LABEL = Say("Tên như người ta viết ('Xã Ea Bung', 'Nữ')", "Name as people write it ('Xã Ea Bung', 'Nữ')")
CATEGORY_SINCE = Say("Ngày bắt đầu tồn tại (đơn vị hành chính mới); null nếu có từ trước kế hoạch",
                     "Day it began to exist (a new administrative unit); null if it existed before the plan")
CATEGORY_UNTIL = Say("Ngày cuối cùng tồn tại; null nếu còn, hoặc chưa xác định",
                     "Last day it existed; null if it still exists, or if not determined")
CATEGORY_COVERS = Say("Các nhóm cũ (cùng chiều) mà địa bàn này gồm, theo nguồn",
                      "The former categories (same dimension) this area includes, according to the sources")
CATEGORY_COVERS_COMPLETE = Say("true: 'covers' là đầy đủ; false: gồm ít nhất các nhóm đó",
                               "true: 'covers' is complete; false: it includes at least those categories")
CATEGORY_SOURCES = Say("Mã văn bản (documents trong plan/agencies.yml) cho ngày và địa bàn",
                       "Document ids (documents in plan/agencies.yml) for the dates and the area")
# Dimension
DIMENSION_ID = Say("Mã ổn định, dùng trong báo cáo ('xa', 'gioi-tinh')",
                   "Stable id, used in reports ('xa', 'gioi-tinh')")
DIMENSION_LABEL = Say("Tên chiều như người ta viết ('Xã, thị trấn', 'Giới tính')",
                      "Name of the dimension as people write it ('Xã, thị trấn', 'Giới tính')")
DIMENSION_NOUN = Say("Từ để đếm các nhóm trong câu ('3 xã, thị trấn chưa đạt…')",
                     "The word that counts the categories in a sentence ('3 xã, thị trấn chưa đạt…')")
# Implemented
IMPLEMENTED_PLAN = Say("Mã kế hoạch trong kho này, nếu văn bản đó cũng có ở đây",
                       "Plan id in this repository, if that document is here too")
IMPLEMENTED_DATE = Say("Ngày ban hành; null nếu văn bản để trống",
                       "Date issued; null if the document leaves it blank")
# YearlyReport
YEARLY_REPORT_BY = Say("Cơ quan tổng hợp báo cáo", "Body that compiles the report")
YEARLY_REPORT_TO = Say("Nơi nhận báo cáo tổng hợp", "Recipient of the compiled report")
YEARLY_REPORT_WHERE = Say("Chỗ trong văn bản quy định việc này (ví dụ 'mục V.3')",
                          "Where the document sets this duty (e.g. 'mục V.3')")
# Node
NODE_NUMBER = Say("Số/chữ đầu mục đúng như văn bản ('I.', '1.1.', 'a)')",
                  "The item's number or letter exactly as the document has it ('I.', '1.1.', 'a)')")
NODE_TITLE = Say("Tên mục hoặc nhãn đầu đoạn ('Mục đích:')",
                 "The item's name or the paragraph's opening label ('Mục đích:')")
NODE_TEXT = Say("Nội dung; các đoạn cách nhau một dòng trống", "Content; paragraphs separated by a blank line")
NODE_CONTAINS = Say("tasks: chỗ đặt các nhiệm vụ (tasks.yml); appendix: đoạn dẫn tới phụ lục chỉ tiêu",
                    "tasks: where the tasks go (tasks.yml); appendix: the passage leading to the indicator appendix")
# MarkColumn
MARK_COLUMN_LABEL = Say("Tên cột như phụ lục viết", "Column name as the appendix writes it")
MARK_COLUMN_NAME = Say("Tên ngắn trang hiển thị cho cột ('Chương trình …')",
                       "Short name the site shows for the column ('Chương trình …')")
MARK_COLUMN_TAG = Say("Nhãn rất ngắn cạnh tên chỉ tiêu trong bảng",
                      "Very short tag next to the indicator's name in tables")
MARK_COLUMN_DOCUMENT = Say("Mã văn bản (trong implements) mà cột nói tới",
                           "Id of the document (in implements) the column refers to")
MARK_COLUMN_COLUMN = Say("Tên cột trong dữ liệu mở (mặc định mark_<mã>)",
                         "Column name in the open data (default mark_<id>)")
# BaselineColumn
BASELINE_COLUMN_LABEL = Say("Tên cột như phụ lục viết ('Thực hiện năm …', 'Ước thực hiện …')",
                            "Column name as the appendix writes it ('Thực hiện năm …', 'Ước thực hiện …')")
BASELINE_COLUMN_KIND = Say("thuc-hien: số thực hiện; uoc-thuc-hien: ước thực hiện",
                           "thuc-hien: realised figure; uoc-thuc-hien: estimated figure")
# Imported
IMPORTED_DOCUMENT = Say("Tên tệp văn bản đã nhập", "File name of the imported document")
IMPORTED_DATE = Say("Ngày nhập", "Date of the import")
IMPORTED_REVIEW = Say("Số điểm cần xem lại mà lệnh nhập đã liệt kê",
                      "Number of points to review the import command listed")
# Plan
PLAN_DRAFT = Say("true: nội dung chưa nhập xong; mọi trang của kế hoạch ghi rõ là bản nháp",
                 "true: not fully entered yet; every page of the plan says it is a draft")
PLAN_IMPORTED = Say("Bản nháp nhập từ văn bản bằng plansite import-plan",
                    "Draft imported from the document with plansite import-plan")
PLAN_LEVEL = Say("Cấp ban hành: tinh, xa, hoặc huyen (cấp huyện trước khi bị bãi bỏ)",
                 "Issuing level: tinh, xa, or huyen (the district level before it was abolished)")
PLAN_PLACE = Say("Địa bàn như trang hiển thị ('Huyện …', 'Xã …')",
                 "The area as the site shows it ('Huyện …', 'Xã …')")
PLAN_MILESTONES = Say("Các năm mốc mục tiêu của phụ lục chỉ tiêu", "The target years of the indicator appendix")
PLAN_APPENDIX = Say("Phụ lục chỉ tiêu; không có nếu kế hoạch chỉ có nhiệm vụ",
                    "Indicator appendix; absent if the plan has tasks only")
# ItemChange
ITEM_CHANGE_ITEM = Say("Mục bị sửa: 'task:<mã nhiệm vụ>' hoặc 'indicator:<mã chỉ tiêu>'",
                       "Item changed: 'task:<task id>' or 'indicator:<indicator id>'")
ITEM_CHANGE_ACTION = Say("set: đặt lại 'field' thành 'value'; withdraw: bãi bỏ mục",
                         "set: set 'field' to 'value'; withdraw: withdraw the item")
ITEM_CHANGE_FIELD = Say("Trường bị sửa (ví dụ target_<năm>, lead, timeframe, text)",
                        "Field changed (e.g. target_<year>, lead, timeframe, text)")
ITEM_CHANGE_VALUE = Say("Giá trị mới, cùng dạng với trường đó trong tệp gốc",
                        "New value, in the same form as that field in the original file")
# Amendment
AMENDMENT_KIND = Say("Loại văn bản", "Kind of document")
AMENDMENT_NUMBER = Say("Số, ký hiệu (ví dụ 123/KH-UBND)", "Number and symbol (e.g. 123/KH-UBND)")
AMENDMENT_DATE = Say("Ngày ký", "Date signed")
AMENDMENT_ISSUER = Say("Mã cơ quan ban hành trong plan/agencies.yml", "Id of the issuing body in plan/agencies.yml")
AMENDMENT_EFFECTIVE = Say("Ngày có hiệu lực", "Date it takes effect")
# Budget
BUDGET_ESTIMATE = Say("Dự toán kinh phí trong năm, triệu đồng ('1.250,5' hoặc 1250.5)",
                      "Budget estimate for the year, million dong ('1.250,5' or 1250.5)")
BUDGET_SPENT = Say("Kinh phí đã thực hiện trong năm, triệu đồng", "Funds spent in the year, million dong")
BUDGET_NOTE = Say("Nguồn kinh phí, ghi chú", "Source of funds, notes")
# Evidence
EVIDENCE_URL = Say("Đường dẫn http(s) tới văn bản, báo cáo làm bằng chứng",
                   "http(s) link to the document or report serving as evidence")
# Part
PART_VALUE = Say("Giá trị của phần này, cùng đơn vị và cách viết như giá trị tổng ('3,8')",
                 "This part's value, in the same unit and writing as the total ('3,8')")
# IndicatorValue
INDICATOR_VALUE_ID = Say("Mã chỉ tiêu hoặc chỉ tiêu con (ví dụ '6.5', '7.4.a')",
                         "Id of the indicator or sub-indicator (e.g. '6.5', '7.4.a')")
INDICATOR_VALUE_YEAR = Say("Năm của số liệu; mặc định là năm của tệp báo cáo",
                           "Year of the figure; by default the year of the report file")
INDICATOR_VALUE_VALUE = Say("Giá trị theo đơn vị của chỉ tiêu, trong dấu nháy, dấu phẩy thập phân ('3,8'); số nguyên "
                            "có thể không cần dấu nháy (92). Không viết 3.8 hay 1.500: dấu chấm có hai cách hiểu",
                            "Value in the indicator's unit, quoted, with a decimal comma ('3,8'); whole numbers may "
                            "go unquoted (92). Do not write 3.8 or 1.500: a dot can be read two ways")
INDICATOR_VALUE_LEVEL = Say("Chỉ tiêu định tính: mức đạt được (một mức trong thang)",
                            "Qualitative indicator: the level reached (one level of the scale)")
INDICATOR_VALUE_KIND = Say("uoc-tinh (ước tính), so-bo (sơ bộ) hoặc chinh-thuc (chính thức)",
                           "uoc-tinh (estimate), so-bo (preliminary) or chinh-thuc (official)")
INDICATOR_VALUE_SOURCE = Say("Nguồn số liệu (tên văn bản, báo cáo, cuộc điều tra)",
                             "Source of the figure (name of the document, report, survey)")
INDICATOR_VALUE_SOURCE_URL = Say("Địa chỉ đọc nguồn, nếu có (bắt đầu bằng http:// hoặc https://)",
                                 "Where to read the source, if any (starting with http:// or https://)")
INDICATOR_VALUE_SOURCE_DATE = Say("Ngày của nguồn (YYYY-MM-DD), nếu có", "Date of the source (YYYY-MM-DD), if any")
INDICATOR_VALUE_BREAKDOWN = Say("Số liệu phân tổ, cạnh giá trị tổng: mỗi dòng ghi nhóm ('xa: ea-bung') và 'value'; "
                                "cùng năm, loại, nguồn với tổng",
                                "Broken-down figures, beside the total: each line names its category ('xa: ea-bung') "
                                "and 'value'; same year, kind and source as the total")
# TaskReport
TASK_REPORT_ID = Say("Mã nhiệm vụ (ví dụ '6.1', '4.1.a')", "Task id (e.g. '6.1', '4.1.a')")
TASK_REPORT_STATUS = Say("chua-trien-khai, dang-trien-khai, hoan-thanh, thuong-xuyen, cham-tien-do; để trống nếu "
                         "chưa báo cáo",
                         "chua-trien-khai, dang-trien-khai, hoan-thanh, thuong-xuyen, cham-tien-do; leave empty if "
                         "not reported yet")
TASK_REPORT_SUMMARY = Say("Tóm tắt việc đã làm trong năm", "Summary of what was done in the year")
TASK_REPORT_DIFFICULTIES = Say("Khó khăn, vướng mắc riêng của nhiệm vụ này",
                               "Difficulties and obstacles of this task")
TASK_REPORT_PROPOSALS = Say("Đề xuất, kiến nghị riêng của nhiệm vụ này", "Proposals and recommendations of this task")
# ProgressReport
PROGRESS_REPORT_AGENCY = Say("Mã cơ quan báo cáo (trùng tên tệp)", "Id of the reporting body (same as the file name)")
PROGRESS_REPORT_ILLUSTRATIVE = Say("true: số liệu minh hoạ, không phải số liệu thật",
                                   "true: illustrative figures, not real ones")
PROGRESS_REPORT_SUBMITTED = Say("Ngày gửi báo cáo", "Date the report was sent")
PROGRESS_REPORT_DIFFICULTIES = Say("Khó khăn, vướng mắc chung của cơ quan trong năm",
                                   "The body's general difficulties and obstacles in the year")
PROGRESS_REPORT_PROPOSALS = Say("Đề xuất, kiến nghị chung của cơ quan",
                                "The body's general proposals and recommendations")
PROGRESS_REPORT_BUDGET = Say("Kinh phí thực hiện chính sách xã hội trong năm (mục IV), nếu báo cáo",
                             "Funds for social policies in the year (section IV), if reported")
# Abbreviation
ABBREVIATION_SHORT = Say("Chữ viết tắt đúng như văn bản viết (ví dụ 'BHXH', 'GD&ĐT')",
                         "The abbreviation exactly as the document writes it (e.g. 'BHXH', 'GD&ĐT')")
ABBREVIATION_LONG = Say("Viết đầy đủ (ví dụ 'bảo hiểm xã hội')", "In full (e.g. 'bảo hiểm xã hội')")
ABBREVIATION_VARIANTS = Say("Cách viết tắt khác của cùng cụm từ (ví dụ 'LĐTBXH')",
                            "Other abbreviations of the same phrase (e.g. 'LĐTBXH')")
# AbbreviationsFile
ABBREVIATIONS_FILE_ABBREVIATIONS = Say("Chữ viết tắt mà văn bản dùng; tìm kiếm hiểu cả hai cách viết",
                                       "Abbreviations the document uses; search understands both spellings")
