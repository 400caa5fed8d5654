/**
 * How an operator's "when" becomes the due instant, without any server: instants as given, local
 * times read in their zone across daylight-saving changes, and the range checked before Temporal.
 */
import { endOfDayIn, isLocalDateTime, resolveDueAt } from '../../services/followUps/dueTime';
import { parseCancel, parseReschedule } from '../../services/followUps/changeInput';
import { FollowUpError } from '../../services/followUps/followUpErrors';
import { httpStatusOf } from '../../intake/adminUi/httpStatus';

const NOW = new Date('2026-06-01T12:00:00Z');

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FollowUpError);
    expect(httpStatusOf(err as FollowUpError)).toBe(400);
    return (err as FollowUpError).message;
  }
  throw new Error('accepted');
}

test('an ISO instant is taken as given (its offset applied, any timezone ignored)', () => {
  expect(resolveDueAt('2026-12-04T17:00:00Z', null, NOW)).toBe('2026-12-04T17:00:00.000Z');
  expect(resolveDueAt('2026-12-04T11:00-06:00', 'Europe/Berlin', NOW)).toBe('2026-12-04T17:00:00.000Z');
  expect(resolveDueAt('2026-12-04 11:00:30+0100', null, NOW)).toBe('2026-12-04T10:00:30.000Z');
});

test('a local date-time is read in its zone with the offset in force on that day', () => {
  // Chicago: CDT (-05:00) in summer, CST (-06:00) in winter.
  expect(resolveDueAt('2026-07-10T11:00', 'America/Chicago', NOW)).toBe('2026-07-10T16:00:00.000Z');
  expect(resolveDueAt('2026-12-04T11:00', 'America/Chicago', NOW)).toBe('2026-12-04T17:00:00.000Z');
  expect(resolveDueAt('2026-12-04 11:00', 'Asia/Kolkata', NOW)).toBe('2026-12-04T05:30:00.000Z');
});

test('a time the clocks skip is refused; one they repeat is its first occurrence', () => {
  const early = new Date('2026-01-01T00:00:00Z');
  expect(refusal(() => resolveDueAt('2026-03-08T02:30', 'America/Chicago', early))).toContain('does not exist in America/Chicago');
  expect(refusal(() => resolveDueAt('2026-03-29T02:15', 'Europe/Berlin', early))).toContain('does not exist in Europe/Berlin');
  // 01:30 happens twice on 1 Nov 2026 in Chicago: first at CDT (06:30Z), again at CST (07:30Z).
  expect(resolveDueAt('2026-11-01T01:30', 'America/Chicago', early)).toBe('2026-11-01T06:30:00.000Z');
  expect(resolveDueAt('2026-11-01T00:30', 'America/Chicago', early)).toBe('2026-11-01T05:30:00.000Z');
  expect(resolveDueAt('2026-11-01T02:30', 'America/Chicago', early)).toBe('2026-11-01T08:30:00.000Z');
});

test('malformed, zone-less, past and far-off times are refused before reaching Temporal', () => {
  expect(refusal(() => resolveDueAt('', null, NOW))).toContain('required');
  expect(refusal(() => resolveDueAt('next friday', null, NOW))).toContain('not a date-time');
  expect(refusal(() => resolveDueAt('2026-12-04', 'UTC', NOW))).toContain('not a date-time');
  expect(refusal(() => resolveDueAt('2026-02-30T10:00:00Z', null, NOW))).toContain('not a valid ISO instant');
  expect(refusal(() => resolveDueAt('2026-12-04T11:00', null, NOW))).toContain('IANA timezone');
  expect(refusal(() => resolveDueAt('2026-12-04T11:00', 'Central Time', NOW))).toContain('not an IANA time zone');
  expect(refusal(() => resolveDueAt('2026-06-01T11:59:59Z', null, NOW))).toContain('in the past');
  expect(refusal(() => resolveDueAt('2027-06-01T12:00:01Z', null, NOW))).toContain('more than one year ahead');
  expect(resolveDueAt('2027-06-01T12:00:00Z', null, NOW)).toBe('2027-06-01T12:00:00.000Z');
  expect(isLocalDateTime('2026-12-04T11:00')).toBe(true);
  expect(isLocalDateTime('2026-12-04T11:00Z')).toBe(false);
});

test('reschedule and cancel requests say everything that is wrong at once', () => {
  expect(parseReschedule({ at: ' 2026-12-04T11:00 ', timezone: '', by: ' ann ', reason: '' })).toEqual({ at: '2026-12-04T11:00', timezone: null, by: 'ann', reason: null });
  const issues = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as FollowUpError).issues;
    }
    throw new Error('accepted');
  };
  expect(issues(() => parseReschedule({}))).toHaveLength(2);
  expect(issues(() => parseReschedule({ at: 'x', by: 'a'.repeat(201), reason: 5 }))).toEqual(['by: at most 200 characters', 'reason: must be text']);
  expect(issues(() => parseCancel({ by: 'ann' }))).toEqual(['reason: a cancellation needs a reason']);
  expect(issues(() => parseCancel(null))).toHaveLength(2);
});

test("'today' and 'tomorrow' with a time are that wall-clock time on the zone's own day", () => {
  // 12:00Z on 1 June is 07:00 in Chicago (CDT) and 21:00 in Tokyo.
  expect(resolveDueAt('tomorrow 11:00', 'America/Chicago', NOW)).toBe('2026-06-02T16:00:00.000Z');
  expect(resolveDueAt('today 16:30', 'America/Chicago', NOW)).toBe('2026-06-01T21:30:00.000Z');
  expect(resolveDueAt('Tomorrow 9:05', 'Asia/Tokyo', NOW)).toBe('2026-06-02T00:05:00.000Z');
  expect(refusal(() => resolveDueAt('today 06:00', 'America/Chicago', NOW))).toMatch(/in the past/);
  expect(refusal(() => resolveDueAt('tomorrow 11:00', null, NOW))).toMatch(/timezone/);
});

describe('the list filter by day', () => {
  it('is the last instant of that day in the zone, DST-correct', () => {
    expect(endOfDayIn('2026-12-04', 'America/Chicago')).toBe('2026-12-05T05:59:59.999Z');
    expect(endOfDayIn('2027-07-04', 'America/Chicago')).toBe('2027-07-05T04:59:59.999Z');
    expect(endOfDayIn('2026-12-04', null)).toBe('2026-12-04T23:59:59.999Z');
  });

  it('refuses a day or zone that is not one', () => {
    expect(() => endOfDayIn('2026-13-40', 'UTC')).toThrow(/dueBy/);
    expect(() => endOfDayIn('tomorrow', 'UTC')).toThrow(/dueBy/);
    expect(() => endOfDayIn('2026-12-04', 'Mars/Olympus')).toThrow(/zone/);
  });
});
