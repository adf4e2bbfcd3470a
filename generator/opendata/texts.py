"""What the open data tells its readers, Vietnamese beside English: the descriptions and titles of
datapackage.json (each file, each column, the sources, the licence).

The reader is whoever opens the data package: a journalist, a researcher, a program. The column
names themselves ("indicator_id", "Year", "Value") are the data format, which programs read back,
and stay in export.py; only their descriptions are here. The published package is in Vietnamese
("languages": ["vi"]); the English is the meaning, kept beside it for the code's readers and for a
later English edition. A typed table rather than gettext for the reasons in checks/messages.py.
"""
from __future__ import annotations

from generator.text.say import Say


# --- each column of documents.csv, progress.csv and indicators.csv ------------------------------------
DOCUMENT_FIELDS = {
    "id": Say("Mã văn bản (các tệp khác trích dẫn bằng mã này).", "Document id (the other files cite it by this id)."),
    "kind": Say("Loại văn bản: Nghị quyết, Nghị định, Kế hoạch, Bài báo…",
                "Kind of document: resolution, decree, plan, article…"),
    "number": Say("Số, ký hiệu như văn bản ghi; trống nếu không có.",
                  "Number and symbol as the document writes it; empty if it has none."),
    "date": Say("Ngày ban hành hoặc đăng (YYYY-MM-DD); trống nếu chưa xác định.",
                "Date issued or published (YYYY-MM-DD); empty if not determined."),
    "issuer": Say("Cơ quan ban hành hoặc nơi đăng.", "Issuing body, or where it was published."),
    "title": Say("Trích yếu hoặc tiêu đề, như văn bản viết.", "Summary line or title, as the document writes it."),
    "certainty": Say("van-ban: trang đọc được chính văn bản; bao-chi: theo báo chí; trich-dan: chỉ biết qua văn bản khác trích dẫn.",
                     "van-ban: the site has read the document itself; bao-chi: as the press reports it; trich-dan: known only as another document cites it."),
    "urls": Say("Nơi đọc văn bản, cách nhau bởi dấu cách.", "Where to read the document, separated by spaces."),
    "url_kinds": Say("Loại của từng địa chỉ, cùng thứ tự: cong-thong-tin, cong-bao, bao-chi (theo tên miền).",
                     "The kind of each address, in the same order: cong-thong-tin, cong-bao, bao-chi (by domain name)."),
    "files": Say("Văn bản lưu trong kho dữ liệu (đường dẫn trong kho), cách nhau bởi dấu cách.",
                 "Copies kept in the data repository (paths in the repository), separated by spaces."),
    "claims": Say("Số điều trang này ghi dựa vào văn bản.", "How many statements of this site rest on the document."),
    "claim_subjects": Say("Những gì các điều đó nói tới (mã cơ quan, chiều/nhóm phân tổ, mã kế hoạch, mã văn bản sửa đổi), cách nhau bởi dấu cách.",
                          "What those statements are about (agency ids, dimensions/categories, plan ids, amendment ids), separated by spaces."),
}
PROGRESS_FIELDS = {
    "plan": Say("Mã kế hoạch (kho có nhiều kế hoạch).", "Plan id (the repository holds several plans)."),
    "indicator_id": Say("Mã chỉ tiêu hoặc chỉ tiêu con, như indicators.csv.",
                        "Id of the indicator or sub-indicator, as in indicators.csv."),
    "indicator_name": Say("Tên chỉ tiêu như kế hoạch viết.", "Indicator name as the plan writes it."),
    "unit": Say("Đơn vị tính như kế hoạch viết.", "Unit as the plan writes it."),
    "year": Say("Năm của số liệu.", "Year of the figure."),
    "value": Say("Giá trị đã báo cáo, dấu chấm thập phân; trống với chỉ tiêu định tính (xem level).",
                 "The reported value, with a decimal point; empty for a qualitative indicator (see level)."),
    "level": Say("Mức đánh giá của chỉ tiêu định tính, như cơ quan báo cáo viết.",
                 "The level reached by a qualitative indicator, as the reporting body writes it."),
    "kind": Say("Loại số liệu: uoc-tinh (ước tính), so-bo (sơ bộ), chinh-thuc (chính thức).",
                "Kind of figure: uoc-tinh (estimate), so-bo (preliminary), chinh-thuc (official)."),
    "source": Say("Nguồn số liệu, như cơ quan báo cáo ghi.", "Source of the figure, as the reporting body gives it."),
    "source_url": Say("Địa chỉ (http/https) đọc nguồn số liệu, nếu cơ quan báo cáo ghi.",
                      "Address (http/https) where the source can be read, if the reporting body gives one."),
    "source_date": Say("Ngày của nguồn số liệu (YYYY-MM-DD), nếu cơ quan báo cáo ghi.",
                       "Date of the source (YYYY-MM-DD), if the reporting body gives one."),
    "reporting_agency_id": Say("Mã cơ quan báo cáo (agencies.json).", "Id of the reporting body (agencies.json)."),
    "reporting_agency": Say("Tên cơ quan báo cáo.", "Name of the reporting body."),
    "report_year": Say("Năm của báo cáo chứa số liệu (có thể sau năm của số liệu).",
                       "Year of the report holding the figure (may be after the figure's year)."),
    "revised": Say("yes: số này thay một số đã báo cáo trước đó cho cùng năm.",
                   "yes: this figure replaces one reported earlier for the same year."),
    "replaces_value": Say("Số (hoặc mức) bị thay, như đã báo cáo.", "The figure (or level) replaced, as reported."),
    "illustrative": Say("yes: số liệu minh hoạ, không phải số liệu thật.",
                        "yes: an illustrative figure, not a real one."),
    "note": Say("Ghi chú của cơ quan báo cáo.", "The reporting body's note."),
}
INDICATOR_FIELDS = {
    "plan": Say("Mã kế hoạch (kho có nhiều kế hoạch).", "Plan id (the repository holds several plans)."),
    "id": Say("Mã chỉ tiêu; chỉ tiêu con không đánh số trong phụ lục mang mã a, b, c… dưới chỉ tiêu cha.",
              "Indicator id; sub-indicators the appendix does not number get a, b, c… under their parent."),
    "parent_id": Say("Mã chỉ tiêu cha (với chỉ tiêu con).", "Id of the parent indicator (for a sub-indicator)."),
    "group_id": Say("Mã nhóm chỉ tiêu.", "Id of the indicator group."),
    "group_name": Say("Tên nhóm như phụ lục viết (chỗ bị cắt đã được trang bổ sung; chữ gốc ở group_name_as_written).",
                      "Group name as the appendix writes it (cut-off text completed by the site; the original in group_name_as_written)."),
    "name": Say("Tên chỉ tiêu như phụ lục viết (chỗ bị cắt đã được trang bổ sung; chữ gốc ở name_as_written).",
                "Indicator name as the appendix writes it (cut-off text completed by the site; the original in name_as_written)."),
    "unit": Say("Đơn vị tính như phụ lục viết.", "Unit as the appendix writes it."),
    "direction": Say("Chiều tốt: higher (tăng là tốt), lower (giảm là tốt), keep (giữ mức).",
                     "Good direction: higher (up is good), lower (down is good), keep (stay at the level)."),
    "direction_basis": Say("Căn cứ của chiều tốt: plan (kế hoạch nói), targets (suy từ các mục tiêu), site (do trang này xác định).",
                           "Basis of the good direction: plan (the plan says so), targets (inferred from the targets), site (set by this site)."),
    "qualitative_levels": Say("Các mức của chỉ tiêu định tính, cách nhau bởi ' | '.",
                              "The levels of a qualitative indicator, separated by ' | '."),
    "reporting_agency_id": Say("Mã cơ quan báo cáo số liệu (do trang này phân công, không phải nội dung kế hoạch).",
                               "Id of the body reporting the figures (assigned by this site, not part of the plan)."),
    "reporting_agency": Say("Tên cơ quan báo cáo số liệu (do trang này phân công).",
                            "Name of the body reporting the figures (assigned by this site)."),
    "related_tasks": Say("Mã các nhiệm vụ liên quan, cách nhau bởi dấu cách (do trang này gắn).",
                         "Ids of the related tasks, separated by spaces (linked by this site)."),
    "name_as_written": Say("Tên chỉ tiêu đúng chữ văn bản, khi trang phải sửa chỗ bị cắt; trống nếu không sửa.",
                           "Indicator name verbatim, where the site had to complete cut-off text; empty if not changed."),
    "unit_as_written": Say("Đơn vị đúng chữ văn bản, khi trang phải sửa định dạng; trống nếu không sửa.",
                           "Unit verbatim, where the site had to fix its formatting; empty if not changed."),
    "group_name_as_written": Say("Tên nhóm đúng chữ văn bản, khi trang phải sửa; trống nếu không sửa.",
                                 "Group name verbatim, where the site had to fix it; empty if not changed."),
}
# Columns named from the plan (one per milestone, baseline column, mark column).
TARGET_FIELD = Say("Mục tiêu năm {year}, đúng chữ của phụ lục (có thể là khoảng, '<4', '>70'…).",
                   "Target for {year}, verbatim from the appendix (may be a range, '<4', '>70'…).")
