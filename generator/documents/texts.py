"""What the yearly report says to the district or province reading it in Word: every word the
documents of `plansite report` (and the site's yearly page, which shows the same data) write,
Vietnamese beside English (a typed table, as checks/messages.py explains).

The documents are Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP): the code takes
`.vi`; the English says what each means for whoever maintains the report. Fields are named in
the text, as `str.format` reads them. tests/documents/test_report_texts.py keeps both languages'
fields the same and every entry used.
"""
from __future__ import annotations

from generator.text.say import Say


# --- bodies as the report names them (yearly_report.py) ------------------------------------------------------
SUCCEEDED = Say("{successor} tiếp nhận nhiệm vụ của {name} (cơ quan do Kế hoạch quy định){since}",
                "{successor} took over the duties of {name} (the body the plan names){since}")
SINCE = Say(" từ ngày {date}", " from {date}")
NO_SUCCESSOR = Say("“{name}” ghi theo Kế hoạch; cơ quan này {how}; dữ liệu chưa ghi nhận cơ quan nhận thay nhiệm vụ",
                   "“{name}” as the plan writes it; this body {how}; the data records no body that took over its "
                   "duties")
PLAN_REFERENCE = Say("Kế hoạch số {number} năm {year} của {issuer} về {title}",
                     "Plan No. {number} of {year} by {issuer} on {title}")
HEAD_OF_DEPARTMENT = Say("TRƯỞNG PHÒNG", "HEAD OF DEPARTMENT")
HEAD_OF_OFFICE = Say("CHÁNH VĂN PHÒNG", "CHIEF OF OFFICE")
DIRECTOR = Say("GIÁM ĐỐC", "DIRECTOR")
HEAD_OF_BODY = Say("THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE BODY")
# The head's legal title in the signature block, by how the body's name starts (the first that fits);
# any other body signs as HEAD_OF_BODY.
SIGNER_BY_NAME = (("Phòng", HEAD_OF_DEPARTMENT), ("Văn phòng", HEAD_OF_OFFICE), ("Trung tâm", DIRECTOR),
                  ("Bảo hiểm xã hội", DIRECTOR), ("Sở", DIRECTOR))

# --- a body's report: its state and a task's (yearly_report.py, shown in the document and on the site) -------
ON_TIME = Say("Đúng hạn", "On time")
LATE = Say("Trễ hạn", "Late")
UNDATED = Say("Không ghi ngày gửi", "Date sent not given")
NOT_SENT = Say("Chưa gửi báo cáo", "Not sent")
NO_REPORT = Say("Chưa có báo cáo", "Not yet reported")

