/** Workflow ids (workflows/ids.ts) and visibility queries (services/visibilityQueries.ts): one builder, one parser each. */
import { callIdOfWorkflowId, followUpIdPrefix, isFollowUpOfCall, parseFollowUpWorkflowId, workflowIdForCall, workflowIdForFollowUp } from '../../../workflows/ids';
import { followUpsOfCallQuery, optOutsOfRecordQuery, pendingReviewsQuery, waitingFollowUpsQuery } from '../../../services/visibilityQueries';
import { scopesBlocking } from '../../../domain/optOutChannel';

test('a follow-up id parses back into its call id and number, dashes in the call id included', () => {
  for (const [callId, n] of [['call_ex_01', 1], ['a-1', 12], ['x', 0]] as const) {
    const id = workflowIdForFollowUp(callId, n);
    expect(id.startsWith(followUpIdPrefix(callId))).toBe(true);
    expect(parseFollowUpWorkflowId(id)).toEqual({ callId, actionIndex: n });
    expect(isFollowUpOfCall(id, callId)).toBe(true);
  }
  // Call "a-1"'s follow-up is not call "a"'s, though its id starts with "followup-a-".
  expect(isFollowUpOfCall(workflowIdForFollowUp('a-1', 2), 'a')).toBe(false);
  expect(parseFollowUpWorkflowId('call-x')).toBeNull();
  expect(parseFollowUpWorkflowId('followup-x-')).toBeNull();
});

test('a call id round-trips through its workflow id', () => {
  expect(callIdOfWorkflowId(workflowIdForCall('call_ex_07'))).toBe('call_ex_07');
  expect(callIdOfWorkflowId('followup-x-1')).toBeNull();
});

test('visibility queries name the typed keys and quote their values', () => {
  expect(pendingReviewsQuery()).toBe("WorkflowType = 'processCall' AND ExecutionStatus = 'Running' AND ReviewStatus IN ('pending', 'escalated')");
  expect(waitingFollowUpsQuery({ dueBefore: new Date('2026-12-04T17:00:00.001Z') })).toBe(
    "WorkflowType = 'followUp' AND ExecutionStatus = 'Running' AND FollowUpAt < '2026-12-04T17:00:00.001Z'",
  );
  expect(followUpsOfCallQuery('call_1')).toBe("WorkflowType = 'followUp' AND WorkflowId STARTS_WITH 'followup-call_1-'");
  expect(optOutsOfRecordQuery("o'brien", scopesBlocking('sms'))).toBe(
    "WorkflowType = 'processCall' AND ReferralRockRecordId = 'o''brien' AND OptOutScope IN ('all', 'marketing', 'sms')",
  );
});
