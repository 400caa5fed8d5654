/**
 * The review queue: the calls waiting for a person, narrowed by the reviewer's filters (reason,
 * intent, match, owner, campaign, overdue, a search), sorted by deadline or age, a page at a time;
 * and the "decided" view: who decided what, and when.
 */
import { html, type SafeHtml } from './html';
import { page } from './layout';
import type { DecidedReview, PendingCall } from '../../services/review/reviewService';
import type { QueueFilter, QueuePage } from '../../services/review/queueFilter';

function queueLink(filter: QueueFilter, changes: Partial<Record<keyof QueueFilter, string | number | boolean | undefined>>): string {
  const p = new URLSearchParams();
  const merged: Record<string, unknown> = { ...filter, ...changes };
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === false || v === '' || (k === 'sort' && v === 'deadline') || (k === 'page' && v === 1) || (k === 'pageSize' && v === 50)) continue;
    p.set(k, v === true ? '1' : String(v));
  }
  const qs = p.toString();
  return qs ? `/review?${qs}` : '/review';
}

function select(name: string, label: string, options: Array<[string, number]>, chosen: string | undefined): SafeHtml {
  return html`<label>${label}<select name="${name}"><option value="">any</option>${options.map(([v, n]) => html`<option value="${v}"${v === chosen ? html` selected` : ''}>${v} (${n})</option>`)}</select></label>`;
}

function tabs(active: 'waiting' | 'decided'): SafeHtml {
  return html`<p class="tabs"><a href="/review"${active === 'waiting' ? html` aria-current="page"` : ''}>Waiting</a> · <a href="/review?view=decided"${active === 'decided' ? html` aria-current="page"` : ''}>Decided</a></p>`;
}

export function queuePage(q: QueuePage, opts: { now?: Date; temporalUiLink?: string | null } = {}): string {
  const now = opts.now ?? new Date();
  const f = q.filter;
  const filtered = q.total !== q.waiting;
  return page(
    'Waiting for review',
    html`<h1>Waiting for review <span class="badge">${q.waiting}</span></h1>
${tabs('waiting')}
<section><form method="get" action="/review" class="filters" id="queue-filters">
${select('reason', 'Reason', q.facets.reasons, f.reason)}
${select('intent', 'Intent', q.facets.intents, f.intent)}
${select('owner', 'Owner', q.facets.owners, f.owner)}
${select('campaign', 'Campaign', q.facets.campaigns, f.campaign)}
<label>Search<input type="search" name="q" value="${f.q ?? ''}" placeholder="call id, name, company"></label>
<label>Sort<select name="sort">${(['deadline', 'oldest', 'newest'] as const).map((o) => html`<option value="${o}"${o === f.sort ? html` selected` : ''}>${o === 'deadline' ? 'deadline first' : o === 'oldest' ? 'oldest first' : 'newest first'}</option>`)}</select></label>
<label class="check"><input type="checkbox" name="overdue" value="1"${f.overdue ? html` checked` : ''}> overdue only</label>
<button type="submit" class="edit">Filter</button>${filtered ? html` <a href="/review">clear</a>` : ''}
</form></section>
<section>
${
  q.waiting === 0
    ? html`<p class="muted">No call is waiting for a reviewer.</p>`
    : q.total === 0
      ? html`<p class="muted">No waiting call matches these filters.</p>`
      : html`<p class="muted">${filtered ? html`${q.total} of ${q.waiting} waiting calls match. ` : ''}Page ${f.page} of ${q.pages}.</p>
<table>
<thead><tr><th>Call</th><th>Review</th><th>Reasons</th><th>Deadline</th><th>Intent</th><th>Match</th><th>Owner</th><th>Started</th></tr></thead>
<tbody>${q.rows.map((p) => row(p, now))}</tbody>
</table>
<p class="paging">${f.page > 1 ? html`<a href="${queueLink(f, { page: f.page - 1 })}" rel="prev">← previous</a>` : ''} ${f.page < q.pages ? html`<a href="${queueLink(f, { page: f.page + 1 })}" rel="next">next →</a>` : ''}</p>`
}
${opts.temporalUiLink ? html`<p class="muted"><a href="${opts.temporalUiLink}" rel="noopener noreferrer" target="_blank">The same list in the Temporal UI</a> (search attribute ReviewStatus).</p>` : ''}
</section>`,
  );
}

