"""What a night's dbt build has to rebuild: the models downstream of the warehouse tables that changed since the
last build that succeeded, and the tests that read them. Everything else is left as it is.

A build is planned from dbt's manifest and the warehouse itself:

* the **code** fingerprint covers every model, seed, test, macro and their configs: a new release of the dbt
  project (or of a macro) rebuilds everything, as does `--full-refresh` or a warehouse with no build recorded;
* each **source** table the project reads (raw.*, facts.*) has a content fingerprint: the row count and the sum of
  the rows' hashes, or the row count alone for the raw tables the loader only ever appends to (APPEND_ONLY: a row
  is never changed or deleted there, so a new row is a new count; hashing the page bodies took ~0.8 s of ~1.3 s at
  100,000 notices). Models downstream of a changed source are rebuilt, and so are
  models that read the clock (``var(`` / ``current_timestamp``: fct_source_health judges freshness by it) and
  models whose table is missing;
* a test runs when any model or source it reads is rebuilt or changed.

After a build that succeeded, `record_build` stores the fingerprints the plan was made from (taken before the
build started, so rows that arrive while dbt runs are seen as new by the next build). A failed build records
nothing: the next one rebuilds everything that changed since the last success.

The dbt command line gets the plan as ``--exclude`` (dagster-dbt adds its own ``--select fqn:*``, and dbt
unions several ``--select`` but subtracts ``--exclude``) with ``--indirect-selection empty``, so excluding an
unchanged model does not also drop a test that joins it to a rebuilt one, and with ``--no-populate-cache``.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import content_fingerprint

BUILDS_TABLE = "meta.dbt_builds"
BUILT_KINDS = ("model", "seed", "snapshot")
# A model whose SQL reads these gives a different table on a different day from the same inputs.
CLOCK_MARKERS = ("var(", "current_timestamp", "current_date", "now()")
# Raw tables warehouse.load only inserts into (raw.sources is rewritten, raw.unlisted_pages loses rows): the same row
# count is the same content.
APPEND_ONLY = frozenset({"raw.page_versions", "raw.fetch_log", "raw.listings", "raw.column_listings",
                         "raw.scrape_runs", "raw.landing_files"})


@dataclass(frozen=True)
class BuildPlan:
    everything: bool
    reason: str
    code: str
    sources: Mapping[str, str]
    build: frozenset[str] = frozenset()   # unique_ids of models and seeds (re)built
    tests: frozenset[str] = frozenset()   # unique_ids of the tests run
    skipped: frozenset[str] = frozenset()  # models and seeds left as they are
    skipped_tests: frozenset[str] = frozenset()
    changed_sources: tuple[str, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)

    def dbt_args(self) -> list[str]:
        """Appended to `dbt build`: nothing for a whole build, else what to leave out. A partial build does not
        list every schema's tables up front (--no-populate-cache): dbt looks up the few relations it touches, which
        saves ~2 s of a night's build."""
        if self.everything:
            return []
        leave_out = sorted(self.names[uid] for uid in self.skipped | self.skipped_tests)
        args = ["--no-populate-cache", "--indirect-selection", "empty"]
        return args + ["--exclude", " ".join(leave_out)] if leave_out else args

    def skipped_in_order(self, manifest: Mapping[str, Any]) -> list[str]:
        """The models and seeds left as they are, each after the ones it reads."""
        parents, done, order = manifest["parent_map"], set(), []

        def visit(uid: str) -> None:
            if uid in done or uid not in self.skipped:
                return
            done.add(uid)
            for parent in sorted(parents.get(uid, ())):
                visit(parent)
            order.append(uid)

        for uid in sorted(self.skipped):
            visit(uid)
        return order

    def summary(self) -> str:
        if self.everything:
            return f"whole build ({self.reason})"
        changed = ", ".join(self.changed_sources) or "none"
        return (f"{len(self.build)} of {len(self.build) + len(self.skipped)} models and seeds, "
                f"{len(self.tests)} of {len(self.tests) + len(self.skipped_tests)} tests; "
                f"sources changed: {changed}")


