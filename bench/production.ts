/**
 * `npm run bench -- [--calls 200] [--concurrency 20] [--workers 1] [--server dev|postgres|ADDRESS]
 *                  [--members N] [--directory snapshot|live]`
 *
 * Throughput in the production shape, beside Temporal's own floor measured in the same run on the
 * same server. The Temporal server, our worker(s), the intake and the ReferralRock sandbox run as
 * separate processes, as they do in production; this process is only the load generator.
 *
 *  1. ours: `calls` signed deliveries, `concurrency` at a time, to the intake; the ack latency of
 *     each (the 202), deliveries accepted per second, and calls carried out per second (from the
 *     first delivery to the last call's workflow result: decision and ReferralRock writes).
 *  2. the floor: the same number of bare `workflow.start`s of a workflow that does nothing (rate and
 *     latency), then the same number of no-op workflows running as many activities, one after the
 *     other, as an average call of ours had (counted from our calls' histories), on a floor worker
 *     of its own process (bench/floor/).
 *
 * It prints each of our figures beside its floor and the ratio. The last line is one JSON object:
 * acceptRatio (accepted deliveries/s over bare starts/s), ackP99Ratio (our ack p99 over the bare
 * start p99), completedRatio (calls carried out/s over no-op workflows completed/s), the figures
 * behind them, and ReferralRock requests per call (reads and writes, from the sandbox's counter).
 *
 * --server dev: the embedded dev server (SQLite file, `npm start`'s settings); postgres: `npm run
 * cluster` (Temporal on PostgreSQL, left running); ADDRESS: a server already running there.
 *
 * --members N adds a generated program of N members and N/2 referrals (sandbox/generateProgram.ts)
 * to the sandbox; --directory chooses how the workers read it (REFERRALROCK_DIRECTORY: the snapshot
 * reread every TTL, or the live index kept by webhooks). The run then also reports the decide
 * activity's p50/p95 (from the calls' histories) and ReferralRock reads per call.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import { loadConfig } from '../config';
import { connectTemporal } from '../services/connectTemporal';
import { ReviewReasonsKey, ReviewStatusKey } from '../workflows/searchAttributes';
import { EXAMPLE_SEED, exampleCall } from '../test/helpers/stack';
import { sendCanonical } from '../test/helpers/send';
import { freePort } from '../test/helpers/freePort';
import { generateProgram } from '../sandbox/generateProgram';
import { percentile, round2 } from './stats';
import { SERVER_PATTERN, eventMs, lettersOf, paced, spawnTs, stackEnv, startTemporal, stopProcesses, waitFor, type TemporalServer } from './stack';

/** Calls that finish without a person (06 and 07 wait for review). */
const EXAMPLES = ['01-referral-books-demo.json', '02-member-opts-out.json', '03-billing-pause.json', '04-new-prospect-with-code.json', '05-spam.json', '08-not-interested.json'];

interface Options {
  calls: number;
  concurrency: number;
  workers: number;
  server: string;
  members: number;
  directory: 'snapshot' | 'live';
}

function parseOptions(argv: string[]): Options {
  const o: Options = { calls: 200, concurrency: 20, workers: 1, server: 'dev', members: 0, directory: 'snapshot' };
  const usage = 'usage: npm run bench -- [--calls N] [--concurrency N] [--workers N] [--server dev|postgres|HOST:PORT] [--members N] [--directory snapshot|live]';
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--calls') o.calls = Number(value);
    else if (flag === '--concurrency') o.concurrency = Number(value);
    else if (flag === '--workers') o.workers = Number(value);
    else if (flag === '--server') o.server = value ?? '';
    else if (flag === '--members') o.members = Number(value);
    else if (flag === '--directory') o.directory = value as Options['directory'];
    else throw new Error(`unknown argument ${flag}; ${usage}`);
    i++;
  }
  for (const k of ['calls', 'concurrency', 'workers'] as const) if (!Number.isInteger(o[k]) || o[k] < 1) throw new Error(`--${k} must be a whole number >= 1; ${usage}`);
  if (!SERVER_PATTERN.test(o.server)) throw new Error(usage);
  if (!Number.isInteger(o.members) || o.members < 0) throw new Error(`--members must be a whole number >= 0; ${usage}`);
  if (o.directory !== 'snapshot' && o.directory !== 'live') throw new Error(usage);
  return o;
}


