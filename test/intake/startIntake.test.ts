/** startIntake (what `npm run intake` and `npm start` call), the 500 path, and the verifier's edges. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../config';
import { Client, Connection } from '@temporalio/client';
import { TemporalCallStarter, type CallStarter } from '../../services/startCall';
import { FieldMapError } from '../../integrations/dialnexa/fieldMap';
import { startIntake } from '../../intake/main';
import { signStandardWebhook, verifyStandardWebhook } from '../../intake/verifyStandardWebhook';
import { CALL_SECRET, admin, canonicalEvent, get, post, standardHeaders } from './helpers';
import { RecordingStarter } from './recordingStarter';

const silent = pino({ level: 'silent' });
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'intake-start-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

it('listens on the configured host, serves both routes, and takes the admin token from deps', async () => {
  const config = loadConfig({ DATA_DIR: dataDir });
  const intake = await startIntake(config, { starter: new RecordingStarter(), logger: silent, port: 0, adminToken: 'test-admin-token' });
  try {
    expect(intake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const raw = JSON.stringify(canonicalEvent());
    expect((await post(`${intake.url}/webhooks/calls`, raw, standardHeaders(raw))).status).toBe(202);
    expect((await get(`${intake.url}/admin/dead-letters`, admin)).status).toBe(200);
    expect((await get(`${intake.url}/healthz`)).json).toEqual({ status: 'ok' });
  } finally {
    await intake.close();
  }
});

it('refuses to start with a field map that names a field the call model does not have', async () => {
  const config = loadConfig({ DATA_DIR: dataDir, DIALNEXA_FIELD_MAP: '{"caller_email":"caller.mail"}' });
  await expect(startIntake(config, { starter: new RecordingStarter(), logger: silent, port: 0 })).rejects.toThrow(FieldMapError);
});

it('an unexpected starter error answers 500 and keeps the delivery (processing_failed)', async () => {
  const config = loadConfig({ DATA_DIR: dataDir });
  const broken: CallStarter = { start: async () => Promise.reject(new Error('boom')) };
  const intake = await startIntake(config, { starter: broken, logger: silent, port: 0 });
  try {
    const raw = JSON.stringify(canonicalEvent());
    const r = await post(`${intake.url}/webhooks/calls`, raw, standardHeaders(raw));
    expect(r.status).toBe(500);
    expect(await intake.deadLetters.get(r.json.deadLetterId)).toMatchObject({ reason: 'processing_failed' });
  } finally {
    await intake.close();
  }
});

it('with Temporal unreachable, the real starter answers 503 within its deadline and keeps the delivery', async () => {
  const config = loadConfig({ DATA_DIR: dataDir });
  // A closed port: the SDK's own connection error, not a stand-in.
  const connection = Connection.lazy({ address: '127.0.0.1:1' });
  const starter = new TemporalCallStarter(new Client({ connection }), 'nowhere', 1500);
  const intake = await startIntake(config, { starter, logger: silent, port: 0 });
  try {
    const raw = JSON.stringify(canonicalEvent());
    const t0 = Date.now();
    const r = await post(`${intake.url}/webhooks/calls`, raw, standardHeaders(raw));
    expect(r.status).toBe(503);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await intake.deadLetters.get(r.json.deadLetterId)).toMatchObject({ reason: 'temporal_unavailable' });
  } finally {
    await intake.close();
    await connection.close();
  }
});

describe('verifyStandardWebhook', () => {
  const body = Buffer.from('{"x":1}');
  const now = 1_800_000_000;
  const headers = (over: Record<string, string> = {}) => ({
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(now),
    'webhook-signature': signStandardWebhook(CALL_SECRET, 'msg_1', now, body),
    ...over,
  });
  const verify = (h: Record<string, string>, opts: { skipTimestampCheck?: boolean } = {}) =>
    verifyStandardWebhook(body, h, [CALL_SECRET], { toleranceSeconds: 300, nowSeconds: now, ...opts });

  it('accepts a good signature and reports id and timestamp', () => {
    expect(verify(headers())).toEqual({ ok: true, id: 'msg_1', timestamp: now });
  });

  it('refuses timestamps that are not plain Unix seconds', () => {
    for (const ts of ['1.8e9', `${now}abc`, '-1', '']) expect(verify(headers({ 'webhook-timestamp': ts })).ok).toBe(false);
  });

  it('the tolerance is inclusive at 300 s and exclusive beyond', () => {
    const at = (ts: number) => verify(headers({ 'webhook-timestamp': String(ts), 'webhook-signature': signStandardWebhook(CALL_SECRET, 'msg_1', ts, body) })).ok;
    expect(at(now - 300)).toBe(true);
    expect(at(now + 300)).toBe(true);
    expect(at(now - 301)).toBe(false);
    expect(at(now + 301)).toBe(false);
  });

  it('skipTimestampCheck (operator replay) ignores age but not the signature', () => {
    const old = now - 86_400;
    const h = headers({ 'webhook-timestamp': String(old), 'webhook-signature': signStandardWebhook(CALL_SECRET, 'msg_1', old, body) });
    expect(verify(h).ok).toBe(false);
    expect(verify(h, { skipTimestampCheck: true }).ok).toBe(true);
    expect(verify({ ...h, 'webhook-signature': 'v1,AAAA' }, { skipTimestampCheck: true }).ok).toBe(false);
  });

  it('ignores other versions and malformed entries in the list', () => {
    const good = headers()['webhook-signature'];
    expect(verify(headers({ 'webhook-signature': `v1a,${good.slice(3)} v2,${good.slice(3)}` })).ok).toBe(false);
    expect(verify(headers({ 'webhook-signature': `garbage v1,!!! ${good}` })).ok).toBe(true);
  });
});
