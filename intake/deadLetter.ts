/**
 * The dead-letter store: every well-signed delivery we could not turn into a started workflow
 * (bytes that are not JSON, field errors, a native call too old, Temporal down) is kept here so an
 * operator can inspect, fix and replay it. "Nothing signed is ever dropped silently."
 *
 * One JSON file per delivery under `dir`, written to a temp file and renamed into place, so a
 * reader (CLI, admin route, a crash mid-write) never sees half a file. The id is derived from the
 * endpoint, the delivery id and the body hash, so a sender retrying the same delivery (DialNexa
 * retries up to 3 times, Standard Webhooks senders more) updates one entry instead of piling up
 * copies. The signature headers are kept so a replay of the unedited body can be verified again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type IntakeEndpoint = '/webhooks/calls' | '/webhooks/dialnexa';

export type DeadLetterReason =
  /** Signed bytes that are not JSON. */
  | 'invalid_json'
  /** JSON that fails the schema (or maps to an invalid call). */
  | 'validation_failed'
  /** Native call that ended longer ago than DIALNEXA_MAX_CALL_AGE_HOURS. */
  | 'stale_call'
  /** Temporal could not be reached: the body is kept so it can be replayed. */
  | 'temporal_unavailable'
  /** An unexpected error after verification (a bug, or the starter failing another way). */
  | 'processing_failed';

export interface FieldError {
  path: string;
  message: string;
}

export interface ReplayRecord {
  at: string;
  outcome: string;
  detail?: string;
}

export interface DeadLetter {
  id: string;
  endpoint: IntakeEndpoint;
  reason: DeadLetterReason;
  /** First and latest time this delivery reached us, and how often. */
  receivedAt: string;
  lastReceivedAt: string;
  attempts: number;
  /** Request headers as received (signature headers included; nothing secret is in them). */
  headers: Record<string, string>;
  /** The raw body as UTF-8 text, or base64 when the bytes are not valid UTF-8. Edit it to fix a delivery. */
  body: string;
  bodyEncoding: 'utf8' | 'base64';
  /** sha256 of the body as received: a replay knows whether the operator edited it. */
  bodySha256: string;
  fieldErrors: FieldError[];
  message: string | null;
  callId: string | null;
  deliveryId: string | null;
  replays: ReplayRecord[];
  /** Set when the call got through another way (the sender's own redelivery): no longer waiting. */
  resolved?: { at: string; how: 'redelivery'; workflowId: string } | null;
}

export interface DeadLetterSummary {
  id: string;
  endpoint: IntakeEndpoint;
  reason: DeadLetterReason;
  receivedAt: string;
  lastReceivedAt: string;
  attempts: number;
  callId: string | null;
  message: string | null;
  fieldErrorCount: number;
  replays: number;
}

export interface NewDeadLetter {
  endpoint: IntakeEndpoint;
  reason: DeadLetterReason;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  fieldErrors?: FieldError[];
  message?: string | null;
  callId?: string | null;
  deliveryId?: string | null;
  receivedAt?: Date;
}

/** What the intake and the replay need from a store; FileDeadLetterStore is the implementation. */
export interface DeadLetterStore {
  put(entry: NewDeadLetter): Promise<DeadLetter>;
  list(): Promise<DeadLetterSummary[]>;
  get(id: string): Promise<DeadLetter | null>;
  remove(id: string): Promise<boolean>;
  save(entry: DeadLetter): Promise<void>;
  /** Marks every waiting dead letter of this call resolved (its workflow started after all). */
  resolveCall(callId: string, workflowId: string, at?: Date): Promise<string[]>;
  /** Where an operator edits an entry by hand (null when not file-based). */
  locate(id: string): string | null;
}

/** Headers worth keeping: transport noise (connection, host, ...) is left out. */
const KEPT_HEADERS = /^(content-type|user-agent|webhook-id|webhook-timestamp|webhook-signature|x-dialnexa-signature|x-nexa-signature|x-request-id|x-forwarded-for)$/;

const ID_PATTERN = /^[a-z]+-[0-9a-f]{24}$/;

export class FileDeadLetterStore implements DeadLetterStore {
  constructor(readonly dir: string) {}

