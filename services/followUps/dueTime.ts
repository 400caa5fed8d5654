/**
 * When a rescheduled follow-up falls due, from what an operator typed:
 *
 *   - an ISO instant with its offset: `2026-12-04T17:00:00Z`, `2026-12-04T11:00-06:00`; or
 *   - a local date-time without an offset (`2026-12-04T11:00`, `2026-12-04 11:00:30`, what an HTML
 *     datetime-local field sends) plus an IANA time zone (`America/Chicago`): the wall-clock time
 *     there, resolved DST-correctly; or
 *   - `today 16:30` / `tomorrow 11:00` plus a time zone: that wall-clock time on the zone's today or
 *     tomorrow, for a terminal where typing a date is a chore. A time that does not exist in the zone (the spring-forward
 *     gap) is refused; one that exists twice (the fall-back hour) is the earlier instant.
 *
 * An instant ignores `timezone`. The result must lie in the future and at most one year ahead:
 * checked here, before anything reaches Temporal.
 */
import { DateTime, IANAZone } from 'luxon';
import { FollowUpError } from './followUpErrors';

const OFFSET_SUFFIX = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?/;
const WALL_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSS";

/** True for a date-time without an offset: it needs a time zone to become an instant. */
export function isLocalDateTime(at: string): boolean {
  const text = normalise(at);
  return DATE_TIME.test(text) && !OFFSET_SUFFIX.test(text);
}

/** True for a date-time with its offset (`Z`, `+02:00`): an instant on its own. */
export function isInstantText(at: string): boolean {
  const text = normalise(at);
  return DATE_TIME.test(text) && OFFSET_SUFFIX.test(text);
}

/** The due instant as a UTC ISO string; FollowUpError invalid_request when malformed or out of range. */
export function resolveDueAt(at: unknown, timezone: string | null | undefined, now: Date = new Date()): string {
  if (typeof at !== 'string' || !at.trim()) throw invalid('at: the new due time is required (an ISO instant, or a local date-time with a timezone)');
  const text = relativeDay(normalise(at), timezone, now);
  if (!DATE_TIME.test(text)) throw invalid(`at: "${at}" is not a date-time (use 2026-12-04T17:00:00Z, or 2026-12-04T11:00 or tomorrow 11:00 with a timezone)`);
  const instant = OFFSET_SUFFIX.test(text) ? fromInstant(text, at) : fromLocal(text, at, timezone);
  const earliest = DateTime.fromJSDate(now);
  if (instant <= earliest) throw invalid(`at: ${instant.toISO()} is in the past; a follow-up can only be moved to a future time`);
  if (instant > earliest.plus({ years: 1 })) throw invalid(`at: ${instant.toISO()} is more than one year ahead`);
  return instant.toUTC().toISO()!;
}

/** An IANA zone name luxon (and so the workflow's resolution) understands. */
export function isValidTimezone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function fromInstant(text: string, original: string): DateTime {
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid) throw invalid(`at: "${original}" is not a valid ISO instant (${parsed.invalidExplanation ?? parsed.invalidReason})`);
  return parsed;
}

/**
 * Every instant whose wall clock in `zone` reads `text`: none in a DST gap, two in a repeated hour.
 * The candidates come from the zone's offsets half a day either side, which covers every real
 * transition (none moves the clock by more than a few hours).
 */
function fromLocal(text: string, original: string, timezone: string | null | undefined): DateTime {
  if (!timezone) throw invalid(`timezone: "${original}" has no offset, so an IANA timezone (e.g. America/Chicago) is needed`);
  if (!isValidTimezone(timezone)) throw invalid(`timezone: "${timezone}" is not an IANA time zone (e.g. America/Chicago, Europe/Berlin, UTC)`);
  const wall = DateTime.fromISO(text, { zone: 'UTC' });
  if (!wall.isValid) throw invalid(`at: "${original}" is not a valid date-time (${wall.invalidExplanation ?? wall.invalidReason})`);
  const wallText = wall.toFormat(WALL_FORMAT);
  const base = wall.toMillis();
  const offsets = new Set([-12, 0, 12].map((h) => DateTime.fromMillis(base + h * 3_600_000, { zone: timezone }).offset));
  const matches = [...offsets]
    .map((offsetMinutes) => DateTime.fromMillis(base - offsetMinutes * 60_000, { zone: timezone }))
    .filter((candidate) => candidate.toFormat(WALL_FORMAT) === wallText)
    .sort((a, b) => a.toMillis() - b.toMillis());
  if (!matches.length) throw invalid(`at: ${text.slice(0, 16)} does not exist in ${timezone} (the clocks skip it for daylight saving time)`);
  return matches[0];
}

/** `tomorrow 11:00` in the zone as the local date-time it names (`2026-12-04T11:00`); other text unchanged. */
function relativeDay(text: string, timezone: string | null | undefined, now: Date): string {
  const m = /^(today|tomorrow)[ T](\d{1,2}):(\d{2})$/i.exec(text);
  if (!m) return text;
  if (!timezone || !isValidTimezone(timezone)) throw invalid(`timezone: "${text}" needs an IANA timezone (e.g. America/Chicago) to say which day that is`);
  const day = DateTime.fromJSDate(now, { zone: timezone }).plus({ days: m[1].toLowerCase() === 'tomorrow' ? 1 : 0 });
  return `${day.toFormat('yyyy-MM-dd')}T${m[2].padStart(2, '0')}:${m[3]}`;
}

/** `2026-12-04 11:00` (a space, as people type it) reads like the ISO `T` form. */
function normalise(at: string): string {
  return at.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T]/, '$1T');
}

function invalid(message: string): FollowUpError {
  return new FollowUpError('invalid_request', message, [message]);
}

/**
 * The list filter "due on or before this day, in this zone": the last instant of `day` there, as
 * a UTC ISO string (what `dueBefore` takes). Zone defaults to UTC.
 */
export function endOfDayIn(day: string, zone: string | null | undefined): string {
  const z = zone?.trim() || 'UTC';
  if (!isValidTimezone(z)) throw invalid(`zone: "${z}" is not an IANA time zone (for example America/Chicago)`);
  const start = /^\d{4}-\d{2}-\d{2}$/.test(day) ? DateTime.fromISO(day, { zone: z }) : null;
  if (!start?.isValid) throw invalid(`dueBy: "${day}" is not a day (YYYY-MM-DD)`);
  return start.endOf('day').toUTC().toISO()!;
}
