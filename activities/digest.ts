/**
 * The daily digest's facts, read from Temporal visibility (the one source of truth for what is
 * waiting): follow-ups due today or overdue, reviews pending and those near their deadline.
 */
import type { Client } from '@temporalio/client';
import { DateTime } from 'luxon';
import { getStateQuery, type CallState } from '../workflows/definitions';
import { followUpsDueByQuery, pendingReviewsQuery } from '../services/visibilityQueries';
import { FollowUpAtKey } from '../workflows/searchAttributes';

export interface DigestItem {
  workflowId: string;
  at: string | null;
  detail: string;
}

export interface Digest {
  date: string;
  followUpsDueToday: DigestItem[];
  followUpsOverdue: DigestItem[];
  reviewsPending: DigestItem[];
  reviewsNearDeadline: DigestItem[];
  text: string;
}

/** A review is "near" its deadline within this many hours. */
const NEAR_DEADLINE_HOURS = 8;

export function createDigestActivities(temporal: Client, timezone: string) {
  return {
    async collectDigest(): Promise<Digest> {
      const now = DateTime.now().setZone(timezone);
      const endOfDay = now.endOf('day').toJSDate();
      const nowIso = now.toUTC().toISO()!;
      const followUps: DigestItem[] = [];
      for await (const wf of temporal.workflow.list({ query: followUpsDueByQuery(endOfDay) })) {
        const at = wf.typedSearchAttributes.get(FollowUpAtKey);
        followUps.push({ workflowId: wf.workflowId, at: at ? at.toISOString() : null, detail: 'follow-up' });
      }
      const overdue = followUps.filter((f) => f.at !== null && f.at < nowIso);
      const dueToday = followUps.filter((f) => !overdue.includes(f));

      const reviews: DigestItem[] = [];
      for await (const wf of temporal.workflow.list({ query: pendingReviewsQuery() })) {
        let deadline: string | null = null;
        let reasons = '';
        try {
          const state: CallState = await temporal.workflow.getHandle(wf.workflowId).query(getStateQuery);
          deadline = state.review.deadlineAt;
          reasons = state.review.reasons.join(', ');
        } catch {
          // A call whose worker is down still belongs in the digest, without its details.
        }
        reviews.push({ workflowId: wf.workflowId, at: deadline, detail: reasons || 'review' });
      }
      const nearLimit = now.plus({ hours: NEAR_DEADLINE_HOURS }).toUTC().toISO()!;
      const near = reviews.filter((r) => r.at !== null && r.at <= nearLimit);

      const line = (label: string, items: DigestItem[]) =>
        `${label}: ${items.length}${items.length ? ` (${items.slice(0, 10).map((i) => i.workflowId).join(', ')}${items.length > 10 ? ', …' : ''})` : ''}`;
      const text = [
        `Daily digest for ${now.toISODate()}`,
        line('Follow-ups due today', dueToday),
        line('Follow-ups overdue', overdue),
        line('Reviews pending', reviews),
        line(`Reviews due within ${NEAR_DEADLINE_HOURS} h`, near),
      ].join('\n');
      return { date: now.toISODate()!, followUpsDueToday: dueToday, followUpsOverdue: overdue, reviewsPending: reviews, reviewsNearDeadline: near, text };
    },
  };
}
