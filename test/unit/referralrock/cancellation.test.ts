/**
 * A ReferralRock request inside an activity heartbeats first and carries the activity's
 * cancellation: a cancelled attempt stops its request at once instead of writing later.
 */
import http from 'node:http';
import { MockActivityEnvironment } from '@temporalio/testing';
import { ReferralRockClient } from '../../../integrations/referralrock/client';
import { activityRequestHook } from '../../../activities/requestHook';

let server: http.Server;
let base: string;
beforeAll(async () => {
  // Answers nothing: a request only ends by its timeout or its abort.
  server = http.createServer(() => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

it('heartbeats before each request and aborts it when the activity is cancelled', async () => {
  const env = new MockActivityEnvironment();
  let heartbeats = 0;
  env.on('heartbeat', () => heartbeats++);
  const client = new ReferralRockClient({ baseUrl: base, publicKey: 'p', privateKey: 'k', timeoutMs: 10_000, beforeRequest: activityRequestHook });
  const started = Date.now();
  const attempt = env.run(() => client.getReferral({ referralId: 'ref_1' }));
  setTimeout(() => env.cancel(), 200);
  await expect(attempt).rejects.toBeDefined();
  expect(heartbeats).toBe(1);
  // Ended by the cancellation, long before the 10 s request timeout.
  expect(Date.now() - started).toBeLessThan(5_000);
});

it('outside an activity it neither heartbeats nor aborts (the plan CLI)', () => {
  expect(activityRequestHook()).toBeUndefined();
});
