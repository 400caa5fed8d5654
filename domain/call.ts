/**
 * The internal call model: what every intake format (DialNexa's native webhook, our canonical
 * event) maps into, and what the workflow and the decision engine read. camelCase, normalised
 * speaker labels, no transport details. One zod schema is the single source of truth.
 */
import { z } from 'zod';

export const speakerSchema = z.enum(['agent', 'caller']);
export type Speaker = z.infer<typeof speakerSchema>;

export const turnSchema = z.object({
  speaker: speakerSchema,
  text: z.string(),
  startMs: z.number().nullable().optional(),
  endMs: z.number().nullable().optional(),
});
export type Turn = z.infer<typeof turnSchema>;

const optionalString = z.string().nullable().optional();

export const callerSchema = z.object({
  firstName: optionalString,
  lastName: optionalString,
  email: optionalString,
  phone: optionalString,
  company: optionalString,
  jobTitle: optionalString,
  timezone: optionalString,
  externalId: optionalString,
});
export type Caller = z.infer<typeof callerSchema>;

export const attributionSchema = z.object({
  source: optionalString,
  medium: optionalString,
  campaign: optionalString,
  term: optionalString,
  content: optionalString,
  landingPage: optionalString,
  referrer: optionalString,
  adId: optionalString,
  audience: optionalString,
  lifecycleStage: optionalString,
  trackingNumber: optionalString,
  referralCode: optionalString,
});
export type Attribution = z.infer<typeof attributionSchema>;

export const marketingConsentSchema = z.enum(['granted', 'denied', 'unknown']);
export type MarketingConsent = z.infer<typeof marketingConsentSchema>;

export const consentSchema = z.object({
  recording: z.boolean().nullable().optional(),
  marketing: marketingConsentSchema.nullable().optional(),
  capturedAt: optionalString,
  method: optionalString,
});

export const linksSchema = z.object({
  recordingUrl: optionalString,
  transcriptUrl: optionalString,
  callUrl: optionalString,
  crmUrl: optionalString,
  orderUrl: optionalString,
  campaignUrl: optionalString,
});
export type CallLinks = z.infer<typeof linksSchema>;

export const callStatusSchema = z.enum(['completed', 'voicemail', 'no_answer', 'failed', 'abandoned']);

/** 1 to 128 characters of A-Z a-z 0-9 _ - : the idempotency key of everything downstream. */
export const callIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be 1 to 128 characters of A-Z a-z 0-9 _ -');

export const callSchema = z.object({
  callId: callIdSchema,
  /** Which intake format delivered it. */
  source: z.enum(['canonical', 'dialnexa']),
  direction: z.enum(['inbound', 'outbound']),
  status: callStatusSchema,
  startedAt: z.string(),
  endedAt: z.string(),
  durationSeconds: z.number().nullable().optional(),
  fromNumber: optionalString,
  toNumber: optionalString,
  agent: z.object({ id: optionalString, name: optionalString }).optional(),
  caller: callerSchema,
  attribution: attributionSchema,
  consent: consentSchema,
  transcript: z.array(turnSchema),
  /** DialNexa's own hints: inputs, never the answer. */
  summary: optionalString,
  analysis: z.record(z.string(), z.unknown()).nullable().optional(),
  links: linksSchema,
  metadata: z.record(z.string(), z.unknown()).optional(),
  /** Fields of the delivery we do not model, kept as they came. */
  extra: z.record(z.string(), z.unknown()).optional(),
});
export type Call = z.infer<typeof callSchema>;
