"""What `plansite import-plan` says to the office's IT person who imports a plan document: every
refusal, every note of the review list (printed, and the places it names), the words the draft
itself carries (its banner, placeholders for what the document did not say), and the command's
own lines. Vietnamese beside English, each once (a typed table, as checks/messages.py explains).

Refusals and review notes are printed in Vietnamese only (the review list is about a Vietnamese
document and is read beside it): the code takes `.vi` of those; the English says what each means
for whoever maintains the importer. The command's summary lines follow `--lang`.
The words the importer *reads* in a document are not here: they are in vocabulary.py.
tests/documents/test_import_messages.py keeps both languages' fields the same and every entry used.
"""
from __future__ import annotations

from generator.text.say import Say


# --- where a note points in the document (docsource.Block.where, the review list's parts) -------------
WHERE_PARAGRAPH = Say("đoạn {n}", "paragraph {n}")
WHERE_TABLE = Say("bảng {n}", "table {n}")
WHERE_ROW = Say(", dòng {row}", ", row {row}")
AT_HEADER = Say("phần đầu", "the header")
AT_PREAMBLE = Say("lời mở đầu", "the preamble")
AT_END = Say("phần cuối", "the end")
AT_APPENDIX = Say("phụ lục", "the appendix")
AT_TASK_TABLE = Say("bảng phân công", "the assignment table")

# --- refusals: the file cannot be read (docsource.py) ---------------------------------------------------
NO_FILE = Say("Không tìm thấy tệp {path}. Hãy kiểm tra đường dẫn.", "File {path} not found. Check the path.")
TOO_LARGE = Say("Tệp {name} nặng {size:.0f} MB, quá giới hạn {limit} MB của một văn bản kế hoạch. Hãy lưu lại văn "
                "bản không kèm hình ảnh, hoặc chép phần chữ ra tệp .txt.",
                "File {name} weighs {size:.0f} MB, over the {limit} MB limit for a plan document. Save the document "
                "without pictures, or copy its text into a .txt file.")
EMPTY_FILE = Say("Tệp {name} rỗng: không có nội dung để nhập.", "File {name} is empty: nothing to import.")
NOT_DOCX_OR_TXT = Say("Tệp {name} không phải .docx hay .txt: hãy mở văn bản trong Word và lưu dưới dạng Word Document "
                      "(.docx), hoặc chép chữ ra tệp .txt (UTF-8).",
                      "File {name} is neither .docx nor .txt: open it in Word and save it as a Word Document (.docx), "
                      "or copy its text into a .txt file (UTF-8).")
NO_WORDS = Say("Tệp {name} không có chữ nào: có thể là bản chụp (ảnh). Hãy dùng bản Word hoặc bản chữ.",
               "File {name} holds no text: perhaps a scan (a picture). Use the Word or text version.")
PDF = Say("Tệp {name} là tệp PDF, công cụ chỉ đọc được văn bản Word (.docx) hoặc tệp chữ (.txt): hãy dùng bản Word "
          "của văn bản, hoặc chép chữ ra tệp .txt.",
          "File {name} is a PDF; the tool reads only Word documents (.docx) or text files (.txt): use the Word "
          "version, or copy the text into a .txt file.")
ENCRYPTED = Say("Tệp {name} được đặt mật khẩu (mã hoá) nên không đọc được: hãy mở trong Word, bỏ mật khẩu (Tệp → "
                "Thông tin → Bảo vệ tài liệu) rồi lưu lại dưới dạng .docx.",
                "File {name} is password-protected (encrypted) and cannot be read: open it in Word, remove the "
                "password (File → Info → Protect Document) and save it again as .docx.")
OLD_WORD = Say("Tệp {name} là văn bản Word cũ (.doc, Word 97–2003) mà công cụ không đọc được: hãy mở trong Word và "
               "lưu lại dưới dạng Word Document (.docx).",
               "File {name} is an old Word document (.doc, Word 97–2003) the tool cannot read: open it in Word and "
               "save it as a Word Document (.docx).")
EXPANDS_TOO_FAR = Say("Tệp {name} giải nén ra quá lớn ({member}: {mb} MB), không phải một văn bản kế hoạch bình "
                      "thường: hãy mở bằng Word và lưu lại dưới dạng .docx.",
                      "File {name} expands too far ({member}: {mb} MB) for an ordinary plan document: open it in "
                      "Word and save it again as .docx.")
