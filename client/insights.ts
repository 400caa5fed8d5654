/**
 * `npm run insights -- report [--from D] [--to D] [--by campaign|source|medium|keyword|landingPage] | backfill`
 *
 * The insights from the command line: `report` prints what the /insights page shows (calls,
 * qualified calls, conversions and opt-outs per attribution value; the callers' most repeated
 * wording), through the same InsightsService; `backfill` fills the store from Temporal history for
 * calls processed before it existed (idempotent: run it as often as you like). Exit status: 0 done,
 * 1 refused or failed, 2 wrong usage.
 */
import { loadConfig } from '../config';
import { describeInsightsStore, openInsightsStore } from '../insights/openStore';
import { backfillInsights } from '../services/insights/backfill';
import { InsightsError, InsightsService, type InsightsReport } from '../services/insights/insightsService';
import { dataConverterFor } from '../integrations/temporal/dataConverter';
import { UsageError, parseCommandLine, runCli, withTemporal } from './cli';

const USAGE = `usage: npm run insights -- <command> [options]
  report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by campaign|source|medium|keyword|landingPage] [--json]
                  calls, qualified calls, conversions and opt-outs per attribution value,
                  and the callers' most repeated wording
  backfill        record every completed call the store lacks, from Temporal history`;

const OPTIONS = { from: { type: 'string' }, to: { type: 'string' }, by: { type: 'string' } } as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  const [command, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (command === 'report') {
    const config = loadConfig();
    const store = openInsightsStore(config.insights);
    try {
      const report = await new InsightsService(store).report({ from: values.from, to: values.to, by: values.by });
      console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
      return 0;
    } catch (err) {
      if (!(err instanceof InsightsError)) throw err;
      console.error(`error: ${err.message}${err.issues.map((i) => `\n  ${i}`).join('')}`);
      return 1;
    } finally {
      await store.close();
    }
  }
  if (command === 'backfill') {
    return withTemporal(async (client, config) => {
      const store = openInsightsStore(config.insights);
      console.error(`filling the insights store (${describeInsightsStore(config.insights)})`);
      try {
        const report = await backfillInsights(client, dataConverterFor(config.temporal), store, { onProgress: (r) => console.error(`… ${r.seen} calls read`) });
        console.log(values.json ? JSON.stringify(report, null, 2) : `${report.seen} completed calls: ${report.recorded} recorded, ${report.alreadyRecorded} already recorded, ${report.failed.length} unreadable${report.failed.map((f) => `\n  ${f.workflowId}: ${f.error}`).join('')}`);
        return report.failed.length ? 1 : 0;
      } finally {
        await store.close();
      }
    });
  }
  throw new UsageError(`unknown command "${command}"`);
}

function formatReport(r: InsightsReport): string {
  const lines = [
    `${r.totals.calls} calls, ${r.totals.qualified} qualified, ${r.totals.converted} converted, ${r.totals.optedOut} opted out, ${r.totals.lowFit} low fit`,
    '',
    `${r.query.by.padEnd(28)} calls  qualified  demos  referrals  joins  opt-outs`,
    ...r.attribution.map((a) => `${String(a.key ?? '(none)').slice(0, 28).padEnd(28)} ${String(a.calls).padStart(5)}  ${String(a.qualified).padStart(9)}  ${String(a.bookedDemo).padStart(5)}  ${String(a.referralCreated).padStart(9)}  ${String(a.joined).padStart(5)}  ${String(a.optedOut).padStart(8)}`),
    '',
    'what callers say (most repeated first):',
    ...r.phrases.slice(0, 15).map((p) => `  ${String(p.count).padStart(4)}  "${p.phrase}"`),
  ];
  return lines.join('\n');
}

runCli(main, USAGE);
