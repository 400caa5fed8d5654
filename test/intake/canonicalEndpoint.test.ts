/** POST /webhooks/calls against a real server: every answer code of the contract. */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { signStandardWebhook } from '../../intake/verifyStandardWebhook';
import { CALL_SECRET, CALL_SECRET_NEW, canonicalEvent, type TestCanonicalEvent, post, sendCanonical, standardHeaders, startTestIntake, type TestIntake } from './helpers';
import { workflowIdForCall } from '../../workflows/ids';

let t: TestIntake;
beforeAll(async () => {
  t = await startTestIntake();
});
afterAll(() => t.close());

const now = () => Math.floor(Date.now() / 1000);

describe('accepted deliveries', () => {
  it('starts a new call: 202 started with the workflow id, the mapped call and the delivery id', async () => {
    const e = canonicalEvent();
    const r = await sendCanonical(t, e, { id: 'msg_first' });
    expect(r.status).toBe(202);
    expect(r.json).toEqual({ workflowId: workflowIdForCall(String(e.data.call_id)), status: 'started' });
    const s = t.starter.starts.at(-1)!;
    expect(s.deliveryId).toBe('msg_first');
    expect(s.call).toMatchObject({ callId: e.data.call_id, source: 'canonical', direction: 'inbound', caller: { email: 'sofia@tidepool.co' } });
    expect(s.call.transcript[1]).toMatchObject({ speaker: 'caller' });
  });

  it('answers 200 duplicate, same workflow, for a redelivery and for another message about the same call', async () => {
    const e = canonicalEvent();
    const first = await sendCanonical(t, e, { id: 'msg_dup' });
    const again = await sendCanonical(t, e, { id: 'msg_dup' });
    const other = await sendCanonical(t, e);
    expect(first.status).toBe(202);
    for (const r of [again, other]) {
      expect(r.status).toBe(200);
      expect(r.json).toEqual({ workflowId: first.json.workflowId, status: 'duplicate' });
    }
    expect(t.starter.started.filter((s) => s.call.callId === e.data.call_id)).toHaveLength(1);
  });

  it('keeps unknown extra fields and passes them to the workflow input', async () => {
    const e = canonicalEvent((x) => Object.assign(x.data, { future_field: { x: 1 }, call_score: 7 }));
    const r = await sendCanonical(t, e);
    expect(r.status).toBe(202);
    expect(t.starter.starts.at(-1)!.call.extra).toMatchObject({ future_field: { x: 1 }, call_score: 7 });
  });

  it('acknowledges another event type as 200 ignored without starting anything', async () => {
    const before = t.starter.starts.length;
    const r = await sendCanonical(t, canonicalEvent((x) => (x.type = 'call.started')));
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('ignored');
    expect(r.json.reason).toMatch(/call\.started/);
    expect(t.starter.starts).toHaveLength(before);
  });

  it('accepts application/json with a charset parameter', async () => {
    const raw = JSON.stringify(canonicalEvent());
    const r = await post(`${t.url}/webhooks/calls`, raw, { ...standardHeaders(raw), 'content-type': 'application/json; charset=utf-8' });
    expect(r.status).toBe(202);
  });
});

