/** POST /api/members and POST /api/referrals: what they create, what they refuse, and their answers. */
import { startTestSandbox, type Client } from './helpers';

let client: Client;
let stop: () => Promise<void>;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeEach(async () => {
  ({ client, stop } = await startTestSandbox());
});
afterEach(() => stop());

describe('POST /api/members', () => {
  it('creates a member: 201 {member, message}, GUID id, generated referralCode and referralUrl, findable at once', async () => {
    const res = await client.post('/api/members', { programId: 'prog-a', firstName: 'Sofia', lastName: 'Reyes', email: 'sofia@tidepool.co',
      phone: '+15035550163', externalIdentifier: 'dialnexa:call_1', customText1Value: 'note' }, { query: { shouldSendEmail: false } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(['member', 'message']);
    const m = res.json.member;
    expect(m.id).toMatch(GUID);
    expect(m.referralCode).toMatch(/^SOFIA\d+$/);
    expect(m.referralUrl).toContain(`/l/${m.referralCode}/`);
    expect(m).toMatchObject({ displayName: 'Sofia Reyes', phone: '+15035550163', programId: 'prog-a', programName: 'alpha-rewards',
      disabledFlag: false, referrals: 0, rewardAmountTotal: 0, customText1Value: 'note', externalIdentifier: 'dialnexa:call_1' });
    expect(Date.parse(m.createDt)).toBeGreaterThan(Date.now() - 60_000);
    const found = await client.get('/api/members', { query: 'dialnexa:call_1' });
    expect(found.json.members.map((x: { id: string }) => x.id)).toEqual([m.id]);
    // newest first: the new member heads the default list
    expect((await client.get('/api/members')).json.members[0].id).toBe(m.id);
  });

  it('keeps a referralCode the client gives, and matches body keys case-insensitively', async () => {
    const res = await client.post('/api/members', { ProgramId: 'prog-b', FIRSTNAME: 'Kai', Email: 'kai@example.com', ReferralCode: 'KAI-1' });
    expect(res.status).toBe(201);
    expect(res.json.member).toMatchObject({ firstName: 'Kai', email: 'kai@example.com', referralCode: 'KAI-1', programId: 'prog-b' });
  });

  it('accepts a program name or title as programId (a setting: idOnly refuses it)', async () => {
    expect((await client.post('/api/members', { programId: 'Alpha Rewards', firstName: 'N', email: 'n@example.com' })).json.member.programId).toBe('prog-a');
    const { client: strict, stop: s } = await startTestSandbox({ settings: { createMemberProgramMatch: 'idOnly' } });
    try {
      expect((await strict.post('/api/members', { programId: 'Alpha Rewards', firstName: 'N', email: 'n@example.com' })).status).toBe(400);
    } finally {
      await s();
    }
  });

  it('refuses a member without programId, firstName or email with 400 and a Message naming them', async () => {
    const res = await client.post('/api/members', { lastName: 'Only' });
    expect(res.status).toBe(400);
    expect(res.json.Message).toMatch(/programId, firstName, email are required/);
    const noEmail = await client.post('/api/members', { programId: 'prog-a', firstName: 'Conf' });
    expect(noEmail.status).toBe(400);
    expect(noEmail.json.Message).toMatch(/email is required/);
  });

  it('refuses a malformed email, an unknown program, a taken referral code and a duplicate email in the program', async () => {
    const base = { programId: 'prog-a', firstName: 'T' };
    expect((await client.post('/api/members', { ...base, email: 'not-an-email' })).json.Message).toMatch(/not a valid email/);
    expect((await client.post('/api/members', { ...base, email: 't@example.com', programId: 'nope' })).json.Message).toMatch(/matches no program/);
    expect((await client.post('/api/members', { ...base, email: 't@example.com', referralCode: 'sam-22' })).json.Message).toMatch(/already used/);
    const dup = await client.post('/api/members', { ...base, email: 'ZOE@fabrikam.com' });
    expect(dup.status).toBe(400);
    expect(dup.json.Message).toMatch(/already exists/);
    // the same email is fine in another program
    expect((await client.post('/api/members', { ...base, programId: 'prog-b', email: 'zoe@fabrikam.com' })).status).toBe(201);
    expect((await client.get('/api/members', { programId: 'prog-a' })).json.total).toBe(3);
  });

  it('is not idempotent: the same body twice makes two members when duplicates are allowed (a setting)', async () => {
    const { client: c, stop: s } = await startTestSandbox({ settings: { duplicateMemberEmail: 'allow' } });
    try {
      const body = { programId: 'prog-a', firstName: 'Twin', email: 'twin@example.com' };
      const a = await c.post('/api/members', body);
      const b = await c.post('/api/members', body);
      expect(a.json.member.id).not.toBe(b.json.member.id);
      expect(a.json.member.referralCode).not.toBe(b.json.member.referralCode);
      expect((await c.get('/api/members', { query: 'twin@example.com' })).json.total).toBe(2);
    } finally {
      await s();
    }
  });
});

describe('POST /api/referrals', () => {
  it('creates a pending referral under the code owner: {referral, message: "Referral Added"}, status 200 by default', async () => {
    const res = await client.post('/api/referrals', { ReferralCode: 'BEA-5', FirstName: 'Conf', lastName: 'Referral', email: 'conf@example.com',
      phoneNumber: '+14155559876', externalIdentifier: 'dialnexa:call_2', companyName: 'Conf Inc', note: 'private', publicNote: 'hi',
      preferredContact: 'CALLMORNING', amount: '250.5' });
    expect(res.status).toBe(200);
    expect(res.json.message).toBe('Referral Added');
    const r = res.json.referral;
    expect(r.id).toMatch(GUID);
    expect(r).toMatchObject({ status: 'pending', referringMemberId: 'm-bea', referringMemberName: 'Bea Brown', memberEmail: 'sam@contoso.com',
      memberReferralCode: 'BEA-5', programId: 'prog-b', programTitle: 'Beta Club', firstName: 'Conf', phoneNumber: '+14155559876',
      preferredContact: 'callMorning', amount: 250.5, amountFormatted: '$250.50', note: 'private', publicNote: 'hi', qualifiedDate: null });
    expect(r.createDate).toBe(r.updateDate);
    const bea = (await client.get('/api/members', { query: 'm-bea' })).json.members[0];
    expect(bea).toMatchObject({ referrals: 2, referralsPending: 2 });
  });

  it('answers the configured status (a setting: 201)', async () => {
    const { client: c, stop: s } = await startTestSandbox({ settings: { createReferralStatus: 201 } });
    try {
      expect((await c.post('/api/referrals', { referralCode: 'SAM-22', firstName: 'A' })).status).toBe(201);
    } finally {
      await s();
    }
  });

  it('refuses a missing or unknown referralCode with 400 and creates nothing', async () => {
    const missing = await client.post('/api/referrals', { firstName: 'X', email: 'x@example.com' });
    expect(missing.status).toBe(400);
    expect(missing.json.Message).toMatch(/referralCode is required/);
    const unknown = await client.post('/api/referrals', { referralCode: 'NO-SUCH', firstName: 'X', email: 'x@example.com' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.Message).toMatch(/NO-SUCH/);
    expect((await client.get('/api/referrals', { query: 'x@example.com' })).json.referrals).toEqual([]);
  });

  it('refuses a bad status, preferredContact or amount', async () => {
    expect((await client.post('/api/referrals', { referralCode: 'SAM-22', status: 'won' })).status).toBe(400);
    expect((await client.post('/api/referrals', { referralCode: 'SAM-22', preferredContact: 'pigeon' })).status).toBe(400);
    expect((await client.post('/api/referrals', { referralCode: 'SAM-22', amount: 'lots' })).status).toBe(400);
  });

  it('a referral created as approved gets both dates and moves the member counters', async () => {
    const res = await client.post('/api/referrals', { referralCode: 'zoe-1', firstName: 'Won', status: 'Approved', amount: 500 });
    expect(res.json.referral.status).toBe('approved');
    expect(res.json.referral.approvedDate).toBe(res.json.referral.createDate);
    expect(res.json.referral.qualifiedDate).toBe(res.json.referral.createDate);
    const zoe = (await client.get('/api/members', { query: 'm-zoe' })).json.members[0];
    expect(zoe).toMatchObject({ referrals: 1, referralsApproved: 1, referralsApprovedAmount: 500, referralsPending: 0 });
  });
});
