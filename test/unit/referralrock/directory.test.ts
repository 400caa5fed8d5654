/**
 * The RecordDirectory over ReferralRock: mapping to the domain's records, exact lookups, whole
 * reads with a TTL cache, and the seed-file directory used by `npm run plan --referralrock-seed`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ReferralRockClient,
  ReferralRockDirectory,
  createReferralRockDirectory,
  directoryFromSeed,
  isVip,
  memberSchema,
  memberToRecord,
  referralSchema,
  referralToRecord,
} from '../../../integrations/referralrock';
import { KEYS, member, referral, startFakeReferralRock, type FakeReferralRock } from './fakeReferralRock';

describe('memberToRecord', () => {
  it('maps a member: phone, rewardAmountTotal, own code, the configured note slot', () => {
    const m = memberSchema.parse(
      member('m-1', { customText1Value: '', customText2Value: 'Latest call: wants a callback [dialnexa:c-1]', externalIdentifier: 'crm-9' }),
    );
    expect(memberToRecord(m, 'customText2Value')).toEqual({
      type: 'member',
      id: 'm-1',
      programId: 'prog-main',
      firstName: 'Sam',
      lastName: 'Lee',
      email: 'm-1@example.com',
      phone: '+14155550101',
      companyName: null,
      externalIdentifier: 'crm-9',
      referralCode: 'CODE-m-1',
      status: null,
      value: 150,
      vip: false,
      referringMemberId: null,
      preferredContact: null,
      note: 'Latest call: wants a callback [dialnexa:c-1]',
    });
    // ReferralRock's "" for unset fields becomes null.
    expect(memberToRecord(m, 'customText1Value').note).toBeNull();
  });
});

describe('referralToRecord', () => {
  it('maps a referral: phoneNumber, amount, the referring member code, the private note', () => {
    const r = referralSchema.parse(referral('r-1', { status: 'Pending' }));
    expect(referralToRecord(r)).toEqual({
      type: 'referral',
      id: 'r-1',
      programId: 'prog-main',
      firstName: 'Dana',
      lastName: 'Whitfield',
      email: 'r-1@northwind.io',
      phone: '+14155550123',
      companyName: 'Northwind',
      externalIdentifier: null,
      referralCode: 'SAM-22',
      status: 'pending',
      value: 2500,
      vip: false,
      referringMemberId: 'm-1',
      preferredContact: 'callMorning',
      note: 'first call',
    });
  });

  it('falls back to the referring member code when memberReferralCode is absent', () => {
    const r = referralSchema.parse(referral('r-1', { memberReferralCode: null }));
    expect(referralToRecord(r, new Map([['m-1', 'SAM-22']])).referralCode).toBe('SAM-22');
    expect(referralToRecord(r).referralCode).toBeNull();
  });
});

describe('isVip', () => {
  it.each<[Record<string, unknown>, boolean]>([
    [{ vip: true }, true],
    [{ isVip: 'yes' }, true],
    [{ vip: false, customOption1Name: 'VIP', customOption1Value: 'Yes' }, false],
    [{ customOption1Name: 'VIP', customOption1Value: 'Yes' }, true],
    [{ customOption1Name: 'Is VIP?', customOption1Value: 'true' }, true],
    [{ customOption1Name: 'VIP', customOption1Value: 'No' }, false],
    [{ customOption1Name: 'Tier', customOption1Value: 'VIP Gold' }, true],
    [{ customOption1Name: 'Tier', customOption1Value: 'Non-VIP' }, false],
    [{ customOption1Name: 'Tier', customOption1Value: 'Vipassana' }, false],
    [{ customText1Name: 'Call note', customText1Value: 'caller asked about VIP perks' }, false],
    [{}, false],
  ])('%p → %p', (fields, expected) => {
    expect(isVip(fields)).toBe(expected);
  });
});

describe('ReferralRockDirectory over HTTP', () => {
  let fake: FakeReferralRock;
  let client: ReferralRockClient;
  const members = [member('m-1', { referralCode: 'SAM-22', email: 'sam@contoso.com' }), member('m-2')];
  const referrals = [
    referral('r-1', { memberReferralCode: null, referralCode: undefined }),
    referral('r-2', { externalIdentifier: 'dialnexa:c-7' }),
  ];

  beforeAll(async () => {
    fake = await startFakeReferralRock((req) => {
      const offset = Number(req.query.get('offset') ?? 0);
      const count = Number(req.query.get('count') ?? 1000);
      const q = req.query.get('query');
      if (req.path === '/api/members') {
        const hits = q
          ? members.filter((m) => [m.id, m.email, m.referralCode, m.externalIdentifier].includes(q))
          : members.slice(offset, offset + count);
        return { body: { offset, total: q ? hits.length : members.length, members: hits, message: null } };
      }
      if (req.path === '/api/referrals') {
        // ReferralRock's referral query also matches the referring member's code.
        const hits = q
          ? referrals.filter((r) => [r.id, r.email, r.externalIdentifier, 'SAM-22'].includes(q))
          : referrals.slice(offset, offset + count);
        return { body: { offset, total: q ? hits.length : referrals.length, referrals: hits, message: null } };
      }
      return { status: 404 };
    });
    client = new ReferralRockClient({ baseUrl: fake.url, ...KEYS, timeoutMs: 2000 });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.seen.length = 0;
  });

  it('findExact finds a member by referral code but not the referrals made with it', async () => {
    const dir = new ReferralRockDirectory(client, { memberNoteSlot: 'customText1Value', ttlSeconds: 0 });
    const found = await dir.findExact(' SAM-22 ');
    expect(found.map((r) => `${r.type}:${r.id}`)).toEqual(['member:m-1']);
    expect(fake.seen.map((r) => `${r.path}?query=${r.query.get('query')}`).sort()).toEqual([
      '/api/members?query=SAM-22',
      '/api/referrals?query=SAM-22',
    ]);
  });

  it('findExact finds a referral by external id, and nothing for an empty value', async () => {
    const dir = new ReferralRockDirectory(client, { memberNoteSlot: 'customText1Value', ttlSeconds: 0 });
    expect((await dir.findExact('dialnexa:c-7')).map((r) => r.id)).toEqual(['r-2']);
    fake.seen.length = 0;
    expect(await dir.findExact('  ')).toEqual([]);
    expect(fake.seen).toHaveLength(0);
  });

  it('index() reads every member and referral page by page and links referral codes', async () => {
    const dir = new ReferralRockDirectory(client, { memberNoteSlot: 'customText1Value', ttlSeconds: 0, pageSize: 1 });
    const all = (await dir.index()).records();
    expect(all.map((r) => `${r.type}:${r.id}`)).toEqual(['member:m-1', 'member:m-2', 'referral:r-1', 'referral:r-2']);
    expect(all.find((r) => r.id === 'r-1')?.referralCode).toBe('SAM-22');
    expect(fake.seen.filter((r) => r.path === '/api/members')).toHaveLength(2);
    expect(fake.seen.filter((r) => r.path === '/api/referrals')).toHaveLength(2);
  });

  it('index() is cached for the TTL, shared by concurrent callers, and dropped by invalidate()', async () => {
    let now = 1_000_000;
    const dir = createReferralRockDirectory(client, { memberNoteSlot: 'customText1Value', directoryTtlSeconds: 30 });
    (dir as unknown as { now: () => number }).now = () => now;
    const [a, b] = await Promise.all([dir.index(), dir.index()]);
    expect(a).toBe(b);
    const reads = fake.seen.length;
    expect(reads).toBe(2);

    now += 29_000;
    await dir.index();
    expect(fake.seen.length).toBe(reads);

    now += 2_000;
    await dir.index();
    expect(fake.seen.length).toBe(reads * 2);

    dir.invalidate();
    await dir.index();
    expect(fake.seen.length).toBe(reads * 3);
  });

  it('ttlSeconds 0 reads every time', async () => {
    const dir = new ReferralRockDirectory(client, { memberNoteSlot: 'customText1Value', ttlSeconds: 0 });
    await dir.index();
    await dir.index();
    expect(fake.seen).toHaveLength(4);
  });

  it('passes a configured program to every list', async () => {
    const dir = new ReferralRockDirectory(client, { memberNoteSlot: 'customText1Value', ttlSeconds: 0, programId: 'Main' });
    await dir.index();
    await dir.findExact('x@y.z');
    expect(fake.seen.every((r) => r.query.get('programId') === 'Main')).toBe(true);
  });
});

describe('directoryFromSeed', () => {
  const seedPath = path.resolve(__dirname, '../../../../shared/examples/referralrock-seed.json');
  // ../shared sits beside every checkout, CI's included.
  const sharedSeed: unknown = JSON.parse(readFileSync(seedPath, 'utf8'));

  it('reads the contract example seed, a referral phone read as phoneNumber', async () => {
    const dir = directoryFromSeed({
      programs: [{ id: 'prog-main', name: 'northwind-rewards', title: 'Northwind Rewards' }],
      members: [
        {
          id: 'm-1',
          programId: 'prog-main',
          firstName: 'Sam',
          lastName: 'Lee',
          email: 'sam@contoso.com',
          phone: '+14155550101',
          referralCode: 'SAM-22',
          externalIdentifier: null,
          rewardAmountTotal: 150,
          vip: true,
        },
      ],
      referrals: [
        {
          id: 'r-1',
          programId: 'prog-main',
          referralCode: 'SAM-22',
          firstName: 'Dana',
          lastName: 'Whitfield',
          email: 'dana@northwind.io',
          phone: '+14155550123',
          companyName: 'Northwind',
          status: 'pending',
          amount: 0,
          externalIdentifier: null,
        },
      ],
    });
    const all = dir.records();
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ type: 'member', id: 'm-1', vip: true, value: 150, referralCode: 'SAM-22' });
    expect(all[1]).toMatchObject({
      type: 'referral',
      id: 'r-1',
      phone: '+14155550123',
      referralCode: 'SAM-22',
      referringMemberId: 'm-1',
      status: 'pending',
    });
    expect((await dir.findExact('sam-22')).map((r) => r.id)).toEqual(['m-1']);
    expect((await dir.findExact('DANA@northwind.io')).map((r) => r.id)).toEqual(['r-1']);
  });

  it('reads the shared demo seed', async () => {
    const all = directoryFromSeed(sharedSeed).records();
    expect(all.filter((r) => r.type === 'member')).toHaveLength(3);
    expect(all.find((r) => r.id === 'ref_hana')).toMatchObject({ value: 9000, referralCode: 'BENC', phone: '+12065550152' });
  });

  it('uses the configured member note slot', async () => {
    const dir = directoryFromSeed(
      { members: [{ id: 'm-1', customText2Value: 'note' }] },
      { memberNoteSlot: 'customText2Value' },
    );
    expect(dir.records()[0].note).toBe('note');
  });

  it('lists every malformed entry in one error', () => {
    expect(() => directoryFromSeed({ members: [{ firstName: 'no id' }], referrals: [{ id: 5 }] })).toThrow(
      /Invalid ReferralRock seed:[\s\S]*members\.0\.id[\s\S]*referrals\.0\.id/,
    );
  });
});