describe('signatures (401: nothing started, nothing stored)', () => {
  const expectNothing = async (r: { status: number; json: Record<string, unknown> }, before: number) => {
    expect(r.status).toBe(401);
    expect(r.json.error).toBe('unauthorized');
    expect(t.starter.starts).toHaveLength(before);
    expect(await t.deadLetters.list()).toEqual([]);
  };

  beforeEach(async () => {
    for (const e of await t.deadLetters.list()) await t.deadLetters.remove(e.id);
  });

  it('refuses a bad signature', async () => {
    const before = t.starter.starts.length;
    await expectNothing(await sendCanonical(t, canonicalEvent(), { signature: `v1,${randomBytes(32).toString('base64')}` }), before);
  });

  it('refuses missing signature headers, each one alone', async () => {
    const before = t.starter.starts.length;
    const raw = JSON.stringify(canonicalEvent());
    const full = standardHeaders(raw);
    for (const drop of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const h = { ...full };
      delete h[drop as keyof typeof h];
      await expectNothing(await post(`${t.url}/webhooks/calls`, raw, h), before);
    }
  });

  it('refuses a timestamp 6 minutes old or 6 minutes ahead, accepts 4 minutes either way', async () => {
    const before = t.starter.starts.length;
    await expectNothing(await sendCanonical(t, canonicalEvent(), { timestamp: now() - 360 }), before);
    await expectNothing(await sendCanonical(t, canonicalEvent(), { timestamp: now() + 360 }), before);
    expect((await sendCanonical(t, canonicalEvent(), { timestamp: now() - 240 })).status).toBe(202);
    expect((await sendCanonical(t, canonicalEvent(), { timestamp: now() + 240 })).status).toBe(202);
  });

  it('refuses a signature over a different body, id or timestamp (all three are signed)', async () => {
    const before = t.starter.starts.length;
    const raw = JSON.stringify(canonicalEvent());
    const h = standardHeaders(raw, { id: 'msg_a' });
    await expectNothing(await post(`${t.url}/webhooks/calls`, raw.replace('inbound', 'outbound'), h), before);
    await expectNothing(await post(`${t.url}/webhooks/calls`, raw, { ...h, 'webhook-id': 'msg_b' }), before);
    await expectNothing(await post(`${t.url}/webhooks/calls`, raw, { ...h, 'webhook-timestamp': String(Number(h['webhook-timestamp']) - 1) }), before);
  });

  it('rotation: one valid signature among several is enough, under either configured secret', async () => {
    const raw1 = JSON.stringify(canonicalEvent());
    const h1 = standardHeaders(raw1);
    const bad = `v1,${randomBytes(32).toString('base64')}`;
    const r1 = await post(`${t.url}/webhooks/calls`, raw1, { ...h1, 'webhook-signature': `${bad} ${h1['webhook-signature']}` });
    expect(r1.status).toBe(202);
    const r2 = await sendCanonical(t, canonicalEvent(), { secret: CALL_SECRET_NEW });
    expect(r2.status).toBe(202);
    // Our own signer agrees with the reference package.
    const raw3 = JSON.stringify(canonicalEvent());
    const ts = now();
    const r3 = await post(`${t.url}/webhooks/calls`, raw3, {
      ...standardHeaders(raw3, { id: 'msg_own', timestamp: ts }),
      'webhook-signature': `v2,ignored ${signStandardWebhook(CALL_SECRET, 'msg_own', ts, raw3)}`,
    });
    expect(r3.status).toBe(202);
  });

  it('refuses a secret that is not configured', async () => {
    const before = t.starter.starts.length;
    const other = `whsec_${randomBytes(24).toString('base64')}`;
    await expectNothing(await sendCanonical(t, canonicalEvent(), { secret: other }), before);
  });
});

