/**
 * Shared by the intake tests: a real intake on a random port (a RecordingStarter instead of
 * Temporal, a throw-away dead-letter directory), real HTTP requests, and signing the way the two
 * senders do (the Standard Webhooks reference package for canonical events, so our verifier is
 * checked against an implementation that is not ours).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Webhook } from 'standardwebhooks';
import { DEV_CALL_WEBHOOK_SECRET, DEV_DIALNEXA_WEBHOOK_SECRET, loadConfig, type Config } from '../../config';
import { signDialNexa } from '../../integrations/dialnexa/signature';
import { FileDeadLetterStore } from '../../intake/deadLetter';
import { buildIntakeServer, type IntakeServerOptions } from '../../intake/server';
import { RecordingStarter } from './recordingStarter';

export const CALL_SECRET = DEV_CALL_WEBHOOK_SECRET;
export const DIALNEXA_SECRET = DEV_DIALNEXA_WEBHOOK_SECRET;
/** A second secret of each kind, configured alongside the first: rotation. */
export const CALL_SECRET_NEW = `whsec_${Buffer.from('the-next-call-webhook-secret-0123').toString('base64')}`;
export const DIALNEXA_SECRET_NEW = 'next-dialnexa-webhook-secret';
export const ADMIN_TOKEN = 'test-admin-token';

export interface TestIntake {
  url: string;
  app: FastifyInstance;
  starter: RecordingStarter;
  deadLetters: FileDeadLetterStore;
  config: Config['intake'];
  close(): Promise<void>;
}

export async function startTestIntake(overrides: Partial<IntakeServerOptions> & { fieldMap?: Record<string, string> } = {}): Promise<TestIntake> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'intake-test-'));
  const base = loadConfig({
    DATA_DIR: dir,
    CALL_WEBHOOK_SECRETS: `${CALL_SECRET},${CALL_SECRET_NEW}`,
    DIALNEXA_WEBHOOK_SECRETS: `${DIALNEXA_SECRET},${DIALNEXA_SECRET_NEW}`,
  }).intake;
  const config = { ...base, fieldMap: overrides.fieldMap ?? base.fieldMap };
  const starter = (overrides.starter as RecordingStarter | undefined) ?? new RecordingStarter();
  const deadLetters = new FileDeadLetterStore(config.deadLetterDir);
  const app = buildIntakeServer({ config, starter, deadLetters, adminToken: ADMIN_TOKEN, ...overrides });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    starter,
    deadLetters,
    config,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The fields of our JSON answers that tests read (absent ones are simply undefined at run time). */
export interface AnswerJson {
  status: string;
  workflowId: string;
  error: string;
  message: string;
  reason: string;
  deadLetterId: string;
  fieldErrors: { path: string; message: string }[];
  callId: string | null;
  hangupReason: string | null;
  signature: string;
  removed: boolean;
  deadLetters: Record<string, unknown>[];
  headers: Record<string, string>;
  [key: string]: unknown;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: AnswerJson;
}

export async function post(url: string, body: string | Buffer, headers: Record<string, string>): Promise<HttpAnswer> {
  const res = await fetch(url, { method: 'POST', body, headers });
  return answer(res);
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return answer(await fetch(url, { headers }));
}

async function answer(res: Response): Promise<HttpAnswer> {
  const text = await res.text();
  let json = {} as AnswerJson;
  try {
    json = JSON.parse(text) as AnswerJson;
  } catch {
    // not JSON (metrics): tests read text
  }
  return { status: res.status, headers: res.headers, text, json };
}

let counter = 0;
export function freshCallId(prefix = 'call_test'): string {
  counter += 1;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}

const EXAMPLE = path.resolve(__dirname, '../../../shared/examples/04-new-prospect-with-code.json');

/** The canonical example as tests edit it: loose on purpose, so tests can break it. */
export interface TestCanonicalEvent {
  type: string;
  data: {
    call_id?: string;
    direction?: string;
    started_at?: string;
    ended_at?: string;
    transcript?: unknown[];
    consent: { marketing?: string; [key: string]: unknown };
    metadata: { pad?: string; [key: string]: unknown };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** The shared example 04 with a fresh call id and times around now. */
export function canonicalEvent(mutate?: (e: TestCanonicalEvent) => void): TestCanonicalEvent {
  const e = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as TestCanonicalEvent;
  const now = Date.now();
  e.data.call_id = freshCallId();
  e.data.ended_at = new Date(now - 5_000).toISOString();
  e.data.started_at = new Date(now - 205_000).toISOString();
  mutate?.(e);
  return e;
}

/** Headers of a Standard Webhooks delivery signed with the reference package. */
export function standardHeaders(
  raw: string,
  opts: { secret?: string; id?: string; timestamp?: number; signature?: string } = {},
): Record<string, string> {
  const id = opts.id ?? `msg_${freshCallId('m')}`;
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = opts.signature ?? new Webhook(opts.secret ?? CALL_SECRET).sign(id, new Date(ts * 1000), raw);
  return { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signature };
}

export async function sendCanonical(t: TestIntake, event: unknown, opts: Parameters<typeof standardHeaders>[1] = {}): Promise<HttpAnswer> {
  const raw = JSON.stringify(event);
  return post(`${t.url}/webhooks/calls`, raw, standardHeaders(raw, opts));
}

export interface TestNativeEvent {
  event_type: string;
  payload: { call: { id: string; [key: string]: unknown } };
}

/** A completed DialNexa call_ended, as DialNexa documents it. */
export function nativeEvent(opts: { callId?: string; status?: string; endedAgoSeconds?: number; call?: Record<string, unknown> } = {}): TestNativeEvent {
  const duration = 150;
  const initiated = new Date(Date.now() - ((opts.endedAgoSeconds ?? 60) + duration) * 1000);
  return {
    event_type: 'call_ended',
    payload: {
      call: {
        id: opts.callId ?? freshCallId('dn'),
        direction: 'inbound',
        type: 'phone_call',
        category: 'inbound',
        from_number: '14155550123',
        to_number: '18005550100',
        status: opts.status ?? 'completed',
        agent_id: 'agent_987654321',
        initiated_at: initiated.toISOString(),
        duration,
        transcript: 'Agent: Thanks for calling, this is Ava.\nUser: Hi, Ruth Okafor referred me.\nI would like a demo.\nAgent: Happy to help.',
        summary: 'Caller wants a demo.',
        recording_url: 'https://example.invalid/rec.mp3',
        post_call_analysis: { caller_email: 'conf@example.com', utm_campaign: 'spring', lead_score: 7 },
        ...(opts.call ?? {}),
      } as TestNativeEvent['payload']['call'],
    },
  };
}

export async function sendNative(
  t: TestIntake,
  event: unknown,
  opts: { header?: string; secret?: string; signature?: string; raw?: string } = {},
): Promise<HttpAnswer> {
  const raw = opts.raw ?? JSON.stringify(event);
  const sig = opts.signature ?? signDialNexa(opts.secret ?? DIALNEXA_SECRET, raw);
  return post(`${t.url}/webhooks/dialnexa`, raw, { 'content-type': 'application/json', [opts.header ?? 'x-dialnexa-signature']: sig });
}

export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
