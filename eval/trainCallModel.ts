/**
 * Trains the call model (domain/classify/callModel.ts) from the labelled corpus and writes it to
 * domain/classify/callModel.json: one vocabulary, one head per question (intent, opt-out).
 *
 *   npm run train:model                             # every opened split
 *   npm run train:model -- --exclude sealed3        # hold one out, to measure it with
 *                                                   #   npm run eval -- --split sealed3 --model FILE
 *   npm run train:model -- --out /tmp/model.json
 *
 * Only opened splits are training data (eval/sets.ts says which); a sealed batch that has not had its
 * first run must never be listed in OPENED. Training is deterministic: the same corpus gives the same
 * file, so a diff of the JSON shows what a corpus change did.
 *
 * Each head is L2-regularised multinomial logistic regression with balanced class weights, minimised
 * by full-batch Adam; at a few hundred calls and a few thousand terms this takes seconds, and a
 * hand-written loop of forty lines is easier to keep than a numerical library for it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { intentSchema } from '../domain/plan';
import { featuresOf, FLAG_HEADS, OPT_OUT_CLASSES, YES_NO, type FlagHead, probabilities, speakerText, termsOf, type CallModel, type ModelHead, type OptOutClass, type SparseVector } from '../domain/classify/callModel';
import { policy as corpusPolicy } from '../test/corpus/helpers';
import { loadSplit, type Split } from './sets';

/** Splits whose first run is recorded, so training on them hides nothing (eval/README.md). */
export const OPENED: Split[] = ['train', 'dev', 'sealed1', 'sealed2', 'sealed3', 'sealed4', 'sealed5', 'sealed6', 'sealed7', 'sealed8', 'sealed9', 'sealed10', 'sealed11', 'sealed12', 'sealed13', 'sealed14', 'sealed15', 'sealed16', 'sealed17', 'sealed18', 'sealed19', 'sealed20', 'sealed21', 'sealed22', 'sealed23', 'sealed24'];
export const MODEL_PATH = path.resolve(__dirname, '..', 'domain', 'classify', 'callModel.json');
export const MODEL_VERSION = '3';

const MIN_DF = 2;
/** Inverse regularisation strength (scikit-learn's C): larger fits the corpus more closely. */
const C = 5;
const ITERATIONS = 500;

export interface Doc {
  caller: string;
  agent: string;
  intent?: string;
  optOut?: OptOutClass;
  /** Per review-flag head: whether the labels ask a reviewer to see it; absent where they do not say. */
  flags?: Partial<Record<FlagHead, 'yes' | 'no'>>;
}

function block(texts: string[]): CallModel['caller'] {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of new Set(termsOf(t))) df.set(term, (df.get(term) ?? 0) + 1);
  const terms = [...df.entries()].filter(([, n]) => n >= MIN_DF).map(([t]) => t).sort();
  const n = texts.length;
  return { terms, idf: terms.map((t) => round(Math.log((1 + n) / (1 + df.get(t)!)) + 1)) };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** L2-regularised softmax regression with balanced class weights, by full-batch Adam. */
function fitHead(xs: SparseVector[], labels: string[], classes: string[], width: number): ModelHead {
  const ys = labels.map((l) => classes.indexOf(l));
  const counts = classes.map((_, c) => ys.filter((y) => y === c).length);
  const classWeight = counts.map((n) => (n ? xs.length / (classes.length * n) : 0));
  const W = classes.map(() => new Float64Array(width));
  const b = new Float64Array(classes.length);
  const mW = classes.map(() => new Float64Array(width));
  const vW = classes.map(() => new Float64Array(width));
  const mb = new Float64Array(classes.length);
  const vb = new Float64Array(classes.length);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let it = 1; it <= ITERATIONS; it++) {
    const gW = classes.map((_, c) => Float64Array.from(W[c], (w) => w / C));
    const gb = new Float64Array(classes.length);
    xs.forEach((x, i) => {
      const p = probabilities(W as unknown as number[][], b as unknown as number[], x);
      for (let c = 0; c < classes.length; c++) {
        const g = classWeight[ys[i]] * (p[c] - (ys[i] === c ? 1 : 0));
        gb[c] += g;
        for (const [col, v] of x) gW[c][col] += g * v;
      }
    });
    const lr = 0.05 / Math.sqrt(1 + it / 100);
    const step = (w: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array) => {
      for (let j = 0; j < w.length; j++) {
        m[j] = beta1 * m[j] + (1 - beta1) * g[j];
        v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
        w[j] -= (lr * (m[j] / (1 - beta1 ** it))) / (Math.sqrt(v[j] / (1 - beta2 ** it)) + eps);
      }
    };
    for (let c = 0; c < classes.length; c++) step(W[c], gW[c], mW[c], vW[c]);
    step(b, gb, mb, vb);
  }
  return { classes, weights: W.map((row) => Array.from(row, round)), bias: Array.from(b, round) };
}

