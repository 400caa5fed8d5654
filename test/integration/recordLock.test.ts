/**
 * Ten calls about one ReferralRock record at once: every call's writes land, none overwrites
 * another's note (each note is a read-modify-write of the record's note slot; the record's lock lets
 * one writer in at a time).
 */
import { exampleCall } from '../helpers/stack';
import { sandboxWrites, sendCanonical } from '../helpers/send';
import { useStack } from '../helpers/suiteStack';
import type { ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

const stack = useStack();

it('keeps every note when ten calls write to the same referral at once', async () => {
  const bodies = Array.from({ length: 10 }, () => exampleCall('08-not-interested.json'));
  const answers = await Promise.all(bodies.map((b) => sendCanonical(stack().intakeUrl, b)));
  expect(answers.map((a) => a.status)).toEqual(Array(10).fill(202));
  const results: ProcessCallResult[] = await Promise.all(bodies.map((b) => stack().client.workflow.getHandle(workflowIdForCall(b.data.call_id)).result()));
  const state = (await (await fetch(`${stack().sandbox.url}/_sandbox/state`)).json()) as { referrals: Array<{ id: string; note?: string }> };
  const note = state.referrals.find((r) => r.id === 'ref_pat1')?.note ?? '';
  let markers = 0;
  for (const [i, r] of results.entries()) {
    for (const w of r.writes) {
      expect({ call: i, type: w.type, outcome: w.outcome }).toEqual({ call: i, type: w.type, outcome: expect.stringMatching(/^(?:applied|already_applied)$/) });
      expect(note).toContain(`[dialnexa:${bodies[i].data.call_id}#${w.index}]`);
      markers++;
    }
  }
  expect(markers).toBeGreaterThanOrEqual(10);
}, 120_000);

it("a call's writes in a row to one record share one turn of its lock, and every write still lands", async () => {
  // Example 03 writes twice to mem_ivy (the billing pause, then the note); five such calls at once.
  const bodies = Array.from({ length: 5 }, () => exampleCall('03-billing-pause.json'));
  await Promise.all(bodies.map((b) => sendCanonical(stack().intakeUrl, b)));
  for (const b of bodies) {
    const handle = stack().client.workflow.getHandle(workflowIdForCall(b.data.call_id));
    const result: ProcessCallResult = await handle.result();
    const history = await handle.fetchHistory();
    const scheduled = (history.events ?? []).map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
    const writes = result.writes.filter((w) => w.type !== 'schedule_follow_up');
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(scheduled.filter((n) => n === 'applyAction')).toHaveLength(writes.length);
    expect(scheduled.filter((n) => n === 'requestRecordLock')).toHaveLength(1);
    expect(scheduled.filter((n) => n === 'releaseRecordLock')).toHaveLength(1);
  }
  // Every call's writes reached ReferralRock, each once.
  const writes = await sandboxWrites(stack().sandbox.url);
  for (const b of bodies) expect(writes.filter((w) => JSON.stringify(w.body).includes(`dialnexa:${b.data.call_id}#`)).length).toBeGreaterThanOrEqual(2);
}, 120_000);

it("a follow-up that falls due writes its reminder in the record's turn, with one round trip to a task queue", async () => {
  // Example 01's follow-up is due at once. The opt-out check, the lock's request and release and the
  // notice run as local activities in the workflow task (patch follow-up-local-steps); only the
  // reminder write, which must keep to ReferralRock's rate limit, goes to the ReferralRock queue.
  const body = exampleCall('01-referral-books-demo.json');
  await sendCanonical(stack().intakeUrl, body);
  const { followUps } = await stack().client.workflow.getHandle(workflowIdForCall(body.data.call_id)).result();
  const handle = stack().client.workflow.getHandle(followUps[0]);
  expect(await handle.result()).toMatchObject({ status: 'fired', outcome: expect.stringMatching(/^reminder applied on /) });
  const events = (await handle.fetchHistory()).events ?? [];
  expect(events.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean)).toEqual(['writeFollowUpReminder']);
  expect(events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')).toHaveLength(4);
  // Woken by the timer, granted the record, the write done: three workflow tasks after the first.
  expect(events.filter((e) => e.workflowTaskCompletedEventAttributes)).toHaveLength(4);
  const writes = await sandboxWrites(stack().sandbox.url);
  expect(writes.filter((w) => JSON.stringify(w.body).includes(`dialnexa:${body.data.call_id}#followup-`))).toHaveLength(1);
}, 120_000);
