/**
 * The one place that calls ReferralRock over HTTP. It knows the paths (including the real
 * singular/plural split: `/api/referrals` lists and creates, `/api/referral/single|update` reads
 * and updates one), the query parameters, HTTP Basic auth with the public/private key pair, and it
 * validates every answer against schemas.ts before anyone else sees it.
 *
 * Writes are never retried here and nothing is rate-limited here: both belong to the Temporal
 * activities that call it (they read `retryable` / `retryAfterMs` from the thrown errors and share
 * one global budget). Reads may be tried again briefly in place (`readRetry`, readRetry.ts: one
 * failed page must not throw away a whole-program read). Every call goes through `request()`, so
 * every failure is classified the same way.
 */
import axios, { type AxiosInstance, type Method } from 'axios';
import { z } from 'zod';
import type { Config } from '../../config';
import {
  classifyAxiosError,
  isSuccessStatus,
  ReferralRockInvalidResponse,
  ReferralRockItemFailed,
  ReferralRockRejected,
  type CallContext,
} from './errors';
import {
  hookCreatedSchema,
  memberCreatedSchema,
  memberListSchema,
  memberQuerySchema,
  memberStatsSchema,
  memberUpdateResultsSchema,
  newMemberSchema,
  newReferralSchema,
  programListSchema,
  referralCreatedSchema,
  referralListSchema,
  referralQuerySchema,
  referralSchema,
  referralUpdateResultsSchema,
  updateMemberSchema,
  updateReferralSchema,
  type Member,
  type MemberCreated,
  type RecordHookEvent,
  type MemberQuery,
  type MemberSort,
  type MemberStats,
  type MemberStatsPeriod,
  type NewMember,
  type NewReferral,
  type Page,
  type Program,
  type Referral,
  type ReferralCreated,
  type ReferralQuery,
  type ReferralStatus,
  type UpdateMember,
  type UpdateReferral,
} from './schemas';
import { DEFAULT_READ_RETRY, retryRead, type ReadRetryPolicy } from './readRetry';

export interface ReferralRockClientOptions {
  /** e.g. https://api.referralrock.com (the sandbox's URL in development). */
  baseUrl: string;
  /** HTTP Basic user name. */
  publicKey: string;
  /** HTTP Basic password. */
  privateKey: string;
  /** Per-request timeout; a timeout is reported as ReferralRockRetryable. */
  timeoutMs: number;
  /**
   * Called before every request: the caller's chance to say it is alive (an activity heartbeat) and
   * to hand over a signal that aborts the request (an activity's cancellation). Absent: neither.
   */
  beforeRequest?: () => AbortSignal | undefined;
  /** GETs that fail in a way that may pass are tried again in place; absent: every failure is thrown. */
  readRetry?: ReadRetryPolicy;
}

/** Date filters are sent as given: ReferralRock parses `yyyy-MM-dd` (and other .NET formats). */
export interface ProgramListParams {
  programId?: string;
  offset?: number;
  count?: number;
}

export interface MemberListParams {
  /** Program id, name or title. */
  programId?: string;
  /** Exact match on email, id, external id or referral code (not a search). */
  query?: string;
  /** true: disabled members only; false: active members only; omitted: ReferralRock's default. */
  showDisabled?: boolean;
  sort?: MemberSort;
  dateFrom?: string;
  dateTo?: string;
  offset?: number;
  count?: number;
}

export interface ReferralListParams {
  programId?: string;
  query?: string;
  memberId?: string;
  status?: ReferralStatus;
  /** Accepted values are undocumented for referrals; passed through as given. */
  sort?: string;
  dateFrom?: string;
  dateTo?: string;
  offset?: number;
  count?: number;
}

export interface PagingOptions {
  /** Records per request when reading a whole list (default 500). */
  pageSize?: number;
}

export type ReferralLookup = { referralId: string } | { email: string } | { externalId: string };

/** Default page size for whole-list reads: large enough to be few calls, small enough to stay fast. */
export const DEFAULT_PAGE_SIZE = 500;
/** Hard stop for a whole-list read, so a server that ignores `offset` cannot loop us forever. */
const MAX_PAGES = 10_000;

interface RequestSpec<S extends z.ZodType> {
  method: Method;
  path: string;
  params?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  schema: S;
  /** 404 (or an empty/null body) means "no such record": return null instead of throwing. */
  nullWhenNotFound?: boolean;
  /** The answer is undocumented and not used: any 2xx body (JSON or not) is accepted. */
  ignoreBody?: boolean;
}

