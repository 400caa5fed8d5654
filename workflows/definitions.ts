/**
 * Inputs, results and message definitions shared by the workflows and their clients (services,
 * activities, tests). Importing this from Node code is safe: it only defines handles and types.
 * Workflow ids live in ids.ts, failure types in failures.ts.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Call } from '../domain/call';
import type { Plan, Action, RecordRef } from '../domain/plan';
import type { CandidateView } from '../domain/pickRecord';
import type { ReviewNote } from '../domain/reviewNotes';
import type { RecordedJudgement } from '../domain/classify/recorded';

export interface ProcessCallInput {
  call: Call;
  /** When the intake accepted the delivery (ISO). */
  receivedAt: string;
  /** The delivery's own id (webhook-id header), when it had one. */
  deliveryId?: string | null;
}

/**
 * What the classify activity answered (its classifier and raw signals), or that it failed: the
 * decision validates the signals, or stands in with the embedded rules and asks for review.
 */
export type Judged = RecordedJudgement;

export interface DecideResult {
  plan: Plan;
  /** When the first review deadline falls (business hours from the decision), if review is needed. */
  reviewDeadlineAt: string | null;
  /** For a plan that asks which record the caller is: each candidate as the reviewer sees it. */
  candidates?: CandidateView[];
  /** For a plan that needs a person: why, reason by reason, with the values and words that fired it. */
  reviewNotes?: ReviewNote[];
}

export type Phase = 'deciding' | 'writing' | 'waiting_for_review' | 'following_up' | 'completed';

export interface WriteRecord {
  /** The write's number within its call (0, 1, ...): the `#n` of its marker `[dialnexa:<callId>#n]`. */
  index: number;
  type: Action['type'];
  /** applied: written now; already_applied: found written before (exactly-once check). */
  outcome: 'applied' | 'already_applied' | 'scheduled' | 'failed';
  recordId: string | null;
  detail: string;
}

export type ReviewStatus = 'not_required' | 'pending' | 'escalated' | 'approved' | 'rejected' | 'edited' | 'expired';

export interface ReviewDecision {
  decision: 'approve' | 'reject' | 'edit';
  reviewer: string;
  comment?: string | null;
  /** For `edit`: the action list to carry out instead of the plan's. */
  actions?: Action[];
  /** The review round this decision answers (from getState); a decision for another round is stale. */
  reviewId?: string;
  /**
   * Required to approve or edit a plan that holds a possible opt-out (rule 3): `confirm` makes it the
   * full opt-out (stop all outreach in its scope, nothing promotional written), `lift` ends the pause.
   */
  optOut?: 'confirm' | 'lift';
  /**
   * For an `edit` that answers "which record is this?" (an ambiguous or weak match): the candidate
   * the reviewer named, or `none`; its actions are the pick's (domain/pickRecord.ts).
   */
  pick?: RecordRef | 'none';
}

export interface ReviewRecord {
  id: string;
  status: ReviewStatus;
  reasons: string[];
  deadlineAt: string | null;
  escalatedAt: string | null;
  decidedAt: string | null;
  reviewer: string | null;
  comment: string | null;
  /** The record the reviewer named for an ambiguous or weak match, or `none` (absent otherwise). */
  picked?: RecordRef | 'none';
  /** When the call began to wait for a person (absent on calls that waited before it was kept). */
  requestedAt?: string | null;
  /** Who is working on the call (the claim Update), and since when; absent or null when nobody is. */
  claimedBy?: string | null;
  claimedAt?: string | null;
}

/** A reviewer takes the call (others see it, and cannot decide it while the claim holds) or lets it go. */
export interface ClaimRequest {
  action: 'claim' | 'release';
  reviewer: string;
}

/** How long a claim holds without a decision: then anyone may take the call over. */
export const CLAIM_MINUTES = 30;

/** Who holds the review's claim at `nowMs` (younger than CLAIM_MINUTES), or null: the workflow, the queue and the page ask the same. */
export function liveClaim(review: Pick<ReviewRecord, 'claimedBy' | 'claimedAt'>, nowMs: number): string | null {
  const { claimedBy, claimedAt } = review;
  if (!claimedBy || !claimedAt) return null;
  return nowMs - Date.parse(claimedAt) < CLAIM_MINUTES * 60_000 ? claimedBy : null;
}

export interface CallState {
  callId: string;
  phase: Phase;
  plan: Plan | null;
  review: ReviewRecord;
  /** The actions being carried out (the plan's, or the reviewer's edit). */
  actions: Action[];
  writes: WriteRecord[];
  followUps: string[];
  /** The match's candidates as the reviewer sees them (absent on calls decided before they were kept). */
  candidates?: CandidateView[];
  /** Why the call waits for a person, reason by reason (absent on calls decided before they were kept). */
  reviewNotes?: ReviewNote[];
}

export interface ProcessCallResult {
  plan: Plan;
  review: ReviewRecord;
  writes: WriteRecord[];
  followUps: string[];
}

export const getStateQuery = defineQuery<CallState>('getState');
export const reviewUpdate = defineUpdate<ReviewRecord, [ReviewDecision]>('review');
export const claimUpdate = defineUpdate<ReviewRecord, [ClaimRequest]>('claim');

// --- follow-up ---------------------------------------------------------------------------------

export interface FollowUpInput {
  callId: string;
  actionIndex: number;
  at: string;
  timezone: string | null;
  channel: 'phone' | 'email' | 'sms';
  owner: string | null;
  promise: string | null;
  target: { type: 'member' | 'referral'; id: string } | null;
  summary: string;
  links: { transcript: string | null; recording: string | null; call: string | null };
}

export type FollowUpStatus = 'waiting' | 'fired' | 'cancelled' | 'blocked';

export interface FollowUpState {
  status: FollowUpStatus;
  at: string;
  reschedules: { at: string; by: string; reason: string | null }[];
  cancelledBy: string | null;
  cancelReason: string | null;
  /** Later calls from the same caller while this waited. */
  laterCalls: string[];
  outcome: string | null;
  /** When the timer fired (workflow time), for audits and tests. */
  firedAt: string | null;
}

export const getFollowUpQuery = defineQuery<FollowUpState>('getFollowUp');
/** Another call from the same caller arrived while this follow-up waited (an opt-out may stop it). */
export const laterCallSignal = defineSignal<[{ callId: string; optOutScope: string | null }]>('laterCall');
export const rescheduleUpdate = defineUpdate<FollowUpState, [{ at: string; by: string; reason?: string | null }]>('reschedule');
export const cancelUpdate = defineUpdate<FollowUpState, [{ by: string; reason?: string | null }]>('cancel');

// --- record lock -------------------------------------------------------------------------------

/**
 * One writer at a time per ReferralRock record: writing a note reads the record's note slot,
 * appends and writes it back, so two calls writing at once would lose one note. A `recordLock`
 * workflow per record grants the record to one requester at a time, in arrival order.
 */
export interface LockRequest {
  /** The workflow that waits for the grant (a signal back). */
  requester: string;
  /** Unique per write, from the workflow's input only (replays see the same): `<callId>#<write index>`. */
  requestId: string;
}

export const acquireLockSignal = defineSignal<[LockRequest]>('acquireLock');
export const releaseLockSignal = defineSignal<[{ requestId: string }]>('releaseLock');
export const lockGrantedSignal = defineSignal<[{ requestId: string }]>('lockGranted');
