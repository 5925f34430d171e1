"""The demo site crawled into landing files once per test module, for the DuckLake tests."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scrapers.crawl import crawl_source
from scrapers.demo_site.server import DemoSite
from scrapers.registry import load_registry
from warehouse.lake import LakeSettings

REPO = Path(__file__).resolve().parents[2]
DBT = Path(sys.executable).with_name("dbt")


@dataclass
class DemoLanding:
    first: Path      # the first crawl of the demo source: every notice new
    both: Path       # the first crawl and a second one (every notice revalidated, nothing new)
    n_notices: int


def crawl_demo_twice(work: Path, sources: tuple[str, ...] = ("demo",)) -> DemoLanding:
    both, first = work / "both", work / "first"
    saved = os.environ.get("GOVWATCH_DEMO_URL")
    with DemoSite() as site:
        os.environ["GOVWATCH_DEMO_URL"] = site.base_url
        try:
            registry = load_registry()
            for run in range(2):
                for source in sources:
                    report = crawl_source(registry.get(source), both, sleep=lambda _: None)
                    assert report.status == "ok", report.problems
                if run == 0:
                    shutil.copytree(both, first)
        finally:
            os.environ.pop("GOVWATCH_DEMO_URL") if saved is None else os.environ.update(GOVWATCH_DEMO_URL=saved)
        return DemoLanding(first, both, len(site.notices))


def lake_env(settings: LakeSettings) -> dict[str, str]:
    """The environment that selects this lake as the target (GOVWATCH_TARGET=ducklake), for a subprocess."""
    return {**os.environ, "GOVWATCH_TARGET": "ducklake", "GOVWATCH_LAKE_CATALOG": settings.catalog_dsn,
            "GOVWATCH_LAKE_DATA": settings.data_path, "PYTHONPATH": str(REPO)}


def use_lake(monkeypatch, settings: LakeSettings) -> None:
    """Select this lake as the target in this process, for one test."""
    for name, value in lake_env(settings).items():
        if name.startswith("GOVWATCH_"):
            monkeypatch.setenv(name, value)


def dbt_build(settings: LakeSettings, work: Path) -> subprocess.Popen:
    """`dbt build` of every model and test on the lake, started (GOVWATCH_TARGET=ducklake picks the profile's
    output); the caller waits for it, then reads its output in work/dbt.out (a file: a pipe nobody reads while
    polling would stop dbt once full)."""
    with open(work / "dbt.out", "w", encoding="utf-8") as out:
        return subprocess.Popen([str(DBT), "build", "--project-dir", "dbt_project", "--profiles-dir", "dbt_project",
                                 "--target-path", str(work / "target"), "--log-path", str(work / "logs")],
                                cwd=REPO, env=lake_env(settings), stdout=out, stderr=subprocess.STDOUT)


# Columns that say when a row was written, not what it holds.
WHEN = {"loaded_at", "extracted_at", "failed_at", "marked_at", "applied_at"}


def table_rows(con, schemas: tuple[str, ...] = ("raw", "facts")) -> dict[str, list[tuple]]:
    """Every table of these schemas in the connection's default catalog: its rows sorted, without WHEN."""
    marks = ",".join("?" * len(schemas))
    tables = con.execute(f"SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = "
                         f"current_database() AND schema_name IN ({marks}) ORDER BY 1, 2", list(schemas)).fetchall()
    out = {}
    for schema, name in tables:
        columns = [f'"{c}"' for (c,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = ? "
            "AND table_name = ? ORDER BY column_index", [schema, name]).fetchall() if c not in WHEN]
        out[f"{schema}.{name}"] = sorted(con.execute(f"SELECT {', '.join(columns)} FROM {schema}.{name}").fetchall(),
                                         key=repr)
    return out
