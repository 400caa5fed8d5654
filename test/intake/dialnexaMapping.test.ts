/** The DialNexa mapping pieces on their own: transcript, numbers, field map, nativeToCall. */
import { callSchema } from '../../domain/call';
import { checkFieldMap, DEFAULT_FIELD_MAP, FieldMapError, resolveFieldMap } from '../../integrations/dialnexa/fieldMap';
import { classifyNativeEvent, completedCallSchema } from '../../integrations/dialnexa/nativePayload';
import { toE164 } from '../../integrations/dialnexa/phone';
import { signDialNexa, verifyDialNexaSignature } from '../../integrations/dialnexa/signature';
import { nativeToCall } from '../../integrations/dialnexa/toCall';
import { splitTranscript } from '../../integrations/dialnexa/transcript';
import { nativeEvent } from './helpers';

describe('splitTranscript', () => {
  it('splits on Agent:/User:/Customer: and continues multi-line turns', () => {
    expect(splitTranscript('Agent: Hello!\nUser: Hi, my address is\n12 Main St\nSpringfield\n\nCustomer: and my email is a@b.co\nAgent: Thanks.')).toEqual([
      { speaker: 'agent', text: 'Hello!' },
      { speaker: 'caller', text: 'Hi, my address is\n12 Main St\nSpringfield' },
      { speaker: 'caller', text: 'and my email is a@b.co' },
      { speaker: 'agent', text: 'Thanks.' },
    ]);
  });

  it('is case-insensitive, handles CRLF, and keeps colons inside the text', () => {
    expect(splitTranscript('AGENT: Time is 3:30\r\nuser:ok: fine')).toEqual([
      { speaker: 'agent', text: 'Time is 3:30' },
      { speaker: 'caller', text: 'ok: fine' },
    ]);
  });

  it('keeps text before the first label (as agent) and returns [] for nothing', () => {
    expect(splitTranscript('[call connected]\nUser: hi')).toEqual([
      { speaker: 'agent', text: '[call connected]' },
      { speaker: 'caller', text: 'hi' },
    ]);
    expect(splitTranscript('')).toEqual([]);
    expect(splitTranscript(null)).toEqual([]);
  });
});

describe('toE164', () => {
  it.each([
    ['12137771234', '+12137771234'],
    ['2137771234', '+12137771234'],
    ['+14155550123', '+14155550123'],
    ['447911123456', '+447911123456'],
    ['(213) 777-1234', '+12137771234'],
    ['anonymous', 'anonymous'],
    ['', null],
  ])('%s -> %s', (raw, e164) => expect(toE164(raw)).toBe(e164));

  it('uses the default region for national numbers', () => {
    expect(toE164('07911 123456', 'GB')).toBe('+447911123456');
  });
});

describe('field map', () => {
  it('the defaults are valid and report what DialNexa calls never fill', () => {
    const r = checkFieldMap(undefined);
    expect(r.errors).toEqual([]);
    expect(r.map.caller_email).toBe('caller.email');
    expect(r.map.utm_campaign).toBe('attribution.campaign');
    expect(r.map.referral_code).toBe('attribution.referralCode');
    expect(r.map.marketing_consent).toBe('consent.marketing');
    expect(r.neverFilled).toEqual(expect.arrayContaining(['caller.externalId', 'attribution.landingPage', 'consent.capturedAt']));
    expect(r.neverFilled).not.toContain('caller.email');
    expect(r.neverFilled).not.toContain('caller.firstName');
    expect(r.neverFilled).not.toContain('caller.phone'); // filled from the call's numbers
  });

  it('overlays a configured map, accepts snake_case targets, and stops reporting what it fills', () => {
    const r = checkFieldMap({ crm_id: 'caller.external_id', lp: 'attribution.landingPage', email: 'analysis' });
    expect(r.errors).toEqual([]);
    expect(r.map.crm_id).toBe('caller.externalId');
    expect(r.map.email).toBe('analysis');
    expect(r.neverFilled).not.toContain('caller.externalId');
    expect(r.neverFilled).not.toContain('attribution.landingPage');
  });

  it('rejects targets the call model does not have', () => {
    const r = checkFieldMap({ caller_email: 'caller.mail', x: 'billing.plan' });
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]).toMatch(/caller\.mail/);
    expect(() => resolveFieldMap({ x: 'nope' })).toThrow(FieldMapError);
  });
});