DECLARES_ENTITIES = Say("Tệp {name} chứa khai báo DTD/ENTITY trong {member}, điều Word không bao giờ ghi, nên bị từ "
                        "chối vì an toàn: hãy mở bằng Word và lưu lại dưới dạng .docx.",
                        "File {name} declares a DTD/ENTITY in {member}, which Word never writes, so it is refused "
                        "for safety: open it in Word and save it again as .docx.")
BINARY_TEXT = Say("Tệp {name} không phải tệp chữ (có dữ liệu nhị phân). Nếu là văn bản Word, hãy đổi đuôi thành .docx.",
                  "File {name} is not a text file (it holds binary data). If it is a Word document, rename it to "
                  ".docx.")
NOT_UTF8 = Say("Tệp {name}, dòng {line}: không đọc được chữ theo bảng mã UTF-8. Hãy lưu lại tệp với bảng mã UTF-8 "
               "(Notepad: Lưu thành… → Encoding: UTF-8).",
               "File {name}, line {line}: the text is not UTF-8. Save the file again as UTF-8 (Notepad: Save as… → "
               "Encoding: UTF-8).")
NOT_A_ZIP = Say("Tệp {name} không phải tệp Word .docx hợp lệ (hỏng hoặc bị đổi đuôi): hãy mở bằng Word và lưu lại "
                "dưới dạng .docx.",
                "File {name} is not a valid Word .docx (damaged or renamed): open it in Word and save it again as "
                ".docx.")
DAMAGED = Say("Tệp {name} bị hỏng nên không mở được: hãy lưu lại văn bản từ Word dưới dạng .docx.",
              "File {name} is damaged and cannot be opened: save the document from Word again as .docx.")
NOT_WORD_ZIP = Say("Tệp {name} là tệp nén nhưng không phải văn bản Word (không có word/document.xml), có lẽ một tệp "
                   "khác bị đổi đuôi thành .docx: hãy chọn đúng tệp kế hoạch.",
                   "File {name} is a zip but not a Word document (no word/document.xml), perhaps another file "
                   "renamed to .docx: choose the plan's file.")
WORD_UNREADABLE = Say("Tệp {name} có nội dung Word không đọc được ({error}): hãy mở bằng Word và lưu lại dưới dạng "
                      ".docx.",
                      "File {name} has Word content that cannot be read ({error}): open it in Word and save it again "
                      "as .docx.")

# --- refusals: the document is not a plan the importer can draft (core.py, header.py, indicator_tables.py)
NO_PARAGRAPHS = Say("Văn bản không có đoạn chữ nào ngoài bảng: không nhận ra kế hoạch.",
                    "The document has no paragraph outside its tables: no plan recognised.")
NO_TASKS = Say("Không tìm thấy nhiệm vụ nào: văn bản không có dòng “Cơ quan chủ trì…:” hay bảng phân công (STT | "
               "Nhiệm vụ | Cơ quan chủ trì …). Đây có phải văn bản kế hoạch không?",
               "No task found: the document has no “Cơ quan chủ trì…:” line and no assignment table (STT | Nhiệm vụ "
               "| Cơ quan chủ trì …). Is this a plan?")
NO_KIND = Say("Không thấy loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH, QUYẾT ĐỊNH…) ở phần đầu: đây có phải văn bản kế "
              "hoạch không?",
              "No document kind (KẾ HOẠCH, CHƯƠNG TRÌNH, QUYẾT ĐỊNH…) in the header: is this a plan?")
NO_ROMAN = Say("Không thấy mục nào đánh số La Mã (I., II., …): không nhận ra thân văn bản.",
               "No section numbered in Roman numerals (I., II., …): the body was not recognised.")
MERGED_DOWN = Say("{where}: ô ở cột “{column}” được gộp với dòng trên (gộp ô theo chiều dọc), nên không biết giá trị "
                  "thuộc chỉ tiêu nào. Hãy tách ô trong Word (Bố cục → Tách ô) và ghi giá trị vào từng dòng, rồi chạy "
                  "lại.",
                  "{where}: the cell in column “{column}” is merged with the row above (vertically), so which "
                  "indicator its value belongs to is unknown. Split the cell in Word (Layout → Split Cells), write "
                  "the value on each row, and run again.")
