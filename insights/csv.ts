/** The calls export (`/insights/calls.csv`): one row per recorded call, RFC 4180 quoting. */
import type { CallOutcome } from './callOutcome';

const COLUMNS: Array<[string, (o: CallOutcome) => unknown]> = [
  ['call_id', (o) => o.callId],
  ['ended_at', (o) => o.endedAt],
  ['direction', (o) => o.direction],
  ['source', (o) => o.source],
  ['medium', (o) => o.medium],
  ['campaign', (o) => o.campaign],
  ['keyword', (o) => o.keyword],
  ['landing_page', (o) => o.landingPage],
  ['intent', (o) => o.intent],
  ['segment', (o) => o.segment],
  ['outcome', (o) => o.outcome],
  ['qualified', (o) => o.qualified],
  ['low_fit', (o) => o.lowFit],
  ['booked_demo', (o) => o.bookedDemo],
  ['referral_created', (o) => o.referralCreated],
  ['joined', (o) => o.joined],
  ['opted_out', (o) => o.optedOut],
  ['opt_out_scope', (o) => o.optOutScope],
  ['quality_markers', (o) => o.qualityMarkers.join(' ')],
  ['review_required', (o) => o.reviewRequired],
  ['review_status', (o) => o.reviewStatus],
  ['review_reasons', (o) => o.reviewReasons.join(' ')],
  ['review_seconds', (o) => o.reviewSeconds],
  ['reviewer', (o) => o.reviewer],
  ['phrases', (o) => o.phrases.join(' | ')],
  ['classifier', (o) => o.classifier],
];

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let text = String(v);
  // A cell a spreadsheet would run as a formula is kept as text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function callsCsv(rows: CallOutcome[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const o of rows) lines.push(COLUMNS.map(([, get]) => cell(get(o))).join(','));
  return lines.join('\r\n') + '\r\n';
}
