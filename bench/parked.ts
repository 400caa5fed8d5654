/**
 * `npm run bench:parked -- [--reviews 5000] [--timers 5000] [--burst 1000] [--server dev|postgres|HOST:PORT]
 *                          [--concurrency 10]`
 *
 * Issue 9, item 3: many calls parked at once. The Temporal server, our worker, the intake and the
 * ReferralRock sandbox run as separate processes (as in bench/production.ts); this process is the
 * load generator and the reviewers. It parks
 *
 *  - `reviews` calls waiting durably for a person (processCall's review wait): signed deliveries
 *    to the intake, half of them copies of the shared example 07 (a high-value referral ready to
 *    sign: review reasons high_value, money) and half copies of 06 (a name two referrals share:
 *    ambiguous_match, "which record is this?"). Each call has its own call id, caller number and
 *    name, and its own records in the sandbox's seed (07: its referral; 06: its two same-named
 *    referrals), so no call waits on another's record lock and matching stays per caller.
 *    Parking goes through the intake, not a direct `workflow.start`: the intake accepts about 100
 *    deliveries per second here, and the worker's decide step (classify, decide, tell follow-ups,
 *    notify), not the intake, is what bounds the parking rate, so the direct start would save
 *    little and skip the path production takes. Deliveries are held back while more than 150 calls
 *    are accepted but not yet waiting (counted from visibility): the dev server's SQLite store times
 *    out around 1,000 busy workflows, and a backlog would measure that instead.
 *  - `timers` follow-up timers: `followUp` workflows started the way processCall starts its child
 *    (same workflow id scheme `followup-<callId>-<n>`, same input and summary, on the calls' task
 *    queue), each about a referral of its own in the seed. `timers - burst` fall due days ahead;
 *    the last `burst` started fall due spread evenly over one whole minute that begins 2-3 minutes
 *    after parking ends.
 *
 * Then, with everything parked, it measures:
 *
 *  1. the worker process's RSS and CPU while idle, from /proc/<pid> (stat, status) every second for
 *     30 s (CPU as a percentage of one core); RSS is also sampled through the whole run (peak).
 *  2. the burst: each burst timer's lateness, from its own record and history: `firedAt` (the
 *     follow-up's state, the workflow's clock when it woke) minus due is the figure; the history
 *     adds when the server fired the timer and when the reminder note was written. (Measured before
 *     the reviews are decided, so the burst fires with all 10,000 still parked.)
 *  3. the review queue as the review page and API list it: `GET /review/api/queue` (visibility
 *     with the ReviewReasons / ReviewDeadline / ... search attributes, then the live state of the
 *     page's rows): the first page as a reviewer opens it (50 rows, five times), then every page of
 *     200 until each waiting call was seen; and, as a floor, the bare visibility list of the same
 *     query.
 *  4. deciding all of it through the review API, `concurrency` reviewers at a time: 07s approved
 *     (`POST /review/api/calls/:callId/decision`), 06s answered with a pick of one candidate
 *     (`POST /review/api/calls/:callId/pick`); a 503 (Temporal slow) is sent again, as the API says
 *     is safe. Total and per-call p50/p99.
 *
 * The sandbox is local, so the ReferralRock write queue's server-side rate limit is 1000/s (as in
 * bench/production.ts); the service's default of 5/s would hold each burst's reminders for minutes.
 * The last line is one JSON object for tools. Issue 9's goals: worker RSS under 500 MB, timers
 * within 1 s of due at p99.
 *
 * --lead-seconds, --window-seconds and --idle-seconds shorten the schedule for the smoke test
 * (test/benchParked.test.ts): the burst then falls due `lead` s after parking, spread over `window`
 * s, and the idle sample lasts `idle` s.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { loadConfig } from '../config';
import { connectTemporal } from '../services/connectTemporal';
import { pendingReviewsQuery } from '../services/visibilityQueries';
import { workflowIdForFollowUp } from '../workflows/ids';
import { followUp } from '../workflows/followUp';
import type { FollowUpInput, FollowUpState } from '../workflows/definitions';
import { ReviewReasonsKey } from '../workflows/searchAttributes';
import { EXAMPLE_SEED, exampleCall, type ExampleBody } from '../test/helpers/stack';
import { sendCanonical } from '../test/helpers/send';
import { freePort } from '../test/helpers/freePort';
import { percentile, round2 } from './stats';
import { SERVER_PATTERN, eventMs, lettersOf, paced, sleep, spawnTs, stackEnv, startTemporal, stopProcesses, waitFor, type TemporalServer } from './stack';

interface Options {
  reviews: number;
  timers: number;
  burst: number;
  server: string;
  concurrency: number;
  leadSeconds: number | null;
  windowSeconds: number;
  idleSeconds: number;
}

const USAGE = 'usage: npm run bench:parked -- [--reviews 5000] [--timers 5000] [--burst 1000] [--server dev|postgres|HOST:PORT] [--concurrency 10]';

function parseOptions(argv: string[]): Options {
  const o: Options = { reviews: 5000, timers: 5000, burst: 1000, server: 'dev', concurrency: 10, leadSeconds: null, windowSeconds: 60, idleSeconds: 30 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--reviews') o.reviews = Number(value);
    else if (flag === '--timers') o.timers = Number(value);
    else if (flag === '--burst') o.burst = Number(value);
    else if (flag === '--server') o.server = value ?? '';
    else if (flag === '--concurrency') o.concurrency = Number(value);
    else if (flag === '--lead-seconds') o.leadSeconds = Number(value);
    else if (flag === '--window-seconds') o.windowSeconds = Number(value);
    else if (flag === '--idle-seconds') o.idleSeconds = Number(value);
    else throw new Error(`unknown argument ${flag}; ${USAGE}`);
    i++;
  }
  for (const k of ['reviews', 'timers', 'burst'] as const) if (!Number.isInteger(o[k]) || o[k] < 0) throw new Error(`--${k} must be a whole number >= 0; ${USAGE}`);
  for (const k of ['concurrency', 'windowSeconds', 'idleSeconds'] as const) if (!Number.isInteger(o[k]) || o[k] < 1) throw new Error(`--${k} must be a whole number >= 1; ${USAGE}`);
  if (o.leadSeconds !== null && !(Number.isInteger(o.leadSeconds) && o.leadSeconds >= 1)) throw new Error(`--lead-seconds must be a whole number >= 1; ${USAGE}`);
  if (o.burst > o.timers) throw new Error(`--burst (${o.burst}) cannot exceed --timers (${o.timers}); ${USAGE}`);
  if (!SERVER_PATTERN.test(o.server)) throw new Error(USAGE);
  return o;
}

// --- the parked calls and their records -----------------------------------------------------------

const FIRST_NAMES = ['Hana', 'Pat', 'Robin', 'Casey', 'Jordan', 'Alex', 'Morgan', 'Taylor', 'Jamie', 'Riley', 'Avery', 'Quinn', 'Drew', 'Sky', 'Reese', 'Rowan'];
/** Even reviews are copies of 07 (approve), odd ones of 06 (pick a candidate). */
const kindOf = (i: number): 'high_value' | 'ambiguous' => (i % 2 === 0 ? 'high_value' : 'ambiguous');
/** The bench's numbers: one range per kind, none in the example seed. */
const phone = (range: number, n: number) => `+1617${String(range * 1_000_000 + n)}`;