MERGED_ACROSS = Say("{where}: ô ở cột “{column}” được gộp sang cột “{next}” (gộp ô theo chiều ngang), nên không biết "
                    "giá trị thuộc năm nào. Hãy tách ô trong Word (Bố cục → Tách ô), ghi giá trị vào từng cột, rồi "
                    "chạy lại.",
                    "{where}: the cell in column “{column}” is merged into column “{next}” (horizontally), so which "
                    "year its value belongs to is unknown. Split the cell in Word (Layout → Split Cells), write the "
                    "value in each column, and run again.")

# --- refusals: the repository (write.py) --------------------------------------------------------------
BAD_PLAN_ID = Say("Mã kế hoạch '{id}' chỉ được gồm chữ thường không dấu, số và dấu '-' (ví dụ xa-hoa-binh-2026).",
                  "Plan id '{id}' may hold only unaccented lower-case letters, digits and '-' (e.g. "
                  "xa-hoa-binh-2026).")
NO_REGISTRY = Say("Không thấy {registry} trong {root}: hãy chạy lệnh ở thư mục gốc của kho (có plan/, indicators/).",
                  "No {registry} in {root}: run the command at the repository's root (holding plan/, indicators/).")
PLAN_EXISTS = Say("Kế hoạch '{id}' đã có (plan/{id}/ hoặc indicators/{id}/); không ghi đè. Hãy chọn mã khác với --id.",
                  "Plan '{id}' exists (plan/{id}/ or indicators/{id}/); nothing is overwritten. Choose another --id.")
REGISTRY_UNREADABLE = Say("{registry} không đọc được; hãy chạy plansite validate và sửa trước.",
                          "{registry} cannot be read; run plansite validate and fix it first.")
REGISTRY_HAS_NO_LIST = Say("{registry} không có danh sách 'agencies:'; hãy sửa tệp rồi chạy lại.",
                           "{registry} has no 'agencies:' list; fix the file and run again.")
CANNOT_WRITE = Say("Không ghi được tệp ({error}): {path}.", "Could not write the file ({error}): {path}.")

# --- review notes: bodies and times (core.py) -------------------------------------------------------------
NEW_BODY = Say("Cơ quan “{name}” chưa có trong plan/agencies.yml: đã đề xuất mã '{id}' (loại {kind}, đoán theo tên). "
               "Hãy kiểm tra, hoặc ghi tên này vào 'variants' của cơ quan đã có và sửa mã trong kế hoạch.",
               "Body “{name}” is not in plan/agencies.yml: proposed id '{id}' (kind {kind}, guessed from the name). "
               "Check it, or add the name to the 'variants' of an existing body and fix the id in the plan.")
ABBREVIATION = Say("“{text}” đọc là viết tắt của “{name}” ('{id}'). Nếu đúng, thêm “{text}” vào 'variants' của cơ "
                   "quan này trong plan/agencies.yml.",
                   "“{text}” read as an abbreviation of “{name}” ('{id}'). If right, add “{text}” to that body's "
                   "'variants' in plan/agencies.yml.")
TIMEFRAME_UNREAD = Say("Nhiệm vụ {task}: chưa hiểu thời gian “{value}”; đã tạm ghi kind: thuong-xuyen. Hãy chọn "
                       "thuong-xuyen, tu-nam (start_year), den-nam (end_year), dinh-ky (recurrence) hoặc "
                       "khi-phat-sinh.",
                       "Task {task}: time “{value}” not understood; wrote kind: thuong-xuyen for now. Choose "
                       "thuong-xuyen, tu-nam (start_year), den-nam (end_year), dinh-ky (recurrence) or khi-phat-sinh.")

# --- review notes: what found no place (core.py, paragraphs.py) ------------------------------------------
UNPLACED_SECTION = Say("Phần chưa xếp được (do công cụ nhập ghi lại, hãy xếp vào đúng chỗ rồi xoá mục này)",
                       "Not yet placed (kept by the importer: move each to its place, then delete this section)")
UNPLACED = Say("Chưa xếp được vào phần nào, đã giữ ở mục cuối của body: “{text}”.",
               "Fits no part; kept in the last section of body: “{text}”.")
OTHER_TABLE = Say("Bảng này không phải bảng phân công hay bảng chỉ tiêu: nội dung giữ ở phần chưa xếp.",
                  "This table is neither an assignment table nor an indicator table: its content is kept unplaced.")
