/**
 * `npm run followup` as an operator runs it: a separate process talking to the real Temporal dev
 * server through TEMPORAL_ADDRESS, listing, showing, moving and cancelling a waiting follow-up.
 */
import { futureExampleCall } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { runCli, type Run } from '../helpers/cli';
import { useStack } from '../helpers/suiteStack';
import { getFollowUpQuery, type FollowUpState, type ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

const DAY_MS = 24 * 60 * 60 * 1000;
const stack = useStack();

function followup(...args: string[]): Promise<Run> {
  return runCli(stack(), 'client/followup.ts', ...args);
}

/** Example 01 ("Friday at 11 … Chicago") moved two days ahead: its follow-up waits. */
async function waitingFollowUp(): Promise<{ callId: string; id: string }> {
  const body = futureExampleCall('01-referral-books-demo.json');
  expect((await sendCanonical(stack().intakeUrl, body)).status).toBe(202);
  const result: ProcessCallResult = await stack().client.workflow.getHandle(workflowIdForCall(body.data.call_id)).result();
  return { callId: body.data.call_id, id: result.followUps[0] };
}

async function stateOf(id: string): Promise<FollowUpState> {
  return stack().client.workflow.getHandle(id).query(getFollowUpQuery);
}

test('list and show find the follow-up; reschedule moves it as $USER@cli; cancel drops it; refusals exit 1', async () => {
  const { callId, id } = await waitingFollowUp();
  let list: Run = { code: -1, stdout: '', stderr: '' };
  for (let i = 0; i < 50 && !list.stdout.includes(id); i++) list = await followup('list');
  expect(list).toMatchObject({ code: 0, stderr: '' });
  const line = list.stdout.split('\n').find((l) => l.startsWith(id));
  expect(line).toMatch(/waiting\s+\S+Z\s+\d{4}-\d\d-\d\d 11:00 CST\s+phone/);
  const listed = JSON.parse((await followup('list', '--json')).stdout);
  expect(listed.followUps.find((f: { workflowId: string }) => f.workflowId === id)).toMatchObject({ status: 'waiting', timezone: 'America/Chicago' });
  expect((await followup('list', '--due-before', '2000-01-01T00:00:00Z')).stdout.trim()).toBe('no follow-up is waiting');

  const show = await followup('show', callId);
  expect(show.code).toBe(0);
  expect(show.stdout).toContain(`follow-up ${id}  call ${callId}  waiting (running)`);
  expect(show.stdout).toContain('America/Chicago');

  const day = new Date(Date.now() + 4 * DAY_MS).toISOString().slice(0, 10);
  const moved = await followup('reschedule', id, '--at', `${day}T16:15`, '--timezone', 'America/Chicago', '--reason', 'asked for later');
  expect(moved).toMatchObject({ code: 0, stderr: '' });
  expect(moved.stdout).toContain('moved by tester@cli (asked for later)');
  const state = await stateOf(id);
  expect(state.reschedules).toEqual([{ at: state.at, by: 'tester@cli', reason: 'asked for later' }]);
  expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Chicago', timeStyle: 'short' }).format(new Date(state.at))).toBe('16:15');

  const past = await followup('reschedule', id, '--at', '2020-01-01T00:00:00Z');
  expect(past.code).toBe(1);
  expect(past.stderr).toContain('is in the past');

  const cancelled = await followup('cancel', id, '--reason', 'handled by email');
  expect(cancelled).toMatchObject({ code: 0, stderr: '' });
  expect(cancelled.stdout).toContain(`follow-up ${id}: cancelled by tester@cli (handled by email)`);
  expect((await stack().client.workflow.getHandle(id).result()) as FollowUpState).toMatchObject({ status: 'cancelled', cancelledBy: 'tester@cli' });

  const again = await followup('cancel', id, '--reason', 'again', '--by', 'someone-else');
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('is not waiting: cancelled by tester@cli');
  expect((await followup('show', 'followup-call_nobody_made-0')).stderr).toContain('no follow-up followup-call_nobody_made-0');
});

test('wrong usage exits 2 with the usage text', async () => {
  for (const args of [['frobnicate'], ['show'], ['cancel', 'followup-call_x-0'], ['reschedule', 'followup-call_x-0'], ['list', '--colour'], ['list', 'extra']]) {
    const run = await followup(...args);
    expect([args.join(' '), run.code]).toEqual([args.join(' '), 2]);
    expect(run.stderr).toContain('usage: npm run followup');
  }
});
