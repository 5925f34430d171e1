"""Short text reports over the serving copy: what the demo landed, what the marts hold, per-source health."""
from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb

from warehouse.health import HEALTH_TABLE, RUN_PROBLEM_STATUSES, STALE, read_source_health, why
from warehouse.paths import Paths


def _open_serving(prefer_warehouse: bool = False) -> duckdb.DuckDBPyConnection | None:
    """The serving copy (what BI sees); or, for health, the warehouse when no writer holds it: its ops mart is
    rebuilt even when a fact test keeps the serving copy from being published."""
    from warehouse.lake import connect_lake, target

    if target() == "ducklake":  # no serving copy there: the lake's latest snapshot, read-only, is what BI sees
        return connect_lake(read_only=True)
    paths = Paths.from_env()
    order = (paths.warehouse, paths.serving) if prefer_warehouse else (paths.serving, paths.warehouse)
    for path in order:
        if Path(path).exists():
            try:
                return duckdb.connect(str(path), read_only=True)
            except duckdb.Error:
                continue
    return None


def _table(con, sql: str, params=()) -> list[tuple]:
    try:
        return con.execute(sql, params).fetchall()
    except duckdb.Error:
        return []


def _exists(con, qualified: str) -> bool:
    schema, name = qualified.split(".")
    return bool(_table(con, "SELECT 1 FROM information_schema.tables WHERE table_schema=? AND table_name=?",
                       [schema, name]))


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value >= 1e6 else f"{value:g}"
    return str(value)