export class ReferralRockClient {
  private readonly http: AxiosInstance;
  private readonly beforeRequest: () => AbortSignal | undefined;
  private readonly readRetry: ReadRetryPolicy | null;

  constructor(options: ReferralRockClientOptions) {
    this.beforeRequest = options.beforeRequest ?? (() => undefined);
    this.readRetry = options.readRetry ?? null;
    this.http = axios.create({
      baseURL: options.baseUrl.replace(/\/+$/, ''),
      auth: { username: options.publicKey, password: options.privateKey },
      timeout: options.timeoutMs,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      // Any non-2xx becomes an error and is classified in one place.
      validateStatus: (s) => s >= 200 && s < 300,
      // A redirect from an API is unexpected (http→https is a 404 at ReferralRock): surface it.
      maxRedirects: 0,
      // Parse JSON ourselves so a non-JSON body becomes a clear validation error, not a string.
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
    });
  }

  // -------------------------------------------------------------------------------------------
  // Programs
  // -------------------------------------------------------------------------------------------

  async listPrograms(params: ProgramListParams = {}): Promise<Page<Program>> {
    const res = await this.request({ method: 'GET', path: '/api/programs', params: { ...params }, schema: programListSchema });
    return toPage(res, res.programs, params.offset);
  }

  // -------------------------------------------------------------------------------------------
  // Members
  // -------------------------------------------------------------------------------------------

  async listMembers(params: MemberListParams = {}): Promise<Page<Member>> {
    const res = await this.request({ method: 'GET', path: '/api/members', params: { ...params }, schema: memberListSchema });
    return toPage(res, res.members, params.offset);
  }

  /**
   * Every member matching the filters, read page by page (offset/count). Sorted oldest first by
   * default so that members created while we page are appended at the end instead of shifting
   * records across page boundaries; duplicates (by id) are dropped all the same.
   */
  async listAllMembers(
    params: Omit<MemberListParams, 'offset' | 'count'> = {},
    paging: PagingOptions = {},
  ): Promise<Member[]> {
    const filters: MemberListParams = { sort: 'Create_Dt_Asc', ...params };
    return readAll((offset, count) => this.listMembers({ ...filters, offset, count }), paging.pageSize);
  }

  /** Members whose email, id, external id or referral code equals `query` exactly. */
  async findMembers(query: string, params: Omit<MemberListParams, 'query'> = {}): Promise<Member[]> {
    return (await this.listMembers({ ...params, query })).items;
  }

  /** `POST /api/members`: not idempotent; look the external id up first (see the contract). */
  async createMember(newMember: NewMember, options: { shouldSendEmail?: boolean } = {}): Promise<MemberCreated> {
    const body = checkRequest(newMemberSchema, newMember, 'POST /api/members');
    return this.request({
      method: 'POST',
      path: '/api/members',
      // Always explicit: ReferralRock's welcome email must never go out by accident.
      params: { shouldSendEmail: options.shouldSendEmail ?? false },
      body,
      schema: memberCreatedSchema,
    });
  }

  /** One-item bulk update; returns the member as ReferralRock now has it. */
  async updateMember(query: MemberQuery, changes: UpdateMember): Promise<Member> {
    const ctx: CallContext = { method: 'POST', path: '/api/members/update' };
    const item = {
      query: checkRequest(memberQuerySchema, query, 'member query'),
      member: checkRequest(updateMemberSchema, changes, 'member changes'),
    };
    const results = await this.request({ method: 'POST', path: ctx.path, body: [item], schema: memberUpdateResultsSchema });
    const result = singleResult(results, ctx, item.query);
    if (!result.member) throw new ReferralRockInvalidResponse(200, ['0.member: missing on a successful item'], ctx);
    return result.member;
  }

