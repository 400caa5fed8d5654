/**
 * What the call is about, read by a learned model rather than a list of phrasings: its intent, and
 * whether the caller asked to stop being contacted (a second opinion for the opt-out detector).
 *
 * Why a model: cue lists recognise the wordings their authors thought of. Measured on calls written
 * by authors who never saw the cues (eval/README.md), the cue lists got 60% of intents right on a
 * fresh batch while a linear model over the words of the whole call, trained on the other labelled
 * batches, got 92% of the same batch. The model reads every word of both speakers at once, so
 * "the page just sits there white" and "se queda en blanco" weigh towards support without anyone
 * having listed them.
 *
 * The model is multinomial logistic regression over TF-IDF word unigrams and bigrams, one block for
 * the caller's words and one for the agent's, with one head per question (`intent`; `optOut`:
 * affirmed, uncertain or none). It is trained by `npm run train:model` (eval/trainCallModel.ts)
 * from the labelled corpus and stored as `callModel.json`; reading it needs nothing but arithmetic,
 * so it runs offline, deterministically, in about a millisecond. The detectors keep their
 * authority over opt-out and low fit (intentDecision.ts, optOutDecision.ts).
 */
import { z } from 'zod';
import type { Call } from '../call';
import { intentSchema, type Intent } from '../plan';
import { foldAccents, type Sentence } from '../text';
import stored from './callModel.json';

const blockSchema = z.object({
  /** Term -> column, in the order of `idf`. */
  terms: z.array(z.string()),
  idf: z.array(z.number()),
});

const headSchema = z.object({
  classes: z.array(z.string()),
  /** One row per class: the caller block's columns, then the agent block's. */
  weights: z.array(z.array(z.number())),
  bias: z.array(z.number()),
});
export type ModelHead = z.infer<typeof headSchema>;

export const OPT_OUT_CLASSES = ['affirmed', 'uncertain', 'none'] as const;
export type OptOutClass = (typeof OPT_OUT_CLASSES)[number];

/**
 * The review flags the model reads besides the detectors (sensitive.ts), each a yes/no head: money
 * the agent moved or promised, a legal or privacy request, an account-access problem. Whose words
 * carry it decides where its evidence is looked for.
 */
export const FLAG_HEADS = { money: 'agent', legal: 'caller', access: 'caller' } as const satisfies Record<string, 'caller' | 'agent'>;
export type FlagHead = keyof typeof FLAG_HEADS;
export const YES_NO = ['yes', 'no'] as const;

export const callModelSchema = z.object({
  version: z.string(),
  /** What the model was trained on: the splits and how many calls; a sealed batch before its first run, never. */
  trainedOn: z.object({ splits: z.array(z.string()), calls: z.number().int() }),
  caller: blockSchema,
  agent: blockSchema,
  heads: z.object({
    intent: headSchema.extend({ classes: z.array(intentSchema) }),
    optOut: headSchema.extend({ classes: z.array(z.enum(OPT_OUT_CLASSES)) }),
    money: headSchema.extend({ classes: z.array(z.enum(YES_NO)) }),
    legal: headSchema.extend({ classes: z.array(z.enum(YES_NO)) }),
    access: headSchema.extend({ classes: z.array(z.enum(YES_NO)) }),
  }),
});
export type CallModel = z.infer<typeof callModelSchema>;

