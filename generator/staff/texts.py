"""What the staff read, Vietnamese beside English: the workbook they fill in, the change summary,
what the commands print (results and errors) and their --help, and `plansite init` for the
office IT person.

The command line (cli.py) and the change summary (diff.py) take their words from here; the
workbook, reports, scaffold and init modules are still to move (tests/test_catalogues.py lists
them as pending). A typed table of `Say` entries for the reasons written in checks/messages.py. The
Vietnamese is what is printed or written into the workbook; the English stands beside it for the
code's readers (and a later English interface).

The workbook's sheet names, column headers and help-sheet labels are also its format: import
finds sheets, columns and rows by these very words, so the same entry serves writing and reading
and changing one changes the format (old workbooks would no longer be read). The staff guide
(docs/huong-dan.md) quotes some of these words: tests/test_guide.py compares, so change the guide
with the text.
"""
from __future__ import annotations

from generator.text.say import Say


# --- plansite (cli.py): the command, its common options and the commands it defines itself -------
PROG_DESCRIPTION = Say("Kiểm tra và xuất bản kế hoạch hành động công khai.",
                       "Check and publish public action plans.")
PLAN_OPTION_HELP = Say("mã kế hoạch (thư mục plan/<mã>/); không cần khi kho chỉ có một kế hoạch",
                       "plan id (folder plan/<id>/); not needed while the repository holds one plan")
ROOT_OPTION_HELP = Say("thư mục dự án (chứa plan/, indicators/, progress/)",
                       "project folder (holding plan/, indicators/, progress/)")
LANG_OPTION_HELP = Say("ngôn ngữ thông báo lỗi", "language of error messages")
FORMAT_OPTION_HELP = Say("github: thêm chú thích lỗi cho GitHub Actions",
                         "github: also annotate problems for GitHub Actions")
VALIDATE_HELP = Say("kiểm tra toàn bộ dữ liệu", "check all data")
EXPORT_HELP = Say("xuất dữ liệu mở (CSV, JSON)", "export open data (CSV, JSON)")
REPORT_HELP = Say("viết báo cáo kết quả thực hiện năm (.docx, theo Nghị định 30/2020/NĐ-CP)",
                  "write the yearly implementation report (.docx, per Decree 30/2020/NĐ-CP)")
REPORT_OUT_HELP = Say("thư mục ghi các tệp .docx", "folder to write the .docx files into")
SCHEMA_HELP = Say("ghi JSON Schema cho trình soạn thảo", "write JSON Schemas for editors")

# What the commands print: problems counted, validate's summary, files written.
PROBLEMS = Say("{n} lỗi.", "{n} problem(s).")
PROBLEMS_NOTHING_WRITTEN = Say("{n} lỗi; chưa có gì được ghi ra.", "{n} problem(s); nothing was written.")
VALID = Say("Hợp lệ: {plans}{tasks} nhiệm vụ, {indicators} chỉ tiêu, {agencies} cơ quan, {reports} báo cáo tiến độ.",
            "Valid: {plans}{tasks} tasks, {indicators} indicators, {agencies} agencies, {reports} progress reports.")
VALID_PLANS = Say("{n} kế hoạch, ", "{n} plans, ")
VALID_WARNINGS = Say(" {n} cảnh báo: hãy xem lại các số trên; cảnh báo không chặn việc đăng.",
                     " {n} warning(s): check the figures above; warnings do not stop publishing.")
EXPORT_WROTE = Say("Đã ghi {n} tệp vào {out}", "Wrote {n} files to {out}")
SCHEMA_WROTE = Say("Đã ghi JSON Schema vào {out}", "Wrote the JSON Schemas to {out}")
REPORT_NO_COMPILER = Say("Kế hoạch không nêu cơ quan tổng hợp báo cáo năm (responsibilities.yearly_report); "
                         "không lập được báo cáo tổng hợp.",
                         "The plan names no body compiling the yearly report (responsibilities.yearly_report); "
                         "the compiled report cannot be made.")
REPORT_YEAR_OUTSIDE = Say("Năm {year} nằm ngoài thời kỳ của kế hoạch ({start}–{end}); "
                          "hãy chọn một năm từ {start} đến {end}.",
                          "Year {year} is outside the plan period ({start}–{end}); choose a year from {start} to {end}.")
REPORT_OUT_IS_FILE = Say("{out} là một tệp, không phải thư mục; hãy chọn thư mục khác cho --out.",
                         "{out} is a file, not a folder; choose another folder for --out.")

# --- the change summary (diff.py): what a pull request changes, as Markdown for its page --------
DIFF_HELP = Say("tóm tắt thay đổi số liệu và tình trạng giữa hai phiên bản (git hoặc thư mục)",
                "summarise changes to figures and status between two versions (git or folders)")
