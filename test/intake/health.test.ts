/** Liveness and readiness, and the route length every valid call id needs. */
import { ADMIN_TOKEN, startTestIntake, type TestIntake } from './helpers';

let t: TestIntake;
beforeAll(async () => {
  t = await startTestIntake();
});
afterAll(async () => {
  await t?.close();
});

it('/readyz says ready while the starter answers, /healthz only that the process lives', async () => {
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
});

it('a call id of 128 characters (the longest valid) is routed, not refused with 414', async () => {
  const res = await fetch(`${t.url}/admin/dead-letters/${'a'.repeat(128)}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(res.status).toBe(404);
});

it('/readyz answers 503 when Temporal does not answer in time', async () => {
  const down = await startTestIntake({ starter: { start: () => Promise.reject(new Error('down')), ready: () => Promise.resolve(false) } });
  try {
    expect((await fetch(`${down.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${down.url}/healthz`)).status).toBe(200);
  } finally {
    await down.close();
  }
});