interface SeedRecord {
  id: string;
  [field: string]: unknown;
}

/** Who review call `i` is (its first and last name), and the records it is about. */
function reviewPerson(i: number): { first: string; last: string } {
  return kindOf(i) === 'high_value' ? { first: FIRST_NAMES[i % FIRST_NAMES.length], last: `Kim${lettersOf(i)}` } : { first: FIRST_NAMES[i % FIRST_NAMES.length], last: `Morgan${lettersOf(i)}` };
}

/**
 * The example program plus each parked call's own records: a copy of ref_hana per 07 copy (its
 * name, number and company its own, the amount that makes it high-value kept), two referrals of one
 * name per 06 copy, and a referral per follow-up timer.
 */
function seedFor(dir: string, o: Options): string {
  const seed = JSON.parse(fs.readFileSync(EXAMPLE_SEED, 'utf8')) as { members: SeedRecord[]; referrals: SeedRecord[] };
  const original = (id: string) => seed.referrals.find((r) => r.id === id)!;
  const [hana, pat1, pat2] = [original('ref_hana'), original('ref_pat1'), original('ref_pat2')];
  for (let i = 0; i < o.reviews; i++) {
    const { first, last } = reviewPerson(i);
    const tag = lettersOf(i);
    if (kindOf(i) === 'high_value') {
      seed.referrals.push({ ...hana, id: `ref_hana_${i}`, firstName: first, lastName: last, email: `${first.toLowerCase()}@kim${tag}.bench.example`, phoneNumber: phone(2, i), companyName: `Kim${tag} & Co` });
    } else {
      seed.referrals.push({ ...pat1, id: `ref_pat1_${i}`, firstName: first, lastName: last, email: `${first.toLowerCase()}@lumen${tag}.bench.example`, phoneNumber: phone(4, i), companyName: `Lumen${tag}` });
      seed.referrals.push({ ...pat2, id: `ref_pat2_${i}`, firstName: first, lastName: last, email: `${first.toLowerCase()}@quarry${tag}.bench.example`, phoneNumber: phone(5, i), companyName: `Quarry${tag}` });
    }
  }
  for (let i = 0; i < o.timers; i++) {
    const tag = lettersOf(i);
    seed.referrals.push({ ...pat1, id: `ref_fu_${i}`, firstName: FIRST_NAMES[i % FIRST_NAMES.length], lastName: `Follow${tag}`, email: `fu@follow${tag}.bench.example`, phoneNumber: phone(6, i), companyName: `Follow${tag}` });
  }
  const file = path.join(dir, 'seed.json');
  fs.writeFileSync(file, JSON.stringify(seed));
  return file;
}

function reviewCallId(run: string, i: number): string {
  return `bench_rv_${run}_${i}`;
}

