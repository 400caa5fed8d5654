/**
 * The one error type of the review surfaces: each failure a reviewer can cause or meet carries the
 * HTTP status the API answers with, a stable code for scripts, and a message a person can act on.
 * The CLI prints the same message, so the two surfaces never word a refusal differently.
 */
export type ReviewErrorCode =
  | 'invalid_decision'
  | 'not_found'
  | 'not_waiting'
  | 'already_decided'
  | 'stale_decision'
  | 'call_closed'
  | 'temporal_unavailable';

const STATUS: Record<ReviewErrorCode, number> = {
  invalid_decision: 400,
  not_found: 404,
  not_waiting: 409,
  already_decided: 409,
  stale_decision: 409,
  call_closed: 409,
  temporal_unavailable: 503,
};

export class ReviewError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    /** Field-level problems of a malformed decision (code invalid_decision). */
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'ReviewError';
    this.statusCode = STATUS[code];
  }
}
