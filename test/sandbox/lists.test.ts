/** List envelopes and paging, and the exact semantics of the list filters and single-gets. */
import { startTestSandbox, type Client } from './helpers';

let client: Client;
let stop: () => Promise<void>;
const ids = (items: { id: string }[]) => items.map((x) => x.id);

beforeAll(async () => {
  ({ client, stop } = await startTestSandbox());
});
afterAll(() => stop());

describe('envelopes and paging', () => {
  it('lists programs as {offset,total,programs,message} with Program fields', async () => {
    const res = await client.get('/api/programs');
    expect(Object.keys(res.json)).toEqual(['offset', 'total', 'programs', 'message']);
    expect(res.json.total).toBe(2);
    expect(res.json.programs[0]).toMatchObject({ id: 'prog-a', name: 'alpha-rewards', title: 'Alpha Rewards', isActive: true, type: 'Web' });
  });

  it('narrows programs by programId (id, name or title)', async () => {
    for (const ref of ['prog-b', 'beta-club', 'Beta Club']) {
      expect(ids((await client.get('/api/programs', { programId: ref })).json.programs)).toEqual(['prog-b']);
    }
  });

  it('returns every active member by default (count defaults to all) with total = all matches', async () => {
    const res = await client.get('/api/members');
    expect(Object.keys(res.json)).toEqual(['offset', 'total', 'members', 'message']);
    expect(res.json.total).toBe(4);
    expect(res.json.members).toHaveLength(4);
  });

  it('pages with offset and count; total still counts every match; no cursor field', async () => {
    const all = ids((await client.get('/api/members')).json.members);
    const page = await client.get('/api/members', { offset: 1, count: 2 });
    expect(page.json.offset).toBe(1);
    expect(page.json.total).toBe(4);
    expect(ids(page.json.members)).toEqual(all.slice(1, 3));
    expect(page.json).not.toHaveProperty('next_offset');
    const past = await client.get('/api/members', { offset: 10 });
    expect(past.json.members).toEqual([]);
    expect(past.json.total).toBe(4);
  });

  it('refuses an offset or count that is not a whole number (400 with a Message)', async () => {
    const res = await client.get('/api/members', { count: 'ten' });
    expect(res.status).toBe(400);
    expect(res.json.Message).toMatch(/count/);
    expect((await client.get('/api/referrals', { offset: -1 })).status).toBe(400);
  });
});

