/**
 * The call model's review flags (callModel.ts: money, legal, access), added where the detectors
 * (sensitive.ts) heard none of that kind. The detectors list wordings; the model reads every word of
 * the call, so "I'll take the hundred and fifty off the next visit" or "cambien la cuenta donde me
 * depositan" reach a reviewer although no pattern names them. A flag only ever adds a review: a
 * person looks, nothing is written on the model's word alone.
 */
import { FLAG_HEADS, type FlagHead, type FlagReading } from './callModel';
import { REVIEW_REASONS_OF, type FlagKind, type Signals } from './signals';
import type { Sentence } from '../text';

/**
 * How sure the model must be before it asks a reviewer on its own. The heads are trained with
 * balanced class weights on about fifty positives each, so their probabilities run low; measured on
 * sealed7 (held out) and sealed8, every threshold from 0.2 to 0.4 added the same right reviews and
 * no wrong one, 0.1 began to add wrong ones, and 0.5 and above missed some (eval/README.md).
 */
export const FLAG_THRESHOLD = 0.3;

/** The flag each head raises; whose words carry it is the head's own (FLAG_HEADS). */
const KIND_OF_HEAD: Record<FlagHead, FlagKind> = { money: 'money', legal: 'legal', access: 'access' };

/**
 * The agent reading the caller's problem back ("So your card was charged on December first without
 * you choosing a plan?", "Para confirmar: dos cargos de cuarenta y nueve dólares") or refusing ("Yo
 * no le puedo confirmar el reembolso") promises no money, however much money its words hold.
 */
const AGENT_READS_BACK = /^(?:so|okay,? so|to confirm|just to confirm|to make sure|let me make sure|para confirmar|entonces|o sea)\b|\?\s*$/i;
/**
 * "Yes, I see a two hundred fifty dollar survey deposit on April second": the agent reads what the
 * account already holds; no money moves unless the sentence gives some back.
 */
const AGENT_READS_ACCOUNT = /^(?:(?:yes|yeah|okay|ok|right|alright|i see|hmm)[,.]?\s+)*(?:i (?:can )?see|i'm seeing|i show|it shows|it looks like|there's|there is|there was)\b[^.?!]*\b(?:charge|charged|deposit|payment|invoice|bill|fee|debit|withdrawal|transaction)s?\b/i;
/**
 * "Two two-hundred-fifty-dollar site survey deposits on your card.": the caller's charges put back
 * in a phrase with no one acting, so no money moves.
 */
const AGENT_RESTATES_CHARGES = /^(?![^.?!]*\b(?:i|we|i'll|we'll|i've|we've|i'm|we're|let me)\b)[^.?!]*\b(?:charges?|deposits?|payments?|debits?|transactions?)\s+(?:on|to|from) (?:your|the) (?:card|account|statement|bill|bank)\b/i;
const AGENT_REFUSES = /\b(?:can't|cannot|unable to|not able to|won't be able to|(?:don't|do not) want to promise)\b|\b(?:they|billing|the team|finance)(?:'ll| will)? decides? (?:on )?(?:any|whether|if)\b|\b(?:no|tampoco) (?:le |les |se lo |se la )?(?:puedo|podemos)\b/i;

/**
 * The program's own reward told as how it works ("Once she signs up through your link, you'll get
 * credit for the referral"): what the program pays anyway, no money a person must approve.
 */
const PROGRAM_REWARD = /\b(?:once|when|as soon as|after) (?:she|he|they|your (?:friend|referral|neighbou?r)|\w+) (?:signs? up|joins?|converts?|books?|buys?|closes?|installs?)\b[^.?!]*\b(?:credit|reward|bonus|points)\b|\byou(?:'ll| will) (?:get|earn|receive) (?:the )?(?:credit|reward|bonus|points) for (?:the|that|this|each|every) referral\b/i;

/**
 * "The annual escalator kicked in on December first, it's in the lease": the agent explains a charge
 * the caller already owes; no money moves unless its words move some.
 */
const AGENT_EXPLAINS_CHARGE = /\b(?:kicked in|it's in (?:the|your) (?:lease|contract|agreement|terms)|per (?:the|your) (?:lease|contract|agreement|terms)|escalator|as (?:the|your) (?:lease|contract|agreement) (?:says|states))\b/i;

/**
 * "Growth is eighty dollars a month plus five dollars per employee": the list price of a plan, told
 * to a prospect. No money moves unless the sentence gives some back (a credit, a discount, free time).
 */
const LIST_PRICE = /\b(?:is|are|runs?|costs?|starts? at|comes? to)\s+(?:\$\s?\d[\d,.]*|[\w-]+(?: [\w-]+){0,2} (?:dollars?|bucks))\s+(?:a|per|each) (?:month|year|employee|seat|user|visit|panel)\b|\bplus (?:\$\s?\d[\d,.]*|[\w-]+(?: [\w-]+){0,2}?(?: dollars?)?) (?:a|per) (?:employee|seat|user|head)\b/i;
/** Words of money given back (one list, shared by the two checks below). */
const MONEY_GIVEN_WORDS = String.raw`credit\w*|refund\w*|reimburs\w*|discount\w*|waiv\w*|free|off|reembols\w*|cr[eé]dito|descuento|gratis|devoluci[oó]n`;
const MONEY_GIVEN = new RegExp(String.raw`\b(?:${MONEY_GIVEN_WORDS}|comp(?:ed)?)\b`, 'i');

/** Words of money moved: a credit, a refund, a discount, an amount. */
const MONEY_WORDS = new RegExp(String.raw`\b(?:${MONEY_GIVEN_WORDS}|dollars?|bucks|money|adjustment)\b|\$\s?\d`, 'i');

/**
 * "I can't issue a credit myself, and I don't want to promise you one": where the agent refused money
 * in so many words, the money head's reading of the whole call asks for no review unless the sentence
 * it weighs most itself moves money ("I've marked the five employees terminated" moves none).
 */
function agentRefusedMoney(agent: Sentence[]): boolean {
  return agent.some((a) => AGENT_REFUSES.test(a.text) && MONEY_WORDS.test(a.text));
}

export function flagsFromModel(readings: FlagReading[], heard: Signals['flags'], agent: Sentence[] = []): Signals['flags'] {
  const out: Signals['flags'] = [];
  const refused = agentRefusedMoney(agent);
  for (const r of readings) {
    if (r.p < FLAG_THRESHOLD || !r.evidence) continue;
    const text = r.evidence.text;
    if (r.kind === 'money' && (((refused || AGENT_EXPLAINS_CHARGE.test(text)) && !MONEY_WORDS.test(text)) || AGENT_READS_BACK.test(text.trim()) || ((AGENT_READS_ACCOUNT.test(text.trim()) || AGENT_RESTATES_CHARGES.test(text.trim())) && !MONEY_GIVEN.test(text)) || AGENT_REFUSES.test(text) || PROGRAM_REWARD.test(text) || (LIST_PRICE.test(text) && !MONEY_GIVEN.test(text)))) continue;
    const kind = KIND_OF_HEAD[r.kind];
    const by = FLAG_HEADS[r.kind];
    const reason = REVIEW_REASONS_OF[kind].at(-1)!;
    if (heard.some((f) => REVIEW_REASONS_OF[f.kind].includes(reason))) continue;
    out.push({ kind, by, evidence: { turn: r.evidence.turn, quote: r.evidence.text } });
  }
  return out;
}
