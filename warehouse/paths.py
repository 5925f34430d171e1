"""Where the warehouse, landing archive and serving copy live (one set of env vars for CLI, Dagster and dbt)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    warehouse: Path
    landing: Path
    serving: Path

    @classmethod
    def from_env(cls) -> "Paths":
        data = Path(os.environ.get("GOVWATCH_DATA_DIR") or REPO_ROOT / "data").resolve()
        return cls(
            data_dir=data,
            warehouse=Path(os.environ.get("GOVWATCH_DB") or data / "warehouse.duckdb").resolve(),
            landing=Path(os.environ.get("GOVWATCH_LANDING") or data / "landing").resolve(),
            serving=Path(os.environ.get("GOVWATCH_SERVING") or data / "serving.duckdb").resolve(),
        )

    def export_env(self) -> None:
        """dbt's profile, the DuckDB resource and subprocesses read the same locations; explicit settings win."""
        os.environ.setdefault("GOVWATCH_DATA_DIR", str(self.data_dir))
        os.environ.setdefault("GOVWATCH_DB", str(self.warehouse))
        os.environ.setdefault("GOVWATCH_LANDING", str(self.landing))
        os.environ.setdefault("GOVWATCH_SERVING", str(self.serving))