JOINED_LINE = Say("Đoạn bắt đầu bằng chữ thường, đã nối vào đoạn trước ({previous}): kiểm tra câu “…{text}”.",
                  "A paragraph starting in lower case was joined to the one before ({previous}): check “…{text}”.")
APPENDIX_TITLE = Say("Phụ lục {number}", "Appendix {number}")
APPENDIX_UNNUMBERED = Say("Phụ lục", "Appendix")

# --- review notes: tasks (paragraphs.py, task_tables.py) ------------------------------------------------
NO_NUMBERED_ITEMS = Say("Mục nhiệm vụ không có khoản đánh số (1., 2., …).",
                        "The tasks' section has no numbered items (1., 2., …).")
TWO_LINES = Say("Nhiệm vụ {task} có hai dòng “{label}”: đã giữ dòng đầu, dòng này chưa xếp.",
                "Task {task} has two “{label}” lines: kept the first; this one is unplaced.")
NO_TASK_LINES = Say("Nhiệm vụ {task} không có dòng cơ quan chủ trì, phối hợp, thời gian: để null (kế hoạch không "
                    "nêu). Kiểm tra lại văn bản.",
                    "Task {task} has no lead, coordinating or time line: left null (the plan names none). Check the "
                    "document.")
NO_TIME_LINE = Say("Nhiệm vụ {task} không có dòng thời gian thực hiện: để null.",
                   "Task {task} has no time line: left null.")
TASK_ID_REPEATED = Say("Mã nhiệm vụ '{id}' lặp {times} lần (số thứ tự đánh lại trong mỗi nhóm): hãy đặt mã riêng "
                       "cho từng nhiệm vụ.",
                       "Task id '{id}' occurs {times} times (numbering restarts in each group): give each task its "
                       "own id.")
ROW_UNNUMBERED = Say("Dòng không có số thứ tự: đã đặt mã nhiệm vụ '{id}'.",
                     "Row without a number: task id '{id}' given.")
TASK_ROW_NO_TEXT = Say("(dòng không có nội dung nhiệm vụ)", "(the row has no task text)")
TASK_CELL_EMPTY = Say("Nhiệm vụ {task}: ô nhiệm vụ trống.", "Task {task}: the task cell is empty.")
LEAD_CELL_EMPTY = Say("Nhiệm vụ {task}: ô cơ quan chủ trì trống, để null (kế hoạch không nêu).",
                      "Task {task}: the lead body's cell is empty; left null (the plan names none).")

# --- review notes: indicators (indicator_tables.py, write.py) -------------------------------------------
YEAR_BEFORE_ISSUE = Say("Cột “{column}” (năm trước năm ban hành) đọc là số thực hiện năm {year} (baselines), không "
                        "phải mục tiêu: hãy kiểm tra.",
                        "Column “{column}” (a year before the plan was signed) read as what was done in {year} "
                        "(baselines), not a target: check it.")
NO_NAME_COLUMN = Say("Không thấy cột tên chỉ tiêu; đã coi cột {column} là tên.",
                     "No indicator-name column; took column {column} as the name.")
MARK_COLUMN = Say("Cột đánh dấu “{column}”: đã đặt mã '{id}', tên ngắn “{name}”, nhãn '{tag}'. Ghi 'document' (mã "
                  "văn bản trong implements) nếu cột nói tới một văn bản.",
                  "Mark column “{column}”: id '{id}', short name “{name}”, tag '{tag}'. Add 'document' (a document "
                  "id in implements) if the column refers to a document.")
GROUP_UNNAMED = Say("(chưa có tên nhóm)", "(group not yet named)")
GROUP_MADE = Say("Bảng chỉ tiêu không có dòng nhóm và không có tiêu đề: đã tạo nhóm '{id}', hãy đặt tên.",
                 "The indicator table has no group rows and no title: made group '{id}'; name it.")
NAME_CELL_EMPTY = Say("Chỉ tiêu {id}: ô tên trống.", "Indicator {id}: the name cell is empty.")
SEVERAL_REPORTING = Say("Cột “{column}” nêu {count} cơ quan: cơ quan báo cáo tạm là cơ quan đầu tiên ('{first}').",
                        "Column “{column}” names {count} bodies: the first ('{first}') reports for now.")
