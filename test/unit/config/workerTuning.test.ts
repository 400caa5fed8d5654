/**
 * The calls worker's tuning, read once at start: how many workflows it keeps in memory, and a
 * workflow bundle built ahead of time.
 */
import { loadConfig } from '../../../config';
import { problemsOf } from './problemsOf';

it('keeps 200 workflows in memory and bundles at start unless told otherwise', () => {
  expect(loadConfig({}).temporal.worker).toEqual({ maxCachedWorkflows: 200, bundlePath: null });
  expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '100' }).temporal.worker.maxCachedWorkflows).toBe(100);
});

it('a negative cache is refused, naming the setting', () => {
  expect(problemsOf({ WORKER_MAX_CACHED_WORKFLOWS: '-1' }).some((p) => p.startsWith('WORKER_MAX_CACHED_WORKFLOWS:'))).toBe(true);
});

it('a prebuilt workflow bundle must exist where WORKFLOW_BUNDLE_PATH points', () => {
  expect(loadConfig({ WORKFLOW_BUNDLE_PATH: __filename }).temporal.worker.bundlePath).toBe(__filename);
  expect(problemsOf({ WORKFLOW_BUNDLE_PATH: '/nowhere/workflow-bundle.js' }).some((p) => p.startsWith('WORKFLOW_BUNDLE_PATH:'))).toBe(true);
});
