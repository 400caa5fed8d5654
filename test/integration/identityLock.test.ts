/**
 * Three quick calls from one new prospect (same email, new each time to the cached directory):
 * one referral is created, and the other calls find it instead of creating their own.
 */
import { exampleCall } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { useStack } from '../helpers/suiteStack';
import type { ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

// The directory keeps its lists for 30 s, as in production: the later calls cannot see the first's record when they decide.
const stack = useStack({ env: { REFERRALROCK_DIRECTORY_TTL_SECONDS: '30' } });

it('creates one referral for three calls at once from the same new person', async () => {
  const bodies = Array.from({ length: 3 }, () => exampleCall('04-new-prospect-with-code.json'));
  const email = (bodies[0].data.caller as { email: string }).email;
  const answers = await Promise.all(bodies.map((b) => sendCanonical(stack().intakeUrl, b)));
  expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
  const results: ProcessCallResult[] = await Promise.all(bodies.map((b) => stack().client.workflow.getHandle(workflowIdForCall(b.data.call_id)).result()));
  const creates = results.flatMap((r) => r.writes.filter((w) => w.type === 'create_referral'));
  expect(creates).toHaveLength(3);
  expect(creates.filter((w) => w.outcome === 'applied')).toHaveLength(1);
  expect(new Set(creates.map((w) => w.recordId)).size).toBe(1);
  const state = (await (await fetch(`${stack().sandbox.url}/_sandbox/state`)).json()) as { referrals: Array<{ email?: string }> };
  expect(state.referrals.filter((r) => r.email?.toLowerCase() === email.toLowerCase())).toHaveLength(1);
}, 120_000);