  async put(e: NewDeadLetter): Promise<DeadLetter> {
    const bodySha256 = createHash('sha256').update(e.rawBody).digest('hex');
    const id = deadLetterId(e.endpoint, e.deliveryId ?? null, bodySha256);
    const now = (e.receivedAt ?? new Date()).toISOString();
    const previous = await this.get(id);
    const utf8 = isUtf8(e.rawBody);
    const entry: DeadLetter = {
      id,
      endpoint: e.endpoint,
      reason: e.reason,
      receivedAt: previous?.receivedAt ?? now,
      lastReceivedAt: now,
      attempts: (previous?.attempts ?? 0) + 1,
      headers: keepHeaders(e.headers),
      body: utf8 ? e.rawBody.toString('utf8') : e.rawBody.toString('base64'),
      bodyEncoding: utf8 ? 'utf8' : 'base64',
      bodySha256,
      fieldErrors: e.fieldErrors ?? [],
      message: e.message ?? null,
      callId: e.callId ?? null,
      deliveryId: e.deliveryId ?? null,
      replays: previous?.replays ?? [],
    };
    await this.save(entry);
    return entry;
  }

  async save(entry: DeadLetter): Promise<void> {
    // Bodies carry callers' names, numbers and emails: owner-only, like the files themselves.
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = this.fileOf(entry.id);
    const tmp = path.join(this.dir, `.${entry.id}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    await fs.writeFile(tmp, `${JSON.stringify(entry, null, 2)}\n`, { mode: 0o600 });
    await fs.rename(tmp, file);
  }

  async resolveCall(callId: string, workflowId: string, at = new Date()): Promise<string[]> {
    const waiting = (await this.all()).filter((e) => e.callId === callId && !e.resolved);
    for (const e of waiting) await this.save({ ...e, resolved: { at: at.toISOString(), how: 'redelivery', workflowId } });
    return waiting.map((e) => e.id);
  }

  /** The dead letters still waiting for someone (resolved ones stay readable with `get`). */
  async list(): Promise<DeadLetterSummary[]> {
    return (await this.all())
      .filter((e) => !e.resolved)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
      .map((e) => ({
        id: e.id,
        endpoint: e.endpoint,
        reason: e.reason,
        receivedAt: e.receivedAt,
        lastReceivedAt: e.lastReceivedAt,
        attempts: e.attempts,
        callId: e.callId,
        message: e.message,
        fieldErrorCount: e.fieldErrors.length,
        replays: e.replays.length,
      }));
  }

  private async all(): Promise<DeadLetter[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const entries = await Promise.all(
      names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => this.get(n.slice(0, -'.json'.length))),
    );
    return entries.filter((e): e is DeadLetter => e !== null);
  }

  async get(id: string): Promise<DeadLetter | null> {
    if (!ID_PATTERN.test(id)) return null; // ids come from URLs and the CLI: no path tricks
    try {
      return JSON.parse(await fs.readFile(this.fileOf(id), 'utf8')) as DeadLetter;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async remove(id: string): Promise<boolean> {
    if (!ID_PATTERN.test(id)) return false;
    try {
      await fs.unlink(this.fileOf(id));
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  locate(id: string): string | null {
    return ID_PATTERN.test(id) ? this.fileOf(id) : null;
  }

  private fileOf(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }
}

/** The stored body's bytes (after any operator edit). */
export function deadLetterBody(entry: DeadLetter): Buffer {
  return Buffer.from(entry.body, entry.bodyEncoding === 'base64' ? 'base64' : 'utf8');
}

export function deadLetterId(endpoint: IntakeEndpoint, deliveryId: string | null, bodySha256: string): string {
  const prefix = endpoint === '/webhooks/calls' ? 'calls' : 'dialnexa';
  const h = createHash('sha256').update(`${endpoint}\n${deliveryId ?? ''}\n${bodySha256}`).digest('hex');
  return `${prefix}-${h.slice(0, 24)}`;
}

function keepHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const name = k.toLowerCase();
    if (v !== undefined && KEPT_HEADERS.test(name)) out[name] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function isUtf8(b: Buffer): boolean {
  return Buffer.from(b.toString('utf8'), 'utf8').equals(b);
}
