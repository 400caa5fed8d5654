/**
 * Today's workflow code must replay every saved history (test/replay/histories, made by
 * `npm run replay:save`) without a nondeterminism error: the guard for calls already in flight.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { workflowBundle } from '../../worker/createWorkers';
import { dataConverterFor } from '../../integrations/temporal/dataConverter';
import { loadConfig } from '../../config';

const DIR = path.join(__dirname, 'histories');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

test('there are saved histories of every workflow type', () => {
  const types = new Set(files.map((f) => f.split('-')[0]));
  expect([...types].sort()).toEqual(['dailyDigest', 'followUp', 'processCall', 'recordLock', 'weeklyInsightsDigest']);
});

test('every saved history replays on the current workflow code', async () => {
  const histories = files.map((f) => ({ workflowId: f.replace(/\.json$/, ''), history: historyFromJSON(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'))) }));
  const failures: string[] = [];
  let replayed = 0;
  for await (const result of Worker.runReplayHistories({ workflowBundle: await workflowBundle(), dataConverter: dataConverterFor(loadConfig({}).temporal) }, histories)) {
    replayed++;
    if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
  }
  expect(failures).toEqual([]);
  expect(replayed).toBe(files.length);
});
