/**
 * The bench's floor: what Temporal itself costs on this server, with none of our work. `floorStart`
 * does nothing (the bare workflow start); `floorCall` runs as many no-op activities, one after the
 * other, as an average call of ours (the bench counts them from our calls' histories).
 */
import { proxyActivities } from '@temporalio/workflow';
import type * as activities from './activities';

const { noop } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

export async function floorStart(): Promise<void> {
  // Nothing: the cost measured is the start alone.
}

export async function floorCall(activityCount: number): Promise<number> {
  for (let i = 0; i < activityCount; i++) await noop(i);
  return activityCount;
}
