"""Landing files: one JSON-lines file per source per scrape run, written atomically; the replayable raw archive."""
from __future__ import annotations

import fcntl
import json
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

import orjson

STATE_FILE = "_state.json"
# The landing file is the replayable raw archive: every record has a type from this list, and the run header
# says which version of the format wrote the file. Version 1 files (before column listings recorded what the
# site announced) had no version; they read as version 1.
FORMAT_VERSION = 2
RECORD_TYPES = {
    "run": "the run header: source, run id, status and counts (always the first record)",
    "fetch": "one HTTP request and its outcome",
    "column_listing": "a column as read: items, what the site announced, complete or why not",
    "listing": "one item seen on a column listing",
    "page": "an article page: parsed fields, body text and the HTML as fetched",
    "parse_failure": "a page that could not be parsed, with the error",
}
REQUIRED_KEYS = {"run": ("run_id", "source_id", "started_at", "status"), "fetch": ("url", "outcome"),
                 "column_listing": ("column_id",), "listing": ("column_id", "url"),
                 "page": ("url", "content_hash", "body"), "parse_failure": ("url", "error")}


class LandingFormatError(ValueError):
    """A landing file this version cannot read: no run header, an unknown record type, a newer format."""


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
    """Records as JSON lines, the run header first and stamped with the format version; checked as written."""
    def lines():
        for i, record in enumerate(records):
            if i == 0:
                record = {**record, "format_version": FORMAT_VERSION}
            check_record(record, i, path)
            yield json.dumps(record, ensure_ascii=False, default=str) + "\n"
    write_atomically(path, lines())


def read_landing_file(path: Path) -> Iterator[dict]:
    """Records of one landing file, each checked against the format (LandingFormatError when not)."""
    with open(path, "rb") as handle:
        i = 0
        for line in handle:
            if line.strip():
                record = _decode(line)
                check_record(record, i, path)
                i += 1
                yield record


def _decode(line: bytes):
    """One JSON line: orjson for speed; a line it refuses (NaN, a number beyond 64 bits, a lone surrogate) is read
    as the json module reads it, so what loads and what is refused (JSONDecodeError, UnicodeDecodeError) stay the
    same."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line.decode("utf-8"))


def check_record(record: dict, index: int, path: Path | str) -> None:
    kind = record.get("type") if isinstance(record, dict) else None
    if index == 0:
        if kind != "run":
            raise LandingFormatError(f"{path}: first record is not a run header")
        version = record.get("format_version", 1)
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise LandingFormatError(f"{path}: landing format {version!r} is newer than this reader ({FORMAT_VERSION})")
    if kind not in RECORD_TYPES:
        raise LandingFormatError(f"{path}: record {index} has unknown type {kind!r}")
    missing = [k for k in REQUIRED_KEYS[kind] if k not in record]
    if missing:
        raise LandingFormatError(f"{path}: {kind} record {index} lacks {missing}")


def list_landing_files(root: Path) -> list[Path]:
    """Complete landing files only (temp files start with a dot), oldest run first."""
    root = Path(root)
    if not root.exists():
        return []
    return sorted((p for p in root.glob("*/*.jsonl") if not p.name.startswith(".")), key=lambda p: p.name)


# A run's journal: what it has done so far, appended and flushed as it happens, under an exclusive lock while the run
# lives. Its name starts with a dot, so it is never taken for a landing file.
JOURNAL_GLOB = ".*.jsonl.journal"
INTERRUPTED = "interrupted"  # the status of a run rebuilt from the journal a killed run left


def journal_path(root: Path, source_id: str, run_id: str) -> Path:
    return Path(root) / source_id / f".{run_id}.jsonl.journal"


class Journal:
    """A run killed mid-way (out of memory, a reboot, a cancelled Dagster run) never writes its landing file; its
    journal keeps the requests it made and the pages it fetched, and the next run of the source turns it into the
    landing file of an interrupted run (`salvage_journals`). Removed when the run writes its landing file."""

    def __init__(self, path: Path, header: dict) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # Locked and headed under a name no salvage reads, then renamed: a journal under its own name is always held
        # by its run or dead, never an empty file a salvage between open and lock would take for an unreadable one.
        fd, new = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".new", dir=path.parent)
        self.handle = os.fdopen(fd, "a", encoding="utf-8")
        fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held until the process ends, however it ends
        self.add({**header, "type": "journal"})
        os.replace(new, path)

    def add(self, record: dict) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()
        self.path.unlink(missing_ok=True)


def salvage_journals(root: Path, source_id: str) -> list[Path]:
    """The landing files of this source's runs that died before writing theirs: each journal no living run holds
    becomes an `interrupted` run with what it recorded (a last line cut by the kill is left out). Returns the files
    written."""
    written = []
    for path in sorted((Path(root) / source_id).glob(JOURNAL_GLOB)):
        try:
            handle = open(path, "rb")
        except FileNotFoundError:
            continue  # rebuilt meanwhile by another salvage (a run of the source, or the load)
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a run of this source is still writing it
            records = []
            for line in handle:
                try:
                    records.append(_decode(line))
                except ValueError:
                    break  # the line the kill cut short, and nothing after it
        head = records[0] if records and isinstance(records[0], dict) and records[0].get("type") == "journal" else None
        if head is None or not head.get("run_id"):
            path.rename(path.with_name(path.name + ".unreadable"))  # kept for a person, never read again
            continue
        kept = [r for r in records[1:] if _well_formed(r)]
        fetches = [r for r in kept if r["type"] == "fetch"]
        pages = sum(r["type"] == "page" for r in kept)
        header = {"type": "run", "run_id": head["run_id"], "source_id": source_id, "started_at": head["started_at"],
                  "finished_at": None, "status": INTERRUPTED, "requests": len(fetches),
                  "items_listed": sum(r["type"] == "listing" for r in kept),
                  "errors": sum(r.get("outcome") not in ("ok", "not_modified") for r in fetches),
                  "problems": [f"the run stopped before it finished (killed?) after {len(fetches)} requests: rebuilt "
                               f"from its journal with {pages} pages; the next run asks again what it left"]}
        target = landing_path(root, source_id, head["run_id"])
        if not target.exists():
            write_landing_file(target, [header, *kept])
            written.append(target)
        path.unlink(missing_ok=True)
    return written


def salvage_all_journals(root: Path, wanted: Callable[[str], bool] = lambda source_id: True) -> list[Path]:
    """salvage_journals for every source folder under root that `wanted` takes: what the load does before it loads, so
    a run killed or cancelled tonight reaches tonight's build as its source's latest run, not a night later through
    the source's next run."""
    root = Path(root)
    folders = sorted(p.name for p in root.iterdir() if p.is_dir()) if root.exists() else []
    return [f for source_id in folders if wanted(source_id) for f in salvage_journals(root, source_id)]


def _well_formed(record) -> bool:
    if not isinstance(record, dict) or record.get("type") not in RECORD_TYPES or record.get("type") == "run":
        return False
    return all(k in record for k in REQUIRED_KEYS[record["type"]])


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
