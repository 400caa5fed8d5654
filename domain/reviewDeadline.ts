/**
 * When a review falls due: a number of business hours (Monday to Friday, 09:00 to 17:00 in the
 * team's time zone) after the decision. 24 business hours is three working days.
 */
import { DateTime } from 'luxon';

const DAY_START = 9;
const DAY_END = 17;

export function addBusinessHours(from: Date, hours: number, timezone: string): Date {
  let t: DateTime = DateTime.fromJSDate(from, { zone: timezone });
  let remainingMinutes = Math.round(hours * 60);
  while (remainingMinutes > 0) {
    if (t.weekday > 5 || t.hour >= DAY_END) {
      t = nextDayStart(t);
      continue;
    }
    if (t.hour < DAY_START) t = t.set({ hour: DAY_START, minute: 0, second: 0, millisecond: 0 });
    const endOfDay = t.set({ hour: DAY_END, minute: 0, second: 0, millisecond: 0 });
    const available = Math.floor(endOfDay.diff(t, 'minutes').minutes);
    const used = Math.min(available, remainingMinutes);
    t = t.plus({ minutes: used });
    remainingMinutes -= used;
    if (remainingMinutes > 0) t = nextDayStart(t);
  }
  return t.toJSDate();
}

function nextDayStart(t: DateTime): DateTime {
  return t.plus({ days: 1 }).set({ hour: DAY_START, minute: 0, second: 0, millisecond: 0 });
}
