/**
 * The learned intent model: the shipped file is well-formed, reading it is deterministic and
 * quotes the call, training is deterministic, and the decision keeps the detectors' authority
 * (no opt-out the detector did not hear; too few words and the cue lists decide).
 */
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { loadIntentModel, readIntent, shippedIntentModel, termsOf } from '../../../domain/classify/intentModel';
import { callerIdentity } from '../../../domain/identity';
import { callerSentences } from '../../../domain/text';
import { trainIntentModel } from '../../../eval/trainIntent';
import { makeCall, policy } from './helpers';

const judge = (turns: string[]) => {
  const call = makeCall({ fromNumber: '+14155550101', turns });
  return judgeByRules(call, { identity: callerIdentity(call), policy });
};

describe('intent model', () => {
  it('ships a model whose weights fit its classes and terms', () => {
    const m = shippedIntentModel().model;
    expect(m.classes.length).toBeGreaterThan(5);
    expect(m.weights).toHaveLength(m.classes.length);
    expect(m.weights[0]).toHaveLength(m.caller.terms.length + m.agent.terms.length);
    expect(m.trainedOn.splits).not.toContain('sealed4');
  });

  it('refuses a model whose weights do not fit', () => {
    const m = shippedIntentModel().model;
    expect(() => loadIntentModel({ ...m, bias: m.bias.slice(1) })).toThrow(/do not fit/);
  });

  it('folds accents and makes word pairs', () => {
    expect(termsOf('Cancelación, YA!')).toEqual(['cancelacion', 'ya', 'cancelacion ya']);
  });

  it('reads a call the same way twice, with probabilities that sum to one and a quote from the caller', () => {
    const call = makeCall({ turns: ['A: Thanks for calling, how can I help?', 'C: The dashboard keeps spinning and the export comes out blank, nothing I do fixes it.'] });
    const a = readIntent(shippedIntentModel(), call, callerSentences(call));
    const b = readIntent(shippedIntentModel(), call, callerSentences(call));
    expect(a.ranking).toEqual(b.ranking);
    expect(a.ranking.reduce((s, r) => s + r.p, 0)).toBeCloseTo(1, 6);
    expect(a.ranking[0].intent).toBe('support');
    expect(call.transcript[1].text).toContain(a.evidenceFor('support')!.text);
  });

  it('trains deterministically and learns what it is shown', () => {
    const docs = [
      ...['my invoice shows a double charge', 'the invoice charge is wrong', 'charged twice on the invoice'].map((caller) => ({ caller, agent: 'sorry about the charge', label: 'billing' as const })),
      ...['the app will not load at all', 'the app crashes when it will load', 'login page will not load'].map((caller) => ({ caller, agent: 'let me look at the app', label: 'support' as const })),
    ];
    const a = trainIntentModel(docs, ['unit']);
    const b = trainIntentModel(docs, ['unit']);
    expect(a).toEqual(b);
    const loaded = loadIntentModel(a);
    const call = makeCall({ turns: ['A: sorry about the charge', 'C: another double charge on my invoice'] });
    expect(readIntent(loaded, call, callerSentences(call)).ranking[0].intent).toBe('billing');
  });
});

describe('intent decision', () => {
  it('never names an opt-out the opt-out detector did not hear', () => {
    const s = judge(['A: Thanks for calling, how can I help?', "C: I'm not asking you to stop calling me or to take me off anything, I just want to know how many referrals I have and when the reward pays."]);
    expect(s.optOut.status).toBe('none');
    expect(s.intent.label).not.toBe('opt_out');
  });

  it('leaves a two-word call to the cue lists', () => {
    expect(judge(['A: Hi, following up on our proposal.', 'C: Not interested.']).intent.label).toBe('sales_inquiry');
  });
});
