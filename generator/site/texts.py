"""What the site says to citizens reading it, and what the build says to staff running it:
every text of generator/site/ once, Vietnamese beside English.

A typed table (generator/text/say.py), for the reasons written in generator/checks/messages.py:
both languages are ours, an entry is a name the code refers to (a typo fails at import, not at a
reader), and tests/site/test_texts.py checks that both languages take the same fields and that
every entry is used. The published site is Vietnamese: the code takes `.vi` (or `ENTRY(**fields)[0]`);
the English is there for whoever reads the code and for a later English site.

Templates reach these entries as `T` (render.environment): `{{ T.NAME }}` is the Vietnamese, as
Markup (the text is ours, and a few entries hold inline tags such as <strong>), `{{ T.NAME(x=…) }}`
formats it and escapes the fields (YAML text is never trusted as HTML), `T.NAME.plain(x=…)` formats
without escaping for a filter that escapes itself (yaml_str, md); a misspelt name fails the build.
The scripts under assets/javascripts/ name their texts as `T.NAME` and the build writes the
Vietnamese in (build.fill_script): a script's texts travel once with the script, not in every
page, and nothing depends on the page's markup.
"""
from __future__ import annotations

from generator.text.say import Say


# --- words shared by several pages ------------------------------------------------------------------
PLAN_SAYS = Say(" (theo kế hoạch: {written})", " (as the plan wrote it: {written})")
TARGET_YEAR = Say("Mục tiêu {year}", "Target {year}")
TOTAL = Say("Tổng", "Total")
WHO_IN_YEAR = Say("{who}, năm {year}", "{who}, {year}")
AND = Say(" và ", " and ")

# --- an indicator's direction and where it comes from (indicator pages) -------------------------------
DIRECTION_HIGHER = Say("tăng là tốt", "higher is better")
DIRECTION_LOWER = Say("giảm là tốt", "lower is better")
DIRECTION_KEEP = Say("giữ ở mức mục tiêu", "keep at the target")
BASIS_PLAN = Say("theo kế hoạch", "as the plan says")
BASIS_TARGETS = Say("suy từ các mục tiêu của kế hoạch", "inferred from the plan's targets")
BASIS_TWO_TARGETS = Say("suy từ hai mục tiêu của kế hoạch", "inferred from the plan's two targets")
BASIS_SITE = Say("do trang này xác định", "decided by this site")

# --- amendments: a value before or after (plan and amendment pages) --------------------------------------
PLAN_SILENT = Say("kế hoạch không nêu", "the plan does not say")
LEFT_BLANK = Say("(để trống)", "(left blank)")

# --- a page's description (search results, link previews) ----------------------------------------------
TARGET_SUMMARY = Say("Mục tiêu {parts}", "Targets {parts}")
TARGET_BLANK = Say("trống", "blank")
NO_MILESTONE_TARGETS = Say("Kế hoạch không đặt mục tiêu theo mốc", "The plan sets no targets by milestone")

# --- pages of a plan below the site's root: which plan they belong to ---------------------------------------
PLAN_CRUMB = Say("Kế hoạch: ", "Plan: ")

# --- the reporting page: where each body stands this year ----------------------------------------------------
DUTY_COMPLETE = Say("Đã đủ", "Complete")
DUTY_LATE_PARTIAL = Say("Trễ hạn, còn thiếu", "Late, incomplete")
DUTY_LATE_NONE = Say("Trễ hạn, chưa báo cáo", "Late, not reported")
DUTY_PARTIAL = Say("Còn thiếu", "Incomplete")
DUTY_NONE = Say("Chưa báo cáo", "Not reported")

# --- the same indicator in other plans (indicator pages) ------------------------------------------------------
THIS_PAGE = Say("{place} (trang này)", "{place} (this page)")

# --- the yearly report's documents ------------------------------------------------------------------------------
SUMMARY_REPORT = Say("Báo cáo tổng hợp", "Summary report")

# --- charts (figure.py, chart_svg.py): legends, hover texts, the picture's title --------------------------------
VALUES_LINE = Say("Số liệu", "Values")
VALUES_OF_KIND = Say("Số liệu {label}", "{label} values")
YEAR_VALUE = Say("Năm {year}", "Year {year}")
CHART_TITLE = Say("Biểu đồ: ", "Chart: ")

# --- the open data page: what each file holds ------------------------------------------------------------------
DATA_INDICATORS_CSV = Say("Mọi chỉ tiêu và chỉ tiêu con: mục tiêu nguyên văn, đơn vị, nhóm, cơ quan báo cáo",
                          "Every indicator and sub-indicator: targets as written, unit, group, reporting body")
DATA_INDICATORS_JSON = Say("Như indicators.csv, dạng JSON", "As indicators.csv, in JSON")
DATA_PROGRESS_CSV = Say("Mọi số liệu đã báo cáo: năm, giá trị, loại số liệu, nguồn, cơ quan",
                        "Every reported value: year, value, kind of value, source, body")
DATA_PROGRESS_JSON = Say("Như progress.csv, dạng JSON", "As progress.csv, in JSON")
DATA_TASKS_JSON = Say("{count} nhiệm vụ: nội dung, cơ quan chủ trì, phối hợp (tên đầy đủ), thời gian, báo cáo",
                      "{count} tasks: content, lead body, partners (full names), timeframe, reports")
DATA_AGENCIES_JSON = Say("Các cơ quan, cách viết khác, thay đổi (ngày, cách thay đổi, cơ quan tiếp nhận, văn bản)",
                         "The bodies, other spellings, changes (date, kind of change, successor, document)")
DATA_AMENDMENTS_JSON = Say("Văn bản sửa đổi kế hoạch, từng thay đổi: giá trị như ban hành, trước và sau, văn bản",
                           "Documents amending the plan, each change: value as issued, before and after, document")
DATA_DOCUMENTS_CSV = Say("Các văn bản, nguồn trang dựa vào: số, ngày, nơi đọc, mức chắc chắn, số điều dựa vào mỗi "
                         "văn bản", "The documents and sources the site relies on: number, date, where to read, "
                         "certainty, how many claims rest on each")
DATA_DOCUMENTS_JSON = Say("Như documents.csv, kèm từng điều trang ghi dựa vào mỗi văn bản",
                          "As documents.csv, with each claim the site makes on each document's authority")
DATA_PACKAGE = Say("Mô tả mọi tệp CSV ở đây theo chuẩn Frictionless Data Package 2.0: các cột, kiểu, đơn vị, "
                   "nhóm phân tổ, giấy phép, nguồn, kích thước và mã băm",
                   "Describes every CSV file here in Frictionless Data Package 2.0: columns, types, units, "
                   "breakdown groups, licence, sources, sizes and hashes")
DATA_PROGRESS_SCHEMA = Say("Các cột chung của progress.csv và data/chi-tieu/*.csv (Table Schema), datapackage.json "
                           "dẫn tới", "The columns shared by progress.csv and data/chi-tieu/*.csv (Table Schema), "
                           "which datapackage.json points to")

# --- the search index: result labels ("Chỉ tiêu 6.10") and what a result is found by ----------------------------
KIND_TASK = Say("Nhiệm vụ", "Task")
KIND_INDICATOR = Say("Chỉ tiêu", "Indicator")
KIND_GROUP = Say("Nhóm chỉ tiêu", "Indicator group")
KIND_AGENCY = Say("Cơ quan", "Body")
KIND_CATEGORY = Say("Số liệu theo nhóm", "Values by group")
KIND_PAGE = Say("Trang", "Page")
FULL_TEXT = Say("Toàn văn kế hoạch", "Full text of the plan")
TARGET_AS_WRITTEN = Say("Mục tiêu {year}: {text}", "Target {year}: {text}")
UNIT = Say("Đơn vị: {unit}", "Unit: {unit}")

# --- the scripts (assets/javascripts/*.js; build.fill_script writes them in) ---------------------------------------
JS_CHART_LOADING = Say("Đang tải biểu đồ tương tác…", "Loading the interactive chart…")
JS_CHART_FAILED = Say("Không tải được biểu đồ tương tác; bấm để thử lại",
                      "Could not load the interactive chart; click to try again")
JS_CHART_LABEL_TITLED = Say("Biểu đồ tương tác: ", "Interactive chart: ")
JS_CHART_LABEL = Say("Biểu đồ tương tác. ", "Interactive chart. ")
JS_CHART_DETAILS = Say("Số liệu chi tiết ở bảng dưới.", "The values in detail are in the table below.")
JS_CHART_VIEWING = Say(" Đang xem theo ", " Viewing by ")
JS_SORT = Say("Sắp xếp theo cột này", "Sort by this column")
JS_SHOWING = Say("Hiển thị ", "Showing ")
JS_ROWS = Say(" dòng", " rows")
JS_SEARCH = Say("Tìm kiếm", "Search")

# --- the search box (search.js; "#" stands for a number) ----------------------------------------------------------------
SEARCH_LOADING = Say("Đang tải chỉ mục tìm kiếm…", "Loading the search index…")
SEARCH_HELP = Say("Gõ từ cần tìm, có dấu hay không dấu đều được: “nước sạch” hay “nuoc sach”, chữ viết tắt như "
                  "“BHYT”, số như “6.10”.", "Type the words to find, with or without diacritics: “nước sạch” or "
                  "“nuoc sach”, an abbreviation such as “BHYT”, a number such as “6.10”.")
SEARCH_NONE = Say("Không tìm thấy trang nào. Thử ít từ hơn hoặc từ khác.", "No page found. Try fewer or other words.")
SEARCH_ONE = Say("1 trang phù hợp", "1 matching page")
SEARCH_OTHER = Say("# trang phù hợp", "# matching pages")
SEARCH_PARTIAL = Say("Không trang nào có đủ các từ; đây là những trang có một phần:",
                     "No page has all the words; these pages have some of them:")
SEARCH_FAILED = Say("Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.",
                    "Could not load the search index. Please reload the page.")
SEARCH_ALL = Say("Tìm trong cả # kế hoạch", "Search all # plans")

# --- said to staff: the build's command line (build.py, offline.py, mkdocs_hooks.py) ---------------------------------
CLI_GENERATE = Say("chỉ tạo trang Markdown và dữ liệu trong docs/ (không cần MkDocs)",
                   "only write the Markdown pages and data in docs/ (no MkDocs needed)")
CLI_DOCS = Say("thư mục docs (mặc định docs/)", "docs folder (default docs/)")
CLI_BUILD = Say("kiểm tra, tạo trang và xây dựng trang tĩnh hoàn chỉnh", "check, write the pages and build the whole static site")
CLI_SITE = Say("thư mục kết quả (mặc định site/)", "output folder (default site/)")
CLI_NO_STRICT = Say("không coi cảnh báo MkDocs là lỗi", "do not treat MkDocs warnings as errors")
CLI_NO_CACHE = Say("xây dựng lại toàn bộ, không dùng bộ nhớ đệm {cache}/ (kết quả vẫn như nhau)",
                   "rebuild everything without the cache {cache}/ (same result)")
