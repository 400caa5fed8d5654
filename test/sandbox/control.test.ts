/** The write log (accepted writes only), state, reset, run-time settings, faults, email block list and hooks. */
import { startTestSandbox, testSeed, type Client } from './helpers';
import type { SandboxHandle } from '../../sandbox/server';

let client: Client;
let sandbox: SandboxHandle;
let stop: () => Promise<void>;

beforeEach(async () => {
  ({ client, sandbox, stop } = await startTestSandbox());
});
afterEach(() => stop());

const writes = async () => (await client.control('GET', '/writes')).json.writes as { at: string; method: string; path: string; body: unknown }[];

describe('GET /_sandbox/requests', () => {
  it('counts the API requests answered, reads and writes, per route; reset clears it; control routes do not count', async () => {
    await client.call('GET', '/api/members');
    await client.call('GET', '/API/Members');
    await client.post('/api/referrals', { referralCode: 'SAM-22', firstName: 'R' });
    await writes();
    const counted = (await client.control('GET', '/requests')).json as { total: number; reads: number; writes: number; byRoute: Record<string, number> };
    expect(counted).toMatchObject({ total: 3, reads: 2, writes: 1 });
    expect(counted.byRoute['GET /api/members']).toBe(2);
    await client.control('POST', '/reset');
    expect((await client.control('GET', '/requests')).json).toMatchObject({ total: 0 });
  });
});

