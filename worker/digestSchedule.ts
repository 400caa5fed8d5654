/**
 * The daily digest's Temporal Schedule, created idempotently when a worker starts: the first worker
 * creates it, every later start finds it and leaves it alone (an operator may have paused or
 * retimed it in the UI).
 */
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { DIGEST_SCHEDULE_ID } from '../workflows/ids';
import { dailyDigest } from '../workflows/dailyDigest';

export async function ensureDigestSchedule(client: Client, opts: { taskQueue: string; timezone: string; hour?: number }): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId: DIGEST_SCHEDULE_ID,
      spec: { calendars: [{ hour: opts.hour ?? 8, minute: 0, dayOfWeek: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] }], timezone: opts.timezone },
      action: { type: 'startWorkflow', workflowType: dailyDigest, taskQueue: opts.taskQueue, workflowId: DIGEST_SCHEDULE_ID },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'exists';
    throw err;
  }
}