/** Words of two or more letters or digits, then every pair of neighbours. */
export function termsOf(text: string): string[] {
  const words = foldAccents(text).match(/\b\w\w+\b/g) ?? [];
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

export type SparseVector = Map<number, number>;

/** Sublinear TF (1 + ln tf) times IDF, scaled to unit length; `offset` places the block's columns. */
export function vectorise(text: string, block: { index: Map<string, number>; idf: number[] }, offset: number, out: SparseVector): void {
  const counts = new Map<number, number>();
  for (const t of termsOf(text)) {
    const col = block.index.get(t);
    if (col !== undefined) counts.set(col, (counts.get(col) ?? 0) + 1);
  }
  let norm = 0;
  const values: Array<[number, number]> = [];
  for (const [col, tf] of counts) {
    const v = (1 + Math.log(tf)) * block.idf[col];
    values.push([col, v]);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [col, v] of values) out.set(offset + col, v / norm);
}

export const speakerText = (call: Pick<Call, 'transcript'>, speaker: 'caller' | 'agent'): string =>
  call.transcript.filter((t) => t.speaker === speaker).map((t) => t.text).join(' ');

export interface LoadedCallModel {
  model: CallModel;
  caller: { index: Map<string, number>; idf: number[] };
  agent: { index: Map<string, number>; idf: number[] };
}

export function loadCallModel(raw: unknown): LoadedCallModel {
  const model = callModelSchema.parse(raw);
  const width = model.caller.terms.length + model.agent.terms.length;
  for (const [name, head] of Object.entries(model.heads)) {
    if (head.weights.length !== head.classes.length || head.bias.length !== head.classes.length || head.weights.some((w) => w.length !== width)) {
      throw new Error(`call model: the ${name} head's weights do not fit its classes and terms`);
    }
  }
  const block = (b: CallModel['caller']) => ({ index: new Map(b.terms.map((t, i) => [t, i])), idf: b.idf });
  return { model, caller: block(model.caller), agent: block(model.agent) };
}

/** The call's features: the caller's block, then the agent's. */
export function featuresOf(loaded: Pick<LoadedCallModel, 'caller' | 'agent'> & { model: Pick<CallModel, 'caller'> }, call: Pick<Call, 'transcript'>): SparseVector {
  const x: SparseVector = new Map();
  vectorise(speakerText(call, 'caller'), loaded.caller, 0, x);
  vectorise(speakerText(call, 'agent'), loaded.agent, loaded.model.caller.terms.length, x);
  return x;
}

/** Softmax of each class's score; probabilities in the model's class order. */
export function probabilities(weights: number[][], bias: number[], x: SparseVector): number[] {
  const scores = weights.map((row, c) => {
    let s = bias[c];
    for (const [col, v] of x) s += row[col] * v;
    return s;
  });
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** Below this many distinct caller words the model knows, it reads its priors rather than the call. */
export const MIN_KNOWN_CALLER_WORDS = 3;

export interface IntentReading {
  /**
   * Enough of the call for the model to read: at least MIN_KNOWN_CALLER_WORDS known words of the
   * caller's ("Pricing?" is not), and some of the agent's (a voicemail or a caller-only transcript
   * is outside what the model was trained on).
   */
  readable: boolean;
  /** How many distinct words of the caller's the model knows. */
  knownCallerWords: number;
  /** Every class, most probable first. */
  ranking: Array<{ intent: Intent; p: number }>;
  /** The caller's sentence whose words weigh most towards `intent`, or null when none does. */
  evidenceFor: (intent: Intent) => Sentence | null;
}

export interface OptOutReading {
  p: Record<OptOutClass, number>;
  /** The caller's sentence that weighs most towards an opt-out (affirmed or uncertain). */
  evidence: Sentence | null;
}

export interface FlagReading {
  kind: FlagHead;
  /** The probability that a reviewer must see this. */
  p: number;
  /** The sentence (the agent's for money, else the caller's) that weighs most towards it. */
  evidence: Sentence | null;
}

export interface CallReading {
  intent: IntentReading;
  /** Null when the call is not readable (see IntentReading.readable). */
  optOut: OptOutReading | null;
  /** One per flag head; empty when the call is not readable. */
  flags: FlagReading[];
}

/** How many distinct words of one speaker's the model knows. */
function knownWords(loaded: LoadedCallModel, call: Pick<Call, 'transcript'>, speaker: 'caller' | 'agent'): number {
  return new Set(termsOf(speakerText(call, speaker)).filter((t) => !t.includes(' ') && loaded[speaker].index.has(t))).size;
}

/** One speaker's sentence whose words weigh most towards the given classes of a head, or null when none does. */
function sentenceFor(loaded: LoadedCallModel, head: ModelHead, classes: string[], sentences: Sentence[], speaker: 'caller' | 'agent' = 'caller'): Sentence | null {
  const rows = classes.map((c) => head.classes.indexOf(c)).filter((c) => c >= 0);
  if (!rows.length) return null;
  const block = loaded[speaker];
  const offset = speaker === 'caller' ? 0 : loaded.model.caller.terms.length;
  let best: Sentence | null = null;
  let bestWeight = 0;
  for (const s of sentences) {
    let w = 0;
    for (const t of new Set(termsOf(s.text))) {
      const col = block.index.get(t);
      if (col !== undefined) for (const c of rows) w += head.weights[c][offset + col] * block.idf[col];
    }
    if (w > bestWeight) {
      bestWeight = w;
      best = s;
    }
  }
  return best;
}

/** Every head's reading of one call, its words vectorised once. */
export function readCall(loaded: LoadedCallModel, call: Pick<Call, 'transcript'>, caller: Sentence[], agent: Sentence[] = []): CallReading {
  const x = featuresOf(loaded, call);
  const knownCallerWords = knownWords(loaded, call, 'caller');
  const readable = knownCallerWords >= MIN_KNOWN_CALLER_WORDS && knownWords(loaded, call, 'agent') > 0;
  const { intent: intentHead, optOut: optOutHead } = loaded.model.heads;
  const pi = probabilities(intentHead.weights, intentHead.bias, x);
  const intent: IntentReading = {
    readable,
    knownCallerWords,
    ranking: intentHead.classes.map((c, i) => ({ intent: c, p: pi[i] })).sort((a, b) => b.p - a.p),
    evidenceFor: (c: Intent) => sentenceFor(loaded, intentHead, [c], caller),
  };
  if (!readable) return { intent, optOut: null, flags: [] };
  const po = probabilities(optOutHead.weights, optOutHead.bias, x);
  const optOut = { p: Object.fromEntries(optOutHead.classes.map((c, i) => [c, po[i]])) as Record<OptOutClass, number>, evidence: sentenceFor(loaded, optOutHead, ['affirmed', 'uncertain'], caller) };
  const flags = (Object.keys(FLAG_HEADS) as FlagHead[]).map((kind): FlagReading => {
    const head = loaded.model.heads[kind];
    const p = probabilities(head.weights, head.bias, x)[head.classes.indexOf('yes')];
    const speaker = FLAG_HEADS[kind];
    return { kind, p, evidence: sentenceFor(loaded, head, ['yes'], speaker === 'agent' ? agent : caller, speaker) };
  });
  return { intent, optOut, flags };
}

/** The model shipped with this build, read once. */
let shipped: LoadedCallModel | null = null;
export function shippedCallModel(): LoadedCallModel {
  shipped ??= loadCallModel(stored);
  return shipped;
}
