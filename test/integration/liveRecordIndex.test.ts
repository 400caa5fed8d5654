/**
 * The live record index against the sandbox over HTTP: read once, then kept fresh by ReferralRock's
 * webhooks to the worker's listener, a lost creation caught by the `dateFrom` reconciliation, and
 * no list read per lookup. Subscriptions are removed on close.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../config';
import { createReferralRockClient, LiveRecordDirectory, startWorkerDirectory, subscribeRecordHooks, type WorkerDirectory } from '../../integrations/referralrock';
import { AUTH, PRIVATE_KEY, PUBLIC_KEY, startTestSandbox, type Client } from '../sandbox/helpers';
import type { SandboxHandle } from '../../sandbox/server';
import { eventually } from '../helpers/eventually';
import { freePort } from '../helpers/freePort';

let sandbox: SandboxHandle;
let api: Client;
let stopSandbox: () => Promise<void>;
let running: WorkerDirectory | null = null;

function liveConfig(overrides: Partial<Config['referralRock']['directory']> = {}): Config['referralRock'] {
  const base = loadConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'record-index-')) }).referralRock;
  return {
    ...base,
    baseUrl: sandbox.url,
    publicKey: PUBLIC_KEY,
    privateKey: PRIVATE_KEY,
    directory: { ...base.directory, mode: 'live', port: 0, ...overrides },
  };
}

const requests = async () => (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as { reads: number; writes: number };

beforeEach(async () => {
  ({ sandbox, client: api, stop: stopSandbox } = await startTestSandbox());
});
afterEach(async () => {
  await running?.close();
  running = null;
  await stopSandbox();
});

describe('the live record index', () => {
  it('reads the program once, follows creations, updates and deletions by webhook, and never reads per lookup', async () => {
    running = await startWorkerDirectory(createReferralRockClient(liveConfig()), liveConfig());
    await running.ready();
    const dir = running.directory;
    // The active members (ReferralRock's list leaves disabled ones out) and the referrals.
    expect((await dir.index()).size).toBe(7);
    expect(sandbox.store.hooks.size).toBe(7);
    const afterLoad = await requests();

    const created = await api.post('/api/members', { programId: 'prog-a', firstName: 'Nia', lastName: 'Okoro', email: 'nia@okoro.example', phone: '+14155550199' });
    const id = created.json.member.id as string;
    await eventually(async () => (await dir.findExact('nia@okoro.example')).length === 1, { what: 'the created member in the index', timeoutMs: 5000, intervalMs: 20 });
    expect((await dir.index()).candidatesFor({ emails: [], phones: ['+14155550199'], externalId: null, ownCodes: [], lastName: null }).map((r) => r.id)).toEqual([id]);

    await api.post('/api/members/update', [{ query: { primaryInfo: { memberId: id } }, member: { email: 'nia@new.example' } }]);
    await eventually(async () => (await dir.findExact('nia@new.example')).length === 1, { what: 'the new email in the index', timeoutMs: 5000, intervalMs: 20 });
    expect(await dir.findExact('nia@okoro.example')).toEqual([]);

    await api.post('/api/referral/update', [{ query: { primaryInfo: { referralId: 'r-dana' } }, referral: { status: 'qualified' } }]);
    await eventually(async () => (await dir.index()).get('referral', 'r-dana')?.status === 'qualified', { what: 'the referral status in the index', timeoutMs: 5000, intervalMs: 20 });

    await api.post('/api/members/remove', [{ query: { primaryInfo: { memberId: id } } }]);
    await eventually(async () => (await dir.index()).get('member', id) === null, { what: 'the removed member gone from the index', timeoutMs: 5000, intervalMs: 20 });

    // Lookups answered from memory: the API saw the writes above, and no read of ours since the load.
    for (let i = 0; i < 20; i++) await dir.findExact('sam@contoso.com');
    const now = await requests();
    expect(now.reads).toBe(afterLoad.reads);
    expect(running.stats()).toMatchObject({ fullReads: 1, eventsIgnored: 0 });
    expect(running.stats()!.eventsApplied).toBeGreaterThanOrEqual(4);

    await running.close();
    running = null;
    expect(sandbox.store.hooks.size).toBe(0);
  });

  it('waits for a ReferralRock that is not up yet, and is ready once it answers', async () => {
    const port = await freePort();
    const cfg = { ...liveConfig(), baseUrl: `http://127.0.0.1:${port}` };
    running = await startWorkerDirectory(createReferralRockClient(cfg), cfg);
    let ready = false;
    void running.ready().then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 700));
    expect(ready).toBe(false);
    const late = await startTestSandbox({ port });
    try {
      await eventually(async () => ready, { what: 'the index ready once ReferralRock answers', timeoutMs: 10_000 });
      expect((await running.directory.index()).size).toBe(7);
      expect(late.sandbox.store.hooks.size).toBe(7);
      await running.close();
      running = null;
      expect(late.sandbox.store.hooks.size).toBe(0);
    } finally {
      await late.stop();
    }
  });

  it('catches a creation whose webhook never came with the dateFrom reconciliation', async () => {
    const cfg = liveConfig();
    const live = new LiveRecordDirectory(createReferralRockClient(cfg), { memberNoteSlot: cfg.memberNoteSlot });
    await live.reload();
    // Straight into the store: no route ran, so no webhook fires.
    sandbox.store.createMember({ programId: 'prog-a', fields: { firstName: 'Quiet', lastName: 'One', email: 'quiet@one.example' } });
    expect(await live.findExact('quiet@one.example')).toEqual([]);
    expect(await live.reconcile()).toBe(1);
    expect((await live.findExact('quiet@one.example')).map((r) => r.firstName)).toEqual(['Quiet']);
    expect(await live.reconcile()).toBe(0);
  });

  it('keeps a change that arrives while the program is being read', async () => {
    const cfg = liveConfig();
    const live = new LiveRecordDirectory(createReferralRockClient(cfg), { memberNoteSlot: cfg.memberNoteSlot });
    const reading = live.reload();
    await live.applyEvent('MemberDelete', { Id: 'm-zoe' });
    await live.applyEvent('ReferralUpdate', { Id: 'r-eli', FirstName: 'Elias', LastName: 'Stone', Email: 'elias@stone.io', Status: 'approved' });
    const index = await reading;
    expect(index.get('member', 'm-zoe')).toBeNull();
    expect(index.get('referral', 'r-eli')?.firstName).toBe('Elias');
  });

  it('answers a wrong secret 404, and an unknown event or a body that is not an object 400', async () => {
    running = await startWorkerDirectory(createReferralRockClient(liveConfig({ hookSecret: 'a-secret-of-sixteen-plus' })), liveConfig({ hookSecret: 'a-secret-of-sixteen-plus' }));
    await running.ready();
    const target = [...sandbox.store.hooks.values()][0].target_url;
    const base = target.slice(0, target.indexOf('/referralrock/hooks/'));
    const post = (p: string, body: string) => fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: AUTH }, body });
    expect((await post('/referralrock/hooks/wrong-secret-of-sixteen/MemberAdd', '{"Id":"x"}')).status).toBe(404);
    expect((await post('/referralrock/hooks/a-secret-of-sixteen-plus/RewardAdd', '{"Id":"x"}')).status).toBe(400);
    expect((await post('/referralrock/hooks/a-secret-of-sixteen-plus/MemberAdd', '[1]')).status).toBe(400);
    expect((await post('/referralrock/hooks/a-secret-of-sixteen-plus/MemberDelete', '{"Id":"m-al"}')).status).toBe(204);
    expect((await running.directory.index()).get('member', 'm-al')).toBeNull();
  });

  it('removes the subscriptions a worker left behind (it crashed) when it subscribes again', async () => {
    const cfg = liveConfig();
    const client = createReferralRockClient(cfg);
    const stateFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'record-index-hooks-')), 'hooks.json');
    const options = { publicUrl: 'http://127.0.0.1:4999', secret: 'a-secret-of-sixteen-plus', stateFile };
    const before = await subscribeRecordHooks(client, options);
    expect(sandbox.store.hooks.size).toBe(7);
    // No remove(): the worker died. The next start finds the ids in the state file.
    const after = await subscribeRecordHooks(client, options);
    expect(sandbox.store.hooks.size).toBe(7);
    expect(after.ids.some((id) => before.ids.includes(id))).toBe(false);
    await after.remove();
    expect(sandbox.store.hooks.size).toBe(0);
  });
});
