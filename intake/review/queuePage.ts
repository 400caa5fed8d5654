/** The review queue: every call waiting for a person, most urgent deadline first. */
import { html, type SafeHtml } from './html';
import { page } from './layout';
import type { PendingCall } from '../../services/review/reviewService';

export function queuePage(pending: PendingCall[], opts: { now?: Date; temporalUiLink?: string | null } = {}): string {
  const now = opts.now ?? new Date();
  const rows = pending.map((p) => row(p, now));
  return page(
    'Waiting for review',
    html`<h1>Waiting for review <span class="badge">${pending.length}</span></h1>
<section>
${
  pending.length === 0
    ? html`<p class="muted">No call is waiting for a reviewer.</p>`
    : html`<table>
<thead><tr><th>Call</th><th>Review</th><th>Reasons</th><th>Deadline</th><th>Intent</th><th>Match</th><th>Started</th></tr></thead>
<tbody>${rows}</tbody>
</table>`
}
${opts.temporalUiLink ? html`<p class="muted"><a href="${opts.temporalUiLink}" rel="noopener noreferrer" target="_blank">The same list in the Temporal UI</a> (search attribute ReviewStatus).</p>` : ''}
</section>`,
  );
}

function row(p: PendingCall, now: Date): SafeHtml {
  const overdue = p.deadlineAt !== null && Date.parse(p.deadlineAt) < now.getTime();
  return html`<tr data-call-id="${p.callId}">
<td><a href="/review/calls/${encodeURIComponent(p.callId)}">${p.callId}</a>${p.summary ? html`<div class="muted">${truncate(p.summary, 160)}</div>` : ''}${
    p.stateError ? html`<div class="muted">state unavailable: ${p.stateError}</div>` : ''
  }</td>
<td><span class="badge ${p.reviewStatus === 'escalated' ? 'bad' : 'warn'}">${p.reviewStatus}</span></td>
<td>${p.reasons.map((r) => html`<span class="badge${r === 'possible_opt_out' ? ' bad' : ''}">${r === 'possible_opt_out' ? 'possible opt-out: paused' : r}</span>`)}</td>
<td>${p.deadlineAt ? html`<time datetime="${p.deadlineAt}">${formatTime(p.deadlineAt)}</time> <span class="muted">${relativeTo(p.deadlineAt, now)}</span>${overdue ? html` <span class="badge bad">overdue</span>` : ''}` : '—'}</td>
<td>${p.intent ?? '—'}</td>
<td>${p.matchStatus ?? '—'}</td>
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
