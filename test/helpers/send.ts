/** Signed deliveries, signed with the Standard Webhooks reference package (not our verifier's code). */
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { DEV_CALL_WEBHOOK_SECRET, DEV_DIALNEXA_WEBHOOK_SECRET } from '../../config';
import { signDialNexa } from '../../integrations/dialnexa/signature';

export interface Answer {
  status: number;
  /** workflowId and status are there on 200/202 answers, which tests check before reading them. */
  body: { workflowId: string; status: string; [field: string]: unknown };
}

export async function sendCanonical(base: string, body: unknown, opts: { msgId?: string; secret?: string; signature?: string } = {}): Promise<Answer> {
  const raw = JSON.stringify(body);
  const msgId = opts.msgId ?? `msg_${randomUUID()}`;
  const now = new Date();
  const signature = opts.signature ?? new Webhook(opts.secret ?? DEV_CALL_WEBHOOK_SECRET).sign(msgId, now, raw);
  const res = await fetch(`${base}/webhooks/calls`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'webhook-id': msgId, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signature },
    body: raw,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export async function sendNative(base: string, body: unknown, secret = DEV_DIALNEXA_WEBHOOK_SECRET): Promise<Answer> {
  const raw = JSON.stringify(body);
  const res = await fetch(`${base}/webhooks/dialnexa`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dialnexa-signature': signDialNexa(secret, raw) },
    body: raw,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export interface SandboxWrite {
  at: string;
  method: string;
  path: string;
  body: unknown;
}

export async function sandboxWrites(sandboxUrl: string): Promise<SandboxWrite[]> {
  const res = await fetch(`${sandboxUrl}/_sandbox/writes`);
  return ((await res.json()) as { writes: SandboxWrite[] }).writes;
}

export async function setFaults(sandboxUrl: string, faults: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sandboxUrl}/_sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
  if (!res.ok) throw new Error(`faults: ${res.status} ${await res.text()}`);
}
