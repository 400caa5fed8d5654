#!/bin/sh
# One-shot: create (or upgrade) Temporal's two PostgreSQL databases. Safe to run again.
set -eu
SQL="temporal-sql-tool --plugin postgres12 --ep postgresql -u ${POSTGRES_USER} -p 5432"
for db in temporal temporal_visibility; do
  $SQL --db "$db" create || true   # already there on a restart
done
$SQL --db temporal setup-schema -v 0.0 || true
$SQL --db temporal update-schema -d /etc/temporal/schema/postgresql/v12/temporal/versioned
$SQL --db temporal_visibility setup-schema -v 0.0 || true
$SQL --db temporal_visibility update-schema -d /etc/temporal/schema/postgresql/v12/visibility/versioned
echo "temporal schemas ready"
