/**
 * The client against a tiny real HTTP server: what goes over the wire (auth, exact paths, query
 * strings, bodies) and how answers are read (envelopes, paging, bulk results, not-found, validation).
 */
import {
  ReferralRockClient,
  ReferralRockInvalidResponse,
  ReferralRockItemFailed,
  ReferralRockRejected,
  createReferralRockClient,
} from '../../../integrations/referralrock';
import { KEYS, basicAuthOf, member, referral, startFakeReferralRock, type FakeReferralRock } from './fakeReferralRock';

let fake: FakeReferralRock;
let client: ReferralRockClient;

beforeAll(async () => {
  fake = await startFakeReferralRock();
  client = new ReferralRockClient({ baseUrl: `${fake.url}/`, ...KEYS, timeoutMs: 2000 });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.seen.length = 0;
});

const last = () => fake.seen[fake.seen.length - 1];

describe('auth and transport', () => {
  it('sends HTTP Basic auth with public key as user name and private key as password', async () => {
    fake.handle(() => ({ body: { offset: 0, total: 0, programs: [], message: null } }));
    await client.listPrograms();
    expect(last().headers.authorization).toBe(basicAuthOf(KEYS.publicKey, KEYS.privateKey));
    expect(last().headers.accept).toContain('application/json');
  });

  it('is built from config.referralRock by createReferralRockClient', async () => {
    const c = createReferralRockClient({ baseUrl: fake.url, publicKey: 'a', privateKey: 'b', timeoutMs: 1000 });
    fake.handle(() => ({ body: { offset: 0, total: 0, programs: [], message: null } }));
    await c.listPrograms();
    expect(last().headers.authorization).toBe(basicAuthOf('a', 'b'));
  });
});

describe('programs', () => {
  it('GET /api/programs with offset/count and reads the envelope', async () => {
    fake.handle(() => ({
      body: { offset: 0, total: 1, programs: [{ id: 'prog-main', name: 'main', title: 'Main', isActive: true }], message: null },
    }));
    const page = await client.listPrograms({ offset: 0, count: 10 });
    expect(last().method).toBe('GET');
    expect(last().path).toBe('/api/programs');
    expect(last().query.get('offset')).toBe('0');
    expect(last().query.get('count')).toBe('10');
    expect(page).toEqual({
      offset: 0,
      total: 1,
      items: [{ id: 'prog-main', name: 'main', title: 'Main', isActive: true }],
      message: null,
    });
  });
});

