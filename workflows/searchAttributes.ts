/**
 * Our custom search attributes: what operators filter on in the Temporal UI. Registered on the dev
 * server at start and by docker-compose's one-shot setup on a real cluster (keep the two in step).
 * Never PII: search attributes are stored in plain text.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const CallIdKey = defineSearchAttributeKey('CallId', SearchAttributeType.KEYWORD);
export const IntentKey = defineSearchAttributeKey('Intent', SearchAttributeType.KEYWORD);
export const MatchStatusKey = defineSearchAttributeKey('MatchStatus', SearchAttributeType.KEYWORD);
export const ReviewStatusKey = defineSearchAttributeKey('ReviewStatus', SearchAttributeType.KEYWORD);
export const FollowUpAtKey = defineSearchAttributeKey('FollowUpAt', SearchAttributeType.DATETIME);
export const RecordIdKey = defineSearchAttributeKey('ReferralRockRecordId', SearchAttributeType.KEYWORD);
export const CampaignKey = defineSearchAttributeKey('Campaign', SearchAttributeType.KEYWORD);
/** Set when the caller opted out: this is the service's own suppression record, queried before follow-ups fire. */
export const OptOutScopeKey = defineSearchAttributeKey('OptOutScope', SearchAttributeType.KEYWORD);

export const ALL_SEARCH_ATTRIBUTES = [CallIdKey, IntentKey, MatchStatusKey, ReviewStatusKey, FollowUpAtKey, RecordIdKey, CampaignKey, OptOutScopeKey];
