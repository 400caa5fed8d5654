/** Why a call waits, reason by reason: the rule, the value that fired it and the words behind it. */
import type { Plan } from '../../../domain/plan';
import type { DirectoryRecord } from '../../../domain/records';
import { reviewNotes } from '../../../domain/reviewNotes';

const policy = { highValueAmount: 5000, matchThreshold: 0.8, matchMargin: 0.15 };
const base = {
  callId: 'c1',
  match: { status: 'matched', record: { type: 'referral', id: 'ref_h' }, confidence: 0.95, candidates: [{ type: 'referral', id: 'ref_h', score: 0.95, matchedOn: ['phone', 'name'] }] },
  classification: {
    intent: 'sales_inquiry',
    intentConfidence: 0.9,
    optOut: { requested: false, possible: false, scope: null },
    evidence: [
      { field: 'review', quote: "I'll knock 20 percent off your renewal.", turn: 4 },
      { field: 'intent', quote: 'We are ready to sign.', turn: 1 },
    ],
  },
  actions: [{ type: 'update_referral', target: { type: 'referral', id: 'ref_h' }, changes: [{ field: 'status', from: 'pending', to: 'qualified', reason: 'ready to buy' }] }],
} as unknown as Plan;
const record = { type: 'referral', id: 'ref_h', value: 6200, vip: false } as DirectoryRecord;

test('high value names the amount and the threshold; a paying status change names the change', () => {
  const notes = reviewNotes({ ...base, review: { required: true, reasons: ['high_value', 'money'] } }, record, policy);
  expect(notes.map((n) => [n.reason, n.detail])).toEqual([
    ['high_value', 'referral ref_h: amount 6,200 >= 5,000'],
    ['money', 'status pending -> qualified pays a reward'],
  ]);
  expect(notes[0].rule).toMatch(/^rule 7/);
});

test("money the agent promised quotes the agent's words; a VIP says so", () => {
  const plan = { ...base, actions: [], review: { required: true, reasons: ['money', 'high_value'] } } as unknown as Plan;
  const [money, high] = reviewNotes(plan, { ...record, value: 10, vip: true }, policy);
  expect(money.quotes).toEqual([{ turn: 4, quote: "I'll knock 20 percent off your renewal." }]);
  expect(high.detail).toBe('referral ref_h: the record is marked VIP');
});

test('a weak or ambiguous match lists its candidates against the thresholds', () => {
  const plan = {
    ...base,
    match: { status: 'ambiguous', record: null, confidence: 0.6, candidates: [{ type: 'referral', id: 'a', score: 0.6, matchedOn: ['name'] }, { type: 'referral', id: 'b', score: 0.55, matchedOn: ['name'] }] },
    review: { required: true, reasons: ['ambiguous_match'] },
  } as unknown as Plan;
  expect(reviewNotes(plan, null, policy)[0].detail).toBe('candidates too close to tell apart (within 15%): referral a 60% on name; referral b 55% on name');
  const weak = { ...plan, review: { required: true, reasons: ['low_confidence_match'] } } as Plan;
  expect(reviewNotes(weak, null, policy)[0].detail).toBe('best candidate referral a 60% on name, below 80% and on no phone, email or code');
});