NOTE_LABEL = Say("Ghi chú", "Note")
EMPTY_NUMBER = Say("(trống)", "(empty)")
SUB_ROWS_UNNUMBERED = Say("Các dòng “{number}” dưới chỉ tiêu {id} không có số: đã đặt mã {id}.a, {id}.b, … theo thứ "
                          "tự.",
                          "Rows “{number}” under indicator {id} have no number: ids {id}.a, {id}.b, … given in order.")
INDICATOR_UNNUMBERED = Say("Dòng chỉ tiêu không có số thứ tự đọc được: đã đặt mã {id}.",
                           "An indicator row has no readable number: id {id} given.")
LEVEL_BELOW = Say("Chưa {level}", "Not yet {level}")
DIRECTION_FROM_BASELINE = Say("trang này đọc từ số thực hiện trước kế hoạch và mục tiêu",
                              "this site reads it from the figure before the plan and the targets")
NO_DIRECTION = Say("{count} chỉ tiêu chưa suy được hướng (tăng hay giảm là tốt) từ dãy mục tiêu; đã tạm ghi "
                   "direction: higher, direction_basis: site: {ids}.",
                   "{count} indicators whose direction (is up or down better) the targets do not show; wrote "
                   "direction: higher, direction_basis: site for now: {ids}.")
LEVELS_GUESSED = Say("Chỉ tiêu định tính (mục tiêu bằng chữ), thang mức 'levels' tạm lấy từ chính các mục tiêu, cần "
                     "sắp từ thấp đến cao và bổ sung: {ids}.",
                     "Qualitative indicators (targets in words): 'levels' taken from the targets themselves; order "
                     "them from low to high and complete them: {ids}.")
NO_REPORTING_BODY = Say("Kế hoạch không phân công cơ quan báo cáo chỉ tiêu (nhóm {groups}): tạm ghi "
                        "assigned.reporting_agency: {issuer} (cơ quan ban hành). Hãy giao cho cơ quan theo dõi từng "
                        "nhóm.",
                        "The plan assigns no body to report the indicators (groups {groups}): wrote "
                        "assigned.reporting_agency: {issuer} (the issuer) for now. Give each group its body.")

# --- review notes and placeholders: plan.yml (plan_file.py) ---------------------------------------------
TITLE_UNREAD = Say("(chưa đọc được trích yếu)", "(title not read)")
SHORT_TITLE = Say("Tên ngắn (short_title) do công cụ đặt từ trích yếu: “{short}”. Hãy rút gọn cho dễ đọc.",
                  "Short title made by the tool from the title: “{short}”. Shorten it for readers.")
BASIS_NOT_LINKED = Say("Văn bản căn cứ chưa được ghi vào 'implements' (cần mã cơ quan ban hành, ngày, trích yếu): "
                       "{refs}.",
                       "Documents the plan rests on are not yet in 'implements' (needs issuer id, date, title): "
                       "{refs}.")
NO_SIGNER = Say("Không đọc được khối chữ ký (KT./TM./TL. …, chức vụ, họ tên): signer để null.",
                "The signature block (KT./TM./TL. …, title, name) was not read: signer left null.")
ISSUER_FROM_TEXT = Say("Cơ quan ban hành đoán theo câu “…của {words}…” là '{issuer}' (phần đầu văn bản không ghi tên "
                       "cơ quan). Hãy kiểm tra 'issuer'.",
                       "Issuer guessed as '{issuer}' from “…của {words}…” (the header names no body). Check "
                       "'issuer'.")
NO_ISSUER = Say("Không đọc được cơ quan ban hành: 'issuer' đang là 'chua-xac-dinh-co-quan-ban-hanh'; hãy ghi mã cơ "
                "quan trong plan/agencies.yml (plansite validate báo lỗi tới khi sửa).",
                "The issuer was not read: 'issuer' is 'chua-xac-dinh-co-quan-ban-hanh'; write a body id from "
                "plan/agencies.yml (plansite validate reports it until then).")
PLACE_UNKNOWN = Say("(chưa xác định địa bàn)", "(place not determined)")
NO_PLACE = Say("Không suy được địa bàn từ tên cơ quan ban hành: hãy ghi 'place'.",
               "The place could not be read from the issuer's name: write 'place'.")
NUMBER_UNWRITTEN = Say("(văn bản không ghi số)", "(the document has no number)")
NO_NUMBER_LINE = Say("Không thấy dòng “Số: …”: 'number' để trống.", "No “Số: …” line: 'number' left empty.")
NUMBER_BLANK = Say("Số văn bản để trống (“{written}”): giữ value: null, không tự điền.",
                   "The document number is blank (“{written}”): value stays null, not filled in.")