CLI_OFFLINE = Say("bản xem không cần mạng: mở từ thư mục (file://), kèm tệp .zip bên cạnh thư mục",
                  "the offline copy: opened from its folder (file://), with a .zip beside the folder")
CLI_PLAN = Say("với --offline: chỉ một kế hoạch (mã kế hoạch), đặt ở gốc bản sao",
               "with --offline: one plan only (its id), at the copy's root")
CLI_SERVE = Say("tạo trang và chạy máy chủ xem trước, tự cập nhật khi sửa YAML",
                "write the pages and run a preview server that updates when the YAML changes")
GENERATED = Say("Đã tạo {count} tệp trong docs/ ({changed} thay đổi) trong {seconds} giây.",
                "Wrote {count} files in docs/ ({changed} changed) in {seconds} s.")
BUILD_FAILED = Say("Không xây dựng được trang; {site}/ cũ được giữ nguyên.\n{error}",
                   "Could not build the site; the old {site}/ is kept.\n{error}")
BUILT_OFFLINE = Say("Đã tạo bản xem không cần mạng trong {site}/ (mở {site}/index.html) và {zip} ({size}) trong "
                    "{seconds} giây.", "Built the offline copy in {site}/ (open {site}/index.html) and {zip} ({size}) "
                    "in {seconds} s.")
BUILT = Say("Đã xây dựng trang trong {site}/: bộ tạo {generator} giây, MkDocs {mkdocs} giây, bản xem không cần mạng "
            "{offline} giây.", "Built the site in {site}/: generator {generator} s, MkDocs {mkdocs} s, offline copy "
            "{offline} s.")
SERVING = Say("Đã tạo {count} tệp ({seconds} giây). Sửa tệp YAML, trang sẽ tự cập nhật.",
              "Wrote {count} files ({seconds} s). Edit the YAML files, the pages update themselves.")
SERVE_ERRORS = Say("{count} lỗi; trang giữ nguyên bản tốt gần nhất.", "{count} errors; the pages stay as last good.")
NO_SUCH_PLAN = Say("Không có kế hoạch “{plan}” trong kho (có: {plans}).",
                   "There is no plan “{plan}” in the repository (there are: {plans}).")
SETTINGS_UNKNOWN_PLANS = Say("extra.plansite nêu kế hoạch không có trong kho: {unknown} (có: {plans}).",
                             "extra.plansite names plans that are not in the repository: {unknown} (there are: {plans}).")
ABBREVIATION_TWICE = Say("Chữ viết tắt “{short}” đã có ở mục {entry}; mỗi chữ tắt chỉ ghi một lần.",
                         "Abbreviation “{short}” is already listed at entry {entry}; list each once.")
ABBREVIATION_NOT_WORD = Say("Chữ viết tắt “{short}” phải là chữ, không có khoảng trắng ở đầu hay cuối.",
                            "Abbreviation “{short}” must be letters, without leading or trailing spaces.")
OFFLINE_BROKEN_LINKS = Say("{count} liên kết không dẫn tới tệp nào trong bản không cần mạng:\n{lines}",
                           "{count} links lead to no file in the offline copy:\n{lines}")
OFFLINE_TOO_BIG = Say("Bản không cần mạng quá lớn cho một tệp ZIP thường ({files} tệp, {size}).",
                      "The offline copy is too large for a plain ZIP file ({files} files, {size}).")

# --- the offline copy's read-me (a text file beside index.html) --------------------------------------------------------
README = Say("Trang kế hoạch — bản xem không cần mạng (dữ liệu đến ngày {date})\n\n"
             "Mở tệp index.html trong thư mục này bằng trình duyệt (Chrome, Edge, Firefox, Cốc Cốc):\n"
             "bấm đúp vào tệp, hoặc kéo tệp vào cửa sổ trình duyệt. Không cần Internet, không cần máy chủ.\n"
             "Giữ nguyên cả thư mục khi sao chép (ổ mạng chung, USB): các trang dùng các tệp bên cạnh.\n",
             "The plan's site — offline copy (data up to {date})\n\n"
             "Open the file index.html in this folder with a browser (Chrome, Edge, Firefox, Cốc Cốc):\n"
             "double-click the file, or drag it into a browser window. No Internet, no server needed.\n"
             "Keep the whole folder together when copying (shared drive, USB): the pages use the files beside them.\n")
README_ONLINE = Say("\nBản trực tuyến, luôn mới nhất: {url}\n", "\nOnline, always the latest: {url}\n")

# --- shared page parts (templates/_macros.j2) ------------------------------------------------------------------------
ILLUSTRATIVE_TITLE = Say("Số liệu minh hoạ", "Illustrative values")
ILLUSTRATIVE_TEXT = Say("Trang này có số liệu <strong>minh hoạ</strong> để thử nghiệm cách trình bày, không phải số "
                        "liệu thật do các cơ quan báo cáo. Kế hoạch chỉ đặt mục tiêu; số liệu thật sẽ thay thế khi các "
                        "cơ quan gửi báo cáo.", "This page has <strong>illustrative</strong> values, to try out the "
                        "presentation, not real values reported by the bodies. The plan only sets targets; real values "
                        "replace these when the bodies report.")
DRAFT_TITLE = Say("Bản nháp", "Draft")
DRAFT_IMPORTED = Say("Kế hoạch này được nhập tự động từ văn bản “{document}” ngày {date}; ",
                     "This plan was imported automatically from the document “{document}” of {date}; ")
DRAFT_TO_REVIEW = Say("còn {count} điểm chờ người đối chiếu với văn bản gốc",
                      "{count} points still wait for a person to check them against the original")
DRAFT_UNREVIEWED = Say("chưa được người đối chiếu với văn bản gốc", "no person has checked it against the original yet")
DRAFT_MAY_DIFFER = Say(". Nội dung có thể còn sai khác với văn bản đã ký.",
                       ". The content may still differ from the signed document.")
DRAFT_NEW = Say("Kế hoạch này mới được tạo, nội dung chưa được nhập từ văn bản. Mọi chữ trong ngoặc “(chưa nhập …)” là "
                "chỗ trống cần điền, không phải nội dung của văn bản.", "This plan was just created; its content has "
                "not been entered from the document yet. Every text in brackets “(chưa nhập …)” is a blank to fill, "
                "not the document's content.")
PLAN_SILENT_TITLE = Say("Kế hoạch không nêu", "The plan does not say")
PAGE_DATA = Say("Dữ liệu của trang này: ", "This page's data: ")
SOURCE_LINE = Say(" (dòng {line})", " (line {line})")
SOURCE_VIEW = Say("xem", "view")
SOURCE_HISTORY = Say("lịch sử thay đổi", "history of changes")
LAST_UPDATED = Say(" Cập nhật lần cuối: {date}.", " Last updated: {date}.")
DOC_NUMBER = Say(" số {number}", " no. {number}")
DOC_DATE = Say("ngày {date}", "of {date}")
DOC_DATE_UNKNOWN = Say("ngày: chưa xác định", "date: not determined")
OUT_LINK = Say("mở trang {host}", "open {host}")
OUT_LINK_NOTE = Say("(rời trang này)", "(leaves this site)")
SINCE = Say("từ ngày {date}", "from {date}")
SINCE_UNKNOWN = Say("(ngày hiệu lực chưa xác định; đã có theo nguồn ngày {date})",
                    "(effective date not determined; in place according to a source of {date})")
RENAMED_TO = Say("{name} đổi tên thành {to} {when}", "{name} renamed to {to} {when}")
MERGED_INTO = Say("{name} sáp nhập vào {to} {when}", "{name} merged into {to} {when}")
SPLIT = Say("{name} không còn dưới tên này {when}; chức năng chuyển cho: ",
            "{name} no longer exists under this name {when}; its functions went to: ")
SPLIT_OTHERS = Say("; các chức năng khác: <strong>chưa xác định</strong>",
                   "; other functions: <strong>not determined</strong>")
DISSOLVED = Say("{name} giải thể {when}, không có cơ quan kế nhiệm", "{name} dissolved {when}, with no successor")
ENDED = Say("{name} không còn hoạt động như kế hoạch ghi {when}", "{name} no longer works as the plan wrote {when}")
GROUNDS = Say(" (căn cứ: ", " (grounds: ")
NOW_ANSWERS = Say("Nay chịu trách nhiệm: {body}.", "Answering now: {body}.")
NOW_NOBODY = Say("Nay <strong>không có cơ quan nào</strong> chịu trách nhiệm.", "Now <strong>no body</strong> answers.")
NOW_SPLIT = Say("Nay chịu trách nhiệm việc này: <strong>chưa xác định</strong>.",
                "Who answers for this now: <strong>not determined</strong>.")
NOW_UNKNOWN = Say("Nay chịu trách nhiệm: <strong>chưa xác định</strong>.", "Answering now: <strong>not determined</strong>.")
NO_CHANGE_RECORDED = Say("(chưa ghi nhận thay đổi)", "(no change recorded)")
REPLACES = Say("(thay {name})", "(replacing {name})")
NO_BODY = Say("không có cơ quan", "no body")
WAS_DISSOLVED = Say("({name} đã giải thể)", "({name} was dissolved)")
NOT_DETERMINED = Say("chưa xác định", "not determined")
ENDED_ON = Say("kết thúc ngày {date}", "ended on {date}")
ENDED_AS_WRITTEN = Say("không còn như kế hoạch ghi", "no longer as the plan wrote")
ISSUER_NOW = Say("Cơ quan ban hành kế hoạch ({issuer}) ", "The body that issued the plan ({issuer}) ")
ISSUER_IS_NOW = Say("nay là {name}", "is now {name}")
ISSUER_GONE = Say("không còn", "no longer exists")
PLAN_KEPT = Say("Trang vẫn giữ nguyên kế hoạch như đã ban hành (nhiệm vụ, chỉ tiêu, phân công, mục tiêu đến {end}) để "
                "đối chiếu. ", "The site keeps the plan as issued (tasks, indicators, assignments, targets to {end}) "
                "for comparison. ")
PLAN_CONTINUED = Say("{name} được ghi nhận là cơ quan tiếp tục kế hoạch.", "{name} is recorded as carrying the plan on.")
PLAN_AFTER_UNKNOWN = Say("Hiệu lực của kế hoạch sau đó: <strong>chưa xác định</strong>; chưa ghi nhận cơ quan nào tiếp "
                         "tục thực hiện kế hoạch, cũng chưa ghi nhận văn bản nào sửa đổi hay bãi bỏ kế hoạch.",
                         "Whether the plan stays in force after that: <strong>not determined</strong>; no body is "
                         "recorded as carrying it on, and no document amending or repealing it.")
