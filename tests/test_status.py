"""`govwatch status` is what a person or a monitor checks the morning after: it exits 1 when a night needs attention
(a source's last run had a problem or is stale, the mart is older than a night, or the warehouse could not be read
and the serving copy was shown), 0 otherwise (the ops review found it exited 0 in every case)."""
from __future__ import annotations

from datetime import datetime, timedelta

import duckdb
import pytest

from govwatch.reports import print_status

BUILT = datetime(2026, 3, 2, 18, 5)


def _health(path, rows) -> None:
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA marts")
    con.execute("CREATE TABLE marts.fct_source_health (source_id VARCHAR, status VARCHAR, health_as_of TIMESTAMP)")
    con.executemany("INSERT INTO marts.fct_source_health VALUES (?, ?, ?)", [(s, st, BUILT) for s, st in rows])
    con.close()


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVWATCH_DATA_DIR", str(tmp_path))
    for name in ("GOVWATCH_DB", "GOVWATCH_SERVING", "GOVWATCH_TARGET"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_a_healthy_night_exits_0(data, capsys):
    _health(data / "warehouse.duckdb", [("lishui", "OK"), ("demo", "OK")])
    assert print_status(now=BUILT + timedelta(hours=8)) == 0
    assert "needs attention" not in capsys.readouterr().out


@pytest.mark.parametrize("status", ["FAILING", "BLOCKED", "PARTIAL", "EMPTY", "STALE", "OVERDUE"])
def test_a_source_that_needs_attention_exits_1_and_is_named(data, capsys, status):
    _health(data / "warehouse.duckdb", [("lishui", status), ("demo", "OK")])
    assert print_status(now=BUILT + timedelta(hours=8)) == 1
    assert f"needs attention: lishui {status}" in capsys.readouterr().out


def test_a_mart_older_than_a_night_exits_1(data, capsys):
    _health(data / "warehouse.duckdb", [("lishui", "OK")])
    assert print_status(now=BUILT + timedelta(hours=30)) == 1
    assert "did not run or failed" in capsys.readouterr().out


def test_a_warehouse_that_cannot_be_read_is_said_when_the_serving_copy_is_shown(data, capsys):
    (data / "warehouse.duckdb").write_bytes(b"not a database at all" * 100)
    _health(data / "serving.duckdb", [("lishui", "OK")])
    assert print_status(now=BUILT + timedelta(hours=8)) == 1
    assert "could not be read" in capsys.readouterr().out
