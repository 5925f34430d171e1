"""Several writer processes on one warehouse: shards, claims and conflict retries.

On the lake several processes load and extract at once, each committing its own transactions. Two things
keep that correct without constraints:

* Claims: a writer takes a PostgreSQL advisory lock (in the lake's catalog database) on what it is about to
  write (a source's landing files, the hosts of their pages, a batch of page versions), then checks in a fresh
  snapshot that the work is still undone, writes, commits, and only then lets the lock go. Whoever held the
  lock before committed before releasing it, so the check sees their rows: overlapping writers never write a
  key twice. A killed writer's session ends and PostgreSQL drops its locks; its open transaction never
  committed, so the work is simply still to do.
* Retries: DuckLake commits optimistically; a commit that logically conflicts with one made meanwhile (e.g.
  both deleted from the same table) fails, and the whole transaction is run again in a fresh snapshot.

On the embedded file DuckDB admits one writing process, so claims are not needed (NO_CLAIMS) and a conflict
cannot happen; the same code runs there.
"""
from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

import duckdb

log = logging.getLogger(__name__)
T = TypeVar("T")
COMMIT_ATTEMPTS = 30
Shard = tuple[int, int]  # (i, n): this writer takes the keys whose shard_of(key, n) == i


class CommitConflict(RuntimeError):
    """A transaction conflicted on every attempt (another writer kept changing the same table)."""


def shard_of(key: str, n: int) -> int:
    """Stable across processes and runs (Python's hash() is not)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") % n


def in_shard(key: str, shard: Shard | None) -> bool:
    if shard is None:
        return True
    i, n = shard
    if not (n >= 1 and 0 <= i < n):
        raise ValueError(f"shard must be (i, n) with 0 <= i < n, not {shard!r}")
    return shard_of(key, n) == i


def is_conflict(exc: BaseException) -> bool:
    text = str(exc)
    return isinstance(exc, duckdb.TransactionException) and (
        "conflict" in text.lower() or "maximum retry count" in text)


def in_transaction(con: duckdb.DuckDBPyConnection, body: Callable[[], T], *, what: str = "transaction",
                   attempts: int = COMMIT_ATTEMPTS) -> T:
    """BEGIN, body(), COMMIT; a conflicting commit runs body again in a fresh snapshot, so body must read what it
    decides on inside itself. Anything else rolls back and is raised."""
    for attempt in range(1, attempts + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            result = body()
            con.execute("COMMIT")
            return result
        except BaseException as exc:
            _rollback(con)
            if not is_conflict(exc):
                raise
            log.info("%s conflicted (attempt %d): %s", what, attempt, str(exc).splitlines()[-1])
            time.sleep(min(2.0, 0.05 * 1.5 ** attempt) * (0.5 + random.random()))
    raise CommitConflict(f"{what} conflicted with other writers {attempts} times; nothing of it was committed")


def _rollback(con) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:  # a failed COMMIT has already ended the transaction
        pass


class Claims:
    """No other writer can exist (the embedded file): every claim is granted at once."""

    def take(self, keys: Iterable[str]) -> None:
        """Wait until every key is ours."""

    def try_take(self, keys: Iterable[str]) -> list[str]:
        """The keys that could be taken now, without waiting."""
        return list(keys)

    def release(self, keys: Iterable[str]) -> None:
        pass

    def close(self) -> None:
        pass


NO_CLAIMS = Claims()


class AdvisoryClaims(Claims):
    """Session advisory locks in the catalog's PostgreSQL: held until released or until the process dies."""

    NAMESPACE = "govwatch-writer:"

    def __init__(self, dsn: str):
        import psycopg2

        self.conn = psycopg2.connect(dsn)
        self.conn.autocommit = True

    @classmethod
    def lock_id(cls, key: str) -> int:
        return int.from_bytes(hashlib.blake2b((cls.NAMESPACE + key).encode(), digest_size=8).digest(), "big",
                              signed=True)

    def take(self, keys: Iterable[str]) -> None:
        with self.conn.cursor() as cur:
            for key in sorted(set(keys)):  # one order for every writer: no deadlock
                cur.execute("SELECT pg_advisory_lock(%s)", [self.lock_id(key)])

    def try_take(self, keys: Iterable[str]) -> list[str]:
        keys = sorted(set(keys))
        with self.conn.cursor() as cur:
            cur.execute("SELECT k, pg_try_advisory_lock(id) FROM unnest(%s::text[], %s::bigint[]) AS u(k, id)",
                        [keys, [self.lock_id(k) for k in keys]])
            return [k for k, got in cur.fetchall() if got]

    def release(self, keys: Iterable[str]) -> None:
        keys = sorted(set(keys))
        if keys:
            with self.conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock(id) FROM unnest(%s::bigint[]) AS u(id)",
                            [[self.lock_id(k) for k in keys]])

    def close(self) -> None:
        self.conn.close()


def claims_for(con: duckdb.DuckDBPyConnection) -> Claims:
    """Advisory claims when the connection's default catalog is a lake on PostgreSQL, else none."""
    row = con.execute("SELECT type, path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    if row and row[0] == "ducklake":
        path = row[1] or ""
        if not path.startswith("postgres:"):
            raise ValueError(f"concurrent writers need a PostgreSQL catalog, not {path!r}")
        return AdvisoryClaims(path.removeprefix("postgres:"))
    return NO_CLAIMS
