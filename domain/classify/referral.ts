/**
 * Referral signals: who referred the caller (a code spoken or in attribution, or a named member:
 * "Ruth Okafor referred me", "I got a referral link from Ivy"), a new person a member refers
 * ("I'd like to refer my colleague Dana Whitfield, her email is ..."), and a request to join the
 * referral program.
 */
import type { Evidence } from '../plan';
import { capitaliseLikelyNames, normaliseCode } from '../identity';
import { extractEmails } from '../normalise/email';
import { extractPhones } from '../normalise/phone';
import { evidence, fold, negatedAt, stripFillers, type Sentence } from '../text';
import type { ClassifyContext } from './context';

export interface ReferredBy {
  referralCode: string | null;
  name: string | null;
  /** Where the code came from. */
  codeSource: 'attribution' | 'transcript' | null;
  evidence: Evidence[];
}

const NAME = "([A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)?)";
const NOT_A_NAME = /^(?:I|We|You|They|He|She|It|My|Our|Your|The|A|An|This|That|Someone|Somebody|Nobody|Everyone|Google|Facebook|Instagram|Linkedin|LinkedIn|Twitter|Yelp|Reddit|Hi|Hello|Hey|Yes|Yeah|So|And|But|Well|Actually|Brightside)$/;
const REFERRER_PATTERNS: RegExp[] = [
  new RegExp(`${NAME}\\s+(?:referred|recommended|sent|pointed)\\s+(?:me|us)\\b`),
  new RegExp(`${NAME}\\s+(?:recommended|suggested)\\s+(?:you|your|y'all|brightside)\\b`),
  new RegExp(`\\breferred (?:here |over )?by\\s+(?:my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager)\\s+)?${NAME}`),
  new RegExp(`\\breferral (?:link|code|email|invite|invitation)\\s+from\\s+(?:my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager)\\s+)?${NAME}`),
  new RegExp(`\\b(?:got|received|have) (?:a |an |the |her |his |their )?(?:code|link|invite|invitation) from\\s+(?:my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager)\\s+)?${NAME}`),
  new RegExp(`${NAME}\\s+(?:gave|sent|passed|shared)\\s+(?:me|us)\\s+(?:a |an |the |her |his |their |your )?(?:referral )?(?:code|link|number|invite|info)`),
  new RegExp(`${NAME}\\s+told (?:me|us) (?:about|to call) (?:you|your|y'all)`),
  new RegExp(`\\b(?:[Mm]y|[Oo]ur) (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|vendor|supplier|accountant|advisor|investor)\\s+${NAME}\\s+(?:\\w+\\s+)?(?:referred|recommended|told|sent|gave|suggested|said)`),
  new RegExp(`${NAME}\\s+(?:suggested|said|thought)\\s+(?:we|I)\\s+(?:should\\s+)?(?:speak|talk|call|reach out|contact|get in touch|check you out|look at you)`),
  new RegExp(`\\b(?:thanks to|through|via)\\s+${NAME}(?:'s)?\\s+(?:referral|link|code)`),
];

const CODE_RE = /\b(?:referral|promo|invite|invitation|friend's|her|his|their|the)?\s*code\b(?:\s+(?:is|was|of|:))?[\s,:]*["']?([A-Za-z0-9]+(?:[- ][0-9]+|-[A-Za-z0-9]+)?)/i;

export function detectReferredBy(ctx: ClassifyContext): ReferredBy | null {
  let code: string | null = null;
  let codeSource: ReferredBy['codeSource'] = null;
  let name: string | null = null;
  const ev: Evidence[] = [];
  const attr = ctx.call.attribution.referralCode ? normaliseCode(ctx.call.attribution.referralCode) : null;
  if (attr) {
    code = attr;
    codeSource = 'attribution';
  }
  for (const s of ctx.caller) {
    const text = s.text.replace(/’/g, "'");
    if (!name) {
      for (const re of REFERRER_PATTERNS) {
        const m = text.match(re);
        if (!m) continue;
        let n = m[1].trim();
        const parts = n.split(/\s+/).filter((p) => !NOT_A_NAME.test(p));
        if (!parts.length) continue;
        n = parts.join(' ');
        if (NOT_A_NAME.test(n)) continue;
        name = n;
        ev.push(evidence('referredBy', s));
        break;
      }
    }
    if (!code || codeSource === 'attribution') {
      const m = text.match(CODE_RE);
      if (m) {
        const c = normaliseCode(m[1]);
        const isOwn = c != null && ctx.identity.ownCodes.includes(c);
        if (c && !isOwn && /\d|[A-Z]{3,}/.test(m[1]) && !/^(?:IS|WAS|FROM|THE|AND|FOR|IT)$/.test(c)) {
          if (!code || c === code) {
            code = c;
            codeSource = codeSource ?? 'transcript';
            ev.push(evidence('referredBy', s));
          }
        }
      }
    }
  }
  if (!code && !name) return null;
  return { referralCode: code, name, codeSource, evidence: ev };
}

export interface ReferredPerson {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  evidence: Evidence[];
}

const REFER_SOMEONE = new RegExp(
  `\\b(?:(?:[Ii]'ve got|[Ii] have|[Gg]ot) (?:a|another) (?:referral|lead|friend|contact) for you:?\\s*,?|refer|referring|recommend|introduce)\\s+(?:(?:my|a|our)\\s+(?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|buddy|former colleague)\\s*,?\\s+)?${NAME}`,
);

