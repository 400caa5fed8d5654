/**
 * `npm run bench:decide -- [--members 100000] [--splits dev,sealed12] [--repeat 3]`
 *
 * The decide activity's own time (matching, the policy, the plan), in one process with nothing else
 * on the machine's cores, against each labelled call's program as written and against the same
 * program grown by a generated one (`--members` members and half as many referrals,
 * sandbox/generateProgram.ts) held in the record index, as the live directory holds it. As in the
 * worker, the classifier has already answered (the classify activity) and its answer is replayed.
 *
 * Prints p50/p95 of both, their ratio, and how many plans the larger program changed (a generated
 * name or number that happens to match a caller would change one; none should). The last line is
 * one JSON object.
 */
import os from 'node:os';
import { decideCall } from '../domain/decide';
import { callerIdentity } from '../domain/identity';
import { InMemoryDirectory, type RecordDirectory } from '../domain/records';
import { recordedClassifier } from '../domain/classify/recorded';
import { rulesClassifier } from '../domain/classify/rulesClassifier';
import { recordsFromSeed } from '../integrations/referralrock/seedDirectory';
import { generateProgram } from '../sandbox/generateProgram';
import { loadSplit, SPLITS, type EvalCase, type Split } from '../eval/sets';
import { policy as corpusPolicy } from '../test/corpus/helpers';
import { percentile, round2 } from './stats';

interface Options {
  members: number;
  splits: Split[];
  repeat: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { members: 100_000, splits: ['dev', 'sealed12'], repeat: 3 };
  const usage = 'usage: npm run bench:decide -- [--members N] [--splits dev,sealed12] [--repeat N]';
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--members') o.members = Number(value);
    else if (flag === '--repeat') o.repeat = Number(value);
    else if (flag === '--splits') o.splits = value.split(',') as Split[];
    else throw new Error(`unknown argument ${flag}; ${usage}`);
  }
  if (!Number.isInteger(o.members) || o.members < 1 || !Number.isInteger(o.repeat) || o.repeat < 1) throw new Error(usage);
  const unknown = o.splits.filter((s) => !(SPLITS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown split(s) ${unknown.join(', ')}; ${usage}`);
  return o;
}


async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const cases: EvalCase[] = o.splits.flatMap((s) => loadSplit(s, corpusPolicy) ?? []);
  if (!cases.length) throw new Error(`no calls found in ${o.splits.join(', ')}`);
  const generated = generateProgram(o.members, 'generated');
  const generatedRecords = recordsFromSeed({ programs: [{ id: 'generated' }], ...generated });

  // One program at a time (calls of a batch share their seed): a larger directory per program,
  // dropped before the next is built.
  const byProgram = new Map<RecordDirectory, EvalCase[]>();
  for (const c of cases) byProgram.set(c.directory, [...(byProgram.get(c.directory) ?? []), c]);
  const small: number[] = [];
  const large: number[] = [];
  const buildMs: number[] = [];
  let changed = 0;
  const changedIds: string[] = [];
  for (const [directory, ofProgram] of byProgram) {
    const t0 = performance.now();
    const big = new InMemoryDirectory([...(directory as InMemoryDirectory).records(), ...generatedRecords]);
    buildMs.push(performance.now() - t0);
    for (const c of ofProgram) {
      const signals = await rulesClassifier.classify(c.call, { identity: callerIdentity(c.call, c.policy.defaultRegion), policy: c.policy });
      const judged = recordedClassifier({ classifier: { id: rulesClassifier.id, version: rulesClassifier.version }, signals });
      let planSmall = '';
      let planLarge = '';
      for (let r = 0; r < o.repeat; r++) {
        let t = performance.now();
        planSmall = JSON.stringify(await decideCall(c.call, c.directory, c.policy, judged));
        small.push(performance.now() - t);
        t = performance.now();
        planLarge = JSON.stringify(await decideCall(c.call, big, c.policy, judged));
        large.push(performance.now() - t);
      }
      if (planSmall !== planLarge) {
        changed++;
        changedIds.push(c.id);
      }
    }
  }
  const indexMs = buildMs.reduce((a, b) => a + b, 0) / buildMs.length;
  small.sort((a, b) => a - b);
  large.sort((a, b) => a - b);
  const r = round2;
  const result = {
    calls: cases.length,
    splits: o.splits,
    repeat: o.repeat,
    members: o.members,
    cores: os.cpus().length,
    indexBuildMs: r(indexMs),
    smallP50Ms: r(percentile(small, 50)),
    smallP95Ms: r(percentile(small, 95)),
    largeP50Ms: r(percentile(large, 50)),
    largeP95Ms: r(percentile(large, 95)),
    p95Ratio: r(percentile(large, 95) / percentile(small, 95)),
    plansChanged: changed,
    changedCalls: changedIds,
  };
  console.log(`${cases.length} labelled calls (${o.splits.join(', ')}), each decided ${o.repeat} times against its own program and against it plus ${o.members} generated members and ${Math.floor(o.members / 2)} referrals`);
  console.log('| program | decide p50 | decide p95 |');
  console.log('|---|---|---|');
  console.log(`| the call's own (tens of records) | ${result.smallP50Ms} ms | ${result.smallP95Ms} ms |`);
  console.log(`| plus ${o.members} generated members | ${result.largeP50Ms} ms | ${result.largeP95Ms} ms |`);
  console.log(`p95 ratio ${result.p95Ratio}; index built in ${result.indexBuildMs} ms per program; plans changed by the larger program: ${changed} of ${cases.length}${changedIds.length ? ` (${changedIds.join(', ')})` : ''}`);
  console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
