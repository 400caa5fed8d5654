/**
 * The query objects of the bulk update/remove endpoints (reference §2 "Query object pattern"):
 * the API acts on an item only when its query identifies exactly one record, and a query needs a
 * `primaryInfo` value, or a value in both `secondaryInfo` and `tertiaryInfo`.
 *
 *   member:   primaryInfo {memberId | referralCode}   secondaryInfo {externalIdentifier | email}
 *             tertiaryInfo {programId | programName | programTitle}
 *   referral: primaryInfo {referralId}                secondaryInfo {externalIdentifier | email | phoneNumber}
 *             tertiaryInfo {ProgramId | ProgramName | ProgramTitle}   (PascalCase as documented)
 *
 * Keys are matched case-insensitively like every body key. Several values in one part must all
 * match (they narrow). When primaryInfo has a value it alone decides. `fuzzyInfo.Identifier`'s
 * meaning is undocumented, so it is not accepted as enough on its own.
 */
import { canonicalKeys, getCaseless, isPlainObject, sameText } from './caseless';
import type { MemberRecord, ProgramRecord, ReferralRecord } from './records';
import type { SandboxStore } from './store';

export type Resolution<T> = { ok: true; record: T } | { ok: false; message: string };

const NEEDS = 'The query needs primaryInfo, or both secondaryInfo and tertiaryInfo.';

function values<K extends string>(part: unknown, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [k, v] of Object.entries(canonicalKeys(part, keys)) as [K, unknown][]) {
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
    else if (typeof v === 'number') out[k] = String(v);
  }
  return out;
}

function programMatches(p: ProgramRecord | undefined, t: { id?: string; name?: string; title?: string }): boolean {
  if (!p) return false;
  return (!t.id || sameText(p.id, t.id)) && (!t.name || sameText(p.name, t.name)) && (!t.title || sameText(p.title, t.title));
}

function exactlyOne<T>(found: T[], noun: string): Resolution<T> {
  if (found.length === 1) return { ok: true, record: found[0] };
  if (found.length === 0) return { ok: false, message: `No ${noun} matches the query.` };
  return { ok: false, message: `The query matches ${found.length} ${noun}s; it must identify exactly one.` };
}

export function resolveMemberQuery(store: SandboxStore, query: unknown): Resolution<MemberRecord> {
  if (!isPlainObject(query)) return { ok: false, message: `query is required. ${NEEDS}` };
  const primary = values(getCaseless(query, 'primaryInfo'), ['memberId', 'referralCode'] as const);
  const all = [...store.members.values()];
  if (primary.memberId || primary.referralCode) {
    return exactlyOne(
      all.filter((m) => (!primary.memberId || sameText(m.id, primary.memberId)) && (!primary.referralCode || sameText(m.referralCode, primary.referralCode))),
      'member',
    );
  }
  const secondary = values(getCaseless(query, 'secondaryInfo'), ['externalIdentifier', 'email'] as const);
  const tertiary = values(getCaseless(query, 'tertiaryInfo'), ['programId', 'programName', 'programTitle'] as const);
  if (!Object.keys(secondary).length || !Object.keys(tertiary).length) return { ok: false, message: NEEDS };
  return exactlyOne(
    all.filter(
      (m) =>
        (!secondary.externalIdentifier || sameText(m.externalIdentifier, secondary.externalIdentifier)) &&
        (!secondary.email || sameText(m.email, secondary.email)) &&
        programMatches(store.programs.get(m.programId), { id: tertiary.programId, name: tertiary.programName, title: tertiary.programTitle }),
    ),
    'member',
  );
}

export function resolveReferralQuery(store: SandboxStore, query: unknown): Resolution<ReferralRecord> {
  if (!isPlainObject(query)) return { ok: false, message: `query is required. ${NEEDS}` };
  const primary = values(getCaseless(query, 'primaryInfo'), ['referralId'] as const);
  const all = [...store.referrals.values()];
  if (primary.referralId) return exactlyOne(all.filter((r) => sameText(r.id, primary.referralId)), 'referral');
  const secondary = values(getCaseless(query, 'secondaryInfo'), ['externalIdentifier', 'email', 'phoneNumber'] as const);
  const tertiary = values(getCaseless(query, 'tertiaryInfo'), ['ProgramId', 'ProgramName', 'ProgramTitle'] as const);
  if (!Object.keys(secondary).length || !Object.keys(tertiary).length) return { ok: false, message: NEEDS };
  return exactlyOne(
    all.filter(
      (r) =>
        (!secondary.externalIdentifier || sameText(r.externalIdentifier, secondary.externalIdentifier)) &&
        (!secondary.email || sameText(r.email, secondary.email)) &&
        (!secondary.phoneNumber || r.phoneNumber === secondary.phoneNumber) &&
        programMatches(store.programs.get(r.programId), { id: tertiary.ProgramId, name: tertiary.ProgramName, title: tertiary.ProgramTitle }),
    ),
    'referral',
  );
}