LIFE_REPORTS = Say("Báo cáo theo kế hoạch: ", "Reports under the plan: ")
LIFE_YEAR = Say("năm {year}: ", "{year}: ")
LIFE_OWED = Say("có {bodies} cơ quan phải báo cáo, đã nhận {received}/{total} mục",
                "{bodies} bodies owe reports, {received}/{total} items received")
LIFE_ENDED = Say("không còn cơ quan phải báo cáo; đã nhận {received}/{total} mục, gửi trước khi các cơ quan kết thúc",
                 "no body owes reports any more; {received}/{total} items received, sent before the bodies ended")
LIFE_NONE = Say("không có cơ quan phải báo cáo, chưa nhận mục nào", "no body owes reports, no item received")
LIFE_ILLUSTRATIVE = Say(" (chỉ có số liệu minh hoạ)", " (illustrative values only)")
DETAILS = Say("Chi tiết", "Details")
AMEND_CITE = Say("{kind} số {number} ngày {date}", "{kind} no. {number} of {date}")
IN_FORCE_FROM = Say(", hiệu lực từ {date}", ", in force from {date}")
AMENDED_BY = Say(" (theo {cite}; trước đó: {old})", " (by {cite}; before: {old})")
WITHDRAWN_TITLE = Say("Đã bãi bỏ", "Repealed")
WITHDRAWN = Say("{item} này được bãi bỏ theo {cite} của {issuer} (“{title}”). Trang giữ nội dung và số liệu đã có để "
                "đối chiếu; từ ngày đó mục này không còn phải báo cáo.", "This {item} was repealed by {cite} of "
                "{issuer} (“{title}”). The site keeps its content and values for comparison; from that date it is "
                "no longer reported on.")
AMENDED_TITLE = Say("Đã sửa đổi", "Amended")
AMENDED_NOTE = Say(" (trang ghi nội dung đang có hiệu lực):", " (the site shows the content in force):")
REPEALED = Say("bãi bỏ", "repealed")

# --- table columns and filters shared by the index pages (templates/_indicator_*.j2, *_index.md.j2) ----------------------
COL_GROUP = Say("Nhóm", "Group")
COL_INDICATOR_COUNT = Say("Số chỉ tiêu", "Indicators")
COL_STATUS = Say("Tình trạng", "Status")
COL_ID = Say("Mã", "No.")
COL_UNIT = Say("Đơn vị", "Unit")
COL_LATEST = Say("Số liệu mới nhất", "Latest value")
COL_ASSESSMENT = Say("Đánh giá", "Assessment")
COL_WITH_VALUE = Say("Có số liệu năm {year}", "With a value for {year}")
COL_ISSUER = Say("Cơ quan ban hành", "Issued by")
GROUP_TITLE = Say("Nhóm {id}. {name}", "Group {id}. {name}")
GROUP_NUMBER = Say("Nhóm {id}", "Group {id}")
STATUS_OF_INDICATORS = Say("Tình trạng {count} chỉ tiêu", "Status of {count} indicators")
IN_MARK = Say("Có trong {name}", "In {name}")
MILESTONE_SHORT = Say("mốc {year}", "milestone {year}")
FILTER_ALL = Say("Tất cả", "All")
FILTER_FIND = Say("Tìm", "Find")
FILTER_REPORTING_BODY = Say("Cơ quan báo cáo", "Reporting body")

# --- a large plan's year: indicators counted by group (templates/_yearly_groups.j2) --------------------------------------
YEAR_GROUPS_INTRO = Say("Kế hoạch có {count} chỉ tiêu, bảng dưới đây đếm theo nhóm. Số liệu năm {year} của từng chỉ tiêu "
                        "có ở phụ lục của báo cáo tổng hợp (.docx, mục “Tải văn bản”); trang của mỗi nhóm cho số liệu "
                        "mới nhất.", "The plan has {count} indicators; the table below counts them by group. Each "
                        "indicator's value for {year} is in the summary report's appendix (.docx, under “Tải văn bản”); "
                        "each group's page gives the latest values.")

# --- the bodies' index (templates/agencies_index.md.j2) --------------------------------------------------------------------
AGENCIES_DESCRIPTION = Say("Các cơ quan chịu trách nhiệm thực hiện kế hoạch: nhiệm vụ chủ trì, phối hợp, chỉ tiêu báo cáo.",
                           "The bodies responsible for carrying out the plan: tasks they lead or support, indicators "
                           "they report.")
AGENCIES_INTRO = Say("Mọi cơ quan, tổ chức được kế hoạch nhắc tới, xếp theo vần. Số nhiệm vụ là số nhiệm vụ cơ quan chủ "
                     "trì tham mưu / phối hợp; chỉ tiêu là số chỉ tiêu trang này giao cơ quan báo cáo.",
                     "Every body and organisation the plan names, in alphabetical order. The task counts are the tasks "
                     "a body leads / supports; indicators are those this site gives the body to report.")
COL_KIND = Say("Loại", "Kind")
COL_LEAD = Say("Chủ trì", "Leads")
COL_COORDINATING = Say("Phối hợp", "Supports")
COL_REPORTED_INDICATORS = Say("Chỉ tiêu báo cáo", "Indicators reported")
COL_REPORT_YEAR = Say("Báo cáo {year}", "Report {year}")
NOW_NAMED = Say("nay: {name}", "now: {name}")
TAG_DISSOLVED = Say("đã giải thể", "dissolved")
TAG_SPLIT = Say("đã chia tách chức năng", "functions split")
TAG_ENDED = Say("đã kết thúc, kế nhiệm chưa xác định", "ended, successor not determined")
TAG_NOT_IN_PLAN = Say("không có trong kế hoạch", "not in the plan")

# --- the documents' index (templates/documents_index.md.j2) ---------------------------------------------------------------
DOCUMENTS_TITLE = Say("Văn bản, nguồn", "Documents, sources")
DOCUMENTS_DESCRIPTION = Say("Các văn bản và nguồn mà trang này dựa vào: nơi đọc, mức chắc chắn, và những điều dựa trên mỗi "
                            "văn bản.", "The documents and sources this site relies on: where to read them, how "
                            "certain, and what rests on each.")
DOCUMENTS_INTRO = Say("Mỗi điều trang này ghi về kế hoạch, về cơ quan đã kết thúc hay thay đổi, về xã mới và địa bàn của "
                      "xã đều dựa vào một văn bản dưới đây. Trang của mỗi văn bản cho biết nơi đọc nó và những điều dựa "
                      "vào nó. Điều gì các văn bản chưa nói rõ, trang ghi là <strong>chưa xác định</strong>.",
                      "Everything this site says about the plan, about bodies that ended or changed, about new communes "
                      "and their areas rests on a document below. Each document's page says where to read it and what "
                      "rests on it. What the documents do not make clear, the site marks <strong>not determined</strong>.")
COL_DOCUMENT = Say("Văn bản", "Document")
COL_DATE = Say("Ngày", "Date")
COL_ISSUER_WHERE = Say("Cơ quan ban hành, nơi đăng", "Issued by, published at")
COL_CERTAINTY = Say("Mức chắc chắn", "Certainty")
COL_CLAIMS = Say("Số điều dựa vào", "Claims resting on it")
CERTAINTY_DOCUMENT = Say("Đọc được văn bản", "Document read")
CERTAINTY_PRESS = Say("Theo báo chí", "According to the press")
CERTAINTY_QUOTED = Say("Qua văn bản trích dẫn", "Through a document quoting it")

# --- a group of indicators (templates/group.md.j2) --------------------------------------------------------------------------
GROUP_DESCRIPTION = Say("Nhóm chỉ tiêu {id}: {name}.", "Indicator group {id}: {name}.")
NAME_IN_APPENDIX = Say("Tên trong phụ lục: “{name}”. ", "Name in the appendix: “{name}”. ")
STATUS_OF_GROUP = Say("Tình trạng nhóm {id}", "Status of group {id}")
DEFAULT_REPORTER = Say("Cơ quan báo cáo mặc định: ", "Default reporting body: ")
ASSIGNED_BY_SITE = Say("(do trang này phân công; kế hoạch không quy định)", "(assigned by this site; the plan does not say)")
TODAY = Say("; hôm nay: ", "; today: ")
RELATED_TASKS = Say(". Nhiệm vụ liên quan: ", ". Related tasks: ")

# --- the indicators' index (templates/indicators_index.md.j2) ---------------------------------------------------------------
INDICATORS_DESCRIPTION = Say("{count} chỉ tiêu của kế hoạch: mục tiêu {milestones}, số liệu mới nhất và tình trạng.",
                             "The plan's {count} indicators: targets {milestones}, latest values and status.")
THE_APPENDIX = Say("phụ lục", "the appendix")
THE_TABLE_IN = Say("bảng chỉ tiêu ở mục", "the indicator table in section")
INDICATORS_BY_GROUP = Say("{count} dòng của {where} “{title}”, chia theo {groups} nhóm: mỗi nhóm một trang, với mục tiêu, "
                          "số liệu mới nhất và tình trạng của từng chỉ tiêu. Bảng dưới đây đếm tình trạng trong từng nhóm.",
                          "{count} rows of {where} “{title}”, in {groups} groups: a page for each group, with each "
                          "indicator's targets, latest value and status. The table below counts the statuses in each group.")
INDICATORS_ALL = Say("Toàn bộ {count} dòng của {where} “{title}” ({groups} nhóm). Mục tiêu ghi đúng như kế hoạch; “-” là "
                     "kế hoạch không đặt mục tiêu cho mốc đó, ô trống là kế hoạch để trống. Bấm tiêu đề cột để sắp xếp.",
                     "All {count} rows of {where} “{title}” ({groups} groups). Targets as the plan wrote them; “-” means "
                     "the plan sets no target for that milestone, an empty cell that the plan left it blank. Click a "
                     "column heading to sort.")
FIND_EXAMPLE_WATER = Say("ví dụ: nuoc sach", "e.g. nuoc sach")

# --- the site's plans (templates/plans.md.j2) ----------------------------------------------------------------------------------
PLANS_TITLE = Say("Các kế hoạch", "The plans")
PLANS_DESCRIPTION = Say("Các kế hoạch trên trang này, theo cấp và cơ quan ban hành, với tình trạng thực hiện.",
                        "The plans on this site, by level and issuer, with how far each has got.")
