/**
 * The insights store's one writer: a finished call's outcome lands once (the store ignores a call id
 * it already has, so a retried activity, a replayed workflow or a backfill change nothing).
 */
import type { Call } from '../domain/call';
import { callOutcomeOf } from '../insights/callOutcome';
import { insightsDigestText } from '../insights/digestText';
import type { InsightsStore } from '../insights/store';
import { InsightsService } from '../services/insights/insightsService';
import type { ProcessCallResult } from '../workflows/definitions';

export interface InsightsDigest {
  from: string;
  to: string;
  calls: number;
  qualified: number;
  text: string;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `publicBaseUrl`: where the intake's /insights page is reached, for the digest's link. */
export function createInsightsActivities(store: InsightsStore, opts: { publicBaseUrl?: string | null } = {}) {
  const service = new InsightsService(store);
  return {
    /** The last `days` whole days (UTC) before today, in figures and in words. */
    async collectInsightsDigest(input: { days: number }): Promise<InsightsDigest> {
      const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
      const from = isoDay(today - input.days * 86_400_000);
      const to = isoDay(today - 86_400_000);
      const report = await service.report({ from, to, by: 'campaign' });
      const page = opts.publicBaseUrl ? `${opts.publicBaseUrl}/insights?from=${from}&to=${to}` : null;
      return { from, to, calls: report.totals.calls, qualified: report.totals.qualified, text: insightsDigestText(report, page) };
    },

    async recordCallOutcome(input: { call: Call; result: ProcessCallResult }): Promise<'recorded' | 'already_recorded'> {
      return (await store.record(callOutcomeOf(input.call, input.result))) ? 'recorded' : 'already_recorded';
    },
  };
}
