"""Resources: one DuckDB resource and the dbt CLI, both pointed at GOVWATCH_DB."""
from dagster import EnvVar
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from orchestration.project import DBT_EXECUTABLE, dbt_project

RESOURCES = {
    "duckdb": DuckDBResource(database=EnvVar("GOVWATCH_DB")),
    "dbt": DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE),
}
