import { matchCaller } from '../../../domain/match';
import { directory, makeCall, policy, rec } from './helpers';

describe('matchCaller (rule 1)', () => {
  it('matches on phone in any stored format', async () => {
    const m = await matchCaller(makeCall({ fromNumber: '+14155550123' }), directory(), policy);
    expect(m.status).toBe('matched');
    expect(m.record).toEqual({ type: 'referral', id: 'r-dana' });
    expect(m.candidates[0].matchedOn).toContain('phone');
  });

  it('matches on caller.phone and national formats', async () => {
    const m = await matchCaller(makeCall({ fromNumber: 'anonymous', caller: { phone: '7185550140' } }), directory(), policy);
    expect(m.record?.id).toBe('m-ruth');
  });

  it('matches on email case-insensitively', async () => {
    const m = await matchCaller(makeCall({ caller: { email: 'DANA@northwind.io' } }), directory(), policy);
    expect(m.record?.id).toBe('r-dana');
    expect(m.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('matches on external id', async () => {
    const m = await matchCaller(makeCall({ caller: { externalId: 'crm-7781' } }), directory(), policy);
    expect(m.record?.id).toBe('m-vip');
  });

  it('matches an email spoken in the transcript', async () => {
    const m = await matchCaller(makeCall({ turns: ['C: Hi, my email is dana at northwind dot io.'] }), directory(), policy);
    expect(m.record?.id).toBe('r-dana');
  });

  it("matches the caller's own referral code, not a referrer's", async () => {
    const own = await matchCaller(makeCall({ turns: ['C: Hi, my referral code is SAM-22, how many referrals do I have?'] }), directory(), policy);
    expect(own.record?.id).toBe('m-sam');
    const referrer = await matchCaller(makeCall({ turns: ['C: Sam gave me his code, SAM-22. I want pricing.'] }), directory(), policy);
    expect(referrer.status).toBe('new');
    const attributed = await matchCaller(makeCall({ attribution: { referralCode: 'SAM-22' }, turns: ['C: I want pricing.'] }), directory(), policy);
    expect(attributed.status).toBe('new');
  });

  it('is ambiguous when strong keys point at different records', async () => {
    const m = await matchCaller(makeCall({ fromNumber: '+14155550101', caller: { email: 'dana@northwind.io' } }), directory(), policy);
    expect(m.status).toBe('ambiguous');
    expect(m.reviewReason).toBe('ambiguous_match');
    expect(m.record).toBeNull();
  });

  it('is ambiguous when two name candidates are within the margin', async () => {
    const m = await matchCaller(makeCall({ fromNumber: 'anonymous', turns: ['C: Hi, Pat Morgan. Any news on my referral?'] }), directory(), policy);
    expect(m.status).toBe('ambiguous');
    expect(m.reviewReason).toBe('ambiguous_match');
    expect(m.candidates.map((c) => c.id).sort()).toEqual(['r-pat1', 'r-pat2']);
  });

  it('a strong key beats same-name records', async () => {
    const m = await matchCaller(makeCall({ caller: { email: 'pat@lumen.io', firstName: 'Pat', lastName: 'Morgan' } }), directory(), policy);
    expect(m.status).toBe('matched');
    expect(m.record?.id).toBe('r-pat1');
  });

  it('a single name-only candidate is too weak: low_confidence_match', async () => {
    const m = await matchCaller(makeCall({ turns: ['C: This is Hana Kim.'] }), directory(), policy);
    expect(m.status).toBe('ambiguous');
    expect(m.reviewReason).toBe('low_confidence_match');
    expect(m.confidence).toBeLessThan(0.8);
  });

  it('name + company (or work email domain) is enough', async () => {
    const byCompany = await matchCaller(makeCall({ turns: ["C: Hi, it's Pat Morgan from Lumen."] }), directory(), policy);
    expect(byCompany.status).toBe('matched');
    expect(byCompany.record?.id).toBe('r-pat1');
    expect(byCompany.candidates[0].matchedOn).toEqual(['name', 'company']);
    const byDomain = await matchCaller(makeCall({ caller: { firstName: 'Pat', lastName: 'Morgan', email: 'p.morgan@quarry.com' } }), directory(), policy);
    expect(byDomain.record?.id).toBe('r-pat2');
  });

  it('free-mail domains never count as a company domain', async () => {
    const m = await matchCaller(makeCall({ caller: { firstName: 'Hana', lastName: 'Kim', email: 'someone.else@gmail.com' } }), directory(), policy);
    expect(m.status).toBe('ambiguous');
    expect(m.candidates[0].matchedOn).toEqual(['name']);
  });

  it('is new when nothing matches, and ignores withheld numbers', async () => {
    const m = await matchCaller(makeCall({ fromNumber: 'anonymous', turns: ['C: Hello, I want a demo.'] }), directory(), policy);
    expect(m.status).toBe('new');
    expect(m.candidates).toEqual([]);
  });

  it('does not take a referrer named at the start of a sentence as the caller', async () => {
    const m = await matchCaller(makeCall({ turns: ['C: Ruth Okafor referred me. I want a demo.'] }), directory(), policy);
    expect(m.status).toBe('new');
  });

  it('uses the configured margin', async () => {
    const extra = rec({ type: 'referral', id: 'r-dana2', firstName: 'Dana', lastName: 'Whitfield', email: 'dw@other.com' });
    const call = makeCall({ caller: { firstName: 'Dana', lastName: 'Whitfield', email: 'dana@northwind.io' } });
    const tight = await matchCaller(call, directory([extra]), policy);
    expect(tight.status).toBe('matched');
    const wide = await matchCaller(call, directory([extra]), { ...policy, matchMargin: 0.5 });
    expect(wide.status).toBe('ambiguous');
  });

  it('a first name at a record\'s company, no last name given, is a weak match a reviewer confirms; another first name is none', async () => {
    const inn = rec({ type: 'referral', id: 'r-hazel', firstName: 'Hazel', lastName: 'Whitcombe', companyName: 'Whitcombe Inn' });
    const hazel = await matchCaller(makeCall({ fromNumber: '+15055550100', caller: { firstName: 'Hazel', company: 'Whitcombe Inn' } }), directory([inn]), policy);
    expect(hazel).toMatchObject({ status: 'ambiguous', reviewReason: 'low_confidence_match' });
    expect(hazel.candidates[0]).toMatchObject({ id: 'r-hazel', matchedOn: ['company'] });
    const other = await matchCaller(makeCall({ fromNumber: '+15055550100', caller: { firstName: 'Greta', company: 'Whitcombe Inn' } }), directory([inn]), policy);
    expect(other.status).toBe('new');
  });
});
