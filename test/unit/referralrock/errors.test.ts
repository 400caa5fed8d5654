/**
 * Error classification: what Temporal activities will read (`retryable`, `retryAfterMs`) for each
 * way a ReferralRock call can fail, checked over real HTTP.
 */
import { inspect } from 'node:util';
import {
  ReferralRockClient,
  ReferralRockRateLimited,
  ReferralRockRejected,
  ReferralRockRetryable,
  classifyAxiosError,
  isSuccessStatus,
  parseRetryAfter,
  apiMessageOf,
} from '../../../integrations/referralrock';
import { KEYS, deadUrl, startFakeReferralRock, type FakeReferralRock } from './fakeReferralRock';

let fake: FakeReferralRock;
let client: ReferralRockClient;

beforeAll(async () => {
  fake = await startFakeReferralRock();
  client = new ReferralRockClient({ baseUrl: fake.url, ...KEYS, timeoutMs: 300 });
});
afterAll(() => fake.close());

async function failure(): Promise<unknown> {
  return client.listMembers().then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
}

describe('over HTTP', () => {
  it('429 with Retry-After seconds → ReferralRockRateLimited with retryAfterMs', async () => {
    fake.handle(() => ({ status: 429, headers: { 'Retry-After': '3' }, body: { Message: 'Too many requests' } }));
    const err = await failure();
    expect(err).toBeInstanceOf(ReferralRockRateLimited);
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 3000, status: 429, method: 'GET', path: '/api/members' });
  });

  it('429 with an HTTP-date Retry-After → the time until that date', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    fake.handle(() => ({ status: 429, headers: { 'Retry-After': at } }));
    const err = (await failure()) as ReferralRockRateLimited;
    expect(err).toBeInstanceOf(ReferralRockRateLimited);
    expect(err.retryAfterMs).toBeGreaterThan(55_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('429 without Retry-After → retryAfterMs null', async () => {
    fake.handle(() => ({ status: 429 }));
    const err = await failure();
    expect(err).toMatchObject({ name: 'ReferralRockRateLimited', retryable: true, retryAfterMs: null });
  });

  it.each([500, 502, 503, 504])('%i → ReferralRockRetryable', async (status) => {
    fake.handle(() => ({ status, body: { Message: 'An error has occurred.' } }));
    const err = await failure();
    expect(err).toBeInstanceOf(ReferralRockRetryable);
    expect(err).toMatchObject({ retryable: true, status });
    expect((err as Error).message).toContain('An error has occurred.');
  });

  it('401 → ReferralRockRejected, not retryable, with the body Message', async () => {
    fake.handle(() => ({ status: 401, body: { Message: 'Authorization has been denied for this request.' } }));
    const err = await failure();
    expect(err).toBeInstanceOf(ReferralRockRejected);
    expect(err).toMatchObject({
      retryable: false,
      status: 401,
      apiMessage: 'Authorization has been denied for this request.',
    });
    expect((err as Error).message).toBe(
      'ReferralRock rejected GET /api/members with 401: Authorization has been denied for this request.',
    );
  });

  it('400 → ReferralRockRejected with the message (camelCase or text body)', async () => {
    fake.handle(() => ({ status: 400, body: { message: 'Invalid referral code' } }));
    await expect(failure()).resolves.toMatchObject({ name: 'ReferralRockRejected', status: 400, apiMessage: 'Invalid referral code' });
    fake.handle(() => ({ status: 400, raw: 'Bad Request', headers: { 'Content-Type': 'text/plain' } }));
    await expect(failure()).resolves.toMatchObject({ status: 400, apiMessage: 'Bad Request', retryable: false });
  });

  it('never carries the credentials (errors get logged and serialised)', async () => {
    fake.handle(() => ({ status: 401, body: { Message: 'Authorization has been denied for this request.' } }));
    const err = await failure();
    const dump = `${inspect(err, { depth: Infinity, showHidden: true })} ${JSON.stringify(err)}`;
    const basic = Buffer.from(`${KEYS.publicKey}:${KEYS.privateKey}`).toString('base64');
    expect(dump).not.toContain(KEYS.privateKey);
    expect(dump).not.toContain(basic);
  });

  it('a timeout → ReferralRockRetryable with no status', async () => {
    fake.handle(() => ({ delayMs: 1500, body: { members: [] } }));
    const err = await failure();
    expect(err).toBeInstanceOf(ReferralRockRetryable);
    expect(err).toMatchObject({ retryable: true, status: null, code: 'ECONNABORTED' });
  });

  it('a refused connection → ReferralRockRetryable', async () => {
    const c = new ReferralRockClient({ baseUrl: await deadUrl(), ...KEYS, timeoutMs: 1000 });
    const err = await c.listPrograms().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReferralRockRetryable);
    expect(err).toMatchObject({ retryable: true, status: null, code: 'ECONNREFUSED' });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1500);
  });
  it('reads an HTTP-date, never negative', () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('isSuccessStatus', () => {
  it('accepts Success and Succeeded in any case, nothing else', () => {
    for (const s of ['Success', 'Succeeded', 'success', 'SUCCEEDED', ' Success ']) expect(isSuccessStatus(s)).toBe(true);
    for (const s of ['Failed', 'Successed', 'Error', '', null, undefined]) expect(isSuccessStatus(s)).toBe(false);
  });
});

describe('classifyAxiosError', () => {
  it('passes non-axios errors on as non-retryable rejections', () => {
    const err = classifyAxiosError(new TypeError('boom'), { method: 'GET', path: '/api/members' });
    expect(err).toBeInstanceOf(ReferralRockRejected);
    expect(err.retryable).toBe(false);
  });

  it('reads ASP.NET Message from a JSON text body', () => {
    expect(apiMessageOf('{"Message":"Authorization has been denied for this request."}')).toBe(
      'Authorization has been denied for this request.',
    );
    expect(apiMessageOf({ message: 'x' })).toBe('x');
    expect(apiMessageOf('')).toBeNull();
  });
});
