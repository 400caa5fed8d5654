/** Dead letters: what is kept, the admin API, and operator replays through a real server. */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { signDialNexa } from '../../integrations/dialnexa/signature';
import { FileDeadLetterStore } from '../../intake/deadLetter';
import {
  admin, canonicalEvent, get, nativeEvent, post, sendCanonical, sendNative, standardHeaders, startTestIntake, type TestIntake,
} from './helpers';
import { workflowIdForCall } from '../../workflows/ids';

let t: TestIntake;
beforeAll(async () => {
  t = await startTestIntake();
});
afterAll(() => t.close());
beforeEach(async () => {
  for (const e of await t.deadLetters.list()) await t.deadLetters.remove(e.id);
});

const replay = (id: string, body?: unknown, query = '') =>
  post(`${t.url}/admin/dead-letters/${id}/replay${query}`, body === undefined ? '' : JSON.stringify(body), {
    ...admin,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  });

describe('admin API', () => {
  it('lists and shows a dead letter written for a 400, with its signature headers and raw body', async () => {
    const e = canonicalEvent((x) => (x.data.direction = 'sideways'));
    const r = await sendCanonical(t, e, { id: 'msg_listed' });
    expect(r.status).toBe(400);
    const list = await get(`${t.url}/admin/dead-letters`, admin);
    expect(list.status).toBe(200);
    expect(list.json.deadLetters).toEqual([
      expect.objectContaining({ id: r.json.deadLetterId, endpoint: '/webhooks/calls', reason: 'validation_failed', callId: e.data.call_id, fieldErrorCount: 1 }),
    ]);
    const one = await get(`${t.url}/admin/dead-letters/${r.json.deadLetterId}`, admin);
    expect(one.json).toMatchObject({ deliveryId: 'msg_listed', body: JSON.stringify(e), fieldErrors: [{ path: 'data.direction' }] });
    expect(Object.keys(one.json.headers).sort()).toEqual(['content-type', 'user-agent', 'webhook-id', 'webhook-signature', 'webhook-timestamp']);
  });

  it('stores nothing for a 401', async () => {
    await sendCanonical(t, canonicalEvent((x) => delete x.data.call_id), { signature: 'v1,AAAA' });
    await sendNative(t, nativeEvent({ call: { id: undefined } }), { signature: `sha256=${'1'.repeat(64)}` });
    expect((await get(`${t.url}/admin/dead-letters`, admin)).json.deadLetters).toEqual([]);
  });

  it('needs the bearer token', async () => {
    expect((await get(`${t.url}/admin/dead-letters`)).status).toBe(401);
    expect((await get(`${t.url}/admin/dead-letters`, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post(`${t.url}/admin/dead-letters/calls-000000000000000000000000/replay`, '', {})).status).toBe(401);
  });

  it('answers 404 for unknown ids and ids that are not ids', async () => {
    expect((await get(`${t.url}/admin/dead-letters/calls-000000000000000000000000`, admin)).status).toBe(404);
    expect((await get(`${t.url}/admin/dead-letters/..%2F..%2Fetc%2Fpasswd`, admin)).status).toBe(404);
    expect((await replay('nope')).status).toBe(404);
  });

  it('deletes', async () => {
    const r = await sendCanonical(t, canonicalEvent((x) => (x.data.direction = 'up')));
    const del = await fetch(`${t.url}/admin/dead-letters/${r.json.deadLetterId}`, { method: 'DELETE', headers: admin });
    expect(del.status).toBe(200);
    expect(await t.deadLetters.get(r.json.deadLetterId)).toBeNull();
  });

  it('without an admin token the admin routes do not exist (404)', async () => {
    const bare = await startTestIntake({ adminToken: undefined });
    try {
      expect((await get(`${bare.url}/admin/dead-letters`, admin)).status).toBe(404);
      expect((await post(`${bare.url}/admin/dead-letters/x/replay`, '', admin)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

describe('replay', () => {
  it('an unedited invalid body stays invalid: 400 again, kept, the replay recorded', async () => {
    const r = await sendCanonical(t, canonicalEvent((x) => delete x.data.call_id));
    const rr = await replay(r.json.deadLetterId);
    expect(rr.status).toBe(400);
    expect(rr.json).toMatchObject({ signature: 'verified', removed: false, fieldErrors: [expect.objectContaining({ path: 'data.call_id' })] });
    const dl = await t.deadLetters.get(r.json.deadLetterId);
    expect(dl!.replays).toEqual([expect.objectContaining({ outcome: 'validation_failed' })]);
  });

  it('an edited body (sent with the replay) starts the workflow and resolves the entry', async () => {
    const e = canonicalEvent((x) => (x.data.direction = 'sideways'));
    const r = await sendCanonical(t, e);
    e.data.direction = 'inbound';
    const rr = await replay(r.json.deadLetterId, { body: JSON.stringify(e) });
    expect(rr.status).toBe(202);
    expect(rr.json).toMatchObject({ status: 'started', workflowId: workflowIdForCall(String(e.data.call_id)), signature: 'edited', removed: true });
    expect(t.starter.starts.at(-1)!.call.direction).toBe('inbound');
    expect(await t.deadLetters.get(r.json.deadLetterId)).toBeNull();
  });

  it('a body edited in the file is replayed as edited', async () => {
    const e = nativeEvent({ call: { direction: 'nowhere' } });
    const r = await sendNative(t, e);
    expect(r.status).toBe(400);
    const dl = (await t.deadLetters.get(r.json.deadLetterId))!;
    dl.body = dl.body.replace('"nowhere"', '"outbound"');
    await t.deadLetters.save(dl);
    const rr = await replay(dl.id);
    expect(rr.status).toBe(202);
    expect(rr.json.signature).toBe('edited');
    expect(t.starter.starts.at(-1)!.call).toMatchObject({ callId: e.payload.call.id, direction: 'outbound', source: 'dialnexa' });
  });

  it('Temporal down then back: the 503 dead letter replays with its signature verified despite its age', async () => {
    // A delivery signed an hour ago and kept while Temporal was down.
    const e = canonicalEvent();
    const raw = JSON.stringify(e);
    const headers = standardHeaders(raw, { id: 'msg_old', timestamp: Math.floor(Date.now() / 1000) - 3600 });
    const dl = await t.deadLetters.put({ endpoint: '/webhooks/calls', reason: 'temporal_unavailable', headers, rawBody: Buffer.from(raw), callId: e.data.call_id, deliveryId: 'msg_old' });
    const rr = await replay(dl.id);
    expect(rr.status).toBe(202);
    expect(rr.json).toMatchObject({ status: 'started', signature: 'verified', removed: true });
    expect(t.starter.starts.at(-1)!.deliveryId).toBe('msg_old');
  });

  it('a replay while Temporal is still down answers 503 and keeps the entry', async () => {
    t.starter.unavailable = true;
    try {
      const r = await sendCanonical(t, canonicalEvent());
      expect(r.status).toBe(503);
      const rr = await replay(r.json.deadLetterId);
      expect(rr.status).toBe(503);
      expect(rr.json.removed).toBe(false);
      expect(await t.deadLetters.get(r.json.deadLetterId)).not.toBeNull();
    } finally {
      t.starter.unavailable = false;
    }
  });

  it('a stale native call (400) starts when an operator replays it', async () => {
    const e = nativeEvent({ endedAgoSeconds: 30 * 3600 });
    const r = await sendNative(t, e);
    expect(r.status).toBe(400);
    const rr = await replay(r.json.deadLetterId);
    expect(rr.status).toBe(202);
    expect(rr.json).toMatchObject({ signature: 'verified', removed: true });
    expect(t.starter.starts.at(-1)!.call.callId).toBe(e.payload.call.id);
  });

  it('a replay of a call that already has a workflow answers 200 duplicate and resolves the entry', async () => {
    const e = nativeEvent();
    expect((await sendNative(t, e)).status).toBe(202);
    const raw = Buffer.from(JSON.stringify(e));
    const dl = await t.deadLetters.put({ endpoint: '/webhooks/dialnexa', reason: 'temporal_unavailable', headers: { 'x-dialnexa-signature': signDialNexa('dev-dialnexa-webhook-secret', raw) }, rawBody: raw });
    const rr = await replay(dl.id);
    expect(rr.status).toBe(200);
    expect(rr.json).toMatchObject({ status: 'duplicate', removed: true });
  });

  it('an unedited body whose signature no longer verifies (secret rotated away) needs force', async () => {
    const e = nativeEvent();
    const raw = Buffer.from(JSON.stringify(e));
    const dl = await t.deadLetters.put({ endpoint: '/webhooks/dialnexa', reason: 'temporal_unavailable', headers: { 'x-dialnexa-signature': signDialNexa('retired-secret-0001', raw) }, rawBody: raw });
    const refused = await replay(dl.id);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ error: 'signature_no_longer_valid', signature: 'failed', removed: false });
    const forced = await replay(dl.id, undefined, '?force=true');
    expect(forced.status).toBe(202);
    expect(forced.json.signature).toBe('forced');
  });

  it('bytes that are not UTF-8 are kept exactly (base64) and still verify on replay', async () => {
    const raw = Buffer.concat([Buffer.from('{"event_type":"call_ended","payload":{"call":{"id":"bin_1","summary":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}}')]);
    const r = await post(`${t.url}/webhooks/dialnexa`, raw, { 'content-type': 'application/json', 'x-dialnexa-signature': signDialNexa('dev-dialnexa-webhook-secret', raw) });
    expect(r.status).toBe(400);
    const dl = (await t.deadLetters.get(r.json.deadLetterId))!;
    expect(dl.bodyEncoding).toBe('base64');
    expect(Buffer.from(dl.body, 'base64').equals(raw)).toBe(true);
    const rr = await replay(dl.id);
    expect(rr.status).toBe(400); // still invalid, but authenticated (not 409)
    expect(rr.json.signature).toBe('verified');
  });
});

describe("the sender's own redelivery", () => {
  it('resolves what was kept while Temporal was down: no longer listed, still readable', async () => {
    const e = canonicalEvent();
    t.starter.unavailable = true;
    const down = await sendCanonical(t, e);
    t.starter.unavailable = false;
    expect(down.status).toBe(503);
    const kept = down.json.deadLetterId;
    expect((await t.deadLetters.list()).map((d) => d.id)).toContain(kept);
    const again = await sendCanonical(t, e);
    expect(again.status).toBe(202);
    expect((await t.deadLetters.list()).map((d) => d.id)).not.toContain(kept);
    expect((await t.deadLetters.get(kept))?.resolved).toMatchObject({ how: 'redelivery', workflowId: again.json.workflowId });
  });
});

describe('FileDeadLetterStore', () => {
  it('writes atomically (no temp files left) and lists oldest first', async () => {
    const store = new FileDeadLetterStore(path.join(t.config.deadLetterDir, 'unit'));
    const a = await store.put({ endpoint: '/webhooks/calls', reason: 'invalid_json', headers: {}, rawBody: Buffer.from('a'), receivedAt: new Date('2026-01-02T00:00:00Z') });
    const b = await store.put({ endpoint: '/webhooks/dialnexa', reason: 'stale_call', headers: {}, rawBody: Buffer.from('b'), receivedAt: new Date('2026-01-01T00:00:00Z') });
    expect((await store.list()).map((e) => e.id)).toEqual([b.id, a.id]);
    expect(readdirSync(store.dir).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
    expect(await store.remove(a.id)).toBe(true);
    expect(await store.remove(a.id)).toBe(false);
    expect(await new FileDeadLetterStore(path.join(t.config.deadLetterDir, 'missing')).list()).toEqual([]);
  });
});

describe('npm run deadletter (CLI on the store)', () => {
  const run = promisify(execFile);
  const cli = (dataDir: string, ...args: string[]) =>
    run(process.execPath, [require.resolve('tsx/cli'), path.resolve(__dirname, '../../intake/deadLetterCli.ts'), ...args], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    });

  it('lists, shows and removes', async () => {
    const r = await sendCanonical(t, canonicalEvent((x) => (x.data.direction = 'diagonal')));
    const dataDir = path.dirname(t.config.deadLetterDir);
    const list = await cli(dataDir, 'list');
    expect(list.stdout).toContain(r.json.deadLetterId);
    expect(list.stdout).toContain('validation_failed');
    const show = await cli(dataDir, 'show', r.json.deadLetterId);
    expect(show.stdout).toContain('"webhook-signature"');
    expect(show.stdout).toContain(path.join(t.config.deadLetterDir, `${r.json.deadLetterId}.json`));
    await cli(dataDir, 'remove', r.json.deadLetterId);
    expect(await t.deadLetters.get(r.json.deadLetterId)).toBeNull();
    await expect(cli(dataDir, 'show', r.json.deadLetterId)).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});
