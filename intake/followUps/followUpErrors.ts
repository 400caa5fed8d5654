/**
 * The one error type of the follow-up surfaces (API, page, CLI): each refusal carries the HTTP
 * status the API answers with, a stable code for scripts, and a message an operator can act on.
 */
import { COMMON_STATUS, httpErrorClass } from '../adminUi/httpError';

export type FollowUpErrorCode = 'invalid_request' | 'not_found' | 'not_waiting' | 'temporal_unavailable';

const STATUS: Record<FollowUpErrorCode, number> = { ...COMMON_STATUS, invalid_request: 400 };

/** Issues: field-level problems of a malformed request (code invalid_request). */
export const FollowUpError = httpErrorClass<FollowUpErrorCode>('FollowUpError', STATUS);
export type FollowUpError = InstanceType<typeof FollowUpError>;
