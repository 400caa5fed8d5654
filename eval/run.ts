/** Runs the decision engine over evaluation cases, timing the classifier on its own. */
import { performance } from 'node:perf_hooks';
import { decideCall } from '../domain/decide';
import { callerIdentity } from '../domain/identity';
import type { CallClassifier } from '../domain/classify/signals';
import { scoreCase, type Scored, type Summary } from './report';
import type { EvalCase } from './sets';

export async function evaluate(cases: EvalCase[], classifier: CallClassifier): Promise<Scored[]> {
  const rows: Scored[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    await classifier.classify(c.call, { identity: callerIdentity(c.call, c.policy.defaultRegion), policy: c.policy });
    const classifyMs = performance.now() - t0;
    const plan = await decideCall(c.call, c.directory, c.policy, classifier);
    rows.push(scoreCase(c, plan, classifyMs));
  }
  return rows;
}

/** The bar CI holds train and dev to (issue 8): 95% on every field, every opt-out caught, none invented. */
export function gateProblems(s: Summary, minField = 0.95): string[] {
  const problems: string[] = [];
  for (const [field, v] of Object.entries(s.perField)) {
    if (v.right / v.labelled < minField) problems.push(`${field} ${v.right}/${v.labelled} is below ${minField * 100}%`);
  }
  if (s.optOut.recall < 1) problems.push(`opt-out recall (held or applied) ${s.optOut.applied + s.optOut.held}/${s.optOut.positives} is below 100%`);
  if (s.optOut.falseOptOuts.length) problems.push(`false opt-outs: ${s.optOut.falseOptOuts.join(', ')}`);
  return problems;
}
