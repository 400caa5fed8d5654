/**
 * The insights store: one row per finished call (idempotent by call id: a retried activity or a
 * backfill over calls already recorded changes nothing), and the caller's phrases beside it.
 * SQLite by default (sqliteStore.ts, a file under DATA_DIR), PostgreSQL when INSIGHTS_DATABASE_URL
 * is set (postgresStore.ts); openStore.ts chooses. Queries aggregate in SQL; nothing here knows
 * HTTP or Temporal. This file holds what both share: the interface, its rows, the helpers.
 */
import { foldAccents } from '../domain/text';
import { callOutcomeSchema, type CallOutcome } from './callOutcome';

/** What the attribution table can be grouped by, and the column each reads. */
export const ATTRIBUTION_DIMENSIONS = { campaign: 'campaign', source: 'source', medium: 'medium', keyword: 'keyword', landingPage: 'landing_page' } as const;
export type AttributionDimension = keyof typeof ATTRIBUTION_DIMENSIONS;

export const PHRASE_GROUPS = { campaign: 'campaign', segment: 'segment' } as const;
export type PhraseGroup = keyof typeof PHRASE_GROUPS;

/** Calls that ended in [from, to); either end open. */
export interface Period {
  from?: string | null;
  to?: string | null;
}

export interface AttributionRow {
  key: string | null;
  calls: number;
  qualified: number;
  bookedDemo: number;
  referralCreated: number;
  joined: number;
  optedOut: number;
  lowFit: number;
}

export interface PhraseRow {
  group: string | null;
  /** The wording as callers said it most often. */
  phrase: string;
  count: number;
  /** A few calls that said it, newest first. */
  callIds: string[];
}

export interface ReviewTurnaround {
  required: number;
  decided: number;
  expired: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface Totals {
  calls: number;
  qualified: number;
  optedOut: number;
  lowFit: number;
  converted: number;
}

/** What the insights page, the CSV, the digest, the backfill and the worker's activity ask of a store. */
export interface InsightsStore {
  /** Records a finished call once; false when it was recorded before (nothing changes). */
  record(outcome: CallOutcome): Promise<boolean>;
  has(callId: string): Promise<boolean>;
  totals(period?: Period): Promise<Totals>;
  /** Calls, qualified calls, conversions and opt-outs per value of one attribution field, most qualified first. */
  attribution(by: AttributionDimension, period?: Period): Promise<AttributionRow[]>;
  /** The caller's wording, grouped and counted (per campaign or segment when asked), most said first. */
  phrases(opts?: PhraseQuery): Promise<PhraseRow[]>;
  reviewTurnaround(period?: Period): Promise<ReviewTurnaround>;
  /** Every recorded call in the period, oldest first (the CSV export). */
  calls(period?: Period): Promise<CallOutcome[]>;
  close(): Promise<void>;
}

export interface PhraseQuery {
  groupBy?: PhraseGroup | null;
  period?: Period;
  minCount?: number;
  limit?: number;
}

/**
 * The tables, for either store: `prefix` is `''` in SQLite and `<schema>.` in PostgreSQL. Plain
 * types both understand (TEXT, INTEGER flags, lists as JSON text).
 */
export function insightsTablesSql(prefix = ''): string {
  return `
CREATE TABLE IF NOT EXISTS ${prefix}calls (
  call_id TEXT PRIMARY KEY,
  ended_at TEXT NOT NULL,
  direction TEXT NOT NULL,
  source TEXT, medium TEXT, campaign TEXT, keyword TEXT, landing_page TEXT,
  intent TEXT NOT NULL, segment TEXT, outcome TEXT NOT NULL,
  quality_markers TEXT NOT NULL,
  qualified INTEGER NOT NULL, low_fit INTEGER NOT NULL,
  booked_demo INTEGER NOT NULL, referral_created INTEGER NOT NULL, joined INTEGER NOT NULL,
  opted_out INTEGER NOT NULL, opt_out_scope TEXT,
  review_required INTEGER NOT NULL, review_status TEXT NOT NULL, review_reasons TEXT NOT NULL,
  review_seconds INTEGER, reviewer TEXT,
  phrases TEXT NOT NULL,
  classifier TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS calls_ended_at ON ${prefix}calls (ended_at);
CREATE TABLE IF NOT EXISTS ${prefix}phrases (
  call_id TEXT NOT NULL REFERENCES ${prefix}calls (call_id),
  position INTEGER NOT NULL,
  phrase TEXT NOT NULL,
  normalised TEXT NOT NULL,
  PRIMARY KEY (call_id, position)
);
CREATE INDEX IF NOT EXISTS phrases_normalised ON ${prefix}phrases (normalised);
`;
}

/** Phrases that differ only in case, accents, punctuation or spacing are one phrase. */
export function normalisePhrase(phrase: string): string {
  return foldAccents(phrase).toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The period as a WHERE clause over `ended_at`, with named parameters. */
export function periodClause(period: Period, prefix = ''): { where: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (period.from) {
    parts.push(`${prefix}ended_at >= @from`);
    params.from = period.from;
  }
  if (period.to) {
    parts.push(`${prefix}ended_at < @to`);
    params.to = period.to;
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** The spelling callers used most often for one normalised phrase. */
export function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** Nearest-rank quantile of sorted values; null for none. */
export function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** A stored row (snake_case columns, flags as 0/1 or booleans, lists as JSON) as a CallOutcome. */
export function rowToOutcome(r: Record<string, unknown>): CallOutcome {
  return callOutcomeSchema.parse({
    callId: r.call_id,
    endedAt: r.ended_at,
    direction: r.direction,
    source: r.source,
    medium: r.medium,
    campaign: r.campaign,
    keyword: r.keyword,
    landingPage: r.landing_page,
    intent: r.intent,
    segment: r.segment,
    outcome: r.outcome,
    qualityMarkers: jsonList(r.quality_markers),
    qualified: truthy(r.qualified),
    lowFit: truthy(r.low_fit),
    bookedDemo: truthy(r.booked_demo),
    referralCreated: truthy(r.referral_created),
    joined: truthy(r.joined),
    optedOut: truthy(r.opted_out),
    optOutScope: r.opt_out_scope,
    reviewRequired: truthy(r.review_required),
    reviewStatus: r.review_status,
    reviewReasons: jsonList(r.review_reasons),
    reviewSeconds: r.review_seconds == null ? null : Number(r.review_seconds),
    reviewer: r.reviewer,
    phrases: jsonList(r.phrases),
    classifier: r.classifier,
  });
}

const truthy = (v: unknown) => v === 1 || v === true;
const jsonList = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

export const flag = (b: boolean) => (b ? 1 : 0);
