"""The dbt project's conventions, checked: staging only renames and types, models are named by layer with one
aggregate naming scheme, every name the docs and reports use exists, and the SQL passes sqlfluff."""
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DBT = REPO / "dbt_project"
MODELS = DBT / "models"


def _models(layer: str) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in (MODELS / layer).rglob("*.sql")}


def _sql_without_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*|\{#.*?#\}", "", sql, flags=re.S).lower()


def test_staging_models_only_rename_and_type():
    """One source table each, no joins, no ranking or aggregation: those belong to intermediate/."""
    for name, sql in _models("staging").items():
        code = _sql_without_comments(sql)
        assert name.startswith("stg_"), name
        assert len(re.findall(r"\bsource\(", code)) == 1 and "ref(" not in code, name
        assert not re.search(r"\bjoin\b|\bover\s*\(|\bgroup\s+by\b|\bqualify\b|\bunion\b", code), name


def test_models_are_named_by_layer():
    assert all(n.startswith("int_") for n in _models("intermediate")), _models("intermediate").keys()
    assert all(n.startswith(("fct_", "dim_")) for n in _models("marts")), _models("marts").keys()


def test_aggregates_are_named_one_way():
    """fct_<facts>_by_<grain>, never agg_…: one scheme for every mart that counts or sums per group."""
    names = [p.stem for p in MODELS.rglob("*.sql")]
    assert not [n for n in names if n.startswith("agg_")]
    assert all(n.startswith("fct_") for n in names if "_by_" in n)
    for name, sql in _models("marts").items():
        final_select = _sql_without_comments(sql).rsplit("select", 1)[-1]
        if re.search(r"\bgroup\s+by\b", final_select):  # the model's own rows are groups
            assert "_by_" in name, f"{name} aggregates: call it fct_<facts>_by_<grain>"


def test_every_mart_named_in_the_readme_reports_and_exposures_exists():
    marts = set(_models("marts"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:fct|dim|agg)_\w+)`", readme))
    reports = (REPO / "govwatch" / "reports.py").read_text(encoding="utf-8")
    named |= set(re.findall(r"marts\.((?:fct|dim|agg)_\w+)", reports))
    exposures = (MODELS / "marts" / "facts" / "_exposures.yml").read_text(encoding="utf-8")
    named |= set(re.findall(r"ref\('(\w+)'\)", exposures))
    assert named and named <= marts, named - marts


def test_sql_passes_sqlfluff():
    """`sqlfluff lint` with dbt_project/.sqlfluff (the jinja templater with dbt builtins: offline, no warehouse)."""
    result = subprocess.run([sys.executable, "-m", "sqlfluff", "lint", "models", "tests", "--nocolor"],
                            cwd=DBT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
