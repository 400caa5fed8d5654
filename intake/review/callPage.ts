/**
 * One call, as a reviewer needs it to decide without replaying the call: why it waits, what the
 * plan would write, the evidence with its turn numbers, the transcript around it, the links, and
 * the three decisions as plain forms (approve, reject with a reason, edit the action list as JSON).
 */
import type { Action, Plan } from '../../domain/plan';
import type { CallState } from '../../workflows/definitions';
import { html, safeHref, type SafeHtml } from './html';
import { page } from './layout';
import { formatTime } from './queuePage';
import type { CallReview, TranscriptExcerpt } from '../../services/review/reviewService';
import { asksWhichRecord } from '../../domain/pickRecord';

export interface CallPageOptions {
  csrfToken: string;
  /** Prefills the reviewer fields (the name used for the last decision from this browser). */
  reviewer: string;
  notice?: string | null;
  error?: { message: string; issues: string[] } | null;
  /** What the reviewer sent, kept after a refused decision so nothing typed is lost. */
  form?: { decision?: string; comment?: string; actionsText?: string } | null;
}

export function callPage(call: CallReview, opts: CallPageOptions): string {
  const state = call.state;
  const plan = state?.plan ?? null;
  const waiting = state !== null && state.phase === 'waiting_for_review' && (state.review.status === 'pending' || state.review.status === 'escalated');
  const evidenceTurns = new Set((plan?.classification.evidence ?? []).map((e) => e.turn));
  return page(
    `Call ${call.callId}`,
    html`<h1>Call ${call.callId}
<span class="badge">${call.executionStatus.toLowerCase()}</span>
${state ? html`<span class="badge">${state.phase}</span> <span class="badge ${reviewTone(state.review.status)}" data-review-status="${state.review.status}">review ${state.review.status}</span>` : ''}</h1>
${opts.notice ? html`<div class="notice" role="status">${opts.notice}</div>` : ''}
${opts.error ? html`<div class="error" role="alert">${opts.error.message}${opts.error.issues.length > 1 ? html`<ul>${opts.error.issues.map((i) => html`<li>${i}</li>`)}</ul>` : ''}</div>` : ''}
${call.stateError ? html`<div class="error">${call.stateError}</div>` : ''}
${state ? reviewSection(state) : ''}
${plan ? summarySection(state!) : ''}
${state ? actionsSection(state) : ''}
${plan && plan.classification.evidence.length ? evidenceSection(plan.classification.evidence) : ''}
${call.transcript ? transcriptSection(call.transcript, evidenceTurns) : ''}
${waiting && state!.candidates?.length && plan && asksWhichRecord(plan) ? candidatesSection(call, state!, opts) : ''}
${waiting ? decisionForms(call, state!, opts) : ''}
${linksSection(call)}
${state && state.writes.length ? writesSection(state) : ''}`,
  );
}

function reviewTone(status: string): string {
  if (status === 'pending') return 'warn';
  if (status === 'escalated' || status === 'rejected' || status === 'expired') return 'bad';
  if (status === 'approved' || status === 'edited') return 'ok';
  return '';
}

function reviewSection(state: CallState): SafeHtml {
  const r = state.review;
  return html`<section id="review"><h2>Review</h2>
<p>${r.reasons.length ? r.reasons.map((reason) => html`<span class="badge warn">${reason}</span>`) : html`<span class="muted">no review reasons</span>`}</p>
<table>
${r.deadlineAt ? html`<tr><th>Deadline</th><td>${formatTime(r.deadlineAt)}</td></tr>` : ''}
${r.escalatedAt ? html`<tr><th>Escalated</th><td>${formatTime(r.escalatedAt)}</td></tr>` : ''}
${r.decidedAt ? html`<tr><th>Decided</th><td>${r.status} by ${r.reviewer ?? '?'} at ${formatTime(r.decidedAt)}${r.comment ? html`<blockquote>${r.comment}</blockquote>` : ''}</td></tr>` : ''}
<tr><th>Review id</th><td><code>${r.id}</code></td></tr>
</table></section>`;
}

