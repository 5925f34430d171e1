#!/usr/bin/env bash
# One entry point for a fresh machine: creates .venv, installs the pinned set, then runs the demo or the tests.
#   bash run.sh demo   — the whole pipeline, through Dagster, on the bundled offline demo site
#   bash run.sh test   — the test suite
#   bash run.sh ui     — the Dagster UI on 127.0.0.1:3000 with the project's instance
#   bash run.sh scale-demo — the demo on DuckLake through Dagster on PostgreSQL, workers in parallel
set -euo pipefail
cd "$(dirname "$0")"

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for candidate in python3.11 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PY=$candidate; break; fi
  done
fi
"$PY" -c 'import sys; v = sys.version_info[:2]; assert (3, 11) <= v < (3, 13), f"govwatch needs Python 3.11 or 3.12, not {v}"' \
  || { echo "set PYTHON=/path/to/python3.11" >&2; exit 2; }

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.govwatch-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -c constraints.txt -e '.[dev]'
  touch "$stamp"
fi

cmd=${1:-demo}
shift || true

# PostgreSQL (Debian's package) backs the DuckLake catalog: its tests and `scale-demo` need the server binaries.
ensure_postgres() {
  if command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is not installed: sudo apt-get install postgresql (the DuckLake tests will skip)" >&2
  fi
}
case "$cmd" in
  demo) exec .venv/bin/govwatch demo "$@" ;;
  test) ensure_postgres; exec .venv/bin/python -m pytest "$@" ;;
  ui)   exec .venv/bin/govwatch ui "$@" ;;
  scale-demo) ensure_postgres; exec .venv/bin/govwatch scale-demo "$@" ;;
  *)    exec .venv/bin/govwatch "$cmd" "$@" ;;
esac
