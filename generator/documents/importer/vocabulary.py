"""The words the importer reads in a plan document, in one place: parsing vocabulary, not messages.

These are the conventions of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP and how
offices write): the kinds of document, headings (Điều 1., PHỤ LỤC I, a)), the labels of a task's
lines ("Cơ quan chủ trì:", "Thời gian thực hiện:"), how times are written, the header's number and
place-and-date lines, the words of assignment and indicator tables' header rows, the signature
block, and how bodies' names are written (for import_bodies.py, and for the yearly report, which reads
a body's abbreviation and its parent's name by the same words). Changing a word here changes which
documents the importer understands, not what anyone reads: what the importer *says* is in
messages.py. tests/test_catalogues.py lists this module in VOCABULARY for that reason.
"""
from __future__ import annotations

import re

# --- the document's kinds and headings (common.py, header.py) ---------------------------------------------
KINDS = ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "QUYẾT ĐỊNH", "ĐỀ ÁN")
DECISION = "QUYẾT ĐỊNH"
LETTER = re.compile(r"^(?P<n>[a-zđ])\)\s*(?P<rest>.+)$")
ARTICLE = re.compile(r"^(?P<n>Điều\s+\d+)\.?\s*(?P<rest>.*)$")
APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?P<n>[IVXL]+|\d+)\b)?\s*[.:\-–]?\s*(?P<rest>.*)$")
MOTTO = re.compile(r"CỘNG H[ÒO]À XÃ HỘI|Độc lập\s*[-–]\s*Tự do", re.I)
MOTTO_WORDS = r"CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|Độc lập"      # an issuer line is never the motto's
ROW_NUMBER = r"\d+(\.\d+)*\.?|[IVXL]+\.?|[-–+]|[a-zđ][).]?"

# --- the header: number, place and date, legal basis; the end (common.py, header.py, paragraphs.py) ------
NUMBER_LABEL = "Số:"
NUMBER_LINE = r"^Số\s*:"
NUMBER_PREFIX = r"^Số\s*:?\s*"
PLACE_DATE = r"^(?P<place>[^,]+),\s*ngày\b(?P<rest>.*)$"
SIGNED_DATE = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
SIGNED_YEAR = r"năm\s+(\d{4})"
BASIS = ("Thực hiện", "Căn cứ", "Xét đề nghị", "Theo đề nghị")
CLOSING = "Trên đây là"
RECIPIENTS = "Nơi nhận"
# The signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (on behalf of, deputy for, …), then "(Đã ký)".
AUTHORITY = re.compile(r"^(KT|TM|TL|TUQ|Q|UQ)\.\s*")
SIGNS_FOR = r"\b(KT|TM|TL|TUQ)\.\s*"
SIGNED = re.compile(r"^\((đã ký|đã ký và đóng dấu|ký|chữ ký|ký, ghi rõ họ tên)[^)]*\)$", re.I)
# The documents a plan rests on, named in its preamble: "Nghị quyết số 05/NQ-HĐND ngày …".
REFS = re.compile(r"((?:Nghị quyết|Kế hoạch|Chương trình hành động|Chương trình|Quyết định|Chỉ thị|Kết luận|"
                  r"Thông báo|Nghị định|Thông tư)\s+số\s+[\w/.\-– ]+?)(?=,|\s+ngày|\s+của|\))")
# "Kế hoạch của <cơ quan> về …": the issuer named in the closing sentence or the appendix caption.
ISSUER_IN_TEXT = r"\bcủa\s+(.+?)(?:\s+về\b|\)|\./\.|\.$|$)"
YEAR_IN_TITLE = r"\bnăm {year}\b"

# --- places and levels (common.py, plan_file.py) ------------------------------------------------------------
UBND = r"^UBND\b"
UBND_FULL = "ỦY BAN NHÂN DÂN"                       # what "UBND" stands for at the head of an issuer line
LEVEL_AND_NAME = r"\b(tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|đặc khu)\s+(.+)$"
COMMUNE_LEVEL = r"\b(xã|phường|thị trấn|đặc khu)\b"
DISTRICT_WORD = "huyện"

# --- a task's lines and its time (common.py, paragraphs.py) ------------------------------------------------
TIME_WORDS = ("thời gian", "thời hạn", "tiến độ")
BODY_LABEL_STARTS = ("cơ quan", "đơn vị", "chủ trì", "phối hợp", "bộ phận")
LEAD_WORDS = ("chủ trì", "đơn vị thực hiện", "cơ quan thực hiện", "cơ quan tham mưu", "đơn vị tham mưu",
              "cơ quan chịu trách nhiệm", "đơn vị chịu trách nhiệm", "đơn vị đầu mối", "cơ quan đầu mối")
COORD_WORDS = ("phối hợp", "phth")
RECURRENCE = (("thang", r"hằng tháng|hàng tháng|mỗi tháng"), ("quy", r"hằng quý|hàng quý|mỗi quý|định kỳ quý"),
              ("6-thang", r"0?6 tháng(\s*/\s*lần|\s+một lần|\s+1 lần)|sáu tháng|hằng 6 tháng|định kỳ 6 tháng"),
              ("nam", r"hằng năm|hàng năm|mỗi năm|định kỳ năm"))
