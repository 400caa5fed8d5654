/**
 * The decision engine's bar (issue 8), in CI: on `train` (the project's corpus) and `dev`
 * (../shared/eval, written by an outside author) every labelled field is right on at least 95% of
 * calls, every labelled opt-out is caught (applied or held), and no opt-out is invented. The sealed
 * split is not run here: it is run once per approach and recorded (eval/README.md).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { rulesClassifier } from '../../domain/classify/rulesClassifier';
import { defaultPolicyConfig } from '../../domain/policyConfig';
import { formatSummary, summarise } from '../../eval/report';
import { evaluate, gateProblems } from '../../eval/run';
import { DEV_DIR, loadSplit } from '../../eval/sets';

describe.each(['train', 'dev'] as const)('the %s split meets the bar', (split) => {
  it('95% on every field, 100% opt-out recall (held or applied), no false opt-out', async () => {
    if (split === 'dev' && !existsSync(path.join(DEV_DIR, 'expected.json'))) {
      throw new Error(`the dev split is missing: ${DEV_DIR} (../shared/eval beside the clone)`);
    }
    const cases = loadSplit(split, defaultPolicyConfig)!;
    expect(cases.length).toBeGreaterThanOrEqual(split === 'dev' ? 80 : 400);
    const rows = await evaluate(cases, rulesClassifier);
    const summary = summarise(rows);
    console.log(formatSummary(split, summary, rows, false));
    expect(gateProblems(summary)).toEqual([]);
  });
});
