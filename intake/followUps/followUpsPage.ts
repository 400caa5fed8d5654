/**
 * The waiting follow-ups, soonest first, one row each: when it falls due (in the caller's own zone,
 * as they said it, in UTC, and how far off), how and by whom the caller is to be contacted, the
 * record and the call, what was promised; moving or cancelling it opens from its row (plain forms,
 * no script needed). The filter takes a day and a zone, not an instant.
 */
import { DateTime } from 'luxon';
import { html, type SafeHtml } from '../review/html';
import { page } from '../review/layout';
import { formatTime, relativeTo } from '../review/queuePage';
import type { FollowUpView } from '../../services/followUps/followUpService';

export interface FollowUpsPageOptions {
  csrfToken: string;
  /** Prefills the "by" fields (the name used for the last change or decision from this browser). */
  by: string;
  notice?: string | null;
  error?: { message: string; issues: string[]; workflowId: string | null } | null;
  /** The day filter as chosen: due on or before the end of `dueBy` in `zone`. */
  dueBy?: string | null;
  zone?: string | null;
  temporalUiLink?: string | null;
  now?: Date;
}

export function followUpsPage(rows: FollowUpView[], opts: FollowUpsPageOptions): string {
  const now = opts.now ?? new Date();
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
<form method="get" action="/review/follow-ups" class="filters">
<label for="due-by">Due on or before (day)<input type="date" id="due-by" name="dueBy" value="${opts.dueBy ?? ''}"></label>
<label for="due-zone">in the time zone<input type="text" id="due-zone" name="zone" value="${opts.zone ?? ''}" placeholder="America/Chicago"></label>
<button type="submit" class="edit">Filter</button>${opts.dueBy ? html` <a href="/review/follow-ups">clear</a>` : ''}
</form>
</section>
${
  rows.length === 0
    ? html`<section><p class="muted">No follow-up is waiting${opts.dueBy ? ' in that range' : ''}.</p></section>`
    : html`<section><table class="follow-ups"><thead><tr><th>Due</th><th>Contact</th><th>Record · call</th><th>Promise</th><th></th></tr></thead>
<tbody>${rows.map((r) => row(r, opts, now))}</tbody></table></section>`
}
${opts.temporalUiLink ? html`<p class="muted"><a href="${opts.temporalUiLink}" rel="noopener noreferrer" target="_blank">The same list in the Temporal UI</a> (search attribute FollowUpAt).</p>` : ''}`,
  );
}

function row(r: FollowUpView, opts: FollowUpsPageOptions, now: Date): SafeHtml {
  const zone = r.timezone ?? 'UTC';
  const base = `/review/follow-ups/${encodeURIComponent(r.workflowId)}`;
  const hidden = html`<input type="hidden" name="csrf" value="${opts.csrfToken}">`;
  const byField = (id: string) => html`<label for="${id}">By</label><input type="text" id="${id}" name="by" required maxlength="200" value="${opts.by}" autocomplete="username">`;
  const slug = r.workflowId.replace(/[^A-Za-z0-9_-]/g, '_');
  return html`<tr id="${r.workflowId}" data-follow-up-id="${r.workflowId}">
<td>${r.at ? html`<div data-local-due>${inZone(r.at, zone)}</div><div class="muted"><time datetime="${r.at}">${formatTime(r.at)}</time> · ${relativeTo(r.at, now)}</div>` : '—'}${r.status && r.status !== 'waiting' ? html` <span class="badge warn" data-status="${r.status}">${r.status}</span>` : ''}${
    r.stateError ? html`<div class="error">state unavailable: ${r.stateError}</div>` : ''
  }</td>
<td>${r.channel ?? '—'}${r.owner ? html`<div class="muted">owner ${r.owner}</div>` : ''}</td>
<td>${r.target ? `${r.target.type} ${r.target.id}` : html`<span class="muted">no record</span>`}<div><a href="/review/calls/${encodeURIComponent(r.callId)}">${r.callId}</a></div>${
    r.laterCalls.length ? html`<div class="muted">later: ${r.laterCalls.map((c) => html`<a href="/review/calls/${encodeURIComponent(c)}">${c}</a> `)}</div>` : ''
  }</td>
<td>${truncate(r.promise ?? r.summary ?? '—', 140)}${
    r.reschedules.length ? html`<div class="muted">${r.reschedules.map((m) => html`<div>moved to ${formatTime(m.at)} by ${m.by}${m.reason ? html` — ${m.reason}` : ''}</div>`)}</div>` : ''
  }</td>
<td>${
    r.status === 'waiting'
      ? html`<details><summary>Move or cancel</summary><div class="forms">
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
</form></div></details>`
      : ''
  }</td>
</tr>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
