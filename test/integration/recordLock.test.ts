/**
 * Ten calls about one ReferralRock record at once: every call's writes land, none overwrites
 * another's note (each note is a read-modify-write of the record's note slot; the record's lock lets
 * one writer in at a time).
 */
import { exampleCall } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
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
