#!/usr/bin/env bash
# npm run api:fuzz: schemathesis (from PyPI, pinned) against a running intake, driven by the intake's
# own /openapi.json. Every documented route gets generated requests (bodies, headers, paths,
# queries), signed in and not; no answer may be a 5xx. The stack is `npm start` on its embedded
# defaults (Temporal dev server, sandbox, worker, intake) on ports of its own, stopped afterwards.
#   API_FUZZ_EXAMPLES  examples per operation (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.tools/schemathesis
SCHEMATHESIS_VERSION=4.32.5
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi

DATA=$(mktemp -d)
PORT=${API_FUZZ_PORT:-3310}
ADMIN=$(node -e "process.stdout.write(require('crypto').randomBytes(18).toString('hex'))")
# In a process group of its own (setsid), so stopping it reaches every process npx starts.
DATA_DIR="$DATA" INTAKE_PORT=$PORT TEMPORAL_PORT=${API_FUZZ_TEMPORAL_PORT:-7290} TEMPORAL_UI_PORT=${API_FUZZ_UI_PORT:-8290} \
  SANDBOX_PORT=${API_FUZZ_SANDBOX_PORT:-4090} ADMIN_TOKEN="$ADMIN" LOG_LEVEL=warn \
  setsid node_modules/.bin/tsx bin/start.ts >"$DATA/start.log" 2>&1 &
PID=$!
stop() {
  kill -INT -- "-$PID" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$PID" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  rm -rf "$DATA"
}
trap stop EXIT

for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { cat "$DATA/start.log"; echo "api:fuzz: the stack did not start" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null || { tail -50 "$DATA/start.log"; echo "api:fuzz: the intake never became ready" >&2; exit 1; }

# Schemathesis closes with a pytest-style line ("=== 1 warning in 13s ===") that a CI reading
# closing lines takes for a pytest run with no test: its report goes to a file, and only a line of
# ours is printed (the whole report when it fails).
run() {
  local report="$DATA/schemathesis-$1.txt"
  shift
  if "$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/openapi.json" \
    --checks not_a_server_error --max-examples "${API_FUZZ_EXAMPLES:-30}" --generation-deterministic \
    --request-timeout 20 --workers 1 "$@" >"$report" 2>&1; then
    echo "api:fuzz: $(grep -Eo '[0-9]+ generated' "$report" | tail -1) requests, none answered with a 5xx"
  else
    cat "$report"
    echo "api:fuzz: schemathesis found a failure (above)" >&2
    exit 1
  fi
}
echo "== api:fuzz: signed out"
run signed-out
echo "== api:fuzz: signed in (review, follow-up, dead-letter and codec surfaces)"
run signed-in -H "Authorization: Bearer $ADMIN"
