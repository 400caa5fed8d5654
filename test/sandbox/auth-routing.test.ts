/** Basic auth on every /api route, case-insensitive routes, body keys, unknown routes, control endpoints without auth. */
import { startTestSandbox, type Client } from './helpers';

let client: Client;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ client, stop } = await startTestSandbox());
});
afterAll(() => stop());

describe('auth', () => {
  it('answers 401 with the ASP.NET message when no key is sent', async () => {
    const res = await client.get('/api/members', undefined, { auth: false });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ Message: 'Authorization has been denied for this request.' });
  });

  it('answers 401 for a wrong private key, a wrong public key and a non-Basic scheme', async () => {
    const wrongPrivate = `Basic ${Buffer.from('test-public:nope').toString('base64')}`;
    const wrongPublic = `Basic ${Buffer.from('nope:test-private').toString('base64')}`;
    for (const auth of [wrongPrivate, wrongPublic, 'Bearer test-public:test-private']) {
      expect((await client.get('/api/programs', undefined, { auth })).status).toBe(401);
    }
  });

  it('guards writes too, and a refused write changes nothing', async () => {
    const res = await client.post('/api/members', { programId: 'prog-a', firstName: 'X', email: 'x@example.com' }, { auth: false });
    expect(res.status).toBe(401);
    const list = await client.get('/api/members', { query: 'x@example.com' });
    expect(list.json.members).toEqual([]);
  });

  it('accepts the right key', async () => {
    expect((await client.get('/api/programs')).status).toBe(200);
  });

  it('needs no ReferralRock key on /_sandbox control endpoints', async () => {
    const res = await client.control('GET', '/state');
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(expect.arrayContaining(['programs', 'members', 'referrals']));
  });
});

describe('routing', () => {
  it('matches routes case-insensitively', async () => {
    const a = await client.get('/API/Members', { query: 'sam@contoso.com', programId: 'prog-a' });
    expect(a.status).toBe(200);
    expect(a.json.members.map((m: { id: string }) => m.id)).toEqual(['m-sam']);
    const b = await client.get('/Api/Referral/Single', { referralId: 'r-dana' });
    expect(b.status).toBe(200);
    expect(b.json.id).toBe('r-dana');
  });

  it('matches query-string parameter names case-insensitively', async () => {
    const res = await client.get('/api/members', { Query: 'ZOE-1' });
    expect(res.json.members.map((m: { id: string }) => m.id)).toEqual(['m-zoe']);
  });

  it('keeps the singular/plural split: there is no /api/referrals/update', async () => {
    const res = await client.post('/api/referrals/update', [{ query: { primaryInfo: { referralId: 'r-dana' } }, referral: { note: 'x' } }]);
    expect(res.status).toBe(404);
    expect(res.json.Message).toMatch(/No HTTP resource/);
  });

  it('answers an unknown /api route with 404 and a Message only after auth', async () => {
    expect((await client.get('/api/nothing-here', undefined, { auth: false })).status).toBe(401);
    const res = await client.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(typeof res.json.Message).toBe('string');
  });

  it('refuses a body that is not JSON with 400 and a Message', async () => {
    const res = await client.call('POST', '/api/members', { rawBody: '{"firstName": ' });
    expect(res.status).toBe(400);
    expect(res.json.Message).toMatch(/not valid JSON/);
  });
});

describe('keys and auth answer from options', () => {
  it('uses the default sandbox keys when none are given', async () => {
    const { client: c, stop: s } = await startTestSandbox({ publicKey: undefined, privateKey: undefined });
    try {
      const ok = await c.get('/api/programs', undefined, { auth: `Basic ${Buffer.from('sandbox-public-key:sandbox-private-key').toString('base64')}` });
      expect(ok.status).toBe(200);
      expect((await c.get('/api/programs')).status).toBe(401);
    } finally {
      await s();
    }
  });

  it('answers the configured status and body for bad auth (a setting)', async () => {
    const { client: c, stop: s } = await startTestSandbox({ settings: { unauthorizedStatus: 403, unauthorizedBody: { error: 'denied' } } });
    try {
      const res = await c.get('/api/programs', undefined, { auth: false });
      expect(res.status).toBe(403);
      expect(res.json).toEqual({ error: 'denied' });
    } finally {
      await s();
    }
  });
});