/** Settled reviews, most recent first: the audit trail a lead checks. */
export function decidedPage(rows: DecidedReview[], opts: { now?: Date } = {}): string {
  const now = opts.now ?? new Date();
  return page(
    'Decided reviews',
    html`<h1>Decided reviews <span class="badge">${rows.length}</span></h1>
${tabs('decided')}
<section>${
      rows.length
        ? html`<table><thead><tr><th>Call</th><th>Decision</th><th>By</th><th>When</th><th>Reasons</th><th>Comment</th></tr></thead><tbody>
${rows.map(
  (r) => html`<tr data-call-id="${r.callId}"><td><a href="/review/calls/${encodeURIComponent(r.callId)}">${r.callId}</a>${r.summary ? html`<div class="muted">${truncate(r.summary, 120)}</div>` : ''}</td>
<td><span class="badge ${r.status === 'rejected' || r.status === 'expired' ? 'bad' : 'ok'}">${r.status}</span>${r.picked ? html`<div class="muted">${r.picked === 'none' ? 'none of the candidates' : `picked ${r.picked.type} ${r.picked.id}`}</div>` : ''}</td>
<td>${r.reviewer ?? '—'}</td>
<td>${r.decidedAt ? html`<time datetime="${r.decidedAt}">${formatTime(r.decidedAt)}</time> <span class="muted">${relativeTo(r.decidedAt, now)}</span>` : '—'}</td>
<td>${r.reasons.map((x) => html`<span class="badge">${x}</span>`)}</td>
<td>${r.comment ?? ''}</td></tr>`,
)}</tbody></table>`
        : html`<p class="muted">No review has been decided yet.</p>`
    }</section>`,
  );
}

function row(p: PendingCall, now: Date): SafeHtml {
  const overdue = p.deadlineAt !== null && Date.parse(p.deadlineAt) < now.getTime();
  return html`<tr data-call-id="${p.callId}">
<td><a href="/review/calls/${encodeURIComponent(p.callId)}">${p.callId}</a>${p.summary ? html`<div class="muted">${truncate(p.summary, 160)}</div>` : ''}${
    p.stateError ? html`<div class="muted">state unavailable: ${p.stateError}</div>` : ''
  }</td>
<td><span class="badge ${p.reviewStatus === 'escalated' ? 'bad' : 'warn'}">${p.reviewStatus}</span>${p.claimedBy ? html`<div class="muted">claimed by ${p.claimedBy}</div>` : ''}</td>
<td>${p.reasons.map((r) => html`<span class="badge${r === 'possible_opt_out' ? ' bad' : ''}">${r === 'possible_opt_out' ? 'possible opt-out: paused' : r}</span>`)}</td>
<td>${p.deadlineAt ? html`<time datetime="${p.deadlineAt}">${formatTime(p.deadlineAt)}</time> <span class="muted">${relativeTo(p.deadlineAt, now)}</span>${overdue ? html` <span class="badge bad">overdue</span>` : ''}` : '—'}</td>
<td>${p.intent ?? '—'}</td>
<td>${p.matchStatus ?? '—'}</td>
<td>${p.owner ?? html`<span class="muted">unassigned</span>`}${p.campaign ? html`<div class="muted">${p.campaign}</div>` : ''}</td>
<td><time datetime="${p.startedAt}">${formatTime(p.startedAt)}</time></td>
</tr>`;
}

/** "in 2 d 4 h", "3 h ago": how far an instant is from now, to the hour (minutes under an hour). */
export function relativeTo(iso: string, now: Date = new Date()): string {
  const ms = Date.parse(iso) - now.getTime();
  if (!Number.isFinite(ms)) return '';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const span = days ? `${days} d${hours ? ` ${hours} h` : ''}` : hours ? `${hours} h` : `${Math.max(1, minutes)} min`;
  return ms >= 0 ? `in ${span}` : `${span} ago`;
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
