"""The Dagster instance on PostgreSQL (deploy/dagster-postgres.yaml): run, event-log and schedule storage that
the webserver, the daemon and every run worker share, with the queued run coordinator and pool limits."""
from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from dagster import DagsterInstance

from warehouse.paths import REPO_ROOT

DEPLOY_CONFIG = REPO_ROOT / "deploy" / "dagster-postgres.yaml"


def connection_env(host: str, port: int, user: str, db: str, password: str = "") -> dict[str, str]:
    """The variables deploy/dagster-postgres.yaml reads; every Dagster process needs them in its environment."""
    return {"GOVWATCH_DAGSTER_PG_HOST": host, "GOVWATCH_DAGSTER_PG_PORT": str(port),
            "GOVWATCH_DAGSTER_PG_USER": user, "GOVWATCH_DAGSTER_PG_PASSWORD": password,
            "GOVWATCH_DAGSTER_PG_DB": db}


def prepare_home(home: Path) -> Path:
    """A DAGSTER_HOME whose dagster.yaml is the deploy file (copied each time, so an edit to it takes effect)."""
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DEPLOY_CONFIG, home / "dagster.yaml")
    return home


def set_pool_limits(instance: DagsterInstance, limits: Mapping[str, int]) -> dict[str, int]:
    """Store each pool's limit in the instance (what `dagster instance concurrency set POOL N` does); pools not
    named keep the default_limit of dagster.yaml. Returns the limits as the instance now reports them."""
    storage = instance.event_log_storage
    for pool, limit in limits.items():
        storage.set_concurrency_slots(pool, limit)
    return {pool: storage.get_concurrency_info(pool).slot_count for pool in limits}
