/** What the intake logs: never the review sign-in token from a `?token=` link. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { requestLine } from '../../config/logger';
import { startTestIntake } from './helpers';

it('a request with ?token= is logged without the token', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'info', serializers: { req: requestLine } }, sink);
  const t = await startTestIntake({ logger });
  try {
    await fetch(`${t.url}/review?token=super-secret-token-value-123`);
    await fetch(`${t.url}/healthz?x=1`);
  } finally {
    await t.close();
  }
  const log = lines.join('');
  expect(log).toContain('/healthz?x=1');
  expect(log).toContain('/review?token=%5Bredacted%5D');
  expect(log).not.toContain('super-secret-token-value-123');
});
