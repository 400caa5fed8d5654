/** Marketing consent: denied by an opt-out, granted when the caller agrees to hear from us, else the event's value. */
import type { Call, MarketingConsent } from '../call';
import type { Evidence } from '../plan';
import { evidence, fold, negatedAt, stripFillers, type Sentence } from '../text';

const GRANT = /\b(?:sign me up for (?:the|your) (?:newsletter|emails|updates)|(?:you can|feel free to|happy (?:for you )?to|okay to|fine to|please) (?:send|email|text) me (?:\w+ ){0,2}(?:updates|offers|news|promotions|newsletters?|marketing|info|information|deals)|(?:i'd|i would) (?:like|love) to (?:get|receive|hear about) (?:\w+ ){0,2}(?:updates|offers|news|promotions|deals|newsletters?)|keep me (?:posted|updated|in the loop)|add me to (?:the|your) (?:mailing list|newsletter))\b/;
const AGENT_ASKS = /\b(?:(?:can|may|could|shall) (?:we|i)|would you like (?:us|me) to|would you like to|do you want (?:us|me) to|is it ok(?:ay)? (?:if|to))\b[^.?]*\b(?:offers|updates|news|promotions|promotional|marketing|newsletters?|deals)\b/;
const YES = /^(?:yes|yeah|yep|sure|ok|okay|please|absolutely|definitely|of course|go ahead|that's fine|sounds good|that would be great|that'd be great|why not)\b/;
const NO = /^(?:no|nope|no thanks|not really|i'd rather not|please don't|not interested|i'll pass|pass)\b/;

export function detectConsent(call: Call, caller: Sentence[], agent: Sentence[], optOutRequested: boolean): { marketing: MarketingConsent; evidence: Evidence[] } {
  if (optOutRequested) return { marketing: 'denied', evidence: [] };
  for (const s of caller) {
    const f = fold(s.text);
    const m = f.match(GRANT);
    if (m && !negatedAt(f, m.index ?? 0)) return { marketing: 'granted', evidence: [evidence('consent', s)] };
  }
  for (const a of agent) {
    if (!AGENT_ASKS.test(fold(a.text))) continue;
    const next = call.transcript[a.turn + 1];
    if (next?.speaker !== 'caller') continue;
    const f = stripFillers(fold(next.text).trim());
    if (YES.test(f)) return { marketing: 'granted', evidence: [{ field: 'consent', quote: next.text, turn: a.turn + 1 }] };
    if (NO.test(f)) return { marketing: 'denied', evidence: [{ field: 'consent', quote: next.text, turn: a.turn + 1 }] };
  }
  return { marketing: call.consent.marketing ?? 'unknown', evidence: [] };
}
