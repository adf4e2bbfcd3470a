"""The pull-request summary: what a change did, apart from what merely follows from it."""
from __future__ import annotations

import re
import shutil

from conftest import make_site_root, record_fictional_successor
from generator.cli import main

# The education office ended on 30/06/2025 with no recorded successor: its 2026 report
# comes from a successor these tests invent (fictional, in a copy of the data).
AGENCY = "so-giao-duc-thu-nghiem"
ENDED = "phong-giao-duc-va-dao-tao"


def with_successor(root):
    record_fictional_successor(root, ENDED, AGENCY, "Sở Giáo dục (hư cấu, kiểm thử)")
    return root


def first_report_of_2026(root):
    """The education office's first 2026 report, typed in YAML: two values, one task."""
    assert main(["--root", str(root), "new-report", "--year", "2026", "--agency", AGENCY]) == 0
    path = root / "progress/ea-sup-nq68/2026" / f"{AGENCY}.yml"
    text = path.read_text(encoding="utf-8")

    def fill(item, old, new, section="indicators:"):
        nonlocal text
        i = text.index(f'- id: "{item}"', text.index(f"\n{section}"))
        j = text.index(old, i)
        text = text[:j] + new + text[j + len(old):]

    fill("6.5", "value: null\n    kind: null\n    source: null",
         'value: "66,5"\n    kind: so-bo\n    source: "Thống kê giáo dục"')
    # 6.3 was 94,6 %; "9,46" (a slipped comma) moves 85 points: a warning, not a refusal.
    fill("6.3", "value: null\n    kind: null\n    source: null",
         'value: "9,46"\n    kind: so-bo\n    source: "Thống kê giáo dục"')
    fill("6.1", "status: null\n    summary: null", 'status: hoan-thanh\n    summary: "Xong."', "tasks:")
    path.write_text(text, encoding="utf-8")


def test_summary_separates_the_change_from_its_consequences(tmp_path, capsys):
    base = with_successor(make_site_root(tmp_path / "base"))
    head = tmp_path / "head"
    shutil.copytree(base, head, symlinks=True)
    first_report_of_2026(head)
    capsys.readouterr()
    assert main(["--root", str(head), "diff", str(base), str(head)]) == 0
    text = capsys.readouterr().out
    did, _, follows = text.partition("#### Hệ quả")
    assert f"Tệp đã sửa: `progress/ea-sup-nq68/2026/{AGENCY}.yml`" in did
    assert "- 6.5 (2026): thêm 66,5 % (sơ bộ)" in did
    assert "- Nhiệm vụ 6.1: đang triển khai (2025) → hoàn thành (2026)" in did
    warn = did[did.index("**Cần xem lại"):]
    assert "6.3 năm 2026: 9,46 %" in warn and "điểm phần trăm" in warn
    # Consequences: this change's own indicators first, one line each…
    own = follows[follows.index("theo số liệu trên"):follows.index("**Năm báo cáo")]
    assert "- 6.5: không đạt → đúng tiến độ" in own
    # …then the others, grouped by transition, said to move only because the year moved.
    year = follows[follows.index("**Năm báo cáo chuyển từ 2025 sang 2026"):]
    assert "số liệu của chúng không đổi" in year
    groups = re.findall(r"^- (.+?) → (.+?) \((\d+)\): (.+)$", year, re.M)
    assert groups and sum(int(n) for *_, n, _ in groups) == int(re.search(r"\((\d+)\)\n", year).group(1))
    ids = {i for *_, listed in groups for i in listed.split(", ")}
    assert "2.1" in ids and "6.5" not in ids           # another agency's indicator; not ours again
    assert not re.search(r"^- 2\.1:", text, re.M)      # never one line per consequence
    # Labels, never codes.
    for code in ("so-bo", "chinh-thuc", "uoc-tinh", "dung-tien-do", "khong-dat", "hoan-thanh"):
        assert f"({code})" not in text and f" {code}" not in text


def test_a_revision_reads_with_labels(tmp_path, capsys):
    base = make_site_root(tmp_path / "base")
    head = tmp_path / "head"
    shutil.copytree(base, head, symlinks=True)
    path = head / "progress/ea-sup-nq68/2025" / f"{ENDED}.yml"
    text = path.read_text(encoding="utf-8")
    i = text.index('- id: "6.5"')
    path.write_text(text[:i] + text[i:].replace('value: "58"\n    kind: uoc-tinh', 'value: "59"\n    kind: chinh-thuc', 1),
                    encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(head), "diff", str(base), str(head)]) == 0
    out = capsys.readouterr().out
    assert "- 6.5 (2025): 58 % (ước tính) → 59 % (chính thức)" in out
    assert "Năm báo cáo chuyển" not in out


def test_a_communes_figure_changed_alone_is_listed_with_its_name(tmp_path, capsys):
    base = make_site_root(tmp_path / "base")
    head = tmp_path / "head"
    shutil.copytree(base, head, symlinks=True)
    path = head / "progress/ea-sup-nq68/2025" / f"{ENDED}.yml"
    text = path.read_text(encoding="utf-8")
    # The total stays; one commune's part is revised, another's removed: the summary names both.
    text = text.replace('{xa: ia-jloi, value: "89,4"}', '{xa: ia-jloi, value: "8,94"}', 1)
    text = text.replace('      - {xa: ia-rve, value: "91,2"}\n', "", 1)
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(head), "diff", str(base), str(head)]) == 0
    out = capsys.readouterr().out
    parts = out[out.index("**Số liệu theo xã, nhóm (phân tổ)** (2)"):]
    assert "- 6.3 (2025), Xã Ia Jlơi: 89,4 % → 8,94 %" in parts
    assert "- 6.3 (2025), Xã Ia Rvê: bỏ 91,2 %" in parts
    assert "6.3 năm 2025, Xã Ia Jlơi: 8,94 %" in out[out.index("**Cần xem lại"):]   # the slipped comma