BASELINE_FIELD = Say("Cột “{label}” của phụ lục, đúng chữ.", "The appendix's column “{label}”, verbatim.")
MARK_FIELD = Say("“X” nếu chỉ tiêu có trong {name}.", "“X” if the indicator is part of {name}.")
# An Open SDG table: Year, one column per dimension, Value.
YEAR_FIELD = Say("Năm của số liệu.", "Year of the figure.")
DIMENSION_FIELD = Say("Phân tổ theo {dimension}: nhóm của số liệu, như trang ghi trong plan/{plan}/dimensions.yml; "
                      "ô trống: tổng của mọi nhóm (dòng không có nhóm nào là giá trị chung của chỉ tiêu).",
                      "Breakdown by {dimension}: the figure's category, as the site writes it in "
                      "plan/{plan}/dimensions.yml; empty: the total of every category (a row with no category is "
                      "the indicator's overall value).")
VALUE_FIELD = Say("Giá trị, dấu chấm thập phân. Đơn vị: {unit}.", "Value, with a decimal point. Unit: {unit}.")

# --- the package, its files and their sources -----------------------------------------------------------
LICENSE_TITLE = Say("Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)", "Creative Commons Attribution 4.0 International (CC BY 4.0)")
BOM_NOTE = Say("Tệp bắt đầu bằng BOM UTF-8 (byte EF BB BF) để Excel hiển thị đúng tiếng Việt; chương trình nên đọc bằng "
               "utf-8-sig.", "The file starts with a UTF-8 BOM (bytes EF BB BF) so that Excel shows Vietnamese "
               "correctly; programs should read it as utf-8-sig.")