PLANS_INTRO = Say("Trang này công khai {count} kế hoạch. Mỗi kế hoạch có trang riêng: toàn văn, nhiệm vụ, chỉ tiêu, cơ quan "
                  "và tình hình báo cáo.", "This site publishes {count} plans. Each has its own pages: full text, tasks, "
                  "indicators, bodies and reporting.")
FILTER_LEVEL = Say("Cấp", "Level")
FILTER_PLACE = Say("Địa bàn", "Area")
FIND_EXAMPLE_COMMUNE = Say("ví dụ: tên xã", "e.g. a commune's name")
LEVEL_HEADING = Say("Cấp {level}", "Level: {level}")
COL_PLAN = Say("Kế hoạch", "Plan")
COL_PERIOD = Say("Giai đoạn", "Period")
COL_TASKS_REPORTED = Say("Nhiệm vụ có báo cáo", "Tasks reported")
NO_INDICATOR_APPENDIX = Say("Không có phụ lục chỉ tiêu", "No indicator appendix")

# --- values by group: the overview (templates/breakdowns_index.md.j2) -------------------------------------------------------
BREAKDOWNS_TITLE = Say("Số liệu phân tổ", "Values by group")
VALUES_BY = Say("Số liệu theo {what}", "Values by {what}")
BREAKDOWNS_DESCRIPTION = Say("Ai đang chậm hơn: số liệu của từng nhóm, so với mục tiêu của kế hoạch.",
                             "Who is behind: each group's values, against the plan's targets.")
NO_DIMENSIONS = Say("Kế hoạch này chưa khai chiều phân tổ nào (theo xã, giới tính, dân tộc…): mọi số liệu trên trang là "
                    "số chung của cả địa bàn. Cán bộ có thể khai các chiều phân tổ trong <code>{file}</code> (xem {guide}).",
                    "This plan declares no breakdown yet (by commune, sex, ethnic group…): every value on the site is "
                    "for the whole area. Staff can declare breakdowns in <code>{file}</code> (see {guide}).")
REPORTING_GUIDE = Say("hướng dẫn báo cáo", "the reporting guide")
BREAKDOWNS_INTRO = Say("Số chung của cả địa bàn có thể che đi một xã, một nhóm dân cư còn xa mục tiêu. Trang này tập hợp "
                       "các chỉ tiêu có số liệu riêng theo {what} và nêu những nhóm đang chậm hơn.",
                       "A figure for the whole area can hide a commune or a group still far from the target. This page "
                       "gathers the indicators with values by {what} and names the groups that are behind.")
BREAKDOWNS_READING = Say("Mục tiêu của kế hoạch đặt cho cả {place}; so một xã hay một nhóm với mục tiêu đó là cách đọc của "
                         "trang này, kế hoạch không đặt mục tiêu riêng cho từng nhóm. Các chiều phân tổ do trang này khai, "
                         "không phải nội dung của kế hoạch. ", "The plan's targets are set for the whole of {place}; "
                         "comparing a commune or a group with them is this site's reading, the plan sets no target per "
                         "group. The breakdowns are declared by this site, not part of the plan. ")
HOW_ASSESSED = Say("Cách đánh giá", "How it is assessed")
WHO_IS_BEHIND = Say("Nhóm nào đang chậm hơn", "Which groups are behind")
BEHIND_BY = Say("Theo {label}:", "By {label}:")
NO_BREAKDOWN_VALUES = Say("Chưa có chỉ tiêu nào được báo cáo số liệu phân tổ.", "No indicator has values by group yet.")
DIMENSION_CAPTION = Say("{label}: số chỉ tiêu có số liệu riêng", "{label}: how many indicators have values of their own")
COL_TIME = Say("Thời gian", "Time")
COL_WITH_VALUES = Say("Chỉ tiêu có số liệu", "Indicators with values")
COL_BEHIND_LATEST = Say("Chậm hơn ở số liệu mới nhất", "Behind at the latest value")
COL_BEHIND = Say("Chậm hơn", "Behind")

# --- the tasks' index (templates/tasks_index.md.j2) ---------------------------------------------------------------------------
TASKS_DESCRIPTION = Say("{count} nhiệm vụ, giải pháp của kế hoạch: cơ quan chủ trì, phối hợp, thời gian và tình trạng.",
                        "The plan's {count} tasks and measures: lead and supporting bodies, timeframe and status.")
TASKS_INTRO = Say("{count} nhiệm vụ, giải pháp chủ yếu (mục III của kế hoạch). Tình trạng là tình trạng do cơ quan chủ trì "
                  "báo cáo cho năm gần nhất.", "{count} main tasks and measures (section III of the plan). The status is "
                  "the one the lead body reported for the latest year.")
NO_REPORT_YET = Say("Chưa có báo cáo", "No report yet")
COL_LEAD_THEN_NOW = Say("Cơ quan chủ trì (kế hoạch → hôm nay)", "Lead body (plan → today)")
COL_STATUS_YEAR = Say("Tình trạng {year}", "Status {year}")
TODAY_LABEL = Say("Hôm nay:", "Today:")

# --- one commune or group (templates/category.md.j2) ------------------------------------------------------------------------
CATEGORY_DESCRIPTION = Say("Số liệu riêng của {label} ({dimension}) theo các chỉ tiêu của kế hoạch, so với mục tiêu.",
                           "{label}'s own values ({dimension}) for the plan's indicators, against the targets.")
FACT_DIMENSION = Say("Phân tổ", "Breakdown")
FACT_AREA = Say("Địa bàn", "Area")
COVERS = Say("Gồm {at_least}địa bàn của: ", "Covers {at_least}the area of: ")
AT_LEAST = Say("ít nhất ", "at least ")
REST_UNDETERMINED = Say("; phần còn lại chưa xác định", "; the rest not determined")
FACT_AFTER = Say("Sau đó", "Afterwards")
PART_OF = Say("Thuộc ", "Part of ")
FACT_NOTE = Say("Ghi chú", "Note")
FACT_GROUNDS = Say("Căn cứ", "Grounds")
CATEGORY_HAS = Say("Có số liệu riêng của {label} cho <strong>{count} chỉ tiêu</strong>.",
                   "{label} has values of its own for <strong>{count} indicators</strong>.")
CATEGORY_BEHIND = Say(" {count} chỉ tiêu ở đây nằm trong nhóm chậm hơn ở số liệu mới nhất: ",
                      " {count} indicators here are among the groups behind at the latest value: ")
STATUS_OF_CATEGORY = Say("Tình trạng các chỉ tiêu của {label}", "Status of {label}'s indicators")
CATEGORY_READING = Say("Mục tiêu trong kế hoạch đặt cho cả địa bàn ({place}); trang này so số liệu riêng của {label} với các "
                       "mục tiêu đó. Đây là cách đọc của trang: kế hoạch không đặt mục tiêu riêng cho từng {noun}. ",
                       "The plan's targets are set for the whole area ({place}); this site compares {label}'s own values "
                       "with them. That is the site's reading: the plan sets no target per {noun}. ")
CATEGORY_CAPTION = Say("Số liệu của {label} và mục tiêu của kế hoạch", "{label}'s values and the plan's targets")
COL_YEAR = Say("Năm", "Year")
COL_OVERALL = Say("Mức chung", "Overall")
COL_TARGET = Say("Mục tiêu", "Target")
COL_STATUS_OUR_READING = Say("Tình trạng (cách đọc của trang)", "Status (the site's reading)")
BEFORE_THAT = Say("trước đó: ", "before: ")
ILLUSTRATIVE_MARK = Say(", minh hoạ", ", illustrative")
TAG_BEHIND = Say("chậm hơn", "behind")
CATEGORY_NO_VALUES = Say("Chưa có chỉ tiêu nào được báo cáo số liệu riêng cho {label}.",
                         "No indicator has values of its own for {label} yet.")

# --- one document or source (templates/document.md.j2) -------------------------------------------------------------------------
DOCUMENT_DESCRIPTION = Say("{short}: nơi đọc văn bản và những điều trang này ghi dựa trên văn bản đó.",
                           "{short}: where to read the document and what this site says on its authority.")
FACT_KIND = Say("Loại", "Kind")
FACT_NUMBER = Say("Số, ký hiệu", "Number, reference")
NO_NUMBER = Say("không có (văn bản không ghi số)", "none (the document has no number)")
FACT_TITLE = Say("Trích yếu, tiêu đề", "Summary, title")
AS_WRITTEN = Say("(như văn bản viết)", "(as the document writes it)")
WHERE_TO_READ = Say("Nơi đọc văn bản", "Where to read the document")
DOWNLOAD_HERE = Say("Tải về từ trang này: ", "Download from this site: ")
STORED_COPY = Say("(bản lưu trong kho dữ liệu: <code>{path}</code>)", "(the copy kept in the data repository: <code>{path}</code>)")
SOURCE_KINDS = Say("Loại nguồn theo tên miền: tên miền .gov.vn là cổng thông tin của cơ quan nhà nước; công báo và cơ sở dữ "
                   "liệu văn bản được nêu tên; còn lại là báo chí, trang khác.", "Kind of source by domain: a .gov.vn "
                   "domain is a state body's portal; official gazettes and legal databases are named; the rest are "
                   "press and other sites.")
NOWHERE_TO_READ = Say("Trang chưa ghi nơi đọc văn bản này: <strong>chưa xác định</strong>. Số, ngày và trích yếu ở trên lấy "
                      "từ văn bản trích dẫn nó.", "The site has not recorded where to read this document: <strong>not "
                      "determined</strong>. The number, date and summary above come from a document quoting it.")
CLAIMS_HEADING = Say("Trang này dựa vào văn bản cho ({count})", "What this site says on its authority ({count})")
NO_CLAIMS = Say("Không có điều nào của trang dựa vào văn bản này.", "Nothing on the site rests on this document.")

# --- the year's reporting (templates/reporting.md.j2) ----------------------------------------------------------------------------
REPORTING_TITLE = Say("Tình hình báo cáo năm {year}", "Reporting for {year}")
REPORTING_DESCRIPTION = Say("Cơ quan nào đã, chưa báo cáo tiến độ năm {year}, và những việc không còn cơ quan nào phải báo cáo.",
                            "Which bodies have and have not reported progress for {year}, and the duties no body owes any more.")
REPORTING_DUTY = Say("Kế hoạch giao mỗi cơ quan báo cáo mọi nhiệm vụ mình chủ trì và mọi chỉ tiêu được giao; ",
                     "The plan has each body report on every task it leads and every indicator it is given; ")
REPORTING_COMPILED = Say("{by} tổng hợp gửi {to} <strong>trước ngày {deadline}</strong> ({as_written}",
                         "{by} compiles them for {to} <strong>before {deadline}</strong> ({as_written}")
