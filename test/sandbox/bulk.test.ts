/**
 * Bulk update/remove: array in, array out in order, `query` echoed, `resultInfo` per item; act only
 * when the query identifies exactly one record; primaryInfo or (secondaryInfo AND tertiaryInfo);
 * only supplied fields change; status changes stamp dates and move the member counters.
 */
import { startTestSandbox, type Client } from './helpers';

let client: Client;
let stop: () => Promise<void>;

beforeEach(async () => {
  ({ client, stop } = await startTestSandbox());
});
afterEach(() => stop());

const member = async (id: string) => (await client.get('/api/members', { query: id })).json.members[0];
const referral = async (id: string) => (await client.get('/api/referral/single', { referralId: id })).json;

describe('POST /api/members/update', () => {
  it('answers one item per input in order, echoing each query as sent, with resultInfo', async () => {
    const queries = [
      { primaryInfo: { memberId: 'm-sam' } },
      { primaryInfo: { memberId: 'nobody' } },
      { primaryInfo: { referralCode: 'zoe-1' } },
    ];
    const res = await client.post('/api/members/update', queries.map((query, i) => ({ query, member: { customText1Value: `note ${i}` } })));
    expect(res.status).toBe(200);
    expect(res.json).toHaveLength(3);
    expect(res.json.map((x: { query: unknown }) => x.query)).toEqual(queries);
    expect(res.json.map((x: { resultInfo: { status: string } }) => x.resultInfo.status)).toEqual(['Success', 'Failure', 'Success']);
    expect(res.json[1].resultInfo.message).toMatch(/No member/);
    expect(res.json[1].member).toBeNull();
    expect(res.json[2].member).toMatchObject({ id: 'm-zoe', customText1Value: 'note 2' });
    expect((await member('m-sam')).customText1Value).toBe('note 0');
  });

  it('changes only the supplied fields; null leaves a field unchanged (a setting)', async () => {
    const res = await client.post('/api/members/update', [{ query: { primaryInfo: { memberId: 'm-sam' } }, member: { LastName: 'Leigh', phone: null } }]);
    expect(res.json[0].member).toMatchObject({ firstName: 'Sam', lastName: 'Leigh', phone: '+14155550101', email: 'sam@contoso.com', externalIdentifier: 'crm-1' });
    expect(await member('m-sam')).toMatchObject({ displayName: 'Sam Leigh', referralCode: 'SAM-22' });
  });

  it('with updateNullMeans=clear, a null clears the field', async () => {
    const { client: c, stop: s } = await startTestSandbox({ settings: { updateNullMeans: 'clear' } });
    try {
      const res = await c.post('/api/members/update', [{ query: { primaryInfo: { memberId: 'm-sam' } }, member: { phone: null } }]);
      expect(res.json[0].member.phone).toBeNull();
    } finally {
      await s();
    }
  });

  it('accepts secondaryInfo AND tertiaryInfo (camelCase programId/Name/Title), but neither alone', async () => {
    const both = await client.post('/api/members/update', [
      { query: { secondaryInfo: { email: 'sam@contoso.com' }, tertiaryInfo: { programName: 'beta-club' } }, member: { city: 'Oslo' } },
      { query: { secondaryInfo: { externalIdentifier: 'crm-1' }, tertiaryInfo: { programTitle: 'Alpha Rewards' } }, member: { city: 'Lima' } },
      { query: { secondaryInfo: { email: 'zoe@fabrikam.com' } }, member: { city: 'Rome' } },
      { query: { tertiaryInfo: { programId: 'prog-a' } }, member: { city: 'Rome' } },
      { query: {}, member: { city: 'Rome' } },
    ]);
    expect(both.json.map((x: { resultInfo: { status: string } }) => x.resultInfo.status)).toEqual(['Success', 'Success', 'Failure', 'Failure', 'Failure']);
    expect(both.json[0].member.id).toBe('m-bea');
    expect(both.json[1].member.id).toBe('m-sam');
    expect(both.json[2].resultInfo.message).toMatch(/primaryInfo, or both secondaryInfo and tertiaryInfo/);
    expect((await member('m-zoe')).city).toBeNull();
  });

  it('acts only when the query identifies exactly one member', async () => {
    const res = await client.post('/api/members/update', [
      { query: { secondaryInfo: { externalIdentifier: 'crm-dup' }, tertiaryInfo: { programId: 'prog-a' } }, member: { city: 'Paris' } },
    ]);
    expect(res.json[0].resultInfo.status).toBe('Failure');
    expect(res.json[0].resultInfo.message).toMatch(/matches 2 members/);
    expect((await member('m-zoe')).city).toBeNull();
    expect((await member('m-al')).city).toBeNull();
  });

  it('disables a member with disabledFlag (then only showDisabled lists it) and refuses a taken referralCode', async () => {
    const res = await client.post('/api/members/update', [
      { query: { primaryInfo: { memberId: 'm-al' } }, member: { disabledFlag: true } },
      { query: { primaryInfo: { memberId: 'm-zoe' } }, member: { referralCode: 'SAM-22' } },
      { query: { primaryInfo: { memberId: 'm-zoe' } }, member: { referralCode: 'ZED-2' } },
    ]);
    expect(res.json.map((x: { resultInfo: { status: string } }) => x.resultInfo.status)).toEqual(['Success', 'Failure', 'Success']);
    expect((await client.get('/api/members', { showDisabled: true })).json.members.map((m: { id: string }) => m.id).sort()).toEqual(['m-al', 'm-off']);
    expect(await member('m-zoe')).toMatchObject({ referralCode: 'ZED-2', referralUrl: expect.stringContaining('/l/ZED-2/') });
  });

  it('refuses to clear an email, first name or referral code (item failure, member unchanged)', async () => {
    const res = await client.post('/api/members/update', [
      { query: { primaryInfo: { memberId: 'm-sam' } }, member: { email: '' } },
      { query: { primaryInfo: { memberId: 'm-sam' } }, member: { referralCode: ' ' } },
      { query: { primaryInfo: { memberId: 'm-sam' } }, member: { email: 'not-an-email' } },
    ]);
    expect(res.json.map((x: { resultInfo: { status: string } }) => x.resultInfo.status)).toEqual(['Failure', 'Failure', 'Failure']);
    expect(res.json[0].resultInfo.message).toMatch(/email cannot be cleared/);
    expect(await member('m-sam')).toMatchObject({ email: 'sam@contoso.com', referralCode: 'SAM-22' });
  });

  it('refuses a body that is not an array with 400', async () => {
    const res = await client.post('/api/members/update', { query: { primaryInfo: { memberId: 'm-sam' } }, member: { city: 'X' } });
    expect(res.status).toBe(400);
    expect(res.json.Message).toMatch(/array/);
  });
});

