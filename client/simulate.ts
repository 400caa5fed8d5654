/**
 * `npm run simulate -- <scenario...> [options]`: sends signed sample calls to a running intake, the
 * way DialNexa (native format) or an enrichment middleware (canonical event) would.
 *
 *   <scenario>   a file path, or a name (or unique prefix) of a call in ../shared/examples/ or
 *                test/corpus/calls/, e.g. `01-referral-books-demo` or `01`; `all` sends every example
 *   --native     send it in DialNexa's native format to /webhooks/dialnexa instead
 *   --fresh      give the call a new id (a new workflow) instead of the scenario's own id
 *   --now        move the call's times to now (the native endpoint refuses calls older than 24 h)
 *   --wait       wait for the workflow and print its plan and writes
 *   --base URL   the intake (default http://INTAKE_HOST:INTAKE_PORT)
 * Secrets come from CALL_WEBHOOK_SECRETS / DIALNEXA_WEBHOOK_SECRETS, else the development ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { loadConfig, ConfigError } from '../config';
import { signDialNexa } from '../integrations/dialnexa/signature';
import { CALL_COMPLETED, canonicalEventSchema, normaliseSpeaker, type CanonicalEvent } from '../domain/canonicalEvent';
import { getStateQuery } from '../workflows/definitions';
import type { processCall } from '../workflows/processCall';
import { connectTemporal } from '../services/connectTemporal';

const ROOT = path.resolve(__dirname, '..');
const SCENARIO_DIRS = [path.resolve(ROOT, '..', 'shared', 'examples'), path.join(ROOT, 'test', 'corpus', 'calls')];

interface Options {
  native: boolean;
  fresh: boolean;
  now: boolean;
  wait: boolean;
  base: string | null;
  names: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { native: false, fresh: false, now: false, wait: false, base: null, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--native') o.native = true;
    else if (a === '--fresh') o.fresh = true;
    else if (a === '--now') o.now = true;
    else if (a === '--wait') o.wait = true;
    else if (a === '--base') o.base = argv[++i] ?? null;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.names.push(a);
  }
  if (o.names.length === 0) throw new Error('name a scenario: e.g. `npm run simulate -- 01-referral-books-demo`, or `all`');
  return o;
}

function scenarioFiles(): string[] {
  return SCENARIO_DIRS.filter((d) => fs.existsSync(d)).flatMap((d) =>
    fs.readdirSync(d).filter((f) => f.endsWith('.json') && /^\d/.test(f)).map((f) => path.join(d, f)),
  );
}

export function resolveScenario(name: string): string {
  if (fs.existsSync(name) && fs.statSync(name).isFile()) return path.resolve(name);
  const files = scenarioFiles();
  const exact = files.filter((f) => path.basename(f, '.json') === name);
  if (exact.length === 1) return exact[0];
  const prefixed = files.filter((f) => path.basename(f).startsWith(name));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) throw new Error(`"${name}" matches several scenarios: ${prefixed.map((f) => path.basename(f, '.json')).join(', ')}`);
  throw new Error(`no scenario "${name}"; known: ${files.map((f) => path.basename(f, '.json')).join(', ') || '(none)'}`);
}

/**
 * The canonical envelope of a scenario file (the envelope, or its `data` alone), validated by the
 * same schema as the intake, with the requested id and time changes applied.
 */
