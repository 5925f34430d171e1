"""Run the real crawl (scrapers.crawl.crawl_source) and load (warehouse.load.load_landing) against a FaultSite."""
from __future__ import annotations

import time
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path

from scrapers.crawl import CrawlReport, crawl_source
from scrapers.http import Politeness
from scrapers.registry import Column, Source
from warehouse.db import open_warehouse
from warehouse.load import LoadReport, load_landing

from tests.faults.fault_server import COLUMN, FaultSite


def fast_politeness(**overrides) -> Politeness:
    """No spacing, tiny backoff, 2 retries, 50 KB size cap: every fault resolves in milliseconds."""
    settings = dict(user_agent="govwatch-faulttest/0.1 (+contact)", min_delay_s=0.0, timeout_s=3.0,
                    max_retries=2, backoff_base_s=0.01, backoff_max_s=0.05, max_bytes=50_000,
                    breaker_threshold=50, respect_robots=True)
    settings.update(overrides)
    return Politeness(**settings)


def make_source(site_url: str, politeness: Politeness | None = None, *, source_id: str = "faults",
                columns: tuple[str, ...] = (COLUMN,), allowed_hosts: tuple[str, ...] = ("127.0.0.1",)) -> Source:
    return Source(id=source_id, name=f"fault test {source_id}", cms="hanweb_classic", base_url=site_url,
                  allowed_hosts=allowed_hosts, columns=tuple(Column(c) for c in columns),
                  politeness=politeness or fast_politeness(), max_pages_per_column=5)


@dataclass
class Run:
    report: CrawlReport
    load: LoadReport
    seconds: float
    sleeps: list[float] = field(default_factory=list)


class Pipeline:
    """One landing root and one DuckDB warehouse in a temp folder; run() = crawl one source, then load."""

    def __init__(self, tmp_path: Path) -> None:
        self.landing = tmp_path / "landing"
        self.con = open_warehouse(tmp_path / "warehouse.duckdb")
        self.runs: list[Run] = []

    def run(self, source: Source, now: datetime | None = None) -> Run:
        sleeps: list[float] = []

        def sleep(seconds: float) -> None:  # real (tiny) sleeps, recorded to check Retry-After
            sleeps.append(seconds)
            time.sleep(seconds)

        started = time.monotonic()
        report = crawl_source(source, self.landing, sleep=sleep, now=now)
        load = load_landing(self.con, self.landing)
        run = Run(report, load, time.monotonic() - started, sleeps)
        self.runs.append(run)
        return run

    # -- what a user would look at
    def q(self, sql: str, params=()) -> list[tuple]:
        return self.con.execute(sql, params).fetchall()

    def one(self, sql: str, params=()):
        return self.con.execute(sql, params).fetchone()[0]

    def fetches(self, run_id: str | None = None, url: str | None = None) -> list[tuple]:
        """(url, method, kind, status_code, attempt, outcome, error) in request order."""
        sql = """SELECT url, method, kind, status_code, attempt, outcome, error FROM raw.fetch_log
                 WHERE (? IS NULL OR run_id = ?) AND (? IS NULL OR url = ?)
                 ORDER BY run_id, CAST(split_part(fetch_id, ':', 3) AS INTEGER)"""
        return self.q(sql, [run_id, run_id, url, url])

    def stored_urls(self) -> set[str]:
        return {r[0] for r in self.q("SELECT url FROM raw.page_versions")}

    def status(self, run_id: str) -> str:
        return self.one("SELECT status FROM raw.scrape_runs WHERE run_id = ?", [run_id])

    def close(self) -> None:
        self.con.close()


def run_site(tmp_path: Path, site: FaultSite, politeness: Politeness | None = None, **source_kw) -> tuple[Pipeline, Run]:
    pipeline = Pipeline(tmp_path)
    return pipeline, pipeline.run(make_source(site.base_url, politeness, **source_kw))
