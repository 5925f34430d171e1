"""Named points where a kill-and-resume test can freeze the process (GOVWATCH_FAULTPOINT=name); no-ops otherwise."""
from __future__ import annotations

import os
import time
from pathlib import Path


def faultpoint(name: str, pause: bool = True) -> None:
    """Write the marker file; with pause, wait here to be killed."""
    if os.environ.get("GOVWATCH_FAULTPOINT") != name:
        return
    marker = os.environ.get("GOVWATCH_FAULTPOINT_MARKER")
    if marker:
        Path(marker).write_text(name, encoding="utf-8")
    while pause:
        time.sleep(0.2)