function summarySection(state: CallState): SafeHtml {
  const plan = state.plan!;
  const h = plan.handoff;
  const m = plan.match;
  const c = plan.classification;
  return html`<section id="summary"><h2>Summary</h2>
<p>${plan.summary}</p>
<table>
<tr><th>Handoff</th><td>${h.reason}</td></tr>
<tr><th>Owner · urgency</th><td>${h.owner ?? 'unassigned'} · ${h.urgency}</td></tr>
${h.nextStep ? html`<tr><th>Next step</th><td>${h.nextStep}${h.due ? html` (due ${formatTime(h.due)})` : ''}</td></tr>` : ''}
<tr><th>Intent</th><td>${c.intent} (${pct(c.intentConfidence)}) · sentiment ${c.sentiment}${c.optOut.requested ? html` · <span class="badge bad">opt-out ${c.optOut.scope ?? 'all'}</span>` : ''}${c.optOut.possible ? html` · <span class="badge bad">possible opt-out ${c.optOut.scope ?? 'all'}: outreach paused</span>` : ''}</td></tr>
${c.optOut.possible ? holdRow(plan) : ''}
${plan.classifier ? html`<tr><th>Classifier</th><td><code>${plan.classifier.id} ${plan.classifier.version}</code>${plan.classifier.fallbackFrom ? html` (stood in for <code>${plan.classifier.fallbackFrom.id}</code>: ${plan.classifier.fallbackFrom.error})` : ''}${(plan.classifier.disagreements ?? []).length ? html`<ul>${(plan.classifier.disagreements ?? []).map((d) => html`<li>${d}</li>`)}</ul>` : ''}</td></tr>` : ''}
<tr><th>Match</th><td>${m.status}${m.record ? html` → ${m.record.type} <code>${m.record.id}</code>` : ''} (${pct(m.confidence)})
${m.candidates.length ? html`<ul>${m.candidates.map((cand) => html`<li>${cand.type} <code>${cand.id}</code> ${pct(cand.score)} on ${cand.matchedOn.join(', ')}</li>`)}</ul>` : ''}</td></tr>
${h.recordUrl && safeHref(h.recordUrl) ? html`<tr><th>Record</th><td><a href="${safeHref(h.recordUrl)}" rel="noopener noreferrer" target="_blank">${h.recordUrl}</a></td></tr>` : ''}
</table></section>`;
}

/** Rule 3's hold, plainly: the words that may be an opt-out, and what confirming or lifting does. */
function holdRow(plan: Plan): SafeHtml {
  const quotes = plan.classification.evidence.filter((e) => e.field === 'optOut');
  return html`<tr><th>Possible opt-out</th><td><strong>Outreach is paused until you decide.</strong> Confirm it to stop outreach (${plan.classification.optOut.scope ?? 'all'}) for good and drop anything promotional; lift it to end the pause and carry out the plan.
${quotes.length ? html`<ul>${quotes.map((q) => html`<li>turn ${q.turn}: <q>${q.quote}</q></li>`)}</ul>` : html`<p class="muted">No words of the caller: DialNexa's own analysis reported it.</p>`}</td></tr>`;
}

function actionsSection(state: CallState): SafeHtml {
  return html`<section id="actions"><h2>Actions ${state.phase === 'waiting_for_review' ? 'waiting for the decision' : 'carried out'}</h2>
${
  state.actions.length
    ? html`<table><thead><tr><th>#</th><th>Type</th><th>Target</th><th>Details</th></tr></thead><tbody>
${state.actions.map((a, i) => html`<tr><td>${i}</td><td>${a.type}</td><td>${targetOf(a)}</td><td><pre>${JSON.stringify(detailsOf(a), null, 2)}</pre></td></tr>`)}
</tbody></table>`
    : html`<p class="muted">No action.</p>`
}</section>`;
}

function targetOf(a: Action): string {
  const t = 'target' in a ? a.target : null;
  return t ? `${t.type} ${t.id}` : a.type === 'create_member' || a.type === 'create_referral' ? 'new record' : '—';
}

function detailsOf(a: Action): Record<string, unknown> {
  const { type: _type, ...rest } = a;
  if ('target' in rest) delete (rest as { target?: unknown }).target;
  return rest;
}

