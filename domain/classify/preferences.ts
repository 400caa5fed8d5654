/**
 * How the caller wants to be reached (rule 6's "preferred contact"): email, or calls in the morning,
 * afternoon or evening. Said as a preference ("mornings are better", "put me down for mornings",
 * "email is best"), not as a one-off time (that is a follow-up, rule 8).
 */
import type { Evidence } from '../plan';
import { evidence, fold, negatedAt, type Sentence } from '../text';

export interface PreferredContact {
  value: string;
  evidence: Evidence;
}

/** One pattern per part of the day, built the same way, so the three can never drift apart. */
function partOfDay(word: string, spanish: string): RegExp {
  const w = `${word}s?`;
  // "Sí, en la tarde" (to "¿Prefiere que le llamemos en otro horario?"), "mejor por las tardes", "En
  // la mañana, de preferencia"; never across a "no" ("nomás no en la mañana"). "Que me llamen el
  // jueves en la tarde" is one time to call (a follow-up), not a standing preference.
  // In English, "Evenings only from now on, please." as well: the part of the day said first, kept to.
  const es = `(?:(?:prefiero|mejor|s[oó]lo|nom[aá]s|nada m[aá]s)\\s+(?:(?!no\\b)[\\p{L}]+\\s+){0,3}|^s[ií],?\\s+)(?:en|por) (?:la|las) ${spanish}s?(?![\\p{L}])|(?:en|por) (?:la|las) ${spanish}s?,? (?:de preferencia|preferiblemente)(?![\\p{L}])|(?:de preferencia|preferiblemente),? (?:en|por) (?:la|las) ${spanish}s?(?![\\p{L}])`;
  return new RegExp(
    `${es}|\\b(?:(?:best|better|prefer|only|rather) (?:to )?(?:call|reach|ring) (?:me )?(?:in the )?${w}|(?:put|mark|set|have|switch|change) (?:me|it|that|my \\w+) (?:down )?(?:for|to) (?:the )?${w}|(?:i|we)(?:'d)? (?:prefer|rather have) (?:the )?${w}|${w} (?:are|is|would be|work) (?:totally |really |much |usually |always |just |way |far |a lot |so |so much |much much )?(?:best|better|good|great|fine)|call me in the ${w}|${w} in general|${w} (?:are|is) when (?:i'm|i am) (?:\\w+ )?(?:free|available|around|home|off)|${w},? (?:i'm|i am) (?:usually |always |normally )?(?:at my desk|in the office|at the office|by the phone|free|available)|(?:i'm|i am) (?:only )?(?:\\w+ )?(?:free|available) (?:in the )?${w})\\b|^(?:just|only|maybe|yeah|yes|yep|sure|okay|ok),? ${w}[.,!]|^${w}[.,!]|^${w} only\\b`,
    'u',
  );
}

const PREFERRED: Array<[string, RegExp]> = [
  ['email', /\b(?:email is (?:best|better|easiest|preferred)|prefer (?:to be contacted by )?email|best (?:way )?(?:to reach me )?is (?:by )?email|just email me|please email me instead|contact me by email)\b/],
  ['callMorning', partOfDay('morning', 'mañana')],
  ['callAfternoon', partOfDay('afternoon', 'tarde')],
  ['callEvening', partOfDay('evening', 'noche')],
];

export function detectPreferredContact(caller: Sentence[]): PreferredContact | null {
  for (const [value, re] of PREFERRED) {
    // "Please don't call me in the morning" names the part of the day the caller does not want.
    const hit = caller.find((s) => {
      const f = fold(s.text);
      const m = f.match(re);
      return m != null && !negatedAt(f, m.index ?? 0);
    });
    if (hit) return { value, evidence: evidence('preferredContact', hit) };
  }
  return null;
}
