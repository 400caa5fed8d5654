/** Support and complaint calls: an issue report a teammate can triage without replaying the call. */
import type { Evidence, Intent } from '../plan';
import { evidence, fold, type Sentence } from '../text';

export interface IssueReport {
  symptom: string;
  expected: string;
  actual: string;
  area: string;
  impact: string;
}

const AREAS: Array<[string, RegExp]> = [
  ['billing', /\b(?:invoice|charge|charged|bill|billing|refund|payment|card|fee)\b/],
  ['rewards and payouts', /\b(?:reward|payout|paid out|bonus|gift card|commission)\b/],
  ['account access', /\b(?:log ?in|sign in|password|locked out|2fa|two[- ]factor|hacked|access)\b/],
  ['referral tracking', /\b(?:referral (?:link|code)|tracking|track|attribut\w+|credited|credit for)\b/],
  ['dashboard', /\b(?:dashboard|portal|report|analytics)\b/],
  ['integrations', /\b(?:integration|api|zapier|salesforce|hubspot|shopify|stripe|webhook)\b/],
  ['email and notifications', /\b(?:email|emails|notification|reminder|newsletter)\b/],
  ['service', /\b(?:agent|rep|support|nobody|called|service|waited|hold)\b/],
];

const PROBLEM = /\b(?:disappeared|vanished|gone|empty|blank|incorrect|stopped|stops|crash\w*|freez\w*|glitch\w*|hangs|slow|blank|not|isn't|doesn't|won't|can't|cannot|never|wrong|error|broken|missing|charged|charge|don't recognise|don't recognize|shows|keeps|still|haven't|hasn't|no one|nobody|problem|issue|bug|stuck|failed|fails|declined|double|twice|rude|unacceptable)\b/;
const EXPECTED = /\b(?:should|supposed to|expected|expecting|was told|were told|promised|used to|normally|it says|according to)\b/;
const ACTUAL = /\b(?:but|instead|shows|showing|says|keeps|still|only|actually|got|getting|receiv\w+|charged|declined|error)\b/;
const IMPACT = /\b(?:can't|cannot|unable|blocked|losing|lost|customers|clients|every (?:day|time|week)|all (?:of )?(?:our|my)|urgent|asap|deadline|team|whole|nobody can|affect\w*|costing|late)\b/;

/** When we reach the caller is no product problem: "someone from your team keeps trying me in the mornings". */
const CONTACT_TIMING = /\b(?:call(?:s|ed|ing)?|ring(?:s|ing)?|tr(?:y|ies|ying)|text(?:s|ing)?|reach(?:es|ing)?)\s+(?:me|us)\s+(?:\w+\s+)?(?:in the (?:morning|afternoon|evening)s?|(?:every|each) (?:morning|afternoon|evening)|at (?:like |around |about )?(?:\d|night|dinner|work|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|during (?:the day|work|class|dinner|my)|(?:early|late) (?:in the|at)|mornings|evenings|afternoons)\b/;

/** Not being free to answer is no product problem: "I literally cannot hear the phone", "I can't pick up at work". */
const CANNOT_ANSWER = /\b(?:can't|cannot|can not|couldn't|never) (?:hear|answer|pick up|get to|take) (?:the |my |your )?(?:phone|calls?|it)\b/;

/** A short "no" to the agent's question: "No, no, not altogether.", "Nope, not that one." */
const SHORT_DENIAL = /^\s*(?:no|nope|not)\b[^.?!]{0,25}[.!?]?\s*$/;

/** Still keen is no problem: "I still want to talk to you guys"; nor is a request denied: "I'm not saying don't call me". */
const STILL_KEEN = /\bstill (?:want|like|love|interested|keen|need (?:you|the|to talk))\b|\b(?:i'm|i am) not (?:saying|asking (?:you )?to)\b/;

/** A way to reach the caller retired is a contact change, no product problem: "The old phone is gone", "the one ending in 0166 is dead". */
const OLD_CONTACT_GONE = /\b(?:old|previous|former) (?:phone|cell|number|email|e-mail|address|line|mobile)\b[^.?!]{0,20}\b(?:gone|dead|disconnected|no longer|not (?:working|in service|mine))\b|\b(?:phone|cell|number|email|e-mail|mobile)(?: number)? (?:changed|is dead|is gone|got disconnected)\b|\bthe one ending in \d+ is (?:dead|gone|disconnected)\b/;

export function detectIssue(caller: Sentence[], intent: Intent): { issue: IssueReport | null; evidence: Evidence[] } {
  if (!['support', 'complaint', 'billing'].includes(intent)) return { issue: null, evidence: [] };
  const problem = caller.filter((s) => {
    const f = fold(s.text);
    // ("No, no, not altogether." answers the agent; it reports nothing broken.)
    return PROBLEM.test(f) && !CONTACT_TIMING.test(f) && !CANNOT_ANSWER.test(f) && !STILL_KEEN.test(f) && !SHORT_DENIAL.test(f) && !OLD_CONTACT_GONE.test(f);
  });
  if (!problem.length) return { issue: null, evidence: [] };
  const symptom = problem[0];
  const all = caller.map((s) => s.text).join(' ');
  const fa = fold(all);
  const area = AREAS.find(([, re]) => re.test(fa))?.[0] ?? 'general';
  const expected = caller.find((s) => EXPECTED.test(fold(s.text)));
  const actual = problem.find((s) => s !== expected && ACTUAL.test(fold(s.text))) ?? symptom;
  const impact = caller.find((s) => s !== symptom && IMPACT.test(fold(s.text))) ?? (IMPACT.test(fold(symptom.text)) ? symptom : null);
  return {
    issue: {
      symptom: symptom.text,
      expected: expected?.text ?? 'not stated',
      actual: actual.text,
      area,
      impact: impact?.text ?? 'not stated',
    },
    evidence: [evidence('issueReport', symptom)],
  };
}
