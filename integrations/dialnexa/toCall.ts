/**
 * The one place that maps a completed DialNexa call into the internal call model, so the mapping
 * can follow DialNexa when its payload changes. Identity, attribution and consent come only from
 * `post_call_analysis` through the field map; what the map does not claim stays in `call.analysis`,
 * and a value that cannot be read as its target's type (say marketing_consent: "maybe") stays there
 * too instead of being guessed.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Attribution, Call, Caller } from '../../domain/call';
import { ANALYSIS_TARGET, FULL_NAME_TARGET, type ResolvedFieldMap } from './fieldMap';
import type { CompletedNativeCall } from './nativePayload';
import { toE164 } from './phone';
import { splitTranscript } from './transcript';

export interface NativeToCallOptions {
  fieldMap: ResolvedFieldMap;
  /** Region for numbers written without a country code. */
  defaultRegion?: CountryCode;
}

/** Keys of the native call object that the mapping reads; any other key goes to `extra`. */
const KNOWN_KEYS = new Set([
  'id', 'direction', 'type', 'category', 'category_id', 'from_number', 'to_number', 'status', 'agent_id',
  'initiated_at', 'ended_at', 'duration', 'transcript', 'summary', 'recording_url', 'post_call_analysis',
  'hangup_reason', 'disconnection_reason', 'call_transfer',
]);

export function nativeToCall(native: CompletedNativeCall, opts: NativeToCallOptions): Call {
  const region = opts.defaultRegion ?? 'US';
  const fromNumber = toE164(native.from_number, region);
  const toNumber = toE164(native.to_number, region);
  const startedAt = new Date(native.initiated_at);
  const endedAt = native.ended_at ? new Date(native.ended_at) : new Date(startedAt.getTime() + (native.duration ?? 0) * 1000);
  const durationSeconds = native.duration ?? Math.round((endedAt.getTime() - startedAt.getTime()) / 1000);

  const mapped = applyFieldMap(native.post_call_analysis ?? {}, opts.fieldMap, region);
  // The caller's number is the far end of the line: from on inbound calls, to on outbound ones.
  const farEnd = native.direction === 'inbound' ? fromNumber : toNumber;
  const caller: Caller = { ...mapped.caller, phone: mapped.caller.phone ?? (isE164(farEnd) ? farEnd : null) };

  const dialnexa = pickDefined({
    type: native.type,
    category: native.category,
    category_id: native.category_id,
    hangup_reason: native.hangup_reason ?? native.disconnection_reason,
    call_transfer: native.call_transfer,
  });
  const extra = Object.fromEntries(Object.entries(native).filter(([k]) => !KNOWN_KEYS.has(k)));

  return {
    callId: native.id,
    source: 'dialnexa',
    direction: native.direction,
    status: 'completed',
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    durationSeconds,
    fromNumber,
    toNumber,
    agent: { id: native.agent_id ?? null, name: null },
    caller,
    attribution: mapped.attribution,
    consent: mapped.consent,
    transcript: splitTranscript(native.transcript),
    summary: native.summary ?? null,
    analysis: Object.keys(mapped.analysis).length ? { ...mapped.analysis } : null,
    links: { recordingUrl: native.recording_url ?? null },
    metadata: Object.keys(dialnexa).length ? { dialnexa } : {},
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

interface Mapped {
  caller: Caller;
  attribution: Attribution;
  consent: Call['consent'];
  analysis: Record<string, unknown>;
}

/** Own properties only: a field named `constructor` or `toString` is data, not the prototype's. */
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function applyFieldMap(analysis: Record<string, unknown>, map: ResolvedFieldMap, region: CountryCode): Mapped {
  // Null-prototype bags: a field named `__proto__` is stored as a field, never as a prototype.
  const bag = () => Object.create(null) as Record<string, unknown>;
  const out: Mapped = { caller: bag(), attribution: bag(), consent: bag(), analysis: bag() };
  let fullName: string | null = null;
  for (const [field, value] of Object.entries(analysis)) {
    const target = own(map, field) ? map[field] : undefined;
    if (!target || target === ANALYSIS_TARGET || value == null || value === '') {
      if (value != null) out.analysis[field] = value;
      continue;
    }
    if (target === FULL_NAME_TARGET) {
      const s = asText(value);
      if (s) fullName ??= s;
      else out.analysis[field] = value;
      continue;
    }
    const [group, key] = target.split('.') as ['caller' | 'attribution' | 'consent', string];
    const coerced = coerce(target, value, region);
    const slot = out[group] as Record<string, unknown>;
    if (coerced === undefined) out.analysis[field] = value; // unreadable as the target's type: keep it, do not guess
    else if (!own(slot, key) || slot[key] == null) slot[key] = coerced; // first field that fills a target wins
    else out.analysis[field] = value;
  }
  if (fullName) {
    // Explicit first_name/last_name fields win over a split full name.
    const [first, ...rest] = fullName.split(/\s+/);
    out.caller.firstName ??= first;
    if (rest.length) out.caller.lastName ??= rest.join(' ');
  }
  return out;
}

/** The value as the target's type, or undefined when it cannot be read as one. */
function coerce(target: string, value: unknown, region: CountryCode): unknown {
  if (target === 'consent.marketing') {
    if (typeof value === 'boolean') return value ? 'granted' : 'denied';
    const s = asText(value)?.toLowerCase();
    if (!s) return undefined;
    if (['granted', 'yes', 'y', 'true', 'opt_in', 'opted_in', 'agreed', 'consented'].includes(s)) return 'granted';
    if (['denied', 'no', 'n', 'false', 'opt_out', 'opted_out', 'declined', 'refused'].includes(s)) return 'denied';
    if (['unknown', 'unsure', 'not_asked', 'n/a'].includes(s)) return 'unknown';
    return undefined;
  }
  if (target === 'consent.recording') {
    if (typeof value === 'boolean') return value;
    const s = asText(value)?.toLowerCase();
    if (s && ['yes', 'true', 'y', 'granted'].includes(s)) return true;
    if (s && ['no', 'false', 'n', 'denied'].includes(s)) return false;
    return undefined;
  }
  const s = asText(value);
  if (!s) return undefined;
  if (target === 'caller.phone') return toE164(s, region);
  return s;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function isE164(n: string | null): n is string {
  return n !== null && /^\+\d{6,15}$/.test(n);
}

function pickDefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}
