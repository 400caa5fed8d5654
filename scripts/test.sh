#!/usr/bin/env bash
# `npm test`: type-check, lint, then every jest suite against real servers (Temporal dev and
# time-skipping servers, the intake, the ReferralRock sandbox), including the shared conformance
# scripts. Ends with one "N passed, M failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== type-check" && npx tsc --noEmit -p tsconfig.json
echo "== lint" && npx eslint .
echo "== tests" && npx jest "$@"