describe('invalid deliveries (400 with field errors, kept as a dead letter)', () => {
  it.each([
    ['missing data.call_id', (x: TestCanonicalEvent) => delete x.data.call_id, 'data.call_id'],
    ['call id with spaces and slashes', (x: TestCanonicalEvent) => (x.data.call_id = 'bad id/with slashes'), 'data.call_id'],
    ['call id over 128 characters', (x: TestCanonicalEvent) => (x.data.call_id = 'a'.repeat(129)), 'data.call_id'],
    ['unknown direction', (x: TestCanonicalEvent) => (x.data.direction = 'sideways'), 'data.direction'],
    ['started_at that is not an instant', (x: TestCanonicalEvent) => (x.data.started_at = 'yesterday'), 'data.started_at'],
    ['missing transcript', (x: TestCanonicalEvent) => delete x.data.transcript, 'data.transcript'],
    ['marketing consent outside the enum', (x: TestCanonicalEvent) => (x.data.consent.marketing = 'sure'), 'data.consent.marketing'],
  ])('%s', async (_name, mutate, path) => {
    const before = t.starter.starts.length;
    const r = await sendCanonical(t, canonicalEvent(mutate));
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('validation_failed');
    expect(r.json.fieldErrors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(typeof r.json.deadLetterId).toBe('string');
    const dl = await t.deadLetters.get(r.json.deadLetterId);
    expect(dl).toMatchObject({ endpoint: '/webhooks/calls', reason: 'validation_failed' });
    expect(dl!.headers['webhook-signature']).toMatch(/^v1,/);
    expect(t.starter.starts).toHaveLength(before);
  });

  it('signed bytes that are not JSON: 400 and a dead letter with the exact bytes', async () => {
    const raw = '{not json';
    const r = await post(`${t.url}/webhooks/calls`, raw, standardHeaders(raw));
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('invalid_json');
    const dl = await t.deadLetters.get(r.json.deadLetterId);
    expect(dl).toMatchObject({ reason: 'invalid_json', body: raw, bodyEncoding: 'utf8' });
  });

  it('a retried invalid delivery updates one dead letter instead of adding copies', async () => {
    const raw = JSON.stringify(canonicalEvent((x) => (x.data.direction = 'up')));
    const h = standardHeaders(raw, { id: 'msg_retry_invalid' });
    const a = await post(`${t.url}/webhooks/calls`, raw, h);
    const b = await post(`${t.url}/webhooks/calls`, raw, h);
    expect(a.json.deadLetterId).toBe(b.json.deadLetterId);
    expect((await t.deadLetters.get(a.json.deadLetterId))!.attempts).toBe(2);
  });
});

describe('transport', () => {
  it('another content type: 415, nothing started', async () => {
    const raw = JSON.stringify(canonicalEvent());
    for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const r = await post(`${t.url}/webhooks/calls`, raw, { ...standardHeaders(raw), 'content-type': ct });
      expect(r.status).toBe(415);
      expect(r.json.error).toBe('unsupported_media_type');
    }
  });

  it('a body over 1 MiB: 413; exactly at the limit is read', async () => {
    const big = canonicalEvent((x) => (x.data.metadata = { pad: 'x'.repeat(1024 * 1024 + 10) }));
    const r = await sendCanonical(t, big);
    expect(r.status).toBe(413);
    expect(r.json.error).toBe('payload_too_large');
    const e = canonicalEvent((x) => (x.data.metadata = { pad: '' }));
    const fill = 1024 * 1024 - JSON.stringify(e).length;
    e.data.metadata.pad = 'y'.repeat(fill);
    expect(JSON.stringify(e).length).toBe(1024 * 1024);
    expect((await sendCanonical(t, e)).status).toBe(202);
  });

  it('Temporal unreachable: 503 with Retry-After, the body kept as a temporal_unavailable dead letter', async () => {
    t.starter.unavailable = true;
    try {
      const e = canonicalEvent();
      const r = await sendCanonical(t, e);
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('30');
      expect(r.json.error).toBe('temporal_unavailable');
      expect(r.json.message).toContain(r.json.deadLetterId);
      expect(await t.deadLetters.get(r.json.deadLetterId)).toMatchObject({ reason: 'temporal_unavailable', callId: e.data.call_id });
    } finally {
      t.starter.unavailable = false;
    }
  });

  it('health and metrics', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const m = await (await fetch(`${t.url}/metrics`)).text();
    expect(m).toMatch(/intake_deliveries_total\{endpoint="\/webhooks\/calls",outcome="started"\} \d+/);
    expect(m).toMatch(/intake_deliveries_total\{endpoint="\/webhooks\/calls",outcome="unauthorized"\} \d+/);
    expect(m).toMatch(/intake_deliveries_total\{endpoint="\/webhooks\/calls",outcome="payload_too_large"\} \d+/);
    expect(m).toContain('intake_delivery_duration_seconds_bucket');
  });
});

it('the reference package and our verifier agree on the signed string (id.timestamp.body)', () => {
  const body = '{"a":"ü"}';
  const ts = 1_700_000_000;
  expect(signStandardWebhook(CALL_SECRET, 'msg_x', ts, body)).toBe(
    new Webhook(CALL_SECRET).sign('msg_x', new Date(ts * 1000), body),
  );
});