def load_manifest(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def code_fingerprint(manifest: Mapping[str, Any]) -> str:
    """One hash of everything in the project that shapes a table: nodes' SQL and config, the project's macros."""
    digest = hashlib.sha256()
    project = manifest["metadata"].get("project_name")
    for uid, node in sorted(manifest["nodes"].items()):
        digest.update(json.dumps([uid, node.get("checksum"), node.get("config"), node.get("raw_code")],
                                 sort_keys=True, default=str).encode())
    for uid, macro in sorted(manifest["macros"].items()):
        if macro.get("package_name") == project:
            digest.update(json.dumps([uid, macro.get("macro_sql")]).encode())
    return digest.hexdigest()


def source_tables(manifest: Mapping[str, Any]) -> dict[str, str]:
    """Source unique_id -> the table it names (schema.identifier)."""
    return {uid: f"{source['schema']}.{source.get('identifier') or source['name']}"
            for uid, source in manifest["sources"].items()}


def source_fingerprints(con: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> dict[str, str]:
    """Row count and the sum of the rows' hashes of each table (the count alone for an append-only one); a missing
    table has none."""
    out = {}
    for table in sorted(set(tables)):
        try:
            if table in APPEND_ONLY:
                out[table] = f"{con.execute(f'SELECT count(*) FROM {table}').fetchone()[0]}:appended"
                continue
            count, total = content_fingerprint(con, table)
        except duckdb.CatalogException:
            out[table] = "missing"
            continue
        out[table] = f"{count}:{total}"
    return out


def existing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {f"{schema}.{name}" for schema, name in con.execute(
        "SELECT table_schema, table_name FROM information_schema.tables").fetchall()}


def last_build(con: duckdb.DuckDBPyConnection) -> tuple[str, dict[str, str], datetime] | None:
    """The code and source fingerprints of the last build that succeeded, and when it finished."""
    try:
        row = con.execute(f"SELECT code, sources, built_at FROM {BUILDS_TABLE} "
                          "ORDER BY built_at DESC LIMIT 1").fetchone()
    except duckdb.CatalogException:  # not migrated yet: as if never built
        return None
    return (row[0], json.loads(row[1]), row[2]) if row else None


def reads_the_clock(node: Mapping[str, Any]) -> bool:
    code = (node.get("raw_code") or "").lower()
    return any(marker in code for marker in CLOCK_MARKERS)


def _descendants(manifest: Mapping[str, Any], roots: Iterable[str]) -> set[str]:
    child_map, seen, todo = manifest["child_map"], set(), list(roots)
    while todo:
        for child in child_map.get(todo.pop(), ()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def plan_build(con: duckdb.DuckDBPyConnection, manifest: Mapping[str, Any], full_refresh: bool = False) -> BuildPlan:
    """The build tonight's changes call for (see the module docstring)."""
    code = code_fingerprint(manifest)
    tables = source_tables(manifest)
    sources = source_fingerprints(con, tables.values())
    previous = last_build(con)
    nodes = manifest["nodes"]
    built = {uid for uid, node in nodes.items() if node["resource_type"] in BUILT_KINDS}
    tests = {uid for uid, node in nodes.items() if node["resource_type"] == "test"}
    names = {uid: nodes[uid]["name"] for uid in built | tests}
    whole = None
    if full_refresh:
        whole = "full refresh asked for"
    elif previous is None:
        whole = "no earlier build recorded in this warehouse"
    elif previous[0] != code:
        whole = "the dbt project changed since the last build"
    if whole:
        return BuildPlan(True, whole, code, sources, frozenset(built), frozenset(tests), names=names)

    changed = sorted(uid for uid, table in tables.items() if previous[1].get(table) != sources[table])
    present = existing_tables(con)
    missing = {uid for uid in built
               if f"{nodes[uid]['schema']}.{nodes[uid].get('alias') or nodes[uid]['name']}" not in present}
    clock = {uid for uid in built if reads_the_clock(nodes[uid])}
    roots = set(changed) | missing | clock
    build = (roots | _descendants(manifest, roots)) & built
    read = build | set(changed)
    run_tests = {uid for uid in tests if read & set(nodes[uid]["depends_on"]["nodes"])}
    reason = f"since the build of {previous[2]:%Y-%m-%d %H:%M:%S} UTC"
    return BuildPlan(False, reason, code, sources, frozenset(build), frozenset(run_tests),
                     frozenset(built - build), frozenset(tests - run_tests),
                     tuple(tables[uid] for uid in changed), names)


def record_build(con: duckdb.DuckDBPyConnection, plan: BuildPlan) -> None:
    """A build made from `plan` succeeded: the next one starts from its fingerprints."""
    con.execute(f"INSERT INTO {BUILDS_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [datetime.now(timezone.utc).replace(tzinfo=None), plan.code, json.dumps(dict(plan.sources)),
                 plan.everything, len(plan.build), len(plan.skipped), len(plan.tests), plan.summary()])
