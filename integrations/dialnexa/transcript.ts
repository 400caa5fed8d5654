/**
 * DialNexa sends the transcript as one string, one turn per line: `Agent: ...` / `User: ...`
 * (`Customer:` and `Caller:` appear in other DialNexa pages). This splits it into call-model turns.
 * A line without a known prefix continues the turn above it (agents read out addresses and lists
 * over several lines); text before the first prefix is kept as an agent turn, since the agent
 * speaks first on every DialNexa call and text must never be dropped.
 */
import type { Turn } from '../../domain/call';

/** Known labels, case-insensitive. User, Customer, Caller mean the caller; the rest the agent. */
const LABEL = /^\s*(agent|assistant|ai|bot|user|customer|caller|human)\s*:\s?(.*)$/i;
const CALLER_LABELS = new Set(['user', 'customer', 'caller', 'human']);

export function splitTranscript(transcript: string | null | undefined): Turn[] {
  const turns: Turn[] = [];
  if (!transcript) return turns;
  for (const line of transcript.split(/\r\n|\r|\n/)) {
    const m = LABEL.exec(line);
    if (m) {
      turns.push({ speaker: CALLER_LABELS.has(m[1].toLowerCase()) ? 'caller' : 'agent', text: m[2].trim() });
    } else if (line.trim() === '') {
      continue; // blank separator lines carry nothing
    } else if (turns.length) {
      const last = turns[turns.length - 1];
      last.text = last.text ? `${last.text}\n${line.trim()}` : line.trim();
    } else {
      turns.push({ speaker: 'agent', text: line.trim() });
    }
  }
  return turns;
}