const REFER_GENERIC = /\b(?:(?:i've got|i have|got) (?:someone|somebody|a (?:friend|referral|lead|contact)) for you|^(?:a |one |another |new )?referral for you\b|(?:refer|recommend|introduce)\s+(?:(?:two|three|four|a few|some|several|\d+) (?:people|friends|colleagues|clients|customers|neighbou?rs|businesses|contacts)|someone|somebody|a (?:friend|colleague|coworker|co-worker|client|neighbou?r|buddy|business)|my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|buddy)))\b/i;
const NAME_LATER = new RegExp(
  `^(?:(?:[Ff]irst|[Tt]he first(?: one)?|[Oo]ne|[Ss]econd|[Tt]he other(?: one)?) is\\s+)?(?:(?:[Mm]y|[Aa]|[Oo]ur|[Hh]er|[Hh]is)\\s+(?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|buddy)\\s*,?\\s+)?${NAME}(?=\\s*(?:[.,!;]|$))|\\b(?:(?:[Hh]er|[Hh]is|[Tt]heir) name is|name's|[Ii]t's|[Ii]t is|called)\\s+${NAME}`,
);

/** The referred person's name: in the refer sentence, or (when it names none) in the caller's next few sentences. */
function referredName(sentences: Sentence[], i: number): { parts: string[]; at: number } | null {
  const s = sentences[i];
  const text = capitaliseLikelyNames(s.text).replace(/’/g, "'");
  const m = text.match(REFER_SOMEONE);
  if (m && !negatedAt(fold(s.text), m.index ?? 0)) {
    const parts = m[1].split(/\s+/).filter((p) => !NOT_A_NAME.test(p));
    if (parts.length) return { parts, at: i };
  }
  const g = text.match(REFER_GENERIC);
  if (!g || negatedAt(fold(s.text), g.index ?? 0)) return null;
  for (let j = i + 1; j < Math.min(sentences.length, i + 4); j++) {
    const n = stripFillers(capitaliseLikelyNames(sentences[j].text).replace(/’/g, "'").trim()).match(NAME_LATER);
    const name = n?.[1] ?? n?.[2];
    if (!name) continue;
    const parts = name.split(/\s+/).filter((p) => !NOT_A_NAME.test(p));
    if (parts.length) return { parts, at: j };
  }
  return null;
}

/** A member naming a new person to refer, with that person's email or phone. */
export function detectReferredPerson(ctx: ClassifyContext): ReferredPerson | null {
  const sentences = ctx.caller;
  for (let i = 0; i < sentences.length; i++) {
    const found = referredName(sentences, i);
    if (!found) continue;
    const s = sentences[found.at];
    const parts = found.parts;
    const ev = [evidence('referredPerson', sentences[i])];
    if (found.at !== i) ev.push(evidence('referredPerson', s));
    let email: string | null = null;
    let phone: string | null = null;
    for (const t of sentences.slice(found.at, found.at + 4)) {
      if (t.turn > s.turn + 4) break;
      if (/\bmy (?:own )?(?:email|number|phone)\b/i.test(t.text)) continue;
      const e = extractEmails(t.text).find((x) => !ctx.identity.emails.includes(x) || t === s);
      const p = t === s || /\b(?:number|phone|cell|mobile|reach (?:her|him|them))\b/i.test(t.text) ? extractPhones(t.text, ctx.policy.defaultRegion)[0] : undefined;
      if (!email && e) {
        email = e;
        if (t !== s) ev.push(evidence('referredPerson', t));
      }
      if (!phone && p) {
        phone = p;
        if (t !== s && !ev.some((x) => x.turn === t.turn && x.quote === t.text)) ev.push(evidence('referredPerson', t));
      }
    }
    return { firstName: parts[0], lastName: parts.slice(1).join(' ') || null, email, phone, evidence: ev };
  }
  return null;
}

const JOIN = [
  /\b(?:unirme|inscribirme|registrarme|apuntarme) (?:al|en el|a su) programa\b|\bser (?:miembro|embajador[a]?)\b/,
  /\b(?:join|sign up for|signing up for|enroll in|enrol in|be part of|get into|sign me up for) (?:the|your) (?:referral|rewards|advocate|ambassador|partner|affiliate)? ?program\b/,
  /\b(?:become|be) (?:a|an) (?:member|advocate|ambassador|affiliate|referral partner|referrer)\b/,
  /\bsign me up (?:as (?:a|an) (?:member|advocate|ambassador|affiliate|referrer)|to (?:refer|earn))\b/,
  /\b(?:how (?:do|can) i|i'd like to|i want to|i would like to|can i) (?:start referring|earn (?:rewards|money) (?:for|by) referr\w+|refer (?:people|friends|others) (?:too|myself|as well)|get (?:my own|a) referral (?:link|code))\b/,
];

export function detectJoinRequest(caller: Sentence[]): Evidence | null {
  for (const s of caller) {
    const f = fold(s.text);
    for (const re of JOIN) {
      const m = f.match(re);
      if (m && !negatedAt(f, m.index ?? 0)) return evidence('outcome', s);
    }
  }
  return null;
}