PACKAGE_DESCRIPTION = Say("Dữ liệu mở của trang công khai tiến độ thực hiện kế hoạch ({place}, {start}–{end}): chỉ "
                          "tiêu, mục tiêu đúng chữ văn bản và số liệu các cơ quan báo cáo. Số dùng dấu chấm thập phân.",
                          "Open data of the site publishing the plan's progress ({place}, {start}–{end}): indicators, "
                          "targets verbatim and the figures the bodies report. Numbers use a decimal point.")
PACKAGE_ILLUSTRATIVE = Say(" Có số liệu minh hoạ (không phải số liệu thật): xem cột illustrative và mô tả từng tệp.",
                           " Holds illustrative figures (not real ones): see the illustrative column and each file's "
                           "description.")
PLAN_NUMBER = Say(" số {number}", " no. {number}")
PLAN_SOURCE = Say("{kind}{number} của {issuer} (năm {year}): {title}", "{kind}{number} of {issuer} ({year}): {title}")
REPORTS_SOURCE = Say("Báo cáo hằng năm của các cơ quan về kế hoạch (tệp progress/{plan}/<năm>/<cơ quan>.yml trong kho "
                     "mã nguồn của trang)", "The bodies' yearly reports on the plan (files progress/{plan}/<year>/"
                     "<body>.yml in the site's source repository)")
