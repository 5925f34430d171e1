"""Resources: one DuckDB resource and the dbt CLI, both pointed at GOVWATCH_DB (read when a run starts)."""
from dagster import EnvVar
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from orchestration.project import DBT_DIR, DBT_EXECUTABLE

RESOURCES = {
    "duckdb": DuckDBResource(database=EnvVar("GOVWATCH_DB")),
    "dbt": DbtCliResource(project_dir=str(DBT_DIR), profiles_dir=str(DBT_DIR), dbt_executable=DBT_EXECUTABLE),
}
