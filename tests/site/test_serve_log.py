"""What `make serve` prints on each rebuild: what a staff member needs, not every generated page."""
from __future__ import annotations

import subprocess
import sys

from conftest import make_site_root


def test_rebuild_log_lists_only_hand_written_pages_left_out_of_the_nav(tmp_path):
    """The generated task, indicator and agency pages are reached from their index pages; MkDocs used
    to list all 170+ of them as "not included in the nav" on every rebuild, drowning a YAML error.
    A hand-written page left out of the nav is a real mistake and must still be reported."""
    from generator.site.build import generate
    root = make_site_root(tmp_path)
    (root / "docs" / "trang-ngoai-nav.md").write_text("# Trang ngoài nav\n\nChưa có trong nav.\n", encoding="utf-8")
    generate(root)
    # The same MkDocs code path as serve's rebuilds (structure.nav), without a server.
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "out")],
                            cwd=root, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1",
                                                                           "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    log = result.stderr + result.stdout
    listed = [line.strip()[2:] for line in log.splitlines() if line.strip().startswith("- ")]
    assert 'not included in the "nav"' in log
    assert listed == ["trang-ngoai-nav.md"], listed
    assert len(log.splitlines()) < 15, log
