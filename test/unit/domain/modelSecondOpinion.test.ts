/**
 * The call model as a second opinion: it never lifts a hold of the detectors' (optOutDecision.ts;
 * rule 3), and it asks a reviewer about money, legal or access matters that no detector heard
 * (reviewFlags.ts).
 */
import type { FlagReading, OptOutReading } from '../../../domain/classify/callModel';
import { readCall, shippedCallModel } from '../../../domain/classify/callModel';
import { weighOptOut } from '../../../domain/classify/optOutDecision';
import { FLAG_THRESHOLD, flagsFromModel } from '../../../domain/classify/reviewFlags';
import { agentSentences, callerSentences } from '../../../domain/text';
import { makeCall, policy } from './helpers';
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { callerIdentity } from '../../../domain/identity';

describe('a hold the model clearly reads as no opt-out', () => {
  const reading = (none: number): OptOutReading => ({ p: { affirmed: (1 - none) / 2, uncertain: (1 - none) / 2, none }, evidence: null });
  const ctx = { lowFitHeard: false, lowFitCall: false, framesSawWords: true, agentAck: null };

  it('stays held: a whole-call reading cannot outweigh one complaint (rule 3)', () => {
    const held = { status: 'uncertain' as const, scope: 'calls' as const, evidence: [{ turn: 9, quote: 'Honestly though, you people call me way too many times.' }] };
    expect(weighOptOut(held, reading(0.99), ctx)).toEqual(held);
  });

  it('holds, not lifts, an affirmed opt-out the model reads as none', () => {
    const affirmed = { status: 'affirmed' as const, scope: 'all' as const, evidence: [{ turn: 1, quote: 'Take me off your list.' }] };
    expect(weighOptOut(affirmed, reading(0.95), ctx).status).toBe('uncertain');
  });

  it('keeps the complaint at the end of a call that books a demo held, end to end', () => {
    const call = makeCall({
      turns: [
        'A: Thanks for calling, how can I help?',
        'C: Mateo told me about you, I would like to book a demo for Thursday at ten.',
        "A: Great, you're booked for Thursday at ten.",
        'C: Honestly though, you people call me way too many times.',
      ],
    });
    expect(judgeByRules(call, { identity: callerIdentity(call), policy }).optOut.status).toBe('uncertain');
  });
});

describe('review flags read by the model', () => {
  const sentence = { turn: 3, speaker: 'agent' as const, text: "I'll take the hundred and fifty off your next visit." };
  const read = (kind: FlagReading['kind'], p: number, evidence: FlagReading['evidence'] = sentence): FlagReading => ({ kind, p, evidence });

  it('adds a flag the detectors did not hear, with the words that weigh most towards it', () => {
    expect(flagsFromModel([read('money', FLAG_THRESHOLD + 0.1)], [])).toEqual([{ kind: 'money', by: 'agent', evidence: { turn: 3, quote: sentence.text } }]);
    expect(flagsFromModel([read('access', 0.9, { turn: 1, speaker: 'caller', text: 'Somebody switched where my payouts go.' })], [])[0]).toMatchObject({ kind: 'access', by: 'caller' });
  });

  it('adds nothing below the threshold, without words, or where a detector already flagged the same reason', () => {
    expect(flagsFromModel([read('money', FLAG_THRESHOLD - 0.05)], [])).toEqual([]);
    expect(flagsFromModel([read('legal', 0.9, null)], [])).toEqual([]);
    const heard = [{ kind: 'privacy' as const, by: 'caller' as const, evidence: { turn: 1, quote: 'Delete my data.' } }];
    expect(flagsFromModel([read('legal', 0.9)], heard)).toEqual([]);
  });

  it('asks for no money review for a plan\'s list price told to a prospect, unless the sentence gives money back', () => {
    const price = (text: string) => flagsFromModel([read('money', 0.9, { turn: 4, speaker: 'agent', text })], []);
    expect(price('Growth is eighty dollars a month plus five dollars per employee.')).toEqual([]);
    expect(price('Starter is $40 a month plus $6 per employee.')).toEqual([]);
    expect(price("Growth is eighty dollars a month, and I'll give you the first month free.")).toHaveLength(1);
  });

  it("asks for no money review where the agent refused money in so many words, unless the sentence read moves money", () => {
    const refusal = [{ turn: 9, speaker: 'agent' as const, text: "I can't issue a credit myself, and I don't want to promise you one I can't give." }];
    const marked = { turn: 10, speaker: 'agent' as const, text: "And I've marked the five employees terminated as of their listed dates." };
    expect(flagsFromModel([read('money', 0.9, marked)], [], refusal)).toEqual([]);
    expect(flagsFromModel([read('money', 0.9, marked)], [], [])).toHaveLength(1);
    expect(flagsFromModel([read('money', 0.9)], [], refusal)).toHaveLength(1);
  });

  it('asks for no money review where the agent explains a charge the caller already owes', () => {
    const explains = { turn: 4, speaker: 'agent' as const, text: "The annual escalator kicked in on December first, it's in the lease, two point nine percent a year." };
    expect(flagsFromModel([read('money', 0.9, explains)], [])).toEqual([]);
    const credits = { turn: 4, speaker: 'agent' as const, text: "The escalator kicked in on December first, but I'll put a credit on your account for it." };
    expect(flagsFromModel([read('money', 0.9, credits)], [])).toHaveLength(1);
  });

  it('reads money the agent moved from the shipped model, quoting the agent', () => {
    const call = makeCall({
      turns: [
        'A: Thanks for calling, how can I help?',
        'C: Your tech never showed on Tuesday and I took the morning off for nothing.',
        "A: I'm so sorry. I've put a credit of one hundred fifty dollars on your account for the missed visit, and the next service is on us.",
        'C: Okay, thank you.',
      ],
    });
    const money = readCall(shippedCallModel(), call, callerSentences(call), agentSentences(call)).flags.find((f) => f.kind === 'money')!;
    expect(money.p).toBeGreaterThanOrEqual(FLAG_THRESHOLD);
    expect(call.transcript[money.evidence!.turn].speaker).toBe('agent');
  });
});

describe('review flags read by the model: an account read back', () => {
  it('asks for no money review where the agent reads a charge the account already holds, unless the sentence gives money back', () => {
    const flag = (text: string) => flagsFromModel([{ kind: 'money', p: 0.9, evidence: { turn: 2, speaker: 'agent', text } }], []);
    expect(flag('Yes, I see a two hundred fifty dollar survey deposit on April second.')).toEqual([]);
    expect(flag('I see the two hundred fifty dollar deposit, and I will refund it today.')).toHaveLength(1);
  });
});
