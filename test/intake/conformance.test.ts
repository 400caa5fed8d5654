/**
 * The shared conformance script (../shared/conformance/webhooks.py, 22 checks) against a real
 * intake with a RecordingStarter, plus the sender's view of a 413: a client that writes a large
 * body in chunks must read the 413, not a broken pipe.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { CALL_SECRET, DIALNEXA_SECRET, standardHeaders, startTestIntake, type TestIntake } from './helpers';

let t: TestIntake;
beforeAll(async () => {
  t = await startTestIntake();
});
afterAll(() => t.close());

const SCRIPT = path.resolve(__dirname, '../../../shared/conformance/webhooks.py');
const haveScript = existsSync(SCRIPT);

(haveScript ? it : it.skip)('webhooks.py: 22 passed, 0 failed', async () => {
  const { stdout } = await promisify(execFile)(
    'python3',
    [SCRIPT, '--base', t.url, '--call-secret', CALL_SECRET, '--dialnexa-secret', DIALNEXA_SECRET],
    { timeout: 90_000 },
  );
  expect(stdout.trim().split('\n').at(-1)).toBe('22 passed, 0 failed');
}, 120_000);

it('a chunked 3 MiB upload reads 413, not a reset', async () => {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(`${t.url}/webhooks/calls`, { method: 'POST', headers: { ...standardHeaders('x'), 'content-length': String(48 * chunk.length) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    let i = 0;
    const writeMore = () => {
      while (i < 48) {
        i += 1;
        if (!req.write(chunk)) return void req.once('drain', writeMore);
      }
      req.end();
    };
    writeMore();
  });
  expect(status).toBe(413);
});
