/**
 * The classifier seam. A `CallClassifier` reads a call and returns `Signals`: its judgement on the
 * questions that words decide (what the caller wanted, whether and how they opted out, whether the
 * call is low fit, what needs a person). Every label carries the verbatim words that support it.
 * Extraction that arithmetic or lookups decide (names, emails, codes, follow-up instants, matching)
 * stays in the deterministic domain, whatever classifier runs; so does the policy.
 *
 * One zod schema is the single source of truth: the embedded classifier is checked against it, a
 * model-backed classifier gets its JSON Schema (`signalsJsonSchema()`) as its strict output format.
 */
import { z } from 'zod';
import type { Call } from '../call';
import type { CallerIdentity } from '../identity';
import { intentSchema, optOutScopeSchema, type ReviewReason } from '../plan';
import type { PolicyConfig } from '../policyConfig';

/** The words of one transcript turn that support a label. */
export const quoteSchema = z.strictObject({
  turn: z.number().int().min(0).describe('index of the turn in the transcript, counting from 0'),
  quote: z.string().min(1).describe('the exact words of that turn, copied verbatim'),
});
export type Quote = z.infer<typeof quoteSchema>;

/** An opt-out as the words say it: affirmed (apply it), uncertain (hold it), none. */
export const optOutStatusSchema = z.enum(['affirmed', 'uncertain', 'none']);
export type OptOutStatus = z.infer<typeof optOutStatusSchema>;

export const lowFitKindSchema = z.enum(['spam', 'vendor', 'wrong_number', 'student']);
export type LowFitKind = z.infer<typeof lowFitKindSchema>;

/**
 * What a reviewer must see, by kind. The review reasons each kind asks for are in REVIEW_REASONS_OF,
 * the one place that maps them onto the contract's vocabulary.
 */
export const flagKindSchema = z.enum(['legal', 'privacy', 'access', 'harassment', 'money', 'commitment']);
export type FlagKind = z.infer<typeof flagKindSchema>;
export const REVIEW_REASONS_OF: Record<FlagKind, ReviewReason[]> = {
  legal: ['sensitive_request', 'legal'],
  privacy: ['sensitive_request', 'legal'],
  access: ['sensitive_request', 'access'],
  harassment: ['sensitive_request'],
  money: ['money'],
  commitment: ['commitment'],
};

export const signalsSchema = z.strictObject({
  intent: z.strictObject({
    label: intentSchema.nullable().describe('the call\'s main purpose; null when the words do not say (abstain rather than guess)'),
    confidence: z.number().min(0).max(1),
    evidence: z.array(quoteSchema),
  }),
  optOut: z.strictObject({
    status: optOutStatusSchema.describe(
      'affirmed: the caller (not someone they quote, not about another company, not negated, not a condition about the future) asks us to stop contacting them, or accepts our offer to; uncertain: their words may be such a request but cannot be told apart; none otherwise',
    ),
    scope: optOutScopeSchema.nullable().describe('what the request covers: the channels it names minus the channels the caller keeps; null when status is none'),
    evidence: z.array(quoteSchema),
  }),
  lowFit: z.strictObject({
    kind: lowFitKindSchema.nullable().describe('spam (robocall, scam), vendor (someone selling to us), wrong_number, student (school project); null for a real prospect or customer'),
    evidence: z.array(quoteSchema),
  }),
  flags: z
    .array(
      z.strictObject({
        kind: flagKindSchema.describe(
          'legal: lawyer or legal threat; privacy: data deletion or access request; access: account access or security; harassment; money: the agent promises a refund, credit, discount, free period or invoice change, or the caller asks for a status change that pays a reward; commitment: the agent promises something outside policy (custom work, a guarantee, an exception)',
        ),
        by: z.enum(['caller', 'agent']),
        evidence: quoteSchema,
      }),
    )
    .describe('everything a person must review'),
  notInterested: quoteSchema.nullable().describe('the caller confirms they are not interested'),
  readyToBuy: quoteSchema.nullable().describe('the caller says they are ready to sign or buy'),
});
export type Signals = z.infer<typeof signalsSchema>;

/** The JSON Schema a model-backed classifier is asked to fill (strict structured output). */
export function signalsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(signalsSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

export interface ClassifierContext {
  identity: CallerIdentity;
  policy: PolicyConfig;
}

/** Anything that can judge a call. The plan records `id` and `version`, so history shows which did. */
export interface CallClassifier {
  readonly id: string;
  readonly version: string;
  classify(call: Call, context: ClassifierContext): Promise<Signals>;
}

const squash = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** A quote counts when it is in its turn, word for word (case, curly quotes and spacing aside). */
export function quoteInTranscript(call: Call, q: Quote): boolean {
  const turn = call.transcript[q.turn];
  if (!turn) return false;
  // A long quote may be shortened with a trailing ellipsis; what precedes it must be verbatim.
  const wanted = squash(q.quote.replace(/(?:\.\.\.|…)$/, ''));
  return wanted.length > 0 && squash(turn.text).includes(wanted);
}

export interface Validated {
  signals: Signals;
  /** What was refused and why, for the plan's trail. */
  refused: string[];
}

/**
 * Applies "a quote that is not in the transcript invalidates the label". An opt-out whose words
 * cannot be found is not dropped: it becomes uncertain, so a person looks (a missed opt-out cannot
 * be undone, a pause can).
 */
export function validateSignals(call: Call, raw: Signals): Validated {
  const refused: string[] = [];
  const keep = (qs: Quote[], what: string) => {
    const ok = qs.filter((q) => quoteInTranscript(call, q));
    if (ok.length < qs.length) refused.push(`${what}: ${qs.length - ok.length} quote(s) not in the transcript`);
    return ok;
  };
  const intentEv = keep(raw.intent.evidence, 'intent');
  const intent = raw.intent.label && intentEv.length ? { ...raw.intent, evidence: intentEv } : { label: null, confidence: 0, evidence: [] };
  if (raw.intent.label && !intentEv.length) refused.push(`intent ${raw.intent.label}: no verbatim evidence, abstained`);

  const optEv = keep(raw.optOut.evidence, 'opt-out');
  let optOut = { ...raw.optOut, evidence: optEv };
  if (raw.optOut.status === 'none') optOut = { status: 'none', scope: null, evidence: [] };
  else if (!optEv.length) {
    optOut = { status: 'uncertain', scope: raw.optOut.scope, evidence: [] };
    refused.push(`opt-out ${raw.optOut.status}: no verbatim evidence, held as uncertain`);
  }

  const lowEv = keep(raw.lowFit.evidence, 'low fit');
  const lowFit = raw.lowFit.kind && lowEv.length ? { kind: raw.lowFit.kind, evidence: lowEv } : { kind: null, evidence: [] };
  if (raw.lowFit.kind && !lowEv.length) refused.push(`low fit ${raw.lowFit.kind}: no verbatim evidence`);

  const flags = raw.flags.filter((f) => {
    const ok = quoteInTranscript(call, f.evidence);
    if (!ok) refused.push(`flag ${f.kind}: quote not in the transcript`);
    return ok;
  });
  const one = (q: Quote | null, what: string) => {
    if (q && !quoteInTranscript(call, q)) {
      refused.push(`${what}: quote not in the transcript`);
      return null;
    }
    return q;
  };
  return {
    signals: { intent, optOut, lowFit, flags, notInterested: one(raw.notInterested, 'not interested'), readyToBuy: one(raw.readyToBuy, 'ready to buy') },
    refused,
  };
}
