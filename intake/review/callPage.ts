/**
 * One call, as a reviewer needs it to decide without replaying the call: why it waits, what the
 * plan would write, the evidence with its turn numbers, the transcript around it, the links, and
 * the three decisions as plain forms (approve, reject with a reason, edit the action list as JSON).
 */
import type { Plan } from '../../domain/plan';
import type { CallState } from '../../workflows/definitions';
import { html, safeHref, type SafeHtml } from './html';
import { page } from './layout';
import { formatTime, relativeTo } from './queuePage';
import { actionBody, actionTitle, targetOf } from './actionView';
import type { CallReview, TranscriptExcerpt } from '../../services/review/reviewService';
import { asksWhichRecord } from '../../domain/pickRecord';
import { CLAIM_MINUTES, liveClaim } from '../../workflows/definitions';

export interface CallPageOptions {
  csrfToken: string;
  /** Prefills the reviewer fields (the name used for the last decision from this browser). */
  reviewer: string;
  /** The named reviewer signed in (their own token): decisions are theirs, no name is typed. */
  signedInAs?: string | null;
  notice?: string | null;
  error?: { message: string; issues: string[] } | null;
  /** What the reviewer sent, kept after a refused decision so nothing typed is lost. */
  form?: { decision?: string; comment?: string; actionsText?: string; reviewer?: string } | null;
  /** After a decision: the next call waiting for a person, if any. */
  nextCallId?: string | null;
  /** Clock (tests). */
  now?: Date;
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
${opts.notice ? html`<div class="notice" role="status">${opts.notice}${opts.nextCallId !== undefined ? html` ${opts.nextCallId ? html`<a href="/review/calls/${encodeURIComponent(opts.nextCallId)}" accesskey="n">Next call: ${opts.nextCallId} →</a>` : html`<a href="/review">The queue is clear.</a>`}` : ''}</div>` : ''}
${opts.error ? html`<div class="error" role="alert">${opts.error.message}${opts.error.issues.length > 1 ? html`<ul>${opts.error.issues.map((i) => html`<li>${i}</li>`)}</ul>` : ''}</div>` : ''}
${call.stateError ? html`<div class="error">${call.stateError}</div>` : ''}
${state ? reviewSection(state, opts.now ?? new Date()) : ''}
${plan ? summarySection(state!) : ''}
${state ? actionsSection(state) : ''}
${plan && plan.classification.evidence.length ? evidenceSection(plan.classification.evidence) : ''}
${call.transcript ? transcriptSection(call.transcript, evidenceTurns) : ''}
${waiting ? claimSection(call, state!, opts) : ''}
${waiting && state!.candidates?.length && plan && asksWhichRecord(plan) ? candidatesSection(call, state!, opts) : ''}
${waiting ? decisionForms(call, state!, opts) : ''}
${linksSection(call)}
${state && state.writes.length ? writesSection(state) : ''}`,
    // Decided and still writing: the page follows the writes as they land, then stops refreshing.
    { refreshSeconds: state && state.review.decidedAt && state.phase === 'writing' ? 2 : undefined },
  );
}

function reviewTone(status: string): string {
  if (status === 'pending') return 'warn';
  if (status === 'escalated' || status === 'rejected' || status === 'expired') return 'bad';
  if (status === 'approved' || status === 'edited') return 'ok';
  return '';
}

function reviewSection(state: CallState, now: Date): SafeHtml {
  const r = state.review;
  const notes = state.reviewNotes ?? [];
  const overdue = r.deadlineAt !== null && Date.parse(r.deadlineAt) < now.getTime() && !r.decidedAt;
  return html`<section id="review"><h2>Review</h2>
${
  notes.length
    ? html`<ul class="reasons">${notes.map(
        (n) => html`<li><span class="badge warn">${n.reason}</span> ${n.detail} <span class="muted">(${n.rule})</span>${n.quotes.length ? html`${n.quotes.map((q) => html`<blockquote><a href="#turn-${q.turn}">turn ${q.turn}</a>: ${q.quote}</blockquote>`)}` : ''}</li>`,
      )}</ul>`
    : html`<p>${r.reasons.length ? r.reasons.map((reason) => html`<span class="badge warn">${reason}</span>`) : html`<span class="muted">no review reasons</span>`}</p>`
}
<table>
${r.deadlineAt ? html`<tr><th>Deadline</th><td><time datetime="${r.deadlineAt}">${formatTime(r.deadlineAt)}</time> <span class="muted">${relativeTo(r.deadlineAt, now)}</span>${overdue ? html` <span class="badge bad">overdue</span>` : ''}</td></tr>` : ''}
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
    ? html`<table><thead><tr><th>#</th><th>Action</th><th>Record</th><th>What it does</th></tr></thead><tbody>
${state.actions.map((a, i) => html`<tr><td>${i}</td><td>${actionTitle(a)}</td><td>${targetOf(a)}</td><td>${actionBody(a)}</td></tr>`)}
</tbody></table>`
    : html`<p class="muted">No action.</p>`
}</section>`;
}

/** Each quote once, with every conclusion it supports (the same words often back five fields). */
function evidenceSection(evidence: { field: string; quote: string; turn: number }[]): SafeHtml {
  const groups = new Map<string, { turn: number; quote: string; fields: string[] }>();
  for (const e of evidence) {
    const key = `${e.turn}\u0000${e.quote}`;
    const g = groups.get(key) ?? { turn: e.turn, quote: e.quote, fields: [] };
    if (!g.fields.includes(e.field)) g.fields.push(e.field);
    groups.set(key, g);
  }
  return html`<section id="evidence"><h2>Evidence</h2>
