import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, parseArgs } from '../../../client/plan';
import { planSchema } from '../../../domain/plan';

const SHARED = path.join(__dirname, '../../corpus/shared');
const SEED = path.join(SHARED, 'referralrock-seed.json');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('npm run plan', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-'));

  it('prints one JSON plan for an envelope, against a seed', async () => {
    const r = await run([path.join(SHARED, '01-referral-books-demo.json'), '--referralrock-seed', SEED]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.out));
    expect(plan.match.record).toEqual({ type: 'referral', id: 'ref_mateo' });
    expect(plan.classification.followUp?.at).toBe('2026-11-13T17:00:00Z');
  });

  it('accepts the data object alone', async () => {
    const body = JSON.parse(readFileSync(path.join(SHARED, '02-member-opts-out.json'), 'utf8')) as { data: unknown };
    const f = path.join(dir, 'data.json');
    writeFileSync(f, JSON.stringify(body.data));
    const r = await run([f, `--referralrock-seed=${SEED}`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).classification.optOut).toEqual({ requested: true, possible: false, scope: 'all' });
  });

  it('bad input: a clear message naming the field, non-zero exit', async () => {
    const f = path.join(dir, 'bad.json');
    writeFileSync(f, JSON.stringify({ type: 'call.completed', data: { call_id: 'bad id', direction: 'inbound', started_at: 'x', ended_at: '2026-11-10T17:00:00Z', transcript: [] } }));
    const r = await run([f, '--referralrock-seed', SEED]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/data\.call_id/);
    expect(r.err).toMatch(/data\.started_at/);
  });

  it('not JSON, missing file, other event types, bad usage', async () => {
    const f = path.join(dir, 'notjson.json');
    writeFileSync(f, '{nope');
    expect((await run([f])).err).toMatch(/not valid JSON/);
    expect((await run([path.join(dir, 'missing.json')])).code).toBe(2);
    const other = path.join(dir, 'other.json');
    const body = JSON.parse(readFileSync(path.join(SHARED, '05-spam.json'), 'utf8')) as { type: string };
    body.type = 'call.started';
    writeFileSync(other, JSON.stringify(body));
    const r = await run([other, '--referralrock-seed', SEED]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/call\.started/);
    expect(() => parseArgs([])).toThrow(/usage/);
    expect(() => parseArgs(['a.json', '--what'])).toThrow(/unknown option/);
    expect(() => parseArgs(['a.json', '--referralrock-seed'])).toThrow(/needs a file/);
  });
});
