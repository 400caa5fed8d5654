/**
 * DialNexa's `post_call_analysis` holds whatever extraction fields the customer defined on the
 * agent (caller_email, utm_campaign, ...). The field map says which of them fill which call-model
 * field; everything unmapped stays in `call.analysis`. This is the "map required fields before
 * launch" step: checkFieldMap runs at start, rejects targets the call model does not have, and
 * reports the call-model fields that no DialNexa call will ever fill, so nobody is surprised later.
 *
 * Targets are written as call-model paths: `caller.email`, `attribution.referralCode`,
 * `consent.marketing`. snake_case is accepted too (`caller.first_name`, `attribution.referral_code`)
 * because DIALNEXA_FIELD_MAP is typed by people reading DialNexa's snake_case payloads.
 * `caller.fullName` is a pseudo-target split into firstName/lastName; `analysis` keeps the field
 * in call.analysis (use it to switch off a default).
 */
import { attributionSchema, callerSchema, consentSchema } from '../../domain/call';

/** Default names: the ones a DialNexa customer is most likely to give their extraction fields. */
export const DEFAULT_FIELD_MAP: Readonly<Record<string, string>> = {
  caller_email: 'caller.email',
  email: 'caller.email',
  caller_name: 'caller.fullName',
  full_name: 'caller.fullName',
  first_name: 'caller.firstName',
  last_name: 'caller.lastName',
  company: 'caller.company',
  company_name: 'caller.company',
  job_title: 'caller.jobTitle',
  timezone: 'caller.timezone',
  utm_source: 'attribution.source',
  utm_medium: 'attribution.medium',
  utm_campaign: 'attribution.campaign',
  utm_term: 'attribution.term',
  utm_content: 'attribution.content',
  referral_code: 'attribution.referralCode',
  referrer: 'attribution.referrer',
  marketing_consent: 'consent.marketing',
  recording_consent: 'consent.recording',
};

export const ANALYSIS_TARGET = 'analysis';
export const FULL_NAME_TARGET = 'caller.fullName';

/** Every call-model field a post_call_analysis value may fill, read from the model's own schemas. */
export const FIELD_MAP_TARGETS: readonly string[] = [
  ...Object.keys(callerSchema.shape).map((k) => `caller.${k}`),
  ...Object.keys(attributionSchema.shape).map((k) => `attribution.${k}`),
  ...Object.keys(consentSchema.shape).map((k) => `consent.${k}`),
];

/** Filled from the delivery itself, not from post_call_analysis: never reported as missing. */
const FILLED_BY_TRANSPORT = new Set(['caller.phone']);

/** DialNexa field name -> canonical target path (camelCase, `caller.fullName` or `analysis`). */
export type ResolvedFieldMap = Readonly<Record<string, string>>;

export interface FieldMapReport {
  /** Defaults overlaid with the configured map, targets normalised; use only when errors is empty. */
  map: ResolvedFieldMap;
  /** Entries whose target does not exist in the call model: start must refuse them. */
  errors: string[];
  /** Call-model fields no mapping fills: these will always be empty for DialNexa calls. */
  neverFilled: string[];
}

export class FieldMapError extends Error {
  constructor(readonly problems: string[]) {
    super(`DIALNEXA_FIELD_MAP is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FieldMapError';
  }
}

/**
 * Checks a configured map (merged over DEFAULT_FIELD_MAP) against the call model. Pure: the caller
 * decides how to report (startIntake logs neverFilled and throws FieldMapError on errors).
 */
export function checkFieldMap(configured: Record<string, string> | undefined): FieldMapReport {
  const merged: Record<string, string> = { ...DEFAULT_FIELD_MAP, ...(configured ?? {}) };
  const map: Record<string, string> = {};
  const errors: string[] = [];
  for (const [field, rawTarget] of Object.entries(merged)) {
    const target = normaliseTarget(rawTarget);
    if (!field.trim()) {
      errors.push(`an empty DialNexa field name maps to "${rawTarget}"`);
    } else if (target === ANALYSIS_TARGET || target === FULL_NAME_TARGET || FIELD_MAP_TARGETS.includes(target)) {
      map[field] = target;
    } else {
      errors.push(
        `"${field}" -> "${rawTarget}": no such call-model field (use one of ${[...FIELD_MAP_TARGETS, FULL_NAME_TARGET, ANALYSIS_TARGET].join(', ')})`,
      );
    }
  }
  const filled = new Set<string>(FILLED_BY_TRANSPORT);
  for (const target of Object.values(map)) {
    if (target === FULL_NAME_TARGET) {
      filled.add('caller.firstName');
      filled.add('caller.lastName');
    } else {
      filled.add(target);
    }
  }
  return { map, errors, neverFilled: FIELD_MAP_TARGETS.filter((t) => !filled.has(t)) };
}

/** checkFieldMap, throwing FieldMapError when a target does not exist. */
export function resolveFieldMap(configured: Record<string, string> | undefined): FieldMapReport {
  const report = checkFieldMap(configured);
  if (report.errors.length) throw new FieldMapError(report.errors);
  return report;
}

function normaliseTarget(target: string): string {
  const t = target.trim();
  return t.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