describe('members', () => {
  it('GET /api/members with every filter as a camelCase query parameter', async () => {
    fake.handle(() => ({ body: { offset: 5, total: 7, members: [member('m-1')], message: '' } }));
    const page = await client.listMembers({
      programId: 'Main',
      query: 'sam@contoso.com',
      showDisabled: false,
      sort: 'Create_Dt_Desc',
      dateFrom: '2026-01-01',
      dateTo: '2026-02-01',
      offset: 5,
      count: 2,
    });
    expect(last().path).toBe('/api/members');
    expect(Object.fromEntries(last().query)).toEqual({
      programId: 'Main',
      query: 'sam@contoso.com',
      showDisabled: 'false',
      sort: 'Create_Dt_Desc',
      dateFrom: '2026-01-01',
      dateTo: '2026-02-01',
      offset: '5',
      count: '2',
    });
    expect(page.total).toBe(7);
    expect(page.items[0].id).toBe('m-1');
    // Unknown fields pass through untouched.
    expect((page.items[0] as Record<string, unknown>).someNewField).toBe('kept');
  });

  it('reads a null items array as an empty page', async () => {
    fake.handle(() => ({ body: { offset: 0, total: 0, members: null, message: 'no members' } }));
    const page = await client.listMembers();
    expect(page.items).toEqual([]);
    expect(page.message).toBe('no members');
    expect(Object.fromEntries(last().query)).toEqual({});
  });

  it('findMembers sends an exact query', async () => {
    fake.handle(() => ({ body: { offset: 0, total: 1, members: [member('m-1')], message: null } }));
    const found = await client.findMembers('CODE-m-1');
    expect(last().query.get('query')).toBe('CODE-m-1');
    expect(found.map((m) => m.id)).toEqual(['m-1']);
  });

  it('listAllMembers pages with offset/count until total is reached, oldest first', async () => {
    const all = Array.from({ length: 5 }, (_, i) => member(`m-${i}`));
    fake.handle((req) => {
      const offset = Number(req.query.get('offset'));
      const count = Number(req.query.get('count'));
      return { body: { offset, total: all.length, members: all.slice(offset, offset + count), message: null } };
    });
    const members = await client.listAllMembers({ programId: 'prog-main' }, { pageSize: 2 });
    expect(members.map((m) => m.id)).toEqual(['m-0', 'm-1', 'm-2', 'm-3', 'm-4']);
    expect(fake.seen.map((r) => [r.query.get('offset'), r.query.get('count')])).toEqual([
      ['0', '2'],
      ['2', '2'],
      ['4', '2'],
    ]);
    expect(fake.seen.every((r) => r.query.get('sort') === 'Create_Dt_Asc' && r.query.get('programId') === 'prog-main')).toBe(true);
  });

  it('listAllMembers drops duplicates when a record shifts across pages, and stops on an empty page', async () => {
    const pages = [[member('a'), member('b')], [member('b'), member('c')], []];
    fake.handle((req) => {
      const i = Number(req.query.get('offset')) / 2;
      return { body: { offset: Number(req.query.get('offset')), total: 10, members: pages[i] ?? [], message: null } };
    });
    const members = await client.listAllMembers({}, { pageSize: 2 });
    expect(members.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(fake.seen).toHaveLength(3);
  });

  it('listAllMembers stops on a short page when total is absent', async () => {
    fake.handle((req) =>
      req.query.get('offset') === '0'
        ? { body: { members: [member('a'), member('b')] } }
        : { body: { members: [member('c')] } },
    );
    const members = await client.listAllMembers({}, { pageSize: 2 });
    expect(members.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(fake.seen).toHaveLength(2);
  });

  it('createMember POSTs one NewMember to /api/members?shouldSendEmail=false and reads { member, message }', async () => {
    fake.handle(() => ({ status: 201, body: { member: member('m-new'), message: 'Member Added' } }));
    const created = await client.createMember({
      programId: 'prog-main',
      firstName: 'Ana',
      email: 'ana@example.com',
      externalIdentifier: 'dialnexa:call-1',
    });
    expect(last().method).toBe('POST');
    expect(last().path).toBe('/api/members');
    expect(last().query.get('shouldSendEmail')).toBe('false');
    expect(last().headers['content-type']).toContain('application/json');
    expect(last().body).toEqual({
      programId: 'prog-main',
      firstName: 'Ana',
      email: 'ana@example.com',
      externalIdentifier: 'dialnexa:call-1',
    });
    expect(created.member.id).toBe('m-new');
    expect(created.message).toBe('Member Added');
  });

  it('createMember refuses, without calling, a member lacking an email', async () => {
    const bad = { programId: 'prog-main', firstName: 'Ana' } as unknown as Parameters<ReferralRockClient['createMember']>[0];
    await expect(client.createMember(bad)).rejects.toMatchObject({
      name: 'ReferralRockRejected',
      retryable: false,
      status: null,
    });
    expect(fake.seen).toHaveLength(0);
  });

  it('updateMember POSTs a one-item array to /api/members/update and returns the member', async () => {
    fake.handle((req) => ({
      body: [
        {
          query: (req.body as Array<{ query: unknown }>)[0].query,
          member: member('m-1', { customText1Value: 'note [dialnexa:call-1]' }),
          resultInfo: { status: 'Success', message: null },
        },
      ],
    }));
    const updated = await client.updateMember(
      { primaryInfo: { memberId: 'm-1' } },
      { customText1Value: 'note [dialnexa:call-1]' },
    );
    expect(last().path).toBe('/api/members/update');
    expect(last().body).toEqual([
      { query: { primaryInfo: { memberId: 'm-1' } }, member: { customText1Value: 'note [dialnexa:call-1]' } },
    ]);
    expect(updated.customText1Value).toBe('note [dialnexa:call-1]');
  });

  it('updateMember throws ReferralRockItemFailed when the item was not applied', async () => {
    fake.handle(() => ({
      body: [{ query: {}, member: null, resultInfo: { status: 'Failed', message: 'Member not found' } }],
    }));
    const err = await client.updateMember({ primaryInfo: { memberId: 'nope' } }, { lastName: 'X' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReferralRockItemFailed);
    expect(err).toMatchObject({
      retryable: false,
      itemStatus: 'Failed',
      apiMessage: 'Member not found',
      query: { primaryInfo: { memberId: 'nope' } },
    });
    expect((err as Error).message).toContain('Member not found');
  });

  it('updateMember refuses a query with only secondaryInfo, and an empty change', async () => {
    await expect(client.updateMember({ secondaryInfo: { email: 'a@b.c' } }, { lastName: 'X' })).rejects.toThrow(
      /primaryInfo, or both secondaryInfo and tertiaryInfo/,
    );
    await expect(client.updateMember({ primaryInfo: { memberId: 'm-1' } }, {})).rejects.toThrow(/at least one field/);
    expect(fake.seen).toHaveLength(0);
  });

  it('getMemberStats GETs /api/memberstats/getsingle with query and timePeriod=All', async () => {
    fake.handle(() => ({ body: { referralsCount: 3, rewardAmountTotal: 50, lastActiveDate: null } }));
    const stats = await client.getMemberStats('sam@contoso.com');
    expect(last().path).toBe('/api/memberstats/getsingle');
    expect(Object.fromEntries(last().query)).toEqual({ query: 'sam@contoso.com', timePeriod: 'All' });
    expect(stats.referralsCount).toBe(3);
  });
});

describe('referrals: plural to list/create, singular for single/update', () => {
  it('GET /api/referrals with filters', async () => {
    fake.handle(() => ({ body: { offset: 0, total: 1, referrals: [referral('r-1')], message: null } }));
    const page = await client.listReferrals({ memberId: 'm-1', status: 'pending', programId: 'prog-main' });
    expect(last().path).toBe('/api/referrals');
    expect(Object.fromEntries(last().query)).toEqual({ memberId: 'm-1', status: 'pending', programId: 'prog-main' });
    expect(page.items[0].phoneNumber).toBe('+14155550123');
  });

  it('listAllReferrals pages across pages without imposing a sort', async () => {
    const all = Array.from({ length: 3 }, (_, i) => referral(`r-${i}`));
    fake.handle((req) => {
      const offset = Number(req.query.get('offset'));
      const count = Number(req.query.get('count'));
      return { body: { offset, total: all.length, referrals: all.slice(offset, offset + count), message: null } };
    });
    const referrals = await client.listAllReferrals({}, { pageSize: 2 });
    expect(referrals.map((r) => r.id)).toEqual(['r-0', 'r-1', 'r-2']);
    expect(fake.seen).toHaveLength(2);
    expect(fake.seen[0].query.has('sort')).toBe(false);
  });

  it('findReferrals sends an exact query', async () => {
    fake.handle(() => ({ body: { offset: 0, total: 0, referrals: [], message: null } }));
    await client.findReferrals('dialnexa:call-9');
    expect(last().path).toBe('/api/referrals');
    expect(last().query.get('query')).toBe('dialnexa:call-9');
  });

  it('getReferral GETs /api/referral/single and returns the bare referral', async () => {
    fake.handle(() => ({ body: referral('r-1') }));
    const r = await client.getReferral({ externalId: 'dialnexa:call-1' });
    expect(last().path).toBe('/api/referral/single');
    expect(Object.fromEntries(last().query)).toEqual({ externalId: 'dialnexa:call-1' });
    expect(r?.id).toBe('r-1');
  });

  it('getReferral returns null on 404, on a null body and on an empty body', async () => {
    fake.handle(() => ({ status: 404, body: { Message: 'No referral found' } }));
    await expect(client.getReferral({ referralId: 'x' })).resolves.toBeNull();
    fake.handle(() => ({ raw: 'null', headers: { 'Content-Type': 'application/json' } }));
    await expect(client.getReferral({ email: 'x@y.z' })).resolves.toBeNull();
    fake.handle(() => ({ status: 200 }));
    await expect(client.getReferral({ referralId: 'x' })).resolves.toBeNull();
  });

  it('getReferral needs exactly one lookup key', async () => {
    await expect(client.getReferral({} as { referralId: string })).rejects.toBeInstanceOf(ReferralRockRejected);
    expect(fake.seen).toHaveLength(0);
  });

  it('createReferral POSTs one NewReferral to /api/referrals and reads { referral, message }', async () => {
    fake.handle(() => ({ body: { referral: referral('r-new'), message: 'Referral Added' } }));
    const created = await client.createReferral({
      referralCode: 'SAM-22',
      firstName: 'Dana',
      phoneNumber: '+14155550123',
      externalIdentifier: 'dialnexa:call-2',
      preferredContact: 'callMorning',
      note: 'from call call-2',
    });
    expect(last().method).toBe('POST');
    expect(last().path).toBe('/api/referrals');
    expect([...last().query.keys()]).toEqual([]);
    expect(last().body).toMatchObject({ referralCode: 'SAM-22', phoneNumber: '+14155550123' });
    expect(created.referral.id).toBe('r-new');
  });

  it('updateReferral POSTs to the singular /api/referral/update with a PascalCase tertiaryInfo', async () => {
    fake.handle(() => ({
      body: [{ query: {}, referral: referral('r-1', { status: 'denied' }), resultInfo: { status: 'Succeeded', message: 'ok' } }],
    }));
    const updated = await client.updateReferral(
      { secondaryInfo: { externalIdentifier: 'dialnexa:call-1' }, tertiaryInfo: { ProgramId: 'prog-main' } },
      { status: 'denied', note: 'not interested' },
    );
    expect(last().path).toBe('/api/referral/update');
    expect(last().body).toEqual([
      {
        query: { secondaryInfo: { externalIdentifier: 'dialnexa:call-1' }, tertiaryInfo: { ProgramId: 'prog-main' } },
        referral: { status: 'denied', note: 'not interested' },
      },
    ]);
    expect(updated.status).toBe('denied');
  });

  it.each(['Success', 'Succeeded', 'success', 'SUCCEEDED'])('accepts resultInfo.status %p', async (status) => {
    fake.handle(() => ({ body: [{ query: {}, referral: referral('r-1'), resultInfo: { status, message: null } }] }));
    await expect(client.updateReferral({ primaryInfo: { referralId: 'r-1' } }, { amount: 10 })).resolves.toMatchObject({ id: 'r-1' });
  });

  it.each(['Failed', 'Error', '', null])('treats resultInfo.status %p as an item failure', async (status) => {
    fake.handle(() => ({ body: [{ query: {}, referral: null, resultInfo: { status, message: 'no match' } }] }));
    await expect(client.updateReferral({ primaryInfo: { referralId: 'r-1' } }, { amount: 10 })).rejects.toBeInstanceOf(
      ReferralRockItemFailed,
    );
  });

  it('a camelCase tertiaryInfo in a referral query is refused (ReferralRock spells it PascalCase)', async () => {
    const bad = { secondaryInfo: { email: 'a@b.c' }, tertiaryInfo: { programId: 'prog-main' } } as never;
    await expect(client.updateReferral(bad, { amount: 1 })).rejects.toThrow(/tertiaryInfo/);
    expect(fake.seen).toHaveLength(0);
  });
});

describe('email block list', () => {
  it('POSTs { email } to /api/email/unsubscribe and accepts any 2xx answer', async () => {
    fake.handle(() => ({ status: 200 }));
    await client.unsubscribeEmail(' sam@contoso.com ');
    expect(last().method).toBe('POST');
    expect(last().path).toBe('/api/email/unsubscribe');
    expect(last().body).toEqual({ email: 'sam@contoso.com' });
    fake.handle(() => ({ raw: 'OK', headers: { 'Content-Type': 'text/plain' } }));
    await expect(client.unsubscribeEmail('sam@contoso.com')).resolves.toBeUndefined();
  });

  it('refuses an empty address without calling', async () => {
    await expect(client.unsubscribeEmail('  ')).rejects.toMatchObject({ name: 'ReferralRockRejected', retryable: false });
    expect(fake.seen).toHaveLength(0);
  });
});

describe('response validation', () => {
  it('names the offending field when an answer does not have the documented shape', async () => {
    fake.handle(() => ({ body: { offset: 0, total: 1, members: [{ firstName: 'no id', rewardAmountTotal: '150' }], message: null } }));
    const err = await client.listMembers().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReferralRockInvalidResponse);
    expect(err).toMatchObject({ retryable: false, status: 200, method: 'GET', path: '/api/members' });
    expect((err as Error).message).toMatch(/GET \/api\/members answered 200 with an unexpected body/);
    expect((err as Error).message).toContain('members.0.id');
    expect((err as Error).message).toContain('members.0.rewardAmountTotal');
  });

  it('reports a non-JSON 2xx body clearly', async () => {
    fake.handle(() => ({ raw: '<html>maintenance</html>', headers: { 'Content-Type': 'text/html' } }));
    await expect(client.listPrograms()).rejects.toThrow(/body is not JSON/);
  });

  it('reports a bulk answer with the wrong number of items', async () => {
    fake.handle(() => ({ body: [] }));
    await expect(client.updateReferral({ primaryInfo: { referralId: 'r-1' } }, { amount: 1 })).rejects.toThrow(
      /expected 1 result for 1 item, got 0/,
    );
  });
});