/** Review call `i`: a copy of 07 or 06 about its own records, from its own number. */
function reviewBody(run: string, i: number): ExampleBody {
  const { first, last } = reviewPerson(i);
  const swap = (body: ExampleBody, from: string, to: string) => {
    for (const turn of body.data.transcript) turn.text = turn.text.split(from).join(to);
  };
  if (kindOf(i) === 'high_value') {
    const body = exampleCall('07-high-value-ready.json', reviewCallId(run, i));
    body.data.from_number = phone(2, i);
    swap(body, 'Hana Kim', `${first} ${last}`);
    return body;
  }
  const body = exampleCall('06-ambiguous-name.json', reviewCallId(run, i));
  // A number of its own that no record holds: the name alone cannot tell its two referrals apart.
  body.data.from_number = phone(3, i);
  body.data.caller = { first_name: first, last_name: last };
  swap(body, 'Pat Morgan', `${first} ${last}`);
  return body;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function timerCallId(run: string, i: number, burst: boolean): string {
  return `bench_${burst ? 'tb' : 'tp'}_${run}_${i}`;
}

/** A follow-up's input as processCall builds it (followUpInput): about its own referral. */
function timerInput(callId: string, i: number, at: Date): FollowUpInput {
  return {
    callId,
    actionIndex: 2,
    at: at.toISOString(),
    timezone: 'America/New_York',
    channel: 'phone',
    owner: null,
    promise: 'Call back at the agreed time',
    target: { type: 'referral', id: `ref_fu_${i}` },
    summary: `Bench follow-up ${i}: call back as agreed`,
    links: { transcript: null, recording: null, call: null },
  };
}

// --- measuring a process from /proc --------------------------------------------------------------

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcSample {
  /** CPU time, user + system, all threads, in clock ticks. */
  ticks: number;
  rssMb: number;
  /** Of the RSS: anonymous memory (heaps, the workflow cache) and mapped files (node, the SDK's native core). */
  anonMb: number;
  fileMb: number;
  at: number;
}

/** A process's CPU time and memory now, from /proc; null once it is gone. */
function procSample(pid: number): ProcSample | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return { ticks, rssMb: kb('VmRSS'), anonMb: kb('RssAnon'), fileMb: kb('RssFile'), at: performance.now() };
  } catch {
    return null;
  }
}

