/**
 * `npm run review -- list | show <callId> | approve <callId> | reject <callId> --reason ... | edit <callId> --actions <file.json> | pick <callId> <recordId|none>`
 *
 * The reviewer's command line: talks to Temporal directly (TEMPORAL_ADDRESS, or the embedded dev
 * server's address) through the same ReviewService as the review page, so both surfaces list,
 * show and decide identically. Exit status: 0 done, 1 refused or failed, 2 wrong usage.
 */
import { readFileSync } from 'node:fs';
import { parseActionsText, parseDecision, parsePick } from '../services/review/decisionInput';
import { ReviewService, type CallReview, type PendingCall } from '../services/review/reviewService';
import type { ReviewRecord } from '../workflows/definitions';
import { UsageError, defaultBy, parseCommandLine, runCli, withTemporal } from './cli';

const USAGE = `usage: npm run review -- <command> [options]
  list [--json]                                  calls waiting for a reviewer, most urgent first
  show <callId> [--json]                         one call: review reasons, plan, evidence, transcript
  approve <callId> [--reviewer X] [--comment T]  carry out the plan's actions
  reject <callId> --reason T [--reviewer X]      write nothing the plan proposed (the note stays)
  edit <callId> --actions <file.json> [--reviewer X] [--comment T]
                                                 carry out this action list instead ([...] or {"actions": [...]})
  pick <callId> <recordId|none> [--reviewer X] [--comment T]
                                                 which record an ambiguous or weak match is: the call's note
                                                 (and follow-ups) go on it; none writes nothing
options: --review-id <id> answers that review round only (stale otherwise); reviewer defaults to $USER@cli
         --opt-out confirm|lift  required to approve or edit a call that holds a possible opt-out:
                                 confirm makes it a full opt-out, lift ends the pause`;

