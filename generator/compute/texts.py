"""What the computed figures say, Vietnamese beside English: each status, the sentence that gives
its reason, the verdicts on breakdowns, and what the plan's text asks of each body.

Read by everyone who reads a status: the pages, the workbook and the Word report all show these
words, so they live once, here (status.LABELS, the reasons in Assessment, roles' labels are built
from these entries). A typed table rather than gettext for the reasons written in checks/messages.py.
The engine speaks Vietnamese; the English is the meaning, kept beside it for the code's readers and
for a later English edition.
"""
from __future__ import annotations

from generator.text.say import Say


# --- the statuses of an indicator against its target (status.py) -------------------------------------
# Sentence case because they are shown as badges; reasons use them lower-cased.
STATUSES = {
    "dat": Say("Đã đạt", "Achieved"), "dung-tien-do": Say("Đúng tiến độ", "On track"),
    "can-day-nhanh": Say("Cần đẩy nhanh", "Needs to speed up"), "cham-tien-do": Say("Chậm tiến độ", "Behind schedule"),
    "di-nguoc": Say("Đi ngược xu hướng", "Moving the wrong way"), "khong-dat": Say("Không đạt", "Not achieved"),
    "chua-co-so-lieu": Say("Chưa có số liệu", "No data yet"),
    "chua-danh-gia": Say("Chưa đánh giá được", "Cannot be assessed yet"),
}
UNKNOWN_STATUS = Say("Trạng thái '{status}' không có trong danh sách: {statuses}.",
                     "Status '{status}' is not in the list: {statuses}.")

# --- the reason: one plain sentence, then ": <status>." (status.py) -----------------------------------
LEVELS_AMOUNT = Say("{amount} mức", "{amount} level(s)")
PERCENTAGE_POINTS = Say("{amount} điểm phần trăm", "{amount} percentage points")
GOAL = Say("mục tiêu {milestone} là {wanted}", "the {milestone} target is {wanted}")
NONE_DASH = Say("ghi “-” (không đặt mục tiêu)", "writes “-” (sets no target)")
NONE_BLANK = Say("để trống ô mục tiêu", "leaves the target cell blank")
PLAN_SETS_NONE = Say("Kế hoạch {why} cho mốc {milestone}", "The plan {why} for the {milestone} milestone")
NOTHING_REPORTED = Say("Chưa có số liệu nào được báo cáo, {goal}", "No figure has been reported yet, {goal}")
NOW = Say("{year} là {value}", "{year} is {value}")
VALUE_NOW = Say("Giá trị {now}, {goal}", "The value in {now}, {goal}")
MILESTONE_PASSED = Say("Giá trị {now}, {goal}, đã đến mốc mà chưa đạt",
                       "The value in {now}, {goal}; the milestone has come and it is not met")
ONE_YEAR_ONLY = Say("Giá trị {now}, {goal}; mới có số liệu một năm nên chưa đo được tốc độ",
                    "The value in {now}, {goal}; with one year of figures the pace cannot be measured yet")
NOTHING_BEFORE_MILESTONE = Say("Giá trị {now}, {goal}; số liệu đầu tiên không có trước mốc",
                               "The value in {now}, {goal}; the first figure is not before the milestone")
SPAN = Say("Từ {first_year} ({first}) đến {latest_year} ({latest})", "From {first_year} ({first}) to {latest_year} ({latest})")
TOWARDS = Say("mục tiêu {milestone} ({wanted})", "the {milestone} target ({wanted})")
MET_THEN_LOST = Say("Năm {year} đã đạt ({value}) nhưng giá trị {now}, {goal}",
                    "Met in {year} ({value}), but the value in {now}, {goal}")
MOVED_AWAY = Say("{span} lại xa {towards} thêm {amount}", "{span} moved a further {amount} away from {towards}")
NOT_PAST_THRESHOLD = Say("{span} vẫn chưa vượt qua ngưỡng của {towards}", "{span} has not yet crossed the bound of {towards}")
PROGRESSED = Say("{span} đã tiến được {amount}, bằng {percent} % mức cần để đạt {goal}",
                 "{span} it advanced {amount}, {percent} % of what is needed to reach {goal}")
NO_PROGRESS = Say("{span} chưa tiến thêm được về phía {towards}", "{span} it made no progress towards {towards}")

