"""The one dbt project and the paths every asset shares."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from warehouse.paths import REPO_ROOT, Paths

# Defaults for anything not set; assets read Paths.from_env() when they run, so tests can point elsewhere.
Paths.from_env().export_env()
os.environ.setdefault("DBT_LOG_PATH", str(Paths.from_env().data_dir / "logs" / "dbt"))

DBT_DIR = REPO_ROOT / "dbt_project"
# The dbt next to this Python, so nothing depends on an activated venv or PATH.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))
dbt_project = DbtProject(project_dir=DBT_DIR, profiles_dir=DBT_DIR)


def _manifest_is_stale() -> bool:
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [DBT_DIR / "dbt_project.yml", DBT_DIR / "profiles.yml",
               *DBT_DIR.glob("models/**/*"), *DBT_DIR.glob("macros/**/*"), *DBT_DIR.glob("tests/**/*")]
    return any(p.stat().st_mtime > built for p in sources if p.is_file())


def ensure_manifest(force: bool = False) -> Path:
    """dbt's manifest is built, not committed: parse on a fresh checkout and whenever the project changed."""
    if force or _manifest_is_stale():
        subprocess.run([DBT_EXECUTABLE, "parse", "--quiet", "--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR)],
                       check=True, cwd=DBT_DIR)
    return dbt_project.manifest_path


ensure_manifest()