REPORTING_WHERE = Say(", {where} của kế hoạch", ", {where} of the plan")
REPORTING_NO_DEADLINE = Say("kế hoạch không nêu hạn tổng hợp báo cáo; trang này tính đến hết ngày {deadline}.",
                            "the plan sets no deadline for compiling the reports; this site counts up to the end of {deadline}.")
REPORTING_AS_OF = Say(" Tình hình tính đến ngày {date}.", " As of {date}.")
REPORTING_TODAY = Say("Hôm nay, việc tổng hợp: {by}; nơi nhận báo cáo: {to}.", "Today, compiling: {by}; receiving the reports: {to}.")
REPORTING_WHO_OWES = Say("Mỗi việc do cơ quan chịu trách nhiệm vào ngày hạn báo cáo đảm nhận: cơ quan kế hoạch giao, hoặc cơ "
                         "quan kế nhiệm đã được ghi nhận. Cơ quan đã kết thúc mà chưa ghi nhận kế nhiệm thì việc đó <strong>"
                         "không có cơ quan nào phải báo cáo</strong>: không tính là trễ hạn.", "Each duty falls to the body "
                         "responsible on the deadline: the body the plan named, or its recorded successor. When a body "
                         "ended with no successor recorded, <strong>no body owes</strong> that duty: it does not count "
                         "as late.")
YEARLY_REPORTS = Say("Báo cáo kết quả thực hiện từng năm (trang và văn bản Word để ký, gửi): ",
                     "Each year's implementation report (a page and a Word document to sign and send): ")
REPORT_OF_YEAR = Say("Báo cáo năm {year}", "Report for {year}")
CARD_SHARE = Say("mục đã báo cáo (trong số mục có cơ quan phải báo cáo)", "items reported (of the items a body owes)")
CARD_COMPLETE = Say("cơ quan đã báo cáo đủ", "bodies have reported in full")
CARD_UNOWNED = Say("mục không có cơ quan phải báo cáo", "items no body owes")
BODIES_OWING = Say("Cơ quan phải báo cáo năm {year}", "Bodies owing a report for {year}")
INHERITED = Say("({count} mục tiếp nhận từ cơ quan trước)", "({count} items taken over from the previous body)")
NO_BODY_OWES = Say("<strong>Không cơ quan nào</strong> được ghi nhận là phải báo cáo năm {year}",
                   "<strong>No body</strong> is recorded as owing a report for {year}")
NO_BODY_OWES_WHY = Say(": mọi cơ quan kế hoạch giao đã kết thúc trước hạn {deadline}, và chưa ghi nhận cơ quan kế nhiệm.",
                       ": every body the plan named ended before the deadline {deadline}, and no successor is recorded.")
UNOWNED_HEADING = Say("Việc không có cơ quan phải báo cáo", "Duties no body owes")
UNOWNED_INTRO = Say("{count} mục năm {year} được giao cho cơ quan đã kết thúc trước hạn báo cáo mà chưa ghi nhận cơ quan kế "
                    "nhiệm. Cột cuối: số mục của năm đã có báo cáo (gửi trước khi cơ quan kết thúc).",
                    "{count} items of {year} were given to bodies that ended before the deadline with no successor "
                    "recorded. Last column: the year's items already reported (sent before the body ended).")
COL_NAMED_BODY = Say("Cơ quan kế hoạch giao", "Body the plan named")
COL_TODAY = Say("Hôm nay", "Today")
COL_REPORTED = Say("Đã có báo cáo", "Reported")
PLAN_YEARS = Say("Các năm của kế hoạch", "The plan's years")
COL_DEADLINE = Say("Hạn", "Deadline")
COL_BODIES_OWING = Say("Cơ quan phải báo cáo", "Bodies owing reports")
COL_OWED_RECEIVED = Say("Mục có cơ quan phải báo cáo: đã nhận", "Items a body owes: received")
COL_UNOWNED_REPORTED = Say("Mục không có cơ quan: đã có báo cáo", "Items no body owes: reported")

# --- one task (templates/task.md.j2) ---------------------------------------------------------------------------------------------
TASK_TITLE = Say("Nhiệm vụ {id}", "Task {id}")
TASK_DESCRIPTION = Say("Nhiệm vụ {id}: {title}", "Task {id}: {title}")
LEAD_PER_PLAN = Say("Cơ quan chủ trì tham mưu", "Lead body")
PER_PLAN = Say("(theo kế hoạch)", "(as the plan says)")
VERBATIM = Say("(nguyên văn: “{text}”)", "(verbatim: “{text}”)")
LEAD_TODAY = Say("Chủ trì hôm nay", "Leading today")
COORDINATING_PER_PLAN = Say("Cơ quan phối hợp thực hiện", "Supporting bodies")
COORDINATING_TODAY = Say("Phối hợp hôm nay", "Supporting today")
FACT_TIMEFRAME = Say("Thời gian thực hiện", "Timeframe")
FACT_RESULT = Say("Kết quả/Sản phẩm", "Result/Output")
IMPLEMENTS = Say("Thực hiện nhiệm vụ của kế hoạch khác:", "Carries out a task of another plan:")
OTHER_PLAN_TASK = Say("Nhiệm vụ {task} của kế hoạch {plan}", "Task {task} of plan {plan}")
IMPLEMENTED_BY = Say("Nhiệm vụ của các kế hoạch khác thực hiện nhiệm vụ này:", "Tasks of other plans carrying this one out:")
PLACE_TASK = Say("{place}: nhiệm vụ {id}", "{place}: task {id}")
CONTENT = Say("Nội dung", "Content")
REPORTS_BY_YEAR = Say("Báo cáo theo năm", "Reports by year")
YEAR_HEADING = Say("Năm {year}: ", "{year}: ")
TAG_ILLUSTRATIVE = Say("minh hoạ", "illustrative")
EVIDENCE = Say("Tài liệu: ", "Documents: ")
REPORT_BY = Say("Báo cáo của ", "Report by ")
NO_TASK_REPORT = Say("Chưa có báo cáo nào cho nhiệm vụ này.", "No report for this task yet.")
RELATED_INDICATORS = Say("Chỉ tiêu liên quan", "Related indicators")
LINKS_BY_SITE = Say("Liên kết giữa nhiệm vụ và chỉ tiêu do trang này xác định theo lĩnh vực; kế hoạch không ghi.",
                    "This site links tasks and indicators by field; the plan does not.")
NO_RELATED_INDICATORS = Say("Không có chỉ tiêu nào trong phụ lục gắn với nhiệm vụ này.",
                            "No indicator of the appendix is linked to this task.")

# --- the open data page (templates/open_data.md.j2) ----------------------------------------------------------------------------
OPEN_DATA = Say("Dữ liệu mở", "Open data")
OPEN_DATA_DESCRIPTION = Say("Tải về toàn bộ kế hoạch và số liệu tiến độ dưới dạng CSV và JSON.",
                            "Download the whole plan and its progress values as CSV and JSON.")
OPEN_DATA_INTRO = Say("Toàn bộ dữ liệu của trang, dùng tự do. Tệp mã hoá UTF-8; các tệp CSV dưới đây và ở <code>data/chi-tieu/"
                      "</code> có BOM để Excel hiển thị đúng tiếng Việt (tệp theo định dạng Open SDG thì không, xem dưới); số "
                      "trong tệp dùng dấu chấm thập phân để máy đọc được. Cột mục tiêu giữ nguyên chữ của kế hoạch. Tệp <code>"
                      "datapackage.json</code> mô tả từng tệp CSV (cột, kiểu, đơn vị, giấy phép, nguồn) theo chuẩn Frictionless "
                      "Data Package 2.0, để các công cụ dữ liệu đọc và kiểm tra được.",
                      "All the site's data, free to use. Files are UTF-8; the CSV files below and in <code>data/chi-tieu/"
                      "</code> have a BOM so that Excel shows Vietnamese right (the Open SDG files do not, see below); numbers "
                      "use a decimal point so that machines read them. Target columns keep the plan's words. <code>"
                      "datapackage.json</code> describes each CSV file (columns, types, units, licence, sources) in "
                      "Frictionless Data Package 2.0, for data tools to read and check.")
COL_FILE = Say("Tệp", "File")
COL_CONTENT = Say("Nội dung", "Content")
COL_SIZE = Say("Dung lượng", "Size")
YEARLY_WORD = Say("Báo cáo kết quả thực hiện hằng năm (văn bản Word theo Nghị định 30/2020/NĐ-CP, lập từ chính dữ liệu này): ",
                  "Yearly implementation reports (Word documents following Decree 30/2020/NĐ-CP, made from this very data): ")
YEAR_LOWER = Say("năm {year}", "{year}")
YEARLY_PER_BODY = Say("; văn bản của từng cơ quan ở <code>data/bao-cao-nam/&lt;năm&gt;/</code>.",
                      "; each body's document in <code>data/bao-cao-nam/&lt;năm&gt;/</code>.")
PER_INDICATOR_DATA = Say("Số liệu của từng chỉ tiêu: trên trang của chỉ tiêu đó (mục “Tải về”), hoặc <code>data/chi-tieu/&lt;mã"
                         "&gt;.csv</code>, ví dụ {example}.", "Each indicator's values: on its page (under “Tải về”), or "
                         "<code>data/chi-tieu/&lt;mã&gt;.csv</code>, for example {example}.")
ILLUSTRATIVE_ROWS = Say("Các dòng có cột <code>illustrative</code> = <code>yes</code> là số liệu minh hoạ, không phải số liệu thật.",
                        "Rows with <code>illustrative</code> = <code>yes</code> are illustrative values, not real ones.")
OPEN_SDG_HEADING = Say("Số liệu theo định dạng Open SDG", "Values in the Open SDG format")
OPEN_SDG_INTRO = Say("Mỗi chỉ tiêu có số liệu còn có một tệp theo định dạng dữ liệu của Open SDG (<code>open-sdg.org</code>, nền "
                     "tảng các cơ quan thống kê dùng để công bố chỉ tiêu phát triển bền vững), trong <code>data/{folder}/"
                     "</code>: cột <code>Year</code> (năm), mỗi chiều phân tổ một cột mang tên chiều (cột “Phân tổ” của bảng "
                     "dưới), ô ghi tên nhóm, rồi cột <code>Value</code> (giá trị, dấu chấm thập phân). Dòng có các ô phân tổ "
                     "trống là giá trị chung của chỉ tiêu. Tên tệp theo quy ước của Open SDG (<code>{file}</code> là chỉ tiêu "
                     "{id}), không có BOM, nên một trang Open SDG hay công cụ chuyển sang SDMX đọc được ngay. Chỉ có số đang "
                     "có hiệu lực; đơn vị của từng tệp ghi trong <code>datapackage.json</code>. Chỉ tiêu định tính không có "
                     "tệp này (Open SDG chỉ nhận số).",
                     "Each indicator with values also has a file in Open SDG's data format (<code>open-sdg.org</code>, the "
                     "platform statistics offices use to publish sustainable development indicators), in <code>data/"
                     "{folder}/</code>: a <code>Year</code> column, one column per breakdown named after it (the “Phân tổ” "
                     "column below) holding the group's name, then <code>Value</code> (decimal point). Rows with empty "
                     "breakdown cells are the indicator's overall value. File names follow Open SDG's convention "
                     "(<code>{file}</code> is indicator {id}), without a BOM, so an Open SDG site or an SDMX converter "
                     "reads them as they are. Only values in force; each file's unit is in <code>datapackage.json</code>. "
                     "Qualitative indicators have no such file (Open SDG takes numbers only).")
