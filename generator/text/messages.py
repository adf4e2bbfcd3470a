"""What the number readers say to whoever types a figure (in a YAML file or a workbook cell),
Vietnamese beside English.

numbers.py reads what people type and refuses to guess: these are its reasons, each with how to
write the number instead. They reach the reader through the checks (plansite validate) and the
workbook import, which add the file and line. The staff guide (docs/huong-dan.md) quotes
NOT_A_NUMBER; tests/test_guide.py compares. A typed table rather than gettext for the reasons
written in checks/messages.py. A field named `*_vi` or `*_en` belongs to one language only.
"""
from __future__ import annotations

from generator.text.say import Say


# --- a number that cannot be read (numbers.py: parse_number) -----------------------------------------
CELL_EMPTY = Say("Ô này trống; hãy nhập một số, ví dụ 3,8", "This cell is empty; enter a number, e.g. 3,8")
# The English is what read_reported says in its place: one sentence, whatever the hint.
NOT_A_NUMBER = Say("'{raw}' không phải là số; hãy nhập {hint_vi}",
                   "'{raw}' is not a number; write digits with a decimal comma, no unit or %, e.g. '3,8'.")
A_NUMBER = Say("một số, ví dụ 3,8", "a number, e.g. 3,8")   # the hint when the typed text gives none
NOT_SHOWABLE = Say("Không thể hiển thị {x} như một số.", "Cannot show {x} as a number.")   # a program's error

# --- a reported value that must not be guessed at (numbers.py: read_reported) --------------------------
TRUE_FALSE = Say("'{value}' không phải là số.", "'{value}' is not a number.")
CURLY_QUOTES = Say("'{typed}' có dấu nháy cong (“ ” hay ‘ ’, thường do Word hay điện thoại tự đổi); YAML chỉ hiểu dấu "
                   "nháy thẳng. Hãy ghi {written} với dấu nháy thẳng \" trên bàn phím.",
                   "'{typed}' has curly quotes (“ ” or ‘ ’, usually from Word or a phone's autocorrect); YAML only "
                   "knows straight quotes. Write {written} with the keyboard's straight \".")
TWO_READINGS = Say("'{typed}' có hai cách đọc: {decimal_vi} (nếu dấu chấm là dấu thập phân) hoặc {thousands} (nếu dấu "
                   "chấm ngăn cách hàng nghìn); trang không đoán. Nếu là {decimal_vi}, hãy ghi {decimal_written}; nếu "
                   "là {thousands}, hãy ghi {thousands_written}.",
                   "'{typed}' reads two ways: {decimal_en} (a decimal point) or {thousands} (a thousands separator); "
                   "the site does not guess. For {decimal_en} write {decimal_written}; for {thousands} write "
                   "{thousands_written}.")
DECIMAL_POINT = Say("'{typed}' dùng dấu chấm thập phân, còn số liệu ở đây viết dấu phẩy thập phân (dấu chấm chỉ ngăn "
                    "cách hàng nghìn); trang không đoán. Nếu là {decimal_vi}, hãy ghi {decimal_written}.",
                    "'{typed}' uses a decimal point, but figures here use a decimal comma (a dot only groups "
                    "thousands); the site does not guess. For {decimal_en} write {decimal_written}.")
NOT_A_REAL_NUMBER = Say("'value' phải là một số thật: '{typed}' không phải cách viết số ở đây; hãy ghi chữ số với dấu "
                        "phẩy thập phân, ví dụ {example}.",
                        "'value' must be a real number: '{typed}' is not how figures are written here; write digits "
                        "with a decimal comma, e.g. {example}.")

# --- a value this indicator cannot take, or one far from the last (numbers.py: impossible, jump) -------
OUTSIDE_A_SHARE = Say("{shown} nằm ngoài khoảng 0–100 % của một tỉ lệ; hãy kiểm tra lại số (ví dụ 60,5 chứ không phải "
                      "0,605 hay 6050).",
                      "{shown} is outside the 0–100 % a share can take; check the figure (e.g. 60,5, not 0,605 or 6050).")
NEGATIVE = Say("{shown} là số âm; chỉ tiêu này không thể âm.", "{shown} is negative; this indicator cannot be.")
JUMP_POINTS = Say("thay đổi {points} điểm phần trăm so với số gần nhất", "moves {points} percentage points from the last value")
JUMP_TIMES = Say("gấp {times} lần số gần nhất", "{times} times the last value")
JUMP_FRACTION = Say("chỉ bằng 1/{times} số gần nhất", "1/{times} of the last value")