${[...groups.values()].map((g) => html`<div class="evidence-item">${g.fields.map((f) => html`<span class="badge">${f}</span>`)} <a href="#turn-${g.turn}">turn ${g.turn}</a><blockquote>${g.quote}</blockquote></div>`)}
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

/**
 * One decision bar, kept in view at the foot of the page: one reviewer, one comment, and the three
 * decisions as buttons of the same form (keys: Alt+Shift+A approve, R reject, E edit, N next call).
 * Editing the action list opens from the bar; a rejection's reason is checked by the server, which
 * keeps everything typed when it refuses.
 */
function decisionForms(call: CallReview, state: CallState, opts: CallPageOptions): SafeHtml {
  const action = `/review/calls/${encodeURIComponent(call.callId)}/decision`;
  const kept = opts.form ?? {};
  const actionsText = kept.decision === 'edit' && kept.actionsText !== undefined ? kept.actionsText : JSON.stringify(state.actions, null, 2);
  const held = state.plan?.classification.optOut.possible === true;
  return html`<section id="decide" class="decision-bar"><form method="post" action="${action}" id="decision-form">
<input type="hidden" name="csrf" value="${opts.csrfToken}"><input type="hidden" name="reviewId" value="${state.review.id}">
<div class="bar-fields">
${reviewerField(opts, 'decision', kept.reviewer)}
<label for="decision-comment">Comment <span class="muted">(a rejection needs its reason)</span><textarea id="decision-comment" name="comment" rows="1" maxlength="4000">${kept.comment ?? ''}</textarea></label>
${
  held
    ? html`<fieldset id="decision-opt-out"><legend>The possible opt-out is</legend>
<label><input type="radio" name="optOut" value="confirm" required> confirmed: stop outreach, drop promotional actions</label>
<label><input type="radio" name="optOut" value="lift" required> not an opt-out: lift the pause</label></fieldset>`
    : ''
}
</div>
<details id="edit-box"${kept.decision === 'edit' ? html` open` : ''}><summary>Edit the actions (JSON), then "Write these actions"</summary>
<textarea id="edit-actions" name="actions" class="json" spellcheck="false">${actionsText}</textarea></details>
<div class="bar-buttons">
<button type="submit" name="decision" value="approve" class="approve" accesskey="a">Approve and write ${state.actions.length} action(s)</button>
<button type="submit" name="decision" value="reject" class="reject" accesskey="r" formnovalidate>Reject</button>
<button type="submit" name="decision" value="edit" class="edit" accesskey="e">Write these actions</button>
</div>
<p class="muted">Reject writes nothing the plan proposed; a matched record still gets its note.</p>
</form></section>`;
}

/**
 * "Which record is this?": the candidates side by side, each with its own "this is" button, and
 * "none of these". Each button is a form of its own (no script), answering with the pick.
 */
function candidatesSection(call: CallReview, state: CallState, opts: CallPageOptions): SafeHtml {
  const action = `/review/calls/${encodeURIComponent(call.callId)}/pick`;
  const held = state.plan?.classification.optOut.possible === true;
  const fields = (pick: string, id: string) => html`<input type="hidden" name="csrf" value="${opts.csrfToken}"><input type="hidden" name="reviewId" value="${state.review.id}"><input type="hidden" name="pick" value="${pick}">
${reviewerField(opts, id)}
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

/** Who is working on the call: take it so others see it (and cannot decide it meanwhile), or let it go. */
function claimSection(call: CallReview, state: CallState, opts: CallPageOptions): SafeHtml {
  const live = liveClaim(state.review, (opts.now ?? new Date()).getTime());
  const { claimedBy, claimedAt } = state.review;
  return html`<section id="claim"><form method="post" action="/review/calls/${encodeURIComponent(call.callId)}/claim" class="filters">
<input type="hidden" name="csrf" value="${opts.csrfToken}">
${live ? html`<p><span class="badge warn">claimed</span> <strong>${claimedBy}</strong> is working on this call (since ${formatTime(claimedAt!)}, for ${CLAIM_MINUTES} min without a decision).</p>` : html`<p class="muted">Nobody has claimed this call.</p>`}
${reviewerField(opts, 'claim')}
<button type="submit" name="action" value="claim" class="edit">${live ? 'Take over' : 'Claim'}</button>
${live ? html`<button type="submit" name="action" value="release" class="reject">Release</button>` : ''}
</form></section>`;
}

/** Signed in with their own token: the reviewer is who they are. Behind the shared token: a name to record beside it. */
function reviewerField(opts: CallPageOptions, id: string, kept?: string): SafeHtml {
  if (opts.signedInAs) return html`<p class="signed-in">Deciding as <strong>${opts.signedInAs}</strong></p>`;
  return html`<label for="${id}-reviewer">Reviewer <span class="muted">(recorded with "shared token")</span><input type="text" id="${id}-reviewer" name="reviewer" required maxlength="200" value="${kept ?? opts.reviewer}" autocomplete="username"></label>`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
