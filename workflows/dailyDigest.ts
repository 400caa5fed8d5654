/**
 * Run by a Temporal Schedule every morning: gathers what is due and what waits for a person, and
 * sends it through the notifier.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { createDigestActivities, Digest } from '../activities/digest';
import type { createNotifyActivities } from '../activities/notify';

const { collectDigest } = proxyActivities<ReturnType<typeof createDigestActivities>>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumAttempts: 5 },
});
const { notify } = proxyActivities<ReturnType<typeof createNotifyActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2s', maximumInterval: '5 minutes', maximumAttempts: 20 },
});

export async function dailyDigest(): Promise<Digest> {
  const digest = await collectDigest.executeWithOptions({ summary: 'Gather the follow-ups due and the reviews waiting' }, []);
  await notify.executeWithOptions({ summary: 'Send the digest' }, [{ kind: 'digest', callId: null, owner: null, text: digest.text }]);
  return digest;
}
