/**
 * GET /api/memberstats/getsingle?query=&timePeriod= : one member's counts and reward amounts
 * (field names from MindCloud [M]). `query` is an exact email / id / external id / referral code.
 * With `timePeriod` other than `All` the referral counts cover referrals created in that period;
 * reward amounts stay all-time, since the sandbox keeps no reward records with dates.
 */
import type { FastifyInstance } from 'fastify';
import { sameText } from '../caseless';
import type { SandboxContext } from '../context';
import { sendNotFound } from '../http';
import { BadRequest, textParam } from '../params';

const PERIODS = ['All', 'MonthToDate', 'LastMonth', 'Last7Days', 'Last30Days'] as const;
type Period = (typeof PERIODS)[number];

function periodStart(period: Period, now: Date): { from: number; to: number } {
  const t = now.getTime();
  const day = 86_400_000;
  switch (period) {
    case 'All':
      return { from: -Infinity, to: Infinity };
    case 'MonthToDate':
      return { from: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1), to: t };
    case 'LastMonth':
      return { from: Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1), to: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 1 };
    case 'Last7Days':
      return { from: t - 7 * day, to: t };
    case 'Last30Days':
      return { from: t - 30 * day, to: t };
  }
}

export function memberStatsRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/api/memberstats/getsingle', async (req, reply) => {
    const query = textParam(req.query, 'query');
    if (!query) throw new BadRequest('The request is invalid: query is required (member email, id, external id or referral code).');
    const rawPeriod = textParam(req.query, 'timePeriod') ?? 'All';
    const period = PERIODS.find((p) => p.toLowerCase() === rawPeriod.toLowerCase());
    if (!period) throw new BadRequest(`The value '${rawPeriod}' is not valid for timePeriod: expected one of ${PERIODS.join(', ')}.`);
    const members = [...ctx.store.members.values()];
    const member =
      members.find((m) => sameText(m.id, query)) ??
      members.find((m) => sameText(m.email, query) || sameText(m.externalIdentifier, query) || sameText(m.referralCode, query));
    if (!member) return sendNotFound(reply, ctx, `No member matches '${query}'.`);

    const { from, to } = periodStart(period, new Date());
    const referrals = [...ctx.store.referrals.values()].filter((r) => {
      const t = Date.parse(r.createDate);
      return r.referringMemberId === member.id && t >= from && t <= to;
    });
    const byStatus = (s: string) => referrals.filter((r) => r.status === s).length;
    const lastReferral = referrals.map((r) => r.createDate).sort().at(-1) ?? null;
    return {
      memberId: member.id,
      timePeriod: period,
      memberViews: member.views,
      memberShares: member.emailShares + member.socialShares,
      referralsCount: period === 'All' ? member.referrals : referrals.length,
      referralsPending: period === 'All' ? member.referralsPending : byStatus('pending'),
      referralsQualified: period === 'All' ? member.referralsQualified : byStatus('qualified'),
      referralsApproved: period === 'All' ? member.referralsApproved : byStatus('approved'),
      rewardsCount: member.rewards,
      rewardsPendingAmount: member.rewardsPendingAmount,
      rewardsIssuedAmount: member.rewardsIssuedAmount,
      rewardAmountTotal: member.rewardAmountTotal,
      activatedDate: member.createDt,
      lastActiveDate: lastReferral,
    };
  });
}
