/**
 * The one error type of the follow-up surfaces (API, page, CLI): each refusal carries the HTTP
 * status the API answers with, a stable code for scripts, and a message an operator can act on.
 */
export type FollowUpErrorCode = 'invalid_request' | 'not_found' | 'not_waiting' | 'temporal_unavailable';

const STATUS: Record<FollowUpErrorCode, number> = {
  invalid_request: 400,
  not_found: 404,
  not_waiting: 409,
  temporal_unavailable: 503,
};

export class FollowUpError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: FollowUpErrorCode,
    message: string,
    /** Field-level problems of a malformed request (code invalid_request). */
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'FollowUpError';
    this.statusCode = STATUS[code];
  }
}
