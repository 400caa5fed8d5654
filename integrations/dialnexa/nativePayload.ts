/**
 * DialNexa's native webhook envelope, as its documentation describes it (webhook reference and the
 * api-evangelist catalogue of it): `{ event_type, payload: { call: {...} } }`, plus the flat
 * `verification` event sent once when the URL is registered. Every object is loose: DialNexa adds
 * fields without notice, and unknown fields must never cause a rejection.
 *
 * Only `call_ended` with `status: "completed"` is validated strictly, because only it starts a
 * workflow; the other events are acknowledged, so a strict schema for them would only create
 * dead letters nobody needs.
 */
import { z } from 'zod';
import { callIdSchema } from '../../domain/call';

const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant with a time zone (e.g. 2025-05-02T10:21:15.945Z)' });
const optionalText = z.string().nullable().optional();
/** DialNexa's docs use lower case; other casings have been seen in third-party examples. */
const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);

/** The call object of a completed `call_ended`: what toCall.ts maps into the call model. */
export const completedCallSchema = z
  .looseObject({
    id: callIdSchema,
    direction: z.preprocess(lower, z.enum(['inbound', 'outbound'])),
    type: optionalText,
    category: optionalText,
    category_id: z.union([z.string(), z.number()]).nullable().optional(),
    /** Digits with the country code and no `+` (e.g. 12137771234), or `anonymous`. */
    from_number: optionalText,
    to_number: optionalText,
    status: z.preprocess(lower, z.literal('completed')),
    agent_id: optionalText,
    initiated_at: instant,
    /** Not in DialNexa's docs today; used when present, otherwise initiated_at + duration. */
    ended_at: instant.nullable().optional(),
    duration: z.number().nonnegative().nullable().optional(),
    /** One string, turns prefixed `Agent:` / `User:`. */
    transcript: z.string().max(50_000_000).nullable().optional(),
    summary: optionalText,
    /** Pre-signed, expires after 7 days: a link for people, not something to fetch later. */
    recording_url: optionalText,
    post_call_analysis: z.record(z.string(), z.unknown()).nullable().optional(),
    /** On completed calls: who hung up first. */
    hangup_reason: optionalText,
    disconnection_reason: optionalText,
    call_transfer: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .refine((c) => c.ended_at != null || c.duration != null, {
    error: 'a completed call needs ended_at or duration',
    path: ['duration'],
  })
  .refine((c) => c.ended_at == null || Date.parse(c.ended_at) >= Date.parse(c.initiated_at), {
    error: 'must not be before initiated_at',
    path: ['ended_at'],
  });
export type CompletedNativeCall = z.infer<typeof completedCallSchema>;

export const completedCallEventSchema = z.looseObject({
  event_type: z.literal('call_ended'),
  payload: z.looseObject({ call: completedCallSchema }),
});

/** Just enough of any call event to route it: the event name and the call's status. */
const routingSchema = z.looseObject({
  event_type: z.string().min(1, 'is required'),
  payload: z
    .looseObject({
      call: z
        .looseObject({
          id: z.unknown().optional(),
          status: z.unknown().optional(),
          hangup_reason: z.unknown().optional(),
          disconnection_reason: z.unknown().optional(),
        })
        .optional(),
    })
    .nullable()
    .optional(),
});

export type NativeEvent =
  | { kind: 'verification' }
  /** call_ended + completed: the only event that starts a workflow. */
  | { kind: 'completed'; call: CompletedNativeCall }
  /** call_ended + hangup: never connected; recorded and acknowledged. */
  | { kind: 'hangup'; callId: string | null; reason: string | null }
  /** Anything else (call_initiated, transfer_completed, other statuses, new event types). */
  | { kind: 'ignored'; eventType: string; reason: string }
  | { kind: 'invalid'; error: z.ZodError };

/** Routes a parsed JSON body; validates strictly only what will start a workflow. */
export function classifyNativeEvent(body: unknown): NativeEvent {
  const routed = routingSchema.safeParse(body);
  if (!routed.success) return { kind: 'invalid', error: routed.error };
  const eventType = routed.data.event_type;
  if (eventType === 'verification') return { kind: 'verification' };
  if (eventType !== 'call_ended') {
    return { kind: 'ignored', eventType, reason: `event_type ${eventType} does not start a workflow` };
  }
  const call = routed.data.payload?.call;
  const status = typeof call?.status === 'string' ? call.status.trim().toLowerCase() : null;
  if (status === 'hangup') {
    const reason = [call?.hangup_reason, call?.disconnection_reason].find((r) => typeof r === 'string');
    return { kind: 'hangup', callId: typeof call?.id === 'string' ? call.id : null, reason: (reason as string | undefined) ?? null };
  }
  if (status !== null && status !== 'completed') {
    return { kind: 'ignored', eventType, reason: `call_ended with status ${status} does not start a workflow` };
  }
  const full = completedCallEventSchema.safeParse(body);
  if (!full.success) return { kind: 'invalid', error: full.error };
  return { kind: 'completed', call: full.data.payload.call };
}
