/**
 * Reads tried again in place: over the wire against a small real HTTP server (the client with a
 * retry policy), and the wait rules on their own (which errors, how long, when to give up).
 */
import {
  ReferralRockClient,
  ReferralRockRateLimited,
  ReferralRockRejected,
  ReferralRockRetryable,
} from '../../../integrations/referralrock';
import { retryRead, type ReadRetryPolicy } from '../../../integrations/referralrock/readRetry';
import { KEYS, member, startFakeReferralRock, type FakeReferralRock } from './fakeReferralRock';

const FAST: ReadRetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 40 };
const ctx = { method: 'GET', path: '/api/members' };

describe('retryRead', () => {
  it('tries a retryable failure again until it passes', async () => {
    let calls = 0;
    const value = await retryRead(async () => {
      calls++;
      if (calls < 3) throw new ReferralRockRetryable(503, null, 'unavailable', ctx);
      return 'ok';
    }, FAST);
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the policy\'s tries and throws the last error as it came', async () => {
    let calls = 0;
    const last = new ReferralRockRetryable(502, null, 'unavailable', ctx);
    await expect(
      retryRead(async () => {
        calls++;
        throw calls === FAST.attempts ? last : new ReferralRockRetryable(503, null, 'unavailable', ctx);
      }, FAST),
    ).rejects.toBe(last);
    expect(calls).toBe(FAST.attempts);
  });

  it('never tries a rejection (4xx) or a foreign error again', async () => {
    for (const err of [new ReferralRockRejected(400, 'bad', ctx), new TypeError('bug')]) {
      let calls = 0;
      await expect(
        retryRead(async () => {
          calls++;
          throw err;
        }, FAST),
      ).rejects.toBe(err);
      expect(calls).toBe(1);
    }
  });

  it('waits out a short Retry-After, and leaves a long one to the activity\'s retry policy', async () => {
    let calls = 0;
    const started = Date.now();
    await retryRead(async () => {
      if (++calls === 1) throw new ReferralRockRateLimited(30, ctx);
      return 'ok';
    }, FAST);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);

    calls = 0;
    const long = new ReferralRockRateLimited(60_000, ctx);
    await expect(
      retryRead(async () => {
        calls++;
        throw long;
      }, FAST),
    ).rejects.toBe(long);
    expect(calls).toBe(1);
  });

  it('waits with a doubling backoff, capped', async () => {
    const waits: number[] = [];
    let calls = 0;
    let at = Date.now();
    await expect(
      retryRead(
        async () => {
          if (calls++ > 0) waits.push(Date.now() - at);
          at = Date.now();
          throw new ReferralRockRetryable(503, null, 'unavailable', ctx);
        },
        { attempts: 4, baseDelayMs: 40, maxDelayMs: 100 },
        () => undefined,
        () => 1, // the top of each jitter range: 40, 80, then the cap
      ),
    ).rejects.toBeInstanceOf(ReferralRockRetryable);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(35);
    expect(waits[1]).toBeGreaterThanOrEqual(75);
    expect(waits[2]).toBeGreaterThanOrEqual(95);
  });

  it('stops waiting at once when the activity is cancelled', async () => {
    const cancel = new AbortController();
    let calls = 0;
    const started = Date.now();
    const pending = retryRead(
      async () => {
        calls++;
        throw new ReferralRockRetryable(503, null, 'unavailable', ctx);
      },
      { attempts: 4, baseDelayMs: 10_000, maxDelayMs: 10_000 },
      () => cancel.signal,
    );
    setTimeout(() => cancel.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(ReferralRockRetryable);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('the client with a read retry policy', () => {
  let fake: FakeReferralRock;
  let client: ReferralRockClient;
  beforeAll(async () => {
    fake = await startFakeReferralRock();
    client = new ReferralRockClient({ baseUrl: fake.url, ...KEYS, timeoutMs: 2000, readRetry: FAST });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.seen.length = 0;
  });

  it('reads a whole list when one page fails once, asking again for that page only', async () => {
    const all = Array.from({ length: 5 }, (_, i) => member(`m-${i}`));
    let failed = false;
    fake.handle((req) => {
      const offset = Number(req.query.get('offset'));
      if (offset === 2 && !failed) {
        failed = true;
        return { status: 503, body: { Message: 'An error has occurred.' } };
      }
      return { body: { offset, total: all.length, members: all.slice(offset, offset + 2), message: null } };
    });
    const members = await client.listAllMembers({}, { pageSize: 2 });
    expect(members.map((m) => m.id)).toEqual(all.map((m) => m.id));
    expect(fake.seen.map((r) => r.query.get('offset'))).toEqual(['0', '2', '2', '4']);
  });

  it('sends a write once, whatever the answer (writes are the activities\' to retry)', async () => {
    fake.handle(() => ({ status: 503, body: { Message: 'An error has occurred.' } }));
    await expect(client.createMember({ programId: 'prog-main', firstName: 'A', email: 'a@example.com' })).rejects.toBeInstanceOf(ReferralRockRetryable);
    expect(fake.seen).toHaveLength(1);
    expect(fake.seen[0].method).toBe('POST');
  });
});
