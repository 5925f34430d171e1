"""Resources: the warehouse connection and the dbt CLI, both following GOVWATCH_DB / GOVWATCH_TARGET (read when a
run starts)."""
from contextlib import contextmanager

from dagster import EnvVar
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from orchestration.project import DBT_DIR, DBT_EXECUTABLE
from warehouse.lake import connect_lake, target


class WarehouseResource(DuckDBResource):
    """The warehouse of the selected target: the embedded file at `database`, or the DuckLake catalog
    (GOVWATCH_TARGET=ducklake, warehouse/lake.py), each connection its own writer."""

    @contextmanager
    def get_connection(self):
        if target() != "ducklake":
            with super().get_connection() as con:
                yield con
            return
        con = connect_lake()
        try:
            yield con
        finally:
            con.close()


RESOURCES = {
    "duckdb": WarehouseResource(database=EnvVar("GOVWATCH_DB")),
    "dbt": DbtCliResource(project_dir=str(DBT_DIR), profiles_dir=str(DBT_DIR), dbt_executable=DBT_EXECUTABLE),
}
