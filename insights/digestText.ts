/**
 * The weekly insights digest in words, for the notifier (Slack-compatible text): the week's calls
 * and how many were qualified, the campaigns that brought qualified calls, the wording callers
 * repeated, and how reviews went. Plain text: a chat shows it as it is.
 */
import type { InsightsReport } from '../services/insights/insightsService';

const pct = (n: number, of: number) => (of ? ` (${Math.round((100 * n) / of)}%)` : '');

function hours(seconds: number | null): string {
  return seconds === null ? 'none decided' : seconds < 3600 ? `${Math.max(1, Math.round(seconds / 60))} min` : `${Math.round(seconds / 360) / 10} h`;
}

export function insightsDigestText(report: InsightsReport, pageUrl: string | null): string {
  const { totals, attribution, phrases, review, query } = report;
  const lines = [
    `Insights for ${query.from ?? 'the start'} to ${query.to ?? 'today'}: ${totals.calls} calls, ${totals.qualified} qualified${pct(totals.qualified, totals.calls)}, ${totals.converted} converted, ${totals.optedOut} opted out, ${totals.lowFit} low fit.`,
  ];
  const best = attribution.filter((a) => a.calls > 0).slice(0, 5);
  if (best.length) {
    lines.push('', `Calls by ${query.by} (qualified / calls):`);
    for (const a of best) lines.push(`• ${a.key ?? '(none)'}: ${a.qualified} / ${a.calls}${a.bookedDemo + a.referralCreated + a.joined ? `, ${a.bookedDemo} demos, ${a.referralCreated} referrals, ${a.joined} joins` : ''}${a.optedOut ? `, ${a.optedOut} opt-outs` : ''}`);
  }
  const said = phrases.filter((p) => p.count > 1).slice(0, 5);
  if (said.length) {
    lines.push('', 'What callers said more than once:');
    for (const p of said) lines.push(`• "${p.phrase}" (${p.count} calls)`);
  }
  lines.push('', `Reviews: ${review.required} needed a person, ${review.decided} decided (median ${hours(review.medianSeconds)}), ${review.expired} expired undecided.`);
  if (pageUrl) lines.push(`More: ${pageUrl}`);
  return lines.join('\n');
}
