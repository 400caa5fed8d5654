/**
 * The one error type of the review service: each failure a reviewer can cause or meet carries a
 * stable code and a message a person can act on. The API answers each code with its HTTP status
 * (intake/adminUi/httpStatus.ts); the CLI prints the same message.
 */
import { serviceErrorClass, type CommonErrorCode } from '../serviceError';

export type ReviewErrorCode = CommonErrorCode | 'invalid_decision' | 'already_decided' | 'stale_decision' | 'call_closed' | 'claimed';

/** Issues: field-level problems of a malformed decision (code invalid_decision). */
export const ReviewError = serviceErrorClass<ReviewErrorCode>('ReviewError');
export type ReviewError = InstanceType<typeof ReviewError>;
