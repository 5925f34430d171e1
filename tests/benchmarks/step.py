"""One warehouse step in a process of its own, so that its time and peak memory are its own.

    python -m tests.benchmarks.step load WAREHOUSE LANDING
    python -m tests.benchmarks.step extract WAREHOUSE
    python -m tests.benchmarks.step publish WAREHOUSE SERVING [whole]
    python -m tests.benchmarks.step extract-alone WAREHOUSE N   # one core, no warehouse writes: the baseline
    python -m tests.benchmarks.step dbt WAREHOUSE TARGET_DIR LOG_DIR  # dbt build as the Dagster asset plans it

Prints one JSON line: seconds and what the step reports.
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

import duckdb


def load(warehouse: Path, landing: Path) -> dict:
    from warehouse.db import open_warehouse
    from warehouse.load import load_landing

    con = open_warehouse(warehouse)
    report = asdict(load_landing(con, landing))
    try:  # the registry as the warehouse sees it, as Dagster's raw_tables writes it after every load
        from scrapers.registry import load_registry
        from warehouse.registry_table import write_sources_table
    except ImportError:
        pass
    else:
        write_sources_table(con, load_registry())
    con.close()
    report["bad_files"] = len(report["bad_files"])
    return report


def extract(warehouse: Path) -> dict:
    from warehouse.db import open_warehouse
    from warehouse.facts import extract_pending

    con = open_warehouse(warehouse)
    report = asdict(extract_pending(con))
    con.close()
    report["failures"] = len(report["failures"])
    return report


def publish(warehouse: Path, serving: Path, scope: str = "default") -> dict:
    """As Dagster's serving_copy publishes (scope default: the schemas BI reads, where this code has them), or the
    whole warehouse file (scope whole: how the pipeline published before)."""
    from warehouse import publish as publishing

    with duckdb.connect(str(warehouse), read_only=True) as con:
        marts = [f"marts.{t}" for (t,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts' ORDER BY 1").fetchall()]
    bi = scope == "default" and hasattr(publishing, "BI_SCHEMAS")
    kwargs = {"schemas": publishing.BI_SCHEMAS} if bi else {}
    result = publishing.publish_serving_copy(warehouse, serving, tuple(marts), **kwargs)
    return {"bytes": result["bytes"], "tables": len(result["tables"]), "scope": "bi" if bi else "whole"}


def extract_alone(warehouse: Path, n: int) -> dict:
    """extract_document on n bodies of the warehouse (every k-th page version), in memory, on one core."""
    from warehouse.extract import extract_document
    from warehouse.facts import _document_date

    with duckdb.connect(str(warehouse), read_only=True) as con:
        total = con.execute("SELECT count(*) FROM raw.page_versions").fetchone()[0]
        rows = con.execute("""SELECT body, published_at, written_date, url, title FROM raw.page_versions
                              WHERE hash(page_version_id) % ? = 0 LIMIT ?""", [max(1, total // n), n]).fetchall()
    extract_document(rows[0][0])
    started, cpu = time.perf_counter(), time.process_time()
    for body, published_at, written_date, url, title in rows:
        extract_document(body, published=_document_date(published_at, written_date), url=url, title=title)
    return {"pages": len(rows), "rate": len(rows) / (time.perf_counter() - started),
            "cpu_per_page": (time.process_time() - cpu) / len(rows)}


def dbt(warehouse: Path, target: Path, logs: Path) -> dict:
    """`dbt build` of what changed since the last build, planned and recorded as the Dagster asset does
    (warehouse/dbt_builds.py); the manifest is the project's, parsed when the project changed."""
    import subprocess

    import tempfile
    from datetime import datetime, timezone

    from orchestration.project import DBT_DIR, DBT_EXECUTABLE, HEALTH_CLOCK_ENV, ensure_manifest, reused_parse
    from warehouse.dbt_builds import load_manifest, plan_build, record_build

    manifest = load_manifest(ensure_manifest())
    with duckdb.connect(str(warehouse), read_only=True) as con:
        plan = plan_build(con, manifest)
    # as a Dagster run: a target folder of its own, the last run's parse carried in, the clock by environment
    target.mkdir(parents=True, exist_ok=True)
    clock = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")
    with tempfile.TemporaryDirectory(prefix="run-", dir=target) as scratch, reused_parse(Path(scratch)):
        subprocess.run([DBT_EXECUTABLE, "build", "--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR),
                        "--target-path", scratch, "--log-path", str(logs), *plan.dbt_args()],
                       check=True, stdout=sys.stderr, env={**os.environ, HEALTH_CLOCK_ENV: clock})
    from warehouse.db import open_warehouse

    with open_warehouse(warehouse) as con:
        record_build(con, plan)
    return {"plan": plan.summary(), "built": len(plan.build), "tests": len(plan.tests)}


STEPS = {"load": lambda a: load(Path(a[0]), Path(a[1])), "extract": lambda a: extract(Path(a[0])),
         "publish": lambda a: publish(Path(a[0]), Path(a[1]), *a[2:]),
         "extract-alone": lambda a: extract_alone(Path(a[0]), int(a[1])),
         "dbt": lambda a: dbt(Path(a[0]), Path(a[1]), Path(a[2]))}

if __name__ == "__main__":
    started = time.perf_counter()
    out = STEPS[sys.argv[1]](sys.argv[2:])
    print(json.dumps({"seconds": time.perf_counter() - started, **out}, default=str))
