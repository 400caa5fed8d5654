/**
 * The one error type of the review surfaces: each failure a reviewer can cause or meet carries the
 * HTTP status the API answers with, a stable code for scripts, and a message a person can act on.
 * The CLI prints the same message, so the two surfaces never word a refusal differently.
 */
import { COMMON_STATUS, httpErrorClass } from '../adminUi/httpError';

export type ReviewErrorCode =
  | 'invalid_decision'
  | 'not_found'
  | 'not_waiting'
  | 'already_decided'
  | 'stale_decision'
  | 'call_closed'
  | 'temporal_unavailable';

const STATUS: Record<ReviewErrorCode, number> = { ...COMMON_STATUS, invalid_decision: 400, already_decided: 409, stale_decision: 409, call_closed: 409 };

/** Issues: field-level problems of a malformed decision (code invalid_decision). */
export const ReviewError = httpErrorClass<ReviewErrorCode>('ReviewError', STATUS);
export type ReviewError = InstanceType<typeof ReviewError>;