describe('GET /_sandbox/writes', () => {
  it('logs accepted writes oldest first with at, method, path (as sent) and body', async () => {
    await client.post('/api/members', { programId: 'prog-a', firstName: 'W', email: 'w@example.com' }, { query: { shouldSendEmail: false } });
    await client.post('/API/Referrals', { referralCode: 'SAM-22', firstName: 'R' });
    await client.call('DELETE', '/api/referral/remove', { body: [{ query: { primaryInfo: { referralId: 'r-dana' } } }] });
    const log = await writes();
    expect(log.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /api/members', 'POST /API/Referrals', 'DELETE /api/referral/remove']);
    expect(log[0].body).toEqual({ programId: 'prog-a', firstName: 'W', email: 'w@example.com' });
    expect(log[0]).toMatchObject({ query: { shouldSendEmail: 'false' } });
    expect(Date.parse(log[0].at)).toBeLessThanOrEqual(Date.parse(log[1].at));
  });

  it('never logs refused writes: 400s, 401s, faults, and a bulk where no item applied', async () => {
    await client.post('/api/referrals', { referralCode: 'NO-SUCH' });
    await client.post('/api/members', { programId: 'prog-a', firstName: 'W', email: 'w@example.com' }, { auth: false });
    await client.post('/api/referral/update', [{ query: { primaryInfo: { referralId: 'ghost' } }, referral: { status: 'denied' } }]);
    await client.control('PUT', '/faults', { errorRate: 1 });
    expect((await client.post('/api/referrals', { referralCode: 'SAM-22' })).status).toBeGreaterThanOrEqual(500);
    await client.control('PUT', '/faults', { errorRate: 0 });
    expect(await writes()).toEqual([]);
  });

  it('logs a bulk request once when at least one item applied', async () => {
    const body = [
      { query: { primaryInfo: { referralId: 'ghost' } }, referral: { status: 'denied' } },
      { query: { primaryInfo: { referralId: 'r-fay' } }, referral: { status: 'denied' } },
    ];
    await client.post('/api/referral/update', body);
    const log = await writes();
    expect(log).toHaveLength(1);
    expect(log[0].body).toEqual(body);
  });

  it('does not log reads or control calls', async () => {
    await client.get('/api/members');
    await client.control('PUT', '/faults', { latencyMs: 0 });
    expect(await writes()).toEqual([]);
  });
});

describe('GET /_sandbox/state and POST /_sandbox/reset', () => {
  it('answers the current state in the seed format, which reset accepts back', async () => {
    await client.post('/api/referrals', { referralCode: 'SAM-22', firstName: 'New', email: 'new@example.com' });
    await client.post('/api/email/unsubscribe', { email: 'Gone@Example.com' });
    const state = (await client.control('GET', '/state')).json;
    expect(state.programs).toHaveLength(2);
    expect(state.members).toHaveLength(5);
    expect(state.referrals).toHaveLength(4);
    expect(state.unsubscribed).toEqual(['gone@example.com']);
    const created = state.referrals.find((r: { email: string }) => r.email === 'new@example.com');
    expect(created).toMatchObject({ referralCode: 'SAM-22', referringMemberId: 'm-sam', phoneNumber: null });
    // seed extras are kept
    expect(state.members.find((m: { id: string }) => m.id === 'm-bea').vip).toBe(true);

    await client.control('POST', '/reset');
    expect((await client.get('/api/referrals', { query: 'new@example.com' })).json.referrals).toEqual([]);
    const again = await client.control('POST', '/reset', state);
    expect(again.status).toBe(200);
    const back = (await client.get('/api/referrals', { query: 'new@example.com' })).json.referrals;
    expect(back).toHaveLength(1);
    expect(back[0].id).toBe(created.id);
    expect((await client.control('GET', '/state')).json.unsubscribed).toEqual(['gone@example.com']);
  });

  it('reset goes back to the starting seed and clears the write log and the faults', async () => {
    await client.post('/api/members/remove', [{ query: { primaryInfo: { memberId: 'm-sam' } } }]);
    await client.control('PUT', '/faults', { latencyMs: 5, retryAfterSeconds: 9 });
    const res = await client.control('POST', '/reset');
    expect(res.json).toMatchObject({ reset: true, members: 5, referrals: 3 });
    expect((await client.get('/api/members', { query: 'm-sam' })).json.members).toHaveLength(1);
    expect(await writes()).toEqual([]);
    expect((await client.control('GET', '/faults')).json).toEqual({ errorRate: 0, rateLimitRate: 0, retryAfterSeconds: 1, latencyMs: 0, down: false, writesOnly: false, lostResponseRate: 0 });
  });

  it('resets to a seed given in the body, and a later bare reset goes back to the starting seed', async () => {
    const small = { programs: [{ id: 'p1', name: 'one' }], members: [{ id: 'x1', programId: 'p1', firstName: 'X', email: 'x@one.io' }], referrals: [] };
    expect((await client.control('POST', '/reset', small)).status).toBe(200);
    const members = (await client.get('/api/members')).json.members;
    expect(members.map((m: { id: string }) => m.id)).toEqual(['x1']);
    expect(members[0].referralCode).toMatch(/^X\d+$/);
    await client.control('POST', '/reset');
    expect((await client.get('/api/members')).json.total).toBe(4);
  });

  it('refuses an invalid seed with 400 naming the problem and keeps the state', async () => {
    const bad = { programs: [{ id: 'p1' }], members: [{ id: 'x1', programId: 'nope' }] };
    const res = await client.control('POST', '/reset', bad);
    expect(res.status).toBe(400);
    expect(res.json.Message).toMatch(/matches no program/);
    expect((await client.get('/api/members')).json.total).toBe(4);
  });

  it('keeps the store reachable in-process', () => {
    expect(sandbox.store.members.get('m-sam')?.email).toBe('sam@contoso.com');
    expect(testSeed().members).toHaveLength(5);
  });
});

describe('settings at run time', () => {
  it('PUT /_sandbox/settings changes an unknown behaviour; reset puts it back', async () => {
    const put = await client.control('PUT', '/settings', { notFoundStatus: 200, resultSuccessStatus: 'Succeeded' });
    expect(put.json).toMatchObject({ notFoundStatus: 200, resultSuccessStatus: 'Succeeded', unauthorizedStatus: 401 });
    expect((await client.get('/api/referral/single', { referralId: 'nope' })).status).toBe(200);
    expect((await client.control('PUT', '/settings', { notFoundStatus: 'x' })).status).toBe(400);
    expect((await client.control('PUT', '/settings', { noSuchSetting: 1 })).status).toBe(400);
    await client.control('POST', '/reset');
    expect((await client.get('/api/referral/single', { referralId: 'nope' })).status).toBe(404);
  });
});

describe('faults', () => {
  it('rateLimitRate 1 answers 429 with Retry-After = retryAfterSeconds', async () => {
    await client.control('PUT', '/faults', { rateLimitRate: 1, retryAfterSeconds: 7 });
    const res = await client.get('/api/programs');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(typeof res.json.Message).toBe('string');
  });

  it('errorRate 1 answers 500 or 503; omitted fields keep their value; GET returns them', async () => {
    await client.control('PUT', '/faults', { errorRate: 1, retryAfterSeconds: 3 });
    const put = await client.control('PUT', '/faults', { latencyMs: 0 });
    expect(put.json).toEqual({ errorRate: 1, rateLimitRate: 0, retryAfterSeconds: 3, latencyMs: 0, down: false, writesOnly: false, lostResponseRate: 0 });
    const statuses = new Set<number>();
    for (let i = 0; i < 30; i++) statuses.add((await client.get('/api/members')).status);
    expect([...statuses].every((s) => s === 500 || s === 503)).toBe(true);
    expect(statuses.size).toBe(2);
    expect((await client.control('GET', '/faults')).json.errorRate).toBe(1);
  });

  it('down refuses every /api request with 503 (even unauthenticated ones) but never /_sandbox', async () => {
    await client.control('PUT', '/faults', { down: true });
    expect((await client.get('/api/programs')).status).toBe(503);
    expect((await client.post('/api/referrals', { referralCode: 'SAM-22' })).status).toBe(503);
    expect((await client.get('/api/programs', undefined, { auth: false })).status).toBe(503);
    expect((await client.control('GET', '/state')).status).toBe(200);
    await client.control('PUT', '/faults', { down: false });
    expect((await client.get('/api/programs')).status).toBe(200);
  });

  it('a fractional rate faults about that share of requests (deterministic with an injected random)', async () => {
    let n = 0;
    const seq = [0.1, 0.9, 0.3, 0.7];
    const { client: c, stop: s } = await startTestSandbox({ random: () => seq[n++ % seq.length] });
    try {
      await c.control('PUT', '/faults', { rateLimitRate: 0.5 });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await c.get('/api/programs')).status);
      expect(statuses).toEqual([429, 200, 429, 200]);
    } finally {
      await s();
    }
  });

  it('writesOnly spares reads: GETs answer, writes fail', async () => {
    await client.control('PUT', '/faults', { errorRate: 1, writesOnly: true });
    expect((await client.get('/api/members')).status).toBe(200);
    expect([500, 503]).toContain((await client.post('/api/referrals', { referralCode: 'SAM-22', firstName: 'W' })).status);
  });

  it('lostResponseRate 1 applies and logs the write but answers 502, as a lost response would', async () => {
    await client.control('PUT', '/faults', { lostResponseRate: 1 });
    const ext = `lost-${Date.now()}`;
    const res = await client.post('/api/referrals', { referralCode: 'SAM-22', firstName: 'Lost', externalIdentifier: ext });
    expect(res.status).toBe(502);
    await client.control('PUT', '/faults', { lostResponseRate: 0 });
    const found = await client.get('/api/referrals', { query: ext });
    expect(found.json.referrals).toHaveLength(1);
    const writes = (await client.control('GET', '/writes')).json.writes as { body: unknown }[];
    expect(writes.filter((w) => JSON.stringify(w.body).includes(ext))).toHaveLength(1);
  });

  it('latencyMs delays /api answers but not /_sandbox ones', async () => {
    await client.control('PUT', '/faults', { latencyMs: 300 });
    let t = Date.now();
    expect((await client.get('/api/programs')).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
    t = Date.now();
    await client.control('GET', '/faults');
    expect(Date.now() - t).toBeLessThan(250);
  });

  it('refuses invalid fault values with 400', async () => {
    expect((await client.control('PUT', '/faults', { errorRate: 2 })).status).toBe(400);
    expect((await client.control('PUT', '/faults', { down: 'yes' })).status).toBe(400);
    expect((await client.control('GET', '/faults')).json.down).toBe(false);
  });
});