OPEN_SDG_ILLUSTRATIVE = Say("Tệp theo định dạng Open SDG không có cột đánh dấu số liệu minh hoạ (Open SDG coi mọi cột thêm là "
                            "một chiều phân tổ): năm nào là minh hoạ được ghi trong mô tả của từng tệp trong <code>"
                            "datapackage.json</code> (và ở cột <code>illustrative</code> của <code>progress.csv</code>).",
                            "Open SDG files have no column marking illustrative values (Open SDG reads any extra column as "
                            "a breakdown): which years are illustrative is written in each file's description in <code>"
                            "datapackage.json</code> (and in the <code>illustrative</code> column of <code>progress.csv"
                            "</code>).")
COL_BREAKDOWNS = Say("Phân tổ", "Breakdowns")
OFFLINE_HEADING = Say("Bản xem không cần mạng", "Offline copy")
OFFLINE_DOWNLOAD = Say("Tải toàn bộ trang để xem không cần mạng", "Download the whole site to view offline")
OFFLINE_SIZE = Say(" (tệp ZIP, {size}; dữ liệu đến ngày {date}).", " (ZIP file, {size}; data up to {date}).")
OFFLINE_HOW = Say("Giải nén tệp, rồi mở <code>index.html</code> trong thư mục vừa giải nén bằng trình duyệt (Chrome, Edge, "
                  "Firefox, Cốc Cốc). Không cần Internet, không cần máy chủ: chép được vào ổ mạng chung, USB hoặc gửi kèm "
                  "thư; biểu đồ, bảng lọc và sắp xếp vẫn dùng được. Bản này không tự cập nhật: khi cần số liệu mới, tải lại.",
                  "Unzip the file, then open <code>index.html</code> in the unzipped folder with a browser (Chrome, Edge, "
                  "Firefox, Cốc Cốc). No Internet, no server needed: it can go on a shared drive, a USB stick or in an "
                  "e-mail; charts, table filters and sorting still work. This copy does not update itself: download it "
                  "again for new values.")
OFFLINE_THIS_COPY = Say("Đây là bản lưu của trang để xem không cần mạng, dữ liệu đến ngày {date}. Bản này không tự cập nhật.",
                        "This is the site's offline copy, data up to {date}. It does not update itself.")
COLUMNS_OF = Say("Các cột của indicators.csv", "The columns of indicators.csv")
COLUMNS_IDS = Say("mã chỉ tiêu, chỉ tiêu cha (với dòng con), nhóm.", "indicator id, parent indicator (for sub-rows), group.")
COLUMNS_NAMES = Say("tên, đơn vị như kế hoạch viết; khi trang phải sửa chỗ bị cắt hay lỗi định dạng, chữ gốc nằm ở ",
                    "name, unit as the plan writes them; where the site had to mend a cut or a formatting error, the "
                    "original is in ")
COLUMNS_PLAN = Say("mã kế hoạch (kho có nhiều kế hoạch).", "plan id (the repository has several plans).")
COLUMNS_TARGETS = Say("mục tiêu đúng chữ của kế hoạch.", "targets in the plan's exact words.")
COLUMNS_BASELINE = Say("cột “{label}” của phụ lục, đúng chữ.", "the appendix's “{label}” column, verbatim.")
COLUMNS_MARK = Say("“X” nếu có trong {name}.", "“X” if in {name}.")
COLUMNS_DIRECTION = Say("higher (tăng là tốt), lower (giảm là tốt), keep (giữ mức); ",
                        "higher (higher is better), lower (lower is better), keep (keep the level); ")
COLUMNS_BASIS = Say("plan, targets hoặc site (do trang này xác định).", "plan, targets or site (decided by this site).")
COLUMNS_ASSIGNED = Say("do trang này phân công, không phải nội dung kế hoạch.", "assigned by this site, not part of the plan.")
LICENCE = Say("Giấy phép", "Licence")
LICENCE_TEXT = Say("Nội dung kế hoạch là văn bản hành chính của {issuer}, thuộc các đối tượng không được bảo hộ quyền tác giả "
                   "(Điều 15 Luật Sở hữu trí tuệ). Dữ liệu có cấu trúc trang này công bố (các tệp trên, số liệu tiến độ, "
                   "phần diễn giải của trang) theo giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0, toàn văn: "
                   "<code>creativecommons.org/licenses/by/4.0/deed.vi</code>): được dùng, chia sẻ, chỉnh sửa cho mọi mục "
                   "đích, kể cả thương mại, miễn là ghi rõ nguồn. Mã nguồn của công cụ tạo trang theo giấy phép MIT; thư "
                   "viện đi kèm trang (plotly.js, giao diện Material for MkDocs) giữ giấy phép riêng của chúng.",
                   "The plan's content is an administrative document of {issuer}, not protected by copyright (Article 15 "
                   "of the Law on Intellectual Property). The structured data this site publishes (the files above, "
                   "progress values, the site's interpretations) is under Creative Commons Attribution 4.0 International "
                   "(CC BY 4.0, full text: <code>creativecommons.org/licenses/by/4.0/deed.vi</code>): free to use, share "
                   "and adapt for any purpose, commercial too, with the source credited. The site generator's code is "
                   "under the MIT licence; the libraries shipped with the site (plotly.js, the Material for MkDocs theme) "
                   "keep their own licences.")

# --- the plan's full text (templates/plan.md.j2): the site's notes, and the document's usual labels when the plan's
# file gives none ---------------------------------------------------------------------------------------------------------------------
THIS_SITE = Say("Trang này: ", "This site: ")
APPENDIX_INDICATORS = Say("{count} chỉ tiêu của phụ lục", "the appendix's {count} indicators")
PLAN_SILENT_NOTE = Say("(kế hoạch không nêu)", "(the plan does not say)")
DOC_ROW_NUMBER = Say("STT", "No.")
TASK_PAGE = Say("(trang nhiệm vụ)", "(task page)")
DOC_LEAD = Say("Cơ quan chủ trì:", "Lead body:")
DOC_COORDINATING = Say("Cơ quan phối hợp:", "Supporting bodies:")
DOC_RESULT = Say("Kết quả/Sản phẩm:", "Result/Output:")
DOC_TIMEFRAME = Say("Thời gian thực hiện:", "Timeframe:")
DOC_NOTE = Say("Ghi chú:", "Note:")
PLAN_DESCRIPTION = Say("{title}: toàn văn{sections}{appendix}", "{title}: full text{sections}{appendix}")
PLAN_SECTIONS = Say(" các mục {first}{last}", " of sections {first}{last}")
PLAN_AND_APPENDIX = Say(" và phụ lục.", " and appendix.")
PLAN_HISTORY = Say("Lịch sử kế hoạch", "The plan's history")
PLAN_HISTORY_NOTE = Say(" (toàn văn dưới đây là bản ban hành; các trang nhiệm vụ, chỉ tiêu ghi nội dung đang có hiệu lực):",
                        " (the full text below is as issued; the task and indicator pages show the content in force):")
ISSUED = Say("Ban hành: ", "Issued: ")
AMENDMENT_ENTRY = Say("{cite} của {issuer}: “{title}”, hiệu lực từ {date}; {count} thay đổi:",
                      "{cite} of {issuer}: “{title}”, in force from {date}; {count} changes:")
NUMBER_BLANK = Say("(số văn bản để trống trong bản gốc)", "(the document number is blank in the original)")
DATE_BLANK = Say("(ngày ký để trống trong bản gốc)", "(the signing date is blank in the original)")
PLAN_DOCUMENT = Say("Văn bản kế hoạch: ", "The plan's document: ")
DOWNLOAD_FILE = Say("tải về {name}", "download {name}")
DOCUMENT_PAGE = Say("trang của văn bản", "the document's page")
ORIGINAL_NOT_KEPT = Say(" (bản gốc chưa lưu trong kho)", " (the original is not in the repository yet)")
IMPLEMENTED_DOCUMENTS = Say("Văn bản mà kế hoạch triển khai:", "Documents the plan carries out:")
KIND_NUMBER = Say("{kind} số {number}", "{kind} no. {number}")
NUMBER_AS_WRITTEN = Say(" (văn bản ghi “{number}”)", " (the document writes “{number}”)")
OF_DATE = Say(", ngày {date}", ", of {date}")
OF_ISSUER = Say(" của {issuer}: ", " of {issuer}: ")
THIS_PLAN_ON_SITE = Say("kế hoạch này trên trang", "this plan on the site")
DOC_RECIPIENTS = Say("Nơi nhận:", "Recipients:")
APPENDIX_HEADING = Say("Phụ lục: {title}", "Appendix: {title}")
FULL_TABLE = Say("Bảng đầy đủ, có tìm kiếm và lọc: ", "The full table, with search and filters: ")

# --- one body (templates/agency.md.j2) -------------------------------------------------------------------------------------------------
AGENCY_DESCRIPTION = Say("{name}: nhiệm vụ chủ trì, phối hợp và chỉ tiêu báo cáo trong kế hoạch.",
                         "{name}: the tasks it leads and supports and the indicators it reports in the plan.")
AGENCY_IS_NOW = Say("Cơ quan này nay là {name}", "This body is now {name}")
AGENCY_DISSOLVED = Say("Cơ quan này đã giải thể", "This body was dissolved")
AGENCY_ENDED = Say("Cơ quan này không còn như kế hoạch ghi", "This body no longer exists as the plan wrote")
AGENCY_KEPT = Say("Trang này giữ nguyên những gì kế hoạch giao cho {name}; trang của từng nhiệm vụ, chỉ tiêu ghi cơ quan chịu "
                  "trách nhiệm hôm nay ({date}).", "This page keeps what the plan gave {name}; each task's and "
                  "indicator's page names the body responsible today ({date}).")
