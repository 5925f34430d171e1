"""A scrape killed mid-run (out of memory, a reboot, a cancelled Dagster run) writes no landing file. Its journal
keeps what it did, and the next run of the source rebuilds that run's landing file, status `interrupted`: the
requests it made and the pages it fetched reach raw.* and nothing is counted twice."""
from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from scrapers.landing import JOURNAL_GLOB, Journal, journal_path, list_landing_files, salvage_journals
from tests.faults import fault_server as fs
from tests.faults.fault_server import FaultSite, fault_notice, good_notices
from tests.faults.harness import Pipeline, make_source
from warehouse.load import load_landing

REPO = Path(__file__).resolve().parents[2]
CRAWL = """
import sys
from pathlib import Path
from scrapers.crawl import crawl_source
from tests.faults.harness import fast_politeness, make_source
crawl_source(make_source(sys.argv[1], fast_politeness(timeout_s=60)), Path(sys.argv[2]))
"""


def test_a_killed_run_is_rebuilt_from_its_journal_by_the_next_run(tmp_path):
    good = good_notices(4)
    hanging = fault_notice(1, good[-1], good[-1])  # listed after the four good notices
    pipeline = Pipeline(tmp_path)
    with FaultSite(good + [hanging], faults={hanging.path: fs.slow(60)}) as site:
        crawl = subprocess.Popen([sys.executable, "-c", CRAWL, site.base_url, str(pipeline.landing)], cwd=REPO,
                                 env={**os.environ, "PYTHONPATH": str(REPO)})
        deadline = time.monotonic() + 60
        while site.hits[hanging.path] == 0 and crawl.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert crawl.poll() is None, "the crawl ended before it could be killed"
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait(10)
        assert list_landing_files(pipeline.landing) == []  # before: this run was lost without a trace
        assert len(list((pipeline.landing / "faults").glob(JOURNAL_GLOB))) == 1

        site.recover()
        run = pipeline.run(make_source(site.base_url))

    runs = pipeline.q("SELECT run_id, status, requests, message FROM raw.scrape_runs ORDER BY started_at")
    assert [r[1] for r in runs] == ["interrupted", "ok"]
    killed, second = runs
    assert "stopped before it finished" in killed[3] and "rebuilt from their journals" in second[3]
    assert killed[2] == pipeline.one("SELECT count(*) FROM raw.fetch_log WHERE run_id = ?", [killed[0]]) >= 6
    kept = {r[0] for r in pipeline.q("SELECT url FROM raw.page_versions WHERE run_id = ?", [killed[0]])}
    assert kept == {site.url(n.path) for n in good}  # the four pages the killed run had fetched
    assert pipeline.stored_urls() == {site.url(n.path) for n in good + [hanging]}
    assert pipeline.one("SELECT count(*) FROM raw.page_versions") == 5  # nothing counted twice
    assert run.report.status == "ok" and not list((pipeline.landing / "faults").glob(JOURNAL_GLOB))


def test_a_journal_a_living_run_holds_is_left_alone_and_a_cut_last_line_is_dropped(tmp_path):
    live = Journal(journal_path(tmp_path, "s", "run-live"), {"run_id": "run-live", "source_id": "s",
                                                             "started_at": "2026-12-07T02:00:00+00:00"})
    live.add({"type": "listing", "column_id": "c", "url": "http://x/1.html", "seen_at": "2026-12-07T02:00:01"})
    dead = journal_path(tmp_path, "s", "run-dead")
    dead.write_text("\n".join([
        json.dumps({"type": "journal", "run_id": "run-dead", "source_id": "s", "started_at": "2026-12-06T02:00:00"}),
        json.dumps({"type": "fetch", "seq": 0, "url": "http://x/", "outcome": "ok"}),
        json.dumps({"type": "listing", "column_id": "c", "url": "http://x/2.html", "seen_at": "2026-12-06T02:00:01"}),
        '{"type": "page", "url": "http://x/2.html", "content_ha',  # the write the kill cut short
    ]), encoding="utf-8")

    written = salvage_journals(tmp_path, "s")

    assert [p.name for p in written] == ["run-dead.jsonl"]
    records = [json.loads(line) for line in written[0].read_text(encoding="utf-8").splitlines()]
    assert [r["type"] for r in records] == ["run", "fetch", "listing"]
    assert records[0]["status"] == "interrupted" and records[0]["requests"] == 1
    assert live.path.exists() and not dead.exists()
    with open(live.path, "rb") as handle:  # still locked by its run
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            raise AssertionError("the living run's lock was lost")
        except BlockingIOError:
            pass
    live.close()
    assert not live.path.exists()


def test_the_load_rebuilds_a_dead_runs_journal_so_the_same_nights_build_judges_it(tmp_path):
    """A scrape cancelled from the UI (or killed) tonight: tonight's load takes it in as the source's latest run,
    status interrupted. Before, only the source's next run (the next night) rebuilt it, as a run older than that
    one: the health mart never judged the source by it, and that night it showed the previous run (OK)."""
    good = good_notices(2)
    pipeline = Pipeline(tmp_path)
    with FaultSite(good) as site:
        pipeline.run(make_source(site.base_url))  # last night's run: ok
    cancelled = Journal(journal_path(pipeline.landing, "faults", "run-cancelled"),
                        {"run_id": "run-cancelled", "source_id": "faults", "started_at": "2099-01-01T02:00:00+00:00"})
    (last_night,) = list_landing_files(pipeline.landing)
    fetch = next(r for r in map(json.loads, last_night.read_text(encoding="utf-8").splitlines()) if r["type"] == "fetch")
    cancelled.add({**fetch, "outcome": "timeout"})
    cancelled.handle.close()  # what the interrupted crawl does (and a killed process's lock ends with it)
    living = Journal(journal_path(pipeline.landing, "faults", "run-living"),
                     {"run_id": "run-living", "source_id": "faults", "started_at": "2099-01-01T02:00:01+00:00"})

    report = load_landing(pipeline.con, pipeline.landing)

    assert report.salvaged == ["faults/run-cancelled.jsonl"] and not report.bad_files, report.bad_files
    latest = pipeline.q("SELECT run_id, status FROM raw.scrape_runs ORDER BY started_at DESC LIMIT 1")
    assert latest == [("run-cancelled", "interrupted")]
    assert pipeline.one("SELECT count(*) FROM raw.fetch_log WHERE run_id = 'run-cancelled'") == 1
    assert living.path.exists() and not cancelled.path.exists()  # a run still going is left to finish
    living.close()


def test_a_salvage_between_a_journals_creation_and_its_lock_finds_nothing(tmp_path, monkeypatch):
    """Another salvage (the load, a second run of the source) that looks while a run is creating its journal must not
    take the new, empty, not yet locked file for a dead run's unreadable journal."""
    from scrapers import landing

    real_flock = fcntl.flock
    seen = []

    def flock_after_a_salvage(handle, op):
        monkeypatch.setattr(landing.fcntl, "flock", real_flock)
        seen.append(salvage_journals(tmp_path, "s"))  # the other process runs between open and lock
        return real_flock(handle, op)

    monkeypatch.setattr(landing.fcntl, "flock", flock_after_a_salvage)
    journal = Journal(journal_path(tmp_path, "s", "run-new"), {"run_id": "run-new", "source_id": "s",
                                                               "started_at": "2026-12-07T02:00:00+00:00"})

    assert seen == [[]]
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == [".run-new.jsonl.journal"]
    assert salvage_journals(tmp_path, "s") == [] and journal.path.exists()  # locked by its run
    journal.close()