describe('member filters', () => {
  it('shows API-shaped members: camelCase, phone, createDt, derived names and counters', async () => {
    const [sam] = (await client.get('/api/members', { query: 'SAM-22' })).json.members;
    expect(sam).toMatchObject({
      id: 'm-sam', displayName: 'Sam Lee', phone: '+14155550101', createDt: '2026-03-01T10:00:00.000Z',
      programId: 'prog-a', programName: 'alpha-rewards', programTitle: 'Alpha Rewards', disabledFlag: false,
      referrals: 2, referralsPending: 1, referralsApproved: 1, referralsApprovedAmount: 1200, rewardAmountTotal: 150,
      customText1Value: null, referralUrl: expect.stringMatching(/SAM-22\/$/),
    });
    expect(sam).not.toHaveProperty('phoneNumber');
  });

  it('query matches an email exactly, ignoring case, and is not a search', async () => {
    expect(ids((await client.get('/api/members', { query: 'ZOE@FABRIKAM.COM' })).json.members)).toEqual(['m-zoe']);
    expect((await client.get('/api/members', { query: 'zoe@fabrikam.co' })).json.members).toEqual([]);
    expect((await client.get('/api/members', { query: 'zoe' })).json.members).toEqual([]);
  });

  it('query matches an external id and a referral code, never a phone or a name', async () => {
    expect(ids((await client.get('/api/members', { query: 'crm-dup' })).json.members).sort()).toEqual(['m-al', 'm-zoe']);
    expect(ids((await client.get('/api/members', { query: 'al-9' })).json.members)).toEqual(['m-al']);
    expect((await client.get('/api/members', { query: '+14155550101' })).json.members).toEqual([]);
    expect((await client.get('/api/members', { query: 'Sam Lee' })).json.members).toEqual([]);
  });

  it('an id match ignores the other filters (even a disabled member in another program)', async () => {
    const res = await client.get('/api/members', { query: 'm-off', programId: 'prog-b', showDisabled: false });
    expect(ids(res.json.members)).toEqual(['m-off']);
    // the same member found by email obeys the filters
    expect((await client.get('/api/members', { query: 'ola@contoso.com' })).json.members).toEqual([]);
  });

  it('programId matches a program id, name or title; an unknown program matches nothing', async () => {
    for (const ref of ['prog-b', 'beta-club', 'beta club']) {
      expect(ids((await client.get('/api/members', { programId: ref })).json.members)).toEqual(['m-bea']);
    }
    expect((await client.get('/api/members', { programId: 'nope' })).json.total).toBe(0);
  });

  it('showDisabled=true lists disabled members only, false active only; omitted = active only', async () => {
    expect(ids((await client.get('/api/members', { showDisabled: true })).json.members)).toEqual(['m-off']);
    expect(ids((await client.get('/api/members', { showDisabled: 'false' })).json.members)).not.toContain('m-off');
    expect(ids((await client.get('/api/members')).json.members)).not.toContain('m-off');
    expect((await client.get('/api/members', { showDisabled: 'maybe' })).status).toBe(400);
  });

  it('sorts newest first by default, and by Create_Dt_Asc and Member_Full_Name_*', async () => {
    expect(ids((await client.get('/api/members')).json.members)).toEqual(['m-bea', 'm-al', 'm-zoe', 'm-sam']);
    expect(ids((await client.get('/api/members', { sort: 'Create_Dt_Asc' })).json.members)).toEqual(['m-sam', 'm-zoe', 'm-al', 'm-bea']);
    expect(ids((await client.get('/api/members', { sort: 'Member_Full_Name_Asc' })).json.members)).toEqual(['m-al', 'm-bea', 'm-sam', 'm-zoe']);
    expect(ids((await client.get('/api/members', { sort: 'member_full_name_desc' })).json.members)).toEqual(['m-zoe', 'm-sam', 'm-bea', 'm-al']);
  });

  it('dateFrom/dateTo bound the create date; a date-only dateTo includes that day; several formats parse', async () => {
    expect(ids((await client.get('/api/members', { dateFrom: '2026-03-05', dateTo: '2026-03-10' })).json.members)).toEqual(['m-al', 'm-zoe']);
    expect(ids((await client.get('/api/members', { dateFrom: '03/02/2026 00:00:00', dateTo: '2026-03-09T23:59:59Z' })).json.members)).toEqual(['m-zoe']);
    expect((await client.get('/api/members', { dateFrom: 'yesterday' })).status).toBe(400);
  });
});

