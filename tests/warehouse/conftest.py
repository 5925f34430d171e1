"""One PostgreSQL for every DuckLake test of the session (started here, stopped at the end); each test module
makes its own lakes in it (`new_lake`). CI installs PostgreSQL, so there these tests run, never skip."""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from warehouse.lake import LakeSettings
from warehouse.pgcluster import LocalPostgres, PostgresUnavailable

_LAKES = itertools.count()


@pytest.fixture(scope="session")
def lake_server():
    # Not under pytest's temp folder: every pytest session that starts resets that folder to 0700, and the
    # server, which runs as the postgres user when we are root, would lose its way to its own files.
    folder = Path(tempfile.mkdtemp(prefix="govwatch-test-pg-"))
    try:
        pg = LocalPostgres(folder / "cluster").start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            raise  # .ci/run installs PostgreSQL: in CI these tests run, they never skip
        pytest.skip(str(exc))
    yield pg
    pg.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def new_lake(lake_server, tmp_path_factory):
    """new_lake() → the settings of an empty lake of its own (catalog database and data folder)."""
    def make() -> LakeSettings:
        name = f"lake{next(_LAKES)}"
        lake_server.create_database(name)
        return LakeSettings(lake_server.dsn(name), str(tmp_path_factory.mktemp(name) / "files"))
    return make
