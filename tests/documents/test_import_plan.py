"""`plansite import-plan`: the shipped plan's document, imported, gives back what was transcribed by hand.

The seed round trip compares the draft with the shipped YAML field by field and lists every
difference. What the site itself decided (reporting agencies, directions, level scales, the
completion of names cut off in the appendix) is not expected from a document.
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build_into, make_site_root
from generator.cli import main

from conftest import SEED  # noqa: E402
SHIPPED = "ea-sup-nq68"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def registry_root(tmp: Path) -> Path:
    """A repository with the body registry only, so the imported plan is the only plan."""
    (tmp / "plan").mkdir(parents=True)
    shutil.copy(ROOT / "plan/agencies.yml", tmp / "plan/agencies.yml")
    return tmp


def run_import(root: Path, document: Path, plan_id: str, capsys) -> tuple[int, str, str]:
    code = main(["--root", str(root), "import-plan", str(document), "--id", plan_id])
    out = capsys.readouterr()
    return code, out.out, out.err


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------- comparison
def _label(tasks_file: dict, task: dict, kind: str) -> str | None:
    part = task.get(kind)
    if not part:
        return None
    return part.get("label") or tasks_file.get("labels", {}).get(kind)


def task_differences(shipped: dict, draft: dict) -> list[str]:
    diffs = []
    if [(g["id"], g["title"], g.get("subgroups", [])) for g in shipped["groups"]] != \
            [(g["id"], g["title"], g.get("subgroups", [])) for g in draft["groups"]]:
        diffs.append("nhóm nhiệm vụ khác nhau")
    got = {t["id"]: t for t in draft["tasks"]}
    if [t["id"] for t in shipped["tasks"]] != [t["id"] for t in draft["tasks"]]:
        diffs.append(f"mã nhiệm vụ: {[t['id'] for t in shipped['tasks']]} ≠ {[t['id'] for t in draft['tasks']]}")
    for t in shipped["tasks"]:
        d = got.get(t["id"])
        if d is None:
            continue
        for key in ("group", "subgroup", "title", "text"):
            if t.get(key) != d.get(key):
                diffs.append(f"nhiệm vụ {t['id']}.{key}: {t.get(key)!r} ≠ {d.get(key)!r}")
        for kind in ("lead", "coordinating"):
            a, b = t.get(kind), d.get(kind)
            if (a is None) != (b is None):
                diffs.append(f"nhiệm vụ {t['id']}.{kind}: {a!r} ≠ {b!r}")
                continue
            if a is None:
                continue
            for key in ("as_written", "agencies"):
                if a[key] != b[key]:
                    diffs.append(f"nhiệm vụ {t['id']}.{kind}.{key}: {a[key]!r} ≠ {b[key]!r}")
            if _label(shipped, t, kind) != _label(draft, d, kind):
                diffs.append(f"nhiệm vụ {t['id']}.{kind} nhãn: {_label(shipped, t, kind)!r} ≠ {_label(draft, d, kind)!r}")
        if t.get("timeframe") != d.get("timeframe"):
            diffs.append(f"nhiệm vụ {t['id']}.timeframe: {t.get('timeframe')!r} ≠ {d.get('timeframe')!r}")
    if _label(shipped, {"x": {}}, "timeframe") != _label(draft, {"x": {}}, "timeframe"):
        diffs.append("nhãn thời gian khác nhau")
    return diffs


def _rows(folder: Path, marks: dict[str, str]) -> tuple[list[tuple], list[tuple]]:
    """(group id, name as written) and every indicator row with what the appendix wrote."""
    groups, rows = [], []
    for f in sorted(folder.glob("*.yml")):
        g = load(f)
        groups.append((str(g["id"]), (g.get("as_written") or {}).get("name") or g["name"]))
        for ind in g["indicators"]:
            for i in [ind, *ind.get("sub_indicators", [])]:
                written = i.get("as_written") or {}
                rows.append((str(i["id"]), written.get("name") or i["name"], written.get("unit") or i.get("unit", ""),
                             {int(y): str(v) for y, v in i["targets"].items()},
                             sorted(marks[m] for m in i.get("marks", []))))
    return groups, rows


def indicator_differences(shipped_root: Path, draft_root: Path, draft_id: str) -> list[str]:
    def marks(root, pid):
        return {m["id"]: m["label"] for m in load(root / f"plan/{pid}/plan.yml").get("marks", [])}
    g1, r1 = _rows(shipped_root / f"indicators/{SHIPPED}", marks(shipped_root, SHIPPED))
    g2, r2 = _rows(draft_root / f"indicators/{draft_id}", marks(draft_root, draft_id))
    diffs = [f"nhóm: {a!r} ≠ {b!r}" for a, b in zip(g1, g2) if a != b]
    if len(g1) != len(g2):
        diffs.append(f"{len(g1)} nhóm ≠ {len(g2)} nhóm")
    diffs += [f"chỉ tiêu: {a!r} ≠ {b!r}" for a, b in zip(r1, r2) if a != b]
    if len(r1) != len(r2):
        diffs.append(f"{len(r1)} dòng chỉ tiêu ≠ {len(r2)} dòng")
    return diffs


def plan_differences(shipped: dict, draft: dict) -> list[str]:
    keys = ("number", "place_date", "kind", "title", "preamble", "closing", "recipients", "signer", "appendix", "milestones")
    return [f"plan.{k}: {shipped.get(k)!r} ≠ {draft.get(k)!r}" for k in keys
            if _plain(shipped.get(k)) != _plain(draft.get(k))]


def _plain(x):
    return yaml.safe_load(yaml.safe_dump(x, allow_unicode=True, default_flow_style=False)) if x is not None else None


def assert_same_as_shipped(root: Path, plan_id: str) -> None:
    diffs = task_differences(load(ROOT / f"plan/{SHIPPED}/tasks.yml"), load(root / f"plan/{plan_id}/tasks.yml"))
    diffs += indicator_differences(ROOT, root, plan_id)
    diffs += plan_differences(load(ROOT / f"plan/{SHIPPED}/plan.yml"), load(root / f"plan/{plan_id}/plan.yml"))
    assert not diffs, "Bản nhập khác bản chép tay:\n" + "\n".join(diffs)


# ------------------------------------------------------------------ tests
def test_the_seed_text_gives_back_the_shipped_plan(tmp_path, seed_text, capsys):
    root = registry_root(tmp_path)
    started = time.perf_counter()
    code, out, err = run_import(root, SEED, "nhap-thu", capsys)
    elapsed = time.perf_counter() - started
    assert code == 0, err
    assert "25 nhiệm vụ, 105 chỉ tiêu (10 nhóm)" in out
    assert_same_as_shipped(root, "nhap-thu")
    # Every guess says where it came from: the blank number, the joined broken lines, the blank date.
    assert "[đoạn 1] Số văn bản để trống" in out
    assert "đã nối vào đoạn trước" in out and "[đoạn 2] Ngày ký để trống" in out
    assert (load(root / "plan/agencies.yml")) == load(ROOT / "plan/agencies.yml"), "every body of the seed is known"
    print(f"import of the seed: {elapsed:.2f} s")


def seed_as_docx(text: str, path: Path) -> None:
    """The seed as a Word file would hold it: paragraphs, and the appendix as a real table whose
    header is two rows, "Mục tiêu" merged over the years and the other header cells merged down."""
    import docx
    document = docx.Document()
    lines = text.splitlines()
    table_lines = [ln for ln in lines if "\t" in ln]
    written_table = False
    for line in lines:
        if "\t" in line:
            if written_table:
                continue
            written_table = True
            cells = [ln.split("\t") for ln in table_lines]
            width = max(len(c) for c in cells)
            table = document.add_table(rows=len(cells), cols=width)
            for r, row in enumerate(cells):
                for c, value in enumerate(row + [""] * (width - len(row))):
                    if r == 0 or (r == 1 and value) or r > 1:
                        table.cell(r, c).text = value.strip()
            # The header: "Mục tiêu" over the two year columns; the other cells merged over both rows.
            years = [c for c, v in enumerate(cells[1]) if v.strip()]
            table.cell(0, years[0]).merge(table.cell(0, years[-1])).text = cells[0][years[0]].strip()
            for c in range(width):
                if c not in years:
                    merged = table.cell(0, c).merge(table.cell(1, c))
                    merged.text = cells[0][c].strip()
            # Group rows: the name spans the rest of the row, as offices lay them out.
            for r, row in enumerate(cells[2:], start=2):
                if row[0].strip().isdigit() and not any(v.strip() for v in row[2:]):
                    table.cell(r, 1).merge(table.cell(r, width - 1)).text = row[1].strip()
            continue
        if line.strip():
            document.add_paragraph(line.replace("**", ""))
    document.save(path)


def test_the_seed_as_word_gives_the_same_plan(tmp_path, seed_text, capsys):
    doc = tmp_path / "ke-hoach.docx"
    seed_as_docx(seed_text, doc)
    root = registry_root(tmp_path / "repo")
    code, out, err = run_import(root, doc, "nhap-word", capsys)
    assert code == 0, err
    assert "25 nhiệm vụ, 105 chỉ tiêu (10 nhóm)" in out
    assert_same_as_shipped(root, "nhap-word")
    assert "[bảng 1, dòng 1] Cột đánh dấu “Tại Chương trình 54-CTr/TU”" in out


def test_an_imported_plan_validates_and_builds_beside_the_shipped_one(tmp_path, seed_text, capsys):
    root = make_site_root(tmp_path)
    code, out, err = run_import(root, SEED, "ban-sao", capsys)
    assert code == 0, err
    assert main(["--root", str(root), "validate"]) == 0
    assert "Hợp lệ: 2 kế hoạch, 50 nhiệm vụ, 210 chỉ tiêu" in capsys.readouterr().out
    site = build_into(root)
    home = (site / "ban-sao/index.html").read_text(encoding="utf-8")
    assert "Bản nháp" in home


def test_it_never_overwrites(tmp_path, seed_text, capsys):
    root = make_site_root(tmp_path)
    before = (root / "plan/ea-sup-nq68/plan.yml").read_bytes()
    code, _, err = run_import(root, SEED, "ea-sup-nq68", capsys)
    assert code == 1 and "không ghi đè" in err
    assert (root / "plan/ea-sup-nq68/plan.yml").read_bytes() == before


# ---------------------------------------------- other shapes (fictional documents)
FICTIONAL_DECISION = [
    # A FICTIONAL commune and programme, written for this test only: no real body, number or figure.
    "ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 15/QĐ-UBND", "Hòa Bình, ngày 10 tháng 3 năm 2026",
    "QUYẾT ĐỊNH", "Ban hành Chương trình hành động về an sinh xã hội giai đoạn 2026 - 2030 (hư cấu, dùng cho kiểm thử)",
    "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Xét đề nghị của Văn phòng HĐND và UBND xã.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động về an sinh xã hội giai đoạn 2026 - 2030.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Văn phòng HĐND và UBND xã, các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
    "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hư Cấu",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Về an sinh xã hội giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích: Bảo đảm an sinh xã hội trên địa bàn xã.",
    "II. NHIỆM VỤ CỤ THỂ",
    "Các nhiệm vụ được phân công như bảng sau:",
    "TABLE:tasks",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các cơ quan, đơn vị:",
    "a) Xây dựng kế hoạch thực hiện hằng năm.",
    "b) Báo cáo kết quả trước ngày 10/12 hằng năm.",
    "PHỤ LỤC", "CHỈ TIÊU AN SINH XÃ HỘI", "(Kèm theo Chương trình hành động ban hành theo Quyết định số 15/QĐ-UBND)",
    "TABLE:indicators",
]
TASK_ROWS = [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/Sản phẩm", "Thời gian hoàn thành", "Ghi chú"],
    ["I", "Tuyên truyền, nâng cao nhận thức", "", "", "", "", ""],     # group row, merged across
    ["1", "Tuyên truyền chính sách an sinh xã hội", "Văn phòng HĐND và UBND xã", "Ban Hư Cấu xã; Hội Nông dân xã",
     "Các buổi tuyên truyền", "Thường xuyên", ""],
    ["2", "Rà soát hộ nghèo", "Phòng Lao động - TBXH", "UBND các xã, thị trấn", "Danh sách hộ nghèo", "Năm 2027", "Hằng năm"],
    ["II", "Hỗ trợ sinh kế", "", "", "", "", ""],
    ["3", "Hỗ trợ vốn vay", "Phòng Tài chính – Kế hoạch", "", "", "2026 - 2030", ""],
]
INDICATOR_ROWS = [
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Ước TH 2025", "Kế hoạch năm 2026", "Mục tiêu đến năm 2030", "Ghi chú"],
    ["1", "Giảm nghèo", "", "", "", "", "", ""],
    ["1.1", "Tỉ lệ hộ nghèo", "%", "4,1", "3,9", "<3,5", "<2", ""],
    ["1.2", "Tỉ lệ hộ có nhà ở kiên cố", "", "", "", "", "", ""],
    ["a)", "Thôn 1", "%", "60", "", "65", "80", "hư cấu"],
    ["b)", "Thôn 2", "%", "", "", "50", "70", ""],
]


def fictional_docx(path: Path, lines=FICTIONAL_DECISION, task_rows=TASK_ROWS, indicator_rows=INDICATOR_ROWS) -> Path:
    import docx
    document = docx.Document()
    for line in lines:
        rows = {"TABLE:tasks": task_rows, "TABLE:indicators": indicator_rows}.get(line)
        if rows is None:
            document.add_paragraph(line)
            continue
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
            if rows is task_rows and row[0] in ("I", "II"):
                table.cell(r, 1).merge(table.cell(r, len(row) - 1)).text = row[1]
    document.save(path)
    return path


def test_a_decision_with_an_assignment_table_and_baselines(tmp_path, capsys):
    root = make_site_root(tmp_path / "repo")
    doc = fictional_docx(tmp_path / "quyet-dinh.docx")
    code, out, err = run_import(root, doc, "xa-hoa-binh-hu-cau", capsys)
    assert code == 0, err
    plan = load(root / "plan/xa-hoa-binh-hu-cau/plan.yml")
    tasks = load(root / "plan/xa-hoa-binh-hu-cau/tasks.yml")
    # The decision and the programme it attaches are both kept.
    assert plan["decision"]["kind"] == "QUYẾT ĐỊNH" and plan["decision"]["number"]["value"] == "15/QĐ-UBND"
    assert [a["number"] for a in plan["decision"]["articles"]] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert plan["kind"] == "CHƯƠNG TRÌNH HÀNH ĐỘNG" and plan["title"] == "Về an sinh xã hội giai đoạn 2026 - 2030"
    assert plan["signer"] == {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Nguyễn Văn Hư Cấu"}
    assert plan["level"] == "xa" and plan["place"] == "Xã Hòa Bình" and plan["place_date"]["date"] == "2026-03-10"
    # The assignment table: groups from the rows spanning the table, columns read by their header words.
    assert tasks["layout"] == "table" and [g["id"] for g in tasks["groups"]] == ["I", "II"]
    t1, t2, t3 = tasks["tasks"]
    # "và" inside a name the registry does not know keeps it whole: one body proposed, not two.
    assert t1["group"] == "I" and t1["lead"] == {"agencies": ["van-phong-hdnd-va-ubnd-xa"],
                                                "as_written": "Văn phòng HĐND và UBND xã"}
    assert t1["coordinating"]["agencies"] == ["ban-hu-cau-xa", "hoi-nong-dan-xa"]
    assert t2["lead"]["agencies"] == ["phong-lao-dong-thuong-binh-va-xa-hoi"]   # an abbreviation the registry knows
    assert t2["timeframe"] == {"as_written": "Năm 2027", "kind": "den-nam", "end_year": 2027}
    assert t2["result"] == "Danh sách hộ nghèo" and t2["note"] == "Hằng năm"
    assert t3["group"] == "II" and t3["coordinating"] is None
    assert t3["timeframe"] == {"as_written": "2026 - 2030", "kind": "tu-nam", "start_year": 2026, "end_year": 2030}
    assert tasks["labels"]["result"] == "Kết quả/Sản phẩm"
    # Unknown bodies are proposed as registry entries, marked for review, and the plan validates with them.
    registry = (root / "plan/agencies.yml").read_text(encoding="utf-8")
    assert "CẦN XEM LẠI" in registry and "name: Ban Hư Cấu xã" in registry and "name: Hội Nông dân xã" in registry
    assert "Cơ quan “Ban Hư Cấu xã” chưa có trong plan/agencies.yml" in out
    # Baseline columns become observed values of their year; the years of the targets become milestones.
    assert plan["milestones"] == [2026, 2030]
    assert [(b["id"], b["kind"], b["year"]) for b in plan["baselines"]] == [
        ("th-2025", "thuc-hien", 2025), ("uoc-th-2025", "uoc-thuc-hien", 2025)]
    group = load(next((root / "indicators/xa-hoa-binh-hu-cau").glob("01-*.yml")))
    poor, house = group["indicators"]
    assert poor["baselines"] == {"th-2025": "4,1", "uoc-th-2025": "3,9"} and poor["targets"] == {2026: "<3,5", 2030: "<2"}
    assert [s["id"] for s in house["sub_indicators"]] == ["1.2.a", "1.2.b"]
    # The notes column stays with its row (shown on the indicator's page), under its header.
    assert house["sub_indicators"][0]["notes"] == [{"label": "Ghi chú", "text": "hư cấu"}]
    assert "Cột “Ghi chú” chưa hiểu" not in out
    # Lettered points outside the tasks stay points of their item.
    org = plan["body"][2]
    assert [i["number"] for i in org["items"][0]["items"]] == ["a)", "b)"]
    assert main(["--root", str(root), "validate"]) == 0, capsys.readouterr().err


FICTIONAL_PROSE = """\
ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 20/KH-UBND
Hòa Bình, ngày 02 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện chương trình nước sạch năm 2026 (hư cấu, dùng cho kiểm thử)
Căn cứ Chương trình hành động số 15/QĐ-UBND của UBND xã (hư cấu);
I. NHIỆM VỤ
1. Cấp nước sinh hoạt
a) Khảo sát nhu cầu nước sạch của các thôn.
Đơn vị chủ trì: Ban Hư Cấu xã.
Cơ quan phối hợp: Hội Nông dân xã; TT Y tế.
Thời gian hoàn thành: Quý II năm 2026.
b) Sửa chữa giếng
Sửa các giếng hỏng ở thôn 1.
Đơn vị chủ trì: Ban Hư Cấu xã.
Thời gian hoàn thành: Từ năm 2026 trở đi.
II. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả trước ngày 15/12/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Thị Hư Cấu
"""


def test_prose_tasks_with_other_labels_and_lettered_points(tmp_path, capsys):
    root = registry_root(tmp_path / "repo")
    doc = tmp_path / "ke-hoach.txt"
    doc.write_text(FICTIONAL_PROSE, encoding="utf-8")
    code, out, err = run_import(root, doc, "nuoc-sach-hu-cau", capsys)
    assert code == 0, err
    tasks = load(root / "plan/nuoc-sach-hu-cau/tasks.yml")
    assert tasks["labels"] == {"lead": "Đơn vị chủ trì:", "coordinating": "Cơ quan phối hợp:",
                               "timeframe": "Thời gian hoàn thành:"}
    a, b = tasks["tasks"]
    assert (a["id"], a["group"], a["text"]) == ("1.a", "1", "Khảo sát nhu cầu nước sạch của các thôn.")
    assert a["timeframe"] == {"as_written": "Quý II năm 2026.", "kind": "den-nam", "end_year": 2026}
    # An abbreviation of a registered name is read as that body, and said so with its place.
    assert a["coordinating"]["agencies"] == ["hoi-nong-dan-xa", "trung-tam-y-te"]
    assert "[đoạn 11] “TT Y tế” đọc là viết tắt của “Trung tâm Y tế” ('trung-tam-y-te')" in out
    assert (b["id"], b["title"], b["text"], b["coordinating"]) == ("1.b", "Sửa chữa giếng", "Sửa các giếng hỏng ở thôn 1.", None)
    assert b["timeframe"]["kind"] == "tu-nam" and b["timeframe"]["start_year"] == 2026
    plan = load(root / "plan/nuoc-sach-hu-cau/plan.yml")
    assert plan["appendix"] is None and plan["milestones"] == []
    assert plan["title"].startswith("Thực hiện chương trình nước sạch năm 2026")    # a title may start like a basis
    assert plan["preamble"].startswith("Căn cứ Chương trình hành động số 15/QĐ-UBND")
    assert plan["number"] == {"as_written": "Số: 20/KH-UBND", "value": "20/KH-UBND"}
    assert main(["--root", str(root), "validate"]) == 0, capsys.readouterr().err


# ------------------------------------------------------------------ bad input
def _nothing_written(root: Path) -> None:
    assert not list((root / "plan").glob("*/plan.yml")) or {p.parent.name for p in (root / "plan").glob("*/plan.yml")} == {SHIPPED}
    assert not (root / "indicators").exists() or not [d for d in (root / "indicators").iterdir() if d.name != SHIPPED]
    assert load(root / "plan/agencies.yml") == load(ROOT / "plan/agencies.yml")


def _zip_of_something_else(path: Path) -> Path:
    import zipfile
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return path


def _fifty_megabytes(path: Path) -> Path:
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    return path


def _odd_merge(path: Path) -> Path:
    rows = [r[:] for r in INDICATOR_ROWS]
    doc = fictional_docx(path, indicator_rows=rows)
    import docx
    document = docx.Document(str(doc))
    table = document.tables[1]
    table.cell(2, 5).merge(table.cell(3, 5))     # one target cell over two indicators
    document.save(str(doc))
    return doc


def _merged_across_years(path: Path) -> Path:
    doc = fictional_docx(path)
    import docx
    document = docx.Document(str(doc))
    table = document.tables[1]
    table.cell(2, 5).merge(table.cell(2, 6))     # one target cell over two years
    document.save(str(doc))
    return doc


BAD = {
    "merged-across.docx": (_merged_across_years, "gộp ô theo chiều ngang"),
    "renamed-zip.docx": (_zip_of_something_else, "không phải văn bản Word"),
    "huge.docx": (_fifty_megabytes, "50 MB, quá giới hạn"),
    "encrypted.docx": (lambda p: (p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
                                                + "EncryptedPackage".encode("utf-16-le")), p)[1], "mật khẩu"),
    "empty.txt": (lambda p: (p.write_bytes(b""), p)[1], "rỗng"),
    "latin1.txt": (lambda p: (p.write_bytes("Kế hoạch".encode("utf-16")), p)[1], "nhị phân"),
    "scan.pdf": (lambda p: (p.write_bytes(b"%PDF-1.4"), p)[1], "là tệp PDF"),
    "no-tasks.txt": (lambda p: (p.write_text("KẾ HOẠCH\nVề một việc (hư cấu)\nI. MỤC ĐÍCH\n1. Mục đích: Làm tốt.\n",
                                             encoding="utf-8"), p)[1], "Không tìm thấy nhiệm vụ nào"),
    "letter.txt": (lambda p: (p.write_text("Kính gửi: các đơn vị\nĐề nghị báo cáo.\n", encoding="utf-8"), p)[1],
                   "Không thấy loại văn bản"),
    "odd-merge.docx": (_odd_merge, "gộp ô theo chiều dọc"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_documents_give_a_clear_message_and_write_nothing(tmp_path, capsys, name):
    make_doc, message = BAD[name]
    root = make_site_root(tmp_path / "repo")
    doc = make_doc(tmp_path / name)
    code, out, err = run_import(root, doc, "moi", capsys)
    assert code == 1 and message in err and "Chưa có gì được ghi." in err
    assert "Traceback" not in err and not out
    _nothing_written(root)


def test_the_guides_review_list_is_what_the_tool_prints(tmp_path, seed_text, capsys):
    import html
    import re
    root = make_site_root(tmp_path)
    code, out, err = run_import(root, SEED, "thu-nhap", capsys)
    assert code == 0, err
    guide = (ROOT / "docs/nhap-ke-hoach.md").read_text(encoding="utf-8")
    # A <pre> of its own whose long lines wrap: a region that scrolls sideways is out of a keyboard's reach
    # (Material makes it focusable only where the device can hover).
    example = re.search(r'<pre><code style="white-space: pre-wrap">(Đã nhập bản nháp kế hoạch \'thu-nhap\'.*?)</code></pre>', guide, re.S)
    assert example, "the guide shows no output of plansite import-plan"
    assert out.strip() == html.unescape(example.group(1)).strip()


def test_a_repository_that_cannot_be_written_keeps_nothing_half_written(tmp_path, seed_text, capsys):
    root = registry_root(tmp_path / "repo")
    (root / "indicators").write_text("a file where the folder should be", encoding="utf-8")
    code, out, err = run_import(root, SEED, "thu", capsys)
    assert code == 1 and "Không ghi được tệp" in err and "Chưa có gì được ghi." in err and "Traceback" not in err
    assert not (root / "plan/thu").exists()


def test_word_layout_tables_of_the_header_and_signature_are_read_as_text(tmp_path, capsys):
    """Offices set the header (issuer | motto; number | place and date) and the end (recipients |
    signature) as borderless two-column tables: their lines are the document's, not data tables."""
    import docx
    lines = FICTIONAL_PROSE.splitlines()
    body = lines[lines.index("KẾ HOẠCH"):lines.index("Nơi nhận:")]
    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 20/KH-UBND"
    head.cell(1, 1).text = "Hòa Bình, ngày 02 tháng 4 năm 2026"
    for line in body:
        document.add_paragraph(line)
    end = document.add_table(rows=1, cols=2)
    end.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    end.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Thị Hư Cấu"
    doc = tmp_path / "ke-hoach.docx"
    document.save(doc)
    root = registry_root(tmp_path / "repo")
    code, out, err = run_import(root, doc, "nuoc-sach-hu-cau", capsys)
    assert code == 0, err
    plan = load(root / "plan/nuoc-sach-hu-cau/plan.yml")
    assert plan["number"]["value"] == "20/KH-UBND" and plan["place_date"]["date"] == "2026-04-02"
    assert plan["issuer"] == "uy-ban-nhan-dan-xa-hoa-binh" and plan["place"] == "Xã Hòa Bình"
    assert plan["recipients"] == ["Như trên;", "Lưu: VT."]
    assert plan["signer"] == {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Trần Thị Hư Cấu"}
    assert "Chưa xếp được" not in out
    assert "[bảng 1, dòng 1] Cơ quan “Ủy ban nhân dân xã Hòa Bình” chưa có trong plan/agencies.yml" in out
