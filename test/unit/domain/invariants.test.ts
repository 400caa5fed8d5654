/**
 * Property tests over random calls assembled from realistic fragments: decideCall never throws,
 * always returns a contract-valid plan, and the policy's hard rules hold whatever the mix.
 */
import fc from 'fast-check';
import { decideCall } from '../../../domain/decide';
import { planSchema } from '../../../domain/plan';
import { directory, makeCall, policy } from './helpers';
import { rulesClassifier } from '../../../domain/classify/rulesClassifier';

const CALLER = [
  'Hi, this is Dana Whitfield.', "It's Pat Morgan.", 'Hana Kim.', 'My email is dana at northwind dot io.', 'Please unsubscribe me.',
  "I don't want to unsubscribe.", 'Stop calling me.', 'No me llamen más.', 'I was charged twice on my invoice.', 'The dashboard is broken.',
  'I want to cancel my subscription.', 'This is unacceptable.', 'Can I get a demo?', 'We want pricing for a team of 30.',
  'Ruth Okafor referred me.', 'Sam gave me his code, SAM-22.', 'My referral code is SAM-22.', 'Call me back tomorrow at 3.',
  'Email me next week.', "I'm in Chicago.", 'Congratulations, you have won! Press one.', 'We offer SEO services to companies like yours.',
  'Wrong number.', "I'm a student working on a class project.", "We're ready to sign the contract.", "We're not interested.",
  'My lawyer will be in touch.', 'Delete my data under GDPR.', "I'm locked out of my account.", 'I want to join your referral program.',
  "I'd like to refer my friend Maya Chen, her email is maya at chen dot com.", 'uh', '', 'Text me Friday.', 'in two hours', '¿Hola?',
];
const AGENT = ['How can I help?', 'When suits you?', "I'll call you back tomorrow at 10.", "I'll refund that and give you 20% off.", 'I guarantee it.', 'Would you like me to remove you from our list?', 'Sure.'];

const turn = fc.oneof(
  fc.constantFrom(...CALLER).map((t) => `C: ${t}`),
  fc.constantFrom(...AGENT).map((t) => `A: ${t}`),
  fc.array(fc.constantFrom(...CALLER), { minLength: 2, maxLength: 3 }).map((ts) => `C: ${ts.join(' ')}`),
);
const from = fc.constantFrom('+14155550123', '+14155550101', '+16175550131', '+12065550152', 'anonymous', '+19995550000', '4155550123', null);
const email = fc.constantFrom(undefined, 'dana@northwind.io', 'pat@lumen.io', 'new@person.com');
const code = fc.constantFrom(undefined, 'SAM-22', 'RUTH-10', 'NOPE-1');
const tz = fc.constantFrom(undefined, 'America/Los_Angeles', 'Europe/London', 'Not/AZone');
const ended = fc.constantFrom('2026-11-10T17:00:00Z', '2026-03-08T06:30:00Z', '2026-11-01T05:59:00Z', '2026-12-31T23:59:59Z');

describe('decision invariants (property)', () => {
  it('holds for random calls', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(turn, { maxLength: 8 }), from, email, code, tz, ended, async (turns, fromNumber, em, rc, timezone, endedAt) => {
        const call = makeCall({ turns, fromNumber, endedAt, caller: { email: em, timezone }, attribution: { referralCode: rc } });
        const plan = await decideCall(call, directory(), policy, rulesClassifier);
        expect(planSchema.parse(plan)).toEqual(plan);
        const c = plan.classification;
        const types = plan.actions.map((a) => a.type);
        // review.required iff there are reasons
        expect(plan.review.required).toBe(plan.review.reasons.length > 0);
        // rule 3: an opt-out always suppresses with opt_out and stops outreach; nothing promotional is created
        if (c.optOut.requested) {
          expect(plan.actions).toContainEqual(expect.objectContaining({ type: 'suppress', reason: 'opt_out', stopFutureOutreach: true }));
          expect(c.consent.marketing).toBe('denied');
          // (A member who stops one channel may still hand over someone else: that referral is not for the caller.)
          if (types.includes('create_referral')) {
            expect(['calls', 'sms', 'email']).toContain(c.optOut.scope);
            expect(plan.match.record?.type).toBe('member');
          }
          expect(types).not.toContain('create_member');
          if (c.optOut.scope === 'all' || c.optOut.scope === 'marketing') expect(types).not.toContain('schedule_follow_up');
        }
        // one suppression per record
        expect(types.filter((t) => t === 'suppress').length).toBeLessThanOrEqual(1);
        // rule 4: low fit creates nothing and schedules nothing; spam/vendor never suppress
        const lowFit = ['spam', 'vendor', 'wrong_number'].includes(c.intent) || c.qualityMarkers.includes('student');
        if (lowFit) {
          expect(types.filter((t) => t.startsWith('create') || t === 'schedule_follow_up')).toEqual([]);
          expect(c.followUp).toBeNull();
        }
        if (c.intent === 'spam' || c.intent === 'vendor') expect(plan.actions.filter((a) => a.type === 'suppress' && a.reason !== 'opt_out')).toEqual([]);
        // rule 5: creates only for new callers (or a matched member referring someone / a referral joining)
        for (const a of plan.actions) {
          if (a.type === 'create_referral' || a.type === 'create_member') {
            expect(a.fields).not.toHaveProperty('externalIdentifier');
            if (a.type === 'create_member') expect(typeof a.fields.email).toBe('string');
            expect(plan.match.status).not.toBe('ambiguous');
          }
        }
        // rule 7: an ambiguous match is reviewed
        if (plan.match.status === 'ambiguous') expect(plan.review.reasons.some((r) => r === 'ambiguous_match' || r === 'low_confidence_match')).toBe(true);
        // rule 8: follow-up in the future, schedule action mirrors it
        if (c.followUp) {
          expect(Date.parse(c.followUp.at)).toBeGreaterThan(Date.parse(endedAt));
          expect(plan.actions).toContainEqual(expect.objectContaining({ type: 'schedule_follow_up', at: c.followUp.at, channel: c.followUp.channel }));
        } else {
          expect(types).not.toContain('schedule_follow_up');
        }
        // rule 9: a matched record gets exactly one note, naming the call id
        const notes = plan.actions.filter((a) => a.type === 'add_note');
        if (plan.match.status === 'matched') {
          expect(notes).toHaveLength(1);
          expect(notes[0].type === 'add_note' && notes[0].text).toContain(call.callId);
        } else {
          expect(notes).toHaveLength(0);
        }
        // evidence points at real turns, verbatim
        for (const e of c.evidence) expect(call.transcript[e.turn].text).toContain(e.quote);
      }),
      { numRuns: 300 },
    );
  });
});

describe('robustness (property)', () => {
  it('never throws on arbitrary text, names and numbers', async () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.lorem({ maxCount: 40 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.boolean(), text), { maxLength: 6 }),
        fc.option(fc.string({ maxLength: 30 }), { nil: null }),
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        async (turns, fromNumber, firstName, code) => {
          const call = makeCall({ fromNumber, caller: { firstName, email: firstName }, attribution: { referralCode: code } });
          call.transcript = turns.map(([agent, t]) => ({ speaker: agent ? 'agent' : 'caller', text: t }));
          const plan = await decideCall(call, directory(), policy, rulesClassifier);
          expect(planSchema.parse(plan)).toEqual(plan);
        },
      ),
      { numRuns: 200 },
    );
  });
});
