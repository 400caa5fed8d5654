/**
 * The canonical call event (contracts/dialnexa-webhook.md, `POST /webhooks/calls`): its zod schema
 * and its mapping into the internal call model. Unknown extra fields are kept (passthrough) and
 * carried into `call.extra`; they never cause a rejection. Shared by the HTTP intake and
 * `npm run plan`.
 */
import { z } from 'zod';
import { callIdSchema, callSchema, type Call } from './call';

const isoInstant = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(v) && !Number.isNaN(Date.parse(v)), {
  error: 'must be an ISO 8601 instant (e.g. 2026-11-20T15:04:05Z)',
});
const optStr = z.string().nullable().optional();

/** `agent`/`caller`; `customer`/`user` mean caller; any other label means agent. */
export function normaliseSpeaker(label: string): 'agent' | 'caller' {
  const l = label.trim().toLowerCase();
  return l === 'caller' || l === 'customer' || l === 'user' ? 'caller' : 'agent';
}

export const canonicalTurnSchema = z.looseObject({
  speaker: z.string().min(1),
  text: z.string().max(10000, 'must be at most 10,000 characters'),
  start_ms: z.number().nonnegative().nullable().optional(),
  end_ms: z.number().nonnegative().nullable().optional(),
});

export const canonicalCallerSchema = z.looseObject({
  first_name: optStr,
  last_name: optStr,
  email: optStr,
  phone: optStr,
  company: optStr,
  job_title: optStr,
  /** An IANA name; an unknown one is ignored by the time resolver, never a rejection. */
  timezone: optStr,
  external_id: optStr,
});

export const canonicalAttributionSchema = z.looseObject({
  source: optStr,
  medium: optStr,
  campaign: optStr,
  term: optStr,
  content: optStr,
  landing_page: optStr,
  referrer: optStr,
  ad_id: optStr,
  audience: optStr,
  lifecycle_stage: optStr,
  tracking_number: optStr,
  referral_code: optStr,
});

export const canonicalConsentSchema = z.looseObject({
  recording: z.boolean().nullable().optional(),
  marketing: z.enum(['granted', 'denied', 'unknown']).nullable().optional(),
  captured_at: optStr,
  method: optStr,
});

export const canonicalLinksSchema = z.looseObject({
  recording_url: optStr,
  transcript_url: optStr,
  call_url: optStr,
  crm_url: optStr,
  order_url: optStr,
  campaign_url: optStr,
});

export const canonicalDataSchema = z.looseObject({
  call_id: callIdSchema,
  direction: z.enum(['inbound', 'outbound']),
  status: z.enum(['completed', 'voicemail', 'no_answer', 'failed', 'abandoned']).default('completed'),
  started_at: isoInstant,
  ended_at: isoInstant,
  duration_seconds: z.number().nonnegative().nullable().optional(),
  from_number: optStr,
  to_number: optStr,
  agent: z.looseObject({ id: optStr, name: optStr }).nullable().optional(),
  caller: canonicalCallerSchema.nullable().optional(),
  attribution: canonicalAttributionSchema.nullable().optional(),
  consent: canonicalConsentSchema.nullable().optional(),
  transcript: z.array(canonicalTurnSchema).max(5000, 'must have at most 5,000 turns'),
  summary: optStr,
  analysis: z.record(z.string(), z.unknown()).nullable().optional(),
  links: canonicalLinksSchema.nullable().optional(),
  metadata: z.record(z.string(), z.unknown()).nullable().optional(),
}).refine((d) => Date.parse(d.ended_at) >= Date.parse(d.started_at), {
  error: 'must not be before started_at',
  path: ['ended_at'],
});
export type CanonicalData = z.infer<typeof canonicalDataSchema>;

export const canonicalEventSchema = z.looseObject({
  type: z.string().min(1),
  timestamp: isoInstant.optional(),
  data: canonicalDataSchema,
});
export type CanonicalEvent = z.infer<typeof canonicalEventSchema>;

/** The event type this service processes; others are acknowledged as ignored. */
export const CALL_COMPLETED = 'call.completed';

const KNOWN_DATA_KEYS = new Set([
  'call_id', 'direction', 'status', 'started_at', 'ended_at', 'duration_seconds', 'from_number', 'to_number', 'agent',
  'caller', 'attribution', 'consent', 'transcript', 'summary', 'analysis', 'links', 'metadata',
]);

function pick<T extends Record<string, unknown>>(o: T | null | undefined, keys: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!o) return out;
  for (const [from, to] of Object.entries(keys)) {
    const v = o[from];
    if (v !== undefined) out[to] = v;
  }
  return out;
}