/** The whole machine's busy share (all cores), from /proc/stat. */
function machineSample(): { busy: number; total: number } {
  const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = values.map(Number);
  const idle = n[3] + (n[4] ?? 0);
  const total = n.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

interface WindowStats {
  cpuPct: number;
  rssMeanMb: number;
  rssMaxMb: number;
  /** The last sample's anonymous and file-backed shares of the RSS. */
  anonMb: number;
  fileMb: number;
  machineBusyPct: number;
}

/** Samples `pid` every second for `seconds`: CPU as a percentage of one core, RSS mean and max. */
async function sampleWindow(pid: number, seconds: number): Promise<WindowStats> {
  const first = procSample(pid);
  const m0 = machineSample();
  if (!first) throw new Error(`process ${pid} is gone`);
  const rss: number[] = [first.rssMb];
  let last = first;
  for (let s = 0; s < seconds; s++) {
    await sleep(1000);
    const now = procSample(pid);
    if (!now) throw new Error(`process ${pid} exited while it was sampled`);
    rss.push(now.rssMb);
    last = now;
  }
  const m1 = machineSample();
  const wallSeconds = (last.at - first.at) / 1000;
  return {
    cpuPct: ((last.ticks - first.ticks) / CLK_TCK / wallSeconds) * 100,
    rssMeanMb: rss.reduce((a, b) => a + b, 0) / rss.length,
    rssMaxMb: Math.max(...rss),
    anonMb: last.anonMb,
    fileMb: last.fileMb,
    machineBusyPct: ((m1.busy - m0.busy) / Math.max(1, m1.total - m0.total)) * 100,
  };
}

// --- visibility ----------------------------------------------------------------------------------

const literal = (v: string) => `'${v.replace(/'/g, "''")}'`;

/** Polls `count(query)` until it reaches `target` (or `check` throws); fails when it stops moving for `stallMs`. */
async function countUntil(client: Client, what: string, query: string, target: number, opts: { stallMs?: number; onCount?: (n: number) => void; check?: () => Promise<void> } = {}): Promise<void> {
  const stallMs = opts.stallMs ?? 180_000;
  let last = -1;
  let movedAt = Date.now();
  for (;;) {
    const n = Number((await client.workflow.count(query)).count);
    opts.onCount?.(n);
    if (n >= target) return;
    if (n !== last) {
      last = n;
      movedAt = Date.now();
    } else if (Date.now() - movedAt > stallMs) {
      throw new Error(`${what}: stuck at ${n} of ${target} for ${stallMs / 1000} s (query: ${query})`);
    }
    await opts.check?.();
    await sleep(500);
  }
}

// --- the burst's histories -----------------------------------------------------------------------

interface BurstTimer {
  workflowId: string;
  dueMs: number;
}

interface Lateness {
  /** The follow-up's own record: firedAt (the workflow's clock when it woke) minus due. */
  fired: number[];
  /** The server's TimerFired event minus due. */
  serverFired: number[];
  /** When the timer was set, how late its fire time already was (the workflow task's own time). */
  setLate: number[];
  /** The reminder note written (writeFollowUpReminder completed) minus due. */
  reminder: number[];
  statuses: Record<string, number>;
}

async function burstLateness(client: Client, timers: BurstTimer[], concurrency: number): Promise<Lateness> {
  const out: Lateness = { fired: [], serverFired: [], setLate: [], reminder: [], statuses: {} };
  await paced(timers.length, concurrency, async (i) => {
    const { workflowId, dueMs } = timers[i];
    const handle = client.workflow.getHandle(workflowId);
    const state = (await handle.result()) as FollowUpState;
    out.statuses[state.status] = (out.statuses[state.status] ?? 0) + 1;
    if (state.firedAt) out.fired.push(Date.parse(state.firedAt) - dueMs);
    const events: temporal.api.history.v1.IHistoryEvent[] = (await handle.fetchHistory()).events ?? [];
    const started = events.find((e) => e.timerStartedEventAttributes);
    const fired = events.find((e) => e.timerFiredEventAttributes);
    if (started && fired) {
      const timeout = started.timerStartedEventAttributes!.startToFireTimeout;
      out.setLate.push(eventMs(started.eventTime) + eventMs(timeout) - dueMs);
      out.serverFired.push(eventMs(fired.eventTime) - dueMs);
    }
    const reminderScheduled = events.find((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'writeFollowUpReminder');
    const reminderDone = reminderScheduled && events.find((e) => String(e.activityTaskCompletedEventAttributes?.scheduledEventId ?? '') === String(reminderScheduled.eventId));
    if (reminderDone) out.reminder.push(eventMs(reminderDone.eventTime) - dueMs);
  });
  for (const list of [out.fired, out.serverFired, out.setLate, out.reminder]) list.sort((a, b) => a - b);
  return out;
}

// --- the review API ------------------------------------------------------------------------------

async function api(url: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // a non-JSON answer stays text
  }
  return { status: res.status, body };
}

interface QueueAnswer {
  rows: Array<{ callId: string }>;
  total: number;
  waiting: number;
  pages: number;
}

const ms = (sorted: number[], p: number) => (sorted.length ? round2(percentile(sorted, p)) : null);
const fmt = (x: number | null, unit = 'ms') => (x == null ? 'n/a' : `${Math.round(x).toLocaleString('en-US')} ${unit}`);

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const runStarted = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnrr-bench-parked-'));
  const log: string[] = [];
  const children: ChildProcess[] = [];
  const say = (msg: string) => process.stderr.write(`bench:parked ${new Date().toISOString().slice(11, 19)} ${msg}\n`);
  let temporalServer: TemporalServer | null = null;
  let ourTemporal: Awaited<ReturnType<typeof connectTemporal>> | null = null;
  let rssSampler: NodeJS.Timeout | undefined;
  let taskQueue = '';
  try {
    temporalServer = await startTemporal(o.server, dataDir);
    const address = temporalServer.address;
    const run = randomUUID().slice(0, 8);
    taskQueue = `bench-parked-${run}`;
    const adminToken = `bench-${randomUUID()}`;
    const seedFile = seedFor(dataDir, o);
    const sandboxPort = await freePort();
    const intakePort = await freePort();
    const indexPort = await freePort();
    const env: NodeJS.ProcessEnv = { ...stackEnv({ address, taskQueue, sandboxPort, seedFile, intakePort, dataDir }), ADMIN_TOKEN: adminToken };
    say(`Temporal at ${address}; starting the sandbox (${o.reviews} review calls' and ${o.timers} follow-ups' records), the worker and the intake as processes`);
    children.push(spawnTs('sandbox/main.ts', env, 'sandbox', log));
    const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
    await waitFor('the sandbox', async () => (await fetch(`${sandboxUrl}/_sandbox/requests`)).ok, children, log, 600_000);
    const worker = spawnTs('worker/main.ts', { ...env, RECORD_INDEX_PORT: String(indexPort), RECORD_INDEX_PUBLIC_URL: `http://127.0.0.1:${indexPort}` }, 'worker', log);
    children.push(worker);
    children.push(spawnTs('intake/main.ts', env, 'intake', log));
    const intakeUrl = `http://127.0.0.1:${intakePort}`;
    await waitFor('the intake', async () => (await fetch(`${intakeUrl}/readyz`)).ok, children, log);
    const workerPid = worker.pid!;
    let rssPeakMb = 0;
    rssSampler = setInterval(() => {
      const s = procSample(workerPid);
      if (s) rssPeakMb = Math.max(rssPeakMb, s.rssMb);
    }, 1000);

    const config = loadConfig(env as Record<string, string>);
    ourTemporal = await connectTemporal(config, { address });
    const client = ourTemporal.client;
    // The worker's own size before any call: polling its queue, nothing run yet.
    await waitFor(
      'the worker polling its queue',
      async () => {
        const answer = await client.workflowService.describeTaskQueue({ namespace: config.temporal.namespace, taskQueue: { name: taskQueue }, taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW });
        return (answer.pollers?.length ?? 0) > 0;
      },
      children,
      log,
    );
    await sleep(2000);
    const baseline = procSample(workerPid)!;
    say(`worker polling: RSS ${baseline.rssMb.toFixed(0)} MB before any call (anon ${baseline.anonMb.toFixed(0)}, files ${baseline.fileMb.toFixed(0)})`);
    const inRun = `TaskQueue = ${literal(taskQueue)}`;
    const pendingInRun = `${pendingReviewsQuery()} AND ${inRun}`;
    const childrenAlive = async () => {
      const dead = children.find((c) => c.exitCode != null);
      if (dead) throw new Error(`a process exited (${dead.exitCode})\n${log.slice(-30).join('\n')}`);
    };

    // 1. Park the reviews: signed deliveries, held back while too many are not yet waiting.
    say(`parking ${o.reviews} reviews: signed deliveries of 07 and 06 copies to the intake`);
    const WINDOW = 150;
    let parked = 0;
    let delivered = 0;
    const closedInRun = `WorkflowType = 'processCall' AND ${inRun} AND ExecutionStatus != 'Running'`;
    const p0 = performance.now();
    let saidAt = Date.now();
    let parkingError: unknown = null;
    const parking = countUntil(client, 'parking the reviews', pendingInRun, o.reviews, {
      onCount: (n) => {
        parked = n;
      },
      check: async () => {
        await childrenAlive();
        const closed = Number((await client.workflow.count(closedInRun)).count);
        if (closed > 0) throw new Error(`${closed} review call(s) finished without waiting for a reviewer (the copies of 06/07 no longer ask for review?)`);
        if (Date.now() - saidAt > 30_000) {
          say(`  ${parked} waiting, ${delivered} delivered`);
          saidAt = Date.now();
        }
      },
    }).catch((err: unknown) => {
      parkingError = err;
    });
    const ackMs: number[] = [];
    await paced(o.reviews, 8, async (i) => {
      while (delivered - parked >= WINDOW) {
        if (parkingError) throw parkingError;
        await sleep(100);
      }
      const t = performance.now();
      const answer = await sendCanonical(intakeUrl, reviewBody(run, i));
      ackMs.push(performance.now() - t);
      if (answer.status !== 202) throw new Error(`delivery ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
      delivered++;
    });
    await parking;
    if (parkingError) throw parkingError;
    ackMs.sort((a, b) => a - b);
    const parkReviewsMs = performance.now() - p0;
    say(`${o.reviews} reviews waiting after ${(parkReviewsMs / 1000).toFixed(0)} s (${(o.reviews / (parkReviewsMs / 1000)).toFixed(1)}/s; delivery ack p50 ${fmt(ms(ackMs, 50))}, p99 ${fmt(ms(ackMs, 99))})`);
    // What the copies wait for: each call's review reasons, from visibility.
    const reasonCounts: Record<string, number> = {};
    for await (const info of client.workflow.list({ query: pendingInRun, pageSize: 1000 })) {
      for (const r of info.typedSearchAttributes.get(ReviewReasonsKey) ?? ['(none)']) reasonCounts[r] = (reasonCounts[r] ?? 0) + 1;
    }

    // 2. Park the timers: far-off follow-ups first, then the burst, due in one minute 2-3 minutes on.
    const startFollowUp = async (callId: string, i: number, at: Date) => {
      const workflowId = workflowIdForFollowUp(callId, 2);
      await client.workflow.start(followUp, {
        taskQueue,
        workflowId,
        staticSummary: `Follow-up of call ${callId} by phone at ${at.toISOString()}`,
        args: [timerInput(callId, i, at)],
      });
      return workflowId;
    };
    const later = o.timers - o.burst;
    say(`parking ${o.timers} follow-up timers: ${later} due days ahead, then ${o.burst} due within one minute`);
    const t0 = performance.now();
    const farOff = await paced(later, 20, async (i) => {
      await startFollowUp(timerCallId(run, i, false), o.burst + i, new Date(Date.now() + (1 + (i % 29)) * DAY_MS + (i % 86_400) * 1000));
    });
    const startsPerSec = later > 0 ? later / (farOff.elapsedMs / 1000) : 50;
    // The burst's minute: a whole minute starting 2-3 minutes after these starts end (estimated).
    const burstStartsEndAt = Date.now() + (o.burst / Math.max(10, startsPerSec)) * 1300;
    const dueStart = o.leadSeconds !== null ? burstStartsEndAt + o.leadSeconds * 1000 : Math.ceil((burstStartsEndAt + 120_000) / 60_000) * 60_000;
    const windowMs = o.windowSeconds * 1000;
    const burst: BurstTimer[] = [];
    const burstStarts = await paced(o.burst, 20, async (i) => {
      const dueMs = dueStart + Math.floor((i * windowMs) / Math.max(1, o.burst));
      burst.push({ workflowId: await startFollowUp(timerCallId(run, i, true), i, new Date(dueMs)), dueMs });
    });
    const parkTimersMs = performance.now() - t0;
    const parkingEndedAt = Date.now();
    say(`${o.timers} follow-ups started in ${(parkTimersMs / 1000).toFixed(0)} s; the burst falls due ${new Date(dueStart).toISOString()} to ${new Date(dueStart + windowMs).toISOString()} (${((dueStart - parkingEndedAt) / 1000).toFixed(0)} s after parking ended)`);
    // Parked means each follow-up has set its timer (FollowUpAt is set in the same workflow task).
    await countUntil(client, 'the follow-ups setting their timers', `WorkflowType = 'followUp' AND ${inRun} AND ExecutionStatus = 'Running' AND FollowUpAt > '2000-01-01T00:00:00Z'`, o.timers, { check: childrenAlive });
    await sleep(3000);

    // 3. Idle, everything parked: the worker's RSS and CPU.
    const idleBefore = dueStart - Date.now() - 5000;
    if (idleBefore < o.idleSeconds * 1000) say(`warning: only ${Math.round(idleBefore / 1000)} s before the burst for a ${o.idleSeconds} s idle sample`);
    say(`sampling the worker (pid ${workerPid}) for ${o.idleSeconds} s, idle with ${o.reviews + o.timers} parked`);
    const idle = await sampleWindow(workerPid, Math.max(1, Math.min(o.idleSeconds, Math.floor(idleBefore / 1000))));
    say(`idle: RSS ${idle.rssMeanMb.toFixed(0)} MB, CPU ${idle.cpuPct.toFixed(1)} % of a core, machine ${idle.machineBusyPct.toFixed(1)} % busy`);

    // 4. The burst: wait for its minute, sample the worker through it, then read each timer's lateness.
    const dueEnd = dueStart + windowMs;
    if (Date.now() < dueStart - 1000) await sleep(dueStart - 1000 - Date.now());
    say(`the burst falls due now: ${o.burst} timers over ${o.windowSeconds} s`);
    const during = await sampleWindow(workerPid, Math.max(1, Math.round((dueEnd - Date.now()) / 1000)));
    const burstRunning = `WorkflowType = 'followUp' AND ExecutionStatus = 'Running' AND WorkflowId STARTS_WITH ${literal(`followup-bench_tb_${run}_`)}`;
    const burstClosed = `WorkflowType = 'followUp' AND ExecutionStatus != 'Running' AND WorkflowId STARTS_WITH ${literal(`followup-bench_tb_${run}_`)}`;
    await countUntil(client, 'the burst firing', burstClosed, o.burst, { check: childrenAlive, stallMs: 300_000 });
    const drainedMs = Date.now() - dueEnd;
    say(`every burst follow-up done ${(drainedMs / 1000).toFixed(1)} s after the last one fell due (${Number((await client.workflow.count(burstRunning)).count)} still running); reading ${o.burst} histories`);
    const lateness = await burstLateness(client, burst, 20);

    // 5. The review queue, as the review page and API list it.
    say('listing the review queue through the review API');
    const queueUrl = (q: string) => `${intakeUrl}/review/api/queue${q}`;
    const firstPage: number[] = [];
    let listErrors = 0;
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      const answer = await api(queueUrl(''), adminToken);
      firstPage.push(performance.now() - t);
      if (answer.status !== 200) {
        listErrors++;
        say(`  first page: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      }
    }
    firstPage.sort((a, b) => a - b);
    const pageMs: number[] = [];
    const seen = new Set<string>();
    const l0 = performance.now();
    let waitingListed = 0;
    for (let page = 1; page <= 10_000; page++) {
      const t = performance.now();
      const answer = await api(queueUrl(`?pageSize=200&sort=oldest&page=${page}`), adminToken);
      pageMs.push(performance.now() - t);
      if (answer.status !== 200) {
        listErrors++;
        say(`  page ${page}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        if (listErrors > 20) break;
        page--;
        continue;
      }
      const q = answer.body as QueueAnswer;
      waitingListed = q.waiting;
      for (const row of q.rows) seen.add(row.callId);
      if (page >= q.pages) break;
    }
    const listMs = performance.now() - l0;
    pageMs.sort((a, b) => a - b);
    const v0 = performance.now();
    let visibilityRows = 0;
    for await (const _ of client.workflow.list({ query: pendingReviewsQuery(), pageSize: 1000 })) visibilityRows++;
    const visibilityListMs = performance.now() - v0;
    say(`queue listed: ${seen.size} calls on ${pageMs.length} pages in ${(listMs / 1000).toFixed(1)} s (visibility alone ${(visibilityListMs / 1000).toFixed(1)} s for ${visibilityRows})`);

    // 6. Decide all of it: every parked call, through the review API.
    say(`deciding ${o.reviews} calls through the review API, ${o.concurrency} at a time`);
    const decideMs: number[] = [];
    const byKind: Record<'high_value' | 'ambiguous', number[]> = { high_value: [], ambiguous: [] };
    let retries = 0;
    let decideErrors = 0;
    const errorSamples: string[] = [];
    const d0 = performance.now();
    await paced(o.reviews, o.concurrency, async (i) => {
      const callId = encodeURIComponent(reviewCallId(run, i));
      const kind = kindOf(i);
      const [url, body] =
        kind === 'high_value'
          ? [`${intakeUrl}/review/api/calls/${callId}/decision`, { decision: 'approve', reviewer: 'Bench Reviewer', comment: 'contract checked' }]
          : [`${intakeUrl}/review/api/calls/${callId}/pick`, { pick: `ref_pat1_${i}`, reviewer: 'Bench Reviewer', comment: 'the caller named the Lumen account' }];
      const t = performance.now();
      for (let attempt = 1; ; attempt++) {
        const answer = await api(url, adminToken, { method: 'POST', body });
        if (answer.status === 200) break;
        if ((answer.status === 503 || answer.status === 504) && attempt < 5) {
          retries++;
          await sleep(500 * attempt);
          continue;
        }
        decideErrors++;
        if (errorSamples.length < 5) errorSamples.push(`${reviewCallId(run, i)}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        break;
      }
      const took = performance.now() - t;
      decideMs.push(took);
      byKind[kind].push(took);
    });
    const decideAllMs = performance.now() - d0;
    for (const list of [decideMs, byKind.high_value, byKind.ambiguous]) list.sort((a, b) => a - b);
    let stillPending = Number((await client.workflow.count(pendingInRun)).count);
    for (let k = 0; k < 60 && stillPending > 0; k++) {
      await sleep(1000);
      stillPending = Number((await client.workflow.count(pendingInRun)).count);
    }
    say(`decided in ${(decideAllMs / 1000).toFixed(1)} s (${retries} resent after a 503, ${decideErrors} failed); ${stillPending} still listed as waiting`);
    for (const e of errorSamples) say(`  ${e}`);

    // The report.
    clearInterval(rssSampler);
    const r = (x: number) => round2(x);
    const runSeconds = Math.round((performance.now() - runStarted) / 1000);
    const result = {
      reviews: o.reviews,
      timers: o.timers,
      burst: o.burst,
      server: o.server,
      cores: os.cpus().length,
      concurrency: o.concurrency,
      parkReviewsMs: r(parkReviewsMs),
      parkedReviewsPerSec: r(o.reviews / (parkReviewsMs / 1000)),
      parkTimersMs: r(parkTimersMs),
      timerStartsPerSec: r(o.timers / (parkTimersMs / 1000)),
      reviewReasons: reasonCounts,
      workerRssBaselineMb: r(baseline.rssMb),
      workerRssMb: r(idle.rssMeanMb),
      workerRssIdleAnonMb: r(idle.anonMb),
      workerRssIdleFileMb: r(idle.fileMb),
      workerRssIdleMaxMb: r(idle.rssMaxMb),
      workerRssPeakMb: r(rssPeakMb),
      workerCpuIdlePct: r(idle.cpuPct),
      machineCpuIdleBusyPct: r(idle.machineBusyPct),
      workerCpuBurstPct: r(during.cpuPct),
      machineCpuBurstBusyPct: r(during.machineBusyPct),
      listFirstPageP50Ms: ms(firstPage, 50),
      listFirstPageMaxMs: firstPage.length ? r(firstPage[firstPage.length - 1]) : null,
      listMs: r(listMs),
      listPages: pageMs.length,
      listPageP50Ms: ms(pageMs, 50),
      listPageP99Ms: ms(pageMs, 99),
      listPerCallMs: seen.size ? r(listMs / seen.size) : null,
      listedCalls: seen.size,
      listWaitingReported: waitingListed,
      listErrors,
      visibilityListMs: r(visibilityListMs),
      decideAllMs: r(decideAllMs),
      decideP50Ms: ms(decideMs, 50),
      decideP99Ms: ms(decideMs, 99),
      decideApproveP50Ms: ms(byKind.high_value, 50),
      decideApproveP99Ms: ms(byKind.high_value, 99),
      decidePickP50Ms: ms(byKind.ambiguous, 50),
      decidePickP99Ms: ms(byKind.ambiguous, 99),
      decideRetries: retries,
      decideErrors,
      stillPendingAfterDecide: stillPending,
      burstWindowSeconds: o.windowSeconds,
      burstDueAfterParkingSeconds: r((dueStart - parkingEndedAt) / 1000),
      timersFired: lateness.fired.length,
      timerStatuses: lateness.statuses,
      timerLatenessP50Ms: ms(lateness.fired, 50),
      timerLatenessP99Ms: ms(lateness.fired, 99),
      timerLatenessMaxMs: lateness.fired.length ? r(lateness.fired[lateness.fired.length - 1]) : null,
      timerServerFiredP50Ms: ms(lateness.serverFired, 50),
      timerServerFiredP99Ms: ms(lateness.serverFired, 99),
      timerSetLateP50Ms: ms(lateness.setLate, 50),
      timerSetLateP99Ms: ms(lateness.setLate, 99),
      reminderWrittenP50Ms: ms(lateness.reminder, 50),
      reminderWrittenP99Ms: ms(lateness.reminder, 99),
      reminderWrittenMaxMs: lateness.reminder.length ? r(lateness.reminder[lateness.reminder.length - 1]) : null,
      burstDrainedAfterDueMs: r(drainedMs),
      goalRssUnder500Mb: idle.rssMeanMb < 500 && rssPeakMb < 500,
      goalTimersWithin1sP99: (ms(lateness.fired, 99) ?? Infinity) <= 1000,
      runSeconds,
    };
    const row = (what: string, value: string, goal = '') => `| ${what} | ${value} | ${goal} |`;
    const pct = (sorted: number[]) => `p50 ${fmt(ms(sorted, 50))}, p99 ${fmt(ms(sorted, 99))}, max ${fmt(sorted.length ? sorted[sorted.length - 1] : null)}`;
    console.log(`${o.reviews} reviews parked (${Math.ceil(o.reviews / 2)} high-value approvals, ${Math.floor(o.reviews / 2)} "which record is this?"), ${o.timers} follow-up timers (${o.burst} due within ${o.windowSeconds} s), server ${o.server}, ${os.cpus().length} cores`);
    console.log('| figure | measured | goal (issue 9) |');
    console.log('|---|---|---|');
    console.log(row('worker RSS, idle, everything parked', `${idle.rssMeanMb.toFixed(0)} MB (anon ${idle.anonMb.toFixed(0)}, files ${idle.fileMb.toFixed(0)}; max ${idle.rssMaxMb.toFixed(0)} MB in ${o.idleSeconds} s; peak over the run ${rssPeakMb.toFixed(0)} MB)`, '< 500 MB'));
    console.log(row('  worker RSS before any call (polling)', `${baseline.rssMb.toFixed(0)} MB (anon ${baseline.anonMb.toFixed(0)}, files ${baseline.fileMb.toFixed(0)})`));
    console.log(row('worker CPU, idle', `${idle.cpuPct.toFixed(1)} % of one core (machine ${idle.machineBusyPct.toFixed(1)} % busy)`));
    console.log(row(`timers late, ${o.burst} due in ${o.windowSeconds} s (firedAt - due)`, pct(lateness.fired), 'p99 <= 1,000 ms'));
    console.log(row('  the server fired the timer (TimerFired - due)', pct(lateness.serverFired)));
    console.log(row('  already late when the timer was set (TimerStarted + its duration - due)', pct(lateness.setLate)));
    console.log(row('  the reminder note written (- due)', pct(lateness.reminder)));
    console.log(row('  worker during the burst', `${during.cpuPct.toFixed(0)} % of one core (machine ${during.machineBusyPct.toFixed(0)} % busy); all done ${(drainedMs / 1000).toFixed(1)} s after the last due`));
    console.log(row('list the queue: first page (50 rows, 5 times)', `p50 ${fmt(ms(firstPage, 50))}, max ${fmt(firstPage.length ? firstPage[firstPage.length - 1] : null)}`));
    console.log(row(`list the queue: every page (${pageMs.length} of 200 rows)`, `${fmt(listMs)} total, per page ${pct(pageMs)}; ${fmt(result.listPerCallMs)} per call; ${seen.size} calls listed${listErrors ? `; ${listErrors} errors` : ''}`));
    console.log(row('  visibility alone (the same query, pages of 1000)', `${fmt(visibilityListMs)} for ${visibilityRows} calls`));
    console.log(row(`decide every call (review API, ${o.concurrency} at a time)`, `${fmt(decideAllMs)} total, per call ${pct(decideMs)}${decideErrors ? `; ${decideErrors} failed` : ''}${retries ? `; ${retries} resent` : ''}`));
    console.log(row('  approve (07 copies) / pick (06 copies)', `p50 ${fmt(ms(byKind.high_value, 50))} / ${fmt(ms(byKind.ambiguous, 50))}, p99 ${fmt(ms(byKind.high_value, 99))} / ${fmt(ms(byKind.ambiguous, 99))}`));
    console.log(`parking: ${o.reviews} reviews in ${(parkReviewsMs / 1000).toFixed(0)} s (${result.parkedReviewsPerSec}/s, reasons ${Object.entries(reasonCounts).map(([k, v]) => `${k} ${v}`).join(', ')}); ${o.timers} timers started in ${(parkTimersMs / 1000).toFixed(0)} s (${result.timerStartsPerSec}/s, burst starts ${(burstStarts.elapsedMs / 1000).toFixed(0)} s); the burst fell due ${result.burstDueAfterParkingSeconds} s after parking ended; run ${runSeconds} s`);
    console.log(JSON.stringify(result));
  } finally {
    clearInterval(rssSampler);
    // A server that lives on keeps nothing of this run running: what still waits is terminated.
    if (ourTemporal && temporalServer && !temporalServer.dev && taskQueue) {
      try {
        const ids: string[] = [];
        for await (const info of ourTemporal.client.workflow.list({ query: `TaskQueue = ${literal(taskQueue)} AND ExecutionStatus = 'Running'` })) ids.push(info.workflowId);
        await paced(ids.length, 20, async (i) => {
          await ourTemporal!.client.workflow.getHandle(ids[i]).terminate('bench:parked ended').catch(() => undefined);
        });
        say(`terminated ${ids.length} workflows of this run still waiting`);
      } catch (err) {
        say(`could not terminate this run's waiting workflows: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    await ourTemporal?.close();
    await stopProcesses(children);
    await temporalServer?.dev?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