VALUE_SOURCE = Say("Nguồn số liệu cơ quan ghi: {text}", "Source the body gives for the figure: {text}")
REPORT_OF = Say("Báo cáo của {agency}", "Report of {agency}")
INDICATORS_TITLE = Say("Các chỉ tiêu của kế hoạch", "The plan's indicators")
INDICATORS_DESCRIPTION = Say("Mọi chỉ tiêu và chỉ tiêu con của phụ lục: mục tiêu đúng chữ văn bản, đơn vị, nhóm, cơ "
                             "quan báo cáo (do trang này phân công).",
                             "Every indicator and sub-indicator of the appendix: targets verbatim, unit, group, "
                             "reporting body (assigned by this site).")
PROGRESS_TITLE = Say("Số liệu tiến độ", "Progress figures")
PROGRESS_DESCRIPTION = Say("Mọi số liệu đã báo cáo (số đang có hiệu lực; cột replaces_value ghi số bị thay).",
                           "Every reported figure (the one in force; the replaces_value column gives the one replaced).")
PROGRESS_ILLUSTRATIVE = Say(" Dòng có illustrative = yes là số liệu minh hoạ, không phải số liệu thật.",
                            " Rows with illustrative = yes are illustrative figures, not real ones.")
DOCUMENTS_TITLE = Say("Văn bản, nguồn", "Documents, sources")
DOCUMENTS_DESCRIPTION = Say("Các văn bản trang này dựa vào: nơi đọc, mức chắc chắn, số điều dựa vào mỗi văn bản (chi "
                            "tiết từng điều ở documents.json).",
                            "The documents this site relies on: where to read them, how certain it is, how many "
                            "statements rest on each (each statement in documents.json).")
DOCUMENTS_SOURCE = Say("Sổ văn bản của trang: plan/agencies.yml (documents), plan/{plan}/plan.yml (implements), văn "
                       "bản sửa đổi kế hoạch, và văn bản kế hoạch lưu ở plan/{plan}/",
                       "The site's register of documents: plan/agencies.yml (documents), plan/{plan}/plan.yml "
                       "(implements), the plan's amendments, and the plan's document kept in plan/{plan}/")
INDICATOR_TITLE = Say("Số liệu chỉ tiêu {id}: {name}", "Figures of indicator {id}: {name}")
INDICATOR_DESCRIPTION = Say("Các dòng của progress.csv cho chỉ tiêu {id}. Đơn vị: {unit}.",
                            "The rows of progress.csv for indicator {id}. Unit: {unit}.")
OPENSDG_TITLE = Say("Chỉ tiêu {id}: {name} (định dạng Open SDG)", "Indicator {id}: {name} (Open SDG format)")
OPENSDG_DESCRIPTION = Say("Số liệu chỉ tiêu {id} theo định dạng dữ liệu của Open SDG: cột Year, mỗi chiều phân tổ một "
                          "cột, cột Value; dòng có các ô phân tổ trống là giá trị chung.{by} Đơn vị: {unit}. Chỉ có số "
                          "đang có hiệu lực (số bị thay nằm ở progress.csv).{shown}",
                          "Figures of indicator {id} in Open SDG's data format: a Year column, one column per "
                          "dimension, a Value column; a row with empty dimension cells is the overall value.{by} Unit: "
                          "{unit}. Only the figures in force (those replaced are in progress.csv).{shown}")
OPENSDG_BY = Say(" Phân tổ theo: {dimensions}.", " Broken down by: {dimensions}.")
OPENSDG_ILLUSTRATIVE = Say(" Số liệu minh hoạ (không phải số liệu thật): năm {years}.",
                           " Illustrative figures (not real ones): {years}.")
