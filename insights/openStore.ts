/**
 * The insights store the configuration asks for: PostgreSQL when INSIGHTS_DATABASE_URL is set,
 * else the SQLite file INSIGHTS_DB (default DATA_DIR/insights.sqlite).
 */
import type { Config } from '../config';
import { PostgresInsightsStore } from './postgresStore';
import { SqliteInsightsStore } from './sqliteStore';
import type { InsightsStore } from './store';

export function openInsightsStore(config: Config['insights']): InsightsStore {
  return config.databaseUrl ? new PostgresInsightsStore(config.databaseUrl, { schema: config.databaseSchema }) : new SqliteInsightsStore(config.dbFile);
}

/** Where the store is, for logs and the CLI (never the URL's password). */
export function describeInsightsStore(config: Config['insights']): string {
  if (!config.databaseUrl) return `SQLite ${config.dbFile}`;
  const u = new URL(config.databaseUrl);
  return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname} (schema ${config.databaseSchema})`;
}
