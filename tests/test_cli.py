"""The command line as a user calls it: JSON on stdout, exit status 0; unreadable input: one line on stderr, 2."""
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def govwatch(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "govwatch", *args], capture_output=True, text=True,
                          input=stdin, cwd=REPO, timeout=120)


def test_extract_reads_the_anchor_and_prints_the_contract(shared_dir):
    seed = shared_dir / "seed" / "lishui-2024-02-27-work-report.txt"
    body = "\n".join(seed.read_text(encoding="utf-8").splitlines()[3:])  # below the metadata lines
    result = govwatch("extract", "-", "--published", "2024-02-27", stdin=body)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"document", "projects", "awards", "targets", "extractor_version"}
    fule = next(p for p in data["projects"] if p["name"].startswith("富乐德"))
    assert fule["investment_cny"] == 12_000_000_000 and fule["land_mu"] == 400
    assert "富乐德" in result.stdout  # UTF-8, not ASCII-escaped


def test_extract_reads_a_saved_html_page_through_the_article_parser():
    page = REPO / "tests" / "fixtures" / "pages" / "article-lishui-classic.html"
    result = govwatch("extract", str(page))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["title"] and data["document"]["published"]


def test_unreadable_input_is_a_one_line_error_and_exit_2(tmp_path):
    result = govwatch("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "missing.txt" in result.stderr
    bad_date = govwatch("extract", "-", "--published", "2024-13-45", stdin="力争增长5%。")
    assert bad_date.returncode == 2 and bad_date.stdout == ""
    assert "--published '2024-13-45' is not a date" in bad_date.stderr and "cannot read" not in bad_date.stderr


def test_parse_list_rejects_a_page_that_is_not_a_listing(tmp_path):
    page = tmp_path / "x.html"
    page.write_text("<html><body>页面不存在</body></html>", encoding="utf-8")
    result = govwatch("parse-list", str(page), "--url", "http://127.0.0.1/col/col1/index.html")
    assert result.returncode == 2 and result.stdout == "" and "no <datastore>" in result.stderr


def test_global_options_work_before_and_after_the_command(tmp_path):
    registry = tmp_path / "sources.toml"
    registry.write_text("this is not toml [", encoding="utf-8")
    for args in (("--sources", str(registry), "refresh"), ("refresh", "--sources", str(registry))):
        result = govwatch(*args)
        # Both spellings reach the registry (and report its error), none is "unrecognized arguments".
        assert result.returncode == 2, (args, result.stderr)
        assert "unrecognized" not in result.stderr and str(registry.name) in result.stderr, (args, result.stderr)


def test_refresh_names_every_source_that_ended_failed_blocked_or_partial(tmp_path, monkeypatch):
    """What `govwatch refresh` reads to decide its exit status (1 when any source is not healthy)."""
    import duckdb

    from govwatch.reports import unhealthy_sources

    db = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.fct_source_health (source_id VARCHAR, status VARCHAR, "
                    "incomplete_reasons VARCHAR, last_run_message VARCHAR)")
        con.execute("INSERT INTO marts.fct_source_health VALUES ('a', 'OK', NULL, NULL), "
                    "('b', 'PARTIAL', '1229: listed 20 of 60 announced records', NULL), "
                    "('c', 'BLOCKED', NULL, '加速乐 challenge'), ('d', 'STALE', NULL, NULL)")
    monkeypatch.setenv("GOVWATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("GOVWATCH_DB", str(db))
    got = {s: (status, why) for s, status, why in unhealthy_sources(["a", "b", "c", "d", "e"])}
    assert set(got) == {"b", "c", "e"}
    assert got["b"] == ("PARTIAL", "1229: listed 20 of 60 announced records") and got["c"][0] == "BLOCKED"
    assert got["e"][0] == "UNKNOWN"  # a source that never ran is not healthy either
