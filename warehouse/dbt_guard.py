"""dbt-duckdb plugin of the `duckdb` output (dbt_project/profiles.yml): dbt stops when the process that started it
dies. A `govwatch refresh` or a Dagster run worker killed while dbt builds left `dbt build` running on its own,
writing the warehouse outside the writer pool's control (the next run then met its lock). dbt's transactions are
the warehouse's: a build stopped here leaves the last committed state, and the next build makes the rest."""
from __future__ import annotations

import os
import sys
import threading

from dbt.adapters.duckdb.plugins import BasePlugin

POLL_S = 1.0
_started = threading.Event()


def watch_parent(parent: int | None = None, poll_s: float = POLL_S) -> None:
    """A daemon thread that ends this process once its parent is gone (reparented: getppid() changes)."""
    if _started.is_set():
        return
    _started.set()
    parent = os.getppid() if parent is None else parent

    def watch() -> None:
        pause = threading.Event()
        while os.getppid() == parent:
            if not threading.main_thread().is_alive():
                return  # dbt ended on its own
            pause.wait(poll_s)
        print(f"dbt: the process that started this build ({parent}) is gone; stopping", file=sys.stderr, flush=True)
        os._exit(3)

    threading.Thread(target=watch, name="govwatch-parent-watch", daemon=True).start()


class Plugin(BasePlugin):
    def initialize(self, plugin_config) -> None:
        watch_parent()
