/**
 * Which ReferralRock events a change fires (reference §5), and the bare object each one carries.
 * Routes call these after a change was applied; webhooks.ts delivers to the subscriptions.
 */
import type { SandboxContext } from './context';
import type { MemberRecord, ReferralRecord } from './records';
import { memberView, referralView } from './views';
import { memberPayload, pascalKeys } from './webhooks';

export type MemberEvent = 'MemberAdd' | 'MemberUpdate' | 'MemberDelete';
export type ReferralEvent = 'ReferralAdd' | 'ReferralUpdate' | 'ReferralStatusChange' | 'ReferralDelete';

export function emitMember(ctx: SandboxContext, event: MemberEvent, member: MemberRecord): void {
  ctx.webhooks.emit(event, memberPayload(memberView(ctx.store, member)));
}

export function emitReferral(ctx: SandboxContext, event: ReferralEvent, referral: ReferralRecord): void {
  const view = referralView(ctx.store, referral);
  ctx.webhooks.emit(event, ctx.settings.referralWebhookCasing === 'pascal' ? pascalKeys(view) : view);
}

/** Payload inferred: the address, PascalCase like the other non-member payloads [L]. */
export function emitUnsubscribed(ctx: SandboxContext, email: string): void {
  ctx.webhooks.emit('EmailUnsubscribed', { Email: email });
}
