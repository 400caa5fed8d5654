/**
 * An action as a reviewer reads it: what changes on which record ("status: pending → qualified"),
 * the note's own text with its line breaks, when a follow-up falls and through which channel. The
 * JSON stays one click away (the edit form) for the rare edit that needs it.
 */
import type { Action } from '../../domain/plan';
import { html, type SafeHtml } from './html';
import { formatTime, relativeTo } from './queuePage';

const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '(empty)' : typeof v === 'string' ? v : JSON.stringify(v));

export function targetOf(a: Action): string {
  const t = 'target' in a ? a.target : null;
  return t ? `${t.type} ${t.id}` : a.type === 'create_member' || a.type === 'create_referral' ? 'new record' : '—';
}

export function actionTitle(a: Action): string {
  switch (a.type) {
    case 'suppress':
      return a.stopFutureOutreach ? `Stop outreach (${a.reason})` : `Pause outreach (${a.reason})`;
    case 'update_member':
    case 'update_referral':
      return `Update ${a.type === 'update_member' ? 'member' : 'referral'}`;
    case 'create_referral':
      return 'Create a referral';
    case 'create_member':
      return 'Create a member';
    case 'add_note':
      return 'Add the call note';
    case 'schedule_follow_up':
      return `Follow up by ${a.channel}`;
  }
}

export function actionBody(a: Action, now: Date = new Date()): SafeHtml {
  switch (a.type) {
    case 'suppress':
      return html`${a.stopFutureOutreach ? 'No further outreach, for good.' : 'Outreach paused until a person lifts it.'}${a.email ? html` Email <code>${a.email}</code> goes on the block list.` : ''}`;
    case 'update_member':
    case 'update_referral':
      return html`<ul class="changes">${a.changes.map((ch) => html`<li><strong>${ch.field}</strong>: ${show(ch.from)} → ${show(ch.to)} <span class="muted">(${ch.reason})</span></li>`)}</ul>`;
    case 'create_referral':
    case 'create_member':
      return html`<ul class="changes">${Object.entries(a.fields).map(([k, v]) => html`<li><strong>${k}</strong>: ${show(v)}</li>`)}</ul>`;
    case 'add_note':
      return html`<pre>${a.text}</pre>`;
    case 'schedule_follow_up':
      return html`<time datetime="${a.at}">${formatTime(a.at)}</time> (${relativeTo(a.at, now)})${a.timezone ? html`, caller's zone ${a.timezone}` : ''}${a.owner ? html`, owner ${a.owner}` : ''}${a.promise ? html`<blockquote>${a.promise}</blockquote>` : ''}`;
  }
}
