/**
 * Labelled calls for the corpus test. Every call runs against the shared demo seed plus
 * corpus-seed.json; `expect` lists only the fields its author is sure of. Default end of call:
 * Tuesday 2026-11-10T17:00:00Z (12:00 in New York, 11:00 in Chicago, 09:00 in Los Angeles).
 */
import type { CorpusCall } from './helpers';

export const calls: CorpusCall[] = [
  // ---------------------------------------------------------------- opt-outs and near-misses
  {
    id: 'oo-spanish-calls', split: 'train', from: '+13055550177',
    turns: ['A: Gracias por llamar a Brightside Rewards, soy Ava.', 'C: Hola, soy Ana Lopez. No me llamen más, por favor.', 'A: Entendido, Ana.'],
    expect: { intent: 'opt_out', optOut: true, optOutScope: 'calls', suppress: true, suppressReason: 'opt_out', review: false, matchStatus: 'matched', matchId: 'mem_ana', creates: 'none', followUpAt: null },
  },
  {
    id: 'oo-negated', split: 'train', from: '+14155550101',
    turns: ['A: Brightside Rewards, this is Ava.', "C: Hi, it's Sam Lee. I don't want to unsubscribe, I actually like the reminders. I just wanted to check how many referrals I have so far."],
    expect: { intent: 'referral', optOut: false, suppress: false, matchStatus: 'matched', matchId: 'mem_sam', creates: 'none', followUpAt: null },
  },
  {
    id: 'oo-quoting-wife', split: 'train', from: '+17865550133',
    turns: ['A: Thanks for calling Brightside Rewards.', "C: Luis Ortega here. My wife said stop calling the house phone, but honestly I'm fine with it. Can you tell me my referral rewards balance?"],
    expect: { optOut: false, suppress: false, matchStatus: 'matched', matchId: 'mem_luis', creates: 'none' },
  },
  {
    id: 'oo-other-company', split: 'train', from: '+13035550155',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, Tom Becker. I unsubscribed from another company's list last week, not yours. I'd like pricing for my store."],
    expect: { intent: 'sales_inquiry', optOut: false, suppress: false, matchStatus: 'matched', matchId: 'ref_tom', creates: 'none', outcome: 'requested_quote' },
  },
  {
    id: 'oo-conditional', split: 'train', from: '+14045550122',
    turns: ['A: Brightside Rewards, this is Ava.', "C: It's Nina Volkov. If you call me again during dinner I'll unsubscribe, but for now, can someone email me the pricing sheet tomorrow morning?"],
    expect: { intent: 'sales_inquiry', optOut: false, suppress: false, matchStatus: 'matched', matchId: 'ref_nina', followUpAt: '2026-11-11T14:00:00Z', followUpChannel: 'email' },
  },
  {
    id: 'oo-email-only', split: 'train', from: '+15125550166',
    turns: ['A: Brightside Rewards, how can I help?', 'C: This is Jordan Blake. Please take me off your email list, I get too many newsletters. Calls are fine though.'],
    expect: { intent: 'opt_out', optOut: true, optOutScope: 'email', suppress: true, suppressReason: 'opt_out', review: false, matchStatus: 'matched', matchId: 'ref_jordan', creates: 'none' },
  },
  {
    id: 'oo-dnc-new', split: 'train', from: '+12025550143',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Put me on your do not call list. I never signed up for anything.'],
    expect: { intent: 'opt_out', optOut: true, optOutScope: 'calls', suppress: true, suppressReason: 'opt_out', review: false, matchStatus: 'new', creates: 'none', followUpAt: null },
  },
  {
    id: 'oo-sms-vip', split: 'train', from: '+19175550188',
    turns: ['A: Brightside Rewards, this is Ava.', "C: Hi this is Priya Nair, don't text me again please, I only want email."],
    expect: { intent: 'opt_out', optOut: true, optOutScope: 'sms', suppress: true, suppressReason: 'opt_out', review: true, reviewReason: 'high_value', matchStatus: 'matched', matchId: 'ref_priya' },
  },
  {
    id: 'oo-wrong-number-stop', split: 'train', from: '+16025550111',
    turns: ['A: Brightside Rewards, how can I help?', 'C: You have the wrong number. Stop calling me.'],
    expect: { intent: 'wrong_number', optOut: true, optOutScope: 'calls', suppress: true, suppressReason: 'opt_out', matchStatus: 'matched', matchId: 'mem_chris_e', creates: 'none', marker: 'wrong_number' },
  },
  {
    id: 'oo-marketing', split: 'train', from: '+14155550123',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Dana Whitfield. Please stop sending me promotional offers. I still want my account notifications.'],
    expect: { intent: 'opt_out', optOut: true, optOutScope: 'marketing', suppress: true, suppressReason: 'opt_out', matchStatus: 'matched', matchId: 'ref_dana', creates: 'none' },
  },
  {
    id: 'oo-spanish-dejen', split: 'train', from: '+18185550100',
    turns: ['A: Brightside Rewards, ¿en qué le puedo ayudar?', 'C: Buenas tardes. Dejen de llamarme, ya les dije que no estoy interesado.'],
    expect: { intent: 'opt_out', optOut: true, optOutScope: 'calls', suppress: true, suppressReason: 'opt_out', matchStatus: 'new', creates: 'none' },
  },
  {
    id: 'oo-billing-plus-marketing', split: 'train', from: '+14255550188',
    turns: ['A: Brightside Rewards, how can I help?', "C: It's Ivy. I was double charged on my invoice. And honestly, remove me from your marketing list while you're at it.", "A: I'm sorry Ivy, I'll have billing look at it and I've removed you from marketing."],
    expect: { intent: 'billing', optOut: true, optOutScope: 'marketing', suppress: true, suppressReason: 'opt_out', matchStatus: 'matched', matchId: 'mem_ivy', followUpAt: null },
  },
  {
    id: 'oo-negated-stay', split: 'train', from: '+13055550177',
    turns: ['A: Brightside Rewards, this is Ava.', "C: No, no, don't take me off the list! I just wanted to make sure you have my new email, ana.l@lopezfamily.com."],
    expect: { optOut: false, suppress: false, matchStatus: 'matched', matchId: 'mem_ana', creates: 'none' },
  },
  // ---------------------------------------------------------------- service calls (rule 2)
  {
    id: 'support-login', split: 'train', from: '+14155550101',
    turns: ['A: Brightside Rewards support, this is Ava.', "C: Hi, it's Sam Lee. I can't log in to the referral dashboard, it keeps saying my password is wrong."],
    expect: { intent: 'support', optOut: false, suppress: true, suppressReason: 'support', review: true, reviewReason: 'access', matchStatus: 'matched', matchId: 'mem_sam', creates: 'none', outcome: 'issue_reported' },
  },
  {
    id: 'complaint-missing-reward', split: 'train', from: '+13055550177',
    turns: ['A: Brightside Rewards, how can I help?', "C: This is Ana Lopez and I'm really frustrated. I've called three times about my missing reward and nobody gets back to me. This is unacceptable."],
    expect: { intent: 'complaint', optOut: false, suppress: true, suppressReason: 'complaint', sentiment: 'negative', matchStatus: 'matched', matchId: 'mem_ana', creates: 'none' },
  },
  {
    id: 'cancellation', split: 'train', from: '+17865550133',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Luis Ortega. I want to cancel my membership and close my account.'],
    expect: { intent: 'cancellation', optOut: false, suppress: true, suppressReason: 'cancellation', matchStatus: 'matched', matchId: 'mem_luis', creates: 'none' },
  },
  {
    id: 'billing-refund-promise-vip', split: 'train', from: '+12125550190',
    turns: ['A: Brightside Rewards billing, this is Ava.', 'C: Grace Park here. I was charged twice for the annual plan.', "A: I'm so sorry. I'll refund the duplicate charge and give you a 20% discount on next year."],
    expect: { intent: 'billing', suppress: true, suppressReason: 'billing', review: true, reviewReason: 'money', matchStatus: 'matched', matchId: 'mem_grace', creates: 'none' },
  },
  {
    id: 'billing-legal-threat', split: 'train', from: '+16025550112',
    turns: ['A: Brightside Rewards, how can I help?', "C: This is Chris Tan. If this charge isn't reversed by Friday my lawyer will be in touch."],
    expect: { intent: 'billing', suppress: true, suppressReason: 'billing', review: true, reviewReason: 'legal', matchStatus: 'matched', matchId: 'mem_chris_t', followUpAt: null },
  },
  {
    id: 'privacy-gdpr', split: 'train', from: '+442079460123',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Under GDPR I want you to delete all my data and tell me what information you hold on me.'],
    expect: { optOut: false, review: true, reviewReason: 'legal', matchStatus: 'new', creates: 'none' },
  },
  // ---------------------------------------------------------------- low fit (rule 4)
  {
    id: 'vendor-seo', split: 'train', from: '+13475550199',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, I'm calling from Rankly, we offer SEO services to companies like yours. Who handles your marketing?"],
    expect: { intent: 'vendor', marker: 'vendor', suppress: false, review: false, matchStatus: 'new', creates: 'none', followUpAt: null },
  },
  {
    id: 'vendor-spoofed-member-number', split: 'train', from: '+14155550101',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Good morning, this is Kevin from LeadPro. We help businesses get more leads with our lead generation services. Can I send you a proposal tomorrow?'],
    expect: { intent: 'vendor', marker: 'vendor', suppress: false, matchStatus: 'matched', matchId: 'mem_sam', creates: 'none', followUpAt: null },
  },
  {
    id: 'wrong-number', split: 'train', from: '+17735550144',
    turns: ['A: Brightside Rewards, you called us back?', "C: Hi, I got a missed call from this number. I think you have the wrong number, there's no Omar here."],
    expect: { intent: 'wrong_number', marker: 'wrong_number', optOut: false, suppress: true, suppressReason: 'wrong_number', matchStatus: 'matched', matchId: 'ref_omar', creates: 'none', followUpAt: null },
  },
  {
    id: 'student', split: 'train', from: '+16465550101',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, I'm a college student working on a class project about referral marketing. Could someone call me back tomorrow to answer a few questions?"],
    expect: { marker: 'student', optOut: false, creates: 'none', followUpAt: null, matchStatus: 'new' },
  },
  {
    id: 'spam-warranty', split: 'train', from: '+18885550111',
    turns: ['A: Brightside Rewards.', "C: This is an automated message about your car's extended warranty. Press one to speak to an agent."],
    expect: { intent: 'spam', marker: 'spam', optOut: false, review: false, matchStatus: 'new', creates: 'none', followUpAt: null },
  },
  // ---------------------------------------------------------------- prospects (rule 5)
  {
    id: 'prospect-named-referrer', split: 'train', from: '+16175550177',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, my name is Ethan Cole. Grace Park recommended you, and we're looking for a referral tool for our 12 person agency. My email is ethan at colestudio dot com."],
    expect: { intent: 'sales_inquiry', optOut: false, matchStatus: 'new', creates: 'create_referral', referrerName: 'Grace Park', segment: 'smb', review: false },
  },
  {
    id: 'prospect-ambiguous-referrer', split: 'train', from: '+16175550178',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Hey, Mia Brooks here. Chris referred me, he said you run great referral programs. Can I get a demo? My email is mia@brookshome.com.'],
    expect: { intent: 'sales_inquiry', matchStatus: 'new', creates: 'none', review: true, reviewReason: 'ambiguous_match', referrerName: 'Chris' },
  },
  {
    id: 'prospect-unknown-code', split: 'train', from: '+16175550179', attribution: { referral_code: 'ZED-99', source: 'referral' },
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, I'm Owen Price, I have a referral code, ZED-99, and I'd like pricing."],
    expect: { intent: 'sales_inquiry', matchStatus: 'new', creates: 'none', review: true, reviewReason: 'ambiguous_match', referrerCode: 'ZED-99' },
  },
  {
    id: 'prospect-no-contact', split: 'train', from: 'anonymous',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Hi, Zoe here, Sam Lee sent me. Could you tell me about pricing?'],
    expect: { intent: 'sales_inquiry', matchStatus: 'new', creates: 'none', review: false, referrerName: 'Sam Lee' },
  },
  {
    id: 'prospect-spoken-code', split: 'train', from: '+15035550190',
    turns: ['A: Brightside Rewards, how can I help?', "C: My friend gave me her code, ANA-5. I'm Rosa Diaz and I want to learn more about your referral software for my bakery."],
    expect: { intent: 'sales_inquiry', matchStatus: 'new', creates: 'create_referral', referrerCode: 'ANA-5', segment: 'smb' },
  },
  {
    id: 'prospect-demo-central', split: 'train', from: '+12145550123', attribution: { referral_code: 'SAM-22', campaign: 'advocates' },
    turns: ['A: Brightside Rewards, how can I help?', 'C: Hi, this is Ben Ortiz from Lakeside Dental, Sam Lee referred us. Could we do a demo Thursday at 2pm Central? My email is ben at lakesidedental dot com.', 'A: Thursday at 2 Central works, you are booked.'],
    expect: { intent: 'sales_inquiry', matchStatus: 'new', creates: 'create_referral', followUpAt: '2026-11-12T20:00:00Z', followUpChannel: 'phone', outcome: 'booked_demo', referrerCode: 'SAM-22' },
  },
  // ---------------------------------------------------------------- follow-up times (rule 8)
  {
    id: 'followup-dst-monday', split: 'train', from: '+14155550123', endedAt: '2026-03-06T18:00:00Z', caller: { timezone: 'America/Los_Angeles' },
    turns: ['A: Brightside Rewards, how can I help?', 'C: Dana Whitfield. I want to go over pricing but I am slammed today. Can you call me back Monday at 9 in the morning?'],
    expect: { intent: 'sales_inquiry', matchStatus: 'matched', matchId: 'ref_dana', followUpAt: '2026-03-09T16:00:00Z', followUpChannel: 'phone' },
  },
  {
    id: 'followup-two-hours', split: 'train', from: '+15125550166',
    turns: ['A: Brightside Rewards, this is Ava.', "C: It's Jordan Blake, I'm driving right now, can you call me back in two hours about the pricing?"],
    expect: { intent: 'sales_inquiry', matchStatus: 'matched', matchId: 'ref_jordan', followUpAt: '2026-11-10T19:00:00Z', followUpChannel: 'phone' },
  },
  {
    id: 'followup-next-week-email', split: 'train', from: 'anonymous', caller: { email: 'leo@brightpath.com' },
    turns: ['A: Brightside Rewards, how can I help?', 'C: Hi, Leo Grant from Brightpath. Email me next week with pricing for the annual plan.'],
    expect: { intent: 'sales_inquiry', matchStatus: 'matched', matchId: 'ref_leo', followUpAt: '2026-11-16T15:00:00Z', followUpChannel: 'email' },
  },
  {
    id: 'followup-agent-proposal', split: 'train', from: '+19175550188',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, Priya Nair. I'd like to talk about upgrading our plan.", 'A: Would tomorrow at 4pm work for a call with our specialist?', 'C: Yes, that works.'],
    expect: { intent: 'sales_inquiry', matchStatus: 'matched', matchId: 'ref_priya', followUpAt: '2026-11-11T21:00:00Z', followUpChannel: 'phone', review: true, reviewReason: 'high_value' },
  },
  {
    id: 'scheduling-reschedule-chicago', split: 'train', from: '+13125550117',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, it's Mateo Silva, I need to reschedule Friday's demo. Could we do Monday at 3 instead? I'm in Chicago."],
    expect: { intent: 'scheduling', matchStatus: 'matched', matchId: 'ref_mateo', followUpAt: '2026-11-16T21:00:00Z', followUpChannel: 'phone', suppress: false },
  },
  // ---------------------------------------------------------------- matching (rule 1)
  {
    id: 'match-spoken-email', split: 'train', from: 'anonymous',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, it's about my referral status, my email is dana at northwind dot io."],
    expect: { intent: 'referral', matchStatus: 'matched', matchId: 'ref_dana', creates: 'none' },
  },
  {
    id: 'match-own-code-refers', split: 'train', from: 'anonymous',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Hi, my referral code is LUIS-7. I want to refer my neighbor, Carla Ruiz.', 'A: Great, how can we reach her?', 'C: Her email is carla at ruizdesign dot com.'],
    expect: { intent: 'referral', matchStatus: 'matched', matchId: 'mem_luis', creates: 'create_referral', outcome: 'referred_someone' },
  },
  {
    id: 'member-refers-phone', split: 'train', from: '+17185550140',
    turns: ['A: Brightside Rewards, how can I help?', "C: Ruth Okafor here. I'd like to refer my colleague Jamal Reed, his number is 312 555 0199."],
    expect: { intent: 'referral', matchStatus: 'matched', matchId: 'mem_ruth', creates: 'create_referral', outcome: 'referred_someone' },
  },
  {
    id: 'member-refers-no-contact', split: 'train', from: '+14155550101',
    turns: ['A: Brightside Rewards, how can I help?', "C: Sam again. I want to refer my brother Tim but I don't have his email handy."],
    expect: { intent: 'referral', matchStatus: 'matched', matchId: 'mem_sam', creates: 'none' },
  },
  {
    id: 'join-with-email', split: 'train', from: '+17205550111',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, I'm Harper Quinn, I love your product and I'd like to join your referral program. My email is harper.quinn@gmail.com."],
    expect: { intent: 'referral', matchStatus: 'new', creates: 'create_member', outcome: 'joined_program' },
  },
  {
    id: 'join-without-email', split: 'train', from: '+17205550112',
    turns: ['A: Brightside Rewards, how can I help?', 'C: This is Felix Moore. How do I become an ambassador? I recommend you to people all the time.'],
    expect: { intent: 'referral', matchStatus: 'new', creates: 'none', outcome: 'joined_program' },
  },
  {
    id: 'join-as-referral', split: 'train', from: '+13035550155',
    turns: ['A: Brightside Rewards, how can I help?', "C: Tom Becker here. I'd like to become a member so I can refer my friends too."],
    expect: { intent: 'referral', matchStatus: 'matched', matchId: 'ref_tom', creates: 'create_member' },
  },
  {
    id: 'match-weak-name-only', split: 'train', from: 'anonymous',
    turns: ['A: Brightside Rewards, how can I help?', 'C: Hi, this is Leo Grant. Any update on my referral?'],
    expect: { matchStatus: 'ambiguous', review: true, reviewReason: 'low_confidence_match', creates: 'none' },
  },
  {
    id: 'match-name-company', split: 'train', from: 'anonymous',
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, it's Priya Nair from Copperleaf. Can you resend the pricing proposal?"],
    expect: { intent: 'sales_inquiry', matchStatus: 'matched', matchId: 'ref_priya', review: true, reviewReason: 'high_value' },
  },
  {
    id: 'match-name-domain-update-email', split: 'train', from: 'anonymous', caller: { first_name: 'Nina', last_name: 'Volkov', email: 'nvolkov@glassbay.com' },
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, it's Nina. I'd love to see a demo of the dashboard for our team."],
    expect: { intent: 'sales_inquiry', matchStatus: 'matched', matchId: 'ref_nina', creates: 'none' },
  },
  {
    id: 'match-conflicting-strong-keys', split: 'train', from: '+14155550101', caller: { email: 'dana@northwind.io' },
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi, I'm calling about a demo for our team."],
    expect: { matchStatus: 'ambiguous', review: true, reviewReason: 'ambiguous_match', creates: 'none' },
  },
  // ---------------------------------------------------------------- status changes (rule 6)
  {
    id: 'not-interested-price', split: 'train', from: '+15125550166',
    turns: ['A: Brightside Rewards, how can I help?', "C: Jordan Blake. Honestly it's too expensive for us, so we're not interested."],
    expect: { optOut: false, matchStatus: 'matched', matchId: 'ref_jordan', objection: 'price', statusTo: 'denied', outcome: 'confirmed_no_interest', review: false, creates: 'none' },
  },
  {
    id: 'not-now-timing', split: 'train', from: '+14045550122',
    turns: ['A: Brightside Rewards, how can I help?', "C: Nina Volkov. We're not ready yet, maybe next quarter. We're too busy with the launch."],
    expect: { optOut: false, matchStatus: 'matched', matchId: 'ref_nina', objection: 'timing', statusTo: null, creates: 'none' },
  },
  {
    id: 'no-answer-empty', split: 'train', from: '+14155550101', status: 'no_answer',
    turns: [],
    expect: { intent: 'other', review: false, matchStatus: 'matched', matchId: 'mem_sam', creates: 'none', followUpAt: null, optOut: false },
  },
  // ---------------------------------------------------------------- holdout: written after the rules, not tuned on
  {
    id: 'h-oo-remove-number', split: 'holdout', from: '+13035550155',
    turns: ['A: Brightside Rewards, how can I help?', "C: Yeah hi, this is Tom. Can you please remove my number from your system? I'm getting calls every day."],
    expect: { intent: 'opt_out', optOut: true, suppress: true, suppressReason: 'opt_out', matchStatus: 'matched', matchId: 'ref_tom', creates: 'none' },
  },
  {
    id: 'h-oo-leave-alone', split: 'holdout', from: '+17735550144',
    turns: ['A: Brightside Rewards, this is Ava.', 'C: Omar Haddad. Look, I am done. Stop contacting me, all of you.'],
    expect: { intent: 'opt_out', optOut: true, optOutScope: 'all', suppress: true, suppressReason: 'opt_out', review: false, matchId: 'ref_omar' },
  },
  {
    id: 'h-oo-future-maybe', split: 'holdout', from: '+12145550100',
    turns: ['A: Brightside Rewards, how can I help?', "C: I'm thinking about unsubscribing, but first tell me how the referral bonus works."],
    expect: { optOut: false, suppress: false },
  },
  {
    id: 'h-billing-callback', split: 'holdout', from: '+14255550188',
    turns: ['A: Brightside Rewards billing.', "C: Hi, it's Ivy Chen. I have a question about a fee on my last invoice, can you call me back tomorrow afternoon?"],
    expect: { intent: 'billing', suppress: true, suppressReason: 'billing', matchId: 'mem_ivy', followUpAt: '2026-11-11T19:00:00Z', followUpChannel: 'phone' },
  },
  {
    id: 'h-prospect-code-attribution-text-me', split: 'train', from: '+16195550142', attribution: { referral_code: 'RUTH-10', campaign: 'advocates' },
    turns: ['A: Brightside Rewards, how can I help?', "C: Hi! I'm Lena Fox. Ruth told me about you. We run a small yoga studio and want to reward members who bring friends. Text me Friday with a quote?"],
    expect: { intent: 'sales_inquiry', matchStatus: 'new', creates: 'create_referral', followUpAt: '2026-11-13T15:00:00Z', followUpChannel: 'sms', segment: 'smb' },
  },
  {
    id: 'h-spam-prize', split: 'holdout', from: '+18005550123',
    turns: ['A: Brightside Rewards.', 'C: Congratulations, you have won a gift card! Press nine now to claim your reward.'],
    expect: { intent: 'spam', marker: 'spam', creates: 'none', review: false, followUpAt: null },
  },
  {
    id: 'h-wrong-person', split: 'holdout', from: '+13125550117',
    turns: ['A: Hi, is this Mateo?', "C: No, you've got the wrong person. I don't know anyone named Mateo."],
    expect: { intent: 'wrong_number', suppress: true, suppressReason: 'wrong_number', matchId: 'ref_mateo', creates: 'none' },
  },
  {
    id: 'h-pt-time', split: 'train', from: '+14155550123',
    turns: ['A: Brightside Rewards, how can I help?', "C: Dana here. I'd love a demo for my team. Does Wednesday at 10 Pacific work?", 'A: Wednesday at 10 Pacific is booked.'],
    expect: { intent: 'sales_inquiry', matchId: 'ref_dana', followUpAt: '2026-11-11T18:00:00Z', outcome: 'booked_demo' },
  },
];
