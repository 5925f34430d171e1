import os
import tempfile
from pathlib import Path

import pytest

# No test may write to the developer's data/ (or read it): every location points at a scratch folder
# unless a test sets its own. Set before any test module imports orchestration (which sets defaults).
_SCRATCH = Path(tempfile.mkdtemp(prefix="govwatch-tests-"))
for _var, _name in [("GOVWATCH_DATA_DIR", ""), ("GOVWATCH_DB", "warehouse.duckdb"),
                    ("GOVWATCH_LANDING", "landing"), ("GOVWATCH_SERVING", "serving.duckdb")]:
    os.environ[_var] = str(_SCRATCH / _name) if _name else str(_SCRATCH)
for _var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    os.environ.pop(_var, None)

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVWATCH_SHARED") or REPO.parent / "shared")


@pytest.fixture
def shared_dir() -> Path:
    """../shared holds third-party pages and texts; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (third-party data is not in the repo)")
    return SHARED
