"""Landing files: one JSON-lines file per source per scrape run, written atomically; the replayable raw archive."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

STATE_FILE = "_state.json"


def landing_path(root: Path, source_id: str, run_id: str) -> Path:
    return Path(root) / source_id / f"{run_id}.jsonl"


def write_atomically(path: Path, text_lines: Iterable[str]) -> None:
    """Temp file in the same folder, fsync, rename: readers see the whole file or none of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for line in text_lines:
                handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_landing_file(path: Path, records: Iterable[dict]) -> None:
    write_atomically(path, (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records))


def read_landing_file(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def list_landing_files(root: Path) -> list[Path]:
    """Complete landing files only (temp files start with a dot), oldest run first."""
    root = Path(root)
    if not root.exists():
        return []
    return sorted((p for p in root.glob("*/*.jsonl") if not p.name.startswith(".")), key=lambda p: p.name)


def read_state(root: Path, source_id: str) -> dict[str, dict]:
    """What the scraper knows of each article URL of a source: content hash and HTTP validators."""
    path = Path(root) / source_id / STATE_FILE
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, OSError):
        # A damaged state file only costs re-fetching; the landing archive is the truth.
        return {}


def write_state(root: Path, source_id: str, state: dict[str, dict]) -> None:
    write_atomically(Path(root) / source_id / STATE_FILE, [json.dumps(state, ensure_ascii=False, indent=0)])
