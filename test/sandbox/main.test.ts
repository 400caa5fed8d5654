/**
 * The standalone entry (`npm run sandbox` = sandbox/main.ts) with the demo seed: it reads its
 * settings through config/index.ts, prints its URL, serves the demo records and stops cleanly on
 * SIGTERM. Run as a real child process on a free port.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeed } from '../../sandbox/seed';
import { Client } from './helpers';
import { freePort } from '../helpers/freePort';

const root = path.resolve(__dirname, '../..');
const DEMO = path.join(root, 'sandbox/demo-seed.json');
/** The shared example seed, when this checkout sits next to the project's shared folder. */
const SHARED_SEED = path.resolve(root, '../shared/examples/referralrock-seed.json');
const KEYS = { REFERRALROCK_SANDBOX_PUBLIC_KEY: 'main-pub', REFERRALROCK_SANDBOX_PRIVATE_KEY: 'main-priv' };


describe('the demo seed', () => {
  it('holds every record of the shared example seed (same ids) plus a VIP member and a member with rewardAmountTotal >= 5000', () => {
    const seed = parseSeed(DEMO);
    const members = new Map(seed.members.map((m) => [m.id, m]));
    const referrals = new Map(seed.referrals.map((r) => [r.id, r]));
    expect(seed.programs.map((p) => p.id)).toContain('prog-brightside');
    for (const id of ['mem_ruth', 'mem_ben', 'mem_ivy']) expect(members.has(id)).toBe(true);
    for (const id of ['ref_mateo', 'ref_hana', 'ref_pat1', 'ref_pat2']) expect(referrals.has(id)).toBe(true);
    expect(members.get('mem_ben')).toMatchObject({ email: 'ben.carter@outlook.com', phone: '+14695550121', referralCode: 'BENC' });
    expect(referrals.get('ref_hana')).toMatchObject({ amount: 9000, phoneNumber: '+12065550152', referringMemberId: 'mem_ben' });
    expect(seed.members.some((m) => m.vip === true && m.customOption1Value === 'VIP')).toBe(true);
    expect(seed.members.some((m) => (m.rewardAmountTotal ?? 0) >= 5000)).toBe(true);
  });


  it('repeats every record of ../shared/examples/referralrock-seed.json exactly', () => {
    const shared = JSON.parse(readFileSync(SHARED_SEED, 'utf8'));
    const demo = JSON.parse(readFileSync(DEMO, 'utf8'));
    for (const kind of ['programs', 'members', 'referrals'] as const) {
      for (const record of shared[kind]) {
        expect(demo[kind].find((d: { id: string }) => d.id === record.id)).toEqual(record);
      }
    }
  });
});

describe('sandbox/main.ts', () => {
  let child: ChildProcessWithoutNullStreams;
  let output = '';

  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('starts on SANDBOX_PORT with the demo seed and keys from the environment, prints its URL, stops on SIGTERM', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
      cwd: root,
      env: { ...process.env, SANDBOX_HOST: '127.0.0.1', SANDBOX_PORT: String(port), LOG_LEVEL: 'silent', ...KEYS },
    });
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 30_000);
      const check = () => {
        const m = /listening on (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout.on('data', check);
      child.once('exit', () => reject(new Error(`exited early: ${output}`)));
    });
    expect(url).toBe(`http://127.0.0.1:${port}`);

    const client = new Client(url);
    const auth = `Basic ${Buffer.from('main-pub:main-priv').toString('base64')}`;
    expect((await client.get('/api/members', undefined)).status).toBe(401);
    const ben = await client.get('/api/members', { query: 'ben.carter@outlook.com' }, { auth });
    expect(ben.json.members.map((m: { id: string }) => m.id)).toEqual(['mem_ben']);
    const hana = await client.get('/api/referral/single', { referralId: 'ref_hana' }, { auth });
    expect(hana.json).toMatchObject({ amount: 9000, referringMemberId: 'mem_ben', status: 'pending' });

    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(output).toMatch(/stopping \(SIGTERM\)/);
  });
});
