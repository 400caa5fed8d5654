/**
 * Filtering and sorting of GET /api/members and GET /api/referrals (reference §3.4, §3.9, §9.5):
 *  - `programId` matches a program's id, name or title;
 *  - `query` must EQUAL (ignoring case) a member's email, id, external id or referral code, or a
 *    referral's email, id, external id or its member's referral code; it is not a search, and there
 *    is no lookup by phone or name. A query equal to a member's id returns that member whatever the
 *    other filters say;
 *  - `showDisabled` true lists disabled members only, false active only (omitted: a setting);
 *  - `dateFrom`/`dateTo` bound the create date (a date-only `dateTo` includes that day);
 *  - default sort `Create_Dt_Desc` (newest first); an unrecognised sort falls back to it.
 * Ties sort by insertion order so pages are stable.
 */
import { isPlainObject, sameText } from './caseless';
import { BadRequest, boolParam, dateParam, textParam } from './params';
import { fullName, type MemberRecord, type ReferralRecord } from './records';
import { REFERRAL_STATUSES, type ReferralStatus } from './seed';
import type { SandboxSettings } from './settings';
import type { SandboxStore } from './store';

type Dir = 1 | -1;

function withinDates(iso: string, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  const t = Date.parse(iso);
  return (from === undefined || t >= from) && (to === undefined || t <= to);
}

function parseSort(raw: string | undefined, known: Record<string, unknown>): { key: string; dir: Dir } {
  const m = /^(.+)_(asc|desc)$/i.exec(raw ?? '');
  const key = m && Object.keys(known).find((k) => k.toLowerCase() === m[1].toLowerCase());
  if (!m || !key) return { key: 'Create_Dt', dir: -1 };
  return { key, dir: m[2].toLowerCase() === 'asc' ? 1 : -1 };
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

/** Each item's sort value is computed once (not per comparison): a large program sorts in n log n comparisons of ready keys. */
function sortBy<T extends { id: string }>(store: SandboxStore, items: T[], value: (t: T) => string | number, dir: Dir): T[] {
  return items
    .map((item) => ({ item, key: value(item), order: store.orderOf(item.id) }))
    .sort((x, y) => dir * compare(x.key, y.key) || dir * (x.order - y.order))
    .map((x) => x.item);
}

const MEMBER_SORTS: Record<string, (m: MemberRecord) => string | number> = {
  Create_Dt: (m) => Date.parse(m.createDt),
  Member_Full_Name: (m) => fullName(m.firstName, m.lastName).toLowerCase(),
  Member_Views: (m) => m.views,
  Page_Views: (m) => m.views,
  Lead_Count: (m) => m.referrals,
  Reward_Issued_Total: (m) => m.rewardsIssuedAmount,
};

/**
 * The last list each store answered, by its filters: a client paging through a large program asks
 * for the same filtered, sorted list once per page, and gets it without a rescan while no record
 * changed (the store's version).
 */
const lastLists = new WeakMap<SandboxStore, Map<string, { version: number; items: unknown[] }>>();

function remembered<T>(store: SandboxStore, kind: string, q: unknown, compute: () => T[]): T[] {
  const params = Object.entries(isPlainObject(q) ? q : {})
    .filter(([k]) => !['offset', 'count'].includes(k.toLowerCase()))
    .sort(([a], [b]) => a.localeCompare(b));
  const key = `${kind}?${JSON.stringify(params)}`;
  let cache = lastLists.get(store);
  if (!cache) lastLists.set(store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.version === store.version) return hit.items as T[];
  const items = compute();
  // One list per kind is enough for paging; more would only hold memory.
  for (const k of cache.keys()) if (k.startsWith(`${kind}?`)) cache.delete(k);
  cache.set(key, { version: store.version, items });
  return items;
}

export function listMembers(store: SandboxStore, settings: SandboxSettings, q: unknown): MemberRecord[] {
  // Settings change what a list holds (showDisabledDefault): part of the key.
  return remembered(store, `members:${settings.showDisabledDefault}`, q, () => filterMembers(store, settings, q));
}

export function listReferrals(store: SandboxStore, q: unknown): ReferralRecord[] {
  return remembered(store, 'referrals', q, () => filterReferrals(store, q));
}

function filterMembers(store: SandboxStore, settings: SandboxSettings, q: unknown): MemberRecord[] {
  const query = textParam(q, 'query');
  const programRef = textParam(q, 'programId');
  const showDisabled = boolParam(q, 'showDisabled');
  const from = dateParam(q, 'dateFrom', false);
  const to = dateParam(q, 'dateTo', true);
  const sort = parseSort(textParam(q, 'sort'), MEMBER_SORTS);
  const all = [...store.members.values()];

  if (query) {
    const byId = all.find((m) => sameText(m.id, query));
    if (byId) return [byId];
  }
  const program = programRef === undefined ? undefined : store.findProgram(programRef);
  const wantDisabled = showDisabled ?? (settings.showDisabledDefault === 'all' ? undefined : false);
  const found = all.filter(
    (m) =>
      (programRef === undefined || (program !== undefined && m.programId === program.id)) &&
      (wantDisabled === undefined || m.disabledFlag === wantDisabled) &&
      (!query || sameText(m.email, query) || sameText(m.externalIdentifier, query) || sameText(m.referralCode, query)) &&
      withinDates(m.createDt, from, to),
  );
  return sortBy(store, found, MEMBER_SORTS[sort.key], sort.dir);
}

const REFERRAL_SORTS: Record<string, (r: ReferralRecord) => string | number> = {
  Create_Dt: (r) => Date.parse(r.createDate),
  Update_Dt: (r) => Date.parse(r.updateDate),
  Referral_Full_Name: (r) => fullName(r.firstName, r.lastName).toLowerCase(),
  Amount: (r) => r.amount,
};

function filterReferrals(store: SandboxStore, q: unknown): ReferralRecord[] {
  const query = textParam(q, 'query');
  const programRef = textParam(q, 'programId');
  const memberId = textParam(q, 'memberId');
  const statusRaw = textParam(q, 'status');
  const from = dateParam(q, 'dateFrom', false);
  const to = dateParam(q, 'dateTo', true);
  const sort = parseSort(textParam(q, 'sort'), REFERRAL_SORTS);
  let status: ReferralStatus | undefined;
  if (statusRaw !== undefined) {
    status = REFERRAL_STATUSES.find((s) => s === statusRaw.toLowerCase());
    if (!status) throw new BadRequest(`The value '${statusRaw}' is not valid for status: expected one of ${REFERRAL_STATUSES.join(', ')}.`);
  }
  const program = programRef === undefined ? undefined : store.findProgram(programRef);
  const found = [...store.referrals.values()].filter((r) => {
    const memberCode = store.members.get(r.referringMemberId)?.referralCode ?? r.memberSnapshot.referralCode;
    return (
      (programRef === undefined || (program !== undefined && r.programId === program.id)) &&
      (memberId === undefined || sameText(r.referringMemberId, memberId)) &&
      (status === undefined || r.status === status) &&
      (!query || sameText(r.id, query) || sameText(r.email, query) || sameText(r.externalIdentifier, query) || sameText(memberCode, query)) &&
      withinDates(r.createDate, from, to)
    );
  });
  return sortBy(store, found, REFERRAL_SORTS[sort.key], sort.dir);
}
