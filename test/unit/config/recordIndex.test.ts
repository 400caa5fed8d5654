/** The record directory's settings: snapshot by default; the live index needs an address ReferralRock can reach. */
import { loadConfig } from '../../../config';
import { problemsOf } from './problemsOf';

const account = { REFERRALROCK_PUBLIC_KEY: 'pk', REFERRALROCK_PRIVATE_KEY: 'sk', REFERRALROCK_PROGRAM: 'Main' };

test('the snapshot directory is the default; the live one listens on 4020 with a fresh secret per start', () => {
  expect(loadConfig({}).referralRock.directory).toMatchObject({ mode: 'snapshot', port: 4020, hookSecret: null, publicUrl: null, reconcileSeconds: 300, reloadHours: 24 });
  expect(loadConfig({ REFERRALROCK_DIRECTORY: 'live' }).referralRock.directory.mode).toBe('live');
});

test('the live index against a real account needs RECORD_INDEX_PUBLIC_URL, and a secret long enough', () => {
  expect(problemsOf({ ...account, REFERRALROCK_DIRECTORY: 'live' }).join('\n')).toMatch(/RECORD_INDEX_PUBLIC_URL: required/);
  expect(problemsOf({ ...account, REFERRALROCK_DIRECTORY: 'live', RECORD_INDEX_PUBLIC_URL: 'https://worker.example.com/rr' })).toEqual([]);
  expect(problemsOf({ RECORD_INDEX_HOOK_SECRET: 'short' }).join('\n')).toMatch(/RECORD_INDEX_HOOK_SECRET/);
  expect(problemsOf({ REFERRALROCK_DIRECTORY: 'sometimes' }).join('\n')).toMatch(/REFERRALROCK_DIRECTORY/);
});
