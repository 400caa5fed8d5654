/** The prospect's main objection, if they raise one: price, timing, competitor, authority, need, trust. */
import type { Evidence } from '../plan';
import { evidence, fold, type Sentence } from '../text';

export type Objection = 'price' | 'timing' | 'competitor' | 'authority' | 'need' | 'trust';

const RULES: Array<[Objection, RegExp]> = [
  ['competitor', /\b(?:current (?:vendor|provider|platform|tool|solution|system)|stay(?:ing)? with (?:our|my|the) (?:current|existing)|already (?:use|using|have|work with|signed with)(?! (?:you|y'all|your|ustedes|us)\b)|(?:signed|went|going) with(?! (?:you|y'all|your|ustedes|us)\b)|went (?:another|a different) (?:way|direction)|chose(?! (?:you|y'all|your|us)\b)|found someone else|hired someone else|nos fuimos con|contratamos a otr[oa]|elegimos a otr[oa]|switched to|another (?:vendor|provider|platform|tool|company)|a competitor|competitor|(?:happy|fine) with (?:what we have|our current))\b/],
  ['price', /\b(?:do better on (?:the )?price|better price|lower (?:the )?price|(?:any|a) discount|price match|(?:price|pricing|cost|quote)s? (?:is|are|seems?|looks?) (?:\w+ ){0,2}(?:high|steep|much|expensive)|too expensive|expensive|pricey|can't afford|cannot afford|out of (?:our|my) budget|over (?:our|my) budget|no budget|budget|cost(?:s)? too much|too much money|cheaper|price is too high|too costly)\b/],
  ['authority', /\b(?:(?:has|have|need|needs) to (?:sign off|approve)|sign[- ]off from|(?:partner|boss|cfo|ceo|board|owner|manager)s? (?:has|have|needs?|will need) to (?:approve|decide|sign)|check with (?:my|our) (?:boss|manager|partner|team|cfo|ceo|owner|director)|not my (?:decision|call)|run it by|need (?:approval|sign-off|to ask)|decision[- ]maker|my (?:boss|manager) decides|talk to my (?:boss|partner|team|manager|wife|husband))\b/],
  ['timing', /\b(?:not (?:the )?right time|bad time|not now|maybe (?:next|later)|next (?:quarter|year)|too busy|swamped|not ready (?:yet)?|revisit (?:this|it)|circle back|in q[1-4]|in the new year|in a few (?:months|weeks)|after the (?:holidays|migration|launch|busy season)|in the middle of|later this year|not a priority (?:this|right now|for now|at the moment)|pass for now|for now|at the moment|timing isn't|timing is(?:n't| not) (?:right|great|good))\b/],
  ['trust', /\b(?:scam|don't trust|do not trust|not sure (?:i|we) (?:can )?trust|sounds too good|legit|reviews|is this real|skeptical|sceptical|burned before)\b/],
  ['need', /\b(?:don't see the (?:point|value|need)|no point|not worth it|don't really (?:need|refer|use)|don't need|do not need|no need for|not a (?:good )?fit|doesn't fit|we're fine without|not something we need|no use for|not relevant|we don't have (?:a )?(?:referral|need))\b/],
];

export function detectObjection(caller: Sentence[]): { objection: Objection | null; evidence: Evidence[] } {
  for (const [kind, re] of RULES) {
    for (const s of caller) {
      if (re.test(fold(s.text))) return { objection: kind, evidence: [evidence('objection', s)] };
    }
  }
  return { objection: null, evidence: [] };
}
