/**
 * The insights store in SQLite (better-sqlite3, a file under DATA_DIR; WAL, so the worker writes
 * while the intake's page reads): the default, nothing to run beside the service.
 */
import type Database from 'better-sqlite3';
import { openSqliteFile } from '../services/sqliteFile';
import { callOutcomeSchema, type CallOutcome } from './callOutcome';
import {
  ATTRIBUTION_DIMENSIONS,
  flag,
  insightsTablesSql,
  mostCommon,
  normalisePhrase,
  PHRASE_GROUPS,
  periodClause,
  quantile,
  rowToOutcome,
  type AttributionDimension,
  type AttributionRow,
  type InsightsStore,
  type Period,
  type PhraseQuery,
  type PhraseRow,
  type ReviewTurnaround,
  type Totals,
} from './store';

export class SqliteInsightsStore implements InsightsStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openSqliteFile(file, insightsTablesSql());
  }

  /** Records a finished call once; false when it was recorded before (nothing changes). */
  async record(outcome: CallOutcome): Promise<boolean> {
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

  async has(callId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM calls WHERE call_id = ?').get(callId) !== undefined;
  }

  async totals(period: Period = {}): Promise<Totals> {
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
  async attribution(by: AttributionDimension, period: Period = {}): Promise<AttributionRow[]> {
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
  async phrases(opts: PhraseQuery = {}): Promise<PhraseRow[]> {
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

  async reviewTurnaround(period: Period = {}): Promise<ReviewTurnaround> {
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
  async calls(period: Period = {}): Promise<CallOutcome[]> {
    const { where, params } = periodClause(period);
    const rows = this.db.prepare(`SELECT * FROM calls ${where} ORDER BY ended_at, call_id`).all(params) as Array<Record<string, unknown>>;
    return rows.map(rowToOutcome);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