DIFF_BASE_HELP = Say("phiên bản gốc, ví dụ origin/main, hoặc một thư mục", "base version, e.g. origin/main, or a folder")
DIFF_HEAD_HELP = Say("phiên bản mới, ví dụ HEAD, hoặc một thư mục", "new version, e.g. HEAD, or a folder")
DIFF_OUT_HELP = Say("ghi thêm bản tóm tắt vào tệp này (ví dụ $GITHUB_STEP_SUMMARY)",
                    "also append the summary to this file (e.g. $GITHUB_STEP_SUMMARY)")
DIFF_CANNOT_READ = Say("Không đọc được phiên bản '{ref}': {why}", "Cannot read version '{ref}': {why}")
# One line per change.
DIFF_AMENDMENT = Say("{kind} số {number} ngày {date}, hiệu lực từ {effective}: {what}",
                     "{kind} no. {number} of {date}, in force from {effective}: {what}")
DIFF_AMENDMENT_REPEALS = Say("bãi bỏ", "repealed")
DIFF_AMENDMENT_NOT_IN_FORCE = Say("chưa có hiệu lực", "not in force yet")
DIFF_AMENDMENT_REMOVED = Say("Bỏ văn bản sửa đổi {kind} số {number}", "Amending document removed: {kind} no. {number}")
DIFF_NOT_STATED = Say("(không nêu)", "(not stated)")
DIFF_LEFT_EMPTY = Say("(để trống)", "(left empty)")
DIFF_VALUE_ADDED = Say("{id} ({year}): thêm {value} ({kind})", "{id} ({year}): added {value} ({kind})")
DIFF_VALUE_REMOVED = Say("{id} ({year}): bỏ {value}", "{id} ({year}): removed {value}")
DIFF_PART_ADDED = Say("thêm {value}", "added {value}")
DIFF_PART_REMOVED = Say("bỏ {value}", "removed {value}")
DIFF_TASK = Say("Nhiệm vụ {id}: {before} → {after}", "Task {id}: {before} → {after}")
DIFF_TASK_NOT_REPORTED = Say("chưa báo cáo", "not reported")
# The summary's headings, and its groups in the order shown.
DIFF_NOTHING = Say("### Thay đổi số liệu\n\nKhông có thay đổi nào về số liệu, tình trạng chỉ tiêu hay nhiệm vụ.\n",
                   "### Changes to the figures\n\nNo change to figures, indicator status or tasks.\n")
DIFF_TITLE = Say("### Thay đổi số liệu", "### Changes to the figures")
DIFF_FILES = Say("Tệp đã sửa: {files}", "Files edited: {files}")
DIFF_DID = Say("#### Thay đổi này làm gì", "#### What this change does")
DIFF_AMENDMENTS = Say("Văn bản sửa đổi kế hoạch", "Documents amending the plan")
DIFF_VALUES_ADDED = Say("Số liệu thêm mới", "Figures added")
DIFF_VALUES_REVISED = Say("Số liệu điều chỉnh", "Figures revised")
DIFF_VALUES_REMOVED = Say("Số liệu bị bỏ", "Figures removed")
DIFF_PARTS = Say("Số liệu theo xã, nhóm (phân tổ)", "Figures by commune or group (breakdowns)")
DIFF_TASKS = Say("Báo cáo nhiệm vụ (tình trạng mới nhất)", "Task reports (latest status)")
DIFF_WARNINGS = Say("Cần xem lại: số thay đổi bất thường so với số gần nhất (cảnh báo, không chặn)",
                    "To check: figures unusually far from the last one (a warning, not blocking)")
DIFF_DID_NOTHING = Say("Không thêm hay sửa số liệu, báo cáo nhiệm vụ nào.", "No figure or task report added or edited.")
DIFF_FOLLOWS = Say("#### Hệ quả", "#### What follows")
DIFF_YEAR_MOVED = Say("Năm báo cáo chuyển từ {before} sang {after}", "Reporting year moved from {before} to {after}")
DIFF_YEAR_CHANGED = Say("Năm báo cáo thay đổi", "Reporting year changed")
DIFF_STATUS_BY_VALUES = Say("Tình trạng chỉ tiêu thay đổi theo số liệu trên", "Indicator status changed with the figures above")
DIFF_STATUS_BY_YEAR = Say("{year_text}: các chỉ tiêu khác được đánh giá lại theo mốc của năm mới, số liệu của chúng không đổi",
                          "{year_text}: other indicators are assessed against the new year's milestones, "
                          "their figures unchanged")
DIFF_STATUS_BY_PLAN = Say("Tình trạng thay đổi vì kế hoạch hoặc chỉ tiêu được sửa",
                          "Status changed because the plan or an indicator was edited")
