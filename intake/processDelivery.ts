/**
 * One delivery, from raw bytes to an outcome, in the order the contract fixes: signature first
 * (nothing is read, started or stored for a delivery we cannot authenticate), then JSON, then the
 * event type, then validation, then (native only) freshness, then the workflow start.
 *
 * The same function serves live deliveries and operator replays of dead letters, so a replay can
 * never take a path a live delivery would not. It does no HTTP and writes no dead letters itself:
 * it says what happened, and the caller (the route, or the replay) answers and stores.
 */
import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import type { Config } from '../config';
import { callSchema, type Call } from '../domain/call';
import { CALL_COMPLETED, canonicalEventSchema, canonicalToCall } from '../domain/canonicalEvent';
import { TemporalUnavailableError, type CallStarter } from '../services/startCall';
import type { ResolvedFieldMap } from '../integrations/dialnexa/fieldMap';
import { classifyNativeEvent } from '../integrations/dialnexa/nativePayload';
import { verifyDialNexaSignature } from '../integrations/dialnexa/signature';
import { nativeToCall } from '../integrations/dialnexa/toCall';
import type { DeadLetterReason, FieldError, IntakeEndpoint } from './deadLetter';
import { verifyStandardWebhook } from './verifyStandardWebhook';

export interface Delivery {
  endpoint: IntakeEndpoint;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
}

export interface ProcessDeps {
  config: Pick<Config['intake'], 'callSecrets' | 'dialnexaSecrets' | 'toleranceSeconds' | 'maxCallAgeHours'>;
  starter: CallStarter;
  fieldMap: ResolvedFieldMap;
  defaultRegion: CountryCode;
  now?: () => Date;
}

export interface ProcessOptions {
  /**
   * check: live delivery. ignore_age: operator replay of an unedited body (it was fresh when it
   * arrived; the signature must still match). skip: operator replay of a body the operator edited,
   * which no sender signature can cover; the operator's own authentication stands in for it.
   */
  signature?: 'check' | 'ignore_age' | 'skip';
  /** Operator replay: a native call older than maxCallAgeHours may still start. */
  skipAgeCheck?: boolean;
}

export type Outcome =
  | { kind: 'unauthorized'; reason: string }
  | { kind: 'verification' }
  | { kind: 'ignored'; reason: string }
  | { kind: 'hangup'; callId: string | null; hangupReason: string | null }
  | { kind: 'rejected'; reason: Exclude<DeadLetterReason, 'temporal_unavailable' | 'processing_failed'>; message: string; fieldErrors: FieldError[]; callId: string | null }
  | { kind: 'unavailable'; message: string; callId: string }
  | { kind: 'started' | 'duplicate'; workflowId: string; callId: string };

export async function processDelivery(d: Delivery, deps: ProcessDeps, opts: ProcessOptions = {}): Promise<Outcome> {
  return d.endpoint === '/webhooks/calls' ? processCanonical(d, deps, opts) : processNative(d, deps, opts);
}

async function processCanonical(d: Delivery, deps: ProcessDeps, opts: ProcessOptions): Promise<Outcome> {
  const mode = opts.signature ?? 'check';
  let deliveryId: string | null = headerValue(d.headers['webhook-id']);
  if (mode !== 'skip') {
    const v = verifyStandardWebhook(d.rawBody, d.headers, deps.config.callSecrets, {
      toleranceSeconds: deps.config.toleranceSeconds,
      skipTimestampCheck: mode === 'ignore_age',
      nowSeconds: deps.now ? Math.floor(deps.now().getTime() / 1000) : undefined,
    });
    if (!v.ok) return { kind: 'unauthorized', reason: v.reason };
    deliveryId = v.id;
  }
  const json = parseJson(d.rawBody);
  if (!json.ok) return json.outcome;
  const body = json.value as { type?: unknown; data?: { call_id?: unknown } } | null;
  const callId = typeof body?.data?.call_id === 'string' ? body.data.call_id : null;
  // Type before validation: an event we do not handle is acknowledged whatever its shape.
  if (typeof body?.type === 'string' && body.type !== CALL_COMPLETED) {
    return { kind: 'ignored', reason: `event type ${body.type} is not handled; only ${CALL_COMPLETED} starts a workflow` };
  }
  const parsed = canonicalEventSchema.safeParse(json.value);
  if (!parsed.success) return invalid(parsed.error, callId);
  return startCall(canonicalToCall(parsed.data.data), deliveryId, deps);
}

