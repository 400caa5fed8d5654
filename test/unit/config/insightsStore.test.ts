/**
 * The insights store the configuration chooses: SQLite by default, PostgreSQL when a URL is given;
 * a malformed URL or schema name is refused at start, naming the setting.
 */
import { loadConfig } from '../../../config';
import { problemsOf } from './problemsOf';
import { describeInsightsStore } from '../../../insights/openStore';


it('SQLite under DATA_DIR unless INSIGHTS_DATABASE_URL is set', () => {
  const sqlite = loadConfig({}).insights;
  expect(sqlite.databaseUrl).toBeNull();
  expect(describeInsightsStore(sqlite)).toMatch(/^SQLite .*insights\.sqlite$/);
  const pg = loadConfig({ INSIGHTS_DATABASE_URL: 'postgres://svc:s3cret@db.internal:5432/ops' }).insights;
  expect(pg).toMatchObject({ databaseUrl: 'postgres://svc:s3cret@db.internal:5432/ops', databaseSchema: 'insights' });
  // Where it is, never the password.
  expect(describeInsightsStore(pg)).toBe('PostgreSQL db.internal:5432/ops (schema insights)');
});

it('a URL that is not PostgreSQL, or a schema name that could not be spliced safely, is refused', () => {
  expect(problemsOf({ INSIGHTS_DATABASE_URL: 'mysql://db/ops' }).some((p) => p.startsWith('INSIGHTS_DATABASE_URL:'))).toBe(true);
  expect(problemsOf({ INSIGHTS_DATABASE_SCHEMA: 'insights; DROP TABLE calls' }).some((p) => p.startsWith('INSIGHTS_DATABASE_SCHEMA:'))).toBe(true);
});
