/**
 * How the call model's reading and the cue lists' second opinion settle the intent
 * (intentDecision.ts): a near tie goes to the cue lists, and the surer they are, the wider the gap
 * they may close.
 */
import { decideIntent, type IntentContext } from '../../../domain/classify/intentDecision';
import type { IntentReading } from '../../../domain/classify/callModel';
import type { IntentResult } from '../../../domain/classify/intent';
import type { Intent } from '../../../domain/plan';

function reading(ranking: Array<[Intent, number]>): IntentReading {
  return { readable: true, knownCallerWords: 40, ranking: ranking.map(([intent, p]) => ({ intent, p })), evidenceFor: () => ({ turn: 1, speaker: 'caller', text: 'words' }) };
}

const context: IntentContext = {
  optOut: { requested: false, scope: null, evidence: [], uncertain: [], uncertainScope: null },
  lowFit: { spam: null, vendor: null, wrongNumber: null, student: null },
  optOutHeard: false,
  joinRequested: false,
};

const cues = (intent: Intent, score: number): IntentResult => ({ intent, confidence: 0.9, scores: { [intent]: score }, evidence: [{ field: 'intent', quote: 'cue words', turn: 1 }] });

describe('decideIntent: the cue lists break a tie with the call model', () => {
  const model = reading([['sales_inquiry', 0.284], ['referral', 0.172], ['support', 0.134]]);

  it.each([
    [3, 'sales_inquiry'],
    [4, 'sales_inquiry'],
    [6, 'referral'],
  ])('a gap of 0.112 with cues scoring %i -> %s', (score, intent) => {
    expect(decideIntent(model, cues('referral', score), context).intent).toBe(intent);
  });

  it('a gap wider than 0.15 stays with the model however sure the cues are', () => {
    expect(decideIntent(reading([['sales_inquiry', 0.4], ['referral', 0.2]]), cues('referral', 9), context).intent).toBe('sales_inquiry');
  });
});

describe('decideIntent: a booking the caller already has, moved', () => {
  const model = reading([['sales_inquiry', 0.359], ['billing', 0.136], ['scheduling', 0.105], ['support', 0.103]]);

  it('is a scheduling call however much the rest sounds like the sale, if the model gives it any weight', () => {
    expect(decideIntent(model, cues('scheduling', 3), context).intent).toBe('scheduling');
    expect(decideIntent(model, cues('scheduling', 2), context).intent).toBe('sales_inquiry');
    expect(decideIntent(reading([['sales_inquiry', 0.5], ['billing', 0.2], ['scheduling', 0.05]]), cues('scheduling', 3), context).intent).toBe('sales_inquiry');
  });

  it('does not overturn a service reading', () => {
    const withBillingWords: IntentResult = { ...cues('scheduling', 3), scores: { scheduling: 3, billing: 2 } };
    expect(decideIntent(reading([['billing', 0.359], ['scheduling', 0.105]]), withBillingWords, context).intent).toBe('billing');
  });
});

describe('decideIntent: a vendor pitch the detector heard', () => {
  const vendor = { ...context, lowFit: { ...context.lowFit, vendor: { field: 'intent', quote: 'Queremos ofrecerles un convenio.', turn: 3 } } };

  it('stands against a sales reading the model is not sure of, and falls to one it is', () => {
    expect(decideIntent(reading([['sales_inquiry', 0.381], ['vendor', 0.133]]), cues('sales_inquiry', 4), vendor).intent).toBe('vendor');
    expect(decideIntent(reading([['sales_inquiry', 0.62], ['vendor', 0.1]]), cues('sales_inquiry', 4), vendor).intent).toBe('sales_inquiry');
    expect(decideIntent(reading([['support', 0.381], ['vendor', 0.133]]), cues('support', 2), vendor).intent).toBe('support');
  });
});

describe('decideIntent: a service reading in words no cue list knows', () => {
  const noServiceWords: IntentResult = { intent: 'sales_inquiry', confidence: 0.65, scores: { sales_inquiry: 1 }, evidence: [{ field: 'intent', quote: 'I need somebody to explain something to me.', turn: 1 }] };

  it('stands where the model reads it more likely than not, and gives way to the next reading where it does not', () => {
    expect(decideIntent(reading([['complaint', 0.507], ['support', 0.135], ['sales_inquiry', 0.105]]), noServiceWords, context).intent).toBe('complaint');
    expect(decideIntent(reading([['cancellation', 0.461], ['sales_inquiry', 0.136]]), noServiceWords, context).intent).toBe('sales_inquiry');
  });
});

describe('decideIntent: the case the agent filed', () => {
  const filed = { intent: 'complaint' as const, evidence: { field: 'intent', quote: 'Voy a registrar su queja.', turn: 4 } };
  const noCues: IntentResult = { intent: 'other', confidence: 0.3, scores: { complaint: 2 }, evidence: [] };

  it('breaks a near tie between two service readings', () => {
    const model = reading([['support', 0.297], ['complaint', 0.279], ['opt_out', 0.09]]);
    expect(decideIntent(model, noCues, context).intent).toBe('support');
    expect(decideIntent(model, noCues, { ...context, agentCase: filed }).intent).toBe('complaint');
  });

  it('does not overturn a clear service reading', () => {
    expect(decideIntent(reading([['support', 0.6], ['complaint', 0.2]]), noCues, { ...context, agentCase: filed }).intent).toBe('support');
  });
});

describe('decideIntent: the referred prospect', () => {
  const noCues: IntentResult = { intent: 'other', confidence: 0.3, scores: {}, evidence: [] };
  const model = reading([['referral', 0.566], ['sales_inquiry', 0.201], ['support', 0.04]]);

  it('calling for themselves is a sales inquiry, however much the call talks of referrals', () => {
    expect(decideIntent(model, noCues, context).intent).toBe('referral');
    expect(decideIntent(model, noCues, { ...context, referredHere: true }).intent).toBe('sales_inquiry');
  });

  it('handing over someone else stays a referral', () => {
    expect(decideIntent(model, noCues, { ...context, referredHere: true, refersSomeone: true }).intent).toBe('referral');
  });
});
