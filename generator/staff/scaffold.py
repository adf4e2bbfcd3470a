"""`plansite new-plan --id ID`: a new plan's files, commented, that validate and build at once.

Everything the scaffold cannot know is written as "(chưa nhập …)" and the plan is marked
`draft: true`, so every page of it says it is a draft: nothing invented is shown as real.
The plan starts with tasks only; the comments say how to add the indicator appendix.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from generator.data.load import plan_files
from generator.data.problems import did_you_mean
from generator.checks.family import load_family

PLAN = """\
# yaml-language-server: $schema=../../generator/schemas/plan.schema.json
# Kế hoạch "{id}": chép nguyên văn từ văn bản. Mọi chỗ "(chưa nhập …)" là chỗ trống cần điền.
# Khi đã nhập xong nội dung, xoá dòng "draft: true" (trang sẽ thôi ghi "Bản nháp").
draft: true
# Số văn bản đúng như văn bản ghi ("Số: 12/KH-UBND"); value: số đã chuẩn hoá, null nếu văn bản để trống.
number:
  as_written: (chưa nhập số văn bản)
  value: null
# Cơ quan ban hành: một mã trong plan/agencies.yml.
issuer: {issuer}
# Địa danh, ngày tháng như văn bản ghi; date: YYYY-MM-DD, null nếu để trống.
place_date:
  as_written: (chưa nhập địa danh, ngày tháng)
  place: (chưa nhập)
  date: null
  year: {start}
# Loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH HÀNH ĐỘNG…) và trích yếu, nguyên văn.
kind: KẾ HOẠCH
title: (chưa nhập trích yếu của văn bản)
# Tên ngắn trang dùng làm tiêu đề.
short_title: Kế hoạch {id} (bản nháp, chưa nhập nội dung)
period:
  start: {start}
  end: {end}
# Cấp ban hành: tinh, xa (hoặc huyen với văn bản trước 01/7 của năm bãi bỏ cấp huyện); địa bàn như trang hiển thị.
level: {level}
place: (chưa nhập địa bàn)
# Các năm mốc của phụ lục chỉ tiêu, ví dụ [2027, 2029]. Để trống khi kế hoạch không có phụ lục chỉ tiêu.
milestones: []
# Cột đánh dấu X của phụ lục (mỗi cột: id, label như văn bản, name, tag rất ngắn, document trong implements).
marks: []
# Cột số liệu nền của phụ lục (id, label như "Thực hiện năm …", year, kind: thuc-hien | uoc-thuc-hien).
baselines: []
# Văn bản mà kế hoạch triển khai: id, number, date (hoặc null), issuer (mã cơ quan), kind, title;
# plan: <mã> nếu văn bản đó cũng là một kế hoạch trong kho này.
implements: []
# Lời mở đầu ("Thực hiện …"), nguyên văn; null nếu không có.
preamble: null
# Phân công trong văn bản (mã cơ quan): tổng hợp báo cáo năm, hạn báo cáo, giám sát…
responsibilities: {{}}
# Thân văn bản theo đúng mục, khoản, điểm: number ("I.", "1.", "a)"), title, text, items (mục con).
# Đúng một mục có "contains: tasks" (chỗ đặt các nhiệm vụ của tasks.yml).
body:
- number: (chưa nhập)
  title: (chưa nhập tên mục nhiệm vụ)
  contains: tasks
closing: null
recipients: []
signer: null
# Phụ lục chỉ tiêu: thêm title và caption, khai milestones ở trên, rồi tạo indicators/{id}/01-<nhóm>.yml.
appendix: null
"""

TASKS = """\
# yaml-language-server: $schema=../../generator/schemas/tasks.schema.json
# Nhiệm vụ của kế hoạch "{id}", chép nguyên văn. Bảng phân công (STT | Nhiệm vụ | Cơ quan chủ trì |
# Cơ quan phối hợp | Kết quả/Sản phẩm | Thời gian hoàn thành | Ghi chú): mỗi dòng nhóm là một "groups",
# mỗi dòng nhiệm vụ là một "tasks" với lead, coordinating, result, timeframe, note.
# labels: nhãn các dòng đúng như văn bản viết ("Cơ quan chủ trì:", "Cơ quan PHTH:"…).
labels: {{}}
intro: null
groups: []
# Mỗi nhiệm vụ:
# - id: '1.1'
#   group: '1'
#   text: nội dung nguyên văn
#   lead: {{agencies: [ma-co-quan], as_written: nguyên văn}}   # null nếu văn bản không nêu
#   coordinating: null
#   timeframe: {{as_written: Thường xuyên., kind: thuong-xuyen}}   # hoặc tu-nam + start_year, den-nam + end_year
#   implements: [{{plan: ma-ke-hoach-cap-tren, task: '6.1'}}]      # nếu thực hiện nhiệm vụ của kế hoạch khác
tasks: []
"""

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def new_plan(root: Path, plan_id: str, issuer: str, level: str, start: int, end: int) -> list[Path]:
    """Write the scaffold; refuse to overwrite. Raises ValueError with a Vietnamese message."""
    if not _ID.match(plan_id):
        raise ValueError(f"Mã kế hoạch '{plan_id}' chỉ được gồm chữ thường không dấu, số và dấu '-' (ví dụ xa-hoa-binh-2026).")
    family = load_family(root)   # the repository must be valid before a plan is added to it
    if issuer not in family.agencies:
        hint = did_you_mean(issuer, sorted(family.agencies))[0]
        raise ValueError(f"Cơ quan ban hành '{issuer}' không có trong plan/agencies.yml"
                         + (f" ({hint})." if hint else "; hãy thêm cơ quan đó trước."))
    files = plan_files(plan_id)
    targets = {root / files["plan"]: PLAN, root / files["tasks"]: TASKS}
    if any(p.exists() for p in targets) or plan_id in family.plans:
        raise ValueError(f"Kế hoạch '{plan_id}' đã có (plan/{plan_id}/); không ghi đè.")
    written = []
    for path, template in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(id=plan_id, issuer=issuer, level=level, start=start, end=end), encoding="utf-8")
        written.append(path)
    return written


def cmd_new_plan(args) -> int:
    year = dt.date.today().year
    try:
        written = new_plan(Path(args.root), args.id, args.issuer, args.level, args.start or year, args.end or args.start or year)
    except ValueError as e:
        print(str(e), file=sys.stderr)
        return 1
    for path in written:
        print(f"Đã tạo {path}")
    print("Kế hoạch được đánh dấu bản nháp (draft: true); điền các chỗ “(chưa nhập …)” rồi chạy plansite validate.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("new-plan", help="tạo khung một kế hoạch mới (bản nháp, hợp lệ ngay)")
    p.add_argument("--id", required=True, help="mã kế hoạch, chữ thường không dấu nối bằng '-'")
    p.add_argument("--issuer", required=True, help="mã cơ quan ban hành trong plan/agencies.yml")
    p.add_argument("--level", choices=["tinh", "huyen", "xa"], default="xa", help="cấp ban hành (mặc định xa)")
    p.add_argument("--start", type=int, help="năm bắt đầu (mặc định năm nay)")
    p.add_argument("--end", type=int, help="năm kết thúc (mặc định bằng năm bắt đầu)")
    p.set_defaults(func=cmd_new_plan)
