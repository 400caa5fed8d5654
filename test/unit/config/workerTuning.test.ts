/**
 * The calls worker's tuning, read once at start: how many workflows it keeps in memory, and what
 * share of its pollers serve workflows that wake from the server (a follow-up timer after days).
 */
import { loadConfig } from '../../../config';
import { problemsOf } from './problemsOf';

it("defaults to the SDK's poll ratio and 500 cached workflows; both can be set", () => {
  expect(loadConfig({}).temporal.worker).toEqual({ maxCachedWorkflows: 500, nonStickyToStickyPollRatio: 0.2 });
  expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '200', WORKER_NON_STICKY_POLL_RATIO: '1' }).temporal.worker).toEqual({ maxCachedWorkflows: 200, nonStickyToStickyPollRatio: 1 });
});

it('a ratio outside 0..1 or a negative cache is refused, naming the setting', () => {
  expect(problemsOf({ WORKER_NON_STICKY_POLL_RATIO: '2' }).some((p) => p.startsWith('WORKER_NON_STICKY_POLL_RATIO:'))).toBe(true);
  expect(problemsOf({ WORKER_MAX_CACHED_WORKFLOWS: '-1' }).some((p) => p.startsWith('WORKER_MAX_CACHED_WORKFLOWS:'))).toBe(true);
});