describe('nativeToCall', () => {
  const map = resolveFieldMap(undefined).map;
  const completed = (call: Record<string, unknown> = {}) => completedCallSchema.parse(nativeEvent({ call }).payload.call);

  it('produces a valid call model', () => {
    const call = nativeToCall(completed(), { fieldMap: map });
    expect(callSchema.safeParse(call).success).toBe(true);
    expect(call.metadata).toEqual({ dialnexa: { type: 'phone_call', category: 'inbound' } });
  });

  it('maps identity, attribution and consent through the map; the rest stays in analysis', () => {
    const call = nativeToCall(
      completed({
        post_call_analysis: {
          caller_name: 'Ruth Okafor',
          last_name: 'Okafor-Bell',
          company: 'Northwind',
          utm_source: 'google',
          utm_medium: 'cpc',
          referral_code: 'RUTH-1',
          marketing_consent: 'yes',
          timezone: 'America/Chicago',
          intent: 'demo',
          interested: true,
        },
      }),
      { fieldMap: map },
    );
    expect(call.caller).toMatchObject({ firstName: 'Ruth', lastName: 'Okafor-Bell', company: 'Northwind', timezone: 'America/Chicago' });
    expect(call.attribution).toMatchObject({ source: 'google', medium: 'cpc', referralCode: 'RUTH-1' });
    expect(call.consent).toEqual({ marketing: 'granted' });
    expect(call.analysis).toEqual({ intent: 'demo', interested: true });
  });

  it('reads booleans for consent and keeps values it cannot read in analysis', () => {
    expect(nativeToCall(completed({ post_call_analysis: { marketing_consent: false } }), { fieldMap: map }).consent).toEqual({ marketing: 'denied' });
    const odd = nativeToCall(completed({ post_call_analysis: { marketing_consent: 'maybe later' } }), { fieldMap: map });
    expect(odd.consent).toEqual({});
    expect(odd.analysis).toEqual({ marketing_consent: 'maybe later' });
  });

  it('uses a configured map', () => {
    const custom = resolveFieldMap({ work_email: 'caller.email', campaign_name: 'attribution.campaign' }).map;
    const call = nativeToCall(completed({ post_call_analysis: { work_email: 'w@x.io', campaign_name: 'fall' } }), { fieldMap: custom });
    expect(call.caller.email).toBe('w@x.io');
    expect(call.attribution.campaign).toBe('fall');
  });

  it('takes the caller phone from to_number on outbound calls and keeps unknown fields in extra', () => {
    const call = nativeToCall(completed({ direction: 'outbound', from_number: '18005550100', to_number: '13125550199', sip_trunk: 't1' }), { fieldMap: map });
    expect(call.caller.phone).toBe('+13125550199');
    expect(call.extra).toEqual({ sip_trunk: 't1' });
  });
});

describe('classifyNativeEvent', () => {
  it('routes events', () => {
    expect(classifyNativeEvent({ event_type: 'verification', message: 'm', timestamp: 1 })).toEqual({ kind: 'verification' });
    expect(classifyNativeEvent(nativeEvent()).kind).toBe('completed');
    expect(classifyNativeEvent(nativeEvent({ status: 'Completed' })).kind).toBe('completed');
    expect(classifyNativeEvent(nativeEvent({ status: 'hangup' })).kind).toBe('hangup');
    expect(classifyNativeEvent({ ...nativeEvent(), event_type: 'call_initiated' }).kind).toBe('ignored');
    expect(classifyNativeEvent([1, 2]).kind).toBe('invalid');
  });
});

describe('verifyDialNexaSignature', () => {
  const raw = Buffer.from('{"a":1}');
  it('accepts either header, upper-case hex, any configured secret', () => {
    expect(verifyDialNexaSignature(raw, { 'x-nexa-signature': signDialNexa('s2-secret', raw).toUpperCase().replace('SHA256=', 'sha256=') }, ['s1-secret', 's2-secret'])).toBe(true);
    expect(verifyDialNexaSignature(raw, { 'x-dialnexa-signature': signDialNexa('s1-secret', raw) }, ['s1-secret'])).toBe(true);
  });
  it('refuses a truncated digest or no header', () => {
    expect(verifyDialNexaSignature(raw, { 'x-dialnexa-signature': signDialNexa('s1-secret', raw).slice(0, 40) }, ['s1-secret'])).toBe(false);
    expect(verifyDialNexaSignature(raw, {}, ['s1-secret'])).toBe(false);
  });
});

it('DEFAULT_FIELD_MAP covers the names the brief promises', () => {
  for (const k of ['caller_email', 'caller_name', 'first_name', 'last_name', 'company', 'utm_source', 'utm_medium', 'utm_campaign', 'referral_code', 'marketing_consent', 'timezone']) {
    expect(DEFAULT_FIELD_MAP[k]).toBeDefined();
  }
});
