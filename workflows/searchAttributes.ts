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

/**
 * What the review queue filters and sorts on, set when a call starts waiting for a person: the queue
 * pages over visibility and asks a workflow for its state only for the calls on the page.
 */
export const ReviewReasonsKey = defineSearchAttributeKey('ReviewReasons', SearchAttributeType.KEYWORD_LIST);
export const ReviewDeadlineKey = defineSearchAttributeKey('ReviewDeadline', SearchAttributeType.DATETIME);
/** The team or person the plan routes the call to (a routing name from config, not the caller). */
export const OwnerKey = defineSearchAttributeKey('Owner', SearchAttributeType.KEYWORD);

export const ALL_SEARCH_ATTRIBUTES = [CallIdKey, IntentKey, MatchStatusKey, ReviewStatusKey, FollowUpAtKey, RecordIdKey, CampaignKey, OptOutScopeKey, ReviewReasonsKey, ReviewDeadlineKey, OwnerKey];
