/**
 * The one error type of the follow-up service (used by its API, page and CLI): each refusal
 * carries a stable code and a message an operator can act on; the API answers each code with its
 * HTTP status (intake/adminUi/httpStatus.ts).
 */
import { serviceErrorClass, type CommonErrorCode } from '../serviceError';

export type FollowUpErrorCode = CommonErrorCode | 'invalid_request';

/** Issues: field-level problems of a malformed request (code invalid_request). */
export const FollowUpError = serviceErrorClass<FollowUpErrorCode>('FollowUpError');
export type FollowUpError = InstanceType<typeof FollowUpError>;