/** Every workflow's result, or an error naming those still running after `ms` and what they wait for. */
async function allResults(client: Client, ids: string[], ms = 300_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  const done = Promise.all(ids.map((id) => client.workflow.getHandle(id).result()));
  const first = await Promise.race([done, timeout]);
  clearTimeout(timer);
  if (first !== 'timeout') return;
  const stuck: string[] = [];
  for (const id of ids) {
    const d = await client.workflow.getHandle(id).describe();
    if (d.status.name === 'RUNNING') stuck.push(`${id} (review ${d.typedSearchAttributes.get(ReviewStatusKey) ?? 'none'}: ${(d.typedSearchAttributes.get(ReviewReasonsKey) ?? []).join(', ')})`);
  }
  throw new Error(`${stuck.length} of ${ids.length} workflows still running after ${ms / 1000} s: ${stuck.slice(0, 10).join(', ')}`);
}

/** How long each run of activity `type` took in one history (started to completed, per attempt that completed). */
function activityDurations(events: temporal.api.history.v1.IHistoryEvent[], type: string): number[] {
  const scheduledIds = new Set(events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === type).map((e) => String(e.eventId)));
  const started = new Map(events.filter((e) => e.activityTaskStartedEventAttributes && scheduledIds.has(String(e.activityTaskStartedEventAttributes.scheduledEventId))).map((e) => [String(e.eventId), eventMs(e.eventTime)]));
  return events
    .filter((e) => e.activityTaskCompletedEventAttributes && started.has(String(e.activityTaskCompletedEventAttributes.startedEventId)))
    .map((e) => eventMs(e.eventTime) - started.get(String(e.activityTaskCompletedEventAttributes!.startedEventId))!);
}

interface RequestCounts {
  total: number;
  reads: number;
  writes: number;
  byRoute: Record<string, number>;
}

interface OwnRecord {
  phone: string;
  email: string;
  /** The original's company, which the call's words then leave out. */
  company: string | null;
}

interface SeedRecord {
  id: string;
  email: string | null;
  phone?: string | null;
  phoneNumber?: string | null;
  referralCode?: string | null;
  companyName?: string | null;
}

/**
 * The example program plus, for every call (and warm-up call) whose example is about an existing
 * member or referral, a copy of that record with its own id, phone, email and code. Returns the
 * seed file and, per `tag:index`, the phone and email the call should carry.
 */
