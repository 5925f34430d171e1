"""The one dbt project and the paths every asset shares."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from warehouse.paths import REPO_ROOT, Paths

# Defaults for anything not set; assets read Paths.from_env() when they run, so tests can point elsewhere.
Paths.from_env().export_env()

DBT_DIR = REPO_ROOT / "dbt_project"
# The dbt next to this Python, so nothing depends on an activated venv or PATH.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))
dbt_project = DbtProject(project_dir=DBT_DIR, profiles_dir=DBT_DIR)


def ensure_manifest(force: bool = False) -> Path:
    """dbt's manifest is built, not committed: parse once on a fresh checkout (and on request)."""
    if force or not dbt_project.manifest_path.exists():
        subprocess.run([DBT_EXECUTABLE, "parse", "--quiet", "--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR)],
                       check=True, cwd=DBT_DIR)
    return dbt_project.manifest_path


ensure_manifest()
