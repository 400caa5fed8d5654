/**
 * Shared by the sandbox suites: a small seed with two programs (so program filters and the
 * secondary+tertiary rule have something to tell apart), and a fetch wrapper that speaks to a real
 * sandbox over HTTP with the sandbox's Basic-auth key.
 */
import { startSandbox, type SandboxHandle, type SandboxOptions, type SeedFile } from '../../sandbox/server';
import { faultSeed, seededRandom } from '../helpers/seededRandom';

export const PUBLIC_KEY = 'test-public';
export const PRIVATE_KEY = 'test-private';
export const AUTH = `Basic ${Buffer.from(`${PUBLIC_KEY}:${PRIVATE_KEY}`).toString('base64')}`;

export function testSeed(): SeedFile {
  return {
    programs: [
      { id: 'prog-a', name: 'alpha-rewards', title: 'Alpha Rewards' },
      { id: 'prog-b', name: 'beta-club', title: 'Beta Club' },
    ],
    members: [
      { id: 'm-sam', programId: 'prog-a', firstName: 'Sam', lastName: 'Lee', email: 'sam@contoso.com', phone: '+14155550101',
        referralCode: 'SAM-22', externalIdentifier: 'crm-1', rewardAmountTotal: 150, createDt: '2026-03-01T10:00:00.000Z' },
      { id: 'm-zoe', programId: 'prog-a', firstName: 'Zoe', lastName: 'Adams', email: 'zoe@fabrikam.com', phone: '+14155550102',
        referralCode: 'ZOE-1', externalIdentifier: 'crm-dup', createDt: '2026-03-05T10:00:00.000Z' },
      { id: 'm-al', programId: 'prog-a', firstName: 'Al', lastName: 'Moss', email: 'al@fabrikam.com', phone: '+14155550103',
        referralCode: 'AL-9', externalIdentifier: 'crm-dup', createDt: '2026-03-10T10:00:00.000Z' },
      { id: 'm-off', programId: 'prog-a', firstName: 'Ola', lastName: 'Off', email: 'ola@contoso.com', phone: '+14155550104',
        referralCode: 'OLA-0', disabledFlag: true, createDt: '2026-02-01T10:00:00.000Z' },
      { id: 'm-bea', programId: 'beta-club', firstName: 'Bea', lastName: 'Brown', email: 'sam@contoso.com', phone: '+14155550105',
        referralCode: 'BEA-5', externalIdentifier: 'crm-1', createDt: '2026-04-01T10:00:00.000Z', vip: true },
    ],
    referrals: [
      { id: 'r-dana', referringMemberId: 'm-sam', referralCode: 'SAM-22', firstName: 'Dana', lastName: 'Whitfield',
        email: 'dana@northwind.io', phone: '+14155550123', companyName: 'Northwind', status: 'pending', amount: 0,
        externalIdentifier: 'ext-dana', createDate: '2026-05-01T10:00:00.000Z' },
      { id: 'r-eli', referralCode: 'SAM-22', firstName: 'Eli', lastName: 'Stone', email: 'eli@stone.io',
        phoneNumber: '+14155550124', status: 'approved', amount: 1200, createDate: '2026-05-02T10:00:00.000Z' },
      { id: 'r-fay', referringMemberId: 'm-bea', firstName: 'Fay', lastName: 'Hill', email: 'fay@hill.io',
        phoneNumber: '+14155550125', status: 'pending', amount: 50, createDate: '2026-05-03T10:00:00.000Z' },
    ],
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  query?: Record<string, string | number | boolean>;
  /** true (default) = the sandbox key; false = none; a string = that Authorization header. */
  auth?: boolean | string;
}

export class Client {
  constructor(readonly base: string) {}

  async call(method: string, path: string, opts: CallOptions = {}): Promise<Answer> {
    const qs = opts.query ? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]): [string, string] => [k, String(v)])).toString()}` : '';
    const headers: Record<string, string> = {};
    const auth = opts.auth ?? true;
    if (auth === true) headers.authorization = AUTH;
    else if (typeof auth === 'string') headers.authorization = auth;
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path + qs, { method, headers, body });
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  get(path: string, query?: CallOptions['query'], opts: Omit<CallOptions, 'query'> = {}) {
    return this.call('GET', path, { ...opts, query });
  }

  post(path: string, body?: unknown, opts: Omit<CallOptions, 'body'> = {}) {
    return this.call('POST', path, { ...opts, body });
  }

  control(method: string, path: string, body?: unknown) {
    return this.call(method, `/_sandbox${path}`, { body, auth: false });
  }
}

/**
 * Starts a sandbox on a random port with the test seed and keys; call `stop` in afterAll. Its
 * faults draw from a seeded source (FAULT_SEED replays another), never an unseeded Math.random.
 */
export async function startTestSandbox(extra: Partial<SandboxOptions> = {}): Promise<{ sandbox: SandboxHandle; client: Client; stop: () => Promise<void> }> {
  const sandbox = await startSandbox({ seed: testSeed(), publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY, port: 0, random: seededRandom(faultSeed(7)), ...extra });
  return { sandbox, client: new Client(sandbox.url), stop: () => sandbox.close() };
}
