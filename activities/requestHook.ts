/**
 * What every ReferralRock request does when it runs inside an activity: it heartbeats first (so a
 * worker lost mid-write is noticed within the heartbeat timeout, not the whole start-to-close),
 * and it carries the activity's cancellation signal (so a timed-out or cancelled attempt stops its
 * request instead of writing after the next attempt has begun). Outside an activity: neither.
 */
import { Context } from '@temporalio/activity';

export function activityRequestHook(): AbortSignal | undefined {
  let ctx: Context;
  try {
    ctx = Context.current();
  } catch {
    return undefined; // not in an activity (the plan CLI, tests)
  }
  ctx.heartbeat();
  return ctx.cancellationSignal;
}
