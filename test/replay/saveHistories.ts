/**
 * `npm run replay:save`: runs representative calls through the real stack and saves each
 * workflow's history under test/replay/histories/. The replay test runs today's workflow code over
 * them, so a change that would break workflows already in flight fails CI. Re-run this only when a
 * deliberate, versioned change (patched() or a new workflow type) makes new histories necessary;
 * keep the old files as long as runs of that shape may still be open.
 *
 * `npm run replay:save -- <name> ...` saves only the named shapes (a new shape added beside the old
 * histories, which stay as they were recorded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { WorkflowHandle } from '@temporalio/client';
import '../setupRuntime';
import { startStack, exampleCall } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { eventually } from '../helpers/eventually';
import { cancelUpdate, claimUpdate, getStateQuery, rescheduleUpdate, reviewUpdate, type CallState } from '../../workflows/definitions';
import { dailyDigest } from '../../workflows/dailyDigest';
import { weeklyInsightsDigest } from '../../workflows/insightsDigest';
import { actionsForPick } from '../../domain/pickRecord';

const OUT = path.join(__dirname, 'histories');

async function main(only: string[]): Promise<void> {
  const stack = await startStack();
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  const saved: string[] = [];
  const save = async (name: string, handle: WorkflowHandle) => {
    const history = await handle.fetchHistory();
    fs.writeFileSync(path.join(OUT, `${name}.json`), historyToJSON(history) + '\n');
    saved.push(name);
  };
  const start = async (file: string, name: string) => {
    const body = exampleCall(file, `replay_${name}`);
    const answer = await sendCanonical(stack.intakeUrl, body);
    if (answer.status !== 202) throw new Error(`${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return stack.client.workflow.getHandle(answer.body.workflowId);
  };
  const waitForReview = (handle: WorkflowHandle): Promise<CallState> =>
    eventually(() => handle.query(getStateQuery), { what: `${handle.workflowId} to wait for review`, until: (s) => s.phase === 'waiting_for_review', intervalMs: 100 });

  try {
    fs.mkdirSync(OUT, { recursive: true });
    if (wanted('processCall-possible-opt-out-confirmed')) {
      // Rule 3's hold: the pause is written at once, the reviewer confirms the opt-out.
      const body = exampleCall('01-referral-books-demo.json', 'replay_processCall-possible-opt-out-confirmed');
      body.data.transcript.push({ speaker: 'caller', text: 'Honestly though, you people call me way too many times.', start_ms: 60000, end_ms: 64000 });
      const answer = await sendCanonical(stack.intakeUrl, body);
      const held = stack.client.workflow.getHandle(answer.body.workflowId);
      const state = await waitForReview(held);
      await held.executeUpdate(reviewUpdate, { args: [{ decision: 'approve', reviewer: 'replay@example.com', reviewId: state.review.id, optOut: 'confirm' }] });
      await held.result();
      await save('processCall-possible-opt-out-confirmed', held);
    }
    if (wanted('processCall-review-picked')) {
      // "Which record is this?" answered: an edit carrying the pick (domain/pickRecord.ts).
      const picked = await start('06-ambiguous-name.json', 'processCall-review-picked');
      const state = await waitForReview(picked);
      const pick = { type: 'referral' as const, id: 'ref_pat2' };
      await picked.executeUpdate(reviewUpdate, { args: [{ decision: 'edit', reviewer: 'replay@example.com', reviewId: state.review.id, pick, actions: actionsForPick(state.plan!, pick) }] });
      await picked.result();
      await save('processCall-review-picked', picked);
    }
    if (wanted('processCall-review-claimed')) {
      // A reviewer claims the call, releases it, another claims and decides (the claim Update).
      const claimed = await start('07-high-value-ready.json', 'processCall-review-claimed');
      const state = await waitForReview(claimed);
      await claimed.executeUpdate(claimUpdate, { args: [{ action: 'claim', reviewer: 'ann@example.com' }] });
      await claimed.executeUpdate(claimUpdate, { args: [{ action: 'release', reviewer: 'ann@example.com' }] });
      await claimed.executeUpdate(claimUpdate, { args: [{ action: 'claim', reviewer: 'replay@example.com' }] });
      await claimed.executeUpdate(reviewUpdate, { args: [{ decision: 'approve', reviewer: 'replay@example.com', reviewId: state.review.id }] });
      await claimed.result();
      await save('processCall-review-claimed', claimed);
    }
    if (wanted('processCall-review-queue-attributes')) {
      // The queue's search attributes (patch review-queue-attributes) set as the wait begins, then approved.
      const queued = await start('07-high-value-ready.json', 'processCall-review-queue-attributes');
      const state = await waitForReview(queued);
      await queued.executeUpdate(reviewUpdate, { args: [{ decision: 'approve', reviewer: 'replay@example.com', reviewId: state.review.id }] });
      await queued.result();
      await save('processCall-review-queue-attributes', queued);
    }
    if (wanted('processCall-review-with-notice')) {
      // The review notice (patch review-requested-notice) sent as the wait begins, then approved.
      const noticed = await start('07-high-value-ready.json', 'processCall-review-with-notice');
      const state = await waitForReview(noticed);
      await noticed.executeUpdate(reviewUpdate, { args: [{ decision: 'approve', reviewer: 'replay@example.com', reviewId: state.review.id }] });
      await noticed.result();
      await save('processCall-review-with-notice', noticed);
    }
    if (wanted('weeklyInsightsDigest-run')) {
      // The weekly insights digest: the past week's figures, sent through the notifier.
      const digest = await stack.client.workflow.start(weeklyInsightsDigest, { taskQueue: stack.config.temporal.taskQueue, workflowId: 'replay-weekly-insights-digest' });
      await digest.result();
      await save('weeklyInsightsDigest-run', digest);
    }
    if (wanted('processCall-outcome-recorded')) {
      // Step 5: the call's outcome recorded in the insights store (patch insights-outcome).
      const handle = await start('04-new-prospect-with-code.json', 'processCall-outcome-recorded');
      await handle.result();
      await save('processCall-outcome-recorded', handle);
    }
    if (wanted('processCall-classified-then-decided')) {
      // The classifier as its own activity (patch classify-activity), then the decision.
      const handle = await start('04-new-prospect-with-code.json', 'processCall-classified-then-decided');
      await handle.result();
      await save('processCall-classified-then-decided', handle);
    }
    if (wanted('processCall-with-record-lock')) {
      // Each write holds its record's lock (patch record-lock); the lock's own history as it runs.
      const handle = await start('03-billing-pause.json', 'processCall-with-record-lock');
      const result = await handle.result();
      await save('processCall-with-record-lock', handle);
      const lockId = `record-lock-${stack.config.temporal.taskQueue}-${result.plan.match.record!.type}-${result.plan.match.record!.id}`;
      await save('recordLock-granted-and-released', stack.client.workflow.getHandle(lockId));
    }
    // A follow-up due at once: its reminder note holds the record's lock (patch record-lock); since
    // patch follow-up-local-steps the opt-out check, the lock's request and release and the notice
    // are local activities. The two files hold the shape before and after that patch (each saved
    // when it was today's shape; saving again records today's under the name asked for).
    for (const name of ['followUp-fired-with-record-lock', 'followUp-fired-with-local-steps']) {
      if (!wanted(name)) continue;
      const parent = await start('01-referral-books-demo.json', name);
      const { followUps } = await parent.result();
      const child = stack.client.workflow.getHandle(followUps[0]);
      await child.result();
      await save(name, child);
    }
    if (wanted('processCall-create-with-identity-lock')) {
      // A create holds the new person's identity lock (patch identity-lock).
      const handle = await start('04-new-prospect-with-code.json', 'processCall-create-with-identity-lock');
      await handle.result();
      await save('processCall-create-with-identity-lock', handle);
    }
    if (wanted('processCall-writes-share-a-turn')) {
      // Two writes to one record in a row share one turn of its lock (patch record-lock-per-record-run).
      const handle = await start('03-billing-pause.json', 'processCall-writes-share-a-turn');
      await handle.result();
      await save('processCall-writes-share-a-turn', handle);
    }
    if (only.length) return;
    for (const [file, name] of [
      ['01-referral-books-demo.json', 'processCall-matched-with-follow-up'],
      ['02-member-opts-out.json', 'processCall-opt-out'],
      ['03-billing-pause.json', 'processCall-billing-suppress'],
      ['04-new-prospect-with-code.json', 'processCall-create-referral'],
      ['05-spam.json', 'processCall-spam'],
      ['08-not-interested.json', 'processCall-not-interested'],
    ] as const) {
      const handle = await start(file, name);
      await handle.result();
      await save(name, handle);
    }

    const approved = await start('07-high-value-ready.json', 'processCall-review-approved');
    const review = await waitForReview(approved);
    await approved.executeUpdate(reviewUpdate, { args: [{ decision: 'approve', reviewer: 'replay@example.com', comment: 'ok', reviewId: review.review.id }] });
    await approved.result();
    await save('processCall-review-approved', approved);

    const rejected = await start('06-ambiguous-name.json', 'processCall-review-rejected');
    await waitForReview(rejected);
    await rejected.executeUpdate(reviewUpdate, { args: [{ decision: 'reject', reviewer: 'replay@example.com', comment: 'not sure who this is' }] });
    await rejected.result();
    await save('processCall-review-rejected', rejected);

    // A follow-up far in the future, moved and then cancelled.
    const future = exampleCall('01-referral-books-demo.json', 'replay_followup_moved');
    future.data.ended_at = new Date(Date.now() + 24 * 3600_000).toISOString();
    future.data.started_at = new Date(Date.now() + 24 * 3600_000 - 200_000).toISOString();
    const answer = await sendCanonical(stack.intakeUrl, future);
    const parent = stack.client.workflow.getHandle(answer.body.workflowId);
    const result = await parent.result();
    const child = stack.client.workflow.getHandle(result.followUps[0]);
    await child.executeUpdate(rescheduleUpdate, { args: [{ at: new Date(Date.now() + 72 * 3600_000).toISOString(), by: 'replay@example.com', reason: 'caller asked' }] });
    await child.executeUpdate(cancelUpdate, { args: [{ by: 'replay@example.com', reason: 'booked already' }] });
    await child.result();
    await save('followUp-rescheduled-then-cancelled', child);

    // The digest, while the approved call's follow-ups and the rejected call are settled.
    const digest = await stack.client.workflow.start(dailyDigest, { taskQueue: stack.config.temporal.taskQueue, workflowId: 'replay-daily-digest' });
    await digest.result();
    await save('dailyDigest-run', digest);

    const fired = (await stack.client.workflow.getHandle('call-replay_processCall-matched-with-follow-up').result()).followUps[0];
    const firedHandle = stack.client.workflow.getHandle(fired);
    await firedHandle.result();
    await save('followUp-fired', firedHandle);
  } finally {
    await stack.stop();
  }
  process.stdout.write(`saved ${saved.length} histories to ${path.relative(process.cwd(), OUT)}: ${saved.join(', ')}\n`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
