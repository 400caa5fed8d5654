/**
 * Bad input gets a clear 4xx and loses nothing: 10,000+ generated bodies and header sets over both
 * webhook endpoints (signed and unsigned, valid-looking and hostile: prototype-named keys, deep
 * nesting, invalid UTF-8, reversed times, odd unicode), against the real intake. No answer may be a
 * 5xx, and every authenticated delivery that fails validation must be kept as a dead letter.
 */
import fc from 'fast-check';
import { signDialNexa } from '../../integrations/dialnexa/signature';
import { MAX_JSON_DEPTH } from '../../intake/processDelivery';
import { canonicalEvent, DIALNEXA_SECRET, nativeEvent, post, standardHeaders, startTestIntake, type TestIntake } from './helpers';

let t: TestIntake;
beforeAll(async () => {
  t = await startTestIntake();
});
afterAll(async () => {
  await t?.close();
});

const PROTO_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

/**
 * A value nested `depth` levels deep, as arrays or objects, written as text: a placeholder in the
 * body is replaced by it after JSON.stringify, which could not build it thousands of levels deep.
 */
const DEEP = '"__deep__"';
function nestedText(depth: number, asArray: boolean): string {
  return asArray ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}` : `${'{"k":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}
const serialise = (b: { body: unknown; depth: number }) => JSON.stringify(b.body).replace(DEEP, nestedText(b.depth, b.depth % 2 === 0));

const oddString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\u0000', '\uFFFF', '\uD800', '🙂'.repeat(50), 'a'.repeat(2000)));
const key = fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 12 }));
const looseObject = fc.dictionary(key, fc.oneof(fc.jsonValue({ maxDepth: 3 }), oddString), { maxKeys: 6 });

/** Bodies that look like ours, then broken in one or several ways. */
const canonicalBody = fc.record({
  breakType: fc.boolean(),
  data: looseObject,
  dropField: fc.constantFrom(null, 'call_id', 'started_at', 'ended_at', 'transcript', 'direction'),
  reverseTimes: fc.boolean(),
  depth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: MAX_JSON_DEPTH + 40 }), fc.constant(5000)),
  callId: fc.oneof(fc.constant(undefined), oddString, fc.string({ minLength: 100, maxLength: 140 })),
}).map(({ breakType, data, dropField, reverseTimes, depth, callId }) => {
  const e = canonicalEvent() as unknown as { type: string; data: Record<string, unknown> };
  if (breakType) e.type = 'call.completed';
  Object.assign(e.data, data);
  if (dropField) delete e.data[dropField];
  if (reverseTimes) [e.data.started_at, e.data.ended_at] = [e.data.ended_at, e.data.started_at];
  if (callId !== undefined) e.data.call_id = callId;
  if (depth) e.data.analysis = { deep: JSON.parse(DEEP) as string };
  return { body: e, depth };
});

const nativeBody = fc.record({
  analysis: looseObject,
  status: fc.constantFrom('completed', 'hangup', 'weird', ''),
  reverseTimes: fc.boolean(),
  depth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: MAX_JSON_DEPTH + 40 }), fc.constant(5000)),
  junk: looseObject,
}).map(({ analysis, status, reverseTimes, depth, junk }) => {
  const e = nativeEvent({ status }) as unknown as { payload: { call: Record<string, unknown> } };
  e.payload.call.post_call_analysis = depth ? { ...analysis, deep: JSON.parse(DEEP) as string } : analysis;
  if (reverseTimes) e.payload.call.ended_at = new Date(Date.parse(String(e.payload.call.initiated_at)) - 60_000).toISOString();
  Object.assign(e.payload.call, junk);
  return { body: e, depth };
});

/** The raw bytes: the JSON, or bytes that are not UTF-8 / not JSON at all. */
const raw = (body: fc.Arbitrary<{ body: unknown; depth: number }>) =>
  fc.oneof(
    { weight: 8, arbitrary: body.map((b) => Buffer.from(serialise(b))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)) },
    { weight: 1, arbitrary: body.map((b) => Buffer.concat([Buffer.from(serialise(b).slice(0, 40)), Buffer.from([0xc3, 0x28, 0xff])])) },
  );

type Signing = 'valid' | 'none' | 'garbage' | 'stale';
const signing = fc.constantFrom<Signing>('valid', 'valid', 'valid', 'none', 'garbage', 'stale');

async function check(endpoint: '/webhooks/calls' | '/webhooks/dialnexa', bytes: Buffer, how: Signing): Promise<void> {
  let headers: Record<string, string> = { 'content-type': 'application/json' };
  if (endpoint === '/webhooks/calls') {
    if (how === 'valid') headers = standardHeaders(bytes.toString('latin1'), {});
    if (how === 'stale') headers = standardHeaders(bytes.toString('latin1'), { timestamp: Math.floor(Date.now() / 1000) - 86_400 });
    if (how === 'garbage') headers = { ...headers, 'webhook-id': 'x', 'webhook-timestamp': 'nope', 'webhook-signature': 'v1,AAAA' };
  } else if (how === 'valid' || how === 'stale') {
    headers['x-dialnexa-signature'] = signDialNexa(DIALNEXA_SECRET, bytes.toString('latin1'));
  } else if (how === 'garbage') headers['x-dialnexa-signature'] = 'sha256=zzz';
  // Sign over the same bytes the server receives: the latin1 round trip keeps every byte.
  const res = await post(`${t.url}${endpoint}`, Buffer.from(bytes.toString('latin1'), 'latin1'), headers);
  expect({ endpoint, status: res.status < 500 }).toEqual({ endpoint, status: true });
  if (res.status === 400) {
    const body = res.json as { deadLetterId?: string | null };
    // Authenticated and invalid: kept for inspection, never lost.
    expect(typeof body.deadLetterId).toBe('string');
  }
  if (how === 'none' || how === 'garbage') expect([401, 400, 413, 415]).toContain(res.status);
}

it('the canonical endpoint never answers 5xx, and keeps every signed invalid body', async () => {
  await fc.assert(fc.asyncProperty(raw(canonicalBody), signing, (bytes, how) => check('/webhooks/calls', bytes, how)), { numRuns: 5000, seed: 20261202 });
}, 300_000);

it('the DialNexa endpoint never answers 5xx, and keeps every signed invalid body', async () => {
  await fc.assert(fc.asyncProperty(raw(nativeBody), signing, (bytes, how) => check('/webhooks/dialnexa', bytes, how)), { numRuns: 5000, seed: 20261203 });
}, 300_000);

it('a kept dead letter can be read back, and names no body bytes in its message', async () => {
  const bytes = Buffer.from('{"type":"call.completed","data":{"call_id":"c1","caller":{"phone":"+14155550123"}');
  const res = await post(`${t.url}/webhooks/calls`, bytes, standardHeaders(bytes.toString('latin1')));
  expect(res.status).toBe(400);
  const { deadLetterId, message } = res.json;
  expect(message).not.toContain('4155550123');
  expect(await t.deadLetters.get(deadLetterId)).not.toBeNull();
});

