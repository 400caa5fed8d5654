/**
 * The worker process: one Worker on the calls queue (workflows, the decision, notices) and one on
 * the ReferralRock queue, whose `maxTaskQueueActivitiesPerSecond` the Temporal server enforces
 * across every worker polling it: the global ReferralRock rate limit holds however many run.
 */
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundleOption, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import { createDecideActivities } from '../activities/decide';
import { createClassifyActivities } from '../activities/classify';
import { createNotifyActivities } from '../activities/notify';
import { createFollowUpActivities } from '../activities/followUps';
import { createLockActivities } from '../activities/locks';
import { activityRequestHook } from '../activities/requestHook';
import { createDigestActivities } from '../activities/digest';
import { createReferralRockActivities } from '../activities/referralrock';
import { createInsightsActivities } from '../activities/insights';
import { openInsightsStore } from '../insights/openStore';
import { createReferralRockClient, startWorkerDirectory } from '../integrations/referralrock';
import { WebhookNotifier } from '../integrations/notifier/webhookNotifier';
import { referralRockTaskQueue } from '../workflows/ids';
import { createClassifier } from '../integrations/classifiers';
import { dataConverterFor } from '../integrations/temporal/dataConverter';
import { connectTemporal, temporalConnectionOptions } from '../services/connectTemporal';

export interface Workers {
  /** A client on the same cluster, for start-up chores (the digest schedule). */
  client: Client;
  run(): Promise<void>;
  shutdown(): Promise<void>;
}

let cachedBundle: Promise<WorkflowBundleWithSourceMap> | null = null;

/** Bundling costs a second or two: do it once per process. */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  cachedBundle ??= bundleWorkflowCode({ workflowsPath: require.resolve('../workflows'), logger: quietBundlerLogger });
  return cachedBundle;
}

/** The bundle built ahead of time (WORKFLOW_BUNDLE_PATH, `npm run build:bundle`) where there is one; else bundle now. */
export async function workflowBundleFor(bundlePath: string | null): Promise<WorkflowBundleOption> {
  return bundlePath ? { codePath: bundlePath } : workflowBundle();
}

export async function createWorkers(config: Config, address: string, log: (msg: string, f?: Record<string, unknown>) => void = () => {}): Promise<Workers> {
  const connection = await NativeConnection.connect(temporalConnectionOptions(config, address));
  const { client: temporal, close: closeClient } = await connectTemporal(config, { address });
  // Sealed payloads (PII) for every client and worker: one converter.
  const dataConverter = dataConverterFor(config.temporal);

  const rr = createReferralRockClient(config.referralRock, activityRequestHook);
  // The program as matching sees it: a snapshot per TTL, or the live index kept by webhooks.
  const workerDirectory = await startWorkerDirectory(rr, config.referralRock, log);
  const directory = workerDirectory.directory;
  const notifier = new WebhookNotifier(config.notifierWebhookUrl, log);
  // One classifier for the worker, the same `npm run plan` builds (CLASSIFIER).
  const classifier = createClassifier(config.classifier);
  const insights = openInsightsStore(config.insights);

  const followUpActivities = createFollowUpActivities(temporal);
  const workflows = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataConverter,
    workflowBundle: await workflowBundleFor(config.temporal.worker.bundlePath),
    activities: {
      ...createClassifyActivities({ classifier, policy: config.policy }),
      ...createDecideActivities({ directory, policy: config.policy, reviewDeadlineBusinessHours: config.review.deadlineBusinessHours, classifier }),
      ...createNotifyActivities(notifier),
      ...followUpActivities,
      ...createLockActivities(temporal, config.temporal.taskQueue),
      ...createDigestActivities(temporal, config.policy.defaultTimezone),
      ...createInsightsActivities(insights, { publicBaseUrl: config.intake.publicBaseUrl }),
    },
    // Bounded so a worker with thousands of calls parked stays small (WORKER_MAX_CACHED_WORKFLOWS).
    maxCachedWorkflows: config.temporal.worker.maxCachedWorkflows,
  });
  const writes = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    dataConverter,
    taskQueue: referralRockTaskQueue(config.temporal.taskQueue),
    activities: {
      ...createReferralRockActivities({
        client: rr,
        memberNoteSlot: config.referralRock.memberNoteSlot,
        unsubscribeEmail: config.referralRock.unsubscribeEmail,
        programId: config.policy.programId,
      }),
      // Follow-ups that fell due before patch follow-up-local-steps ask this queue for the check.
      outreachBlocked: followUpActivities.outreachBlocked,
    },
    maxTaskQueueActivitiesPerSecond: config.temporal.referralRockMaxPerSecond,
  });

  return {
    client: temporal,
    async run() {
      try {
        await Promise.all([workflows.run(), writes.run()]);
      } finally {
        await connection.close();
        await closeClient();
        await insights.close();
        await workerDirectory.close();
      }
    },
    async shutdown() {
      for (const w of [workflows, writes]) if (w.getState() === 'RUNNING') w.shutdown();
    },
  };
}

const quietBundlerLogger = {
  log: () => {},
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: (message: string, meta?: unknown) => console.warn(message, meta ?? ''),
  error: (message: string, meta?: unknown) => console.error(message, meta ?? ''),
};
