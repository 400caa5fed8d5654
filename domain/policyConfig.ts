/**
 * The decision engine's settings: thresholds, defaults and routing (contracts/handoff-plan.md).
 * Validated once, at start, by config/; the defaults are the contract's defaults and the demo
 * program's complete mapping.
 */
import { z } from 'zod';

export const ownerRuleSchema = z.object({
  /** Any of these that is set must match (case-insensitive) for the rule to apply. */
  campaign: z.string().optional(),
  segment: z.string().optional(),
  productInterest: z.string().optional(),
  referringMemberId: z.string().optional(),
  owner: z.string(),
});
export type OwnerRule = z.infer<typeof ownerRuleSchema>;

export const policyConfigSchema = z.object({
  /** Default region for national phone numbers (ISO 3166-1 alpha-2). */
  defaultRegion: z.string().length(2).default('US'),
  /** Rule 8: the caller's zone when the call names none and the event has none. */
  defaultTimezone: z.string().default('America/New_York'),
  /** Rule 1: weak keys need this much confidence to be `matched`. */
  matchThreshold: z.number().min(0).max(1).default(0.8),
  /** Rule 1: a runner-up within this margin makes the match `ambiguous`. */
  matchMargin: z.number().min(0).max(1).default(0.15),
  /** Rule 7: referral `amount` or member `rewardAmountTotal` at or above this is high value. */
  highValueAmount: z.number().min(0).default(5000),
  /** Owner routing, first match wins; `defaultOwner` otherwise. */
  ownerRules: z.array(ownerRuleSchema).default([]),
  defaultOwner: z.string().nullable().default(null),
  /** `{type}` and `{id}` are replaced; the affected record's page in ReferralRock. */
  recordUrlTemplate: z.string().default('https://app.referralrock.com/clientadmin/{type}s/{id}'),
  /** Program that new members join (id, name or title). */
  programId: z.string().nullable().default(null),
  /** Free-mail domains that never count as a company domain (added to the built-in list). */
  extraFreeMailDomains: z.array(z.string()).default([]),
});
export type PolicyConfig = z.infer<typeof policyConfigSchema>;

export const defaultPolicyConfig: PolicyConfig = policyConfigSchema.parse({});
