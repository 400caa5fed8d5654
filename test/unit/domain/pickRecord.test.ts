/**
 * "Which record is this?" in the domain: what a reviewer sees of a candidate (masked contact
 * details), what a pick carries out (the note and the follow-ups, on the record named; nothing for
 * none) and which picks are refused.
 */
import { actionsForPick, candidateViews, maskEmail, maskPhone, pickRefusal } from '../../../domain/pickRecord';
import type { Plan } from '../../../domain/plan';
import type { DirectoryRecord } from '../../../domain/records';

const plan = {
  callId: 'call_pick_1',
  summary: 'Pat Morgan asked about the Thursday demo.',
  match: {
    status: 'ambiguous',
    record: null,
    confidence: 0.6,
    candidates: [
      { type: 'referral', id: 'ref_a', score: 0.6, matchedOn: ['name'] },
      { type: 'member', id: 'mem_b', score: 0.6, matchedOn: ['name'] },
    ],
  },
  review: { required: true, reasons: ['ambiguous_match'] },
  actions: [{ type: 'schedule_follow_up', at: '2026-12-04T15:00:00Z', channel: 'phone', owner: null, target: null }],
  handoff: { links: { call: 'https://dialnexa.example/calls/1', transcript: null, recording: 'https://dialnexa.example/rec/1' } },
} as unknown as Plan;

const record = (over: Partial<DirectoryRecord>): DirectoryRecord => ({
  type: 'referral', id: 'ref_a', programId: null, firstName: 'Pat', lastName: 'Morgan', email: 'pat@lumen.io', phone: '+1 617 555 0131',
  companyName: 'Lumen', externalIdentifier: null, referralCode: 'IVY-3', status: 'pending', value: 6200, vip: false, referringMemberId: null, preferredContact: null, note: null, ...over,
});

test('contact details are masked: enough to tell two people apart', () => {
  expect(maskEmail('pat@lumen.io')).toBe('p•••@lumen.io');
  expect(maskEmail('nope')).toBe('•••');
  expect(maskPhone('+1 (617) 555-0131')).toBe('••• ••• 0131');
  expect(maskPhone(null)).toBeNull();
});

test('each candidate is shown with what the directory holds, and bare when it holds nothing', () => {
  const views = candidateViews(plan.match.candidates, [record({})], 'https://rr.example/{type}s/{id}');
  expect(views[0]).toMatchObject({ id: 'ref_a', name: 'Pat Morgan', email: 'p•••@lumen.io', phone: '••• ••• 0131', referralCode: 'IVY-3', amount: 6200, recordUrl: 'https://rr.example/referrals/ref_a' });
  expect(views[1]).toMatchObject({ id: 'mem_b', name: null, email: null, recordUrl: 'https://rr.example/members/mem_b' });
});

test('a pick puts the note and the follow-ups on the record named; none writes nothing', () => {
  const actions = actionsForPick(plan, { type: 'member', id: 'mem_b' });
  expect(actions.map((a) => [a.type, 'target' in a ? a.target : null])).toEqual([
    ['schedule_follow_up', { type: 'member', id: 'mem_b' }],
    ['add_note', { type: 'member', id: 'mem_b' }],
  ]);
  const note = actions[1] as Extract<Plan['actions'][number], { type: 'add_note' }>;
  expect(note.text).toContain('[DialNexa call call_pick_1]');
  expect(note.text).toContain('Recording: https://dialnexa.example/rec/1');
  expect(actionsForPick(plan, 'none')).toEqual([]);
});

test('a pick must name a candidate of a plan that asks which record it is', () => {
  expect(pickRefusal(plan, { type: 'referral', id: 'ref_a' })).toBeNull();
  expect(pickRefusal(plan, 'none')).toBeNull();
  expect(pickRefusal(plan, { type: 'member', id: 'ref_a' })).toMatch(/not one of this call's candidates/);
  expect(pickRefusal({ ...plan, review: { required: true, reasons: ['high_value'] } } as Plan, 'none')).toMatch(/does not ask which record/);
});
