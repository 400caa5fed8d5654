/**
 * With no worker answering, the follow-up list still lists (each row from visibility and the
 * follow-up's input, its state marked unavailable, within the query bound) and changes are refused
 * with 503 and nothing changed; sent again once a worker is back, the same cancel lands once.
 */
import { futureExampleCall } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { useStack } from '../helpers/suiteStack';
import { FollowUpService } from '../../services/followUps/followUpService';
import type { FollowUpError } from '../../services/followUps/followUpErrors';
import { httpStatusOf } from '../../intake/adminUi/httpStatus';
import type { FollowUpState, ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

const DAY_MS = 24 * 60 * 60 * 1000;
const stack = useStack();

test('list tolerates unanswered queries; changes get 503 until a worker is back', async () => {
  const body = futureExampleCall('01-referral-books-demo.json');
  expect((await sendCanonical(stack().intakeUrl, body)).status).toBe(202);
  const result: ProcessCallResult = await stack().client.workflow.getHandle(workflowIdForCall(body.data.call_id)).result();
  const id = result.followUps[0];
  const service = new FollowUpService(stack().client, { namespace: stack().config.temporal.namespace, queryTimeoutMs: 1_000, timeoutMs: 3_000 });
  const before = (await service.list()).find((f) => f.workflowId === id);
  expect(before).toMatchObject({ status: 'waiting', stateError: null });

  await stack().stopWorkers();
  const started = Date.now();
  const row = (await service.list()).find((f) => f.workflowId === id);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(row).toMatchObject({ status: null, at: before!.at, channel: 'phone', timezone: 'America/Chicago', callId: body.data.call_id });
  expect(row!.stateError).toContain('did not answer');

  const at = new Date(Date.now() + 3 * DAY_MS).toISOString();
  const rescheduleRefused = await service.reschedule(id, { at, by: 'ops' }).catch((err: FollowUpError) => err);
  expect(rescheduleRefused).toMatchObject({ code: 'temporal_unavailable' });
  expect(httpStatusOf(rescheduleRefused as FollowUpError)).toBe(503);
  const request = { by: 'ops', reason: 'worker outage test' };
  const cancelRefused = await service.cancel(id, request).catch((err: FollowUpError) => err);
  expect(cancelRefused).toMatchObject({ code: 'temporal_unavailable' });
  expect(httpStatusOf(cancelRefused as FollowUpError)).toBe(503);

  await stack().startWorkers();
  const cancelled = await service.cancel(id, request);
  expect(cancelled.state).toMatchObject({ status: 'cancelled', cancelledBy: 'ops', reschedules: [] });
  expect((await stack().client.workflow.getHandle(id).result()) as FollowUpState).toMatchObject({ status: 'cancelled', cancelledBy: 'ops' });
});