WHEN_ARISING = r"khi (có )?(phát sinh|có yêu cầu|cần thiết)"
ONGOING_WORDS = ("thường xuyên", "liên tục")
FROM_YEAR_ON = r"(các năm tiếp theo|trở đi|^từ)"
TASKS_WORD = r"nhiệm vụ"                              # a section so titled holds the tasks
POINTS_TO_APPENDIX = r"\b(chi tiết|cụ thể|theo)\b[^.]{0,40}\bphụ lục\b"
APPENDIX_WORD = r"phụ lục"

# --- tables: which kind a table is, and its columns by their header's words (core.py, task_tables.py,
# indicator_tables.py) -----------------------------------------------------------------------------------------
TASK_TABLE_TEXT = r"nhiệm vụ|nội dung|công việc"
TASK_TABLE_BODIES = r"chủ trì|thực hiện|phối hợp"
INDICATOR_TABLE_UNIT = r"đơn vị|đvt"
TASK_COLUMNS = {"number": ("stt", "tt", "số tt", "số thứ tự"),
                "text": ("nhiệm vụ", "nội dung", "tên nhiệm vụ", "công việc"),
                "lead": ("chủ trì", "đơn vị thực hiện", "cơ quan thực hiện", "chịu trách nhiệm", "đầu mối"),
                "coordinating": ("phối hợp",), "result": ("kết quả", "sản phẩm"),
                "timeframe": ("thời gian", "thời hạn", "tiến độ"), "note": ("ghi chú",)}
NUMBER_HEADER = r"s?tt|số tt|số thứ tự"
REPORTING = re.compile(r"^(cơ quan|đơn vị|bộ phận)\b.*\b(theo dõi|chịu trách nhiệm|thực hiện|chủ trì|báo cáo|phụ trách|"
                       r"đầu mối)")
UNIT_ABBREVIATION, UNIT_HEADER, UNIT_SHORT = "đvt", "đơn vị tính", "đơn vị"
DONE_HEADER = r"\b(ước|thực hiện|th)\b"
ESTIMATE_WORD = "ước"
TARGET_HEADER = r"mục tiêu|kế hoạch|lộ trình"
TARGET_HEADER_WIDE = r"mục tiêu|kế hoạch|lộ trình|đến năm|phấn đấu"
NAME_HEADER_WORDS = ("chỉ tiêu", "nội dung", "tên")
MARK_PREFIX = r"^(Tại|Theo|Thuộc)\s+"                 # "Tại xã …", "Theo Nghị quyết …": a mark column's name
SUB_ROW_NUMBER = r"[a-zđ][).]?|[-–+*]"
SUB_LETTER = r"([a-zđ])[).]?"

# --- bodies' names (import_bodies.py) ---------------------------------------------------------------------
# Old ("hoá") and new ("hóa") accent placement are both correct Vietnamese: the same body.
TONE_SPELLINGS = {"oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uý": "úy", "uỳ": "ùy", "uỷ": "ủy",
                  "uỹ": "ũy", "uỵ": "ụy", "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe"}
AND_WORD = "và"
D_STROKE = str.maketrans("đĐ", "dD")                # ids are unaccented: "đ" is "d"
BODY_SEPARATORS = re.compile(r"(\s*;\s*|\s*,\s*|\s+và\s+)")
# Words a body's name starts with: a part starting so begins a new body, not the tail of the last one.
BODY_HEADS = re.compile(r"^(phòng|văn phòng|vp|tt|trung tâm|ubnd|ủy ban|uỷ ban|ban|sở|bảo hiểm|các|hội|đoàn|"
                        r"mặt trận|công an|ban chỉ huy|bộ|cục|chi cục|tòa án|viện|huyện|tỉnh|đảng|liên đoàn|"
                        r"ngân hàng|kho bạc)\b")
# How a body's name starts, in full and abbreviated: the head of an abbreviation signature.
BODY_HEAD_FORMS = [("văn phòng", "vp"), ("ủy ban nhân dân", "ubnd"), ("trung tâm", "tt"), ("phòng", "phòng"),
                   ("ubnd", "ubnd"), ("vp", "vp"), ("tt", "tt"), ("sở", "sở"), ("ban", "ban")]
# An abbreviation a plan uses for a body ("LĐTBXH" in "Lưu: VT, LĐTBXH"): the yearly report's number symbol.
BODY_ABBREVIATION = re.compile(r"[A-ZĐ&]{2,}")
# The header of the yearly report shortens the parent body's name as headers do ("Ủy ban nhân dân" → "UBND").
PEOPLES_COMMITTEE = re.compile(r"^(Ủy|Uỷ) ban nhân dân", re.IGNORECASE)
BODY_LEVEL_WORDS = re.compile(r"\s+(huyện|xã|tỉnh|thị xã|thành phố|phường|thị trấn)$")
# The registry kind a new body most likely has, by how its (normalised) name starts: the first that fits.
KIND_BY_NAME_START = ((("các ", "ubnd các"), "tap-the"),
                      (("phòng", "văn phòng"), "co-quan-chuyen-mon"),
                      (("trung tâm", "trường", "bệnh viện"), "don-vi-su-nghiep"),
                      (("ubnd", "ủy ban nhân dân", "hđnd", "sở"), "chinh-quyen"),
                      (("huyện ủy", "tỉnh ủy", "đảng ủy", "ban chấp hành"), "dang"),
                      (("mặt trận", "ủy ban mặt trận", "hội", "đoàn", "ban", "liên đoàn"), "mat-tran-doan-the"))