function evidenceSection(evidence: { field: string; quote: string; turn: number }[]): SafeHtml {
  return html`<section id="evidence"><h2>Evidence</h2>
${evidence.map((e) => html`<div class="evidence-item"><span class="badge">${e.field}</span> <a href="#turn-${e.turn}">turn ${e.turn}</a><blockquote>${e.quote}</blockquote></div>`)}
</section>`;
}

function transcriptSection(t: TranscriptExcerpt, evidenceTurns: Set<number>): SafeHtml {
  const parts: SafeHtml[] = [];
  let previous = -1;
  for (const turn of t.turns) {
    if (turn.index > previous + 1) parts.push(html`<div class="gap">… ${turn.index - previous - 1} turn(s) left out …</div>`);
    parts.push(
      html`<div class="turn${evidenceTurns.has(turn.index) ? ' evidence' : ''}" id="turn-${turn.index}"><span class="muted">turn ${turn.index}</span><strong>${turn.speaker}</strong><span>${turn.text}</span></div>`,
    );
    previous = turn.index;
  }
  if (t.total > previous + 1) parts.push(html`<div class="gap">… ${t.total - previous - 1} turn(s) left out …</div>`);
  return html`<section id="transcript"><h2>Transcript ${t.partial ? html`<span class="muted">(excerpt: ${t.turns.length} of ${t.total} turns)</span>` : ''}</h2>${parts}</section>`;
}

function linksSection(call: CallReview): SafeHtml {
  const links: [string, string | null][] = [
    ['Transcript', safeHref(call.links.transcript)],
    ['Recording', safeHref(call.links.recording)],
    ['Call in DialNexa', safeHref(call.links.call)],
    ['Workflow in the Temporal UI', safeHref(call.links.temporalUi)],
  ];
  const shown = links.filter((l): l is [string, string] => l[1] !== null);
  return html`<section id="links"><h2>Links</h2>
${shown.length ? html`<ul>${shown.map(([label, href]) => html`<li><a href="${href}" rel="noopener noreferrer" target="_blank">${label}</a></li>`)}</ul>` : html`<p class="muted">No links.</p>`}
<p class="muted">Workflow <code>${call.workflowId}</code> run <code>${call.runId}</code>, started ${formatTime(call.startedAt)}${call.closedAt ? html`, closed ${formatTime(call.closedAt)}` : ''}</p>
</section>`;
}

function writesSection(state: CallState): SafeHtml {
  return html`<section id="writes"><h2>Writes</h2><table><thead><tr><th>#</th><th>Type</th><th>Outcome</th><th>Record</th><th>Detail</th></tr></thead><tbody>
${state.writes.map((w) => html`<tr><td>${w.index}</td><td>${w.type}</td><td>${w.outcome}</td><td>${w.recordId ?? '—'}</td><td>${w.detail}</td></tr>`)}
</tbody></table></section>`;
}

