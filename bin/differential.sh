#!/usr/bin/env bash
# Differential run: every JS fixture under node AND under noderun, compared
# with each other (the .out files are not consulted).
#
# Approach: this is pytest with the noderun fixture plugin in its
# --noderun-differential mode, so fixture discovery, sidecar (.json) handling,
# cwd, stdin, timeouts and the command lines are exactly the test suite's own
# (noderun/pytest_plugin.py); nothing is re-implemented here. In that mode each
# fixture runs under node and under noderun with the same options, args, env
# and stdin, and noderun's stdout and exit code must equal node's. stderr is
# not compared (stack traces and paths legitimately differ). Fixtures marked
# "node": false are skipped.
#
# Output: one line per fixture, "<path> SAME" or "<path> DIFF" (details of each
# DIFF follow), then "differential: N SAME, M DIFF, K skipped".
# Exit status: 0 all SAME, 1 any DIFF, other values are pytest's (2 interrupted,
# 4 usage error, 5 no fixture found).
#
# Usage:  bin/differential.sh [DIR...]        (default: js_tests)
# Environment:
#   NODERUN       command that runs noderun (default: "$PYTHON -m noderun")
#   NODERUN_NODE  node binary (default: the reference node v24.12.0 that bin/install-node
#                 installs, as pyproject.toml names it)
#   PYTHON        interpreter with pytest and noderun (default: .venv/bin/python
#                 of this checkout if present, else python3)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${PYTHON:-}" ]; then
    if [ -x "$root/.venv/bin/python" ]; then PYTHON=$root/.venv/bin/python; else PYTHON=python3; fi
fi
export NODERUN_COMMAND=${NODERUN:-"$PYTHON -m noderun"}

[ $# -gt 0 ] || set -- "$root/js_tests"
dirs=()
for dir in "$@"; do
    dirs+=("$(cd "$dir" && pwd)")   # absolute, before leaving the caller's cwd
done

cd "$root"
exec "$PYTHON" -m pytest -v --no-header -p no:cacheprovider -m js_fixture \
    --noderun-differential \
    -o "noderun_fixture_dirs=$(printf '%s\n' "${dirs[@]}")" \
    "${dirs[@]}"
