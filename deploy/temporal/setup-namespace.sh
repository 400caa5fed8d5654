#!/bin/sh
# One-shot: the namespace (retention longer than any webhook redelivery window, so a closed call's
# workflow id keeps refusing duplicates) and our search attributes. Idempotent.
# Keep the attribute list in step with workflows/searchAttributes.ts.
set -eu
NS="${NAMESPACE:-default}"
# The port opens before the frontend serves: wait until the cluster says it is healthy.
tries=0
until temporal operator cluster health 2>/dev/null | grep -q SERVING; do
  tries=$((tries + 1)); [ "$tries" -gt 120 ] && { echo "Temporal did not become healthy" >&2; exit 1; }
  sleep 1
done
temporal operator namespace describe -n "$NS" >/dev/null 2>&1 || \
  temporal operator namespace create -n "$NS" --retention "${RETENTION:-30d}"
# A new namespace takes a moment to reach every cache ("Namespace ... is not found"): retry.
retry() {
  n=0
  until "$@"; do
    n=$((n + 1)); [ "$n" -gt 30 ] && return 1
    sleep 1
  done
}
for sa in CallId=Keyword Intent=Keyword MatchStatus=Keyword ReviewStatus=Keyword FollowUpAt=Datetime \
          ReferralRockRecordId=Keyword Campaign=Keyword OptOutScope=Keyword ReviewReasons=KeywordList \
          ReviewDeadline=Datetime Owner=Keyword; do
  name="${sa%%=*}"; type="${sa#*=}"
  retry sh -c "temporal operator search-attribute list -n '$NS' >/tmp/sa.txt" || { echo "cannot list search attributes" >&2; exit 1; }
  grep -qw "$name" /tmp/sa.txt || \
    retry temporal operator search-attribute create -n "$NS" --name "$name" --type "$type"
done
echo "namespace $NS and search attributes ready"
