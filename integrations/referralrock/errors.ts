/**
 * What can go wrong when calling ReferralRock, as a few error classes the caller can act on.
 *
 * The client never retries a write (a read only briefly, readRetry.ts): Temporal activities do, and
 * they decide from two fields only:
 * `retryable` (try again, or fail the activity for good) and, for throttling, `retryAfterMs`
 * (how long ReferralRock asked us to wait, null when it did not say).
 *
 * ReferralRock documents neither its error bodies nor its throttling answer; the readings chosen
 * here (429 = throttled, ASP.NET's `{ "Message": ... }` body) are in docs/referralrock-api-notes.md.
 */
import { isAxiosError, type AxiosError } from 'axios';

/** Where a failed call went, for messages and logs (never the auth header or the request body). */
export interface CallContext {
  method: string;
  path: string;
}

export abstract class ReferralRockError extends Error {
  /** true: the same call may succeed later (throttling, outage, timeout). */
  abstract readonly retryable: boolean;
  readonly method: string | null;
  readonly path: string | null;

  protected constructor(message: string, ctx: CallContext | null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.method = ctx?.method ?? null;
    this.path = ctx?.path ?? null;
  }
}

/** 429: ReferralRock is throttling us. Wait `retryAfterMs` when known, else back off. */
export class ReferralRockRateLimited extends ReferralRockError {
  readonly retryable = true;
  readonly status = 429;

  constructor(
    readonly retryAfterMs: number | null,
    ctx: CallContext | null,
    options?: { cause?: unknown },
  ) {
    super(
      `ReferralRock rate limit on ${describe(ctx)}` +
        (retryAfterMs === null ? ' (no Retry-After)' : ` (retry after ${retryAfterMs} ms)`),
      ctx,
      options,
    );
  }
}

/** 5xx, 408, a timeout or a connection failure: nothing was decided, try again later. */
export class ReferralRockRetryable extends ReferralRockError {
  readonly retryable = true;

  constructor(
    /** HTTP status, or null when no answer came back (timeout, refused, reset, DNS). */
    readonly status: number | null,
    /** Node/axios error code for transport failures (ECONNREFUSED, ECONNABORTED, ...). */
    readonly code: string | null,
    detail: string,
    ctx: CallContext | null,
    options?: { cause?: unknown },
  ) {
    super(`ReferralRock ${describe(ctx)} failed, retryable: ${detail}`, ctx, options);
  }
}

/**
 * Any other 4xx (bad keys, bad request, unknown record), or a request that could not be built:
 * sending it again will not help.
 */
export class ReferralRockRejected extends ReferralRockError {
  readonly retryable = false;

  constructor(
    /** HTTP status, or null when the request was refused before reaching ReferralRock. */
    readonly status: number | null,
    /** ReferralRock's own explanation (`Message`/`message` of the body), when it gave one. */
    readonly apiMessage: string | null,
    ctx: CallContext | null,
    options?: { cause?: unknown },
  ) {
    super(
      `ReferralRock rejected ${describe(ctx)}` +
        (status === null ? '' : ` with ${status}`) +
        (apiMessage ? `: ${apiMessage}` : ''),
      ctx,
      options,
    );
  }
}

/** A bulk update/remove item ReferralRock answered with a non-success `resultInfo.status`. */
export class ReferralRockItemFailed extends ReferralRockError {
  readonly retryable = false;

  constructor(
    /** resultInfo.status as sent (null when absent). */
    readonly itemStatus: string | null,
    /** resultInfo.message as sent. */
    readonly apiMessage: string | null,
    /** The query of the failed item, as we sent it. */
    readonly query: unknown,
    ctx: CallContext | null,
  ) {
    super(
      `ReferralRock ${describe(ctx)}: item not applied (status ${JSON.stringify(itemStatus)}` +
        (apiMessage ? `, ${apiMessage}` : '') +
        ')',
      ctx,
    );
  }
}

/**
 * A 2xx answer whose body does not have the documented shape. Not retryable: the same answer will
 * come back; the message lists the offending fields so the mismatch can be fixed in schemas.ts.
 */
export class ReferralRockInvalidResponse extends ReferralRockError {
  readonly retryable = false;

