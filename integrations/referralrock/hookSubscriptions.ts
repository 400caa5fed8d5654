/**
 * The live record index's webhook subscriptions at ReferralRock: one per record event, pointing at
 * this worker's receiver. ReferralRock has no endpoint that lists subscriptions (reference §3), so
 * the ids are kept in a file: a worker that restarts (or crashed) first removes the subscriptions it
 * made last time, and a clean stop removes its own.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReferralRockClient } from './client';
import { hookPath } from './hookReceiver';
import { RECORD_HOOK_EVENTS } from './schemas';

export type HookClient = Pick<ReferralRockClient, 'subscribeHook' | 'unsubscribeHook'>;

export interface HookSubscriptions {
  ids: string[];
  /** Removes the subscriptions (and the file that remembers them). */
  remove(): Promise<void>;
}

export async function subscribeRecordHooks(
  client: HookClient,
  options: { publicUrl: string; secret: string; stateFile: string; log?: (msg: string, fields?: Record<string, unknown>) => void },
): Promise<HookSubscriptions> {
  await removeRemembered(client, options.stateFile, options.log);
  const base = options.publicUrl.replace(/\/+$/, '');
  const ids: string[] = [];
  for (const event of RECORD_HOOK_EVENTS) {
    ids.push(await client.subscribeHook(`${base}${hookPath(options.secret, event)}`, event));
    // Remembered as each is made: a start that fails half-way still cleans up next time.
    await remember(options.stateFile, ids);
  }
  return {
    ids,
    async remove() {
      await removeRemembered(client, options.stateFile, options.log);
    },
  };
}

async function remember(file: string, ids: string[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ webHookIds: ids }, null, 2));
}

async function removeRemembered(client: HookClient, file: string, log?: (msg: string, fields?: Record<string, unknown>) => void): Promise<void> {
  let ids: string[] = [];
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { webHookIds?: unknown };
    ids = Array.isArray(parsed.webHookIds) ? parsed.webHookIds.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return;
  }
  for (const id of ids) {
    // One already gone (removed by hand, or an account reset) is not an error worth stopping for.
    await client.unsubscribeHook(id).catch((err: unknown) => log?.('record index: could not remove an old webhook subscription', { id, error: String(err) }));
  }
  await rm(file, { force: true });
}
