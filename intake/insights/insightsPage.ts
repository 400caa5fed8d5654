/**
 * The insights page (`/insights`): which campaigns, sources and keywords bring qualified calls and
 * conversions, not just volume; what callers say, grouped and counted; how fast reviews are decided.
 * Server-rendered tables with inline SVG bars: readable without JavaScript, which the pages'
 * Content-Security-Policy forbids anyway.
 */
import { html, type SafeHtml } from '../review/html';
import { page } from '../review/layout';
import type { InsightsReport } from '../../services/insights/insightsService';
import type { AttributionRow } from '../../insights/store';

const DIMENSION_LABEL: Record<InsightsReport['query']['by'], string> = {
  campaign: 'Campaign',
  source: 'Source (UTM)',
  medium: 'Medium (UTM)',
  keyword: 'Keyword',
  landingPage: 'Landing page',
};

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');

function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 360) / 10} h`;
  return `${Math.round(seconds / 8640) / 10} d`;
}

/** Calls and qualified calls as two bars on one scale: the eye compares volume with quality. */
function bars(row: AttributionRow, max: number): SafeHtml {
  const w = (n: number) => (max ? Math.round((200 * n) / max) : 0);
  return html`<svg width="210" height="22" role="img" aria-label="${row.calls} calls, ${row.qualified} qualified">
<rect x="0" y="2" width="${w(row.calls)}" height="8" fill="#c5cbd5"></rect>
<rect x="0" y="12" width="${w(row.qualified)}" height="8" fill="#1f7a3d"></rect>
</svg>`;
}

function periodLinks(report: InsightsReport): SafeHtml {
  const { query } = report;
  const link = (changes: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    const next = { from: query.from, to: query.to, by: query.by, phrasesBy: query.phrasesBy, ...changes };
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
    return `/insights?${p.toString()}`;
  };
  return html`<form method="get" action="/insights" class="filters">
<label>From <input type="date" name="from" value="${query.from ?? ''}"></label>
<label>To <input type="date" name="to" value="${query.to ?? ''}"></label>
<label>Group by <select name="by">${(Object.keys(DIMENSION_LABEL) as Array<keyof typeof DIMENSION_LABEL>).map((d) => html`<option value="${d}"${d === query.by ? html` selected` : ''}>${DIMENSION_LABEL[d]}</option>`)}</select></label>
<label>Phrases <select name="phrasesBy">${(['all', 'campaign', 'segment'] as const).map((g) => html`<option value="${g}"${g === query.phrasesBy ? html` selected` : ''}>${g === 'all' ? 'all calls' : `per ${g}`}</option>`)}</select></label>
<button type="submit" class="edit">Show</button>
<a href="${link({})}">link to this view</a> · <a href="/insights/calls.csv?${new URLSearchParams(Object.entries({ from: query.from, to: query.to }).filter((e): e is [string, string] => Boolean(e[1]))).toString()}">calls.csv</a>
</form>`;
}

export function insightsPage(report: InsightsReport): string {
  const { totals, attribution, phrases, review, query } = report;
  const max = Math.max(0, ...attribution.map((r) => r.calls));
  const body = html`<h1>Insights</h1>
<section>${periodLinks(report)}</section>
<section class="cards">
  <div><strong>${totals.calls}</strong><span class="muted">calls</span></div>
  <div><strong>${totals.qualified}</strong><span class="muted">qualified (${pct(totals.qualified, totals.calls)})</span></div>
  <div><strong>${totals.converted}</strong><span class="muted">converted (demo, referral or join)</span></div>
  <div><strong>${totals.optedOut}</strong><span class="muted">opted out</span></div>
  <div><strong>${totals.lowFit}</strong><span class="muted">low fit (spam, vendors, wrong numbers, students)</span></div>
</section>
<h2>Call quality by ${DIMENSION_LABEL[query.by].toLowerCase()}</h2>
<section>${
    attribution.length
      ? html`<table class="insights">
<thead><tr><th>${DIMENSION_LABEL[query.by]}</th><th>Calls</th><th>Qualified</th><th>Rate</th><th>Demos</th><th>Referrals</th><th>Joins</th><th>Opt-outs</th><th>Low fit</th><th><span class="muted">grey: calls · green: qualified</span></th></tr></thead>
<tbody>${attribution.map(
          (r) => html`<tr><td>${r.key ?? html`<span class="muted">(none)</span>`}</td><td>${r.calls}</td><td>${r.qualified}</td><td>${pct(r.qualified, r.calls)}</td><td>${r.bookedDemo}</td><td>${r.referralCreated}</td><td>${r.joined}</td><td>${r.optedOut}</td><td>${r.lowFit}</td><td>${bars(r, max)}</td></tr>`,
        )}</tbody></table>`
      : html`<p class="muted">No calls recorded in this period.</p>`
  }</section>
<h2>What callers say${query.phrasesBy === 'all' ? '' : ` (per ${query.phrasesBy})`}</h2>
<section>${
    phrases.length
      ? html`<table class="insights"><thead><tr>${query.phrasesBy === 'all' ? '' : html`<th>${query.phrasesBy}</th>`}<th>Wording</th><th>Calls</th><th>Heard in</th></tr></thead>
<tbody>${phrases.map(
          (p) => html`<tr>${query.phrasesBy === 'all' ? '' : html`<td>${p.group ?? html`<span class="muted">(none)</span>`}</td>`}<td>“${p.phrase}”</td><td>${p.count}</td><td>${p.callIds.map((id) => html`<a href="/review/calls/${encodeURIComponent(id)}">${id}</a> `)}</td></tr>`,
        )}</tbody></table>`
      : html`<p class="muted">No caller wording recorded in this period.</p>`
  }</section>
<h2>Reviews</h2>
<section><table class="insights"><tbody>
<tr><th>Calls that needed a person</th><td>${review.required}</td></tr>
<tr><th>Decided</th><td>${review.decided}</td></tr>
<tr><th>Expired undecided</th><td>${review.expired}</td></tr>
<tr><th>Time to decision, median</th><td>${duration(review.medianSeconds)}</td></tr>
<tr><th>Time to decision, 90th percentile</th><td>${duration(review.p90Seconds)}</td></tr>
</tbody></table></section>`;
  return page('Insights', body);
}
