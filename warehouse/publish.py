"""Publish the serving copy BI tools read: checkpoint, copy, verify, atomic rename."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import duckdb


class PublishError(RuntimeError):
    """The copy could not be verified; the previous serving copy stays in place."""


def publish_serving_copy(warehouse: Path, serving: Path, required_tables: tuple[str, ...] = ()) -> dict:
    """Readers holding the old serving file keep their snapshot; new connections open the new file."""
    con = duckdb.connect(str(warehouse))
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()
    serving.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{serving.name}.", suffix=".tmp", dir=serving.parent)
    os.close(fd)
    try:
        shutil.copyfile(warehouse, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        counts = _verify(Path(tmp), required_tables)
        os.replace(tmp, serving)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return {"serving_path": str(serving), "bytes": serving.stat().st_size, "tables": counts}


def _verify(path: Path, required_tables: tuple[str, ...]) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        counts = {}
        for table in required_tables:
            try:
                counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # names are ours, not input
            except duckdb.Error as exc:
                raise PublishError(f"serving copy {path} lacks {table}: {exc}") from exc
        return counts
    finally:
        con.close()
