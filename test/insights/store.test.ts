/**
 * The insights store, on a real SQLite file and on a real PostgreSQL server (the same tests, each
 * store): a call lands once, the attribution table counts quality and conversions beside volume,
 * the caller's wording is grouped across spellings, periods cut by the call's end, and the CSV is
 * safe to open in a spreadsheet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallOutcome } from '../../insights/callOutcome';
import { callsCsv } from '../../insights/csv';
import { PostgresInsightsStore } from '../../insights/postgresStore';
import { SqliteInsightsStore } from '../../insights/sqliteStore';
import { normalisePhrase, type InsightsStore } from '../../insights/store';
import { InsightsError, InsightsService } from '../../services/insights/insightsService';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwawayPostgres';

let pg: ThrowawayPostgres;
beforeAll(async () => {
  pg = await startThrowawayPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

let dir: string;
let schemas = 0;
const STORES: Array<[string, () => InsightsStore]> = [
  ['SQLite', () => new SqliteInsightsStore(path.join(dir, 'nested', 'insights.sqlite'))],
  // A schema of its own per test: each starts empty, as a fresh SQLite file does.
  ['PostgreSQL', () => new PostgresInsightsStore(pg.url, { schema: `insights_t${++schemas}` })],
];

function outcome(callId: string, over: Partial<CallOutcome> = {}): CallOutcome {
  return {
    callId,
    endedAt: '2026-11-10T15:00:00Z',
    direction: 'inbound',
    source: 'google',
    medium: 'cpc',
    campaign: 'spring-search',
    keyword: 'referral software',
    landingPage: null,
    intent: 'sales_inquiry',
    segment: 'smb',
    outcome: 'none',
    qualityMarkers: [],
    qualified: false,
    lowFit: false,
    bookedDemo: false,
    referralCreated: false,
    joined: false,
    optedOut: false,
    optOutScope: null,
    reviewRequired: false,
    reviewStatus: 'not_required',
    reviewReasons: [],
    reviewSeconds: null,
    reviewer: null,
    phrases: [],
    classifier: 'rules 3.2.0+model-3',
    ...over,
  };
}

describe.each(STORES)('the insights store on %s', (_name, open) => {
  let store: InsightsStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-'));
    store = open();
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a call lands once: recording it again changes nothing', async () => {
    expect(await store.record(outcome('c1', { qualified: true }))).toBe(true);
    expect(await store.record(outcome('c1', { qualified: false, campaign: 'other' }))).toBe(false);
    expect(await store.calls()).toHaveLength(1);
    expect((await store.calls())[0]).toMatchObject({ callId: 'c1', qualified: true, campaign: 'spring-search' });
    expect(await store.has('c1')).toBe(true);
    expect(await store.has('c2')).toBe(false);
  });

  test('attribution counts qualified calls, conversions and opt-outs per campaign, most qualified first', async () => {
    await store.record(outcome('a1', { qualified: true, bookedDemo: true }));
    await store.record(outcome('a2', { qualified: true, referralCreated: true }));
    await store.record(outcome('a3', { optedOut: true, optOutScope: 'all', intent: 'opt_out' }));
    await store.record(outcome('b1', { campaign: 'radio', qualified: false, lowFit: true, intent: 'spam' }));
    await store.record(outcome('b2', { campaign: 'radio' }));
    await store.record(outcome('b3', { campaign: 'radio' }));
    await store.record(outcome('n1', { campaign: null, qualified: true, joined: true }));
    const rows = await store.attribution('campaign');
    expect(rows.map((r) => r.key)).toEqual(['spring-search', null, 'radio']);
    expect(rows[0]).toEqual({ key: 'spring-search', calls: 3, qualified: 2, bookedDemo: 1, referralCreated: 1, joined: 0, optedOut: 1, lowFit: 0 });
    expect(rows[2]).toMatchObject({ key: 'radio', calls: 3, qualified: 0, lowFit: 1 });
    expect(await store.totals()).toEqual({ calls: 7, qualified: 3, optedOut: 1, lowFit: 1, converted: 3 });
    expect((await store.attribution('keyword'))[0]).toMatchObject({ key: 'referral software', calls: 7 });
  });

  test("the caller's wording is grouped across case, accents and punctuation, per campaign when asked", async () => {
    await store.record(outcome('p1', { phrases: ['Too expensive for us', 'sin compromiso'], endedAt: '2026-11-10T10:00:00Z' }));
    await store.record(outcome('p2', { phrases: ['too expensive for us!'], endedAt: '2026-11-11T10:00:00Z' }));
    await store.record(outcome('p3', { phrases: ['Too Expensive for us', 'Sin compromiso'], campaign: 'radio', endedAt: '2026-11-12T10:00:00Z' }));
    const all = await store.phrases();
    expect(all[0]).toEqual({ group: null, phrase: 'Too expensive for us', count: 3, callIds: ['p3', 'p2', 'p1'] });
    expect(all[1]).toMatchObject({ count: 2 });
    const byCampaign = await store.phrases({ groupBy: 'campaign' });
    expect(byCampaign.find((r) => r.group === 'spring-search' && normalisePhrase(r.phrase) === 'too expensive for us')?.count).toBe(2);
    expect(await store.phrases({ minCount: 3 })).toHaveLength(1);
    expect(normalisePhrase('  ¡Sin  compromiso! ')).toBe('sin compromiso');
  });

  test('a period counts the calls that ended in it; review turnaround from the decided calls', async () => {
    await store.record(outcome('r1', { endedAt: '2026-11-09T23:59:59Z', reviewRequired: true, reviewStatus: 'approved', reviewSeconds: 600 }));
    await store.record(outcome('r2', { endedAt: '2026-11-10T00:00:00Z', reviewRequired: true, reviewStatus: 'approved', reviewSeconds: 3600 }));
    await store.record(outcome('r3', { endedAt: '2026-11-10T12:00:00Z', reviewRequired: true, reviewStatus: 'expired' }));
    await store.record(outcome('r4', { endedAt: '2026-11-11T00:00:00Z', reviewRequired: true, reviewStatus: 'rejected', reviewSeconds: 60 }));
    const service = new InsightsService(store);
    const report = await service.report({ from: '2026-11-10', to: '2026-11-10' });
    expect(report.totals.calls).toBe(2);
    expect(report.review).toEqual({ required: 2, decided: 1, expired: 1, medianSeconds: 3600, p90Seconds: 3600 });
    expect(await store.reviewTurnaround()).toMatchObject({ required: 4, decided: 3, medianSeconds: 600, p90Seconds: 3600 });
  });

  test('a malformed query is refused with the field named', async () => {
    const service = new InsightsService(store);
    await expect(service.report({ from: '10/11/2026' })).rejects.toThrow(InsightsError);
    // Shaped like a day but no day at all (found by the API fuzz: it was a 500).
    for (const to of ['0000-00-00', '2026-02-30', '2026-13-01']) {
      let issues: string[] = [];
      try {
        await service.report({ to });
      } catch (err) {
        issues = (err as InstanceType<typeof InsightsError>).issues;
      }
      expect(issues).toEqual(['to: not a calendar day']);
    }
    expect((await service.report({ from: '9999-12-31', to: '9999-12-31' })).totals.calls).toBe(0);
    const refusal = await service.report({ by: 'zodiac' }).then(
      () => null,
      (err: unknown) => err as InstanceType<typeof InsightsError>,
    );
    expect(refusal?.code).toBe('invalid_request');
    expect(refusal?.issues.join(' ')).toMatch(/^by: /);
    await expect(service.report({ from: '2026-11-12', to: '2026-11-01' })).rejects.toThrow(/ends before it starts/);
  });
});

test('the CSV quotes what needs quoting and never lets a cell run as a formula', () => {
  const csv = callsCsv([outcome('x1', { campaign: '=HYPERLINK("http://evil")', phrases: ['I said "no", twice'], keyword: null })]);
  const [header, row] = csv.trimEnd().split('\r\n');
  expect(header.split(',')[0]).toBe('call_id');
  expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
  expect(row).toContain('"I said ""no"", twice"');
  expect(row.split(',')[6]).toBe('');
});