AGENCY_NOT_IN_PLAN = Say("Kế hoạch không nhắc tới cơ quan này; trang ghi lại vì cơ quan này tiếp nhận chức năng của cơ quan kế "
                         "hoạch có nêu.", "The plan does not name this body; the site records it because it took over the "
                         "functions of a body the plan names.")
FULL_NAME = Say("Tên đầy đủ: {name}", "Full name: {name}")
OTHER_SPELLINGS = Say("Cách viết khác trong văn bản: ", "Other spellings in the documents: ")
COLLECTIVE = Say("Đây là một nhóm cơ quan được kế hoạch gọi chung, không phải một cơ quan riêng.",
                 "This is a group of bodies the plan names together, not a single body.")
TOOK_OVER = Say("Tiếp nhận từ cơ quan khác", "Taken over from other bodies")
FUNCTIONS = Say(", chức năng: {functions}", ", functions: {functions}")
INHERITED_TASKS = Say("Nhiệm vụ trong kế hoạch mà cơ quan này nay chịu trách nhiệm thay cơ quan kế hoạch giao ({count}):",
                      "Duties in the plan this body now answers for in place of the body the plan named ({count}):")
INDICATOR_ITEM = Say("chỉ tiêu {id}. {name}", "indicator {id}. {name}")
TASK_ITEM = Say("nhiệm vụ {id}. {name}", "task {id}. {name}")
PLAN_GAVE = Say("(kế hoạch giao {name})", "(the plan named {name})")
NOTHING_PASSED = Say("Kế hoạch không giao cho cơ quan này nhiệm vụ cụ thể nào được ghi nhận là chuyển sang",
                     "No particular duty of the plan is recorded as passed to this body")
SPLIT_UNDETERMINED = Say(": khi chức năng được chia cho nhiều cơ quan, cơ quan nhận từng nhiệm vụ là <strong>chưa xác định"
                         "</strong>", ": when functions were split among several bodies, which one took each duty is "
                         "<strong>not determined</strong>")
ALSO_IN = Say("Cơ quan này cũng có trong: ", "This body is also in: ")
ROLE_IN_PLAN = Say("Vai trò trong kế hoạch", "Role in the plan")
LEAD_TASKS = Say("Nhiệm vụ chủ trì tham mưu ({count})", "Tasks it leads ({count})")
NONE = Say("Không có.", "None.")
COORDINATING_TASKS = Say("Nhiệm vụ phối hợp ({count})", "Tasks it supports ({count})")
VIA_COLLECTIVE = Say("Là một trong “{collective}”, cơ quan phối hợp thực hiện thêm {count} nhiệm vụ (danh sách ở trang của "
                     "nhóm cơ quan đó).", "As one of “{collective}”, the body supports {count} more tasks (listed on "
                     "that group's page).")
REPORTED_INDICATORS = Say("Chỉ tiêu báo cáo ({count})", "Indicators it reports ({count})")
INDICATORS_ASSIGNED = Say("Kế hoạch không quy định cơ quan báo cáo từng chỉ tiêu; trang này giao theo lĩnh vực của nhiệm vụ "
                          "tương ứng.", "The plan does not say who reports each indicator; this site assigns them by "
                          "the field of the matching task.")
REPORT_IN = Say("Đã có báo cáo: <code>{path}</code>", "Report received: <code>{path}</code>")
SENT_ON = Say(", gửi ngày {date}", ", sent on {date}")
NO_REPORT_FOR = Say("Chưa có báo cáo năm {year}", "No report for {year} yet")
REPORT_FILE = Say(" (tệp <code>{path}</code>).", " (file <code>{path}</code>).")
MISSING = Say("Còn thiếu {missing}/{expected} mục:", "Missing {missing}/{expected} items:")
TASK_LABEL = Say("Nhiệm vụ ", "Task ")
INDICATOR_LABEL = Say("Chỉ tiêu ", "Indicator ")
REPORTED_ALL = Say("Đã báo cáo đủ {count} mục.", "All {count} items reported.")
REMARKS_HEADING = Say("Khó khăn, đề xuất và kinh phí", "Difficulties, proposals and funding")
TASK_REF = Say(" (nhiệm vụ {link})", " (task {link})")
SOURCES_HEADING = Say("Nguồn", "Sources")
SOURCES_NOTE = Say("Trang của mỗi văn bản cho biết nơi đọc nó (cổng thông tin chính thức, công báo hay báo chí) và những điều "
                   "khác dựa vào nó.", "Each document's page says where to read it (official portal, gazette or press) "
                   "and what else rests on it.")

# --- the plan's home page (templates/home.md.j2) --------------------------------------------------------------------------------
HOME = Say("Trang chủ", "Home")
HOME_DESCRIPTION = Say("{title} ({start}–{end}): nhiệm vụ, chỉ tiêu, cơ quan chịu trách nhiệm và tiến độ.",
                       "{title} ({start}–{end}): tasks, indicators, responsible bodies and progress.")
HOME_PERIOD = Say("{place}, giai đoạn <strong>{start}–{end}</strong>. Kế hoạch có {tasks}",
                  "{place}, period <strong>{start}–{end}</strong>. The plan has {tasks}")
COUNT_TASKS = Say("{count} nhiệm vụ", "{count} tasks")
COUNT_INDICATORS = Say("{count} chỉ tiêu", "{count} indicators")
TARGETS_TO = Say(" với mục tiêu đến năm {years}", " with targets to {years}")
GIVEN_TO = Say(", giao cho {bodies} của {level}. Năm báo cáo gần nhất: <strong>{year}</strong>.",
               ", given to {bodies} of the {level}. Latest reporting year: <strong>{year}</strong>.")
THE_BODIES = Say("các cơ quan", "the bodies")
SEVERAL_PLANS = Say("Trang này có nhiều kế hoạch: {link} theo cấp và cơ quan ban hành.",
                    "This site has several plans: {link} by level and issuer.")
PLANS_LIST = Say("danh sách các kế hoạch", "the list of plans")
INDICATORS_STATUS = Say("Tình trạng các chỉ tiêu", "Where the indicators stand")
ASSESSED_AT = Say("Mỗi chỉ tiêu được đánh giá theo mốc gần nhất chưa qua (", "Each indicator is assessed at the nearest "
                  "milestone not yet past (")
ASSESSED_TWO = Say("mốc {first}, hoặc {second} khi kế hoạch không đặt mục tiêu {first}",
                   "milestone {first}, or {second} when the plan sets no target for {first}")
ASSESSED_MANY = Say("mốc {years}; khi kế hoạch không đặt mục tiêu cho một mốc, mốc sau",
                    "milestones {years}; when the plan sets no target for one, the next")
BY_GROUP = Say("Theo nhóm chỉ tiêu", "By indicator group")
HOME_BEHIND_INTRO = Say("Số chung có thể che đi một xã, một nhóm dân cư còn xa mục tiêu. {count} chỉ tiêu có số liệu riêng theo "
                        "{what}.", "An overall figure can hide a commune or a group still far from the target. {count} "
                        "indicators have values by {what}.")
BY_LABEL = Say(", theo {label}: ", ", by {label}: ")
SEE_BY_GROUP = Say("Xem theo từng xã, từng nhóm", "See each commune, each group")
TARGETS_WHOLE_AREA = Say("(mục tiêu đặt cho cả địa bàn; so từng nhóm với mục tiêu là cách đọc của trang)",
                         "(targets are set for the whole area; comparing each group with them is the site's reading)")
TASKS_OF_YEAR = Say("Nhiệm vụ năm {year}", "Tasks in {year}")
NO_REPORT = Say("Chưa có báo cáo", "No report")
SHARE_RECEIVED = Say("Đã nhận <strong>{share}</strong> số mục các cơ quan phải báo cáo; <strong>{complete}/{bodies}</strong> cơ "
                     "quan đã báo cáo đủ.", "Received <strong>{share}</strong> of the items the bodies owe; "
                     "<strong>{complete}/{bodies}</strong> bodies have reported in full.")
UNOWNED_SHORT = Say("{count} mục giao cho cơ quan đã kết thúc, chưa ghi nhận kế nhiệm: không có cơ quan phải báo cáo (đã nhận "
                    "{received} mục gửi trước khi cơ quan kết thúc).", "{count} items were given to bodies that ended with "
                    "no successor recorded: no body owes them ({received} items received, sent before the bodies ended).")
COMPILING_DEADLINE = Say(" Hạn tổng hợp: {date}. ", " Compiling deadline: {date}. ")
SEE_EACH_BODY = Say("Xem từng cơ quan", "See each body")
RECENT = Say("Cập nhật gần đây", "Recent updates")
RECENT_REPORT = Say(": báo cáo năm {year}", ": report for {year}")
SENT_ON_BRACKETS = Say(" (gửi ngày {date})", " (sent on {date})")
RECENT_COUNTS = Say(", {indicators} số liệu chỉ tiêu, {tasks} nhiệm vụ", ", {indicators} indicator values, {tasks} tasks")
NO_PROGRESS_REPORT = Say("Chưa có báo cáo tiến độ.", "No progress report yet.")
REPORTING_OF_YEAR = Say("Tình hình nộp báo cáo năm {year}", "Reports submitted for {year}")

# --- one indicator (templates/indicator.md.j2) ------------------------------------------------------------------------------------------
INDICATOR_DESCRIPTION = Say("Chỉ tiêu {id}: {name}. {targets}.", "Indicator {id}: {name}. {targets}.")
MILESTONE_BRACKETS = Say("(mốc {year})", "(milestone {year})")
SEE_EACH_GROUP = Say("Xem theo từng nhóm", "See each group")
NAME_IN_APPENDIX_TITLE = Say("Tên trong phụ lục", "Name in the appendix")
DOCUMENT_WRITES = Say("(văn bản ghi “{text}”)", "(the document writes “{text}”)")
TARGET_BY = Say("Mục tiêu đến năm {year}", "Target for {year}")
MEANING = Say(" — nghĩa là: ", " — meaning: ")
NO_TARGET_FOR_MILESTONE = Say(" — kế hoạch không đặt mục tiêu cho mốc này", " — the plan sets no target for this milestone")
BASELINE_ACTUAL = Say("số thực hiện", "actual")
BASELINE_ESTIMATE = Say("số ước thực hiện", "estimated")
BASELINE_NOTE = Say("({kind} năm {year} như phụ lục ghi)", "({kind} for {year}, as the appendix writes)")
MARKED = Say("Có (đánh dấu X trong phụ lục)", "Yes (marked X in the appendix)")
NOT_MARKED = Say("Không đánh dấu", "Not marked")
DIRECTION = Say("Hướng mong muốn", "Desired direction")
LEVELS = Say("Thang mức", "Levels")
LEVELS_BY_SITE = Say("(chỉ tiêu định tính; thang mức do trang này đặt để so sánh)",
                     "(a qualitative indicator; the levels are set by this site to compare)")
