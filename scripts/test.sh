#!/usr/bin/env bash
# `npm test`: type-check, lint, then every jest suite against real servers (Temporal dev and
# time-skipping servers, the intake, the ReferralRock sandbox), including the shared conformance
# scripts. Its very last line is "tests: N passed, M failed" (CI reads the closing line; jest's own
# summary, on stderr, would otherwise come after it).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== type-check" && npx tsc --noEmit -p tsconfig.json
echo "== lint" && npx eslint .
summary="$(mktemp)"
trap 'rm -f "$summary"' EXIT
echo "== tests"
status=0
TEST_SUMMARY_FILE="$summary" npx jest "$@" || status=$?
if [ -s "$summary" ]; then echo; cat "$summary"; else echo; echo "tests: 0 passed, 1 failed"; fi
exit "$status"
