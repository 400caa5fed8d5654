/**
 * DialNexa's own post-call analysis (`call.analysis`, filled through DIALNEXA_FIELD_MAP) as a second
 * voice: never trusted alone. Measured on the labelled calls (`npm run eval`), its intent hint is
 * right too seldom to overrule the words, so it only
 *  - speaks when the classifier abstains (at low confidence, which sends the call to a person),
 *  - raises confidence when it agrees,
 *  - is stated in the summary when it disagrees, and asks for review when the policy turns on the
 *    difference and the classifier is not sure,
 *  - turns an opt-out it reports and the classifier does not into a hold (rule 3: a pause can be
 *    undone, a missed opt-out cannot).
 */
import type { Call } from '../call';
import type { Intent, OptOutScope } from '../plan';
import type { Signals } from './signals';
import { callerSentences } from '../text';
import { keepsContact } from './optOut';

export interface DialNexaView {
  intent: Intent | null;
  /** true / false when DialNexa says so explicitly; null when it is silent. */
  optOut: boolean | null;
  optOutScope: OptOutScope | null;
}

/** DialNexa's intent names onto the contract's vocabulary. */
const INTENT_NAMES: Record<string, Intent> = {
  sales: 'sales_inquiry', sales_inquiry: 'sales_inquiry', lead: 'sales_inquiry', prospect: 'sales_inquiry', demo: 'sales_inquiry',
  referral: 'referral', support: 'support', technical_support: 'support', billing: 'billing', payment: 'billing',
  cancellation: 'cancellation', cancel: 'cancellation', churn: 'cancellation', complaint: 'complaint', scheduling: 'scheduling',
  reschedule: 'scheduling', opt_out: 'opt_out', unsubscribe: 'opt_out', do_not_call: 'opt_out', spam: 'spam', robocall: 'spam',
  vendor: 'vendor', solicitation: 'vendor', wrong_number: 'wrong_number',
};
const SCOPE_NAMES: Record<string, OptOutScope> = {
  all: 'all', everything: 'all', calls: 'calls', call: 'calls', phone: 'calls', voice: 'calls', sms: 'sms', text: 'sms', texts: 'sms',
  email: 'email', emails: 'email', marketing: 'marketing', promotions: 'marketing',
};

const own = (o: unknown, k: string): unknown => (o && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);
const word = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s-]+/g, '_') : null);

/** What DialNexa's analysis says, in our vocabulary; unknown names are silence. */
export function dialNexaView(call: Call): DialNexaView {
  const a = call.analysis ?? {};
  const custom = own(a, 'custom');
  const pick = (k: string) => own(a, k) ?? own(custom, k);
  const intentWord = word(pick('intent'));
  const intent = intentWord ? (Object.prototype.hasOwnProperty.call(INTENT_NAMES, intentWord) ? INTENT_NAMES[intentWord] : null) : null;
  const flag = pick('opt_out_requested') ?? pick('opt_out') ?? pick('do_not_contact');
  const scopeWord = word(pick('opt_out_scope') ?? pick('opt_out_channel'));
  const optOut = typeof flag === 'boolean' ? flag : intent === 'opt_out' ? true : scopeWord ? true : null;
  const optOutScope = scopeWord && Object.prototype.hasOwnProperty.call(SCOPE_NAMES, scopeWord) ? SCOPE_NAMES[scopeWord] : null;
  return { intent, optOut, optOutScope };
}

/** Intents whose policy differs (rules 2, 4, 5): a disagreement across groups changes the plan. */
const POLICY_GROUP: Record<Intent, string> = {
  sales_inquiry: 'prospect', referral: 'prospect', support: 'pause', billing: 'pause', cancellation: 'pause', complaint: 'pause',
  scheduling: 'neutral', other: 'neutral', opt_out: 'opt_out', vendor: 'low_fit', spam: 'low_fit', wrong_number: 'wrong_number',
};

export interface Weighed {
  signals: Signals;
  /** Each disagreement in one sentence, for the summary and the plan's classifier stamp. */
  disagreements: string[];
  /** The policy turns on a disagreement the classifier is not sure of: a person decides. */
  needsReview: boolean;
}

export function weighSecondVoice(call: Call, signals: Signals): Weighed {
  const view = dialNexaView(call);
  const disagreements: string[] = [];
  let needsReview = false;
  let { intent, optOut } = signals;

  // ("I don't want to unsubscribe from anything, I want my account back": the caller refuses the
  // removal in so many words, so DialNexa's reading is no second source but a misreading.)
  const refused = callerSentences(call).some((s) => keepsContact(s.text));
  if (view.optOut === true && optOut.status === 'none' && refused) {
    disagreements.push("DialNexa's analysis reports an opt-out, but the caller refuses one in so many words: nothing is paused.");
  } else if (view.optOut === true && optOut.status === 'none') {
    optOut = { status: 'uncertain', scope: view.optOutScope ?? 'all', evidence: [] };
    disagreements.push(`DialNexa's analysis reports an opt-out${view.optOutScope ? ` (${view.optOutScope})` : ''} that the caller's words do not clearly make: outreach is paused until a reviewer confirms or lifts it.`);
  } else if (view.optOut === false && optOut.status === 'affirmed') {
    disagreements.push('DialNexa\'s analysis reports no opt-out, but the caller\'s words make one: it is applied.');
  } else if (view.optOutScope && optOut.status === 'affirmed' && optOut.scope && view.optOutScope !== optOut.scope) {
    disagreements.push(`DialNexa's analysis gives the opt-out's scope as ${view.optOutScope}; the caller's words give ${optOut.scope}.`);
  }

  if (view.intent) {
    if (!intent.label) {
      // The words said nothing the classifier could read: DialNexa's view, held at low confidence.
      intent = { label: view.intent, confidence: 0.45, evidence: [] };
    } else if (view.intent === intent.label) {
      intent = { ...intent, confidence: Math.min(0.97, intent.confidence + 0.1) };
    } else if (!(view.intent === 'opt_out' && optOut.status !== 'none')) {
      disagreements.push(`DialNexa's analysis called this a ${view.intent.replace(/_/g, ' ')} call; the caller's words read as ${intent.label.replace(/_/g, ' ')}.`);
      if (POLICY_GROUP[view.intent] !== POLICY_GROUP[intent.label] && intent.confidence < 0.65) needsReview = true;
    }
  }
  return { signals: { ...signals, intent, optOut }, disagreements, needsReview };
}
