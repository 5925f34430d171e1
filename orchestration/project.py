"""The one dbt project and the locations every asset shares. Nothing runs at import: definitions call these."""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse.paths import REPO_ROOT, Paths

if TYPE_CHECKING:  # dagster_dbt takes ~2 s to import: only the definitions need it, not a step that runs dbt
    from dagster_dbt import DbtProject

DBT_DIR = REPO_ROOT / "dbt_project"
MANIFEST = DBT_DIR / "target" / "manifest.json"  # where DbtProject (default target path) keeps it
# The dbt next to this Python, so nothing depends on an activated venv or PATH.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))
# What `dbt parse` reads: a change to any of these makes the manifest stale.
DBT_SOURCES = ("models/**/*", "macros/**/*", "tests/**/*", "seeds/**/*")


def prepare_environment() -> None:
    """dbt's profile, the DuckDB resource and subprocesses read the same locations: defaults for any not set."""
    paths = Paths.from_env()
    paths.export_env()
    os.environ.setdefault("DBT_LOG_PATH", str(paths.data_dir / "logs" / "dbt"))


@cache
def dbt_project() -> DbtProject:
    from dagster_dbt import DbtProject

    project = DbtProject(project_dir=DBT_DIR, profiles_dir=DBT_DIR)
    if project.manifest_path != MANIFEST:
        raise RuntimeError(f"dagster_dbt keeps the manifest at {project.manifest_path}, not {MANIFEST}")
    return project


def _manifest_is_stale(manifest: Path) -> bool:
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [DBT_DIR / "dbt_project.yml", DBT_DIR / "profiles.yml",
               *(path for pattern in DBT_SOURCES for path in DBT_DIR.glob(pattern))]
    return any(p.stat().st_mtime > built for p in sources if p.is_file())


def ensure_manifest(force: bool = False) -> Path:
    """dbt's manifest is built, not committed: parse on a fresh checkout and whenever the project changed.

    Several processes load the definitions at once (`dagster dev` starts a webserver and a daemon; a scale-out run
    starts a code server per worker): one parses while the others wait on a lock, then find it fresh. The new
    manifest is parsed into a folder of its own and moved into place, so a process reading the old one never reads
    a half-written file."""
    target = MANIFEST.parent
    target.mkdir(parents=True, exist_ok=True)
    with open(target / ".parse.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if force or _manifest_is_stale(MANIFEST):
            _parse_into_place(target)
    return MANIFEST


def _parse_into_place(target: Path) -> None:
    prepare_environment()  # the profile names GOVWATCH_DB
    scratch = Path(tempfile.mkdtemp(prefix=".parse-", dir=target))
    try:
        partial = target / "partial_parse.msgpack"  # dbt's own cache of the last parse: kept across parses
        if partial.exists():
            shutil.copy2(partial, scratch / partial.name)
        subprocess.run([DBT_EXECUTABLE, "parse", "--quiet", "--project-dir", str(DBT_DIR), "--profiles-dir",
                        str(DBT_DIR), "--target-path", str(scratch)], check=True, cwd=DBT_DIR)
        for path in scratch.iterdir():
            if path.is_file():
                os.replace(path, target / path.name)  # each file is replaced whole, never rewritten in place
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# The clock fct_source_health judges freshness by. An environment variable, not a dbt var: a var that changes every
# night makes dbt parse the whole project again; an environment variable, only the file that reads it.
HEALTH_CLOCK_ENV = "GOVWATCH_HEALTH_AS_OF"

# dbt's cache of its last parse. A run parses in a target folder of its own (dagster-dbt's, or a scratch folder), where
# dbt finds no cache and parses the whole project (about 4 s of every nightly build); the file is carried into the
# run's folder and back. dbt checks it against the project, the profile (so GOVWATCH_DB), the vars and the
# environment variables the project reads before it uses any of it: a stale copy costs one whole parse, never a
# wrong build.
PARTIAL_PARSE = MANIFEST.parent / "partial_parse.msgpack"


@contextmanager
def reused_parse(target: Path, saved: Path | None = None) -> Iterator[None]:
    """dbt run in `target` starts from the last parse kept in `saved` (the project's, by default) and leaves its own
    there for the next run (replaced whole)."""
    saved = saved or PARTIAL_PARSE
    target.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(saved, target / PARTIAL_PARSE.name)
    except OSError:
        pass  # none yet (or unreadable): this run parses everything
    try:
        yield
    finally:
        fresh = target / PARTIAL_PARSE.name
        if fresh.exists():
            try:
                saved.parent.mkdir(parents=True, exist_ok=True)
                scratch = saved.with_name(f".{saved.name}.{os.getpid()}")
                shutil.copyfile(fresh, scratch)
                os.replace(scratch, saved)
            except OSError:
                pass  # a cache: the next run parses everything


@contextmanager
def environ(**values: str) -> Iterator[None]:
    """os.environ with `values` set, as it was afterwards: for a subprocess that copies the environment at start."""
    before = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
