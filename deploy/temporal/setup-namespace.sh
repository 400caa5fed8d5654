#!/bin/sh
# One-shot: the namespace (retention longer than any webhook redelivery window, so a closed call's
# workflow id keeps refusing duplicates) and our search attributes. Idempotent.
# Keep the attribute list in step with workflows/searchAttributes.ts.
set -eu
NS="${NAMESPACE:-default}"
temporal operator namespace describe -n "$NS" >/dev/null 2>&1 || \
  temporal operator namespace create -n "$NS" --retention "${RETENTION:-30d}"
for sa in CallId=Keyword Intent=Keyword MatchStatus=Keyword ReviewStatus=Keyword FollowUpAt=Datetime \
          ReferralRockRecordId=Keyword Campaign=Keyword OptOutScope=Keyword; do
  name="${sa%%=*}"; type="${sa#*=}"
  temporal operator search-attribute list -n "$NS" | grep -qw "$name" || \
    temporal operator search-attribute create -n "$NS" --name "$name" --type "$type"
done
echo "namespace $NS and search attributes ready"