# --- breakdowns: a part of a count, who is behind (breakdowns.py) ------------------------------------
PARTS_OF_A_COUNT = Say("Các phần cộng lại thành số chung; một phần không so được với mục tiêu của cả địa bàn: chưa "
                       "đánh giá được.", "The parts add up to the total; one part cannot be compared with the target "
                       "for the whole area: cannot be assessed.")
SHORT_OF_TARGET = Say("{count} {noun} chưa đạt mục tiêu {milestone} ({wanted}) theo số liệu năm {year}: {named}.",
                      "{count} {noun} not meeting the {milestone} target ({wanted}) by the {year} figures: {named}.")
ALL_MEET_TARGET = Say("Cả {count} {noun} có số liệu năm {year} đều đạt mục tiêu {milestone} ({wanted}).",
                      "All {count} {noun} with {year} figures meet the {milestone} target ({wanted}).")
OVERALL = Say("mức chung {total}", "the overall {total}")
NONE_WORSE = Say("Kế hoạch không đặt mục tiêu số cho mốc {milestone}; năm {year} không {noun} nào kém {mark}.",
                 "The plan sets no numeric target for the {milestone} milestone; in {year} no {noun} did worse than "
                 "{mark}.")
LOWER = Say("thấp hơn", "lower than")
HIGHER = Say("cao hơn", "higher than")
LAGGING = Say("{count} {noun} {worse} {mark} năm {year}", "{count} {noun} {worse} {mark} in {year}")
WORST = Say("; kém nhất: ", "; the worst: ")
AGAINST_THE_AREA = Say("Kế hoạch không đặt mục tiêu số cho mốc {milestone}, nên so với cả địa bàn: {lead}{named}.",
                       "The plan sets no numeric target for the {milestone} milestone, so against the whole area: "
                       "{lead}{named}.")
LAGGING_PART = Say("{label} ({value}, {worse} {gap}{points})", "{label} ({value}, {worse} {gap}{points})")
POINTS = Say(" điểm %", " points")
# The verdict box's short line for one breakdown.
BY_DIMENSION = Say("Theo {dimension}: ", "By {dimension}: ")
FURTHEST_FROM_OVERALL = Say("{lead}{shown}, năm {year}) cách xa mức chung nhất.",
                            "{lead}{shown}, in {year}) is furthest from the overall figure.")
ONE_SHORT = Say("{lead}{shown}, năm {year}) chưa đạt mục tiêu {milestone}.",
                "{lead}{shown}, in {year}) does not meet the {milestone} target.")
SOME_SHORT = Say("{lead}{count}/{with_data} {noun} chưa đạt mục tiêu {milestone} (năm {year}); xa nhất: {shown}).",
                 "{lead}{count}/{with_data} {noun} do not meet the {milestone} target ({year}); furthest: {shown}).")

# --- what the plan's own text asks of a body, and duties taken over (roles.py) ------------------------
ISSUES_THE_PLAN = Say("Ban hành kế hoạch", "Issues the plan")
REVIEWS_THE_BUDGET = Say("Thẩm định dự toán kinh phí thực hiện", "Reviews the budget estimate")
RECEIVES_REPORTS = Say("Nhận báo cáo của các cơ quan, đơn vị", "Receives the bodies' reports")
REPORTS_GO_VIA = Say("Đầu mối nhận báo cáo, vướng mắc của các cơ quan, đơn vị",
                     "Focal point for the bodies' reports and obstacles")
COMPILES_YEARLY = Say("Theo dõi, tổng hợp, đánh giá hằng năm ({as_written})",
                      "Monitors, compiles and assesses every year ({as_written})")
RECEIVES_YEARLY = Say("Nhận báo cáo tổng hợp hằng năm ({as_written})", "Receives the yearly compiled report ({as_written})")
MAKES_OWN_PLAN = Say("Xây dựng kế hoạch thực hiện của cơ quan, địa phương", "Draws up its own implementation plan")
OVERSEES = Say("Giám sát, phản biện việc thực hiện", "Oversees and comments on the implementation")
ISSUED_IMPLEMENTED = Say("Ban hành {kind} {number}, văn bản kế hoạch triển khai",
                         "Issued {kind} {number}, the document the plan implements")
INHERITED = {"lead": Say("Chủ trì", "Leads"), "coordinating": Say("Phối hợp", "Coordinates"),
             "indicators": Say("Báo cáo chỉ tiêu", "Reports indicators")}
