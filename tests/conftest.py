import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVWATCH_SHARED") or REPO.parent / "shared")


@pytest.fixture
def shared_dir() -> Path:
    """../shared holds third-party pages and texts; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (third-party data is not in the repo)")
    return SHARED