function seedWithOwnRecords(dir: string, calls: number, warm: number, generated: number): { seedFile: string; recordFor: Map<string, OwnRecord> } {
  const seed = JSON.parse(fs.readFileSync(EXAMPLE_SEED, 'utf8')) as { programs: Array<{ id: string }>; members: SeedRecord[]; referrals: SeedRecord[] };
  const byPhone = new Map<string, { kind: 'members' | 'referrals'; record: SeedRecord }>();
  for (const m of seed.members) if (m.phone) byPhone.set(m.phone, { kind: 'members', record: m });
  for (const r of seed.referrals) if (r.phoneNumber) byPhone.set(r.phoneNumber, { kind: 'referrals', record: r });
  const recordFor = new Map<string, OwnRecord>();
  const fromNumbers = EXAMPLES.map((file) => exampleCall(file).data.from_number as string);
  let n = 0;
  for (const [tag, count] of [['warm', warm], ['run', calls]] as const) {
    for (let i = 0; i < count; i++) {
      const found = byPhone.get(fromNumbers[i % EXAMPLES.length]);
      if (!found) continue;
      n++;
      const phone = `+1617${String(2_000_000 + n)}`;
      // A domain of its own: a shared one would count as a company domain that every copy matches.
      const email = `${found.record.id}@r${n}.bench.example`;
      // No company: the caller names the original's, and name and company together would bring the
      // original (and every other copy) within 0.15 of this one (rule 1's ambiguous match).
      const company = found.record.companyName ?? null;
      const copy: SeedRecord = { ...found.record, id: `${found.record.id}_${n}`, email, companyName: null };
      if (found.kind === 'members') {
        copy.phone = phone;
        copy.referralCode = `${found.record.referralCode ?? 'B'}-${n}`;
        seed.members.push(copy);
      } else {
        copy.phoneNumber = phone;
        seed.referrals.push(copy);
      }
      recordFor.set(`${tag}:${i}`, { phone, email, company });
    }
  }
  if (generated > 0) {
    const program = generateProgram(generated, seed.programs[0].id);
    seed.members.push(...(program.members as unknown as SeedRecord[]));
    seed.referrals.push(...(program.referrals as unknown as SeedRecord[]));
  }
  const seedFile = path.join(dir, 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(seed));
  return { seedFile, recordFor };
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnrr-bench-'));
  const log: string[] = [];
  const children: ChildProcess[] = [];
  const say = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
  let temporal: TemporalServer | null = null;
  try {
    // The Temporal server.
    temporal = await startTemporal(o.server, dataDir);
    const address = temporal.address;
    const run = randomUUID().slice(0, 8);
    const taskQueue = `bench-${run}`;
    const floorQueue = `bench-floor-${run}`;
    // Each call about an existing record gets a record of its own: production's calls are about many
    // records, and calls about one record wait for each other's writes (the record lock), which
    // would measure one hot record instead of the service.
    const { seedFile, recordFor } = seedWithOwnRecords(dataDir, o.calls, Math.max(6, o.workers * 3), o.members);
    const sandboxPort = await freePort();
    const intakePort = await freePort();
    const env = stackEnv({ address, taskQueue, sandboxPort, seedFile, intakePort, dataDir });
    say(`Temporal at ${address}; starting the sandbox, ${o.workers} worker(s), the intake and the floor worker as processes`);
    children.push(spawnTs('sandbox/main.ts', env, 'sandbox', log));
    const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
    // A generated program of 100,000 members takes the sandbox a while to load; the workers read it
    // once it answers.
    await waitFor('the sandbox', async () => (await fetch(`${sandboxUrl}/_sandbox/requests`)).ok, children, log, 600_000);
    for (let w = 0; w < o.workers; w++) {
      // Each worker's webhook listener for the live index on a port of its own.
      const indexPort = await freePort();
      const workerEnv = { ...env, REFERRALROCK_DIRECTORY: o.directory, RECORD_INDEX_PORT: String(indexPort), RECORD_INDEX_PUBLIC_URL: `http://127.0.0.1:${indexPort}` };
      children.push(spawnTs('worker/main.ts', workerEnv, `worker${w + 1}`, log));
    }
    children.push(spawnTs('intake/main.ts', env, 'intake', log));
    children.push(spawnTs('bench/floor/worker.ts', { ...env, FLOOR_TASK_QUEUE: floorQueue }, 'floor-worker', log));
    const intakeUrl = `http://127.0.0.1:${intakePort}`;
    await waitFor('the intake', async () => (await fetch(`${intakeUrl}/readyz`)).ok, children, log);

    // Our calls' payloads are encrypted (PAYLOAD_ENCRYPTION_KEYS): read them with our own client; the
    // floor is plain Temporal, with a plain client.
    const ourTemporal = await connectTemporal(loadConfig(env as Record<string, string>), { address });
    const client = ourTemporal.client;
    const connection = await Connection.connect({ address });
    const plain = new Client({ connection, namespace: 'default' });

    const bodyFor = (i: number, tag: string) => {
      const body = exampleCall(EXAMPLES[i % EXAMPLES.length], `bench_${tag}_${run}_${i}`);
      const caller = body.data.caller as { email?: string } | undefined;
      const record = recordFor.get(`${tag}:${i}`);
      if (record) {
        // The call is about a record of its own (seeded below), as production's calls are.
        body.data.from_number = record.phone;
        if (caller?.email) caller.email = record.email;
        const company = record.company;
        if (company) for (const turn of body.data.transcript as Array<{ text: string }>) turn.text = turn.text.split(` from ${company}`).join('').split(company).join('my company');
      } else {
        // A new prospect each time, by email, phone and name: the same one twice would rightly match
        // the record the first one created (by the live index within a second, by a snapshot later).
        const who = body.data.caller as { email?: string; last_name?: string } | undefined;
        const swap = (from: string | undefined, to: string) => {
          if (!from) return;
          for (const turn of body.data.transcript as Array<{ text: string }>) turn.text = turn.text.split(from).join(to);
        };
        const email = `prospect@${tag}${i}.bench.example`;
        swap(who?.email, email);
        if (who?.email) who.email = email;
        // Letters only: a name's digits are not part of it (nameKey).
        const lastName = who?.last_name ? `${who.last_name}${lettersOf(i)}${tag === 'warm' ? 'w' : ''}` : null;
        swap(who?.last_name, lastName ?? '');
        if (who?.last_name && lastName) who.last_name = lastName;
        if (body.data.from_number === '+15035550163') body.data.from_number = `+1503555${String(1000 + i).slice(-4)}`;
      }
      return body;
    };
    const deliver = async (i: number, tag: string, ids: string[]) => {
      const answer = await sendCanonical(intakeUrl, bodyFor(i, tag));
      if (answer.status !== 202) throw new Error(`delivery ${tag} ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
      ids.push(answer.body.workflowId);
    };

    // Warm-up (not measured): each worker builds its workflow bundle and the first calls load the
    // program from ReferralRock; both sides get the same warm-up.
    say('warming up');
    const warm: string[] = [];
    await paced(Math.max(6, o.workers * 3), 3, (i) => deliver(i, 'warm', warm));
    // The first calls wait for each worker to read the program (long for a generated one).
    await allResults(client, warm, o.members > 0 ? 900_000 : 120_000);
    await waitFor('the floor worker', async () => {
      const id = `floor-warm-${run}`;
      await plain.workflow.execute('floorCall', { taskQueue: floorQueue, workflowId: `${id}-${Date.now()}`, args: [1], workflowExecutionTimeout: '20s' });
      return true;
    }, children, log);
    // Counted from here (a reset would also drop the live index's webhook subscriptions).
    const requestsBefore = (await (await fetch(`${sandboxUrl}/_sandbox/requests`)).json()) as RequestCounts;

    // 1. Ours.
    say(`${o.calls} signed deliveries, ${o.concurrency} at a time`);
    const ours: string[] = [];
    const t0 = performance.now();
    const accepted = await paced(o.calls, o.concurrency, (i) => deliver(i, 'run', ours));
    await allResults(client, ours);
    const oursDoneMs = performance.now() - t0;
    const requestsAfter = (await (await fetch(`${sandboxUrl}/_sandbox/requests`)).json()) as RequestCounts;
    const requests = { total: requestsAfter.total - requestsBefore.total, reads: requestsAfter.reads - requestsBefore.reads, writes: requestsAfter.writes - requestsBefore.writes };
    // Which reads: matching's (list pages, exact lookups) or the write path's (an external id looked up
    // before a create, the current note read before appending).
    const readsByRoute = Object.entries(requestsAfter.byRoute)
      .filter(([route]) => route.startsWith('GET '))
      .map(([route, n]) => [route, n - (requestsBefore.byRoute[route] ?? 0)] as const)
      .filter(([, n]) => n > 0);

    // Activities per call and the decide activity's duration, from the calls' own histories.
    let scheduled = 0;
    const decideMs: number[] = [];
    for (const id of ours) {
      const events = (await client.workflow.getHandle(id).fetchHistory()).events ?? [];
      scheduled += events.filter((e) => e.activityTaskScheduledEventAttributes).length;
      decideMs.push(...activityDurations(events, 'decideCall'));
    }
    const activitiesPerCall = Math.max(1, Math.round(scheduled / ours.length));
    decideMs.sort((a, b) => a - b);

    // 2. The floor, on the same server.
    say(`floor: ${o.calls} bare starts, then ${o.calls} no-op workflows of ${activitiesPerCall} activities`);
    const bare = await paced(o.calls, o.concurrency, async (i) => {
      await plain.workflow.start('floorStart', { taskQueue: floorQueue, workflowId: `floor-start-${run}-${i}` });
    });
    const floorIds: string[] = [];
    const f0 = performance.now();
    await paced(o.calls, o.concurrency, async (i) => {
      const h = await plain.workflow.start('floorCall', { taskQueue: floorQueue, workflowId: `floor-call-${run}-${i}`, args: [activitiesPerCall] });
      floorIds.push(h.workflowId);
    });
    await allResults(plain, floorIds);
    const floorDoneMs = performance.now() - f0;
    await connection.close();
    await ourTemporal.close();

    const acceptedPerSec = o.calls / (accepted.elapsedMs / 1000);
    const bareStartsPerSec = o.calls / (bare.elapsedMs / 1000);
    const completedPerSec = o.calls / (oursDoneMs / 1000);
    const floorCompletedPerSec = o.calls / (floorDoneMs / 1000);
    const ackP50 = percentile(accepted.latencies, 50);
    const ackP99 = percentile(accepted.latencies, 99);
    const bareP50 = percentile(bare.latencies, 50);
    const bareP99 = percentile(bare.latencies, 99);
    const r = round2;
    const result = {
      calls: o.calls,
      concurrency: o.concurrency,
      workers: o.workers,
      server: o.server,
      cores: os.cpus().length,
      acceptedPerSec: r(acceptedPerSec),
      bareStartsPerSec: r(bareStartsPerSec),
      acceptRatio: r(acceptedPerSec / bareStartsPerSec),
      ackP50Ms: r(ackP50),
      ackP99Ms: r(ackP99),
      bareStartP50Ms: r(bareP50),
      bareStartP99Ms: r(bareP99),
      ackP99Ratio: r(ackP99 / bareP99),
      completedPerSec: r(completedPerSec),
      floorCompletedPerSec: r(floorCompletedPerSec),
      completedRatio: r(completedPerSec / floorCompletedPerSec),
      activitiesPerCall,
      referralRockRequestsPerCall: r(requests.total / o.calls),
      referralRockReadsPerCall: r(requests.reads / o.calls),
      referralRockWritesPerCall: r(requests.writes / o.calls),
      members: o.members,
      directory: o.directory,
      decideP50Ms: r(percentile(decideMs, 50)),
      decideP95Ms: r(percentile(decideMs, 95)),
    };
    const row = (what: string, ourValue: string, floorValue: string, ratio: number) => `| ${what} | ${ourValue} | ${floorValue} | ${ratio.toFixed(2)} |`;
    console.log(`${o.calls} calls, ${o.concurrency} at a time, ${o.workers} worker(s), server ${o.server}, ${os.cpus().length} cores`);
    console.log('| figure | this project | Temporal floor (same run, same server) | ratio |');
    console.log('|---|---|---|---|');
    console.log(row('starts accepted per second', `${acceptedPerSec.toFixed(1)} (signed deliveries answered 202)`, `${bareStartsPerSec.toFixed(1)} (bare workflow.start)`, result.acceptRatio));
    console.log(row('ack / start latency p50', `${ackP50.toFixed(0)} ms`, `${bareP50.toFixed(0)} ms`, ackP50 / bareP50));
    console.log(row('ack / start latency p99', `${ackP99.toFixed(0)} ms`, `${bareP99.toFixed(0)} ms`, result.ackP99Ratio));
    console.log(row('calls completed per second', `${completedPerSec.toFixed(1)} (decide + writes)`, `${floorCompletedPerSec.toFixed(1)} (no-op workflow, ${activitiesPerCall} activities)`, result.completedRatio));
    console.log(`ReferralRock requests per call: ${result.referralRockRequestsPerCall} (${result.referralRockReadsPerCall} reads, ${result.referralRockWritesPerCall} writes)`);
    console.log(`reads by route: ${readsByRoute.map(([route, n]) => `${route} ${(n / o.calls).toFixed(2)}/call`).join(', ') || 'none'}`);
    console.log(`program: ${o.members ? `${o.members} generated members + ${Math.floor(o.members / 2)} referrals` : 'the example seed'}; directory ${o.directory}; decide activity p50 ${result.decideP50Ms} ms, p95 ${result.decideP95Ms} ms`);
    console.log(JSON.stringify(result));
  } finally {
    await stopProcesses(children);
    await temporal?.dev?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
