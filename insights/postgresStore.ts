/**
 * The insights store in PostgreSQL (node-postgres), for deployments that already run one (the
 * compose file's database): several workers and intakes share it, and it is backed up with the
 * rest. Its tables live in their own schema (`insights` by default), created on first use; the
 * queries are the SQLite store's, in PostgreSQL's dialect.
 */
import { Pool } from 'pg';
import { callOutcomeSchema, type CallOutcome } from './callOutcome';
import {
  ATTRIBUTION_DIMENSIONS,
  flag,
  insightsTablesSql,
  mostCommon,
  normalisePhrase,
  PHRASE_GROUPS,
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

/** A schema name is spliced into SQL: letters, digits and underscores only. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const COLUMNS = [
  'call_id', 'ended_at', 'direction', 'source', 'medium', 'campaign', 'keyword', 'landing_page',
  'intent', 'segment', 'outcome', 'quality_markers', 'qualified', 'low_fit', 'booked_demo', 'referral_created', 'joined',
  'opted_out', 'opt_out_scope', 'review_required', 'review_status', 'review_reasons', 'review_seconds', 'reviewer', 'phrases',
  'classifier', 'recorded_at',
] as const;

function schemaSql(s: string): string {
  return `CREATE SCHEMA IF NOT EXISTS ${s};\n${insightsTablesSql(`${s}.`)}`;
}

/** The period as a WHERE clause over `ended_at`, its values appended to `params` ($n placeholders). */
function periodWhere(period: Period, params: unknown[], prefix = ''): string {
  const parts: string[] = [];
  if (period.from) {
    params.push(period.from);
    parts.push(`${prefix}ended_at >= $${params.length}`);
  }
  if (period.to) {
    params.push(period.to);
    parts.push(`${prefix}ended_at < $${params.length}`);
  }
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

export class PostgresInsightsStore implements InsightsStore {
  private readonly pool: Pool;
  private readonly s: string;
  private ready: Promise<void> | null = null;

  constructor(url: string, opts: { schema?: string; max?: number } = {}) {
    const schema = opts.schema ?? 'insights';
    if (!SCHEMA_NAME.test(schema)) throw new Error(`insights schema name ${JSON.stringify(schema)}: lower-case letters, digits and underscores only`);
    this.s = schema;
    this.pool = new Pool({ connectionString: url, max: opts.max ?? 4 });
  }

  /** Creates the schema and tables once per process (idempotent; concurrent starts are serialised by a lock). */
  private init(): Promise<void> {
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [`${this.s}.schema`]);
        try {
          await client.query(schemaSql(this.s));
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`${this.s}.schema`]);
        }
      } finally {
        client.release();
      }
    })().catch((err) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    await this.init();
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async record(outcome: CallOutcome): Promise<boolean> {
    const o = callOutcomeSchema.parse(outcome);
    await this.init();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const values = [
        o.callId, o.endedAt, o.direction, o.source, o.medium, o.campaign, o.keyword, o.landingPage,
        o.intent, o.segment, o.outcome, JSON.stringify(o.qualityMarkers), flag(o.qualified), flag(o.lowFit), flag(o.bookedDemo), flag(o.referralCreated), flag(o.joined),
        flag(o.optedOut), o.optOutScope, flag(o.reviewRequired), o.reviewStatus, JSON.stringify(o.reviewReasons), o.reviewSeconds, o.reviewer, JSON.stringify(o.phrases),
        o.classifier, new Date().toISOString(),
      ];
      const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
      const r = await client.query(`INSERT INTO ${this.s}.calls (${COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (call_id) DO NOTHING`, values);
      if (r.rowCount === 0) {
        await client.query('ROLLBACK');
        return false;
      }
      for (const [i, p] of o.phrases.entries()) {
        const n = normalisePhrase(p);
        if (n) await client.query(`INSERT INTO ${this.s}.phrases VALUES ($1, $2, $3, $4)`, [o.callId, i, p, n]);
      }
      await client.query('COMMIT');
      return true;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async has(callId: string): Promise<boolean> {
    return (await this.rows(`SELECT 1 FROM ${this.s}.calls WHERE call_id = $1`, [callId])).length > 0;
  }

  async totals(period: Period = {}): Promise<Totals> {
    const params: unknown[] = [];
    const [row] = await this.rows<Record<keyof Totals, string>>(
      `SELECT count(*) AS calls, coalesce(sum(qualified), 0) AS qualified, coalesce(sum(opted_out), 0) AS "optedOut",
              coalesce(sum(low_fit), 0) AS "lowFit",
              coalesce(sum(CASE WHEN booked_demo + referral_created + joined > 0 THEN 1 ELSE 0 END), 0) AS converted
       FROM ${this.s}.calls ${periodWhere(period, params)}`,
      params,
    );
    return { calls: Number(row.calls), qualified: Number(row.qualified), optedOut: Number(row.optedOut), lowFit: Number(row.lowFit), converted: Number(row.converted) };
  }

  async attribution(by: AttributionDimension, period: Period = {}): Promise<AttributionRow[]> {
    const column = ATTRIBUTION_DIMENSIONS[by];
    const params: unknown[] = [];
    const rows = await this.rows<Record<keyof AttributionRow, string | null>>(
      `SELECT ${column} AS key, count(*) AS calls, sum(qualified) AS qualified, sum(booked_demo) AS "bookedDemo",
              sum(referral_created) AS "referralCreated", sum(joined) AS joined, sum(opted_out) AS "optedOut", sum(low_fit) AS "lowFit"
       FROM ${this.s}.calls ${periodWhere(period, params)} GROUP BY ${column} ORDER BY qualified DESC, calls DESC, key NULLS FIRST`,
      params,
    );
    return rows.map((r) => ({
      key: r.key,
      calls: Number(r.calls),
      qualified: Number(r.qualified),
      bookedDemo: Number(r.bookedDemo),
      referralCreated: Number(r.referralCreated),
      joined: Number(r.joined),
      optedOut: Number(r.optedOut),
      lowFit: Number(r.lowFit),
    }));
  }

  async phrases(opts: PhraseQuery = {}): Promise<PhraseRow[]> {
    const group = opts.groupBy ? `c.${PHRASE_GROUPS[opts.groupBy]}` : 'NULL::text';
    const params: unknown[] = [];
    const where = periodWhere(opts.period ?? {}, params, 'c.');
    params.push(opts.minCount ?? 1, opts.limit ?? 50);
    const rows = await this.rows<{ grp: string | null; count: string; callids: string[]; spellings: string[] }>(
      `SELECT ${group} AS grp, p.normalised AS normalised, count(*) AS count,
              array_agg(p.call_id ORDER BY c.ended_at, p.call_id) AS callids, array_agg(p.phrase) AS spellings
       FROM ${this.s}.phrases p JOIN ${this.s}.calls c ON c.call_id = p.call_id ${where}
       GROUP BY grp, p.normalised HAVING count(*) >= $${params.length - 1}
       ORDER BY count DESC, grp NULLS FIRST, p.normalised LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({ group: r.grp, phrase: mostCommon(r.spellings), count: Number(r.count), callIds: [...new Set(r.callids)].reverse().slice(0, 5) }));
  }

  async reviewTurnaround(period: Period = {}): Promise<ReviewTurnaround> {
    const params: unknown[] = [];
    const where = periodWhere(period, params);
    const [counts] = await this.rows<{ required: string; decided: string; expired: string }>(
      `SELECT coalesce(sum(review_required), 0) AS required,
              coalesce(sum(CASE WHEN review_seconds IS NOT NULL THEN 1 ELSE 0 END), 0) AS decided,
              coalesce(sum(CASE WHEN review_status = 'expired' THEN 1 ELSE 0 END), 0) AS expired
       FROM ${this.s}.calls ${where}`,
      params,
    );
    const seconds = (await this.rows<{ s: number }>(`SELECT review_seconds AS s FROM ${this.s}.calls ${where ? `${where} AND` : 'WHERE'} review_seconds IS NOT NULL ORDER BY review_seconds`, params)).map((r) => Number(r.s));
    return { required: Number(counts.required), decided: Number(counts.decided), expired: Number(counts.expired), medianSeconds: quantile(seconds, 0.5), p90Seconds: quantile(seconds, 0.9) };
  }

  async calls(period: Period = {}): Promise<CallOutcome[]> {
    const params: unknown[] = [];
    const rows = await this.rows<Record<string, unknown>>(`SELECT * FROM ${this.s}.calls ${periodWhere(period, params)} ORDER BY ended_at, call_id`, params);
    return rows.map(rowToOutcome);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
