/**
 * `npm run eval -- [--split train,dev,sealed1,...,sealed5] [--json] [-v] [--gate] [--model FILE]`
 *
 * Runs the configured classifier (CLASSIFIER, as `npm run plan` does) over the labelled splits and
 * prints, per split: per-field accuracy, calls fully right, opt-out recall (held or applied) and
 * precision with Wilson intervals, false opt-outs, holds on clean calls, the intent confusion matrix,
 * results per category and language, and the p95 classify time. `--gate` exits 1 when train or dev
 * falls below the bar (95% per field, 100% opt-out recall, no false opt-out).
 */
import { loadConfig } from '../config';
import { readFileSync } from 'node:fs';
import { loadCallModel } from '../domain/classify/callModel';
import { makeRulesClassifier } from '../domain/classify/rulesClassifier';
import { createClassifier } from '../integrations/classifiers';
import { formatSummary, summarise } from './report';
import { evaluate, gateProblems } from './run';
import { loadSplit, SPLITS, type Split } from './sets';

async function main(argv: string[]): Promise<number> {
  let splits: Split[] = [...SPLITS];
  let json = false;
  let verbose = false;
  let gate = false;
  let modelFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--split') {
      const wanted = (argv[++i] ?? '').split(',').filter(Boolean);
      const bad = wanted.filter((w) => !(SPLITS as readonly string[]).includes(w));
      if (!wanted.length || bad.length) {
        process.stderr.write(`--split takes a comma-separated list of ${SPLITS.join(', ')}\n`);
        return 2;
      }
      splits = wanted as Split[];
    } else if (a === '--json') json = true;
    else if (a === '-v' || a === '--verbose') verbose = true;
    else if (a === '--gate') gate = true;
    else if (a === '--model') modelFile = argv[++i];
    else {
      process.stderr.write(`unknown argument ${a}\nusage: npm run eval -- [--split train,dev,sealed1,...,sealed5] [--json] [-v] [--gate] [--model FILE]\n`);
      return 2;
    }
  }
  const config = loadConfig();
  // A model trained with a split held out (npm run train:model -- --exclude S --out F) measures S honestly.
  const classifier = modelFile ? makeRulesClassifier(loadCallModel(JSON.parse(readFileSync(modelFile, 'utf8')))) : createClassifier(config.classifier);
  const report: Record<string, unknown> = { classifier: { id: classifier.id, version: classifier.version } };
  const gated: string[] = [];
  if (!json) process.stdout.write(`classifier ${classifier.id} ${classifier.version}\n`);
  for (const split of splits) {
    const cases = loadSplit(split, config.policy);
    if (!cases) {
      if (!json) process.stdout.write(`== ${split}: not found here, skipped\n`);
      continue;
    }
    const rows = await evaluate(cases, classifier);
    const summary = summarise(rows);
    report[split] = { summary, misses: rows.filter((r) => r.misses.length).map((r) => ({ id: r.case.id, misses: r.misses })) };
    if (!json) process.stdout.write(`${formatSummary(split, summary, rows, verbose)}\n`);
    if (gate && (split === 'train' || split === 'dev')) gated.push(...gateProblems(summary).map((p) => `${split}: ${p}`));
  }
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (gate) {
    process.stdout.write(gated.length ? `gate FAILED:\n${gated.map((g) => `  - ${g}`).join('\n')}\n` : 'gate passed\n');
    return gated.length ? 1 : 0;
  }
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
