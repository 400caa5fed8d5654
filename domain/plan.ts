/**
 * The handoff plan (contracts/handoff-plan.md): what the service concluded about a call and what it
 * will write into ReferralRock. Field names and vocabularies are fixed by the contract; this zod
 * schema is their single source of truth for the decision engine, the workflow, the plan CLI and
 * the review surfaces. Workflow code imports only the types from here.
 */
import { z } from 'zod';

export const recordTypeSchema = z.enum(['member', 'referral']);
export type RecordType = z.infer<typeof recordTypeSchema>;
export const recordRefSchema = z.object({ type: recordTypeSchema, id: z.string() });
export type RecordRef = z.infer<typeof recordRefSchema>;

export const matchKeySchema = z.enum([
  'phone',
  'email',
  'external_id',
  'referral_code',
  'name',
  'email_domain',
  'company',
]);
export type MatchKey = z.infer<typeof matchKeySchema>;

export const candidateSchema = z.object({
  type: recordTypeSchema,
  id: z.string(),
  score: z.number().min(0).max(1),
  matchedOn: z.array(matchKeySchema),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const matchSchema = z.object({
  status: z.enum(['matched', 'ambiguous', 'new']),
  record: recordRefSchema.nullable(),
  confidence: z.number().min(0).max(1),
  candidates: z.array(candidateSchema),
});
export type Match = z.infer<typeof matchSchema>;

export const intentSchema = z.enum([
  'sales_inquiry',
  'referral',
  'support',
  'billing',
  'cancellation',
  'complaint',
  'scheduling',
  'opt_out',
  'vendor',
  'spam',
  'wrong_number',
  'other',
]);
export type Intent = z.infer<typeof intentSchema>;

export const optOutScopeSchema = z.enum(['all', 'calls', 'sms', 'email', 'marketing']);
export type OptOutScope = z.infer<typeof optOutScopeSchema>;
export const channelSchema = z.enum(['phone', 'email', 'sms']);
export type Channel = z.infer<typeof channelSchema>;

export const qualityMarkerSchema = z.enum([
  'qualified_lead',
  'high_intent',
  'spam',
  'vendor',
  'student',
  'support_only',
  'existing_customer',
  'wrong_number',
]);
export type QualityMarker = z.infer<typeof qualityMarkerSchema>;

export const suppressionReasonSchema = z.enum([
  'support',
  'billing',
  'cancellation',
  'complaint',
  'opt_out',
  /** Rule 3's hold: the words may be an opt-out; outreach pauses until a reviewer confirms or lifts it. */
  'possible_opt_out',
  'spam',
  'vendor',
  'wrong_number',
]);
export type SuppressionReason = z.infer<typeof suppressionReasonSchema>;

export const followUpSchema = z.object({
  at: z.string(),
  timezone: z.string(),
  channel: channelSchema,
  owner: z.string().nullable(),
  promise: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const evidenceSchema = z.object({ field: z.string(), quote: z.string(), turn: z.number().int().min(0) });
export type Evidence = z.infer<typeof evidenceSchema>;

export const classificationSchema = z.object({
  intent: intentSchema,
  intentConfidence: z.number().min(0).max(1),
  optOut: z.object({
    requested: z.boolean(),
    /** Rule 3's uncertain opt-out: held (paused, reviewed), never applied or ignored on a guess. */
    possible: z.boolean().default(false),
    scope: optOutScopeSchema.nullable(),
  }),
  consent: z.object({ marketing: z.enum(['granted', 'denied', 'unknown']) }),
  sentiment: z.enum(['positive', 'neutral', 'negative']),
  objection: z.enum(['price', 'timing', 'competitor', 'authority', 'need', 'trust']).nullable(),
  productInterest: z.array(z.string()),
  qualityMarkers: z.array(qualityMarkerSchema),
  suppression: z.object({
    suppress: z.boolean(),
    reason: suppressionReasonSchema.nullable(),
    stopFutureOutreach: z.boolean(),
  }),
  followUp: followUpSchema.nullable(),
  referredBy: z.object({ referralCode: z.string().nullable(), name: z.string().nullable() }).nullable(),
  segment: z.enum(['consumer', 'smb', 'mid_market', 'enterprise']).nullable(),
  outcome: z.enum([
    'booked_demo',
    'requested_quote',
    'referred_someone',
    'joined_program',
    'confirmed_no_interest',
    'callback_requested',
    'issue_reported',
    'none',
  ]),
  prospectPhrases: z.array(z.string()),
  issueReport: z
    .object({ symptom: z.string(), expected: z.string(), actual: z.string(), area: z.string(), impact: z.string() })
    .nullable(),
  evidence: z.array(evidenceSchema),
});
export type Classification = z.infer<typeof classificationSchema>;

export const reviewReasonSchema = z.enum([
  'low_confidence_match',
  'ambiguous_match',
  'sensitive_request',
  'high_value',
  'money',
  'legal',
  'access',
  'commitment',
  'unclear_intent',
  'possible_opt_out',
]);
export type ReviewReason = z.infer<typeof reviewReasonSchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  from: z.unknown().nullable(),
  to: z.unknown().nullable(),
  reason: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const suppressActionSchema = z.object({
  type: z.literal('suppress'),
  target: recordRefSchema.nullable(),
  reason: suppressionReasonSchema,
  stopFutureOutreach: z.boolean(),
  /** The address to add to ReferralRock's email block list, when known and allowed. */
  email: z.string().nullable().optional(),
});
export const updateActionSchema = z.object({
  type: z.enum(['update_member', 'update_referral']),
  target: recordRefSchema,
  changes: z.array(fieldChangeSchema).min(1),
});
export const createReferralActionSchema = z.object({
  type: z.literal('create_referral'),
  /** ReferralRock NewReferral fields (camelCase); `referralCode` is the referring member's code. */
  fields: z.record(z.string(), z.unknown()),
});
export const createMemberActionSchema = z.object({
  type: z.literal('create_member'),
  /** ReferralRock NewMember fields (camelCase); `firstName` and `email` are required by the API. */
  fields: z.record(z.string(), z.unknown()),
});
export const addNoteActionSchema = z.object({
  type: z.literal('add_note'),
  target: recordRefSchema,
  text: z.string(),
});
export const scheduleFollowUpActionSchema = z.object({
  type: z.literal('schedule_follow_up'),
  at: z.string(),
  channel: channelSchema,
  owner: z.string().nullable(),
  timezone: z.string().optional(),
  promise: z.string().nullable().optional(),
  target: recordRefSchema.nullable().optional(),
});

export const actionSchema = z.discriminatedUnion('type', [
  suppressActionSchema,
  updateActionSchema,
  createReferralActionSchema,
  createMemberActionSchema,
  addNoteActionSchema,
  scheduleFollowUpActionSchema,
]);
export type Action = z.infer<typeof actionSchema>;

export const handoffSchema = z.object({
  reason: z.string(),
  urgency: z.enum(['low', 'normal', 'high']),
  owner: z.string().nullable(),
  nextStep: z.string().nullable(),
  due: z.string().nullable(),
  recordUrl: z.string().nullable(),
  attribution: z.object({
    source: z.string().nullable(),
    campaign: z.string().nullable(),
    utm: z.object({ source: z.string().nullable(), medium: z.string().nullable(), campaign: z.string().nullable() }),
  }),
  links: z.object({ transcript: z.string().nullable(), recording: z.string().nullable(), call: z.string().nullable() }),
});
export type Handoff = z.infer<typeof handoffSchema>;

/** Which classifier judged the call (and, after a failure, which one it fell back from). */
export const classifierStampSchema = z.object({
  id: z.string(),
  version: z.string(),
  fallbackFrom: z.object({ id: z.string(), version: z.string(), error: z.string() }).nullable().optional(),
  /** Labels refused because their quote was not in the transcript. */
  refused: z.array(z.string()).optional(),
  /** Where DialNexa's own analysis disagreed with the classifier, in words. */
  disagreements: z.array(z.string()).optional(),
});
export type ClassifierStamp = z.infer<typeof classifierStampSchema>;

export const planSchema = z.object({
  callId: z.string(),
  /** Absent on plans made before classifiers were recorded (histories replay them as they were). */
  classifier: classifierStampSchema.optional(),
  match: matchSchema,
  classification: classificationSchema,
  review: z.object({ required: z.boolean(), reasons: z.array(reviewReasonSchema) }),
  actions: z.array(actionSchema),
  handoff: handoffSchema,
  summary: z.string(),
});
export type Plan = z.infer<typeof planSchema>;
