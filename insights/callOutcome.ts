/**
 * What one finished call contributes to the insights (the seed's "capture prospect language" and
 * "attribute call quality"): where it came from, what kind of call it was, whether it was qualified,
 * what it converted to, whether the caller opted out, how its review went, and the caller's own
 * words. Built from the workflow's input and result alone, so a backfill from Temporal history
 * gives exactly the row the live workflow wrote.
 */
import { z } from 'zod';
import type { Call } from '../domain/call';
import { intentSchema, qualityMarkerSchema } from '../domain/plan';
import type { ProcessCallResult } from '../workflows/definitions';

/** Calls that are not a prospect or customer conversation at all: never counted as qualified. */
const LOW_FIT = new Set(['spam', 'vendor', 'wrong_number', 'student']);

export const callOutcomeSchema = z.object({
  callId: z.string().min(1),
  /** When the call ended (ISO): the insights' time axis. */
  endedAt: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  /** Attribution as the call carried it; null where it did not. */
  source: z.string().nullable(),
  medium: z.string().nullable(),
  campaign: z.string().nullable(),
  keyword: z.string().nullable(),
  landingPage: z.string().nullable(),
  intent: intentSchema,
  segment: z.string().nullable(),
  outcome: z.string(),
  qualityMarkers: z.array(qualityMarkerSchema),
  /** The plan marked it a qualified lead and it is no low-fit call. */
  qualified: z.boolean(),
  lowFit: z.boolean(),
  bookedDemo: z.boolean(),
  /** A referral was written (now or found written before) for this call. */
  referralCreated: z.boolean(),
  /** The caller joined the program: a member was written, or the plan says so. */
  joined: z.boolean(),
  optedOut: z.boolean(),
  optOutScope: z.string().nullable(),
  reviewRequired: z.boolean(),
  reviewStatus: z.string(),
  reviewReasons: z.array(z.string()),
  /** From the moment the call began to wait for a person (else the end of the call) to the decision, in seconds; null without a decision. */
  reviewSeconds: z.number().nullable(),
  reviewer: z.string().nullable(),
  /** The caller's repeated wording worth reusing in copy (the plan's prospectPhrases). */
  phrases: z.array(z.string()),
  classifier: z.string().nullable(),
});
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

const written = (result: ProcessCallResult, type: string) => result.writes.some((w) => w.type === type && (w.outcome === 'applied' || w.outcome === 'already_applied'));

export function callOutcomeOf(call: Call, result: ProcessCallResult): CallOutcome {
  const { plan, review } = result;
  const c = plan.classification;
  const lowFit = c.qualityMarkers.some((m) => LOW_FIT.has(m));
  const decidedAt = review.decidedAt ? Date.parse(review.decidedAt) : NaN;
  // The wait for a person starts when the review is asked for; older runs did not keep that moment.
  const waitingFrom = review.requestedAt ? Date.parse(review.requestedAt) : Date.parse(call.endedAt);
  return callOutcomeSchema.parse({
    callId: call.callId,
    endedAt: call.endedAt,
    direction: call.direction,
    source: call.attribution.source ?? null,
    medium: call.attribution.medium ?? null,
    campaign: call.attribution.campaign ?? null,
    keyword: call.attribution.term ?? null,
    landingPage: call.attribution.landingPage ?? null,
    intent: c.intent,
    segment: c.segment,
    outcome: c.outcome,
    qualityMarkers: c.qualityMarkers,
    qualified: c.qualityMarkers.includes('qualified_lead') && !lowFit,
    lowFit,
    bookedDemo: c.outcome === 'booked_demo',
    referralCreated: written(result, 'create_referral'),
    joined: written(result, 'create_member') || c.outcome === 'joined_program',
    optedOut: c.optOut.requested,
    optOutScope: c.optOut.requested ? c.optOut.scope : null,
    reviewRequired: plan.review.required,
    reviewStatus: review.status,
    reviewReasons: plan.review.reasons,
    reviewSeconds: Number.isFinite(decidedAt) && Number.isFinite(waitingFrom) ? Math.max(0, Math.round((decidedAt - waitingFrom) / 1000)) : null,
    reviewer: review.reviewer,
    phrases: c.prospectPhrases,
    classifier: plan.classifier ? `${plan.classifier.id} ${plan.classifier.version}` : null,
  });
}
