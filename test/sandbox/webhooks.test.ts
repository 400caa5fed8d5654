/** Web-hook subscriptions and deliveries: the bare object, per event, to each subscriber, never delaying the API call. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestSandbox, type Client } from './helpers';
import type { SandboxHandle } from '../../sandbox/server';

interface Received { path: string; body: Record<string, unknown> }

let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
let client: Client;
let sandbox: SandboxHandle;
let stop: () => Promise<void>;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += String(c)));
    req.on('end', () => resolve(data));
  });

beforeAll(async () => {
  receiver = createServer(async (req, res) => {
    received.push({ path: req.url ?? '', body: JSON.parse(await readBody(req)) });
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

beforeEach(async () => {
  received = [];
  ({ client, sandbox, stop } = await startTestSandbox());
});
afterEach(() => stop());

const subscribe = async (event: string, path = `/${event}`) =>
  (await client.post('/api/hooks', { target_url: `${receiverUrl}${path}?secret=s3`, event })).json.web_hook_id as string;

describe('web-hook deliveries', () => {
  it('delivers MemberAdd as Id + camelCase member fields with a Timestamp', async () => {
    await subscribe('MemberAdd');
    const created = await client.post('/api/members', { programId: 'prog-a', firstName: 'Hook', email: 'hook@example.com' });
    await sandbox.app.sandbox.webhooks.settle();
    expect(received).toHaveLength(1);
    expect(received[0].path).toBe('/MemberAdd?secret=s3');
    expect(received[0].body).toMatchObject({ Id: created.json.member.id, email: 'hook@example.com', referralCode: created.json.member.referralCode });
    expect(received[0].body).not.toHaveProperty('id');
    expect(Math.abs((received[0].body.Timestamp as number) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('fires ReferralUpdate on any change and ReferralStatusChange only when the status moves (PascalCase by default)', async () => {
    await subscribe('ReferralUpdate');
    await subscribe('ReferralStatusChange');
    const q = { primaryInfo: { referralId: 'r-dana' } };
    await client.post('/api/referral/update', [{ query: q, referral: { note: 'n' } }]);
    await client.post('/api/referral/update', [{ query: q, referral: { status: 'denied' } }]);
    await sandbox.app.sandbox.webhooks.settle();
    // deliveries run concurrently, so their arrival order is not asserted
    expect(received.map((r) => r.path.split('?')[0]).sort()).toEqual(['/ReferralStatusChange', '/ReferralUpdate', '/ReferralUpdate']);
    const change = received.find((r) => r.path.startsWith('/ReferralStatusChange'))!;
    expect(change.body).toMatchObject({ Id: 'r-dana', Status: 'denied', Email: 'dana@northwind.io', ProgramId: 'prog-a' });
  });

  it('sends camelCase referral payloads when referralWebhookCasing is camel (a setting)', async () => {
    await client.control('PUT', '/settings', { referralWebhookCasing: 'camel' });
    await subscribe('ReferralAdd');
    await client.post('/api/referrals', { referralCode: 'SAM-22', firstName: 'Cam' });
    await sandbox.app.sandbox.webhooks.settle();
    expect(received[0].body).toMatchObject({ firstName: 'Cam', status: 'pending', referringMemberId: 'm-sam' });
  });

  it('delivers EmailUnsubscribed once per new address, and nothing after an unsubscribe', async () => {
    const id = await subscribe('EmailUnsubscribed');
    await client.post('/api/email/unsubscribe', { email: 'a@example.com' });
    await client.post('/api/email/unsubscribe', { email: 'a@example.com' });
    await client.call('DELETE', '/api/hooks', { body: { web_hook_id: id } });
    await client.post('/api/email/unsubscribe', { email: 'b@example.com' });
    await sandbox.app.sandbox.webhooks.settle();
    expect(received.map((r) => r.body.Email)).toEqual(['a@example.com']);
  });

  it('records a failed delivery without failing or delaying the API call', async () => {
    await client.post('/api/hooks', { target_url: 'http://127.0.0.1:1/dead', event: 'MemberDelete' });
    const res = await client.post('/api/members/remove', [{ query: { primaryInfo: { memberId: 'm-zoe' } } }]);
    expect(res.json[0].resultInfo.status).toBe('Success');
    await sandbox.app.sandbox.webhooks.settle();
    const deliveries = (await client.control('GET', '/deliveries')).json.deliveries;
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ event: 'MemberDelete', status: null, body: { Id: 'm-zoe' } });
    expect(deliveries[0].error).toEqual(expect.any(String));
    await client.control('POST', '/reset');
    expect((await client.control('GET', '/deliveries')).json.deliveries).toEqual([]);
  });
});