describe('/api/members/remove (POST and DELETE)', () => {
  it('removes exactly-matched members; referrals keep their member fields', async () => {
    const post = await client.post('/api/members/remove', [{ query: { primaryInfo: { memberId: 'm-sam' } } }, { query: { primaryInfo: { memberId: 'ghost' } } }]);
    expect(post.json.map((x: { resultInfo: { status: string } }) => x.resultInfo.status)).toEqual(['Success', 'Failure']);
    expect(Object.keys(post.json[0])).toEqual(['query', 'resultInfo']);
    expect((await client.get('/api/members', { query: 'm-sam' })).json.members).toEqual([]);
    expect(await referral('r-dana')).toMatchObject({ referringMemberId: 'm-sam', memberReferralCode: 'SAM-22', referringMemberName: 'Sam Lee' });
    const del = await client.call('DELETE', '/api/members/remove', { body: [{ query: { primaryInfo: { referralCode: 'ZOE-1' } } }] });
    expect(del.status).toBe(200);
    expect(del.json[0].resultInfo.status).toBe('Success');
    expect((await client.get('/api/members')).json.total).toBe(2);
  });
});

describe('POST /api/referral/update', () => {
  it('moves status with dates and member counters: pending -> qualified -> approved -> denied', async () => {
    const q = { primaryInfo: { referralId: 'r-dana' } };
    const before = Date.now();
    const qualified = await client.post('/api/referral/update', [{ query: q, referral: { status: 'qualified' } }]);
    const r1 = qualified.json[0].referral;
    expect(r1.status).toBe('qualified');
    expect(Date.parse(r1.qualifiedDate)).toBeGreaterThanOrEqual(before - 1000);
    expect(r1.approvedDate).toBeNull();
    expect(r1.updateDate).toBe(r1.qualifiedDate);
    expect(await member('m-sam')).toMatchObject({ referrals: 2, referralsPending: 0, referralsQualified: 1, referralsApproved: 1 });

    const approved = await client.post('/api/referral/update', [{ query: q, referral: { status: 'approved', amount: 300 } }]);
    const r2 = approved.json[0].referral;
    expect(r2.approvedDate).not.toBeNull();
    expect(r2.qualifiedDate).toBe(r1.qualifiedDate);
    expect(await member('m-sam')).toMatchObject({ referralsQualified: 0, referralsApproved: 2, referralsApprovedAmount: 1500 });

    await client.post('/api/referral/update', [{ query: q, referral: { status: 'denied' } }]);
    expect(await member('m-sam')).toMatchObject({ referrals: 2, referralsApproved: 1, referralsApprovedAmount: 1200, referralsPending: 0 });
    expect((await referral('r-dana')).status).toBe('denied');
  });

  it('changes only the supplied fields (a note keeps the rest) and accepts a capitalised Referral key', async () => {
    const res = await client.post('/api/referral/update', [{ query: { primaryInfo: { referralId: 'r-dana' } }, Referral: { note: 'called back' } }]);
    expect(res.json[0].resultInfo.status).toBe('Success');
    expect(res.json[0].referral).toMatchObject({ note: 'called back', firstName: 'Dana', status: 'pending', companyName: 'Northwind', phoneNumber: '+14155550123' });
  });

  it('uses PascalCase ProgramId/ProgramName/ProgramTitle in tertiaryInfo, with email, externalIdentifier or phoneNumber', async () => {
    const res = await client.post('/api/referral/update', [
      { query: { secondaryInfo: { email: 'fay@hill.io' }, tertiaryInfo: { ProgramName: 'beta-club' } }, referral: { publicNote: 'a' } },
      { query: { secondaryInfo: { phoneNumber: '+14155550123' }, tertiaryInfo: { ProgramId: 'prog-a' } }, referral: { publicNote: 'b' } },
      { query: { secondaryInfo: { externalIdentifier: 'ext-dana' }, tertiaryInfo: { ProgramTitle: 'Beta Club' } }, referral: { publicNote: 'c' } },
      { query: { secondaryInfo: { email: 'fay@hill.io' } }, referral: { publicNote: 'd' } },
    ]);
    expect(res.json.map((x: { resultInfo: { status: string } }) => x.resultInfo.status)).toEqual(['Success', 'Success', 'Failure', 'Failure']);
    expect((await referral('r-fay')).publicNote).toBe('a');
    expect((await referral('r-dana')).publicNote).toBe('b');
  });

  it('reports a bad field value as a failed item and applies the rest', async () => {
    const res = await client.post('/api/referral/update', [
      { query: { primaryInfo: { referralId: 'r-dana' } }, referral: { status: 'won' } },
      { query: { primaryInfo: { referralId: 'r-fay' } }, referral: { status: 'denied' } },
      { query: { primaryInfo: { referralId: 'r-eli' } } },
    ]);
    expect(res.json.map((x: { resultInfo: { status: string } }) => x.resultInfo.status)).toEqual(['Failure', 'Success', 'Failure']);
    expect(res.json[0].resultInfo.message).toMatch(/status/);
    expect((await referral('r-dana')).status).toBe('pending');
    expect((await referral('r-fay')).status).toBe('denied');
  });

  it('reports the configured success string (a setting)', async () => {
    const { client: c, stop: s } = await startTestSandbox({ settings: { resultSuccessStatus: 'Succeeded' } });
    try {
      const res = await c.post('/api/referral/update', [{ query: { primaryInfo: { referralId: 'r-dana' } }, referral: { note: 'x' } }]);
      expect(res.json[0].resultInfo.status).toBe('Succeeded');
    } finally {
      await s();
    }
  });
});

describe('/api/referral/remove (POST and DELETE)', () => {
  it('removes the referral and takes it off its member counters', async () => {
    const res = await client.call('DELETE', '/api/referral/remove', { body: [{ query: { primaryInfo: { referralId: 'r-eli' } } }] });
    expect(res.status).toBe(200);
    expect(res.json[0]).toEqual({ query: { primaryInfo: { referralId: 'r-eli' } }, resultInfo: { status: 'Success', message: null } });
    expect((await client.get('/api/referral/single', { referralId: 'r-eli' })).status).toBe(404);
    expect(await member('m-sam')).toMatchObject({ referrals: 1, referralsApproved: 0, referralsApprovedAmount: 0 });
    const post = await client.post('/api/referral/remove', [{ query: { primaryInfo: { referralId: 'r-eli' } } }]);
    expect(post.json[0].resultInfo.status).toBe('Failure');
  });
});
