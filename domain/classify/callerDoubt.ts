/**
 * What the caller says once the agent has answered an opt-out: "I mean... ugh. I don't know. I'll
 * deal with it", "So maybe yes? I don't know. Let me look and I call you back". A request the caller
 * then leaves open is no settled opt-out; rule 3 holds it for a person (optOutDecision.ts).
 */
import type { Call } from '../call';
import { fold, stripFillers } from '../text';
import { hedgedAnswer } from './assertion';

const DEFERS = /\b(?:i'll deal with it|i'll think about it|let me (?:think|look|check|see)|i(?:'ll| will) (?:call|get back to) you|i call you back|let me get back to you|lo (?:voy a )?pienso|lo voy a pensar|luego (?:le|les) (?:digo|aviso|llamo)|d[eé]jeme (?:pensarlo|ver))\b/;

/** "We'll see. Bye.", "Uh-huh, we'll see": a caller's doubt of what the agent just promised. */
const SKEPTICAL_CLOSE = /^(?:(?:uh-huh|yeah|sure|okay|ok)[,.!]?\s+)?we'll see[.!]*(?:\s*(?:bye|goodbye|thanks|thank you)\b\W*)?$/;

/** The caller's next turn after the agent's answer to `turn` leaves the request open. */
export function callerDoubtsAfter(call: Pick<Call, 'transcript'>, turn: number): boolean {
  const t = call.transcript;
  let i = turn + 1;
  while (i < t.length && t[i].speaker !== 'agent') i++;
  while (i < t.length && t[i].speaker === 'agent') i++;
  if (i >= t.length) return false;
  const reply = stripFillers(fold(t[i].text).trim());
  // "No more calls from us. And I'll have the gift card processed." - "We'll see. Bye.": doubt that we
  // will keep our word, not about the request (an answer to a question would be about the request).
  if (SKEPTICAL_CLOSE.test(reply) && !/\?\s*$/.test(t[i - 1].text)) return false;
  return hedgedAnswer(reply) || DEFERS.test(reply);
}
