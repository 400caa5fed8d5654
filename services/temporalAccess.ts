/**
 * What the admin services (review, follow-ups) share in talking to Temporal: their options, a bound
 * on every call a person waits on, one mapping of "Temporal is down" to the service's
 * temporal_unavailable, reading a
 * workflow's input from its history, and links into the Temporal Web UI.
 */
import type { Client, WorkflowExecutionInfo } from '@temporalio/client';
import { grpcErrorOf, isTemporalUnreachable } from './grpcStatus';
import { decodeArrayFromPayloads } from '@temporalio/common/lib/internal-non-workflow';
import type { ServiceError } from './serviceError';

export interface TemporalAccessOptions {
  namespace: string;
  /** Base URL of the Temporal Web UI (e.g. http://127.0.0.1:8233), for links; null when unknown. */
  temporalUiUrl?: string | null;
  /** How many state queries run at once when listing. */
  queryConcurrency?: number;
  /** Bound of each Temporal read a person waits on (list, describe, history): a down Temporal is a 503 within it. */
  timeoutMs?: number;
  /** Bound of a change (an Update): the workflow's worker must accept it, which may take longer. */
  updateTimeoutMs?: number;
  /** Bound of each state query: one workflow whose worker is down must not stall the whole list. */
  queryTimeoutMs?: number;
  /** At most this many workflows are listed where each is then asked for its state. */
  listLimit?: number;
  /** At most this many are listed where visibility alone answers (the review queue's pages). */
  visibilityListLimit?: number;
}

/** The surface's error class, as far as Temporal access needs it: it can say "unavailable". */
export type UnavailableErrorClass = new (code: 'temporal_unavailable', message: string) => ServiceError;

export abstract class TemporalAccess {
  protected readonly namespace: string;
  protected readonly temporalUiUrl: string | null;
  protected readonly queryConcurrency: number;
  protected readonly timeoutMs: number;
  protected readonly updateTimeoutMs: number;
  protected readonly queryTimeoutMs: number;
  protected readonly listLimit: number;
  protected readonly visibilityListLimit: number;

  protected constructor(
    protected readonly client: Client,
    opts: TemporalAccessOptions,
    private readonly errorClass: UnavailableErrorClass,
  ) {
    this.namespace = opts.namespace;
    this.temporalUiUrl = opts.temporalUiUrl ? opts.temporalUiUrl.replace(/\/+$/, '') : null;
    this.queryConcurrency = opts.queryConcurrency ?? 8;
    this.timeoutMs = opts.timeoutMs ?? 5_000;
    this.updateTimeoutMs = opts.updateTimeoutMs ?? 15_000;
    this.queryTimeoutMs = opts.queryTimeoutMs ?? 5_000;
    this.listLimit = opts.listLimit ?? 500;
    this.visibilityListLimit = opts.visibilityListLimit ?? 20_000;
  }

  protected bounded<T>(fn: () => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.client.withDeadline(Date.now() + timeoutMs, fn);
  }

  /** Workflows a visibility query lists (at most `limit`), every page within the read bound. */
  protected listWorkflows(query: string, limit = this.listLimit, pageSize = 100): Promise<WorkflowExecutionInfo[]> {
    return this.bounded(async () => {
      const infos: WorkflowExecutionInfo[] = [];
      for await (const info of this.client.workflow.list({ query, pageSize })) {
        infos.push(info);
        if (infos.length >= limit) break;
      }
      return infos;
    });
  }

  /** The surface's 503 when Temporal is down or too slow; the surface's own errors as they are. */
  protected unavailableOr(err: unknown): Error {
    if (err instanceof this.errorClass) return err;
    if (isTemporalUnreachable(err)) {
      const grpc = grpcErrorOf(err)!;
      return new this.errorClass('temporal_unavailable', `Temporal did not answer (${grpc.details || grpc.message}); try again`);
    }
    return err instanceof Error ? err : new Error(String(err));
  }

  /** The workflow's first argument, from the first event of its history (as it was started). */
  protected async firstInput(workflowId: string, runId: string): Promise<unknown> {
    const page = await this.bounded(() =>
      this.client.workflowService.getWorkflowExecutionHistory({ namespace: this.namespace, execution: { workflowId, runId }, maximumPageSize: 1 }),
    );
    const started = page.history?.events?.[0]?.workflowExecutionStartedEventAttributes;
    const [input] = await decodeArrayFromPayloads(this.client.options.loadedDataConverter, started?.input?.payloads);
    return input;
  }

  /** A Temporal UI workflow search (operators' view of the same list), when the UI's address is known. */
  protected searchUiLink(query: string): string | null {
    if (!this.temporalUiUrl) return null;
    return `${this.temporalUiUrl}/namespaces/${encodeURIComponent(this.namespace)}/workflows?query=${encodeURIComponent(query)}`;
  }

  protected uiLink(workflowId: string, runId: string): string | null {
    if (!this.temporalUiUrl) return null;
    return `${this.temporalUiUrl}/namespaces/${encodeURIComponent(this.namespace)}/workflows/${encodeURIComponent(workflowId)}/${encodeURIComponent(runId)}/history`;
  }
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
