"""Writers: extraction throughput on the DuckLake target with 1, 2 and 4 writer processes at once (each its own
shard, its own transactions, warehouse.lake_workers), beside the embedded file extracted by one process in the
same run. The same synthetic archive (raw tables loaded once, copied into a fresh lake per figure); the lake's
catalog is a PostgreSQL cluster started in the work folder on a loopback port."""
from __future__ import annotations

import os
import time
from pathlib import Path

from tests.benchmarks.figures import Figure
from tests.benchmarks.synthetic import Cloner, build_archive

WRITERS = (1, 2, 4)


def figures(n: int, work: Path, log=print) -> list[Figure]:
    from warehouse.db import open_warehouse
    from warehouse.facts import extract_pending
    from warehouse.lake import LakeSettings
    from warehouse.lake_workers import run_writers
    from warehouse.load import load_landing
    from warehouse.migrate import copy_to_lake
    from warehouse.pgcluster import LocalPostgres, PostgresUnavailable

    s = f"writers on {n:,}"
    try:
        pg = LocalPostgres(work / "writers-pg").start()
    except PostgresUnavailable as exc:
        return [Figure(s, "extraction on DuckLake", None, "notices/s", note=f"no PostgreSQL: {exc}")]
    try:
        landing = work / f"writers-n{n}" / "landing"
        if not landing.exists():
            build_archive(landing, n, Cloner())
        raw = work / f"writers-n{n}" / "loaded.duckdb"  # not raw.duckdb: its catalog name would shadow schema raw
        raw.unlink(missing_ok=True)
        con = open_warehouse(raw)
        pages = load_landing(con, landing).page_versions_added
        con.close()
        embedded = work / f"writers-n{n}" / "embedded.duckdb"
        embedded.write_bytes(raw.read_bytes())
        con = open_warehouse(embedded)
        started = time.perf_counter()
        extract_pending(con, workers=1)
        serial = pages / (time.perf_counter() - started)
        con.close()
        log(f"  embedded, one process: {serial:.1f} notices/s on {pages:,} page versions")
        out = []
        for k in WRITERS:
            name = f"writers_{n}_{k}_{os.getpid()}"
            pg.create_database(name)
            settings = LakeSettings(pg.dsn(name), str(work / f"writers-n{n}" / name))
            copy_to_lake(raw, settings)
            started = time.perf_counter()
            reports = run_writers("extract", k, settings=settings)
            seconds = time.perf_counter() - started
            done = sum(r["pages_extracted"] for r in reports)
            log(f"  DuckLake, {k} writer(s): {done / seconds:.1f} notices/s ({seconds:.1f} s)")
            out.append(Figure(s, f"extraction, {k} writer process{'es' if k > 1 else ''} on DuckLake",
                              done / seconds, "notices/s", serial, "embedded file, one process",
                              note=f"{done:,} page versions in {seconds:.1f} s (process start included); "
                                   f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"))
        return out
    finally:
        pg.stop()
