/**
 * The insights store's one writer: a finished call's outcome lands once (the store ignores a call id
 * it already has, so a retried activity, a replayed workflow or a backfill change nothing).
 */
import type { Call } from '../domain/call';
import { callOutcomeOf } from '../insights/callOutcome';
import type { InsightsStore } from '../insights/store';
import type { ProcessCallResult } from '../workflows/definitions';

export function createInsightsActivities(store: InsightsStore) {
  return {
    async recordCallOutcome(input: { call: Call; result: ProcessCallResult }): Promise<'recorded' | 'already_recorded'> {
      return store.record(callOutcomeOf(input.call, input.result)) ? 'recorded' : 'already_recorded';
    },
  };
}
