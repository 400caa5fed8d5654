/**
 * The review queue as a busy reviewer narrows it: by reason, intent, match, owner or campaign, only
 * overdue calls, a search over call ids and summaries (which name the caller), sorted by deadline
 * or age, a page at a time. Pure: the service lists what waits (from visibility and each call's
 * state), this chooses and orders.
 */
import { z } from 'zod';
import { ReviewError } from './reviewErrors';
import type { PendingCall } from './reviewService';

const optional = z.string().trim().max(200).optional().transform((v) => (v ? v : undefined));

export const queueFilterSchema = z.object({
  reason: optional,
  intent: optional,
  match: optional,
  owner: optional,
  campaign: optional,
  /** Only calls past their review deadline. */
  overdue: z.enum(['1', 'true', '']).optional().transform((v) => v === '1' || v === 'true'),
  /** Call id, or words of the summary (the caller's name, company, what they asked). */
  q: optional,
  sort: z.enum(['deadline', 'oldest', 'newest']).default('deadline'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export interface QueuePage {
  filter: QueueFilter;
  rows: PendingCall[];
  /** Calls matching the filter (all pages). */
  total: number;
  /** Calls waiting at all. */
  waiting: number;
  pages: number;
  /** What the filters can choose from, with how many waiting calls each. */
  facets: { reasons: Array<[string, number]>; intents: Array<[string, number]>; owners: Array<[string, number]>; campaigns: Array<[string, number]> };
}

export function parseQueueFilter(raw: unknown): QueueFilter {
  const parsed = queueFilterSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`);
    throw new ReviewError('invalid_decision', `invalid queue filter: ${issues.join('; ')}`, issues);
  }
  return parsed.data;
}

function counts(values: Array<string | null>): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const deadline = (p: PendingCall) => (p.deadlineAt ? Date.parse(p.deadlineAt) : Infinity);

export function applyQueueFilter(all: PendingCall[], filter: QueueFilter, now: Date = new Date()): QueuePage {
  const q = filter.q?.toLowerCase();
  const rows = all.filter(
    (p) =>
      (!filter.reason || p.reasons.includes(filter.reason)) &&
      (!filter.intent || p.intent === filter.intent) &&
      (!filter.match || p.matchStatus === filter.match) &&
      (!filter.owner || p.owner === filter.owner) &&
      (!filter.campaign || p.campaign === filter.campaign) &&
      (!filter.overdue || deadline(p) < now.getTime()) &&
      (!q || p.callId.toLowerCase().includes(q) || (p.summary ?? '').toLowerCase().includes(q)),
  );
  const order = {
    deadline: (a: PendingCall, b: PendingCall) => deadline(a) - deadline(b) || a.startedAt.localeCompare(b.startedAt),
    oldest: (a: PendingCall, b: PendingCall) => a.startedAt.localeCompare(b.startedAt),
    newest: (a: PendingCall, b: PendingCall) => b.startedAt.localeCompare(a.startedAt),
  }[filter.sort];
  rows.sort(order);
  const pages = Math.max(1, Math.ceil(rows.length / filter.pageSize));
  const start = (filter.page - 1) * filter.pageSize;
  return {
    filter,
    rows: rows.slice(start, start + filter.pageSize),
    total: rows.length,
    waiting: all.length,
    pages,
    facets: {
      reasons: counts(all.flatMap((p) => p.reasons)),
      intents: counts(all.map((p) => p.intent)),
      owners: counts(all.map((p) => p.owner)),
      campaigns: counts(all.map((p) => p.campaign)),
    },
  };
}
