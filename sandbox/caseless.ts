/**
 * ReferralRock is an ASP.NET Web API app: JSON body keys bind to its models case-insensitively
 * (`ReferralCode` and `referralCode` are the same field), and SQL Server's default collation compares
 * text case-insensitively. These helpers give the sandbox that behaviour in one place.
 */

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Maps the keys of `body` onto `canonical` names, ignoring case. Keys that match no canonical name
 * are dropped (the real API ignores properties its model does not have).
 */
export function canonicalKeys<K extends string>(body: unknown, canonical: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  if (!isPlainObject(body)) return out;
  const byLower = new Map(canonical.map((k) => [k.toLowerCase(), k] as const));
  for (const [key, value] of Object.entries(body)) {
    const name = byLower.get(key.toLowerCase());
    if (name !== undefined) out[name] = value;
  }
  return out;
}

/** The value under `key` in `obj`, matched case-insensitively (first match wins). */
export function getCaseless(obj: unknown, key: string): unknown {
  if (!isPlainObject(obj)) return undefined;
  if (key in obj) return obj[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Whole-string equality ignoring case: ReferralRock's `query` is an exact match, not a search. */
export function sameText(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (a === '' || b === '') return false;
  return a.toLowerCase() === b.toLowerCase();
}
