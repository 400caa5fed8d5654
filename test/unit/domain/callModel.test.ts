/**
 * The call model: the shipped file is well-formed, reading it is deterministic and
 * quotes the call, training is deterministic, and the decision keeps the detectors' authority
 * (no opt-out the detector did not hear; too few words and the cue lists decide).
 */
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { loadCallModel, readCall, shippedCallModel, termsOf } from '../../../domain/classify/callModel';
import { callerIdentity } from '../../../domain/identity';
import { callerSentences } from '../../../domain/text';
import { OPENED, trainCallModel } from '../../../eval/trainCallModel';
import { SPLITS } from '../../../eval/sets';
import { makeCall, policy } from './helpers';

const judge = (turns: string[]) => {
  const call = makeCall({ fromNumber: '+14155550101', turns });
  return judgeByRules(call, { identity: callerIdentity(call), policy });
};

describe('intent model', () => {
  it('ships a model whose heads fit its terms, trained on exactly the opened splits', () => {
    const m = shippedCallModel().model;
    expect(m.heads.intent.classes.length).toBeGreaterThan(5);
    expect(m.heads.optOut.classes).toEqual(['affirmed', 'uncertain', 'none']);
    for (const head of Object.values(m.heads)) {
      expect(head.weights).toHaveLength(head.classes.length);
      expect(head.weights[0]).toHaveLength(m.caller.terms.length + m.agent.terms.length);
    }
    // Exactly the opened splits: a sealed batch before its first run is never training data.
    expect(m.trainedOn.splits).toEqual(OPENED);
    expect(SPLITS.filter((x) => !OPENED.includes(x))).toEqual(SPLITS.filter((x) => !m.trainedOn.splits.includes(x)));
  });

  it('refuses a model whose weights do not fit', () => {
    const m = shippedCallModel().model;
    expect(() => loadCallModel({ ...m, heads: { ...m.heads, optOut: { ...m.heads.optOut, bias: [0] } } })).toThrow(/optOut head's weights do not fit/);
  });

  it('folds accents and makes word pairs', () => {
    expect(termsOf('Cancelación, YA!')).toEqual(['cancelacion', 'ya', 'cancelacion ya']);
  });

  it('reads a call the same way twice, with probabilities that sum to one and a quote from the caller', () => {
    const call = makeCall({
      turns: [
        'A: Thanks for calling, how can I help?',
        "C: Hi, I'm a member. Since this morning the dashboard keeps spinning and the referral export comes out blank, nothing I do fixes it.",
        "A: I'm sorry about that. Let me open a ticket with our support team so they can look at the export.",
        'C: Thanks, it is kind of urgent, I need that report for Friday.',
      ],
    });
    const a = readCall(shippedCallModel(), call, callerSentences(call)).intent;
    const b = readCall(shippedCallModel(), call, callerSentences(call)).intent;
    expect(a.ranking).toEqual(b.ranking);
    expect(a.ranking.reduce((s, r) => s + r.p, 0)).toBeCloseTo(1, 6);
    expect(a.ranking[0].intent).toBe('support');
    expect(call.transcript[1].text).toContain(a.evidenceFor('support')!.text);
  });

  it('trains deterministically and learns what it is shown', () => {
    const docs = [
      ...['my invoice shows a double charge', 'the invoice charge is wrong', 'charged twice on the invoice'].map((caller) => ({ caller, agent: 'sorry about the charge', intent: 'billing', optOut: 'none' as const })),
      ...['the app will not load at all', 'the app crashes when it will load', 'login page will not load'].map((caller) => ({ caller, agent: 'let me look at the app', intent: 'support', optOut: 'none' as const })),
      ...['stop calling me about the app', 'please stop calling me', 'stop calling me about charges'].map((caller) => ({ caller, agent: 'sorry about that', optOut: 'affirmed' as const })),
    ];
    const a = trainCallModel(docs, ['unit']);
    expect(trainCallModel(docs, ['unit'])).toEqual(a);
    const loaded = loadCallModel(a);
    const call = makeCall({ turns: ['A: sorry about the charge', 'C: another double charge on my invoice'] });
    expect(readCall(loaded, call, callerSentences(call)).intent.ranking[0].intent).toBe('billing');
    const stop = makeCall({ turns: ['A: sorry about that', 'C: just stop calling me please'] });
    const read = readCall(loaded, stop, callerSentences(stop)).optOut!;
    expect(read.p.affirmed).toBeGreaterThan(read.p.none);
    expect(read.evidence?.text).toBe('just stop calling me please');
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
