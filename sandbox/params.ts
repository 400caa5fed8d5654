/**
 * Query-string parameters as ASP.NET binds them: names matched case-insensitively, `offset`/`count`
 * integers (defaults 0 and 2147483647), booleans `true`/`false`, dates as `yyyy-MM-dd`,
 * `MM/dd/yyyy[ HH:mm:ss]` or ISO 8601 (clients send all three; naive times are read as UTC).
 * A value that does not bind is a 400, like ASP.NET's model-binding error.
 */
import { getCaseless } from './caseless';

/** A request the API refuses as invalid; answered with the validation status and `{ Message }`. */
export class BadRequest extends Error {}

export const DEFAULT_COUNT = 2147483647;

export function textParam(query: unknown, name: string): string | undefined {
  const v = getCaseless(query, name);
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s !== '' ? s : undefined;
}

export function intParam(query: unknown, name: string, fallback: number): number {
  const s = textParam(query, name);
  if (s === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(s) || Number(s) > DEFAULT_COUNT) {
    throw new BadRequest(`The value '${s}' is not valid for ${name}: expected a whole number from 0 to ${DEFAULT_COUNT}.`);
  }
  return Number(s);
}

export function boolParam(query: unknown, name: string): boolean | undefined {
  const s = textParam(query, name);
  if (s === undefined) return undefined;
  const lower = s.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new BadRequest(`The value '${s}' is not valid for ${name}: expected true or false.`);
}

/**
 * A date filter as epoch ms. With `endOfDay`, a date without a time covers that whole day, so
 * `dateTo=2026-11-10` includes records created on the 10th.
 */
export function dateParam(query: unknown, name: string, endOfDay: boolean): number | undefined {
  const s = textParam(query, name);
  if (s === undefined) return undefined;
  const parsed = parseDate(s.trim());
  if (parsed === undefined) throw new BadRequest(`The value '${s}' is not valid for ${name}: expected a date.`);
  return parsed.dateOnly && endOfDay ? parsed.ms + 86_400_000 - 1 : parsed.ms;
}

function parseDate(s: string): { ms: number; dateOnly: boolean } | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return utc(+m[1], +m[2], +m[3], 0, 0, 0, true);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) return utc(+m[3], +m[1], +m[2], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[4] === undefined);
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(s);
    const ms = Date.parse(hasZone ? s : `${s}Z`);
    return Number.isNaN(ms) ? undefined : { ms, dateOnly: false };
  }
  return undefined;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, se: number, dateOnly: boolean) {
  const ms = Date.UTC(y, mo - 1, d, h, mi, se);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) return undefined;
  return { ms, dateOnly };
}

/** One page of a list and its envelope `{ offset, total, <key>, message }` (no cursor; next = offset + count). */
/** The list envelope; `view` renders only the page's items (a large program is not rendered whole per request). */
export function envelope<T, V = T>(key: string, all: T[], offset: number, count: number, message: string | null, view?: (item: T) => V): Record<string, unknown> {
  const page = all.slice(offset, offset + count);
  return { offset, total: all.length, [key]: view ? page.map(view) : page, message };
}