PLACE_DATE_UNWRITTEN = Say("(văn bản không ghi địa danh, ngày tháng)", "(the document has no place and date)")
UNDETERMINED = Say("(chưa xác định)", "(not determined)")
NO_PLACE_DATE = Say("Không thấy dòng địa danh, ngày tháng: 'place_date' cần điền.",
                    "No place and date line: 'place_date' needs filling in.")
DATE_BLANK = Say("Ngày ký để trống (“{written}”): date: null.", "The signing date is blank (“{written}”): date: null.")
NO_YEAR = Say("Không đọc được năm ban hành: period.start và place_date.year cần điền.",
              "The year of issue was not read: period.start and place_date.year need filling in.")
PERIOD_GUESSED = Say("Thời kỳ {start}–{end} suy từ năm ban hành và các năm trong tên, mục tiêu (tên văn bản không ghi "
                     "rõ): hãy kiểm tra 'period'.",
                     "Period {start}–{end} inferred from the year of issue and the years in the title and targets "
                     "(the title does not say): check 'period'.")
DECISION_UNNUMBERED = Say("(không ghi số)", "(no number)")
DECISION_INCOMPLETE = Say("Quyết định ban hành thiếu số hoặc ngày: đã dùng của văn bản kèm theo, hãy kiểm tra "
                          "'decision'.",
                          "The decision lacks a number or date: used the attached document's; check 'decision'.")

# --- the draft's files and the registry (write.py) ------------------------------------------------------
DRAFT_BANNER = Say("# Bản nháp do `plansite import-plan` nhập từ {document}: hãy đối chiếu với văn bản theo danh sách\n"
                   "# cần xem lại mà lệnh đã in ra, rồi xoá dòng \"draft: true\" khi đã xong.\n",
                   "# Draft imported by `plansite import-plan` from {document}: check it against the document with\n"
                   "# the review list the command printed, then delete the line \"draft: true\" when done.\n")
PROPOSED_BODIES = Say("# Đề xuất bởi `plansite import-plan` cho kế hoạch {plan}: CẦN XEM LẠI (tên, loại, cấp, cơ quan "
                      "cấp trên).\n",
                      "# Proposed by `plansite import-plan` for plan {plan}: TO REVIEW (name, kind, level, parent "
                      "body).\n")

# --- the command (write.py) ------------------------------------------------------------------------------
NOTHING_WRITTEN = Say("Chưa có gì được ghi.", "Nothing was written.")
UNFORESEEN = Say("công cụ nhập gặp một trường hợp chưa lường trước ({error}). Chưa có gì được ghi. Hãy gửi tệp văn "
                 "bản này cho người phụ trách kỹ thuật để sửa công cụ.",
                 "the importer met a case no rule foresaw ({error}). Nothing was written. Send this document to "
                 "whoever maintains the tool.")
DRAFTED = Say("Đã nhập bản nháp kế hoạch '{id}' từ {document}: {tasks} nhiệm vụ, {indicators} chỉ tiêu ({groups} "
              "nhóm), {bodies} cơ quan mới đề xuất.",
              "Drafted plan '{id}' from {document}: {tasks} tasks, {indicators} indicators ({groups} groups), "
              "{bodies} new bodies proposed. Review list in Vietnamese:")
WROTE = Say("Đã ghi {path}", "Wrote {path}")
REVIEW_HEAD = Say("Cần xem lại ({count} mục):", "To review ({count} items):")
NEXT_STEPS = Say("Sửa theo danh sách trên, chạy plansite validate, rồi xoá dòng “draft: true” trong plan.yml khi đã "
                 "đối chiếu xong.",
                 "Fix what the list says, run plansite validate, then delete “draft: true” in plan.yml once checked.")
HELP_COMMAND = Say("nhập bản nháp một kế hoạch từ văn bản (.docx hoặc .txt)",
                   "import a plan's draft from its document (.docx or .txt)")
HELP_DOCUMENT = Say("tệp văn bản kế hoạch: .docx hoặc .txt (UTF-8)", "the plan's document: .docx or .txt (UTF-8)")
HELP_ID = Say("mã kế hoạch mới, chữ thường không dấu nối bằng '-'",
              "the new plan's id, unaccented lower case joined by '-'")
