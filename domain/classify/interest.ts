/** What the prospect is after: product interest, their own words about the need, and the segment. */
import type { Attribution } from '../call';
import type { Evidence } from '../plan';
import { evidence, fold, type Sentence } from '../text';

const PRODUCTS: Array<[string, RegExp]> = [
  ['demo', /\b(?:demo|demonstration|walk ?through)\b/],
  ['pricing', /\b(?:pricing|price|prices|quote|how much|cost)\b/],
  ['referral dashboard', /\b(?:referral )?dashboard\b/],
  ['annual contract', /\bannual (?:contract|plan|subscription)\b/],
  ['referral program', /\breferral program\b/],
  ['rewards', /\b(?:rewards?|payouts?|gift cards?)\b/],
  ['integrations', /\b(?:integrat\w+|api|zapier|salesforce|hubspot|shopify|stripe)\b/],
  ['email campaigns', /\b(?:email campaigns?|newsletters?)\b/],
  ['sms', /\b(?:sms|text messages?)\b/],
  ['affiliate program', /\baffiliate\b/],
  ['free trial', /\b(?:free )?trial\b/],
  ['team plan', /\bteam (?:plan|of \d+|license)\b/],
  ['enterprise plan', /\benterprise\b/],
];

/** Interest in the referral program itself (what a caller who asks to join names), not in something to buy. */
export const PROGRAM_INTEREST: ReadonlySet<string> = new Set(['referral program', 'rewards', 'affiliate program']);

export function productInterest(caller: Sentence[]): { items: string[]; evidence: Evidence[] } {
  const items: string[] = [];
  const ev: Evidence[] = [];
  for (const s of caller) {
    const f = fold(s.text);
    if (/\b(?:not interested|don't need|do not need|stop|unsubscribe)\b/.test(f)) continue;
    for (const [label, re] of PRODUCTS) {
      if (re.test(f) && !items.includes(label)) {
        items.push(label);
        ev.push(evidence('productInterest', s));
      }
    }
  }
  return { items, evidence: ev };
}

const NEED = /\b(?:we want|we need|i need|i want|we're looking|we are looking|i'm looking|looking for|i'd love|we'd love|interested in|our (?:problem|challenge|issue|goal)|we're struggling|we struggle|struggling|trying to|we have (?:a|about|around|\d+)|team of|we're ready|ready to|we currently|we use|we run|we're growing|our customers|our clients|hoping to|would like to|we'd like|so we can|need something|need a way|wondering if)\b/;

/** The caller's own sentences about their need, pain or use case, verbatim. */
export function prospectPhrases(caller: Sentence[]): { phrases: string[]; evidence: Evidence[] } {
  const phrases: string[] = [];
  const ev: Evidence[] = [];
  for (const s of caller) {
    const f = fold(s.text);
    if (!NEED.test(f) || /\b(?:unsubscribe|stop calling|take me off|refund|invoice|charge)\b/.test(f)) continue;
    // Drop a leading greeting / self-introduction clause to keep the caller's words about the need.
    if (!phrases.includes(s.text)) {
      phrases.push(s.text);
      ev.push(evidence('prospectPhrases', s));
    }
  }
  return { phrases: phrases.slice(0, 5), evidence: ev.slice(0, 5) };
}

export type Segment = 'consumer' | 'smb' | 'mid_market' | 'enterprise';

const NUM_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'a hundred': 100, 'a thousand': 1000, thousand: 1000 };

export function bySize(n: number): Segment {
  if (n <= 1) return 'consumer';
  if (n <= 100) return 'smb';
  if (n <= 1000) return 'mid_market';
  return 'enterprise';
}

export function detectSegment(caller: Sentence[], attribution: Attribution): { segment: Segment | null; evidence: Evidence[] } {
  for (const s of caller) {
    const f = fold(s.text).replace(/,(?=\d{3})/g, '');
    const m = f.match(/\b(?:team of|about|around|roughly|over|nearly|we have|we're|we are|company of|staff of)?\s*(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred|a thousand|thousand)\s*(?:\+\s*)?(?:people|employees|staff|seats|users|reps|agents|salespeople|locations|stores|offices|branches|gyms|shops|studios|clinics|restaurants|salons|cafes|dealerships|franchises|-?person(?: (?:team|agency|company|firm|business|shop|studio|office|startup))?)\b/)
      ?? f.match(/\bteam of (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\b/);
    if (m) {
      const n = NUM_WORDS[m[1]] ?? Number(m[1]);
      if (Number.isFinite(n)) {
        const locations = /\b(?:locations|stores|offices|branches|gyms|shops|studios|clinics|restaurants|salons|cafes|dealerships|franchises)\b/.test(m[0]);
        return { segment: locations ? (n >= 50 ? 'enterprise' : n >= 5 ? 'mid_market' : 'smb') : bySize(n), evidence: [evidence('segment', s)] };
      }
    }
    if (/\b(?:fortune 500|enterprise|global company|multinational|publicly traded|thousands of employees)\b/.test(f)) return { segment: 'enterprise', evidence: [evidence('segment', s)] };
    if (/\b(?:mid-?size|mid-?market|several hundred)\b/.test(f)) return { segment: 'mid_market', evidence: [evidence('segment', s)] };
    if (/\b(?:small (?:\w+ )?(?:business|shop|store|studio|team|agency|firm|practice|company)|my (?:shop|store|salon|studio|bakery|practice|clinic|cafe|restaurant|agency)|startup|start-up|family business|our (?:shop|store|salon|studio|bakery|practice|clinic|cafe|restaurant)|small team)\b/.test(f)) return { segment: 'smb', evidence: [evidence('segment', s)] };
    if (/\b(?:solo|sole proprietor|freelancer|one-person|for one person|just one person|just me|just for me|for myself|personal use|for my family|for me and my family|for my household|for personal|i'm a consumer|as a customer myself|individual)\b/.test(f)) return { segment: 'consumer', evidence: [evidence('segment', s)] };
  }
  const aud = (attribution.audience ?? '').toLowerCase();
  if (/\bsmb\b|small/.test(aud)) return { segment: 'smb', evidence: [] };
  if (/enterprise/.test(aud)) return { segment: 'enterprise', evidence: [] };
  if (/mid/.test(aud)) return { segment: 'mid_market', evidence: [] };
  if (/consumer|b2c/.test(aud)) return { segment: 'consumer', evidence: [] };
  return { segment: null, evidence: [] };
}
