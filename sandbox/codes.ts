/**
 * Referral codes and URLs for members created without one. ReferralRock generates a code when a
 * NewMember has none (reference §3.5); codes are unique per account, compared case-insensitively.
 */

/** `<FIRSTNAME (letters, up to 6)><number>`, e.g. `SOFIA4821`; the number grows until the code is free. */
export function generateReferralCode(firstName: string | null, takenLower: { has(codeLower: string): boolean }, random: () => number = Math.random): string {
  const letters = (firstName ?? '').replace(/[^A-Za-z]/g, '').toUpperCase().slice(0, 6);
  const base = letters || 'MEMBER';
  for (let n = 10 + Math.floor(random() * 9990); ; n++) {
    const code = `${base}${n}`;
    if (!takenLower.has(code.toLowerCase())) return code;
  }
}

/** The member's share link, shaped like the webhook sample's `https://<host>/l/E14D26F4/`. */
export function referralUrlFor(base: string, code: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${encodeURIComponent(code)}/`;
}
