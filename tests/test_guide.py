"""The staff guide quotes real validation output; it must stay what the tool prints."""
from __future__ import annotations

import re

from conftest import ROOT
from generator.cli import main


def test_the_guides_example_is_what_validate_prints(data_copy, capsys):
    gd = data_copy / "progress/2025/phong-giao-duc-va-dao-tao.yml"
    gd.write_text(gd.read_text(encoding="utf-8").replace('value: "58"', 'value: "58.5%"', 1)
                  .replace('- id: "6.2"', '- id: "6.20"', 1), encoding="utf-8")
    yt = data_copy / "progress/2025/trung-tam-y-te.yml"
    yt.write_text(yt.read_text(encoding="utf-8").replace("kind: so-bo", "kind: sobo", 1)
                  .replace('    source: "Minh hoạ — không phải số liệu thật"\n',
                           '    sorce: "Minh hoạ — không phải số liệu thật"\n', 1), encoding="utf-8")
    assert main(["--root", str(data_copy), "validate"]) == 1
    printed = capsys.readouterr().err.strip()
    guide = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    example = re.search(r"```[^\n]*\n(progress/2025/phong-giao-duc-va-dao-tao\.yml:.*?)\n```", guide, re.S).group(1)
    assert printed == example.strip()
