"""What the data layer says to whoever edits the YAML: every message once, Vietnamese beside English.

The same reader as the checks' messages (generator/checks/messages.py, where the reason for a typed
table rather than gettext is written): a member of staff or a volunteer who typed a file and runs
`plansite validate`, or sees the message in the CI log. These are the messages of a single file:
reading it (yamlsource.py), loading it (load.py), its shape (problems.py turns pydantic's errors
into these words), a target or an amended value that cannot be read (targets.py, amendments.py).
A message both catalogues say is kept here, the lower layer, and the checks' table takes it from
here (NO_PLAN, OR).

`Say(vi, en)(**fields)` gives the (vi, en) pair a Problem carries. A field named `*_vi` or `*_en`
belongs to one language only (the English quotes PyYAML's own words, for instance).
"""
from __future__ import annotations

from generator.text.say import Say


# --- every problem line (problems.py: Problem.format) ---------------------------------------------
ERROR = Say("lỗi", "error")
WARNING = Say("cảnh báo", "warning")
HINT = Say("gợi ý", "hint")
DID_YOU_MEAN = Say("có phải ý bạn là '{match}'?", "did you mean '{match}'?")
# Joins the kinds of value a field may take ("một số hoặc chữ"); the checks join agencies with it.
OR = Say(" hoặc ", " or ")

# --- a file's shape, as pydantic reports it (problems.py) -------------------------------------------
# What a key is called when pydantic names none; the English says it in Vietnamese too, as it always has.
SOME_VALUE = Say("giá trị", "value")
# Pydantic error types → what a civil servant should read.
TYPE_MESSAGES = {
    "missing": Say("thiếu khóa bắt buộc '{field}'", "required key '{field}' is missing"),
    "extra_forbidden": Say("khóa '{field}' không có trong mẫu (gõ sai tên?)", "unknown key '{field}' (a typo?)"),
    "string_type": Say("'{field}' phải là chữ", "'{field}' must be text"),
    "int_type": Say("'{field}' phải là số nguyên", "'{field}' must be a whole number"),
    "int_parsing": Say("'{field}' phải là số nguyên", "'{field}' must be a whole number"),
    "int_from_float": Say("'{field}' phải là số nguyên", "'{field}' must be a whole number"),
    "bool_type": Say("'{field}' phải là true hoặc false", "'{field}' must be true or false"),
    "bool_parsing": Say("'{field}' phải là true hoặc false", "'{field}' must be true or false"),
    "list_type": Say("'{field}' phải là một danh sách (các dòng bắt đầu bằng '- ')", "'{field}' must be a list"),
    "model_type": Say("'{field}' phải là một nhóm khóa: giá trị", "'{field}' must be a mapping of key: value"),
    "dict_type": Say("'{field}' phải là một nhóm khóa: giá trị", "'{field}' must be a mapping"),
    "date_type": Say("'{field}' phải là ngày dạng YYYY-MM-DD", "'{field}' must be a date YYYY-MM-DD"),
    "date_parsing": Say("'{field}' phải là ngày dạng YYYY-MM-DD", "'{field}' must be a date YYYY-MM-DD"),
    "date_from_datetime_parsing": Say("'{field}' phải là ngày dạng YYYY-MM-DD", "'{field}' must be a date YYYY-MM-DD"),
    "greater_than_equal": Say("'{field}' nhỏ hơn mức cho phép ({ge})", "'{field}' is below the minimum ({ge})"),
    "less_than_equal": Say("'{field}' lớn hơn mức cho phép ({le})", "'{field}' is above the maximum ({le})"),
    "string_too_long": Say("'{field}' quá dài (tối đa {max_length} ký tự)", "'{field}' is too long (max {max_length})"),
    "string_too_short": Say("'{field}' không được để trống", "'{field}' must not be empty"),
    "too_short": Say("'{field}' cần ít nhất {min_length} mục", "'{field}' needs at least {min_length} item(s)"),
    "literal_error": Say("'{field}' phải là một trong: {expected}", "'{field}' must be one of: {expected}"),
    "string_pattern_mismatch": Say("'{field}' không đúng dạng", "'{field}' has the wrong form"),
    "float_type": Say("'{field}' phải là một số", "'{field}' must be a number"),
    "float_parsing": Say("'{field}' phải là một số", "'{field}' must be a number"),
    "finite_number": Say("'{field}' phải là một số hữu hạn", "'{field}' must be a finite number"),
    "int_parsing_size": Say("'{field}' là số quá lớn", "'{field}' is too large a number"),
    "union_type": Say("'{field}' phải là {members_vi}", "'{field}' must be {members_en}"),
}
# Any other pydantic error: its own (English) words inside ours.
INVALID = Say("'{field}' không hợp lệ ({msg})", "'{field}': {msg}")
# The members of a union, as pydantic names them → words.
MEMBER_WORDS = {"float": Say("một số", "a number"), "int": Say("một số", "a number"), "str": Say("chữ", "text"),
                "bool": Say("true/false", "true/false"), "date": Say("ngày YYYY-MM-DD", "a date YYYY-MM-DD")}