const OPTIONS = {
  reviewer: { type: 'string' },
  comment: { type: 'string' },
  reason: { type: 'string' },
  actions: { type: 'string' },
  'review-id': { type: 'string' },
  'opt-out': { type: 'string' },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  const [command, callId, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!['list', 'show', 'approve', 'reject', 'edit', 'pick'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (command !== 'list' && !callId) throw new UsageError(`${command} needs a call id`);
  const [picked, ...more] = command === 'pick' ? extra : [undefined, ...extra];
  if (command === 'pick' && !picked) throw new UsageError('pick needs the record id of one of the candidates, or none');
  if (more.length) throw new UsageError(`unexpected argument "${more[0]}"`);

  return withTemporal(async (client, config) => {
    const service = new ReviewService(client, {
      namespace: config.temporal.namespace,
      temporalUiUrl: config.temporal.address ? null : `http://127.0.0.1:${config.temporal.uiPort}`,
    });
    switch (command) {
      case 'list': {
        const pending = await service.listPending();
        console.log(values.json ? JSON.stringify({ pending }, null, 2) : formatList(pending));
        return 0;
      }
      case 'show': {
        const call = await service.show(callId);
        console.log(values.json ? JSON.stringify(call, null, 2) : formatCall(call));
        return 0;
      }
      case 'pick': {
        const review = await service.pick(callId, parsePick({ pick: picked, reviewer: values.reviewer ?? defaultBy(), comment: values.comment, reviewId: values['review-id'], optOut: values['opt-out'] }));
        console.log(values.json ? JSON.stringify({ review }, null, 2) : formatDecided(callId, review));
        return 0;
      }
      default: {
        const decision = parseDecision({
          decision: command,
          reviewer: values.reviewer ?? defaultBy(),
          comment: command === 'reject' ? (values.reason ?? values.comment) : values.comment,
          reviewId: values['review-id'],
          optOut: values['opt-out'],
          actions: command === 'edit' ? readActions(values.actions) : undefined,
        });
        const review = await service.decide(callId, decision);
        console.log(values.json ? JSON.stringify({ review }, null, 2) : formatDecided(callId, review));
        return 0;
      }
    }
  });
}

function readActions(file: string | undefined): unknown {
  if (!file) throw new UsageError('edit needs --actions <file.json> (the action list to carry out)');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  return parseActionsText(text);
}

function formatList(pending: PendingCall[]): string {
  if (!pending.length) return 'no call is waiting for review';
  const rows = pending.map((p) => [p.callId, p.reviewStatus, p.deadlineAt ?? '-', p.reasons.join(',') || '-', p.intent ?? '-', p.matchStatus ?? '-', p.startedAt]);
  const header = ['CALL', 'REVIEW', 'DEADLINE', 'REASONS', 'INTENT', 'MATCH', 'STARTED'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function formatCall(call: CallReview): string {
  const s = call.state;
  const out = [`call ${call.callId}  workflow ${call.workflowId}  ${call.executionStatus.toLowerCase()}  started ${call.startedAt}`];
  if (call.stateError) out.push(`state: ${call.stateError}`);
  if (s) {
    const r = s.review;
    out.push(`phase ${s.phase}  review ${r.status} (${r.id})${r.reasons.length ? `  reasons ${r.reasons.join(', ')}` : ''}${r.deadlineAt ? `  deadline ${r.deadlineAt}` : ''}`);
    if (r.decidedAt) out.push(`decided ${r.status} by ${r.reviewer} at ${r.decidedAt}${r.comment ? `: ${r.comment}` : ''}`);
    if (s.plan) {
      out.push('', `summary: ${s.plan.summary}`);
      out.push(`intent ${s.plan.classification.intent}  match ${s.plan.match.status}${s.plan.match.record ? ` ${s.plan.match.record.type} ${s.plan.match.record.id}` : ''}`);
      const oo = s.plan.classification.optOut;
      if (oo.possible) {
        out.push(`POSSIBLE OPT-OUT (${oo.scope ?? 'all'}): outreach is paused. Approve or edit with --opt-out confirm (stop outreach, drop promotional actions) or --opt-out lift (end the pause).`);
      }
      if (s.candidates?.length) {
        out.push('', 'which record is this? (npm run review -- pick <callId> <record id|none>)');
        for (const c of s.candidates) {
          const facts = [c.companyName, c.email, c.phone, c.referralCode && `code ${c.referralCode}`, c.status, c.amount !== null && `amount ${c.amount}`].filter(Boolean).join(', ');
          out.push(`  ${c.type} ${c.id}  ${c.name ?? '(no name)'}  ${Math.round(c.score * 100)}% on ${c.matchedOn.join(', ')}${facts ? `  ${facts}` : ''}`);
        }
      }
      if (s.plan.classifier) out.push(`classifier ${s.plan.classifier.id} ${s.plan.classifier.version}${(s.plan.classifier.disagreements ?? []).map((d) => `\n  ${d}`).join('')}`);
      out.push('', 'evidence:');
      for (const e of s.plan.classification.evidence) out.push(`  [turn ${e.turn}] ${e.field}: "${e.quote}"`);
    }
    out.push('', `actions (${s.actions.length}):`, JSON.stringify(s.actions, null, 2));
    if (s.writes.length) {
      out.push('', 'writes:');
      for (const w of s.writes) out.push(`  #${w.index} ${w.type} ${w.outcome} ${w.recordId ?? '-'} ${w.detail}`);
    }
  }
  if (call.transcript) {
    out.push('', `transcript${call.transcript.partial ? ` (excerpt, ${call.transcript.turns.length} of ${call.transcript.total} turns)` : ''}:`);
    for (const t of call.transcript.turns) out.push(`  ${String(t.index).padStart(3)} ${t.speaker.padEnd(6)} ${t.text}`);
  }
  const links = Object.entries(call.links).filter(([, v]) => v);
  if (links.length) out.push('', ...links.map(([k, v]) => `${k}: ${v}`));
  return out.join('\n');
}

function formatDecided(callId: string, review: ReviewRecord): string {
  return `call ${callId}: ${review.status} by ${review.reviewer} at ${review.decidedAt}${review.comment ? ` (${review.comment})` : ''}`;
}

if (require.main === module) runCli(main, USAGE);
