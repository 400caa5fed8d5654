/**
 * The record index answers what matching asks without reading every record: its candidates must be
 * every record the scorer would score (nothing lost against a full scan), and it must follow records
 * that change and disappear.
 */
import { scoreRecord } from '../../../domain/match';
import { RecordIndex, phoneKey } from '../../../domain/recordIndex';
import { mentionTokens } from '../../../domain/mentionTokens';
import type { DirectoryRecord } from '../../../domain/records';
import type { CallerIdentity } from '../../../domain/identity';
import { policy, records } from './helpers';

const identity = (over: Partial<CallerIdentity>): CallerIdentity => ({
  emails: [],
  phones: [],
  firstName: null,
  lastName: null,
  company: null,
  externalId: null,
  ownCodes: [],
  spokenEmails: [],
  spokenPhones: [],
  spokenCompany: null,
  nameFromTranscript: false,
  evidence: [],
  ...over,
});

/** A small deterministic generator (no Math.random: a failure must reproduce). */
function lcg(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

describe('RecordIndex', () => {
  it('keys a phone by its last ten digits, whatever the formatting', () => {
    expect(phoneKey('(718) 555-0140')).toBe('7185550140');
    expect(phoneKey('+1 718 555 0140')).toBe('7185550140');
    expect(phoneKey('020 7946 0958')).toBe(phoneKey('+442079460958'));
    expect(phoneKey('555-01')).toBeNull();
  });

  it('finds exactly by id, email, external id and a member\'s own code, like the API', () => {
    const index = new RecordIndex(records);
    expect(index.findExact('RUTH@okafor-design.com').map((r) => r.id)).toEqual(['m-ruth']);
    expect(index.findExact('ruth-10').map((r) => r.id)).toEqual(['m-ruth']);
    expect(index.findExact('M-RUTH').map((r) => r.id)).toEqual(['m-ruth']);
    expect(index.findExact('  ')).toEqual([]);
  });

  it('offers every record a full scan would score, on generated programs', () => {
    const first = ['Ana', 'Bob', 'Robert', 'Chen', 'Dana', 'José', 'Li'];
    const last = ['Okafor', 'Morgan', 'Núñez', 'Lee', "O'Neil", 'Park'];
    const domains = ['gmail.com', 'quarry.com', 'lumen.io'];
    let scored = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const pick = lcg(seed);
      const all: DirectoryRecord[] = Array.from({ length: 60 }, (_, i) => {
        const fn = first[pick(first.length)];
        const ln = last[pick(last.length)];
        return {
          ...records[0],
          type: pick(2) ? 'member' : 'referral',
          id: `x${i}`,
          firstName: fn,
          lastName: ln,
          email: `${fn.toLowerCase().replace(/\W/g, '')}${pick(3)}@${domains[pick(3)]}`,
          phone: pick(2) ? `(617) 555-01${10 + pick(20)}` : `+1617555${String(110 + pick(20)).padStart(4, '0')}`,
          externalIdentifier: pick(4) === 0 ? `ext-${pick(5)}` : null,
          referralCode: pick(3) === 0 ? `CODE-${pick(6)}` : null,
          companyName: pick(2) ? 'Quarry' : null,
        };
      });
      const index = new RecordIndex(all);
      for (let q = 0; q < 30; q++) {
        const caller = identity({
          emails: pick(2) ? [`${first[pick(first.length)].toLowerCase().replace(/\W/g, '')}${pick(3)}@${domains[pick(3)]}`] : [],
          phones: pick(2) ? [`+1617555${String(110 + pick(20)).padStart(4, '0')}`] : [],
          firstName: first[pick(first.length)],
          lastName: pick(3) ? last[pick(last.length)] : null,
          company: pick(2) ? 'Quarry' : null,
          externalId: pick(4) === 0 ? `EXT-${pick(5)}` : null,
          ownCodes: pick(3) === 0 ? [`code-${pick(6)}`] : [],
        });
        const scanned = all.filter((r) => scoreRecord(caller, r, policy)).map((r) => r.id);
        const offered = new Set(index.candidatesFor(caller).map((r) => r.id));
        expect(scanned.filter((id) => !offered.has(id))).toEqual([]);
        scored += scanned.length;
      }
    }
    // The generated callers do share keys with records (the comparison above is not vacuous).
    expect(scored).toBeGreaterThan(500);
  });

  it('follows a record that changes and one that is removed', () => {
    const index = new RecordIndex(records);
    const ruth = index.get('member', 'm-ruth')!;
    index.put({ ...ruth, email: 'ruth@new.example', lastName: 'Adeyemi' });
    expect(index.findExact('ruth@okafor-design.com')).toEqual([]);
    expect(index.findExact('ruth@new.example').map((r) => r.id)).toEqual(['m-ruth']);
    expect(index.membersWithLastName('Okafor').map((r) => r.id)).not.toContain('m-ruth');
    expect(index.membersWithLastName('adeyemi').map((r) => r.id)).toEqual(['m-ruth']);
    // It keeps its place: answers come back in the order records were first seen.
    expect(index.records().map((r) => r.id)).toEqual(records.map((r) => r.id));

    expect(index.remove('member', 'm-ruth')).toBe(true);
    expect(index.remove('member', 'm-ruth')).toBe(false);
    expect(index.get('member', 'm-ruth')).toBeNull();
    expect(index.mentionsIn('code', mentionTokens('my code is RUTH dash ten'))).toEqual([]);
    expect(index.size).toBe(records.length - 1);
  });

  it('finds a member\'s code, full name, last and first name in spoken tokens', () => {
    const index = new RecordIndex(records);
    const ids = (kind: Parameters<RecordIndex['mentionsIn']>[0], text: string) => index.mentionsIn(kind, mentionTokens(text)).map((r) => r.id);
    expect(ids('code', 'Es R U T H guion diez')).toEqual(['m-ruth']);
    expect(ids('fullName', 'ruth okafor sent me')).toEqual(['m-ruth']);
    expect(ids('lastName', 'Ms. Okafor is my neighbour')).toContain('m-ruth');
    // Referrals are never mentioned as referrers.
    expect(ids('fullName', 'Pat Morgan called')).toEqual([]);
    expect(index.membersSharing('lastName', 'okafor').map((r) => r.id)).toContain('m-ruth');
  });
});
