/**
 * The digests' Temporal Schedules, created idempotently when a worker starts: the first worker
 * creates each, every later start finds it and leaves it alone (an operator may have paused or
 * retimed it in the UI).
 *  - `daily-digest`: weekdays 08:00, what is due and what waits for a person;
 *  - `weekly-insights-digest`: Mondays 08:00, the past week's call quality and caller wording.
 */
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { DIGEST_SCHEDULE_ID, INSIGHTS_DIGEST_SCHEDULE_ID } from '../workflows/ids';
import { dailyDigest } from '../workflows/dailyDigest';
import { weeklyInsightsDigest } from '../workflows/insightsDigest';

type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY';

interface ScheduleOptions {
  taskQueue: string;
  timezone: string;
  hour?: number;
}

async function ensureSchedule(client: Client, scheduleId: string, workflowType: typeof dailyDigest | typeof weeklyInsightsDigest, days: Weekday[], opts: ScheduleOptions): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: opts.hour ?? 8, minute: 0, dayOfWeek: days }], timezone: opts.timezone },
      action: { type: 'startWorkflow', workflowType, taskQueue: opts.taskQueue, workflowId: scheduleId },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'exists';
    throw err;
  }
}

export function ensureDigestSchedule(client: Client, opts: ScheduleOptions): Promise<'created' | 'exists'> {
  return ensureSchedule(client, DIGEST_SCHEDULE_ID, dailyDigest, ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opts);
}

export function ensureInsightsDigestSchedule(client: Client, opts: ScheduleOptions): Promise<'created' | 'exists'> {
  return ensureSchedule(client, INSIGHTS_DIGEST_SCHEDULE_ID, weeklyInsightsDigest, ['MONDAY'], opts);
}

/** Both digests' schedules, each created once; what each start found, by schedule id. */
export async function ensureDigestSchedules(client: Client, opts: ScheduleOptions): Promise<Record<string, 'created' | 'exists'>> {
  return {
    [DIGEST_SCHEDULE_ID]: await ensureDigestSchedule(client, opts),
    [INSIGHTS_DIGEST_SCHEDULE_ID]: await ensureInsightsDigestSchedule(client, opts),
  };
}
