/**
 * Every behaviour of the real ReferralRock API that the public sources leave UNKNOWN, in one place
 * (see notes/referralrock-api-reference.md §8 "Open questions"). The sandbox never hard-codes a guess
 * elsewhere: routes read these values, so a test or an operator can switch to another reading
 * (`startSandbox({ settings: { ... } })`) and check that the client copes with it.
 *
 * Each default is the reading a careful integrator would pick; the reason is next to it.
 */
import { z } from 'zod';

export interface SandboxSettings {
  /** Status and body for a missing or wrong Basic-auth key. ASP.NET Web API's stock answer. */
  unauthorizedStatus: number;
  unauthorizedBody: unknown;
  /** `resultInfo.status` of a bulk item that was applied. Public clients expect `Success` or `Succeeded`. */
  resultSuccessStatus: string;
  /** `resultInfo.status` of a bulk item that was not applied (any other string means failure to clients). */
  resultFailureStatus: string;
  /** `resultInfo.message` of an applied bulk item (MindCloud samples show null). */
  resultSuccessMessage: string | null;
  /** `message` of a list envelope that answered normally (the field is meant for error information). */
  listMessage: string | null;
  /**
   * Status of the single-get endpoints (`referral/single`, `referral/getsingle`, `program/getsingle`,
   * `memberstats/getsingle`) when nothing matches. 404 answers `{ Message }`; 200 answers a JSON
   * `null` body (the other reading: GH-alex treats a null body as "does not exist").
   */
  notFoundStatus: number;
  /** Status of a successful `POST /api/members` (Composio says 201 [M]). */
  createMemberStatus: number;
  /** Status of a successful `POST /api/referrals` (unknown; 200 assumed by the reference). */
  createReferralStatus: number;
  /** `message` of the create answers (GH-alex compares the referral one to "Referral Added"). */
  createMemberMessage: string;
  createReferralMessage: string;
  /** Status of a request the API refuses as invalid (missing required field, unknown referral code...). */
  validationStatus: number;
  /** `POST /api/members` with an email already used by a member of the same program: refuse or duplicate. */
  duplicateMemberEmail: 'reject' | 'allow';
  /** Whether `POST /api/members` accepts a program name or title as `programId` (lists do; creates unknown). */
  createMemberProgramMatch: 'idNameOrTitle' | 'idOnly';
  /** `GET /api/members` without `showDisabled`: which members are listed (reference: "likely active only"). */
  showDisabledDefault: 'active' | 'all';
  /**
   * A field sent as `null` in a bulk update. ASP.NET binds the body to a DTO where null and absent
   * look the same, so "only supplied fields change" most likely means null = unchanged.
   */
  updateNullMeans: 'unchanged' | 'clear';
  /** Status of `DELETE /api/hooks` for an id that does not exist (200: a retried delete succeeds). */
  hookDeleteUnknownStatus: number;
  /** Body of a 429 (the throttling answer is unpublished); the `Retry-After` header is always sent. */
  rateLimitBody: unknown;
  /** Key casing of referral web-hook payloads (member payloads are `Id` + camelCase, documented). [L] */
  referralWebhookCasing: 'pascal' | 'camel';
  /** Base of generated `referralUrl`s: `<base><referralCode>/` (the real host is per account). */
  referralUrlBase: string;
}

export const DEFAULT_SETTINGS: SandboxSettings = {
  unauthorizedStatus: 401,
  unauthorizedBody: { Message: 'Authorization has been denied for this request.' },
  resultSuccessStatus: 'Success',
  resultFailureStatus: 'Failure',
  resultSuccessMessage: null,
  listMessage: null,
  notFoundStatus: 404,
  createMemberStatus: 201,
  createReferralStatus: 200,
  createMemberMessage: 'Member Added',
  createReferralMessage: 'Referral Added',
  validationStatus: 400,
  duplicateMemberEmail: 'reject',
  createMemberProgramMatch: 'idNameOrTitle',
  showDisabledDefault: 'active',
  updateNullMeans: 'unchanged',
  hookDeleteUnknownStatus: 200,
  rateLimitBody: { Message: 'API rate limit exceeded. Please retry later.' },
  referralWebhookCasing: 'pascal',
  referralUrlBase: 'https://sandbox.referralrock.com/l/',
};

export function resolveSettings(overrides?: Partial<SandboxSettings>): SandboxSettings {
  return { ...DEFAULT_SETTINGS, ...(overrides ?? {}) };
}

const httpStatus = z.number().int().min(100).max(599);

/** PUT /_sandbox/settings body: any subset of the settings, each checked against its type. */
export const settingsPatchSchema: z.ZodType<Partial<SandboxSettings>> = z
  .strictObject({
    unauthorizedStatus: httpStatus,
    unauthorizedBody: z.unknown(),
    resultSuccessStatus: z.string().min(1),
    resultFailureStatus: z.string().min(1),
    resultSuccessMessage: z.string().nullable(),
    listMessage: z.string().nullable(),
    notFoundStatus: httpStatus,
    createMemberStatus: httpStatus,
    createReferralStatus: httpStatus,
    createMemberMessage: z.string(),
    createReferralMessage: z.string(),
    validationStatus: httpStatus,
    duplicateMemberEmail: z.enum(['reject', 'allow']),
    createMemberProgramMatch: z.enum(['idNameOrTitle', 'idOnly']),
    showDisabledDefault: z.enum(['active', 'all']),
    updateNullMeans: z.enum(['unchanged', 'clear']),
    hookDeleteUnknownStatus: httpStatus,
    rateLimitBody: z.unknown(),
    referralWebhookCasing: z.enum(['pascal', 'camel']),
    referralUrlBase: z.url(),
  })
  .partial() as z.ZodType<Partial<SandboxSettings>>;
