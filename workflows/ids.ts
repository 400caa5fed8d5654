/**
 * Every workflow id (and the names derived with them) in one place: each has one builder, and
 * the ones read back (follow-up ids) one parser. Ids are built from call ids and record ids only,
 * never from a phone number or an email in plain text: workflow ids are stored unencrypted.
 */

/** The one workflow of a call: `call-<callId>`. The server refuses a second start for it. */
export function workflowIdForCall(callId: string): string {
  return `call-${callId}`;
}

/** The call id of a call's workflow id, or null when the id is not one. */
export function callIdOfWorkflowId(workflowId: string): string | null {
  return workflowId.startsWith('call-') ? workflowId.slice('call-'.length) : null;
}

/** The review round of a call (one per call): decisions name it, a decision for another is stale. */
export function reviewIdForCall(callId: string): string {
  return `${callId}:review`;
}

const FOLLOW_UP_PREFIX = 'followup-';
/** `followup-<callId>-<n>`: call ids may hold dashes, the number is always last. */
const FOLLOW_UP_ID = /^followup-([A-Za-z0-9_-]+)-(\d+)$/;

/** A follow-up the call asked for: `followup-<callId>-<n>`, n the write's number within the call. */
export function workflowIdForFollowUp(callId: string, actionIndex: number): string {
  return `${followUpIdPrefix(callId)}${actionIndex}`;
}

/** What every follow-up id of one call starts with (for a visibility STARTS_WITH). */
export function followUpIdPrefix(callId: string): string {
  return `${FOLLOW_UP_PREFIX}${callId}-`;
}

/** The call id and action number of a follow-up id, or null when the id cannot be one. */
export function parseFollowUpWorkflowId(workflowId: string): { callId: string; actionIndex: number } | null {
  const m = FOLLOW_UP_ID.exec(workflowId);
  return m ? { callId: m[1], actionIndex: Number(m[2]) } : null;
}

/** Is this the id of one of this call's own follow-ups? (Exactly this call's: call "a-1"'s are not call "a"'s.) */
export function isFollowUpOfCall(workflowId: string, callId: string): boolean {
  return parseFollowUpWorkflowId(workflowId)?.callId === callId;
}

/** ReferralRock writes run on their own queue so the server can rate-limit them globally. */
export function referralRockTaskQueue(callTaskQueue: string): string {
  return `${callTaskQueue}-referralrock`;
}

/**
 * The lock of one ReferralRock record. Locks live on the task queue of the workers that write
 * (`taskQueue`): a lock started by another deployment's queue would wait for workers that never come.
 */
export function workflowIdForRecordLock(target: { type: 'member' | 'referral'; id: string }, taskQueue: string): string {
  return `record-lock-${taskQueue}-${target.type}-${target.id}`;
}

/**
 * The lock for creating a record for one identity (an email): two quick calls from one new prospect
 * create one referral. Workflow ids are stored in plain text, so the email is hashed (FNV-1a, 64 bits
 * as two 32-bit halves; collisions only make two unrelated creates wait for each other).
 */
export function workflowIdForIdentityLock(email: string, taskQueue: string): string {
  const text = email.trim().toLowerCase();
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(text.length - 1 - i), 0x01000193) >>> 0;
  }
  return `identity-lock-${taskQueue}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** A write's turn at a record lock: `<callId>#<write index>`, from the workflow's input only (replays see the same). */
export function lockRequestIdForWrite(callId: string, index: number): string {
  return `${callId}#${index}`;
}

/** A follow-up reminder's turn at its record's lock: `<callId>#followup-<n>`. */
export function lockRequestIdForFollowUp(callId: string, actionIndex: number): string {
  return `${callId}#followup-${actionIndex}`;
}

/** The Schedule that starts the daily digest. */
export const DIGEST_SCHEDULE_ID = 'daily-digest';

/** The Schedule that starts the weekly insights digest. */
export const INSIGHTS_DIGEST_SCHEDULE_ID = 'weekly-insights-digest';
