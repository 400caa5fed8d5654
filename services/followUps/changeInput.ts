/**
 * The shape of a reschedule or cancel request, checked before anything reaches Temporal (the API,
 * the page's forms and the CLI all pass through here). Whether `at` is a valid future instant is
 * dueTime.ts's job; this checks presence and types, and collects every problem at once.
 */
import { FollowUpError } from './followUpErrors';

export interface RescheduleRequest {
  /** An ISO instant, or a local date-time read in `timezone` (see dueTime.ts). */
  at: string;
  /** IANA zone of a local `at`; defaults to the caller's zone recorded on the follow-up. */
  timezone?: string | null;
  by: string;
  reason?: string | null;
}

export interface CancelRequest {
  by: string;
  /** Required: the caller was promised this contact, so dropping it needs a why on record. */
  reason: string;
}

const MAX_BY = 200;
const MAX_REASON = 1000;

export function parseReschedule(body: unknown): RescheduleRequest {
  const fields = objectOf(body);
  const issues: string[] = [];
  const at = text(fields.at);
  if (!at) issues.push('at: the new due time is required (an ISO instant, or a local date-time with a timezone)');
  const timezone = text(fields.timezone);
  const by = checkBy(fields.by, issues);
  const reason = checkReason(fields.reason, false, issues);
  if (issues.length) throw new FollowUpError('invalid_request', `invalid reschedule: ${issues.join('; ')}`, issues);
  return { at: at!, timezone: timezone ?? null, by, reason };
}

export function parseCancel(body: unknown): CancelRequest {
  const fields = objectOf(body);
  const issues: string[] = [];
  const by = checkBy(fields.by, issues);
  const reason = checkReason(fields.reason, true, issues);
  if (issues.length) throw new FollowUpError('invalid_request', `invalid cancel: ${issues.join('; ')}`, issues);
  return { by, reason: reason! };
}

function checkBy(value: unknown, issues: string[]): string {
  const by = text(value);
  if (!by) issues.push('by: who makes the change is required');
  else if (by.length > MAX_BY) issues.push(`by: at most ${MAX_BY} characters`);
  return by ?? '';
}

function checkReason(value: unknown, required: boolean, issues: string[]): string | null {
  if (value !== undefined && value !== null && typeof value !== 'string') issues.push('reason: must be text');
  const reason = text(value);
  if (!reason && required) issues.push('reason: a cancellation needs a reason');
  if (reason && reason.length > MAX_REASON) issues.push(`reason: at most ${MAX_REASON} characters`);
  return reason;
}

/** Trimmed text; null for anything empty or not a string. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function objectOf(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