# The codes model.py raises for a value YAML read as something else.
VALUE_ERRORS = {
    "float_id": Say("mã {input} bị YAML đọc thành số {number}; hãy đặt trong dấu nháy: '{input}'",
                    "id {input} was read by YAML as the number {number}; quote it: '{input}'"),
    "bool_id": Say("mã {input} bị đọc thành true/false; hãy đặt trong dấu nháy: '{input}'",
                   "id {input} was read as true/false; quote it: '{input}'"),
    "float_target": Say("mục tiêu {input} phải viết như trong kế hoạch, trong dấu nháy, với dấu phẩy thập phân "
                        "(ví dụ '62,5')",
                        "target {input} must be text as in the plan, quoted, with a decimal comma (e.g. '62,5')"),
    "bool_target": Say("mục tiêu {input} bị đọc thành true/false; hãy đặt trong dấu nháy: '{input}'",
                       "target {input} was read as true/false; quote it: '{input}'"),
    "bool_value": Say("'value' là {input}, không phải một số; hãy ghi số đo được, ví dụ \"3,8\"",
                      "'value' is {input}, not a number; give the measured figure, e.g. \"3,8\""),
}
URL_HINT = Say("đường dẫn phải bắt đầu bằng http:// hoặc https://", "links must start with http:// or https://")
ID_FORM_HINT = Say("mã chỉ gồm chữ thường không dấu, số và dấu '-', ví dụ phong-noi-vu",
                   "ids use lowercase ASCII letters, digits and '-', e.g. phong-noi-vu")
CURLY_QUOTES_HINT = Say("dấu nháy cong (“ ” ‘ ’, do Word hay điện thoại tự đổi) là một phần của chữ; hãy bỏ chúng: {bare}",
                        "curly quotes (“ ” ‘ ’, from Word or autocorrect) become part of the text; remove them: {bare}")
LABEL_NOT_CODE_HINT = Say("'{typed}' là tên hiển thị; trong tệp hãy ghi mã: {code}",
                          "'{typed}' is the label shown on pages; the file takes the code: {code}")
READ_AS_NOT_TEXT_HINT = Say("YAML đọc {typed} thành số/ngày/true-false; nếu là chữ, hãy đặt trong dấu nháy: '{typed}'",
                            "YAML read {typed} as a number/date/true-false; if it is text, quote it: '{typed}'")

# --- reading a YAML file (yamlsource.py) ------------------------------------------------------------
TAG_NOT_ALLOWED = Say("Thẻ YAML '{tag}' không được phép; hãy bỏ nó.", "YAML tag '{tag}' is not allowed; remove it.")
KEY_REPEATS_IN_ENTRY = Say(
    "Khóa '{key}' lặp lại trong cùng một mục (mục bắt đầu ở dòng {line}): có lẽ thiếu dấu '- ' trước '{key}' để mở "
    "mục mới. Hãy viết '- {key}: …' thẳng cột với '- {key}' ở dòng {line}.",
    "Key '{key}' repeats inside one entry (the entry starting on line {line}): probably the '- ' before '{key}' is "
    "missing. Write '- {key}: …' aligned with the '- {key}' on line {line}.")
KEY_TWICE = Say("Khóa '{key}' xuất hiện hai lần (lần đầu ở dòng {line}); hãy xoá một lần.",
                "Key '{key}' appears twice (first on line {line}); remove one.")
KEY_NOT_PLAIN = Say("Khóa phải là một chữ đơn giản.", "Keys must be plain scalars.")
NOT_A_REAL_DATE = Say("'{value}' không phải là ngày có thật; hãy ghi ngày dạng YYYY-MM-DD (ví dụ 2026-12-05).",
                      "'{value}' is not a real date; write it as YYYY-MM-DD (e.g. 2026-12-05).")
VALUE_UNREADABLE = Say("Giá trị '{value}' không đọc được; nếu là chữ, hãy đặt trong dấu nháy.",
                       "Value '{value}' cannot be read; if it is text, put it in quotes.")
NO_ALIASES = Say("Không dùng bí danh YAML (*tên); hãy viết đầy đủ giá trị.",
                 "YAML aliases (*name) are not allowed; write the value out.")