describe('referral filters and single-gets', () => {
  it('shows API-shaped referrals: phoneNumber (a seed phone is read as phoneNumber), createDate, referring member fields', async () => {
    const [dana] = (await client.get('/api/referrals', { query: 'dana@northwind.io' })).json.referrals;
    expect(dana).toMatchObject({
      id: 'r-dana', phoneNumber: '+14155550123', createDate: '2026-05-01T10:00:00.000Z', status: 'pending',
      referringMemberId: 'm-sam', referringMemberName: 'Sam Lee', memberEmail: 'sam@contoso.com', memberReferralCode: 'SAM-22',
      programId: 'prog-a', programName: 'alpha-rewards', programTitle: 'Alpha Rewards', amount: 0, amountFormatted: '$0.00',
      companyName: 'Northwind', qualifiedDate: null, approvedDate: null,
    });
    expect(dana).not.toHaveProperty('phone');
  });

  it('ties a seeded referral by referralCode alone and by referringMemberId alone, inheriting the program', async () => {
    const eli = (await client.get('/api/referral/single', { referralId: 'r-eli' })).json;
    expect(eli).toMatchObject({ referringMemberId: 'm-sam', programId: 'prog-a', amountFormatted: '$1,200.00' });
    const fay = (await client.get('/api/referral/single', { referralId: 'r-fay' })).json;
    expect(fay).toMatchObject({ memberReferralCode: 'BEA-5', programId: 'prog-b' });
  });

  it('query matches email, id, external id or the member referral code exactly', async () => {
    expect(ids((await client.get('/api/referrals', { query: 'ext-dana' })).json.referrals)).toEqual(['r-dana']);
    expect(ids((await client.get('/api/referrals', { query: 'R-ELI' })).json.referrals)).toEqual(['r-eli']);
    expect(ids((await client.get('/api/referrals', { query: 'SAM-22' })).json.referrals)).toEqual(['r-eli', 'r-dana']);
    expect((await client.get('/api/referrals', { query: 'dana@northwind' })).json.referrals).toEqual([]);
    expect((await client.get('/api/referrals', { query: '+14155550123' })).json.referrals).toEqual([]);
  });

  it('filters by memberId, status (lower-case values), programId and dates; sorts newest first', async () => {
    expect(ids((await client.get('/api/referrals', { memberId: 'm-sam' })).json.referrals)).toEqual(['r-eli', 'r-dana']);
    expect(ids((await client.get('/api/referrals', { status: 'pending' })).json.referrals)).toEqual(['r-fay', 'r-dana']);
    expect(ids((await client.get('/api/referrals', { programId: 'Beta Club' })).json.referrals)).toEqual(['r-fay']);
    expect(ids((await client.get('/api/referrals', { dateTo: '2026-05-02' })).json.referrals)).toEqual(['r-eli', 'r-dana']);
    expect(ids((await client.get('/api/referrals', { sort: 'Create_Dt_Asc', count: 1 })).json.referrals)).toEqual(['r-dana']);
    const bad = await client.get('/api/referrals', { status: 'won' });
    expect(bad.status).toBe(400);
    expect(bad.json.Message).toMatch(/status/);
  });

  it('referral/single finds by referralId, email or externalId and answers the bare referral', async () => {
    expect((await client.get('/api/referral/single', { email: 'ELI@stone.io' })).json.id).toBe('r-eli');
    expect((await client.get('/api/referral/single', { externalId: 'ext-dana' })).json.id).toBe('r-dana');
    expect((await client.get('/api/referral/single')).status).toBe(400);
  });

  it('referral/single and getsingle answer 404 with a Message when nothing matches', async () => {
    const a = await client.get('/api/referral/single', { referralId: 'nope' });
    expect(a.status).toBe(404);
    expect(typeof a.json.Message).toBe('string');
    const b = await client.get('/api/referral/getsingle', { referralQuery: 'nope@x.io' });
    expect(b.status).toBe(404);
  });

  it('referral/getsingle?referralQuery= finds by id, email or external id', async () => {
    expect((await client.get('/api/referral/getsingle', { referralQuery: 'r-fay' })).json.id).toBe('r-fay');
    expect((await client.get('/api/referral/getsingle', { referralQuery: 'fay@hill.io' })).json.id).toBe('r-fay');
    expect((await client.get('/api/referral/getsingle', { referralQuery: 'ext-dana' })).json.id).toBe('r-dana');
  });

  it('program/getsingle finds a program by exact name only', async () => {
    expect((await client.get('/api/program/getsingle', { programName: 'beta-club' })).json.id).toBe('prog-b');
    expect((await client.get('/api/program/getsingle', { programName: 'beta' })).status).toBe(404);
  });

  it('memberstats/getsingle answers the member counts, all-time by default', async () => {
    const res = await client.get('/api/memberstats/getsingle', { query: 'sam@contoso.com' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ referralsCount: 2, referralsPending: 1, referralsApproved: 1, rewardAmountTotal: 150 });
    const week = await client.get('/api/memberstats/getsingle', { query: 'm-sam', timePeriod: 'Last7Days' });
    expect(week.json.referralsCount).toBe(0);
    expect((await client.get('/api/memberstats/getsingle', { query: 'm-sam', timePeriod: 'Forever' })).status).toBe(400);
    expect((await client.get('/api/memberstats/getsingle', { query: 'nobody@x.io' })).status).toBe(404);
  });
});

describe('not-found as a setting', () => {
  it('answers 200 with a JSON null when notFoundStatus is 200', async () => {
    const { client: c, stop: s } = await startTestSandbox({ settings: { notFoundStatus: 200 } });
    try {
      const res = await c.get('/api/referral/single', { referralId: 'nope' });
      expect(res.status).toBe(200);
      expect(res.text).toBe('null');
    } finally {
      await s();
    }
  });
});