def format_rows(headers: list[str], rows: list[tuple]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([_width(h), *(_width(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    line = lambda vals: "  ".join(v + " " * (w - _width(v)) for v, w in zip(vals, widths, strict=True)).rstrip()  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def print_demo_summary() -> int:
    """What landed (raw.*, facts.*: the warehouse, which holds them) and what BI sees (marts.*: the serving copy)."""
    landed = _open_serving(prefer_warehouse=True)
    if landed is None:
        print("no warehouse yet")
        return 1
    con = _open_serving()
    exact = _row_counts(landed, ("raw", "facts")) + _row_counts(con, ("marts",))
    landed.close()
    print("\n== What landed and what the marts hold ==")
    print(format_rows(["table", "rows"], exact))
    if _exists(con, HEALTH_TABLE):
        _print_sources(con)
    if _exists(con, "marts.fct_project_timeline"):
        _print_richest_timeline(con)
    if _exists(con, "marts.fct_targets"):
        _print_latest_targets(con)
    con.close()
    return 0


def _row_counts(con, schemas: tuple[str, ...]) -> list[tuple[str, int]]:
    marks = ",".join("?" * len(schemas))
    names = [f"{s}.{t}" for s, t in _table(con, f"""
        SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN ({marks}) ORDER BY 1, 2""",
        list(schemas))]
    return [(name, _table(con, f"SELECT count(*) FROM {name}")[0][0]) for name in names]  # our own names


def _print_sources(con) -> None:
    """Per source: its CMS family, health, what its columns announced and what landed."""
    from scrapers.registry import RegistryError, load_registry

    try:
        family = {s.id: s.cms for s in load_registry().sources}
    except RegistryError:
        family = {}
    notices = dict(_table(con, "SELECT source_id, count(*) FROM marts.fct_notices GROUP BY 1")) \
        if _exists(con, "marts.fct_notices") else {}
    rows = [(r[0], family.get(r[0], "?"), r[1], r[2], r[3], r[4], notices.get(r[0], 0)) for r in _table(con, """
        SELECT source_id, status, items_listed, records_announced, columns_caught_up
        FROM marts.fct_source_health ORDER BY 1""")]
    print("\n== Sources: one per CMS family on the demo site ==")
    print(format_rows(["source", "CMS family", "status", "listed", "announced", "columns caught up", "notices"], rows))


def _print_richest_timeline(con) -> None:
    """The project with the most distinct stages in the marts (ties: the most recently reported)."""
    best = _table(con, """
        SELECT p.project_id, p.canonical_name
        FROM marts.fct_project_timeline t JOIN marts.dim_projects p USING (project_id)
        GROUP BY ALL ORDER BY count(DISTINCT t.stage) DESC, max(t.reported_on) DESC, p.canonical_name LIMIT 1""")
    if not best:
        return
    project_id, name = best[0]
    rows = _table(con, """
        SELECT stage, event_date_text, CASE WHEN is_planned THEN 'planned' ELSE '' END, reported_on, project_name
        FROM marts.fct_project_timeline WHERE project_id = ? ORDER BY stage_order, reported_on""", [project_id])
    print(f"\n== Timeline of the project with the most stages ({name}) ==")
    print(format_rows(["stage", "date", "", "reported on", "as written"], rows))


def _print_latest_targets(con) -> None:
    """Targets of the latest year that has any, with what became of them."""
    year = _table(con, "SELECT max(target_year) FROM marts.fct_targets")
    if not year or year[0][0] is None:
        return
    rows = _table(con, """
        SELECT t.indicator, t.value, t.unit, t.qualifier, t.commitment, coalesce(o.status, 'unknown'),
               o.outcome_value, t.published_date
        FROM marts.fct_targets t LEFT JOIN marts.fct_target_outcomes o USING (target_mention_id)
        WHERE t.target_year = ? ORDER BY t.published_date, t.indicator""", [year[0][0]])
    print(f"\n== Targets set for {year[0][0]} ==")
    print(format_rows(["indicator", "value", "unit", "qualifier", "commitment", "outcome", "reported", "set on"], rows))


# a nightly pipeline builds the health mart every night: one older than this says the night did not happen
HEALTH_MAX_AGE = timedelta(hours=26)


def print_status(now: datetime | None = None) -> int:
    """The health mart as it was built: status and day counts are the mart's, judged on its clock (as of). Exits 1
    (for monitoring) when a source's last run had a problem or is stale, when the mart is older than a night, or when
    the warehouse could not be read and the serving copy was shown instead."""
    paths = Paths.from_env()
    con = _open_serving(prefer_warehouse=True)
    if con is None or not _exists(con, HEALTH_TABLE):
        print("no source health yet: run `govwatch refresh` or `govwatch demo` first")
        return 1
    shown = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0]
    warehouse = Path(paths.warehouse)
    fallback = bool(shown) and Path(shown).resolve() != warehouse.resolve() and warehouse.exists()
    try:
        health = read_source_health(con)
    finally:
        con.close()
    headers = ["source", "status", "last run", "last success", "listed", "announced", "caught up", "new", "changed",
               "errors", "blocked", "days since new", "stale after"]
    columns = ["source_id", "status", "last_run_at", "last_success_at", "items_listed", "records_announced",
               "columns_caught_up", "articles_new", "articles_changed", "errors", "blocked", "days_since_new_notice",
               "stale_after_days"]
    print(format_rows(headers, [tuple(_seconds(row.get(c)) for c in columns) for row in health]))
    as_of = {row.get("health_as_of") for row in health} - {None}
    if as_of:
        print(f"(health as of {_seconds(max(as_of))} UTC, when the warehouse was last built)")
    for row in health:
        if row["status"] == "PARTIAL" and why(row):
            print(f"{row['source_id']}: PARTIAL: {why(row)}")
    problems = [f"{row['source_id']} {row['status']}" for row in health
                if row["status"] in RUN_PROBLEM_STATUSES or row["status"] == STALE]
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    if as_of and now - max(as_of) > HEALTH_MAX_AGE:
        hours = HEALTH_MAX_AGE.total_seconds() / 3600
        problems.append(f"the health mart was built {_seconds(max(as_of))} UTC, more than {hours:.0f} h ago: "
                        f"the last nightly build did not run or failed")
    if fallback:
        problems.append(f"the warehouse {paths.warehouse} could not be read (locked by a build, or damaged): shown "
                        f"from the serving copy {shown}")
    for problem in problems:
        print(f"needs attention: {problem}")
    return 1 if problems else 0


def _seconds(value):
    return value.replace(microsecond=0) if isinstance(value, datetime) else value


def unhealthy_sources(source_ids: list[str]) -> list[tuple[str, str, str]]:
    """(source, status, why) of each of these sources whose latest run ended failed, blocked, empty or partial,
    as the health mart says; a source it does not know is UNKNOWN."""
    con = _open_serving(prefer_warehouse=True)
    if con is None or not _exists(con, HEALTH_TABLE):
        return [(s, "UNKNOWN", "no source health was built") for s in source_ids]
    try:
        rows = {row["source_id"]: row for row in read_source_health(con)}
    finally:
        con.close()
    out = []
    for source_id in source_ids:
        row = rows.get(source_id)
        if row is None:
            out.append((source_id, "UNKNOWN", "no run recorded"))
        elif row["status"] in RUN_PROBLEM_STATUSES:
            out.append((source_id, row["status"], why(row)))
    return out
