"""dbt-duckdb plugin of the `ducklake` output (dbt_project/profiles.yml): loads the ducklake and postgres
extensions from their PyPI wheels' files on every connection dbt opens, before dbt attaches the lake."""
from __future__ import annotations

from dbt.adapters.duckdb.plugins import BasePlugin

from warehouse.lake import load_extensions


class Plugin(BasePlugin):
    def configure_connection(self, conn) -> None:
        load_extensions(conn)
