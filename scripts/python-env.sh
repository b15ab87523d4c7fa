#!/usr/bin/env bash
# Creates (or refreshes) .venv at the repo root with the Python client in clients/python, its notebook and
# test extras, at the exact versions of clients/python/requirements.lock. Quick when nothing changed: a stamp
# in .venv holds a hash of pyproject.toml and the lock, and the install is skipped while they match.
# Without a lock (first run, or after deleting it to upgrade), installs from pyproject.toml and writes the lock.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLIENT="$ROOT/clients/python"
VENV="$ROOT/.venv"
LOCK="$CLIENT/requirements.lock"
STAMP="$VENV/.policy-graph-stamp"
PYTHON="${PYTHON:-python3}"

stamp() { cat "$CLIENT/pyproject.toml" "$LOCK" 2>/dev/null | sha256sum | cut -d' ' -f1; }

if [[ -x "$VENV/bin/python" && -f "$LOCK" && -f "$STAMP" && "$(cat "$STAMP")" == "$(stamp)" ]]; then
  echo "python-env: .venv is up to date"
  exit 0
fi

if [[ ! -x "$VENV/bin/python" ]]; then
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "python-env: needs Python 3.11+ ($PYTHON)" >&2; exit 1; }
  "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check --quiet)

if [[ -f "$LOCK" ]]; then
  "${PIP[@]}" install -r "$LOCK"
  "${PIP[@]}" install --no-deps -e "$CLIENT"
else
  "${PIP[@]}" install -e "$CLIENT[notebook,test]"
  {
    echo "# Exact versions of the Python client's dependencies and extras (notebook, test)."
    echo "# Written by scripts/python-env.sh from pip freeze; delete it and run the script again to upgrade."
    "$VENV/bin/python" -m pip freeze --exclude-editable | grep -v '^policy-graph'
  } > "$LOCK"
fi
stamp > "$STAMP"
echo "python-env: .venv ready ($("$VENV/bin/python" --version))"
