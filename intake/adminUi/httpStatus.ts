/**
 * What the admin HTTP surfaces (review, follow-ups) answer for each service error code: one table,
 * so the API's statuses are decided here and not by the services.
 */
import type { ServiceError } from '../../services/serviceError';
import type { ReviewErrorCode } from '../../services/review/reviewErrors';
import type { FollowUpErrorCode } from '../../services/followUps/followUpErrors';

const STATUS: Record<ReviewErrorCode | FollowUpErrorCode, number> = {
  not_found: 404,
  not_waiting: 409,
  temporal_unavailable: 503,
  invalid_decision: 400,
  invalid_request: 400,
  already_decided: 409,
  stale_decision: 409,
  call_closed: 409,
  claimed: 409,
};

/** The HTTP status of a service error (500 for a code no surface knows). */
export function httpStatusOf(err: ServiceError): number {
  return (STATUS as Record<string, number>)[err.code] ?? 500;
}