REPORTER_NAMED = Say("(phụ lục ghi ở cột “{label}”: “{text}”)", "(the appendix writes in the column “{label}”: “{text}”)")
APPENDIX_COLUMN = Say("(cột “{label}” của dòng này trong phụ lục)", "(the column “{label}” of this row in the appendix)")
REPORTER_TODAY = Say("Báo cáo hôm nay", "Reporting today")
RELATED_TASKS_TITLE = Say("Nhiệm vụ liên quan", "Related tasks")
LINKED_BY_SITE = Say("(do trang này liên kết)", "(linked by this site)")
SUB_INDICATORS = Say("Chỉ tiêu con", "Sub-indicators")
SAME_ELSEWHERE = Say("Cùng chỉ tiêu ở kế hoạch khác", "The same indicator in other plans")
SAME_NOTE = Say("Các kế hoạch này khai cùng một chỉ tiêu (cùng định nghĩa); số liệu đặt cạnh nhau để so sánh.",
                "These plans declare the same indicator (the same definition); their values side by side to compare.")
VALUES = Say("Số liệu", "Values")
BEHIND_NOTE = Say("Ghi chú của trang này: kế hoạch đặt mục tiêu cho toàn {place}, không cho từng địa bàn hay từng nhóm người. "
                  "So từng địa bàn, từng nhóm với mục tiêu chung đó (hoặc với mức chung, khi kế hoạch không đặt mục tiêu "
                  "bằng số) là cách đọc của trang này, để thấy ai đang ở phía sau; trạng thái của chỉ tiêu vẫn tính trên "
                  "số tổng.", "This site's note: the plan sets targets for all of {place}, not for each area or group "
                  "of people. Comparing each area and group with that shared target (or with the overall level, when "
                  "the plan sets no number) is this site's reading, to see who is behind; the indicator's status is "
                  "still worked out on the total.")
VIEW_BY = Say("Xem theo", "View by")
CHART_LIVE = Say("Xem tương tác (phóng to, xem giá trị)", "Interactive view (zoom, see values)")
VALUES_CAPTION = Say("Số liệu và mục tiêu theo năm — {name}", "Values and targets by year — {name}")
COL_VALUE = Say("Giá trị", "Value")
COL_VALUE_KIND = Say("Loại số liệu", "Kind of value")
COL_SOURCE = Say("Nguồn", "Source")
TARGET_ROW = Say("Mục tiêu {year}: ", "Target {year}: ")
TAG_REVISED = Say("đã điều chỉnh", "revised")
SOURCE_DATE = Say("(ngày {date})", "(of {date})")
REPLACES_VALUE = Say("Thay cho số {kind} {value} (báo cáo năm {year}).", "Replaces the {kind} value {value} (report for {year}).")
NO_VALUES = Say("Chưa có số liệu.", "No values yet.")
BY_HEADING = Say("Theo {label}", "By {label}")
BREAKDOWN_CAPTION = Say("{name} theo {label}", "{name} by {label}")
ILLUSTRATIVE_VALUES = Say(" — số liệu minh hoạ", " — illustrative values")
AGAINST_TARGET = Say("So với mục tiêu {year}", "Against the {year} target")
SITE_COMPARES = Say("(trang này so)", "(this site compares)")
ADDITIVE_NOTE = Say("Các phần cộng lại thành số chung, nên trang này không so từng phần với mục tiêu của cả địa bàn.",
                    "The parts add up to the total, so this site does not compare each part with the whole area's target.")
DOWNLOADS = Say("Tải về: ", "Download: ")
DOWNLOAD_INDICATOR = Say("số liệu chỉ tiêu {id} (CSV)", "indicator {id}'s values (CSV)")
DOWNLOAD_OPEN_SDG = Say("theo định dạng Open SDG (CSV)", "in the Open SDG format (CSV)")
DOWNLOAD_ALL = Say("tất cả chỉ tiêu (CSV)", "all indicators (CSV)")
OPEN_DATA_LOWER = Say("dữ liệu mở", "open data")

# --- a year's implementation report (templates/yearly.md.j2; the Word document's words are in documents/) --------------------------
YEARLY_DESCRIPTION = Say("Kết quả thực hiện kế hoạch năm {year}: cơ quan đã báo cáo, nhiệm vụ, chỉ tiêu, khó khăn, đề xuất và "
                         "kinh phí.", "How the plan was carried out in {year}: bodies that reported, tasks, indicators, "
                         "difficulties, proposals and funding.")
REPORTING_STATUS = Say("Tình hình báo cáo", "Reporting")
YEARLY_INTRO = Say("Kế hoạch giao {sender} hằng năm tổng hợp, đánh giá tình hình thực hiện gửi {recipient} ({as_written}{where}). "
                   "Trang này lập báo cáo đó từ dữ liệu của các cơ quan; văn bản Word bên dưới có cùng nội dung và số liệu, "
                   "theo thể thức Nghị định 30/2020/NĐ-CP, để kiểm tra, ký và gửi.",
                   "The plan has {sender} compile and assess the year's implementation for {recipient} ({as_written}"
                   "{where}). This site drafts that report from the bodies' data; the Word documents below hold the same "
                   "content and figures, in the form of Decree 30/2020/NĐ-CP, to check, sign and send.")
BODIES_CHANGED = Say("Cơ quan đã thay đổi", "Bodies that changed")
DOWNLOAD_DOCUMENTS = Say("Tải văn bản", "Download the documents")
DOCX_NAME = Say("(.docx, {name})", "(.docx, {name})")
NUMBER_LEFT_BLANK = Say("Số văn bản và ngày, tháng để trống để văn thư điền khi phát hành. Cơ quan chưa gửi báo cáo thì không có "
                        "văn bản riêng.", "The document number and date are left blank for the clerk to fill in on "
                        "issue. A body that has not reported has no document of its own.")
COPY_WITH_REPORT = Say("Gửi kèm báo cáo bản sao toàn bộ trang, cùng số liệu với các văn bản trên, mở được không cần mạng: ",
                       "Send with the report a copy of the whole site, with the same figures as the documents above, that "
                       "opens offline: ")
ZIP_FILE = Say("tệp ZIP", "ZIP file")
ZIP_SIZE = Say(" ({size}; dữ liệu đến ngày {date}).", " ({size}; data up to {date}).")
NOBODY_REPORTED = Say("Chưa có cơ quan, đơn vị nào gửi báo cáo năm {year}.", "No body has sent a report for {year} yet.")
REPORTED_COUNT = Say("{reported}/{total} cơ quan, đơn vị đã gửi báo cáo năm {year}: {on_time} đúng hạn (trước ngày {deadline})",
                     "{reported}/{total} bodies have sent a report for {year}: {on_time} on time (before {deadline})")
COUNT_LATE = Say(", {count} trễ hạn", ", {count} late")
COUNT_UNDATED = Say(", {count} không ghi ngày gửi", ", {count} without a sending date")
YEARLY_UNOWNED = Say("Không có cơ quan phải báo cáo các mục sau, vì cơ quan được Kế hoạch giao đã kết thúc hoạt động trước hạn "
                     "báo cáo ({deadline}) và chưa ghi nhận cơ quan tiếp nhận: ", "No body owes the following items, as the "
                     "body the Plan named ended before the deadline ({deadline}) and no successor is recorded: ")
ITEMS = Say(" ({count} mục)", " ({count} items)")
NOT_SENT = Say("Chưa gửi báo cáo: ", "Not yet reported: ")
COL_ROW = Say("TT", "No.")
COL_BODY = Say("Cơ quan, đơn vị", "Body")
COL_SENT = Say("Ngày gửi", "Sent on")
COL_ITEMS_REPORTED = Say("Số mục đã báo cáo", "Items reported")
COL_REPORTED_SHORT = Say("Đã báo cáo", "Reported")
TASK_RESULTS = Say("Kết quả thực hiện nhiệm vụ", "Tasks carried out")
COL_LEAD_BODY = Say("Cơ quan chủ trì", "Lead body")
COL_LEAD_REPORT = Say("Báo cáo của cơ quan chủ trì", "The lead body's report")
COL_REPORT = Say("Báo cáo", "Report")
INDICATOR_RESULTS = Say("Kết quả thực hiện các chỉ tiêu", "Indicator results")
WITH_VALUE = Say("{count} chỉ tiêu có số liệu năm {year}. Mục tiêu ghi đúng như Phụ lục của kế hoạch; đánh giá theo {method}, "
                 "dùng số liệu đến hết năm {year}.", "{count} indicators have values for {year}. Targets as the plan's "
                 "Appendix writes them; assessed by {method}, with values up to the end of {year}.")
SITE_METHOD = Say("phương pháp của trang này", "this site's method")
YEARLY_BEHIND = Say("Số liệu phân tổ cho thấy các địa bàn, nhóm còn chậm hơn ", "The breakdowns show the areas and groups "
                    "still behind ")
YEARLY_BEHIND_READING = Say("(so từng địa bàn, nhóm với mục tiêu chung của kế hoạch: cách đọc của trang, {link})",
                            "(each area and group compared with the plan's shared target: the site's reading, {link})")
SEE_HOW_ASSESSED = Say("xem cách đánh giá", "see how it is assessed")
BY_TEXT = Say(", theo {by}", ", by {by}")
COL_YEAR_VALUE = Say("Năm {year}", "{year}")
COL_KIND_SHORT = Say("Loại", "Kind")
DIFFICULTIES = Say("Khó khăn, vướng mắc", "Difficulties, obstacles")
TASK_COMMA = Say(", nhiệm vụ {link}", ", task {link}")
NO_DIFFICULTIES = Say("Các báo cáo năm {year} không nêu khó khăn, vướng mắc.", "The reports for {year} name no difficulties.")
PROPOSALS = Say("Đề xuất, kiến nghị", "Proposals, recommendations")
NO_PROPOSALS = Say("Các báo cáo năm {year} không nêu đề xuất, kiến nghị.", "The reports for {year} make no proposals.")
FUNDING = Say("Kinh phí thực hiện", "Funding")
FUNDING_INTRO = Say("Mục IV của kế hoạch: hàng năm các cơ quan lập dự toán kinh phí thực hiện chính sách xã hội. Đơn vị: {unit}.",
                    "Section IV of the plan: each year the bodies draw up estimates for funding social policies. Unit: {unit}.")
GRAND_TOTAL = Say("Tổng cộng", "Total")
NO_FUNDING = Say("Chưa có cơ quan, đơn vị nào báo cáo kinh phí năm {year}.", "No body has reported funding for {year} yet.")
