/**
 * Secure by default: the public development secrets, sandbox keys and payload key serve only a
 * service nothing beyond this machine can reach; otherwise the start is refused, naming what to set.
 */
import { problemsOf } from './problemsOf';

const KEY = `k1:${Buffer.alloc(32, 7).toString('base64')}`;


it('on loopback the embedded defaults start (npm start)', () => {
  expect(problemsOf({})).toEqual([]);
  expect(problemsOf({ TEMPORAL_ADDRESS: '127.0.0.1:7233' })).toEqual([]);
});

it('an intake on 0.0.0.0 with the development secrets is refused, each missing setting named', () => {
  const problems = problemsOf({ INTAKE_HOST: '0.0.0.0' });
  for (const name of ['PAYLOAD_ENCRYPTION_KEYS', 'CALL_WEBHOOK_SECRETS', 'DIALNEXA_WEBHOOK_SECRETS']) {
    expect(problems.some((p) => p.startsWith(`${name}:`))).toBe(true);
  }
});

it('an exposed intake with its own secrets and key, and the sandbox keys refused', () => {
  const env = {
    INTAKE_HOST: '0.0.0.0',
    PAYLOAD_ENCRYPTION_KEYS: KEY,
    CALL_WEBHOOK_SECRETS: `whsec_${Buffer.from('a-real-secret-for-this-deploy').toString('base64')}`,
    DIALNEXA_WEBHOOK_SECRETS: 'a-real-dialnexa-secret',
  };
  expect(problemsOf(env)).toEqual([]);
  const withSandboxKeys = problemsOf({ ...env, REFERRALROCK_BASE_URL: 'https://api.referralrock.com', REFERRALROCK_PUBLIC_KEY: 'sandbox-public-key', REFERRALROCK_PRIVATE_KEY: 'sandbox-private-key', REFERRALROCK_PROGRAM: 'p' });
  expect(withSandboxKeys.some((p) => p.includes('sandbox keys are public'))).toBe(true);
});

it('a worker against a remote Temporal needs its own payload key', () => {
  expect(problemsOf({ TEMPORAL_ADDRESS: 'temporal:7233' }).some((p) => p.startsWith('PAYLOAD_ENCRYPTION_KEYS:'))).toBe(true);
  expect(problemsOf({ TEMPORAL_ADDRESS: 'temporal:7233', PAYLOAD_ENCRYPTION_KEYS: KEY })).toEqual([]);
});

it('a malformed payload key is refused with how to make one', () => {
  expect(problemsOf({ PAYLOAD_ENCRYPTION_KEYS: 'k1:short' }).join('\n')).toMatch(/32 random bytes/);
});