  constructor(
    readonly status: number,
    readonly issues: string[],
    ctx: CallContext | null,
  ) {
    super(
      `ReferralRock ${describe(ctx)} answered ${status} with an unexpected body: ${issues.join('; ')}`,
      ctx,
    );
  }
}

/** Public clients expect `Success` (remove) or `Succeeded` (update); either, any case, is success. */
export function isSuccessStatus(status: string | null | undefined): boolean {
  if (typeof status !== 'string') return false;
  const s = status.trim().toLowerCase();
  return s === 'success' || s === 'succeeded';
}

/**
 * Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Returns milliseconds
 * (never negative), or null when absent or unreadable.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return Math.round(raw * 1000);
  if (typeof raw !== 'string') return null;
  const v = raw.trim();
  if (v === '') return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // Only date-looking strings: Date.parse accepts bare numbers like "-5" as years.
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** Transport failures where nothing (or nothing complete) came back: safe to try again. */
const TRANSIENT_CODES = new Set([
  'ECONNABORTED',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * Maps whatever axios threw to one of the classes above:
 * 429 → RateLimited; 5xx and 408 → Retryable; other 4xx (and any other status) → Rejected;
 * no answer (timeout, refused, reset, DNS, aborted socket) → Retryable; a request axios refused to
 * build (bad URL or option) → Rejected with status null. Already-classified errors pass through.
 */
export function classifyAxiosError(err: unknown, ctx: CallContext | null = null): ReferralRockError {
  if (err instanceof ReferralRockError) return err;
  if (!isAxiosError(err)) {
    const msg = err instanceof Error ? err.message : String(err);
    return new ReferralRockRejected(null, `request could not be made: ${msg}`, ctx ?? null, { cause: err });
  }
  const context = ctx ?? contextOf(err);
  // The axios error is deliberately not kept as `cause`: its config carries the Basic auth
  // credentials, and loggers and failure converters serialise causes.
  const res = err.response;
  if (res) {
    const status = res.status;
    if (status === 429) {
      return new ReferralRockRateLimited(parseRetryAfter(res.headers?.['retry-after']), context);
    }
    if (status >= 500 || status === 408) {
      const msg = apiMessageOf(res.data);
      return new ReferralRockRetryable(status, err.code ?? null, `${status}${msg ? ` ${msg}` : ''}`, context);
    }
    return new ReferralRockRejected(status, apiMessageOf(res.data), context);
  }
  const code = err.code ?? null;
  if (code === 'ERR_INVALID_URL' || code === 'ERR_BAD_OPTION' || code === 'ERR_BAD_OPTION_VALUE' || code === 'ERR_NOT_SUPPORT') {
    return new ReferralRockRejected(null, `request could not be made: ${err.message}`, context);
  }
  // A request went out (or was attempted) and no answer came back.
  const detail = code && TRANSIENT_CODES.has(code) ? `${code} (${err.message})` : `no answer (${code ?? 'unknown'}: ${err.message})`;
  return new ReferralRockRetryable(null, code, detail, context);
}

/** ASP.NET Web API errors carry `Message`; our envelopes carry `message`; a text body is kept short. */
export function apiMessageOf(body: unknown): string | null {
  if (typeof body === 'string') {
    const t = body.trim();
    if (t === '') return null;
    // The client reads bodies as text; a JSON error body is looked into, not quoted whole.
    if (t.startsWith('{')) {
      try {
        const fromJson = apiMessageOf(JSON.parse(t) as unknown);
        if (fromJson) return fromJson;
      } catch {
        // not JSON after all: quote it
      }
    }
    return t.slice(0, 500);
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const o = body as Record<string, unknown>;
    for (const k of ['Message', 'message', 'error_description', 'error']) {
      const v = o[k];
      if (typeof v === 'string' && v.trim() !== '') return v.trim().slice(0, 500);
    }
  }
  return null;
}

function contextOf(err: AxiosError): CallContext | null {
  const method = err.config?.method?.toUpperCase();
  const url = err.config?.url;
  return method && url ? { method, path: url } : null;
}

function describe(ctx: CallContext | null): string {
  return ctx ? `${ctx.method} ${ctx.path}` : 'call';
}
