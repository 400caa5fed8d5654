/**
 * Fills the insights store from Temporal history, for calls processed before the store existed (or
 * while it was down past its activity's day): every completed processCall whose call id the store
 * lacks is read (its input from the first history event, its result from the last) and recorded
 * exactly as the live workflow's step 5 records it. Recording is idempotent, so a backfill can be
 * run any number of times, beside a running worker.
 */
import type { Client } from '@temporalio/client';
import { decodeArrayFromPayloads, loadDataConverter } from '@temporalio/common/lib/internal-non-workflow';
import type { DataConverter } from '@temporalio/common';
import { callOutcomeOf } from '../../insights/callOutcome';
import type { InsightsStore } from '../../insights/store';
import type { ProcessCallInput, ProcessCallResult } from '../../workflows/definitions';
import { callIdOfWorkflowId } from '../../workflows/ids';
import { completedCallsQuery } from '../visibilityQueries';

export interface BackfillReport {
  /** Completed calls Temporal listed. */
  seen: number;
  recorded: number;
  alreadyRecorded: number;
  /** Histories that could not be read (an id and the reason each). */
  failed: Array<{ workflowId: string; error: string }>;
}

export async function backfillInsights(client: Client, dataConverter: DataConverter, store: InsightsStore, opts: { onProgress?: (r: BackfillReport) => void } = {}): Promise<BackfillReport> {
  const converter = loadDataConverter(dataConverter);
  const report: BackfillReport = { seen: 0, recorded: 0, alreadyRecorded: 0, failed: [] };
  for await (const wf of client.workflow.list({ query: completedCallsQuery() })) {
    report.seen++;
    const callId = callIdOfWorkflowId(wf.workflowId);
    if (callId && (await store.has(callId))) {
      report.alreadyRecorded++;
      continue;
    }
    try {
      const handle = client.workflow.getHandle(wf.workflowId, wf.runId);
      const history = await handle.fetchHistory();
      const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
      const [input] = (await decodeArrayFromPayloads(converter, started?.input?.payloads)) as [ProcessCallInput];
      const result = (await handle.result()) as ProcessCallResult;
      if (await store.record(callOutcomeOf(input.call, result))) report.recorded++;
      else report.alreadyRecorded++;
    } catch (err) {
      report.failed.push({ workflowId: wf.workflowId, error: err instanceof Error ? err.message : String(err) });
    }
    if (report.seen % 100 === 0) opts.onProgress?.(report);
  }
  return report;
}
