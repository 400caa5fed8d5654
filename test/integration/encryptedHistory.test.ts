/**
 * No PII in Temporal history without the key: a call's workflow history (inputs, activity results)
 * holds sealed payloads only; the codec server opens them for an operator with the admin token,
 * and answers the Temporal UI's CORS preflight for the UI's origin only.
 */
import { AesGcmPayloadCodec } from '../../integrations/temporal/payloadCodec';
import { buildIntakeServer } from '../../intake/server';
import { exampleCall } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { useStack } from '../helpers/suiteStack';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { FastifyInstance } from 'fastify';
import { workflowIdForCall } from '../../workflows/ids';

const stack = useStack();
const TOKEN = 'codec-test-token-0123456789';
const UI = 'http://127.0.0.1:8233';
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = buildIntakeServer({
    config: stack().config.intake,
    starter: { start: () => Promise.reject(new Error('not used')) },
    deadLetters: stack().deadLetters,
    adminToken: TOKEN,
    codec: new AesGcmPayloadCodec(stack().config.temporal.payloadKeys),
    temporalUiUrl: UI,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const a = app.server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(async () => {
  await app?.close();
});

it('a call leaves no phone, email, name or transcript in plain text in its history', async () => {
  const body = exampleCall('04-new-prospect-with-code.json');
  expect((await sendCanonical(stack().intakeUrl, body)).status).toBe(202);
  const handle = stack().client.workflow.getHandle(workflowIdForCall(body.data.call_id));
  await handle.result();
  const history = historyToJSON(await handle.fetchHistory());
  const caller = (body.data as { caller?: Record<string, string> }).caller ?? {};
  const secrets = [body.data.from_number, caller.email, caller.first_name, body.data.transcript[1].text.slice(0, 30)].filter(Boolean) as string[];
  expect(secrets.length).toBeGreaterThan(2);
  // History JSON carries payload bytes as base64: open every one and look inside.
  const blobs = [...history.matchAll(/"data":\s*"([A-Za-z0-9+/=]+)"/g)].map((m) => Buffer.from(m[1], 'base64').toString('latin1'));
  expect(blobs.length).toBeGreaterThan(3);
  const inside = blobs.join('\n');
  for (const s of secrets) expect(inside).not.toContain(s);
  expect(history).toContain('YmluYXJ5L2VuY3J5cHRlZA'); // "binary/encrypted", base64
  // The same bytes, opened with the key, do hold the call: the check above can fail.
  const opened = await new AesGcmPayloadCodec(stack().config.temporal.payloadKeys).decode(
    [...history.matchAll(/"payloads":\s*\[\s*\{\s*"metadata":\s*\{\s*"encoding":\s*"([^"]+)",\s*"encryption-key-id":\s*"([^"]+)"\s*\},\s*"data":\s*"([^"]+)"/g)].map((m) => ({
      metadata: { encoding: Buffer.from(m[1], 'base64'), 'encryption-key-id': Buffer.from(m[2], 'base64') },
      data: Buffer.from(m[3], 'base64'),
    })),
  );
  expect(opened.map((p) => Buffer.from(p.data!).toString()).join('\n')).toContain(secrets[0]);
});

it('the codec server opens sealed payloads for the admin token, and only for it', async () => {
  const codec = new AesGcmPayloadCodec(stack().config.temporal.payloadKeys);
  const [sealed] = await codec.encode([{ metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('{"phone":"+14155550123"}') }]);
  const payload = { metadata: Object.fromEntries(Object.entries(sealed.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])), data: Buffer.from(sealed.data!).toString('base64') };
  const post = (headers: Record<string, string>) => fetch(`${base}/codec/decode`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ payloads: [payload] }) });
  expect((await post({})).status).toBe(401);
  const ok = await post({ authorization: `Bearer ${TOKEN}`, origin: UI });
  expect(ok.status).toBe(200);
  expect(ok.headers.get('access-control-allow-origin')).toBe(UI);
  const { payloads } = (await ok.json()) as { payloads: Array<{ data: string }> };
  expect(Buffer.from(payloads[0].data, 'base64').toString()).toBe('{"phone":"+14155550123"}');
  const other = await post({ authorization: `Bearer ${TOKEN}`, origin: 'https://evil.example' });
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  const preflight = await fetch(`${base}/codec/decode`, { method: 'OPTIONS', headers: { origin: UI, 'access-control-request-method': 'POST' } });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-headers')).toContain('x-namespace');
});
