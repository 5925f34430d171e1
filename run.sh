#!/usr/bin/env bash
# One entry point for a fresh machine: creates .venv, installs the pinned set, then runs the demo or the tests.
#   bash run.sh demo   — the whole pipeline, through Dagster, on the bundled offline demo site
#   bash run.sh test   — the test suite
#   bash run.sh ui     — the Dagster UI on 127.0.0.1:3000 with the project's instance
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
case "$cmd" in
  demo) exec .venv/bin/govwatch demo "$@" ;;
  test) exec .venv/bin/python -m pytest "$@" ;;
  ui)   exec .venv/bin/govwatch ui "$@" ;;
  *)    exec .venv/bin/govwatch "$cmd" "$@" ;;
esac
