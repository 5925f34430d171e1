"""`ruff check` over every package, with the settings in pyproject.toml ([tool.ruff]): what CI would flag."""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ["scrapers", "warehouse", "orchestration", "govwatch", "tests"]


def test_python_passes_ruff():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *PACKAGES],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
