/**
 * `npm run followup -- list [--due-before ISO] | show <id|callId> | reschedule <id> --at <when> [--timezone Z] [--reason R] | cancel <id> --reason R`
 *
 * The operator's command line for follow-ups: talks to Temporal directly (TEMPORAL_ADDRESS, or the
 * embedded dev server's address) through the same FollowUpService as the follow-up page, so both
 * surfaces list and change follow-ups identically. Exit status: 0 done, 1 refused or failed, 2 wrong usage.
 */
import { DateTime } from 'luxon';
import { FollowUpService, type ChangeResult, type FollowUpView } from '../services/followUps/followUpService';
import { UsageError, defaultBy, parseCommandLine, runCli, withTemporal } from './cli';

const USAGE = `usage: npm run followup -- <command> [options]
  list [--due-before ISO] [--json]              waiting follow-ups, soonest first
  show <followUpId|callId> [--json]             one follow-up, or every follow-up of a call
  reschedule <followUpId> --at <when> [--timezone Z] [--reason R] [--by X]
                                                move it; <when> is an ISO instant (2026-12-04T17:00:00Z)
                                                or a local date-time (2026-12-04T11:00) read in --timezone
                                                (an IANA zone; default: the caller's zone), DST-correct;
                                                it must be in the future and at most a year ahead
  cancel <followUpId> --reason R [--by X]       drop it; nobody will be contacted for it
options: --by defaults to $USER@cli`;

const COMMANDS = ['list', 'show', 'reschedule', 'cancel'];

const OPTIONS = {
  at: { type: 'string' },
  timezone: { type: 'string' },
  reason: { type: 'string' },
  by: { type: 'string' },
  'due-before': { type: 'string' },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  const [command, id, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (command !== 'list' && !id) throw new UsageError(`${command} needs a follow-up id${command === 'show' ? ' or a call id' : ''}`);
  if (command === 'list' && id) throw new UsageError(`unexpected argument "${id}"`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (command === 'reschedule' && !values.at) throw new UsageError('reschedule needs --at <ISO instant or local date-time>');
  if (command === 'cancel' && !values.reason) throw new UsageError('cancel needs --reason <why>');

  return withTemporal(async (client, config) => {
    const service = new FollowUpService(client, {
      namespace: config.temporal.namespace,
      temporalUiUrl: config.temporal.uiUrl,
    });
    const by = values.by ?? defaultBy();
    switch (command) {
      case 'list': {
        const followUps = await service.list({ dueBefore: values['due-before'] ?? null });
        console.log(values.json ? JSON.stringify({ followUps }, null, 2) : formatList(followUps));
        return 0;
      }
      case 'show': {
        const followUps = await service.show(id);
        console.log(values.json ? JSON.stringify({ followUps }, null, 2) : followUps.map(formatOne).join('\n\n'));
        return 0;
      }
      case 'reschedule': {
        const result = await service.reschedule(id, { at: values.at!, timezone: values.timezone ?? null, by, reason: values.reason ?? null });
        console.log(values.json ? JSON.stringify(result, null, 2) : formatChange(result));
        return 0;
      }
      default: {
        const result = await service.cancel(id, { by, reason: values.reason! });
        console.log(values.json ? JSON.stringify(result, null, 2) : formatChange(result));
        return 0;
      }
    }
  });
}

/** "2026-12-04 11:00 CST": the due time as the caller said it. */
function local(iso: string | null, zone: string | null): string {
  if (!iso || !zone) return '-';
  const t = DateTime.fromISO(iso, { zone });
  return t.isValid ? t.toFormat('yyyy-MM-dd HH:mm ZZZZ') : '-';
}

function formatList(rows: FollowUpView[]): string {
  if (!rows.length) return 'no follow-up is waiting';
  const table = rows.map((r) => [
    r.workflowId,
    r.status ?? 'unknown',
    r.at ?? '-',
    local(r.at, r.timezone),
    r.channel ?? '-',
    r.owner ?? '-',
    r.laterCalls.join(',') || '-',
  ]);
  const header = ['FOLLOW-UP', 'STATUS', 'DUE (UTC)', 'DUE (CALLER)', 'CHANNEL', 'OWNER', 'LATER CALLS'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), ...table.map(line)].join('\n');
}

function formatOne(r: FollowUpView): string {
  const out = [`follow-up ${r.workflowId}  call ${r.callId}  ${r.status ?? 'unknown'} (${r.executionStatus.toLowerCase()})`];
  if (r.stateError) out.push(`state: ${r.stateError}`);
  out.push(`due ${r.at ?? '-'}  (${local(r.at, r.timezone)}${r.timezone ? `, ${r.timezone}` : ''})`);
  out.push(`by ${r.channel ?? '-'}  owner ${r.owner ?? '-'}  record ${r.target ? `${r.target.type} ${r.target.id}` : '-'}`);
  if (r.promise) out.push(`promise: ${r.promise}`);
  if (r.laterCalls.length) out.push(`later calls: ${r.laterCalls.join(', ')}`);
  for (const m of r.reschedules) out.push(`moved to ${m.at} by ${m.by}${m.reason ? ` (${m.reason})` : ''}`);
  if (r.cancelledBy) out.push(`cancelled by ${r.cancelledBy}${r.cancelReason ? `: ${r.cancelReason}` : ''}`);
  if (r.firedAt) out.push(`fired at ${r.firedAt}`);
  if (r.outcome) out.push(`outcome: ${r.outcome}`);
  if (r.temporalUi) out.push(`temporal: ${r.temporalUi}`);
  return out.join('\n');
}

function formatChange(result: ChangeResult): string {
  const s = result.state;
  if (s.status === 'cancelled') return `follow-up ${result.workflowId}: cancelled by ${s.cancelledBy}${s.cancelReason ? ` (${s.cancelReason})` : ''}`;
  const last = s.reschedules[s.reschedules.length - 1];
  if (!result.changed) return `follow-up ${result.workflowId}: already due at ${s.at}; nothing changed`;
  return `follow-up ${result.workflowId}: due at ${s.at}${last ? `, moved by ${last.by}${last.reason ? ` (${last.reason})` : ''}` : ''}`;
}

if (require.main === module) runCli(main, USAGE);
