/** POST /webhooks/dialnexa against a real server: DialNexa's native format, every answer code. */
import { signDialNexa } from '../../integrations/dialnexa/signature';
import { DIALNEXA_SECRET, DIALNEXA_SECRET_NEW, nativeEvent, post, sendNative, startTestIntake, type TestIntake } from './helpers';
import { workflowIdForCall } from '../../workflows/ids';

let t: TestIntake;
beforeAll(async () => {
  t = await startTestIntake();
});
afterAll(() => t.close());

it('answers the verification event with a 2xx', async () => {
  const r = await sendNative(t, { event_type: 'verification', message: 'verify', timestamp: Math.floor(Date.now() / 1000) });
  expect(r.status).toBe(200);
  expect(r.json.status).toBe('verified');
});

it('starts a completed call_ended (202) and maps it into the call model', async () => {
  const e = nativeEvent();
  const r = await sendNative(t, e);
  expect(r.status).toBe(202);
  expect(r.json).toEqual({ workflowId: workflowIdForCall(e.payload.call.id), status: 'started' });
  const call = t.starter.starts.at(-1)!.call;
  expect(call).toMatchObject({
    callId: e.payload.call.id,
    source: 'dialnexa',
    direction: 'inbound',
    status: 'completed',
    fromNumber: '+14155550123',
    toNumber: '+18005550100',
    durationSeconds: 150,
    caller: { email: 'conf@example.com', phone: '+14155550123' },
    attribution: { campaign: 'spring' },
    analysis: { lead_score: 7 },
    links: { recordingUrl: 'https://example.invalid/rec.mp3' },
    summary: 'Caller wants a demo.',
  });
  expect(Date.parse(call.endedAt) - Date.parse(call.startedAt)).toBe(150_000);
  expect(call.transcript).toEqual([
    { speaker: 'agent', text: 'Thanks for calling, this is Ava.' },
    { speaker: 'caller', text: 'Hi, Ruth Okafor referred me.\nI would like a demo.' },
    { speaker: 'agent', text: 'Happy to help.' },
  ]);
});

it('accepts both header names, and answers 200 duplicate for the same call', async () => {
  const e = nativeEvent();
  expect((await sendNative(t, e, { header: 'x-nexa-signature' })).status).toBe(202);
  const again = await sendNative(t, e, { header: 'x-dialnexa-signature' });
  expect(again.status).toBe(200);
  expect(again.json).toEqual({ workflowId: workflowIdForCall(e.payload.call.id), status: 'duplicate' });
});

it('rotation: a body signed with either configured secret is accepted', async () => {
  expect((await sendNative(t, nativeEvent(), { secret: DIALNEXA_SECRET_NEW })).status).toBe(202);
  expect((await sendNative(t, nativeEvent(), { secret: DIALNEXA_SECRET })).status).toBe(202);
});

describe('401: nothing started, nothing stored', () => {
  const expectRefused = async (send: () => Promise<{ status: number }>) => {
    const before = t.starter.starts.length;
    expect((await send()).status).toBe(401);
    expect(t.starter.starts).toHaveLength(before);
    expect(await t.deadLetters.list()).toEqual([]);
  };

  it('a wrong signature', () => expectRefused(() => sendNative(t, nativeEvent(), { signature: `sha256=${'0'.repeat(64)}` })));
  it('a secret that is not configured', () => expectRefused(() => sendNative(t, nativeEvent(), { secret: 'not-a-configured-secret' })));
  it('an unknown header name', () => expectRefused(() => sendNative(t, nativeEvent(), { header: 'x-signature' })));
  it('the right digest without the sha256= prefix', () => {
    const raw = JSON.stringify(nativeEvent());
    return expectRefused(() => sendNative(t, null, { raw, signature: signDialNexa(DIALNEXA_SECRET, raw).slice('sha256='.length) }));
  });

  it('a signature over other bytes (same JSON, different spacing) fails: the raw body is signed', async () => {
    const e = nativeEvent();
    const sig = signDialNexa(DIALNEXA_SECRET, JSON.stringify(e));
    const r = await post(`${t.url}/webhooks/dialnexa`, JSON.stringify(e, null, 2), { 'content-type': 'application/json', 'x-dialnexa-signature': sig });
    expect(r.status).toBe(401);
  });

  it('even the verification event needs a signature', async () => {
    const r = await post(`${t.url}/webhooks/dialnexa`, JSON.stringify({ event_type: 'verification', message: 'v' }), { 'content-type': 'application/json' });
    expect(r.status).toBe(401);
  });
});

