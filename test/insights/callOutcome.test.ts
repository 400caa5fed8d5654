/**
 * A finished call's row for the insights, from the workflow's input and result alone: attribution,
 * quality, conversions, and review turnaround counted from the moment the review was asked for.
 */
import { callOutcomeOf } from '../../insights/callOutcome';
import { decideCall } from '../../domain/decide';
import { InMemoryDirectory } from '../../domain/records';
import { rulesClassifier } from '../../domain/classify/rulesClassifier';
import type { ProcessCallResult, ReviewRecord } from '../../workflows/definitions';
import { makeCall, policy } from '../unit/domain/helpers';

const call = makeCall({
  fromNumber: '+14155550101',
  attribution: { source: 'google', medium: 'cpc', campaign: 'spring-search', term: 'referral software' },
  turns: ['A: Thanks for calling, how can I help?', "C: We'd like a demo of the referral dashboard, we have about forty reps.", 'A: Great, I can book that for Thursday at ten.'],
});

async function resultWith(review: Partial<ReviewRecord>, writes: ProcessCallResult['writes'] = []): Promise<ProcessCallResult> {
  const plan = await decideCall(call, new InMemoryDirectory([]), policy, rulesClassifier);
  return {
    plan,
    review: { id: `${call.callId}:review`, status: 'not_required', reasons: [], deadlineAt: null, escalatedAt: null, decidedAt: null, reviewer: null, comment: null, ...review },
    writes,
    followUps: [],
  };
}

test('the row carries the attribution, the reading of the call and what was written', async () => {
  const result = await resultWith({}, [{ index: 0, type: 'create_referral', outcome: 'already_applied', recordId: 'ref_new', detail: 'found' }]);
  const row = callOutcomeOf(call, result);
  expect(row).toMatchObject({ callId: call.callId, source: 'google', medium: 'cpc', campaign: 'spring-search', keyword: 'referral software', referralCreated: true, reviewSeconds: null });
  expect(row.intent).toBe(result.plan.classification.intent);
  expect(row.phrases).toEqual(result.plan.classification.prospectPhrases);
  expect(row.qualified).toBe(result.plan.classification.qualityMarkers.includes('qualified_lead'));
});

test('review turnaround counts from when the review was asked for, else from the end of the call', async () => {
  const asked = callOutcomeOf(call, await resultWith({ status: 'approved', requestedAt: '2026-11-20T09:00:00Z', decidedAt: '2026-11-20T10:30:00Z', reviewer: 'dana' }));
  expect(asked.reviewSeconds).toBe(5400);
  const older = callOutcomeOf(call, await resultWith({ status: 'approved', decidedAt: '2026-11-10T18:00:00Z' }));
  expect(older.reviewSeconds).toBe(3600);
});
