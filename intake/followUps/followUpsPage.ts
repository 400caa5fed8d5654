/**
 * The waiting follow-ups, soonest first: when each falls due (in UTC and in the caller's own
 * zone, as they said it), how and by whom the caller is to be contacted, what was promised, and
 * any later calls from them; each with plain forms to reschedule or cancel it (no script needed).
 */
import { DateTime } from 'luxon';
import { html, type SafeHtml } from '../review/html';
import { page } from '../review/layout';
import { formatTime } from '../review/queuePage';
import type { FollowUpView } from '../../services/followUps/followUpService';

export interface FollowUpsPageOptions {
  csrfToken: string;
  /** Prefills the "by" fields (the name used for the last change or decision from this browser). */
  by: string;
  notice?: string | null;
  error?: { message: string; issues: string[]; workflowId: string | null } | null;
  dueBefore?: string | null;
  temporalUiLink?: string | null;
}

export function followUpsPage(rows: FollowUpView[], opts: FollowUpsPageOptions): string {
  return page(
    'Follow-ups',
    html`<h1>Waiting follow-ups <span class="badge">${rows.length}</span></h1>
<p><a href="/review">← Calls waiting for review</a></p>
${opts.notice ? html`<div class="notice" role="status">${opts.notice}</div>` : ''}
${
  opts.error
    ? html`<div class="error" role="alert">${opts.error.workflowId ? html`<strong>${opts.error.workflowId}</strong>: ` : ''}${opts.error.message}${
        opts.error.issues.length > 1 ? html`<ul>${opts.error.issues.map((i) => html`<li>${i}</li>`)}</ul>` : ''
      }</div>`
    : ''
}
<section>
<form method="get" action="/review/follow-ups"><label for="due-before">Due at or before (ISO instant, optional)</label>
<input type="text" id="due-before" name="dueBefore" value="${opts.dueBefore ?? ''}" placeholder="2026-12-31T23:59:59Z"><button type="submit" class="edit">Filter</button></form>
</section>
${rows.length === 0 ? html`<section><p class="muted">No follow-up is waiting${opts.dueBefore ? ' in that range' : ''}.</p></section>` : rows.map((r) => card(r, opts))}
${opts.temporalUiLink ? html`<p class="muted"><a href="${opts.temporalUiLink}" rel="noopener noreferrer" target="_blank">The same list in the Temporal UI</a> (search attribute FollowUpAt).</p>` : ''}`,
  );
}

function card(r: FollowUpView, opts: FollowUpsPageOptions): SafeHtml {
  const zone = r.timezone ?? 'UTC';
  const base = `/review/follow-ups/${encodeURIComponent(r.workflowId)}`;
  const hidden = html`<input type="hidden" name="csrf" value="${opts.csrfToken}">`;
  const byField = (id: string) => html`<label for="${id}">By</label><input type="text" id="${id}" name="by" required maxlength="200" value="${opts.by}" autocomplete="username">`;
  const slug = r.workflowId.replace(/[^A-Za-z0-9_-]/g, '_');
  return html`<section class="card" id="${r.workflowId}" data-follow-up-id="${r.workflowId}">
<h2>${r.workflowId} ${r.status ? html`<span class="badge warn" data-status="${r.status}">${r.status}</span>` : ''}</h2>
${r.stateError ? html`<div class="error">state unavailable: ${r.stateError}</div>` : ''}
<table>
<tr><th>Due</th><td>${r.at ? html`<time datetime="${r.at}">${formatTime(r.at)}</time><div class="muted" data-local-due>${inZone(r.at, zone)}</div>` : '—'}</td></tr>
<tr><th>Call</th><td><a href="/review/calls/${encodeURIComponent(r.callId)}">${r.callId}</a></td></tr>
<tr><th>Channel</th><td>${r.channel ?? '—'}</td></tr>
<tr><th>Owner</th><td>${r.owner ?? '—'}</td></tr>
<tr><th>Promise</th><td>${r.promise ?? r.summary ?? '—'}</td></tr>
<tr><th>Record</th><td>${r.target ? `${r.target.type} ${r.target.id}` : '—'}</td></tr>
<tr><th>Later calls</th><td>${r.laterCalls.length ? r.laterCalls.map((c) => html`<a class="badge" href="/review/calls/${encodeURIComponent(c)}">${c}</a>`) : html`<span class="muted">none</span>`}</td></tr>
${
  r.reschedules.length
    ? html`<tr><th>Moved</th><td>${r.reschedules.map((m) => html`<div>to ${formatTime(m.at)} by ${m.by}${m.reason ? html` — ${m.reason}` : ''}</div>`)}</td></tr>`
    : ''
}
</table>
${
  r.status === 'waiting'
    ? html`<div class="forms">
<form method="post" action="${base}/reschedule" id="reschedule-${slug}">${hidden}
<label for="at-${slug}">New due time (local)</label><input type="datetime-local" id="at-${slug}" name="at" required value="${r.at ? localInput(r.at, zone) : ''}">
<label for="tz-${slug}">Time zone (IANA)</label><input type="text" id="tz-${slug}" name="timezone" required value="${zone}">
${byField(`rby-${slug}`)}
<label for="rreason-${slug}">Reason (optional)</label><input type="text" id="rreason-${slug}" name="reason" maxlength="1000">
<button type="submit" class="edit">Reschedule</button>
</form>
<form method="post" action="${base}/cancel" id="cancel-${slug}">${hidden}
${byField(`cby-${slug}`)}
<label for="creason-${slug}">Reason (required)</label><input type="text" id="creason-${slug}" name="reason" required maxlength="1000">
<button type="submit" class="reject">Cancel follow-up</button>
<p class="muted">Nobody will be contacted for it.</p>
</form>
</div>`
    : ''
}
</section>`;
}

/** "Fri 4 Dec 2026, 11:00 CST (America/Chicago)": the due time as the caller said it. */
function inZone(iso: string, zone: string): string {
  const t = DateTime.fromISO(iso, { zone });
  return t.isValid ? `${t.toFormat('ccc d LLL yyyy, HH:mm ZZZZ')} (${zone})` : iso;
}

/** The value a datetime-local field takes: the due time's wall clock in the zone beside it. */
function localInput(iso: string, zone: string): string {
  const t = DateTime.fromISO(iso, { zone });
  return t.isValid ? t.toFormat("yyyy-MM-dd'T'HH:mm") : '';
}