  async getMemberStats(query: string, timePeriod: MemberStatsPeriod = 'All'): Promise<MemberStats> {
    return this.request({
      method: 'GET',
      path: '/api/memberstats/getsingle',
      params: { query, timePeriod },
      schema: memberStatsSchema,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Referrals (plural to list/create, singular for single/update)
  // -------------------------------------------------------------------------------------------

  async listReferrals(params: ReferralListParams = {}): Promise<Page<Referral>> {
    const res = await this.request({ method: 'GET', path: '/api/referrals', params: { ...params }, schema: referralListSchema });
    return toPage(res, res.referrals, params.offset);
  }

  /**
   * Every referral matching the filters, page by page. Referral sort values are undocumented, so
   * ReferralRock's default order is used; duplicates caused by records created mid-read are dropped.
   */
  async listAllReferrals(
    params: Omit<ReferralListParams, 'offset' | 'count'> = {},
    paging: PagingOptions = {},
  ): Promise<Referral[]> {
    return readAll((offset, count) => this.listReferrals({ ...params, offset, count }), paging.pageSize);
  }

  /** Referrals matching `query` exactly (email, id, external id; ReferralRock also matches a code). */
  async findReferrals(query: string, params: Omit<ReferralListParams, 'query'> = {}): Promise<Referral[]> {
    return (await this.listReferrals({ ...params, query })).items;
  }

  /** `GET /api/referral/single`; null when ReferralRock answers 404 or an empty body. */
  async getReferral(lookup: ReferralLookup): Promise<Referral | null> {
    const params = lookupParams(lookup);
    return this.request({
      method: 'GET',
      path: '/api/referral/single',
      params,
      schema: referralSchema.nullable(),
      nullWhenNotFound: true,
    });
  }

  /** `POST /api/referrals`: not idempotent; look the external id up first (see the contract). */
  async createReferral(newReferral: NewReferral): Promise<ReferralCreated> {
    const body = checkRequest(newReferralSchema, newReferral, 'POST /api/referrals');
    return this.request({ method: 'POST', path: '/api/referrals', body, schema: referralCreatedSchema });
  }

  /** One-item bulk update (status changes too); returns the referral as ReferralRock now has it. */
  async updateReferral(query: ReferralQuery, changes: UpdateReferral): Promise<Referral> {
    const ctx: CallContext = { method: 'POST', path: '/api/referral/update' };
    const item = {
      query: checkRequest(referralQuerySchema, query, 'referral query'),
      referral: checkRequest(updateReferralSchema, changes, 'referral changes'),
    };
    const results = await this.request({ method: 'POST', path: ctx.path, body: [item], schema: referralUpdateResultsSchema });
    const result = singleResult(results, ctx, item.query);
    if (!result.referral) throw new ReferralRockInvalidResponse(200, ['0.referral: missing on a successful item'], ctx);
    return result.referral;
  }

  // -------------------------------------------------------------------------------------------
  // Email block list
  // -------------------------------------------------------------------------------------------

  /**
   * Adds the address to the account's email block list ("unsubscribed from all"). The path is from
   * ReferralRock's help centre; the body name `email` is inferred; the answer is undocumented and
   * not interpreted beyond its 2xx status.
   */
  async unsubscribeEmail(email: string): Promise<void> {
    const address = email.trim();
    if (!address) {
      throw new ReferralRockRejected(null, 'an email address is required', { method: 'POST', path: '/api/email/unsubscribe' });
    }
    await this.request({
      method: 'POST',
      path: '/api/email/unsubscribe',
      body: { email: address },
      schema: anyBody,
      ignoreBody: true,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Webhook subscriptions (reference §3.27-3.28)
  // -------------------------------------------------------------------------------------------

  /** `POST /api/hooks`: ReferralRock will POST the record concerned to `targetUrl` each time `event` fires. */
  async subscribeHook(targetUrl: string, event: RecordHookEvent): Promise<string> {
    const res = await this.request({ method: 'POST', path: '/api/hooks', body: { target_url: targetUrl, event }, schema: hookCreatedSchema });
    return res.web_hook_id;
  }

  /** `DELETE /api/hooks` with `{ web_hook_id }` in the body. */
  async unsubscribeHook(webHookId: string): Promise<void> {
    await this.request({ method: 'DELETE', path: '/api/hooks', body: { web_hook_id: webHookId }, schema: anyBody, ignoreBody: true });
  }

  // -------------------------------------------------------------------------------------------
  // The one request function
  // -------------------------------------------------------------------------------------------

  private async request<S extends z.ZodType>(spec: RequestSpec<S> & { nullWhenNotFound: true }): Promise<z.output<S> | null>;
  private async request<S extends z.ZodType>(spec: RequestSpec<S>): Promise<z.output<S>>;
  private async request<S extends z.ZodType>(spec: RequestSpec<S>): Promise<z.output<S> | null> {
    if (!this.readRetry || spec.method.toUpperCase() !== 'GET') return this.requestOnce(spec, this.beforeRequest());
    // Each try says it is alive first (beforeRequest); the wait between tries ends on the same signal.
    let signal: AbortSignal | undefined;
    return retryRead(() => this.requestOnce(spec, (signal = this.beforeRequest())), this.readRetry, () => signal);
  }

  private async requestOnce<S extends z.ZodType>(spec: RequestSpec<S>, signal: AbortSignal | undefined): Promise<z.output<S> | null> {
    const ctx: CallContext = { method: spec.method.toUpperCase(), path: spec.path };
    let status: number;
    let raw: unknown;
    try {
      const res = await this.http.request<unknown>({
        method: spec.method,
        url: spec.path,
        params: dropUndefined(spec.params),
        data: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal,
      });
      status = res.status;
      raw = res.data;
    } catch (err) {
      const classified = classifyAxiosError(err, ctx);
      if (spec.nullWhenNotFound && 'status' in classified && classified.status === 404) return null;
      throw classified;
    }
    if (spec.ignoreBody) return spec.schema.parse(undefined) as z.output<S>;
    const body = parseJsonBody(raw, status, ctx);
    if (spec.nullWhenNotFound && (body === null || body === undefined)) return null;
    const parsed = spec.schema.safeParse(body);
    if (!parsed.success) {
      throw new ReferralRockInvalidResponse(status, describeIssues(parsed.error), ctx);
    }
    return parsed.data;
  }
}

/** A client from the service configuration (`config.referralRock`); reads are retried briefly in place. */
export function createReferralRockClient(
  cfg: Pick<Config['referralRock'], 'baseUrl' | 'publicKey' | 'privateKey' | 'timeoutMs'>,
  beforeRequest?: ReferralRockClientOptions['beforeRequest'],
): ReferralRockClient {
  return new ReferralRockClient({
    baseUrl: cfg.baseUrl,
    publicKey: cfg.publicKey,
    privateKey: cfg.privateKey,
    timeoutMs: cfg.timeoutMs,
    beforeRequest,
    readRetry: DEFAULT_READ_RETRY,
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** For answers we do not interpret (unsubscribe). */
const anyBody = z.unknown();

function dropUndefined(params: RequestSpec<z.ZodType>['params']): Record<string, string | number | boolean> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

/** Empty body → undefined; otherwise it must be JSON. */
function parseJsonBody(raw: unknown, status: number, ctx: CallContext): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') return raw;
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ReferralRockInvalidResponse(status, [`body is not JSON: ${JSON.stringify(raw.slice(0, 120))}`], ctx);
  }
}

function describeIssues(error: z.ZodError): string[] {
  const issues = error.issues.slice(0, 8).map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`);
  if (error.issues.length > 8) issues.push(`… and ${error.issues.length - 8} more`);
  return issues;
}

/** Request bodies are checked before sending: a malformed write is our bug, not a retryable failure. */
function checkRequest<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ReferralRockRejected(null, `invalid ${what}: ${describeIssues(parsed.error).join('; ')}`, null);
  }
  return parsed.data;
}

function toPage<T>(
  res: { offset?: number | null; total?: number | null; message?: string | null },
  items: T[] | null | undefined,
  requestedOffset: number | undefined,
): Page<T> {
  return {
    offset: res.offset ?? requestedOffset ?? 0,
    total: res.total ?? null,
    items: items ?? [],
    message: res.message ?? null,
  };
}

/**
 * Reads a whole list: next offset = offset + page length (there is no cursor). Stops when `total`
 * is reached, on an empty page, or (when `total` is absent) on a short page.
 */
async function readAll<T extends { id: string }>(
  fetchPage: (offset: number, count: number) => Promise<Page<T>>,
  pageSize: number = DEFAULT_PAGE_SIZE,
): Promise<T[]> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const seen = new Set<string>();
  const out: T[] = [];
  let offset = 0;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await fetchPage(offset, pageSize);
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
    offset += page.items.length;
    if (page.items.length === 0) break;
    if (page.total !== null ? offset >= page.total : page.items.length < pageSize) break;
  }
  return out;
}

function singleResult<R extends { resultInfo: { status?: string | null; message?: string | null } }>(
  results: R[],
  ctx: CallContext,
  query: unknown,
): R {
  if (results.length !== 1) {
    throw new ReferralRockInvalidResponse(200, [`expected 1 result for 1 item, got ${results.length}`], ctx);
  }
  const result = results[0];
  if (!isSuccessStatus(result.resultInfo.status)) {
    throw new ReferralRockItemFailed(result.resultInfo.status ?? null, result.resultInfo.message ?? null, query, ctx);
  }
  return result;
}

function lookupParams(lookup: ReferralLookup): Record<string, string> {
  const entries = Object.entries(lookup).filter(
    ([k, v]) => ['referralId', 'email', 'externalId'].includes(k) && typeof v === 'string' && v.trim() !== '',
  );
  if (entries.length !== 1) {
    throw new ReferralRockRejected(null, 'getReferral needs exactly one of referralId, email or externalId', {
      method: 'GET',
      path: '/api/referral/single',
    });
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, (v as string).trim()]));
}
