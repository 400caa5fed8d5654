/**
 * Rule 8's channel check, the one place it is written: an opt-out of one scope forbids contact on
 * these channels. `all` and `marketing` forbid every channel; `calls`, `sms` and `email` forbid
 * their own. The classifier (a follow-up the call asked for), the policy (whether the caller's
 * address goes on the block list), the follow-up workflow (a later call's opt-out stops it) and
 * the check before a follow-up fires (which earlier calls' opt-outs to look for) all ask here.
 */
import type { Channel, OptOutScope } from './plan';

/** The opt-out scopes that forbid contact on this channel. */
export function scopesBlocking(channel: Channel): OptOutScope[] {
  return ['all', 'marketing', channel === 'phone' ? 'calls' : channel];
}

/** Does an opt-out of this scope forbid contact on this channel? No scope: nothing is forbidden. */
export function optOutBlocks(scope: string | null | undefined, channel: Channel): boolean {
  return !!scope && (scopesBlocking(channel) as string[]).includes(scope);
}
