/**
 * Temporal down: the review and follow-up APIs answer 503 `temporal_unavailable` promptly (their
 * reads are bounded at 5 s), instead of leaving a person waiting for the client's own retries.
 */
import { Client, Connection } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { buildIntakeServer } from '../../intake/server';
import { ReviewService } from '../../services/review/reviewService';
import { FollowUpService } from '../../services/followUps/followUpService';
import { FileDeadLetterStore } from '../../intake/deadLetter';
import { loadConfig } from '../../config';
import os from 'node:os';
import path from 'node:path';

const TOKEN = 'down-test-token-0123456789';
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  // Nothing listens on port 1: every call fails as UNAVAILABLE and the client would retry ~20 s.
  const client = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  const config = loadConfig({ DATA_DIR: path.join(os.tmpdir(), `down-${process.pid}`) });
  app = buildIntakeServer({
    config: config.intake,
    starter: { start: () => Promise.reject(new Error('not used')) },
    deadLetters: new FileDeadLetterStore(config.intake.deadLetterDir),
    adminToken: TOKEN,
    reviewService: new ReviewService(client, { namespace: 'default' }),
    followUpService: new FollowUpService(client, { namespace: 'default' }),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const a = app.server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(async () => {
  await app?.close();
});

it.each(['/review/api/pending', '/review/api/follow-ups'])('%s answers 503 temporal_unavailable, without hanging', async (route) => {
  const started = Date.now();
  const res = await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(503);
  expect(((await res.json()) as { error: string }).error).toBe('temporal_unavailable');
  // Bounded by the 5 s read deadline; the client's own retries took 17-21 s before.
  expect(Date.now() - started).toBeLessThan(12_000);
}, 30_000);
