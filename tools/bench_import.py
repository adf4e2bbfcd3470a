"""Time and memory of `plansite import-plan` on a large plan: about 60 pages of text and 500 table rows.

    .venv/bin/python tools/bench_import.py          # prints seconds and peak memory of one import

The document is FICTIONAL, written here with the corpus writer (tests/fixtures/import/make_corpus.py):
a province plan with 1,000 paragraphs of text, 100 tasks as paragraphs with their label lines, an
assignment table of 250 rows split across pages (header repeated) and an indicator table of 250 rows
with a five-year roadmap. The import runs in a child process so its peak memory is its own.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests/fixtures/import"))

from make_corpus import NOTICE, Table, head, signature, write  # noqa: E402

WORDS = ("Tăng cường công tác phối hợp giữa các cơ quan, đơn vị trong triển khai thực hiện các nhiệm vụ được giao, "
         "bảo đảm tiến độ, chất lượng và hiệu quả; kịp thời tháo gỡ khó khăn, vướng mắc phát sinh.")


def large_plan() -> list:
    items: list = [head(["ỦY BAN NHÂN DÂN", "TỈNH MẪU LỚN"], "Số: 999/KH-UBND", "Mẫu Lớn, ngày 10 tháng 3 năm 2026"),
                   "KẾ HOẠCH", "Thực hiện chương trình phát triển kinh tế - xã hội giai đoạn 2026 - 2030 (hư cấu)", NOTICE,
                   "Căn cứ Nghị quyết số 01/NQ-HĐND ngày 05/01/2026 của HĐND tỉnh Mẫu Lớn (hư cấu);",
                   "I. MỤC ĐÍCH, YÊU CẦU"]
    items += [f"{WORDS} (đoạn {k})" for k in range(1, 501)]
    items.append("II. NHIỆM VỤ, GIẢI PHÁP")
    for g in range(1, 11):
        items.append(f"{g}. Lĩnh vực thứ {g}")
        for t in range(1, 11):
            items += [f"{g}.{t}. Nhiệm vụ {g}.{t}", WORDS, "- Cơ quan chủ trì: Sở Tài chính.",
                      "- Cơ quan phối hợp: Sở Nội vụ.", "- Thời gian thực hiện: Hằng năm."]
    items.append("III. TỔ CHỨC THỰC HIỆN")
    items += [f"{WORDS} (tổ chức {k})" for k in range(1, 501)]
    items.append("Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh Mẫu Lớn./.")
    items.append(signature(["- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lý Văn Mẫu"]))
    items += ["Phụ lục I. Phân công nhiệm vụ bổ sung", Table(
        [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]]
        + [[str(k), f"Nhiệm vụ bổ sung {k}: {WORDS}", "Sở Y tế", "Sở Tài chính", "Năm 2026 - 2028"] for k in range(1, 251)],
        split_at=120)]
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Lộ trình thực hiện", "", "", "", "", "Ghi chú"],
            ["", "", "", "", "2026", "2027", "2028", "2029", "2030", ""]]
    for g in range(1, 11):
        rows.append([str(g), f"Nhóm chỉ tiêu {g}", "", "", "", "", "", "", "", ""])
        rows += [[f"{g}.{k}", f"Chỉ tiêu {g}.{k}", "%", "50", "52", "54", "56", "58", "60", "hư cấu"] for k in range(1, 25)]
    items += ["Phụ lục II. Chỉ tiêu", Table(rows, header_rows=2, merges=[(0, 4, 0, 8)] + [(0, c, 1, c) for c in (0, 1, 2, 3, 9)])]
    return items


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        doc = work / "ke-hoach-lon.docx"
        write(doc, large_plan())
        (work / "repo/plan").mkdir(parents=True)
        shutil.copy(REPO / "plan/agencies.yml", work / "repo/plan/agencies.yml")
        child = ("import json, resource, sys, time\n"
                 "from generator.cli import main\n"
                 "t = time.perf_counter()\n"
                 f"code = main(['--root', {str(work / 'repo')!r}, 'import-plan', {str(doc)!r}, '--id', 'ke-hoach-lon'])\n"
                 "print(json.dumps({'code': code, 'seconds': time.perf_counter() - t,"
                 " 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.stderr)\n")
        started = time.perf_counter()
        res = subprocess.run([sys.executable, "-c", child], cwd=REPO, capture_output=True, text=True)
        wall = time.perf_counter() - started
        result = json.loads(res.stderr.strip().splitlines()[-1])
        rows = res.stdout.splitlines()[0] if res.stdout else res.stderr
        print(f"document: {doc.stat().st_size / 1024:.0f} KB; {rows}")
        print(f"import: exit {result['code']}, {result['seconds']:.2f} s in the importer, {wall:.2f} s with Python's "
              f"start, peak memory {result['peak_mb']:.0f} MB")
        return 0 if result["code"] == 0 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
