/**
 * `npm run review` as a reviewer runs it: a separate process talking to the real Temporal dev
 * server through TEMPORAL_ADDRESS, listing the waiting calls and deciding one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exampleCall } from '../helpers/stack';
import { sendCanonical, sandboxWrites } from '../helpers/send';
import { runCli, type Run } from '../helpers/cli';
import { useStack } from '../helpers/suiteStack';
import { eventually } from '../helpers/eventually';
import { ReviewService } from '../../services/review/reviewService';
import type { ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

const stack = useStack();

function review(...args: string[]): Promise<Run> {
  return runCli(stack(), 'client/review.ts', ...args);
}

async function waitingCall(file: string): Promise<string> {
  const body = exampleCall(file);
  expect((await sendCanonical(stack().intakeUrl, body)).status).toBe(202);
  const service = new ReviewService(stack().client, { namespace: stack().config.temporal.namespace });
  await eventually(async () => (await service.listPending()).some((p) => p.callId === body.data.call_id), { what: `call ${body.data.call_id} pending review` });
  return body.data.call_id;
}

test('list shows the waiting call; approve decides it as $USER@cli and the writes land once', async () => {
  const callId = await waitingCall('07-high-value-ready.json');
  const list = await review('list');
  expect(list).toMatchObject({ code: 0, stderr: '' });
  const line = list.stdout.split('\n').find((l) => l.startsWith(callId));
  expect(line).toMatch(/pending\s+\S+\s+high_value,money\s+sales_inquiry\s+matched/);
  const listed = JSON.parse((await review('list', '--json')).stdout);
  expect(listed.pending.find((p: { callId: string }) => p.callId === callId)).toMatchObject({ reviewStatus: 'pending' });

  const show = await review('show', callId);
  expect(show.code).toBe(0);
  expect(show.stdout).toContain('review pending');
  expect(show.stdout).toContain('[turn 1] intent:');
  expect(show.stdout).toContain('update_referral');

  const approve = await review('approve', callId, '--comment', 'checked');
  expect(approve).toMatchObject({ code: 0, stderr: '' });
  expect(approve.stdout).toContain(`call ${callId}: approved by tester@cli`);
  const result = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).result()) as ProcessCallResult;
  expect(result.review).toMatchObject({ status: 'approved', reviewer: 'tester@cli', comment: 'checked' });
  expect(result.writes.map((w) => w.outcome)).toEqual(['applied', 'applied']);
  expect((await sandboxWrites(stack().sandbox.url)).filter((w) => JSON.stringify(w.body).includes(`dialnexa:${callId}`))).toHaveLength(2);

  const again = await review('reject', callId, '--reason', 'too late', '--reviewer', 'someone-else');
  expect(again.code).toBe(1);
  expect(again.stderr).toContain(`call ${callId} was already approved by tester@cli`);
});

test('edit takes the action list from a file; refusals and wrong usage exit non-zero with a clear message', async () => {
  const callId = await waitingCall('06-ambiguous-name.json');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-cli-'));
  try {
    const badFile = path.join(dir, 'bad.json');
    fs.writeFileSync(badFile, '[{"type":"teleport"}]');
    const bad = await review('edit', callId, '--actions', badFile);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('invalid decision');

    expect((await review('reject', callId)).stderr).toContain('a rejection needs a reason');
    expect((await review('approve', 'call_nobody_made')).stderr).toContain('no call call_nobody_made');
    expect((await review('frobnicate')).code).toBe(2);
    expect((await review('approve')).code).toBe(2);
    expect((await review('list', '--colour')).code).toBe(2);

    const file = path.join(dir, 'actions.json');
    fs.writeFileSync(file, JSON.stringify({ actions: [] }));
    const edit = await review('edit', callId, '--actions', file, '--reviewer', 'ops@example.com', '--comment', 'nothing to write');
    expect(edit).toMatchObject({ code: 0, stderr: '' });
    const result = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).result()) as ProcessCallResult;
    expect(result.review).toMatchObject({ status: 'edited', reviewer: 'ops@example.com' });
    expect(result.writes).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('pick names the record of an ambiguous match: show lists the candidates, the note lands on the one picked', async () => {
  const callId = await waitingCall('06-ambiguous-name.json');
  const show = await review('show', callId);
  expect(show.stdout).toContain('which record is this?');
  expect(show.stdout).toMatch(/referral ref_pat1\s+Pat Morgan\s+60% on name\s+Lumen, p•••@lumen\.io/);

  const wrong = await review('pick', callId, 'ref_nobody');
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain("ref_nobody is not one of this call's candidates (ref_pat1, ref_pat2), nor none");
  expect((await review('pick', callId)).code).toBe(2);

  const picked = await review('pick', callId, 'ref_pat1');
  expect(picked).toMatchObject({ code: 0, stderr: '' });
  expect(picked.stdout).toContain(`call ${callId}: edited by tester@cli`);
  const result = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).result()) as ProcessCallResult;
  expect(result.review).toMatchObject({ picked: { type: 'referral', id: 'ref_pat1' } });
  expect(result.writes.map((w) => [w.type, w.recordId])).toEqual([['add_note', 'ref_pat1']]);
});