export function prepareCanonical(file: string, opts: Pick<Options, 'fresh' | 'now' | 'native'>): CanonicalEvent {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { data?: unknown; ended_at?: unknown };
  const parsed = canonicalEventSchema.safeParse(raw.data ? raw : { type: CALL_COMPLETED, timestamp: raw.ended_at, data: raw });
  if (!parsed.success) throw new Error(`${path.basename(file)} is not a canonical call: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const body = parsed.data;
  const data = body.data;
  if (opts.fresh) data.call_id = `${data.call_id}_${randomUUID().slice(0, 8)}`;
  if (opts.now || opts.native) {
    const shift = Date.now() - Date.parse(data.ended_at);
    data.started_at = new Date(Date.parse(data.started_at) + shift).toISOString();
    data.ended_at = new Date(Date.parse(data.ended_at) + shift).toISOString();
    body.timestamp = data.ended_at;
  }
  return body;
}

/** DialNexa's native shape of the same call: a transcript string, numbers without '+'. */
export function toNative(canonical: CanonicalEvent): Record<string, unknown> {
  const d = canonical.data;
  const digits = (n: string | null | undefined) => (n && n !== 'anonymous' ? n.replace(/\D/g, '') : n ?? null);
  const caller = d.caller ?? {};
  const attribution = d.attribution ?? {};
  return {
    event_type: 'call_ended',
    payload: {
      call: {
        id: d.call_id,
        direction: d.direction,
        type: 'phone',
        category: d.direction,
        from_number: digits(d.from_number),
        to_number: digits(d.to_number),
        status: 'completed',
        agent_id: d.agent?.id ?? null,
        initiated_at: d.started_at,
        duration: Math.round((Date.parse(d.ended_at) - Date.parse(d.started_at)) / 1000),
        transcript: d.transcript.map((t) => `${normaliseSpeaker(t.speaker) === 'agent' ? 'Agent' : 'User'}: ${t.text}`).join('\n'),
        summary: d.summary ?? null,
        recording_url: d.links?.recording_url ?? null,
        post_call_analysis: Object.fromEntries(
          Object.entries({
            caller_first_name: caller.first_name,
            caller_last_name: caller.last_name,
            caller_email: caller.email,
            company: caller.company,
            timezone: caller.timezone,
            utm_source: attribution.source,
            utm_medium: attribution.medium,
            utm_campaign: attribution.campaign,
            referral_code: attribution.referral_code,
          }).filter(([, v]) => v != null),
        ),
      },
    },
  };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const base = opts.base ?? `http://${config.intake.host}:${config.intake.port}`;
  const files = opts.names.includes('all') ? scenarioFiles().filter((f) => f.includes(`${path.sep}shared${path.sep}`)) : opts.names.map(resolveScenario);
  const started: string[] = [];

  for (const file of files) {
    const canonical = prepareCanonical(file, opts);
    const raw = JSON.stringify(opts.native ? toNative(canonical) : canonical);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    let url: string;
    if (opts.native) {
      url = `${base}/webhooks/dialnexa`;
      headers['x-dialnexa-signature'] = signDialNexa(config.intake.dialnexaSecrets[0], raw);
    } else {
      url = `${base}/webhooks/calls`;
      const id = `msg_${randomUUID()}`;
      const now = new Date();
      headers['webhook-id'] = id;
      headers['webhook-timestamp'] = String(Math.floor(now.getTime() / 1000));
      headers['webhook-signature'] = new Webhook(config.intake.callSecrets[0]).sign(id, now, raw);
    }
    const res = await fetch(url, { method: 'POST', headers, body: raw }).catch((err: Error) => {
      throw new Error(`could not reach the intake at ${base} (is \`npm start\` running?): ${err.message}`);
    });
    const answer = await res.text();
    process.stdout.write(`${path.basename(file, '.json')} (${canonical.data.call_id}) -> ${res.status} ${answer}\n`);
    if (res.status === 202 || res.status === 200) {
      const workflowId = (JSON.parse(answer) as { workflowId?: string }).workflowId;
      if (workflowId) started.push(workflowId);
    }
  }

  if (opts.wait && started.length) {
    const { client, close } = await connectTemporal(config);
    for (const id of started) {
      const handle = client.workflow.getHandle<typeof processCall>(id);
      const desc = await handle.describe();
      if (desc.status.name === 'RUNNING') {
        const state = await handle.query(getStateQuery);
        if (state.phase === 'waiting_for_review') {
          process.stdout.write(`${id}: waiting for review\n`);
          continue;
        }
      }
      const result = await handle.result();
      process.stdout.write(`${id}: ${JSON.stringify({ intent: result.plan.classification.intent, match: result.plan.match.status, writes: result.writes }, null, 2)}\n`);
    }
    await close();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof ConfigError ? err.message : `simulate: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