export function trainCallModel(docs: Doc[], splits: string[]): CallModel {
  const caller = block(docs.map((d) => d.caller));
  const agent = block(docs.map((d) => d.agent));
  const width = caller.terms.length + agent.terms.length;
  // Vectorised with the same code that reads the model.
  const shape = { model: { caller }, caller: { index: new Map(caller.terms.map((t, i) => [t, i])), idf: caller.idf }, agent: { index: new Map(agent.terms.map((t, i) => [t, i])), idf: agent.idf } };
  const vector = (d: Doc) => featuresOf(shape, { transcript: [{ speaker: 'caller', text: d.caller }, { speaker: 'agent', text: d.agent }] as never });
  const withIntent = docs.filter((d) => d.intent);
  const withOptOut = docs.filter((d) => d.optOut);
  const intentClasses = intentSchema.options.filter((c) => withIntent.some((d) => d.intent === c));
  const flagHead = (kind: FlagHead) => {
    const labelled = docs.filter((d) => d.flags?.[kind]);
    return fitHead(labelled.map(vector), labelled.map((d) => d.flags![kind]!), [...YES_NO], width) as CallModel['heads'][FlagHead];
  };
  return {
    version: MODEL_VERSION,
    trainedOn: { splits, calls: docs.length },
    caller,
    agent,
    heads: {
      intent: fitHead(withIntent.map(vector), withIntent.map((d) => d.intent!), intentClasses, width) as CallModel['heads']['intent'],
      optOut: fitHead(withOptOut.map(vector), withOptOut.map((d) => d.optOut!), [...OPT_OUT_CLASSES], width) as CallModel['heads']['optOut'],
      money: flagHead('money'),
      legal: flagHead('legal'),
      access: flagHead('access'),
    },
  };
}

/**
 * The opt-out question as the labels answer it: applied, held, or neither. The project's own corpus
 * (`train`) labels every opt-out and every hold it contains, so a call of it without one is none;
 * the outside sets leave the field out where they do not decide it.
 */
function optOutLabel(expect: Record<string, unknown>, split: Split): OptOutClass | undefined {
  if (expect.optOut === true) return 'affirmed';
  if (expect.optOutPossible === true) return 'uncertain';
  if (expect.optOut === false || split === 'train') return 'none';
  return undefined;
}

/** The review reasons that make each flag head's yes. */
const REASONS_OF_FLAG: Record<FlagHead, string[]> = { money: ['money'], legal: ['legal'], access: ['access'] };

/**
 * Each flag head's answer as the labels give it: yes when the call's review reasons include it; no
 * when the call needs no review, or its reasons are listed without it; not labelled otherwise.
 */
function flagLabels(expect: Record<string, unknown>): Doc['flags'] {
  const reasons = Array.isArray(expect.reviewReasons) ? (expect.reviewReasons as string[]) : null;
  if (!reasons && expect.review !== false) return undefined;
  const out: NonNullable<Doc['flags']> = {};
  for (const kind of Object.keys(FLAG_HEADS) as FlagHead[]) out[kind] = reasons?.some((r) => REASONS_OF_FLAG[kind].includes(r)) ? 'yes' : 'no';
  return out;
}

function main(argv: string[]): number {
  let out = MODEL_PATH;
  const exclude = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = path.resolve(argv[++i] ?? '');
    else if (argv[i] === '--exclude') for (const s of (argv[++i] ?? '').split(',')) exclude.add(s);
    else {
      process.stderr.write(`unknown argument ${argv[i]}\nusage: npm run train:model -- [--exclude SPLIT,...] [--out FILE]\n`);
      return 2;
    }
  }
  const splits = OPENED.filter((s) => !exclude.has(s));
  const docs: Doc[] = [];
  for (const split of splits) {
    for (const c of loadSplit(split, corpusPolicy) ?? []) {
      const intent = intentSchema.safeParse(c.expect.intent);
      const doc: Doc = { caller: speakerText(c.call, 'caller'), agent: speakerText(c.call, 'agent'), intent: intent.success ? intent.data : undefined, optOut: optOutLabel(c.expect, split), flags: flagLabels(c.expect) };
      if (doc.intent || doc.optOut || doc.flags) docs.push(doc);
    }
  }
  const model = trainCallModel(docs, splits);
  writeFileSync(out, JSON.stringify(model) + '\n');
  process.stdout.write(`call model ${model.version}: ${docs.length} labelled calls from ${splits.join(', ')}; ${model.caller.terms.length} caller and ${model.agent.terms.length} agent terms; wrote ${path.relative(process.cwd(), out)}\n`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
