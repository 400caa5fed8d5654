/**
 * What a reviewer may send, checked before anything reaches Temporal: the workflow's own validator
 * guards the workflow, this one gives the person a clear 400 with every problem at once (and holds
 * the rules the workflow leaves to its surfaces: a rejection needs a reason, edited actions must be
 * valid plan actions).
 */
import { z } from 'zod';
import { actionSchema } from '../../domain/plan';
import type { ClaimRequest, ReviewDecision } from '../../workflows/definitions';
import { ReviewError } from './reviewErrors';

const trimmed = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

export const reviewDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'reject', 'edit'], { error: 'must be approve, reject or edit' }),
    reviewer: trimmed(200).min(1, 'is required'),
    comment: trimmed(4000).nullish(),
    actions: z.array(actionSchema).max(100, 'at most 100 actions').optional(),
    reviewId: trimmed(300).min(1).optional(),
    /** A held possible opt-out: confirm it (a full opt-out) or lift the pause. */
    optOut: z.enum(['confirm', 'lift'], { error: 'must be confirm or lift' }).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'reject' && !d.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'a rejection needs a reason' });
    }
    if (d.decision === 'edit' && !d.actions) {
      ctx.addIssue({ code: 'custom', path: ['actions'], message: 'an edit needs the list of actions to carry out' });
    }
    if (d.decision !== 'edit' && d.actions) {
      ctx.addIssue({ code: 'custom', path: ['actions'], message: 'only an edit carries actions' });
    }
  });

/** Validates a decision from JSON (or a form already turned into an object); throws ReviewError. */
export function parseDecision(input: unknown): ReviewDecision {
  const parsed = reviewDecisionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    throw new ReviewError('invalid_decision', `invalid decision: ${issues.join('; ')}`, issues);
  }
  const d = parsed.data;
  return {
    decision: d.decision,
    reviewer: d.reviewer,
    comment: d.comment || null,
    ...(d.actions ? { actions: d.actions } : {}),
    ...(d.reviewId ? { reviewId: d.reviewId } : {}),
    ...(d.optOut ? { optOut: d.optOut } : {}),
  };
}

/**
 * The text of an action list (the edit form's textarea, the CLI's --actions file) as an array:
 * either the array itself or `{ "actions": [...] }`, so a copy of the plan's field also works.
 */
export function parseActionsText(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ReviewError('invalid_decision', `actions: not valid JSON (${(err as Error).message})`, ['actions: not valid JSON']);
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { actions?: unknown }).actions)) {
    return (value as { actions: unknown }).actions;
  }
  return value;
}

/** "Which record is this?": the candidate's id (or `type:id` where a member and a referral share one), or `none`. */
export const pickInputSchema = z.object({
  pick: trimmed(300).min(1, 'is required: a candidate\'s record id, or none'),
  reviewer: trimmed(200).min(1, 'is required'),
  comment: trimmed(4000).nullish(),
  reviewId: trimmed(300).min(1).optional(),
  optOut: z.enum(['confirm', 'lift'], { error: 'must be confirm or lift' }).optional(),
});
export type PickInput = z.infer<typeof pickInputSchema>;

/** Validates a pick from JSON or a form; throws ReviewError. */
export function parsePick(input: unknown): PickInput {
  const parsed = pickInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    throw new ReviewError('invalid_decision', `invalid pick: ${issues.join('; ')}`, issues);
  }
  return parsed.data;
}

/** Taking a call, or letting it go. */
export const claimInputSchema = z.object({
  action: z.enum(['claim', 'release'], { error: 'must be claim or release' }).default('claim'),
  reviewer: trimmed(200).min(1, 'is required'),
});

export function parseClaim(input: unknown): ClaimRequest {
  const parsed = claimInputSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    throw new ReviewError('invalid_decision', `invalid claim: ${issues.join('; ')}`, issues);
  }
  return parsed.data;
}
