/**
 * The insights as the surfaces ask for them (the page, the CSV, the CLI, the weekly digest): a
 * period and a grouping, checked here, answered from the store. The queries themselves live with
 * the store (insights/store.ts).
 */
import { z } from 'zod';
import { serviceErrorClass } from '../serviceError';
import { ATTRIBUTION_DIMENSIONS, PHRASE_GROUPS, type AttributionDimension, type AttributionRow, type InsightsStore, type Period, type PhraseGroup, type PhraseRow, type ReviewTurnaround, type Totals } from '../../insights/store';
import type { CallOutcome } from '../../insights/callOutcome';

export type InsightsErrorCode = 'invalid_request';
export const InsightsError = serviceErrorClass<InsightsErrorCode>('InsightsError');
export type InsightsError = InstanceType<typeof InsightsError>;

/** A calendar day that exists (2026-02-30 and 0000-00-00 do not); one issue per bad value. */
const day = z.string().superRefine((d, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) ctx.addIssue({ code: 'custom', message: 'a date as YYYY-MM-DD' });
  else {
    const t = Date.parse(`${d}T00:00:00Z`);
    if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== d) ctx.addIssue({ code: 'custom', message: 'not a calendar day' });
  }
});

/** The query a surface passes: a period of whole days (UTC, `to` inclusive) and the groupings. */
export const insightsQuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  by: z.enum(Object.keys(ATTRIBUTION_DIMENSIONS) as [AttributionDimension, ...AttributionDimension[]]).default('campaign'),
  phrasesBy: z.enum(['all', ...(Object.keys(PHRASE_GROUPS) as PhraseGroup[])]).default('all'),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

export interface InsightsReport {
  query: InsightsQuery;
  totals: Totals;
  attribution: AttributionRow[];
  phrases: PhraseRow[];
  review: ReviewTurnaround;
}

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function parseInsightsQuery(raw: unknown): InsightsQuery {
  const parsed = insightsQuerySchema.safeParse(raw ?? {});
  if (!parsed.success) throw new InsightsError('invalid_request', 'the insights query is not valid', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const q = parsed.data;
  if (q.from && q.to && q.from > q.to) throw new InsightsError('invalid_request', 'the period ends before it starts', [`from ${q.from} is after to ${q.to}`]);
  return q;
}

export function periodOf(q: Pick<InsightsQuery, 'from' | 'to'>): Period {
  return { from: q.from ? `${q.from}T00:00:00Z` : null, to: q.to ? `${nextDay(q.to)}T00:00:00Z` : null };
}

export class InsightsService {
  constructor(private readonly store: InsightsStore) {}

  async report(raw: unknown): Promise<InsightsReport> {
    const query = parseInsightsQuery(raw);
    const period = periodOf(query);
    const [totals, attribution, phrases, review] = await Promise.all([
      this.store.totals(period),
      this.store.attribution(query.by, period),
      this.store.phrases({ groupBy: query.phrasesBy === 'all' ? null : query.phrasesBy, period, limit: 100 }),
      this.store.reviewTurnaround(period),
    ]);
    return { query, totals, attribution, phrases, review };
  }

  calls(raw: unknown): Promise<CallOutcome[]> {
    return this.store.calls(periodOf(parseInsightsQuery(raw)));
  }
}
