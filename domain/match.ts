/**
 * Rule 1, matching before creating: candidates from strong keys (email, phone, external id, the
 * caller's OWN referral code) and weak keys (full name, email domain + name, company + name, a
 * first name at the record's company), scored, then `matched` / `ambiguous` / `new`.
 */
import type { Call } from './call';
import type { Candidate, Match, MatchKey } from './plan';
import type { PolicyConfig } from './policyConfig';
import type { DirectoryRecord, RecordDirectory } from './records';
import { callerIdentity, type CallerIdentity } from './identity';
import { normaliseEmail } from './normalise/email';
import { normalisePhone } from './normalise/phone';
import { compareFirstNames, compareFullNames } from './normalise/name';
import { companyDomain, companyKey, domainLabel } from './normalise/company';

export const STRONG_KEYS: ReadonlySet<MatchKey> = new Set(['email', 'phone', 'external_id', 'referral_code']);

const STRONG_SCORE: Partial<Record<MatchKey, number>> = { external_id: 0.97, email: 0.95, phone: 0.9, referral_code: 0.9 };

export interface MatchDetail extends Match {
  /** Why a non-matched status was chosen. */
  reviewReason: 'ambiguous_match' | 'low_confidence_match' | null;
  /** The winning record, when matched. */
  recordData: DirectoryRecord | null;
  /** Every candidate's record, by `${type}:${id}`. */
  records: Map<string, DirectoryRecord>;
  identity: CallerIdentity;
}

const keyOf = (r: { type: string; id: string }) => `${r.type}:${r.id}`;
const round = (x: number) => Math.round(x * 100) / 100;

/** Scores one record on the keys it shares with the caller. */
export function scoreRecord(
  identity: CallerIdentity,
  r: DirectoryRecord,
  policy: Pick<PolicyConfig, 'defaultRegion' | 'extraFreeMailDomains'>,
): { score: number; matchedOn: MatchKey[] } | null {
  const on: MatchKey[] = [];
  const recEmail = normaliseEmail(r.email);
  if (recEmail && identity.emails.includes(recEmail)) on.push('email');
  const recPhone = normalisePhone(r.phone, policy.defaultRegion);
  if (recPhone && identity.phones.includes(recPhone)) on.push('phone');
  if (identity.externalId && r.externalIdentifier && identity.externalId.toLowerCase() === r.externalIdentifier.toLowerCase()) on.push('external_id');
  // The caller's own code counts only when their stated full name does not contradict the member's.
  const nameClash = Boolean(identity.firstName && identity.lastName && r.firstName && r.lastName) && compareFullNames(identity, r) === 'none';
  if (r.type === 'member' && r.referralCode && !nameClash && identity.ownCodes.some((c) => c.toLowerCase() === r.referralCode!.toLowerCase())) on.push('referral_code');

  const name = compareFullNames(identity, r);
  const callerDomain = identity.emails.map((e) => companyDomain(e, policy.extraFreeMailDomains)).find(Boolean) ?? null;
  const recDomain = companyDomain(r.email, policy.extraFreeMailDomains);
  const sameDomain = callerDomain != null && recDomain != null && callerDomain === recDomain;
  const ck = companyKey(identity.company);
  const sameCompany = ck != null && (ck === companyKey(r.companyName) || ck === domainLabel(recDomain));
  if (name !== 'none') {
    on.push('name');
    if (sameDomain) on.push('email_domain');
    if (sameCompany) on.push('company');
  } else if (ck != null && ck === companyKey(r.companyName) && !identity.lastName && compareFirstNames(identity.firstName, r.firstName) !== 'none') {
    // "This is Hazel, from the Whitcombe Inn": a first name at the record's company (its name, not
    // its mail domain), no last name given. Weak: a reviewer confirms it (rule 1), the caller is not
    // taken for someone new.
    on.push('company');
  }
  if (!on.length) return null;

  const strong = on.filter((k) => STRONG_KEYS.has(k));
  let score: number;
  if (strong.length) {
    const miss = strong.reduce((m, k) => m * (1 - (STRONG_SCORE[k] ?? 0.9)), 1);
    score = Math.min(0.99, 1 - miss + (name !== 'none' ? 0.02 : 0));
  } else {
    const base = name === 'exact' ? 0.6 : name === 'nickname' ? 0.5 : 0.25;
    const extra = (sameDomain ? 0.25 : 0) + (sameCompany ? 0.25 : 0);
    score = Math.min(0.9, base + (sameDomain && sameCompany ? 0.3 : extra));
  }
  return { score: round(score), matchedOn: on };
}

/** Rule 1. Uses `findExact` for email / external id / codes and the directory's index for phone / name / company. */
export async function matchCaller(call: Call, directory: RecordDirectory, policy: PolicyConfig): Promise<MatchDetail> {
  const identity = callerIdentity(call, policy.defaultRegion);
  return matchIdentity(identity, directory, policy);
}

export async function matchIdentity(identity: CallerIdentity, directory: RecordDirectory, policy: PolicyConfig): Promise<MatchDetail> {
  const records = new Map<string, DirectoryRecord>();
  const exactValues = [...identity.emails, ...(identity.externalId ? [identity.externalId] : []), ...identity.ownCodes];
  for (const v of exactValues) {
    for (const r of await directory.findExact(v)) records.set(keyOf(r), r);
  }
  // Phone, name, company: only records that share a key with the caller can score (recordIndex.ts).
  for (const r of (await directory.index()).candidatesFor(identity)) records.set(keyOf(r), r);

  const candidates: Candidate[] = [];
  for (const r of records.values()) {
    const s = scoreRecord(identity, r, policy);
    if (s) candidates.push({ type: r.type, id: r.id, score: s.score, matchedOn: s.matchedOn });
  }
  candidates.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return decideMatch(candidates, records, identity, policy);
}

export function decideMatch(
  candidates: Candidate[],
  records: Map<string, DirectoryRecord>,
  identity: CallerIdentity,
  policy: Pick<PolicyConfig, 'matchThreshold' | 'matchMargin'>,
): MatchDetail {
  const base = { candidates, records, identity };
  if (!candidates.length) return { ...base, status: 'new', record: null, confidence: 0, reviewReason: null, recordData: null };
  const top = candidates[0];
  const strongCands = candidates.filter((c) => c.matchedOn.some((k) => STRONG_KEYS.has(k)));
  const close = candidates.filter((c) => c !== top && top.score - c.score <= policy.matchMargin + 1e-9);
  if (strongCands.length > 1 || close.length) {
    return { ...base, status: 'ambiguous', record: null, confidence: top.score, reviewReason: 'ambiguous_match', recordData: null };
  }
  const topStrong = top.matchedOn.some((k) => STRONG_KEYS.has(k));
  if (!topStrong && top.score < policy.matchThreshold) {
    return { ...base, status: 'ambiguous', record: null, confidence: top.score, reviewReason: 'low_confidence_match', recordData: null };
  }
  const recordData = records.get(keyOf(top)) ?? null;
  return { ...base, status: 'matched', record: { type: top.type, id: top.id }, confidence: top.score, reviewReason: null, recordData };
}

/** The plan's `match` object (without the internal detail). */
export function toPlanMatch(m: MatchDetail): Match {
  return { status: m.status, record: m.record, confidence: m.confidence, candidates: m.candidates };
}