TOO_DEEP = Say("Tệp lồng nhau quá sâu.", "The file is nested too deeply.")
# PyYAML's complaint, told as what to do about it (yamlsource.py matches PyYAML's wording to these).
TAB_HINT = Say("có ký tự Tab; chỉ thụt lề bằng dấu cách (2 dấu cách mỗi cấp)", "a tab character; indent with spaces only")
COLON_MISSING_HINT = Say("thiếu dấu hai chấm sau tên khóa (viết 'khóa: giá trị')", "missing colon after a key; write 'key: value'")
QUOTE_OPEN_HINT = Say("dấu nháy mở ở đây chưa được đóng", "a quote opened here is never closed")
COLON_MISPLACED_HINT = Say("dấu ':' đặt sai chỗ: thụt lề sai, hoặc giá trị có dấu ':' cần đặt trong dấu nháy",
                           "a ':' in the wrong place: wrong indentation, or a value containing ':' needs quotes")
INDENT_HINT = Say("thụt lề không khớp với các dòng phía trên, hoặc dấu nháy bị thừa/thiếu",
                  "indentation does not match the lines above, or a quote is missing or extra")
LIST_NOT_CLOSED_HINT = Say("danh sách mở bằng '[' chưa được đóng bằng ']'", "a list opened with '[' is not closed with ']'")
MAPPING_NOT_CLOSED_HINT = Say("nhóm mở bằng '{{' chưa được đóng bằng '}}'", "a mapping opened with '{{' is not closed with '}}'")
ONE_DOCUMENT_HINT = Say("tệp chỉ được có một phần; hãy xoá dòng '---'", "only one document per file; remove the '---' line")
BAD_FIRST_CHARACTER_HINT = Say("giá trị không được bắt đầu bằng ký tự này; hãy đặt giá trị trong dấu nháy",
                               "a value cannot start with this character; put it in quotes")
SYNTAX_HINT = Say("kiểm tra thụt lề, dấu hai chấm và dấu nháy", "check indentation, colons and quotes")
SYNTAX_ERROR = Say("Lỗi cú pháp YAML: {hint_vi}.", "YAML syntax error: {hint_en} (PyYAML: {problem_en}).")
NBSP_INDENT = Say("Lỗi cú pháp YAML: thụt lề ở dòng này có dấu cách không ngắt ({code}, thường do sao chép từ Word hay "
                  "trang web), YAML không coi là dấu cách; hãy xoá phần thụt lề và gõ lại bằng phím cách.",
                  "YAML syntax error: the indentation on this line holds a non-breaking space ({code}, usually pasted "
                  "from Word or a web page), which YAML does not count as a space; delete the indentation and type it "
                  "again with the space bar.")
QUOTE_NOT_CLOSED = Say("Lỗi cú pháp YAML: dấu nháy mở ở đây chưa được đóng ở cuối dòng.",
                       "YAML syntax error: the quote opened here is not closed at the end of the line "
                       "(PyYAML: {problem_en}).")
TOO_LARGE = Say("Tệp lớn hơn {mb} MB; hãy chia nhỏ.", "File larger than {mb} MB; split it.")
CONTROL_CHARACTER = Say("Tệp có ký tự điều khiển không hợp lệ ({code}); hãy xoá nó.",
                        "The file holds a control character that is not allowed ({code}); delete it.")
YAML_UNREADABLE = Say("Không đọc được YAML: {error}", "Cannot read YAML: {error}")
UTF16 = Say("Tệp được lưu dạng UTF-16; hãy lưu lại với mã hoá UTF-8.", "The file is saved as UTF-16; save it as UTF-8.")
NOT_UTF8 = Say("Tệp không phải UTF-8 (có thể lưu bằng bảng mã cũ như TCVN3/VNI/Windows-1258); hãy lưu lại với mã hoá "
               "UTF-8.", "File is not UTF-8 ({reason_en}); save it as UTF-8.")

# --- a plan's files (load.py) --------------------------------------------------------------------------
CANNOT_OPEN = Say("Không mở được tệp: {error}", "Cannot open file: {error}")
FILE_EMPTY = Say("Tệp rỗng (hoặc chỉ có chú thích); hãy điền nội dung hoặc xoá tệp.",
                 "The file is empty (or only comments); fill it in or delete it.")
FILE_NOT_A_MAPPING = Say("Tệp phải là một nhóm khóa: giá trị (không rỗng).",
                         "The file must be a non-empty mapping of key: value.")