describe('acknowledged without a workflow (200)', () => {
  it('a hangup is recorded, with its reason', async () => {
    const before = t.starter.starts.length;
    const e = nativeEvent({ status: 'hangup', call: { hangup_reason: 'user_did_not_pick_up', transcript: undefined } });
    const r = await sendNative(t, e);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'recorded', callId: e.payload.call.id, hangupReason: 'user_did_not_pick_up' });
    expect(t.starter.starts).toHaveLength(before);
  });

  it('reads the deprecated disconnection_reason alias', async () => {
    const r = await sendNative(t, nativeEvent({ status: 'hangup', call: { disconnection_reason: 'voicemail_detected' } }));
    expect(r.json.hangupReason).toBe('voicemail_detected');
  });

  it.each(['call_initiated', 'transfer_completed', 'something_new'])('%s is ignored', async (eventType) => {
    const before = t.starter.starts.length;
    const r = await sendNative(t, { ...nativeEvent(), event_type: eventType });
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('ignored');
    expect(t.starter.starts).toHaveLength(before);
  });

  it('a call_ended with another status (failed) is ignored', async () => {
    const r = await sendNative(t, nativeEvent({ status: 'failed' }));
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('ignored');
  });
});

describe('400 with field errors, kept', () => {
  it.each([
    ['no call id', { id: undefined }, 'payload.call.id'],
    ['a call id with spaces', { id: 'bad id' }, 'payload.call.id'],
    ['a direction that is neither', { direction: 'sideways' }, 'payload.call.direction'],
    ['no initiated_at', { initiated_at: undefined }, 'payload.call.initiated_at'],
    ['neither duration nor ended_at', { duration: undefined }, 'payload.call.duration'],
    ['a negative duration', { duration: -3 }, 'payload.call.duration'],
  ])('%s', async (_name, call, path) => {
    const r = await sendNative(t, nativeEvent({ call }));
    expect(r.status).toBe(400);
    expect(r.json.fieldErrors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    const dl = await t.deadLetters.get(r.json.deadLetterId);
    expect(dl).toMatchObject({ endpoint: '/webhooks/dialnexa', reason: 'validation_failed' });
    expect(dl!.headers['x-dialnexa-signature']).toMatch(/^sha256=/);
  });

  it('a body without event_type', async () => {
    const r = await sendNative(t, { payload: {} });
    expect(r.status).toBe(400);
    expect(r.json.fieldErrors[0].path).toBe('event_type');
  });

  it('signed bytes that are not JSON', async () => {
    const r = await sendNative(t, null, { raw: 'event_type=call_ended' });
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('invalid_json');
  });
});

it('a call that ended over 24 hours ago: 400 stale_call, kept for an operator replay, nothing started', async () => {
  const before = t.starter.starts.length;
  const e = nativeEvent({ endedAgoSeconds: 26 * 3600 });
  const r = await sendNative(t, e);
  expect(r.status).toBe(400);
  expect(r.json.error).toBe('stale_call');
  expect(await t.deadLetters.get(r.json.deadLetterId)).toMatchObject({ reason: 'stale_call', callId: e.payload.call.id });
  expect(t.starter.starts).toHaveLength(before);
  // 23 hours is still fresh.
  expect((await sendNative(t, nativeEvent({ endedAgoSeconds: 23 * 3600 }))).status).toBe(202);
});

it('an explicit ended_at wins over initiated_at + duration', async () => {
  const ended = new Date(Date.now() - 30_000).toISOString();
  const r = await sendNative(t, nativeEvent({ call: { ended_at: ended } }));
  expect(r.status).toBe(202);
  expect(t.starter.starts.at(-1)!.call.endedAt).toBe(ended);
});

it('Temporal unreachable: 503, kept as a dead letter', async () => {
  t.starter.unavailable = true;
  try {
    const r = await sendNative(t, nativeEvent());
    expect(r.status).toBe(503);
    expect(await t.deadLetters.get(r.json.deadLetterId)).toMatchObject({ reason: 'temporal_unavailable' });
  } finally {
    t.starter.unavailable = false;
  }
});

it('415 and 413 on this endpoint too', async () => {
  const raw = JSON.stringify(nativeEvent());
  const r = await post(`${t.url}/webhooks/dialnexa`, raw, { 'content-type': 'text/plain', 'x-dialnexa-signature': signDialNexa(DIALNEXA_SECRET, raw) });
  expect(r.status).toBe(415);
  const big = JSON.stringify(nativeEvent({ call: { transcript: `Agent: ${'x'.repeat(1024 * 1024)}` } }));
  const r2 = await sendNative(t, null, { raw: big });
  expect(r2.status).toBe(413);
});
