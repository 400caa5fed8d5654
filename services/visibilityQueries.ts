/**
 * Every Temporal visibility query this service runs, built from the typed search-attribute keys
 * (workflows/searchAttributes.ts) and the workflow names the worker registers: a renamed key or
 * workflow is a type-check error here, never a query that silently finds nothing. The services,
 * the activities and the links into the Temporal UI all list workflows through these.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type * as workflows from '../workflows';
import type { ReviewStatus } from '../workflows/definitions';
import { followUpIdPrefix } from '../workflows/ids';
import { FollowUpAtKey, OptOutScopeKey, RecordIdKey, ReviewStatusKey } from '../workflows/searchAttributes';
import type { OptOutScope } from '../domain/plan';

/** Temporal's own (system) attributes, typed like ours; never registered, always there. */
const WorkflowTypeKey = defineSearchAttributeKey('WorkflowType', SearchAttributeType.KEYWORD);
const WorkflowIdKey = defineSearchAttributeKey('WorkflowId', SearchAttributeType.KEYWORD);
const ExecutionStatusKey = defineSearchAttributeKey('ExecutionStatus', SearchAttributeType.KEYWORD);

/** A workflow type is one of the workflows the worker registers (workflows/index.ts). */
type WorkflowType = keyof typeof workflows;

// The SDK exports defineSearchAttributeKey but not its key type: take it from the function.
type KeywordKey = ReturnType<typeof defineSearchAttributeKey<typeof SearchAttributeType.KEYWORD>>;
type DatetimeKey = ReturnType<typeof defineSearchAttributeKey<typeof SearchAttributeType.DATETIME>>;

/** A string literal of the visibility grammar (single quotes doubled). */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const is = (key: KeywordKey, value: string) => `${key.name} = ${literal(value)}`;
const isOneOf = (key: KeywordKey, values: readonly string[]) => `${key.name} IN (${values.map(literal).join(', ')})`;
const startsWith = (key: KeywordKey, prefix: string) => `${key.name} STARTS_WITH ${literal(prefix)}`;
const before = (key: DatetimeKey, at: Date) => `${key.name} < ${literal(at.toISOString())}`;
const atOrBefore = (key: DatetimeKey, at: Date) => `${key.name} <= ${literal(at.toISOString())}`;
const ofType = (type: WorkflowType) => is(WorkflowTypeKey, type);
const running = () => is(ExecutionStatusKey, 'Running');
const and = (...parts: string[]) => parts.join(' AND ');

/** Calls whose workflow completed (the insights backfill reads their results). */
export function completedCallsQuery(): string {
  return and(ofType('processCall'), is(ExecutionStatusKey, 'Completed'));
}

/** The review states a person (or the deadline) has settled. */
export const DECIDED_REVIEW_STATUSES: readonly ReviewStatus[] = ['approved', 'rejected', 'edited', 'expired'];

/** Calls whose review is settled (the queue's "decided" view). */
export function decidedReviewsQuery(): string {
  return and(ofType('processCall'), isOneOf(ReviewStatusKey, DECIDED_REVIEW_STATUSES));
}

/** The review states in which a call waits for a person. */
export const WAITING_REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', 'escalated'];

/** Calls waiting for a reviewer (the review queue, the digest, the queue's Temporal UI link). */
export function pendingReviewsQuery(): string {
  return and(ofType('processCall'), running(), isOneOf(ReviewStatusKey, WAITING_REVIEW_STATUSES));
}

/**
 * Follow-ups still waiting, optionally only those due strictly before `dueBefore` (the caller
 * asks for "< one millisecond later" for an inclusive bound: the dev server's SQLite visibility
 * misses an exactly equal datetime, while every store agrees on a strict comparison).
 */
export function waitingFollowUpsQuery(opts: { dueBefore?: Date } = {}): string {
  const parts = [ofType('followUp'), running()];
  if (opts.dueBefore) parts.push(before(FollowUpAtKey, opts.dueBefore));
  return and(...parts);
}

/** Follow-ups waiting and due at or before `at` (the digest: today's and the overdue). */
export function followUpsDueByQuery(at: Date): string {
  return and(ofType('followUp'), running(), atOrBefore(FollowUpAtKey, at));
}

/** Every follow-up of one call, in any state (STARTS_WITH may also find call "a-1"'s for "a": filter with isFollowUpOfCall). */
export function followUpsOfCallQuery(callId: string): string {
  return and(ofType('followUp'), startsWith(WorkflowIdKey, followUpIdPrefix(callId)));
}

/** Follow-ups still waiting to contact this ReferralRock record (a later call is told about them). */
export function waitingFollowUpsOfRecordQuery(recordId: string): string {
  return and(ofType('followUp'), running(), is(RecordIdKey, recordId));
}

/** Calls in which this record's person opted out in one of these scopes (our suppression record). */
export function optOutsOfRecordQuery(recordId: string, scopes: readonly OptOutScope[]): string {
  return and(ofType('processCall'), is(RecordIdKey, recordId), isOneOf(OptOutScopeKey, scopes));
}
