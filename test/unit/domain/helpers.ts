/** Small builders for domain unit tests. */
import type { Call } from '../../../domain/call';
import type { DirectoryRecord } from '../../../domain/records';
import { InMemoryDirectory } from '../../../domain/records';
import { defaultPolicyConfig, type PolicyConfig } from '../../../domain/policyConfig';

export const policy: PolicyConfig = { ...defaultPolicyConfig, programId: 'prog-1' };

export function makeCall(overrides: Partial<Call> & { turns?: string[] } = {}): Call {
  const { turns, ...rest } = overrides;
  return {
    callId: 'call_test_1',
    source: 'canonical',
    direction: 'inbound',
    status: 'completed',
    startedAt: '2026-11-10T16:57:00Z',
    endedAt: '2026-11-10T17:00:00Z',
    fromNumber: null,
    toNumber: '+18005550100',
    caller: {},
    attribution: {},
    consent: {},
    transcript: (turns ?? []).map((t) => ({ speaker: t.startsWith('A:') ? 'agent' : 'caller', text: t.replace(/^[AC]:\s*/, '') })),
    links: { transcriptUrl: 'https://x.example/t', recordingUrl: 'https://x.example/r', callUrl: 'https://x.example/c' },
    ...rest,
  };
}

export function rec(r: Partial<DirectoryRecord> & Pick<DirectoryRecord, 'type' | 'id'>): DirectoryRecord {
  return {
    programId: 'prog-1',
    firstName: null,
    lastName: null,
    email: null,
    phone: null,
    companyName: null,
    externalIdentifier: null,
    referralCode: null,
    status: r.type === 'referral' ? 'pending' : null,
    value: 0,
    vip: false,
    referringMemberId: null,
    preferredContact: null,
    note: null,
    ...r,
  };
}

export const records: DirectoryRecord[] = [
  rec({ type: 'member', id: 'm-sam', firstName: 'Sam', lastName: 'Lee', email: 'sam@contoso.com', phone: '+14155550101', referralCode: 'SAM-22' }),
  rec({ type: 'member', id: 'm-ruth', firstName: 'Ruth', lastName: 'Okafor', email: 'ruth@okafor-design.com', phone: '(718) 555-0140', referralCode: 'RUTH-10' }),
  rec({ type: 'member', id: 'm-vip', firstName: 'Grace', lastName: 'Park', email: 'grace@parkventures.com', phone: '+12125550190', referralCode: 'GRACE-1', value: 6200, externalIdentifier: 'crm-7781' }),
  rec({ type: 'referral', id: 'r-dana', firstName: 'Dana', lastName: 'Whitfield', email: 'dana@northwind.io', phone: '415-555-0123', companyName: 'Northwind', referralCode: 'SAM-22', referringMemberId: 'm-sam' }),
  rec({ type: 'referral', id: 'r-pat1', firstName: 'Pat', lastName: 'Morgan', email: 'pat@lumen.io', phone: '+16175550131', companyName: 'Lumen', referralCode: 'RUTH-10', referringMemberId: 'm-ruth' }),
  rec({ type: 'referral', id: 'r-pat2', firstName: 'Pat', lastName: 'Morgan', email: 'pmorgan@quarry.com', phone: '+16175550132', companyName: 'Quarry', referralCode: 'RUTH-10', referringMemberId: 'm-ruth' }),
  rec({ type: 'referral', id: 'r-hana', firstName: 'Hana', lastName: 'Kim', email: 'hana.kim@gmail.com', phone: '+12065550152', companyName: 'Kim & Co', value: 9000, referralCode: 'SAM-22' }),
];

export function directory(extra: DirectoryRecord[] = []): InMemoryDirectory {
  return new InMemoryDirectory([...records, ...extra]);
}
