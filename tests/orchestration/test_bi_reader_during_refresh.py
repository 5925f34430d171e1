"""A BI tool holding serving.duckdb open neither blocks a refresh nor sees a half-built state; new connections see
new data."""
import subprocess
import sys
import time

import duckdb

from scrapers.demo_site.content import load_notices
from scrapers.demo_site.server import DemoSite
from tests.orchestration.pipeline_child import run_pipeline

READER = r"""
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:
    n = con.execute("SELECT count(*) FROM marts.fct_notices").fetchone()[0]
    m = con.execute("SELECT sum(n_notices) FROM marts.fct_notices_by_month").fetchone()[0]
    print(n, m, flush=True)
"""


POLLER = r"""
import os, sys, time, duckdb
path, stop = sys.argv[1], sys.argv[2]
while not os.path.exists(stop):
    try:
        con = duckdb.connect(path, read_only=True)  # a new BI connection each time
        n = con.execute("SELECT count(*) FROM marts.fct_notices").fetchone()[0]
        m = con.execute("SELECT sum(n_notices) FROM marts.fct_notices_by_month").fetchone()[0]
        con.close()
        print(n, m, flush=True)
    except Exception as exc:
        print("ERR", type(exc).__name__, exc, flush=True)
    time.sleep(0.05)
"""


def _count(path) -> int:
    return int(subprocess.run([sys.executable, "-c", READER, str(path)], input="q\n", capture_output=True,
                              text=True, check=True).stdout.split()[0])


def test_reader_keeps_its_snapshot_and_refresh_is_not_blocked(tmp_path, monkeypatch):
    for var, name in [("GOVWATCH_DATA_DIR", ""), ("GOVWATCH_DB", "warehouse.duckdb"),
                      ("GOVWATCH_LANDING", "landing"), ("GOVWATCH_SERVING", "serving.duckdb")]:
        monkeypatch.setenv(var, str(tmp_path / name) if name else str(tmp_path))
    serving = tmp_path / "serving.duckdb"
    notices = load_notices()
    with DemoSite(notices=notices[1:]) as site:  # the newest notice is not published yet
        monkeypatch.setenv("GOVWATCH_DEMO_URL", site.base_url)
        port = site.server.server_address[1]
        assert run_pipeline()
    before = len(notices) - 1
    reader = subprocess.Popen([sys.executable, "-c", READER, str(serving)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        reader.stdin.write("q\n"), reader.stdin.flush()
        assert reader.stdout.readline().split() == [str(before), str(before)]
        stop = tmp_path / "stop-polling"
        poller = subprocess.Popen([sys.executable, "-c", POLLER, str(serving), str(stop)],
                                  stdout=subprocess.PIPE, text=True)
        with DemoSite(notices=notices, port=port) as site:  # now it is, on the same site
            monkeypatch.setenv("GOVWATCH_DEMO_URL", site.base_url)
            started = time.monotonic()
            assert run_pipeline()  # neither the open reader nor the polling ones block publishing
            assert time.monotonic() - started < 300
        time.sleep(0.3)
        stop.touch()
        polled = poller.communicate(timeout=60)[0].split("\n")
        answers = {line for line in polled if line}
        # Every connection during the refresh saw one whole state: the old or the new, nothing between.
        assert answers <= {f"{before} {before}", f"{len(notices)} {len(notices)}"}, answers
        assert f"{len(notices)} {len(notices)}" in answers and len(polled) > 10
        reader.stdin.write("q\n"), reader.stdin.flush()
        # The open connection still sees one whole, consistent snapshot: the old one.
        assert reader.stdout.readline().split() == [str(before), str(before)]
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
    assert _count(serving) == len(notices)  # a new connection sees the new data
    con = duckdb.connect(str(serving), read_only=True)
    assert con.execute("SELECT count(*) FROM marts.fct_notices WHERE notice_url LIKE ?",
                       [f"%{notices[0].path}"]).fetchone()[0] == 1
    con.close()
