/**
 * The labelled corpus: the 8 shared examples against expected.json, and every call's opt-out
 * decision unchanged in speech-to-text style. Per-field accuracy and the 95% bar are in gate.test.ts
 * (with the outside dev set), from the same eval/ code `npm run eval` prints.
 */
import path from 'node:path';
import { decideCall } from '../../domain/decide';
import type { Plan } from '../../domain/plan';
import type { RecordDirectory } from '../../domain/records';
import type { Call } from '../../domain/call';
import { calls } from './calls';
import { holdout } from './calls-holdout';
import { corpusCall, corpusDirectory, loadSharedExample, policy, readJson, SHARED_DIR, sharedDirectory, type Expect } from './helpers';
import { rulesClassifier } from '../../domain/classify/rulesClassifier';
import { actual } from '../../eval/labels';

interface Case {
  id: string;
  split: 'shared' | 'train' | 'holdout';
  call: Call;
  directory: RecordDirectory;
  expect: Expect;
}

const sharedExpected = readJson(path.join(SHARED_DIR, 'expected.json')) as Array<{ file: string; expect: Expect }>;
const cases: Case[] = [
  ...sharedExpected.map((e) => ({ id: e.file, split: 'shared' as const, call: loadSharedExample(e.file), directory: sharedDirectory(), expect: e.expect })),
  ...[...calls, ...holdout].map((c) => ({ id: c.id, split: c.split, call: corpusCall(c), directory: corpusDirectory(), expect: c.expect })),
];

describe('labelled corpus', () => {
  const plans = new Map<string, Plan>();

  beforeAll(async () => {
    for (const c of cases) plans.set(c.id, await decideCall(c.call, c.directory, policy, rulesClassifier));
  });

  it('has unique ids and enough calls', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(sharedExpected.map((e) => e.file))('shared example %s comes out as expected.json says', (file) => {
    const c = cases.find((x) => x.id === file)!;
    const plan = plans.get(file)!;
    for (const [field, want] of Object.entries(c.expect)) {
      expect({ field, value: actual(plan, field as keyof Expect) }).toEqual({ field, value: field === 'reviewReason' || field === 'marker' ? expect.arrayContaining([want]) : want });
    }
  });

  it('opt-out decisions survive speech-to-text style text (lower case, no punctuation, fillers)', async () => {
    const styles: Array<[string, (t: string) => string]> = [
      ['lower case', (t) => t.toLowerCase()],
      ['no punctuation', (t) => t.replace(/[,;!?]/g, '').replace(/\.(\s|$)/g, '$1')],
      ['speech-to-text', (t) => t.toLowerCase().replace(/[,;!?]/g, '').replace(/\.(\s|$)/g, '$1')],
      ['fillers', (t) => `Um, ${t.replace(/\. (?=\p{Lu})/gu, '. Uh, ')}`],
    ];
    const flips: string[] = [];
    for (const c of cases) {
      const base = plans.get(c.id)!.classification.optOut.requested;
      for (const [name, style] of styles) {
        const call = { ...c.call, transcript: c.call.transcript.map((t) => ({ ...t, text: style(t.text) })) };
        const plan = await decideCall(call, c.directory, policy, rulesClassifier);
        if (plan.classification.optOut.requested !== base) flips.push(`${c.id} (${name})`);
      }
    }
    expect(flips).toEqual([]);
  });
});