FILE_MISSING = Say("Thiếu tệp bắt buộc.", "Required file is missing.")
NO_PLAN = Say("Không tìm thấy kế hoạch nào (plan/<mã-kế-hoạch>/plan.yml).", "No plan found (plan/<plan-id>/plan.yml).")
NO_INDICATOR_FILES = Say("Kế hoạch có phụ lục chỉ tiêu nhưng không có tệp chỉ tiêu nào ({where}*.yml).",
                         "The plan has an indicator appendix but there are no indicator files ({where}*.yml).")
YAML_EXTENSION = Say("Tệp có đuôi .yaml sẽ bị bỏ qua; hãy đổi thành .yml.", "Files ending in .yaml are ignored; rename to .yml.")

# --- a target that cannot be read (targets.py; said by checks/indicators.py and amendments) ------------
# TargetError carries both languages. The English has always been briefer than the Vietnamese, which
# also says how to fix it; several readings share one English sentence.
TARGET_RANGE_REVERSED = Say("Khoảng mục tiêu '{text}' có đầu dưới lớn hơn đầu trên; hãy viết số nhỏ trước: '{low}-{high}'.",
                            "Range '{text}' has its lower end above its upper end; swap them.")
TARGET_NEGATIVE = Say("Mục tiêu '{text}' là số âm, không dùng được: '-' đứng một mình nghĩa là không đặt mục tiêu, "
                      "khoảng thì viết hai số như '2-2,5'.",
                      "Target '{text}' cannot be read. Accepted forms: 62,5 · <4 · ≥1 · 2-2,5 · - (none); "
                      "Vietnamese decimals use a comma.")
TARGET_IS_TEXT = Say("Mục tiêu '{text}' là chữ, không phải số. Nếu chỉ tiêu là định tính, hãy khai báo thang mức "
                     "'levels' (từ thấp đến cao) có chứa '{cleaned_vi}'.",
                     "Target '{text}' is text, not a number: if the indicator is qualitative, add 'levels' containing "
                     "'{text}'.")
TARGET_UNREADABLE = Say("Không hiểu mục tiêu '{text}': chỉ ghi số, không kèm đơn vị hay dấu % (đơn vị khai ở 'unit'). "
                        "Các dạng được chấp nhận: 62,5 · <4 · ≥1 · 2-2,5 · 30 - 35 · - (không đặt mục tiêu).",
                        "Target '{text}' cannot be read. Accepted forms: 62,5 · <4 · ≥1 · 2-2,5 · - (none); "
                        "Vietnamese decimals use a comma.")
TARGET_NUMBER_UNREADABLE = Say("Mục tiêu '{text}' có số không đọc được: {why_vi}.",
                               "Target '{text}' cannot be read. Accepted forms: 62,5 · <4 · ≥1 · 2-2,5 · - (none); "
                               "Vietnamese decimals use a comma.")
TARGET_NOT_A_LEVEL = Say("Mục tiêu '{text}' không có trong thang mức của chỉ tiêu; hãy ghi một trong các mức "
                         "{allowed_vi}, hoặc '-' nếu kế hoạch không đặt mục tiêu.",
                         "Target '{text}' is not one of the indicator's levels ({levels_en}).")
SCALE_EMPTY = Say("(thang mức đang trống)", "(the scale is empty)")
# A value or target measured against a scale that lacks it (the checks report it first: a program's error).
NOT_A_LEVEL = Say("'{level}' không phải một mức của chỉ tiêu; các mức là {allowed}.",
                  "'{level}' is not a level of the indicator; the levels are {allowed}.")
NO_SCALE = Say("(chưa khai báo thang mức)", "(no scale declared)")
NO_TARGET_NO_GAP = Say("Kế hoạch không đặt mục tiêu cho mốc này nên không có khoảng cách nào để đo.",
                       "The plan sets no target for this milestone, so there is no distance to measure.")
DIRECTION_INVALID = Say("Hướng '{direction}' không hợp lệ; chỉ dùng: {allowed}.",
                        "Direction '{direction}' is not valid; use one of: {allowed}.")

# --- the new value an amendment sets (amendments.py; checks/amendments.py adds its own English) ---------
AMENDED_TARGET_NOT_TEXT = Say("Mục tiêu ghi dạng chữ trong dấu nháy, đúng như văn bản (ví dụ '65' hoặc '<4').",
                              "A target is text in quotes, as the document writes it (e.g. '65' or '<4').")
AMENDED_FIELD_NEEDS_KEYS = Say("'{field}' cần các khóa: {keys} ({msg}).", "'{field}' needs the keys: {keys} ({msg}).")
AMENDED_FIELD_NEEDS_TEXT = Say("'{field}' cần một đoạn chữ.", "'{field}' needs a piece of text.")
