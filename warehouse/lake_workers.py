"""n writer processes on the lake at once, each on its shard, each with its own connection and transactions.

    run_writers("load", 4, landing_root=Path("data/landing"))   # landing → raw, the sources split four ways
    run_writers("extract", 4)                                    # facts, the page versions split four ways

Each process runs warehouse.load.load_landing / warehouse.facts.extract_pending with shard=(i, n) and returns
its report; a process that fails is told with its error, after the others have finished (they do not depend
on it: what it committed stays, what it did not is still to do on the next run).
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

from warehouse.lake import LakeSettings

STEPS = ("load", "extract")


class WriterFailed(RuntimeError):
    """One or more writer processes failed; the message names each shard and its error."""


def run_writers(step: str, n: int, *, landing_root: Path | None = None, settings: LakeSettings | None = None,
                shards: list[tuple[int, int]] | None = None, **options) -> list[dict]:
    """The reports (as dicts) of n writer processes, in shard order. `shards` overrides the split, e.g.
    [(0, 1), (0, 1)] for two writers on the same work; `options` go to extract_pending (batch_pages=…)."""
    if step not in STEPS:
        raise ValueError(f"step must be one of {STEPS}, not {step!r}")
    if step == "load" and landing_root is None:
        raise ValueError("run_writers('load', …) needs landing_root")
    settings = settings or LakeSettings.from_env()
    shards = shards or [(i, n) for i in range(n)]
    _migrated(settings)
    context = multiprocessing.get_context("spawn")  # a clean process: no copy of this one's DuckDB threads
    with ProcessPoolExecutor(max_workers=len(shards), mp_context=context) as pool:
        futures = [pool.submit(write_shard, step, shard, settings, landing_root, options) for shard in shards]
        errors = [(shard, f.exception()) for shard, f in zip(shards, futures, strict=True) if f.exception()]
    if errors:
        raise WriterFailed("; ".join(f"{step} shard {shard}: {type(e).__name__}: {e}" for shard, e in errors))
    return [f.result() for f in futures]


def _migrated(settings: LakeSettings) -> None:
    from warehouse.db import migrate
    from warehouse.lake import connect_lake

    con = connect_lake(settings)
    try:
        migrate(con)
    finally:
        con.close()


def write_shard(step: str, shard: tuple[int, int], settings: LakeSettings, landing_root: Path | None,
                options: dict | None = None) -> dict:
    """One writer: its own connection to the lake, its shard of the work."""
    from warehouse.facts import extract_pending
    from warehouse.lake import connect_lake
    from warehouse.load import load_landing

    con = connect_lake(settings)
    try:
        if step == "load":
            return asdict(load_landing(con, Path(landing_root), shard=shard))
        return asdict(extract_pending(con, shard=shard, **(options or {})))
    finally:
        con.close()
