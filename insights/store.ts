/**
 * The insights store: one row per finished call (idempotent by call id: a retried activity or a
 * backfill over calls already recorded changes nothing), and the caller's phrases beside it, in
 * SQLite (better-sqlite3, a file under DATA_DIR; WAL, so the worker writes while the intake's page
 * reads). Queries aggregate in SQL; nothing here knows HTTP or Temporal.
 */
import type Database from 'better-sqlite3';
import { openSqliteFile } from '../services/sqliteFile';
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

const SCHEMA = `
CREATE TABLE IF NOT EXISTS calls (
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
CREATE INDEX IF NOT EXISTS calls_ended_at ON calls (ended_at);
CREATE TABLE IF NOT EXISTS phrases (
  call_id TEXT NOT NULL REFERENCES calls (call_id),
  position INTEGER NOT NULL,
  phrase TEXT NOT NULL,
  normalised TEXT NOT NULL,
  PRIMARY KEY (call_id, position)
);
CREATE INDEX IF NOT EXISTS phrases_normalised ON phrases (normalised);
`;

/** Phrases that differ only in case, accents, punctuation or spacing are one phrase. */
export function normalisePhrase(phrase: string): string {
  return foldAccents(phrase).toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

const flag = (b: boolean) => (b ? 1 : 0);

export class InsightsStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openSqliteFile(file, SCHEMA);
  }

  /** Records a finished call once; false when it was recorded before (nothing changes). */
  record(outcome: CallOutcome): boolean {
    const o = callOutcomeSchema.parse(outcome);
    const insert = this.db.transaction(() => {
      const r = this.db
        .prepare(
          `INSERT INTO calls VALUES (@callId, @endedAt, @direction, @source, @medium, @campaign, @keyword, @landingPage,
             @intent, @segment, @outcome, @qualityMarkers, @qualified, @lowFit, @bookedDemo, @referralCreated, @joined,
             @optedOut, @optOutScope, @reviewRequired, @reviewStatus, @reviewReasons, @reviewSeconds, @reviewer, @phrases,
             @classifier, @recordedAt)
           ON CONFLICT (call_id) DO NOTHING`,
        )
        .run({
          ...o,
          qualityMarkers: JSON.stringify(o.qualityMarkers),
          qualified: flag(o.qualified),
          lowFit: flag(o.lowFit),
          bookedDemo: flag(o.bookedDemo),
          referralCreated: flag(o.referralCreated),
          joined: flag(o.joined),
          optedOut: flag(o.optedOut),
          reviewRequired: flag(o.reviewRequired),
          reviewReasons: JSON.stringify(o.reviewReasons),
          phrases: JSON.stringify(o.phrases),
          recordedAt: new Date().toISOString(),
        });
      if (r.changes === 0) return false;
      const phrase = this.db.prepare('INSERT INTO phrases VALUES (?, ?, ?, ?)');
      o.phrases.forEach((p, i) => {
        const n = normalisePhrase(p);
        if (n) phrase.run(o.callId, i, p, n);
      });
      return true;
    });
    return insert();
  }

  has(callId: string): boolean {
    return this.db.prepare('SELECT 1 FROM calls WHERE call_id = ?').get(callId) !== undefined;
  }

  totals(period: Period = {}): Totals {
    const { where, params } = periodClause(period);
    const row = this.db
      .prepare(
        `SELECT count(*) AS calls, coalesce(sum(qualified), 0) AS qualified, coalesce(sum(opted_out), 0) AS optedOut,
                coalesce(sum(low_fit), 0) AS lowFit,
                coalesce(sum(CASE WHEN booked_demo + referral_created + joined > 0 THEN 1 ELSE 0 END), 0) AS converted
         FROM calls ${where}`,
      )
      .get(params) as Totals;
    return row;
  }

  /** Calls, qualified calls, conversions and opt-outs per value of one attribution field, most qualified first. */
  attribution(by: AttributionDimension, period: Period = {}): AttributionRow[] {
    const column = ATTRIBUTION_DIMENSIONS[by];
    const { where, params } = periodClause(period);
    return this.db
      .prepare(
        `SELECT ${column} AS key, count(*) AS calls, sum(qualified) AS qualified, sum(booked_demo) AS bookedDemo,
                sum(referral_created) AS referralCreated, sum(joined) AS joined, sum(opted_out) AS optedOut, sum(low_fit) AS lowFit
         FROM calls ${where} GROUP BY ${column} ORDER BY qualified DESC, calls DESC, key`,
      )
      .all(params) as AttributionRow[];
  }

  /** The caller's wording, grouped and counted (per campaign or segment when asked), most said first. */
  phrases(opts: { groupBy?: PhraseGroup | null; period?: Period; minCount?: number; limit?: number } = {}): PhraseRow[] {
    const group = opts.groupBy ? `c.${PHRASE_GROUPS[opts.groupBy]}` : 'NULL';
    const { where, params } = periodClause(opts.period ?? {}, 'c.');
    const rows = this.db
      .prepare(
        `SELECT ${group} AS grp, p.normalised AS normalised, count(*) AS count,
                json_group_array(p.call_id) AS callIds, json_group_array(p.phrase) AS spellings
         FROM phrases p JOIN calls c ON c.call_id = p.call_id ${where}
         GROUP BY grp, p.normalised HAVING count(*) >= @minCount
         ORDER BY count DESC, grp, p.normalised LIMIT @limit`,
      )
      .all({ ...params, minCount: opts.minCount ?? 1, limit: opts.limit ?? 50 }) as Array<{ grp: string | null; count: number; callIds: string; spellings: string }>;
    return rows.map((r) => ({ group: r.grp, phrase: mostCommon(JSON.parse(r.spellings) as string[]), count: r.count, callIds: [...new Set(JSON.parse(r.callIds) as string[])].reverse().slice(0, 5) }));
  }

  reviewTurnaround(period: Period = {}): ReviewTurnaround {
    const { where, params } = periodClause(period);
    const counts = this.db
      .prepare(
        `SELECT coalesce(sum(review_required), 0) AS required,
                coalesce(sum(CASE WHEN review_seconds IS NOT NULL THEN 1 ELSE 0 END), 0) AS decided,
                coalesce(sum(CASE WHEN review_status = 'expired' THEN 1 ELSE 0 END), 0) AS expired
         FROM calls ${where}`,
      )
      .get(params) as { required: number; decided: number; expired: number };
    const seconds = (this.db.prepare(`SELECT review_seconds AS s FROM calls ${where ? `${where} AND` : 'WHERE'} review_seconds IS NOT NULL ORDER BY review_seconds`).all(params) as Array<{ s: number }>).map((r) => r.s);
    return { ...counts, medianSeconds: quantile(seconds, 0.5), p90Seconds: quantile(seconds, 0.9) };
  }

  /** Every recorded call in the period, oldest first (the CSV export). */
  calls(period: Period = {}): CallOutcome[] {
    const { where, params } = periodClause(period);
    const rows = this.db.prepare(`SELECT * FROM calls ${where} ORDER BY ended_at, call_id`).all(params) as Array<Record<string, unknown>>;
    return rows.map(rowToOutcome);
  }

  close(): void {
    this.db.close();
  }
}

function periodClause(period: Period, prefix = ''): { where: string; params: Record<string, string> } {
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

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** Nearest-rank quantile of sorted values; null for none. */
function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function rowToOutcome(r: Record<string, unknown>): CallOutcome {
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
    qualityMarkers: JSON.parse(r.quality_markers as string),
    qualified: r.qualified === 1,
    lowFit: r.low_fit === 1,
    bookedDemo: r.booked_demo === 1,
    referralCreated: r.referral_created === 1,
    joined: r.joined === 1,
    optedOut: r.opted_out === 1,
    optOutScope: r.opt_out_scope,
    reviewRequired: r.review_required === 1,
    reviewStatus: r.review_status,
    reviewReasons: JSON.parse(r.review_reasons as string),
    reviewSeconds: r.review_seconds,
    reviewer: r.reviewer,
    phrases: JSON.parse(r.phrases as string),
    classifier: r.classifier,
  });
}
