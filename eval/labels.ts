/**
 * The labelled fields of an evaluation call and how each is read off a plan. The JSON sets
 * (`../shared/eval`, `test/corpus/sealed`) use these names exactly as `../shared/eval/score.py`
 * does; the TypeScript corpus's extra fields (outcome, objection...) are scored the same way.
 */
import type { Plan } from '../domain/plan';

export type Label = Record<string, unknown>;

/** A call is core-right when these agree (score.py's CORE). */
export const CORE_FIELDS = new Set(['intent', 'optOut', 'suppress', 'review', 'matchStatus', 'matchId', 'creates', 'followUpAt', 'followUpChannel']);

function changes(plan: Plan) {
  return plan.actions.flatMap((a) => (a.type === 'update_member' || a.type === 'update_referral' ? a.changes.map((ch) => ({ ...ch, type: a.type })) : []));
}

function creates(plan: Plan): string {
  const kinds = plan.actions.filter((a) => a.type === 'create_referral' || a.type === 'create_member').map((a) => a.type);
  return kinds.length === 0 ? 'none' : kinds.join('+');
}

/** What the plan says for a labelled field. */
export function actual(plan: Plan, field: string): unknown {
  const c = plan.classification;
  switch (field) {
    case 'intent': return c.intent;
    case 'optOut': return c.optOut.requested;
    case 'optOutPossible': return c.optOut.possible ?? false;
    case 'optOutScope': return c.optOut.scope;
    case 'suppress': return c.suppression.suppress;
    case 'suppressReason': return c.suppression.reason;
    case 'review': return plan.review.required;
    case 'reviewReasons':
    case 'reviewReason': return plan.review.reasons;
    case 'matchStatus': return plan.match.status;
    case 'matchId': return plan.match.record?.id ?? null;
    case 'creates': return creates(plan);
    case 'createUnderCode': {
      const cr = plan.actions.find((a) => a.type === 'create_referral');
      return cr && cr.type === 'create_referral' ? (cr.fields.referralCode ?? null) : null;
    }
    case 'statusTo': return changes(plan).find((ch) => ch.field.toLowerCase() === 'status')?.to ?? null;
    case 'update': return changes(plan);
    case 'updateFields': return changes(plan).map((ch) => ch.field).sort();
    case 'followUpAt': return c.followUp?.at ?? null;
    case 'followUpChannel': return c.followUp?.channel ?? null;
    case 'marker': return c.qualityMarkers;
    case 'objection': return c.objection;
    case 'outcome': return c.outcome;
    case 'referrerCode': return c.referredBy?.referralCode ?? null;
    case 'referrerName': return c.referredBy?.name ?? null;
    case 'sentiment': return c.sentiment;
    case 'segment': return c.segment;
    case 'consent': return c.consent.marketing;
    default: return undefined;
  }
}

const lower = (v: unknown) => String(v).toLowerCase();

/** Whether the plan agrees with the label (score.py's rules: 5 minutes on instants, subsets on reasons). */
export function agrees(field: string, want: unknown, got: unknown): boolean {
  switch (field) {
    case 'followUpAt':
      if (want == null || got == null) return want == null && got == null;
      return Math.abs(Date.parse(String(want)) - Date.parse(String(got))) <= 300_000;
    case 'reviewReasons':
      return (want as string[]).every((r) => (got as string[]).includes(r));
    case 'reviewReason':
    case 'marker':
      return Array.isArray(got) && got.includes(want);
    case 'update': {
      const w = want as { field: string; from?: unknown; to: unknown };
      return (got as Array<{ field: string; from: unknown; to: unknown }>).some(
        (ch) => lower(ch.field) === lower(w.field) && lower(ch.to) === lower(w.to) && (!('from' in w) || lower(ch.from) === lower(w.from)),
      );
    }
    case 'createUnderCode':
      return lower(got ?? '') === lower(want);
    default:
      return JSON.stringify(want ?? null) === JSON.stringify(got ?? null);
  }
}
