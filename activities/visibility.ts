/**
 * Visibility list queries for activities. Every real Temporal server (dev server, self-hosted,
 * Cloud) answers them; the time-skipping test server does not (gRPC UNIMPLEMENTED), and there the
 * features built on them (telling waiting follow-ups about a new call, the opt-out check before a
 * follow-up fires) have nothing to find. Any other error is thrown so the activity retries.
 */
import type { Client, WorkflowExecutionInfo } from '@temporalio/client';
import { isUnimplemented } from '../services/grpcStatus';

export async function listWorkflows(client: Client, query: string): Promise<WorkflowExecutionInfo[]> {
  const found: WorkflowExecutionInfo[] = [];
  try {
    for await (const wf of client.workflow.list({ query })) found.push(wf);
  } catch (err) {
    if (isUnimplemented(err)) return [];
    throw err;
  }
  return found;
}