/** Maps a validated canonical `data` object to the internal call model (snake_case -> camelCase). */
export function canonicalToCall(data: CanonicalData): Call {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!KNOWN_DATA_KEYS.has(k)) extra[k] = v;
  const collectExtra = (name: string, o: Record<string, unknown> | null | undefined, known: Record<string, string>) => {
    if (!o) return;
    const unknown = Object.fromEntries(Object.entries(o).filter(([k]) => !(k in known)));
    if (Object.keys(unknown).length) extra[name] = unknown;
  };
  const callerKeys = { first_name: 'firstName', last_name: 'lastName', email: 'email', phone: 'phone', company: 'company', job_title: 'jobTitle', timezone: 'timezone', external_id: 'externalId' };
  const attributionKeys = {
    source: 'source', medium: 'medium', campaign: 'campaign', term: 'term', content: 'content', landing_page: 'landingPage',
    referrer: 'referrer', ad_id: 'adId', audience: 'audience', lifecycle_stage: 'lifecycleStage',
    tracking_number: 'trackingNumber', referral_code: 'referralCode',
  };
  const consentKeys = { recording: 'recording', marketing: 'marketing', captured_at: 'capturedAt', method: 'method' };
  const linkKeys = { recording_url: 'recordingUrl', transcript_url: 'transcriptUrl', call_url: 'callUrl', crm_url: 'crmUrl', order_url: 'orderUrl', campaign_url: 'campaignUrl' };
  collectExtra('caller', data.caller, callerKeys);
  collectExtra('attribution', data.attribution, attributionKeys);
  collectExtra('consent', data.consent, consentKeys);
  collectExtra('links', data.links, linkKeys);

  const call: Call = {
    callId: data.call_id,
    source: 'canonical',
    direction: data.direction,
    status: data.status,
    startedAt: data.started_at,
    endedAt: data.ended_at,
    durationSeconds: data.duration_seconds ?? null,
    fromNumber: data.from_number ?? null,
    toNumber: data.to_number ?? null,
    agent: data.agent ? { id: data.agent.id ?? null, name: data.agent.name ?? null } : undefined,
    caller: pick(data.caller, callerKeys) as Call['caller'],
    attribution: pick(data.attribution, attributionKeys) as Call['attribution'],
    consent: pick(data.consent, consentKeys) as Call['consent'],
    transcript: data.transcript.map((t) => ({
      speaker: normaliseSpeaker(t.speaker),
      text: t.text,
      startMs: t.start_ms ?? null,
      endMs: t.end_ms ?? null,
    })),
    summary: data.summary ?? null,
    analysis: data.analysis ?? null,
    links: pick(data.links, linkKeys) as Call['links'],
    metadata: data.metadata ?? {},
    ...(Object.keys(extra).length ? { extra } : {}),
  };
  return callSchema.parse(call);
}

export interface FieldError {
  /** Dotted path from the body's root, e.g. `data.call_id` or `data.transcript.3.text`. */
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; type: string; call: Call; envelope: boolean }
  | { ok: false; errors: FieldError[]; zodError: z.ZodError | null };

export function toFieldErrors(err: z.ZodError, prefix: string[]): FieldError[] {
  return err.issues.map((i) => ({
    path: [...prefix, ...i.path.map(String)].join('.') || '(body)',
    message: i.message,
  }));
}

/**
 * Parses a canonical body: the `{type, timestamp, data}` envelope, or (for `npm run plan` and
 * replays) the `data` object alone, which is read as a `call.completed`. Field errors name their
 * path from the body's root (`data.call_id`, or `call_id` for a bare data object).
 */
export function parseCanonicalBody(json: unknown): ParseResult {
  if (json == null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '(body)', message: 'must be a JSON object' }], zodError: null };
  }
  const o = json as Record<string, unknown>;
  // An envelope has `type` or `data` and no call fields of its own; anything else is a bare `data` object.
  const isEnvelope = ('data' in o || 'type' in o) && !('call_id' in o) && !('transcript' in o);
  if (isEnvelope) {
    const r = canonicalEventSchema.safeParse(o);
    if (!r.success) return { ok: false, errors: toFieldErrors(r.error, []), zodError: r.error };
    return { ok: true, type: r.data.type, call: canonicalToCall(r.data.data), envelope: true };
  }
  const r = canonicalDataSchema.safeParse(o);
  if (!r.success) return { ok: false, errors: toFieldErrors(r.error, []), zodError: r.error };
  return { ok: true, type: CALL_COMPLETED, call: canonicalToCall(r.data), envelope: false };
}

/** Formats field errors one per line: `data.call_id: must be ...`. */
export function formatFieldErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