async function processNative(d: Delivery, deps: ProcessDeps, opts: ProcessOptions): Promise<Outcome> {
  if ((opts.signature ?? 'check') !== 'skip' && !verifyDialNexaSignature(d.rawBody, d.headers, deps.config.dialnexaSecrets)) {
    return { kind: 'unauthorized', reason: 'missing or invalid x-dialnexa-signature / x-nexa-signature' };
  }
  const json = parseJson(d.rawBody);
  if (!json.ok) return json.outcome;
  const body = json.value as { payload?: { call?: { id?: unknown } } } | null;
  const rawId = body?.payload?.call?.id;
  const event = classifyNativeEvent(json.value);
  switch (event.kind) {
    case 'verification':
      return { kind: 'verification' };
    case 'ignored':
      return { kind: 'ignored', reason: event.reason };
    case 'hangup':
      return { kind: 'hangup', callId: event.callId, hangupReason: event.reason };
    case 'invalid':
      return invalid(event.error, typeof rawId === 'string' ? rawId : null);
    case 'completed': {
      const call = nativeToCall(event.call, { fieldMap: deps.fieldMap, defaultRegion: deps.defaultRegion });
      const maxAgeMs = deps.config.maxCallAgeHours * 3600_000;
      const ageMs = (deps.now?.() ?? new Date()).getTime() - Date.parse(call.endedAt);
      // No timestamp is signed on this endpoint: an old call is a possible replay of a captured
      // delivery, so only an operator may start it (it is kept as a dead letter for that).
      if (!opts.skipAgeCheck && ageMs > maxAgeMs) {
        return {
          kind: 'rejected',
          reason: 'stale_call',
          callId: call.callId,
          message: `call ended ${(ageMs / 3600_000).toFixed(1)} hours ago, more than the ${deps.config.maxCallAgeHours} hours allowed; kept for an operator replay`,
          fieldErrors: [{ path: 'payload.call.initiated_at', message: `call ended at ${call.endedAt}, older than ${deps.config.maxCallAgeHours} hours` }],
        };
      }
      return startCall(call, null, deps);
    }
  }
}

async function startCall(candidate: Call, deliveryId: string | null, deps: ProcessDeps): Promise<Outcome> {
  // Both mappings are ours; checking their output against the call model keeps a mapping bug from
  // reaching a workflow as a half-filled call (it becomes a dead letter an operator can see instead).
  const checked = callSchema.safeParse(candidate);
  if (!checked.success) return invalid(checked.error, candidate.callId, 'call.');
  const call = checked.data;
  try {
    const r = await deps.starter.start(call, { deliveryId });
    return { kind: r.status, workflowId: r.workflowId, callId: call.callId };
  } catch (err) {
    if (err instanceof TemporalUnavailableError) return { kind: 'unavailable', message: (err as Error).message, callId: call.callId };
    throw err;
  }
}

type Parsed = { ok: true; value: unknown } | { ok: false; outcome: Outcome };

/** Deeper than any webhook we accept; far below what would overflow a stack or a payload converter. */
export const MAX_JSON_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(raw: Buffer): Parsed {
  const reject = (message: string, reason: 'invalid_json' | 'validation_failed' = 'invalid_json'): Parsed => ({
    ok: false,
    outcome: { kind: 'rejected', reason, message, callId: null, fieldErrors: [{ path: '(body)', message }] },
  });
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return reject('body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    // The parser's own message quotes the body (names, phone digits): only the position is kept.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    return reject(`body is not valid JSON${at ? ` (at byte ${at})` : ''}`);
  }
  if (depthExceeds(value, MAX_JSON_DEPTH)) return reject(`body is nested deeper than ${MAX_JSON_DEPTH} levels`, 'validation_failed');
  return { ok: true, value };
}

/** Iterative, so a hostile body cannot overflow the stack while being measured. */
function depthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) stack.push([child, d + 1]);
  }
  return false;
}

function invalid(error: z.ZodError, callId: string | null, prefix = ''): Outcome {
  return { kind: 'rejected', reason: 'validation_failed', message: 'the body does not match the schema', callId, fieldErrors: toFieldErrors(error, prefix) };
}

/** zod issues as `{ path: "data.call_id", message }`: what the 400 answer and the dead letter list. */
export function toFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((i) => ({ path: prefix + i.path.map(String).join('.') || '(body)', message: i.message }));
}

function headerValue(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v) ?? null;
}