function decisionForms(call: CallReview, state: CallState, opts: CallPageOptions): SafeHtml {
  const action = `/review/calls/${encodeURIComponent(call.callId)}/decision`;
  const kept = opts.form ?? {};
  const commentFor = (d: string) => (kept.decision === d ? (kept.comment ?? '') : '');
  const actionsText = kept.decision === 'edit' && kept.actionsText !== undefined ? kept.actionsText : JSON.stringify(state.actions, null, 2);
  const hidden = (decision: string) =>
    html`<input type="hidden" name="csrf" value="${opts.csrfToken}"><input type="hidden" name="reviewId" value="${state.review.id}"><input type="hidden" name="decision" value="${decision}">`;
  const held = state.plan?.classification.optOut.possible === true;
  const holdChoice = (id: string) =>
    held
      ? html`<fieldset id="${id}"><legend>The possible opt-out is</legend>
<label><input type="radio" name="optOut" value="confirm" required> confirmed: stop outreach, drop promotional actions</label>
<label><input type="radio" name="optOut" value="lift" required> not an opt-out: lift the pause</label></fieldset>`
      : '';
  const reviewerField = (id: string) =>
    html`<label for="${id}">Reviewer</label><input type="text" id="${id}" name="reviewer" required maxlength="200" value="${opts.reviewer}" autocomplete="username">`;
  return html`<section id="decide"><h2>Decide</h2><div class="forms">
<form method="post" action="${action}" id="approve-form">${hidden('approve')}
${reviewerField('approve-reviewer')}
${holdChoice('approve-opt-out')}
<label for="approve-comment">Comment (optional)</label><textarea id="approve-comment" name="comment" rows="3" maxlength="4000">${commentFor('approve')}</textarea>
<button type="submit" class="approve">Approve and write</button>
<p class="muted">Writes the ${state.actions.length} action(s) listed under Actions.</p>
</form>
<form method="post" action="${action}" id="reject-form">${hidden('reject')}
${reviewerField('reject-reviewer')}
<label for="reject-comment">Reason (required)</label><textarea id="reject-comment" name="comment" rows="3" required maxlength="4000">${commentFor('reject')}</textarea>
<button type="submit" class="reject">Reject</button>
<p class="muted">Nothing proposed is written; a matched record still gets its note.</p>
</form>
<form method="post" action="${action}" id="edit-form">${hidden('edit')}
${reviewerField('edit-reviewer')}
${holdChoice('edit-opt-out')}
<label for="edit-comment">Comment (optional)</label><textarea id="edit-comment" name="comment" rows="2" maxlength="4000">${commentFor('edit')}</textarea>
<label for="edit-actions">Actions to carry out instead (JSON list)</label><textarea id="edit-actions" name="actions" class="json" required spellcheck="false">${actionsText}</textarea>
<button type="submit" class="edit">Write these actions</button>
</form>
</div></section>`;
}

/**
 * "Which record is this?": the candidates side by side, each with its own "this is" button, and
 * "none of these". Each button is a form of its own (no script), answering with the pick.
 */
function candidatesSection(call: CallReview, state: CallState, opts: CallPageOptions): SafeHtml {
  const action = `/review/calls/${encodeURIComponent(call.callId)}/pick`;
  const held = state.plan?.classification.optOut.possible === true;
  const fields = (pick: string, id: string) => html`<input type="hidden" name="csrf" value="${opts.csrfToken}"><input type="hidden" name="reviewId" value="${state.review.id}"><input type="hidden" name="pick" value="${pick}">
<label for="${id}-reviewer">Reviewer</label><input type="text" id="${id}-reviewer" name="reviewer" required maxlength="200" value="${opts.reviewer}" autocomplete="username">
${held ? html`<label><input type="radio" name="optOut" value="confirm" required> opt-out confirmed</label><label><input type="radio" name="optOut" value="lift" required> not an opt-out</label>` : ''}`;
  const row = (label: string, value: string | number | null) => (value === null || value === '' ? '' : html`<tr><th>${label}</th><td>${value}</td></tr>`);
  const cards = (state.candidates ?? []).map(
    (c, i) => html`<form method="post" action="${action}" class="card candidate" id="candidate-${i}">
<h3>${c.name ?? c.id} <span class="badge">${c.type}</span> <span class="badge">${pct(c.score)} on ${c.matchedOn.join(', ')}</span></h3>
<table>${row('Company', c.companyName)}${row('Email', c.email)}${row('Phone', c.phone)}${row('Code', c.referralCode)}${row('Status', c.status)}${row('Amount', c.amount === null ? null : c.amount.toLocaleString('en-US'))}
<tr><th>Record</th><td>${safeHref(c.recordUrl) ? html`<a href="${safeHref(c.recordUrl)}" rel="noopener noreferrer" target="_blank">${c.id}</a>` : html`<code>${c.id}</code>`}</td></tr></table>
${fields(`${c.type}:${c.id}`, `candidate-${i}`)}
<button type="submit" class="approve">This is ${c.name ?? c.id}</button>
</form>`,
  );
  return html`<section id="candidates"><h2>Which record is this?</h2>
<p class="muted">The call's note goes on the record you pick, with its follow-ups; nothing else changes. "None of these" writes nothing.</p>
<div class="forms">${cards}
<form method="post" action="${action}" class="card" id="candidate-none">
<h3>None of these</h3><p class="muted">Create nothing, write nothing.</p>
${fields('none', 'candidate-none')}
<button type="submit" class="reject">None of these</button>
</form></div></section>`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
