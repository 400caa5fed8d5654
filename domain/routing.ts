/** Owner routing (first matching rule wins, else the default owner) and the record URL template. */
import type { OwnerRule, PolicyConfig } from './policyConfig';
import type { RecordRef } from './plan';

export interface RoutingFacts {
  campaign: string | null | undefined;
  segment: string | null | undefined;
  productInterest: string[];
  referringMemberId: string | null | undefined;
}

const eq = (a: string | null | undefined, b: string) => a != null && a.toLowerCase() === b.toLowerCase();

export function ruleApplies(rule: OwnerRule, f: RoutingFacts): boolean {
  const checks: boolean[] = [];
  if (rule.campaign) checks.push(eq(f.campaign, rule.campaign));
  if (rule.segment) checks.push(eq(f.segment, rule.segment));
  if (rule.productInterest) checks.push(f.productInterest.some((p) => eq(p, rule.productInterest!)));
  if (rule.referringMemberId) checks.push(eq(f.referringMemberId, rule.referringMemberId));
  return checks.length > 0 && checks.every(Boolean);
}

export function routeOwner(policy: Pick<PolicyConfig, 'ownerRules' | 'defaultOwner'>, f: RoutingFacts): string | null {
  return policy.ownerRules.find((r) => ruleApplies(r, f))?.owner ?? policy.defaultOwner ?? null;
}

export function recordUrl(template: string, ref: RecordRef | null): string | null {
  if (!ref || !template) return null;
  return template.replace(/\{type\}/g, encodeURIComponent(ref.type)).replace(/\{id\}/g, encodeURIComponent(ref.id));
}
