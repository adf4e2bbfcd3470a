"""`make licences` names a licence for every Python dependency and every file the site ships."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import check_lock  # noqa: E402


def test_every_locked_package_and_shipped_file_has_a_licence():
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "licences.py")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0] for line in proc.stdout.splitlines() if line.strip()}
    pins, _ = check_lock.locked((ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8"))
    assert set(pins) <= listed
    assert "plotly-scatter.min.js" in listed
    shipped = proc.stdout.split("Python packages")[0]
    assert "MIT" in shipped and "UNKNOWN" not in proc.stdout
    assert "axe-core" in proc.stdout.split("test only, never shipped")[1]