describe('POST /api/email/unsubscribe', () => {
  it('adds the address to the block list once (idempotent) and refuses a missing or bad email', async () => {
    const a = await client.post('/api/email/unsubscribe', { Email: 'Ben.Carter@Outlook.com' });
    expect(a.status).toBe(200);
    expect((await client.post('/api/email/unsubscribe', { email: 'ben.carter@outlook.com' })).status).toBe(200);
    expect([...sandbox.store.unsubscribed]).toEqual(['ben.carter@outlook.com']);
    expect((await client.post('/api/email/unsubscribe', {})).status).toBe(400);
    expect((await client.post('/api/email/unsubscribe', { email: 'nope' })).status).toBe(400);
    expect((await writes()).map((w) => w.path)).toEqual(['/api/email/unsubscribe', '/api/email/unsubscribe']);
  });
});

describe('/api/hooks', () => {
  it('subscribes with 201 {web_hook_id} and unsubscribes with 200 and no body', async () => {
    const sub = await client.post('/api/hooks', { target_url: 'https://example.com/rr?secret=abc', event: 'ReferralStatusChange' });
    expect(sub.status).toBe(201);
    expect(sub.json.web_hook_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sandbox.store.hooks.get(sub.json.web_hook_id)?.event).toBe('ReferralStatusChange');
    const del = await client.call('DELETE', '/api/hooks', { body: { web_hook_id: sub.json.web_hook_id } });
    expect(del.status).toBe(200);
    expect(del.text).toBe('');
    expect(sandbox.store.hooks.size).toBe(0);
  });

  it('refuses an unknown event or a missing target_url or id', async () => {
    expect((await client.post('/api/hooks', { target_url: 'https://example.com', event: 'Nope' })).status).toBe(400);
    expect((await client.post('/api/hooks', { event: 'MemberAdd' })).status).toBe(400);
    expect((await client.call('DELETE', '/api/hooks', { body: {} })).status).toBe(400);
  });
});
