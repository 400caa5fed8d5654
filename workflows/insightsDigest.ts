/**
 * Run by a Temporal Schedule every Monday morning: the past week's insights (calls, qualified calls
 * and conversions by campaign, what callers repeated, review turnaround) through the notifier.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { createInsightsActivities, InsightsDigest } from '../activities/insights';
import type { createNotifyActivities } from '../activities/notify';

const { collectInsightsDigest } = proxyActivities<ReturnType<typeof createInsightsActivities>>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumAttempts: 5 },
});
const { notify } = proxyActivities<ReturnType<typeof createNotifyActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2s', maximumInterval: '5 minutes', maximumAttempts: 20 },
});

export async function weeklyInsightsDigest(): Promise<InsightsDigest> {
  const digest = await collectInsightsDigest.executeWithOptions({ summary: 'Gather the past week of insights' }, [{ days: 7 }]);
  await notify.executeWithOptions({ summary: 'Send the insights digest' }, [{ kind: 'insights_digest', callId: null, owner: null, text: digest.text }]);
  return digest;
}