# --- the header and title (yearly_docx.py) -----------------------------------------------------------------
COMMITTEE_SHORT = Say("UBND", "PC")          # "Ủy ban nhân dân" (People's Committee) in a header line
NATION = Say("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
MOTTO = Say("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
NUMBER = Say("Số:{blank}/BC-{symbol}", "No.:{blank}/BC-{symbol}")
PLACE_DATE = Say("{place}, ngày{blank}tháng{blank}năm {year}", "{place}, day{blank}month{blank}year {year}")
REPORT = Say("BÁO CÁO", "REPORT")
TITLE = Say("Kết quả thực hiện {plan} năm {year}{of_body}", "Results of {plan} in {year}{of_body}")
OF_BODY = Say(" của {name}", " by {name}")
ILLUSTRATIVE = Say("SỐ LIỆU MINH HOẠ: báo cáo này được lập từ dữ liệu minh hoạ của trang công khai, không phải số "
                   "liệu thật do các cơ quan báo cáo.",
                   "ILLUSTRATIVE DATA: this report is made from the public site's illustrative data, not real "
                   "figures reported by the bodies.")
NOTE = Say("Ghi chú: {note}", "Note: {note}")
DOCUMENT_TITLE = Say("Báo cáo kết quả thực hiện Kế hoạch năm {year}", "Report on the plan's results in {year}")

# --- the body: opening and section headings (yearly_docx.py) -----------------------------------------------
INTRO = Say("Thực hiện {plan} (sau đây gọi là Kế hoạch), {synthesis}{sender} báo cáo kết quả thực hiện năm {year} như "
            "sau:",
            "Implementing {plan} (hereafter the Plan), {synthesis}{sender} reports the results of {year} as follows:")
INTRO_SYNTHESIS = Say("định kỳ hàng năm tổng hợp, đánh giá tình hình thực hiện, ",
                      "having gathered and assessed the year's implementation as every year, ")
PROGRESS = Say("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", "I. HOW IMPLEMENTATION WENT")
RESULTS = Say("II. KẾT QUẢ THỰC HIỆN", "II. RESULTS")
TASK_RESULTS = Say("1. Kết quả thực hiện các nhiệm vụ, giải pháp", "1. Results of the tasks and measures")
INDICATOR_RESULTS = Say("2. Kết quả thực hiện các chỉ tiêu", "2. Results of the indicators")
BUDGET = Say("V. KINH PHÍ THỰC HIỆN", "V. FUNDING")

# --- I. who reported (yearly_docx.py) ------------------------------------------------------------------------
BODY_REPORTED = Say("{name} đã báo cáo {what} trong năm {year}.", "{name} reported on {what} in {year}.")
ITEMS_OWED = Say("{count} mục được giao (nhiệm vụ chủ trì, chỉ tiêu được phân công theo dõi)",
                 "{count} items assigned (tasks it leads, indicators it follows)")
ITEMS_NONE_OWED = Say("{count} mục (nhiệm vụ, chỉ tiêu); đến hạn báo cáo, cơ quan không còn được giao mục nào",
                      "{count} items (tasks, indicators); by the deadline the body was assigned none any more")
NONE_REPORTED = Say("Đến thời điểm lập báo cáo, chưa có cơ quan, đơn vị nào gửi báo cáo năm {year}; các nội dung dưới "
                    "đây vì vậy chưa có số liệu của năm.",
                    "When this report was made, no body had sent its report for {year}; what follows therefore has "
                    "no figures for the year.")
REPORTED = Say("Có {sent}/{expected} cơ quan, đơn vị đã gửi báo cáo năm {year}: {on_time} đúng hạn (trước ngày "
               "{deadline})",
               "{sent}/{expected} bodies sent their report for {year}: {on_time} on time (before {deadline})")
REPORTED_LATE = Say(", {count} trễ hạn", ", {count} late")
REPORTED_UNDATED = Say(", {count} không ghi ngày gửi", ", {count} without the date sent")
MISSING = Say("Chưa gửi báo cáo: {names}.", "Not sent: {names}.")
# Said of duties no body owes: never counted as late, never given to a guessed successor.
UNOWNED = Say("Không có cơ quan phải báo cáo các mục sau, vì cơ quan được Kế hoạch giao đã kết thúc hoạt động trước "
              "hạn báo cáo ({deadline}) và chưa ghi nhận cơ quan tiếp nhận: {items}.",
              "No body has to report the following items, because the body the plan gave them to ended before the "
              "deadline ({deadline}) and no successor is recorded: {items}.")
UNOWNED_ITEMS = Say("{name} ({count} mục)", "{name} ({count} items)")
NUMBER_COLUMN = Say("TT", "No.")
BODY_COLUMN = Say("Cơ quan, đơn vị", "Body")
SENT_COLUMN = Say("Ngày gửi", "Date sent")
STATE_COLUMN = Say("Tình trạng", "State")
ITEMS_COLUMN = Say("Số mục đã báo cáo", "Items reported")

# --- II.1 tasks (yearly_docx.py) -----------------------------------------------------------------------------
LEADS_NO_TASK = Say("Cơ quan không chủ trì nhiệm vụ nào của Kế hoạch.", "The body leads none of the plan's tasks.")
TASK = Say("Nhiệm vụ {id}. {title} ", "Task {id}. {title} ")
LEAD = Say("chủ trì: {lead}", "lead: {lead}")
NO_LEAD = Say("Kế hoạch không nêu cơ quan chủ trì", "the plan names no lead body")
TASK_STATE = Say("Tình trạng: {status}.", "Status: {status}.")
FOR_TASK = Say("nhiệm vụ {task}", "task {task}")

# --- II.2 indicators (yearly_docx.py) --------------------------------------------------------------------------
INDICATOR_SUMMARY = Say("Trong {count} chỉ tiêu và chỉ tiêu con{scope}, {with_value} có số liệu năm {year}. Đánh giá "
                        "theo phương pháp của trang công khai{statuses}. Chi tiết tại Phụ lục kèm theo.",
                        "Of {count} indicators and sub-indicators{scope}, {with_value} have a figure for {year}. "
                        "Assessed by the public site's method{statuses}. Details in the attached appendix.")
ASSIGNED_SCOPE = Say(" được giao", " assigned")
PLAN_SCOPE = Say(" của Phụ lục Kế hoạch", " of the plan's appendix")
BEHIND = Say("Số liệu phân tổ cho thấy các địa bàn, nhóm còn chậm hơn (so từng địa bàn, nhóm với mục tiêu chung của "
             "Kế hoạch, theo cách đọc của trang công khai; Kế hoạch không giao mục tiêu riêng):",
             "The breakdowns show places and groups further behind (each against the plan's overall target, as the "
             "public site reads it; the plan sets no target of their own):")
BEHIND_ITEM = Say("- Chỉ tiêu {id} ({name}), theo {by}: {sentence}", "- Indicator {id} ({name}), by {by}: {sentence}")

# --- III, IV: difficulties and proposals (yearly_docx.py) ---------------------------------------------------
NO_DIFFICULTIES = Say("Các báo cáo năm {year} không nêu khó khăn, vướng mắc.",
                      "The reports for {year} name no difficulties.")
NO_PROPOSALS = Say("Các báo cáo năm {year} không nêu đề xuất, kiến nghị.", "The reports for {year} make no proposals.")

# --- V. funding (yearly_docx.py) ------------------------------------------------------------------------------
NO_BUDGET_REPORTED = Say("Chưa có cơ quan, đơn vị nào báo cáo kinh phí thực hiện năm {year}.",
                         "No body has reported its funding for {year}.")
BODY_NO_BUDGET = Say("Cơ quan không báo cáo kinh phí thực hiện năm {year}.", "The body reports no funding for {year}.")
UNIT = Say("Đơn vị tính: {unit}.", "Unit: {unit}.")
TOTAL = Say("Tổng cộng", "Total")

# --- the closing and recipients (yearly_docx.py) -----------------------------------------------------------
CLOSING = Say("Trên đây là báo cáo kết quả thực hiện Kế hoạch năm {year} của {name}./.",
              "This is the report of {name} on the plan's results in {year}./.")
RECIPIENTS = Say("Nơi nhận:", "To:")
FOR_REPORT = Say("- {name} (để báo cáo);", "- {name} (for report);")
VIA = Say(" (qua {name});", " (through {name});")
FILED = Say("- Lưu: VT{symbol}.", "- Filed: Records{symbol}.")

# --- the appendix: the indicators' table (yearly_docx.py) -------------------------------------------------
APPENDIX = Say("Phụ lục", "Appendix")
APPENDIX_TITLE = Say("KẾT QUẢ THỰC HIỆN {title} NĂM {year}", "RESULTS: {title} IN {year}")
APPENDIX_OF = Say("(Kèm theo Báo cáo số{blank}/BC-{symbol} ngày{blank}tháng{blank}năm {year} của {name})",
                  "(Attached to Report No.{blank}/BC-{symbol} of day{blank}month{blank}year {year} by {name})")
INDICATOR_COLUMN = Say("Chỉ tiêu", "Indicator")
UNIT_COLUMN = Say("Đơn vị", "Unit")
TARGET_COLUMN = Say("Mục tiêu đến năm {year}", "Target for {year}")
YEAR_COLUMN = Say("Năm {year}", "{year}")
KIND_COLUMN = Say("Loại số liệu", "Kind of figure")
ASSESSMENT_COLUMN = Say("Đánh giá", "Assessment")
ASSESSMENT = Say("{status} (mốc {milestone})", "{status} (milestone {milestone})")
APPENDIX_NOTE = Say("Mục tiêu ghi đúng như Phụ lục của Kế hoạch. “—”: chưa có số liệu năm. Đánh giá theo phương pháp "
                    "của trang công khai (so sánh tiến độ đạt được với tiến độ cần có để đạt mục tiêu đúng hạn), "
                    "không phải đánh giá của Kế hoạch.",
                    "Targets as the plan's appendix writes them. “—”: no figure for the year. Assessed by the public "
                    "site's method (progress made against the progress needed to reach the target on time), not by "
                    "the plan.")
