import { decideCall } from '../../../domain/decide';
import { planSchema, type Action, type Plan } from '../../../domain/plan';

/** Rule 3, as the workflow applies it: an opt-out's suppression and note never wait. */
const neverWaits = (a: Action, plan: Plan) => plan.classification.optOut.requested && ((a.type === 'suppress' && a.reason === 'opt_out') || a.type === 'add_note');
import { directory, makeCall, policy, rec } from './helpers';
import type { Call } from '../../../domain/call';
import { rulesClassifier } from '../../../domain/classify/rulesClassifier';

const decide = (call: Call, extra = [] as Parameters<typeof directory>[0], p = policy) => decideCall(call, directory(extra), p, rulesClassifier);
const ofType = <T extends Action['type']>(plan: Plan, type: T) => plan.actions.filter((a): a is Extract<Action, { type: T }> => a.type === type);
type UpdateAction = Extract<Action, { changes: unknown }>;
const updates = (plan: Plan, type: 'update_referral' | 'update_member') => plan.actions.filter((a): a is UpdateAction => a.type === type);

describe('decideCall', () => {
  it('returns a plan that satisfies the contract schema', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns: ['C: Hi, Dana here. I want a demo Friday at 2pm.'] }));
    expect(planSchema.parse(plan)).toEqual(plan);
    expect(plan.callId).toBe('call_test_1');
  });
});

describe('rule 2: bad timing suppresses promotions', () => {
  it.each(['support', 'billing', 'cancellation', 'complaint'] as const)('%s pauses (stopFutureOutreach false)', async (intent) => {
    const text = {
      support: "C: The dashboard isn't loading, I get an error.",
      billing: 'C: I was double charged on my invoice.',
      cancellation: 'C: I want to cancel my subscription.',
      complaint: 'C: This is unacceptable, I am really frustrated with your service.',
    }[intent];
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: [text] }));
    expect(plan.classification.intent).toBe(intent);
    const s = ofType(plan, 'suppress');
    expect(s).toEqual([{ type: 'suppress', target: { type: 'member', id: 'm-sam' }, reason: intent, stopFutureOutreach: false, email: 'sam@contoso.com' }]);
  });

  it('one suppression per record: opt_out wins over billing', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: I was double charged on my invoice. Also unsubscribe me from everything.'] }));
    const s = ofType(plan, 'suppress');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ reason: 'opt_out', stopFutureOutreach: true });
  });
});

describe('rule 3: opt-out is honoured at once', () => {
  it('suppresses with stopFutureOutreach, denies consent, needs no review of its own, and never waits', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Take me off your list and stop calling me.'] }));
    expect(plan.classification.optOut).toEqual({ requested: true, possible: false, scope: 'all' });
    expect(plan.classification.consent.marketing).toBe('denied');
    expect(plan.review.required).toBe(false);
    const s = ofType(plan, 'suppress')[0];
    expect(s).toMatchObject({ reason: 'opt_out', stopFutureOutreach: true, email: 'sam@contoso.com' });
    expect(plan.actions.filter((a) => neverWaits(a, plan)).map((a) => a.type).sort()).toEqual(['add_note', 'suppress']);
  });

  it('a prospect who chose someone else and asks to close the file is denied, not paused for a cancellation', async () => {
    const closeIt = ['A: Checking in after the pricing we sent over.', 'C: We went another way, signed with ADP last week.', 'A: Should I close out your file on our end?', 'C: Yeah, go ahead and close it.'];
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns: closeIt }));
    expect(ofType(plan, 'suppress')).toEqual([]);
    expect(updates(plan, 'update_referral')[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status', to: 'denied' })]));
    // Cancelling a trial is a cancellation: paused, whatever the record.
    const trial = await decide(makeCall({ fromNumber: '+14155550123', turns: ['C: Please cancel our trial subscription, we are closing the shop.'] }));
    expect(ofType(trial, 'suppress')[0]).toMatchObject({ reason: 'cancellation' });
  });

  it('a call only about when to reach the caller is an update, not a complaint to pause for', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns: ['A: Harbormint, this is Juno. How can I help?', "C: Hey. Dana Whitfield. So your team's been calling me around lunchtime, and I'm a cinematographer, midday I'm on set and my phone's in a bin.", 'A: Sorry about that, Dana.', 'C: No, it\'s fine, I do want to talk to you guys. Can you just switch me to evenings? Evenings are best.', "A: Absolutely. I'll change your contact preference from afternoons to evenings.", "C: Thanks. That's it."] }));
    expect(ofType(plan, 'suppress')).toEqual([]);
    expect(updates(plan, 'update_referral')[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'preferredContact', to: 'callEvening' })]));
    // Said as when the caller is free, after a complaint about the mornings, still keen.
    const free = await decide(makeCall({ fromNumber: '+14155550123', turns: ["C: Someone from your team keeps trying me in the mornings and I'm always mid-class.", 'A: Oh, I am sorry.', "C: No, it's fine! I still want to talk to you guys. It's just, mornings are impossible. Evenings are when I'm actually free, after seven.", "A: Got it. I'll change your contact preference from mornings to evenings."] }));
    expect(ofType(free, 'suppress')).toEqual([]);
    expect(updates(free, 'update_referral')[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'preferredContact', to: 'callEvening' })]));
  });

  it('mornings refused, afternoons "totally fine", and a "no, not altogether" to the agent are a preference, not a support case', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns: ['C: Your guys keep ringing me at like eight-thirty in the morning. Can you please stop calling me in the mornings? I literally cannot hear the phone.', 'A: Do you want us to stop calling altogether, or just change the time?', "C: No, no, not altogether. I still want the quote. Afternoons. After one. Afternoons are totally fine.", "A: Got it. I'm switching your contact preference from mornings to afternoons."] }));
    expect(ofType(plan, 'suppress')).toEqual([]);
    expect(updates(plan, 'update_referral')[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'preferredContact', to: 'callAfternoon' })]));
  });

  it('a complaint the agent files is paused for, even when the caller names an evening to be called', async () => {
    const turns = ["C: Afternoon. Grady Holt. I'd like to register my displeasure.", 'A: Of course, Mr. Holt. I\'m listening.', 'C: Your crew drove that truck straight across my east pasture while it was wet, and there\'s ruts a foot deep now. And they left the cattle gate open.', "A: I'm very sorry. I'm filing this as a formal complaint to the operations manager.", 'C: Have him call me this evening. After supper. Say seven.', 'A: A call from the operations manager this evening at seven.'];
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns }));
    expect(ofType(plan, 'suppress')[0]).toMatchObject({ reason: 'complaint' });
  });

  it('a plan cancelled by a member who keeps the referral program is still a cancellation', async () => {
    const turns = ['C: Yeah, Sam Lee. I want to get rid of the premium monitoring, the fourteen ninety-nine a month. I never open it.', 'A: Just so I understand, you want to end the premium monitoring subscription?', "C: End it, yeah. But I'm not leaving the referral program, keep me in that.", 'A: Understood, the referral membership stays. The monitoring plan ends at the close of this billing cycle.', 'C: And my email changed. New one is sam at leeauto dot com.'];
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns }));
    expect(ofType(plan, 'suppress')[0]).toMatchObject({ reason: 'cancellation' });
  });

  it.each([
    [['C: You guys built our pool two summers ago, and I never signed up for the, the referral club. So I\'d like to do that.', 'A: Can I get your name?', 'C: Teresa Vaughn.', 'A: And the best email for you?', 'C: teresa dot vaughn at gmail dot com.', "A: teresa.vaughn@gmail.com. I'll get you enrolled. You'll get a personal referral code you can share."]],
    [['C: Habla Esperanza Ruiz. Héctor, el que me recomendó, me dijo que yo también me puedo meter a eso del club, para que me den algo cuando recomiende.', 'A: Así es. La puedo inscribir como miembro. ¿Qué correo quiere usar?', 'C: esperanza punto ruiz arroba gmail punto com.', 'A: esperanza.ruiz@gmail.com. Listo, le va a llegar su código personal a ese correo.']],
  ])('a join in other words, confirmed by the agent: %j', async (turns) => {
    const plan = await decide(makeCall({ turns }));
    expect(plan.actions.map((a) => a.type)).toContain('create_member');
  });

  it('a person handed over who is already on file is not created again (rule 1 before rule 5)', async () => {
    const turns = ["C: Hi, Sam Lee here. I'd like to refer my colleague Dana Whitfield.", 'A: How can we reach her?', 'C: Her number is 415 555 0123.'];
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns }));
    expect(plan.actions.map((a) => a.type)).not.toContain('create_referral');
    expect(plan.handoff.nextStep ?? plan.summary).toMatch(/already on file \(referral r-dana\)/);
    const fresh = await decide(makeCall({ fromNumber: '+14155550101', turns: [turns[0].replace('Dana Whitfield', 'Jamal Reed'), 'A: How can we reach him?', 'C: His number is 415 555 0199.'] }));
    expect(fresh.actions.map((a) => a.type)).toContain('create_referral');
  });

  it('a new caller who only asks to join was told of the program by a member, not referred to buy: no referral is created under that member', async () => {
    const joinOnly = await decide(makeCall({ fromNumber: '+13125550177', turns: ['A: Thanks for calling, how can I help?', "C: Hi, this is Lena Ortiz. Ruth Okafor told me about your referral program and I'd like to join it.", 'A: Happy to. What email should we use?', "C: I don't have one handy, I'll call back with it."] }));
    expect(joinOnly.actions.map((a) => a.type)).not.toContain('create_referral');
    expect(joinOnly.handoff.nextStep ?? joinOnly.summary).toMatch(/email address to enrol/);
    const alsoBuying = await decide(makeCall({ fromNumber: '+13125550177', turns: ['A: Thanks for calling, how can I help?', "C: Hi, this is Lena Ortiz. Ruth Okafor told me about you. I want two things: a demo for my shop, and can I join the referral program too?", 'A: Happy to. What email should we use?', "C: I don't have one handy, I'll call back with it."] }));
    expect(ofType(alsoBuying, 'create_referral')[0]?.fields).toMatchObject({ firstName: 'Lena', referralCode: 'RUTH-10' });
  });

  it('a referral asking for her own code joins the program', async () => {
    const turns = ["C: Hi, it's Dana Whitfield. Sam referred me a while back, we signed.", 'A: Congratulations! What can I help with?', 'C: So now I want to do the thing Sam did. Get my own code? My sister keeps asking me about it.', 'A: Should I use the email we have on file, dana@northwind.io?', "C: Yes, that one's fine.", "A: Done. You'll get a welcome email with your own code."];
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns }));
    expect(plan.actions.map((a) => a.type)).toContain('create_member');
  });

  it('"I\'m not saying don\'t call me... Just, afternoons" is a preference, not a complaint to pause for', async () => {
    const turns = ["C: Hi, this is Dana Whitfield. I'm a nurse, I work nights, and your guys keep calling me at like nine in the morning, which is basically my midnight.", "A: Oh no, I'm sorry.", "C: And look, I'm not saying don't call me. I still want the quote, I really do. Just, afternoons. After one, ideally.", "A: Understood. I'll change your contact preference to afternoons."];
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns }));
    expect(ofType(plan, 'suppress')).toEqual([]);
    expect(updates(plan, 'update_referral')[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'preferredContact', to: 'callAfternoon' })]));
  });

  it('a caller who moved and keeps everything is updated, not paused as a cancellation', async () => {
    const turns = ['A: How can I help?', "C: I've got a change for my account. I moved. We sold the place and bought a spread outside Boise.", "A: Okay, so I'll go ahead and remove you from-", "C: No! Moved. Not remove. I want to keep everything, the payouts, all of it. I just have a new number.", "A: What's the new one?", 'C: My new number is 208 555 0140.'];
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns }));
    expect(ofType(plan, 'suppress')).toEqual([]);
    expect(updates(plan, 'update_member')[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'phone', to: '+12085550140' })]));
  });

  it('a lawyer who is only someone\'s job is no legal threat; one the caller brings in is', async () => {
    const neutral = await decide(makeCall({ turns: ["C: We're selling the building. The buyer's attorney went through everything and they don't want the service agreement."] }));
    expect(neutral.review.reasons).not.toContain('legal');
    const threat = await decide(makeCall({ turns: ['C: If this is not fixed by Friday you will hear from my attorney.'] }));
    expect(threat.review.reasons).toContain('legal');
  });

  it('the program\'s own reward for a referral is attribution, not money the agent moves', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: My cousin Nick Lane wants a quote, his email is nick at lane dot com.', "A: I'll add him under your referral code so you get the credit when he signs."] }));
    expect(plan.review.reasons).not.toContain('money');
    const refund = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: I was charged twice.', "A: I'll refund the extra forty dollars today."] }));
    expect(refund.review.reasons).toContain('money');
    const halfPrice = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Quiero cancelar el servicio.', 'A: Mire, si se queda, le puedo dejar los próximos tres meses a mitad de precio. Se lo aplico hoy mismo.'] }));
    expect(halfPrice.review.reasons).toContain('money');
    const declined = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Me cobraron dos veces.', 'A: Yo no veo los pagos y tampoco le puedo prometer un reembolso ahorita.'] }));
    expect(declined.review.reasons).not.toContain('money');
    // A message about a rebate is no rebate given.
    const message = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Can somebody text me about the new rebate next week?', "A: Sure thing. We'll text you next week about the rebate."] }));
    expect(message.review.reasons).not.toContain('money');
    const given = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Is there a rebate?', "A: Yes, we'll credit you the two hundred dollar rebate this week."] }));
    expect(given.review.reasons).toContain('money');
  });

  it('a member asking for a referral to be approved is a money review, not a billing call to pause; a refund asked for still pauses', async () => {
    const approve = await decide(makeCall({ fromNumber: '+14155550101', turns: ["C: My referral payout hasn't been paid. Kevin signed last week, and on my portal his referral still says 'qualified', not approved.", 'C: Can you just mark my referral as approved so the payout goes through?'] }));
    expect(approve.classification.intent).toBe('billing');
    expect(approve.review.reasons).toContain('money');
    expect(ofType(approve, 'suppress')).toEqual([]);
    const refund = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: You charged my card twice this month. I want a refund for the second charge.'] }));
    expect(ofType(refund, 'suppress')[0]).toMatchObject({ reason: 'billing' });
  });

  it('a member asking in Spanish for a referral to be approved so the bonus pays is a money review', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ["C: Mi comadre ya se inscribió y todavía me sale como 'pendiente'.", 'C: Es que necesito el bono para la renta. Que la aprueben para que me caiga el dinero.'] }));
    expect(plan.review.reasons).toContain('money');
  });

  it('asks for a money review when the agent sets a referral to a status that pays', async () => {
    const plan = await decide(makeCall({ turns: ['C: I signed with your guy Mike on Tuesday.', "A: That's great news! Then I'll mark your referral as approved today, so Felipe gets his referral reward."] }));
    expect(plan.review.reasons).toContain('money');
    const cannot = await decide(makeCall({ turns: ['C: I signed with your guy Mike on Tuesday.', "A: I can't mark your referral as approved myself, but the team will look."] }));
    expect(cannot.review.reasons).not.toContain('money');
  });

  it('a commitment given as the agent\'s word is a commitment review, in either language', async () => {
    for (const turns of [
      ["C: If Square isn't there by March first, I can't switch.", "A: The Square integration will be live before March first, you have my word."],
      ['C: Si no sale por WhatsApp, no me sirve.', 'A: Le garantizo que el lunes le dejamos activados los recordatorios por WhatsApp.'],
      ['C: Is that for real?', "A: It's a promise. I'll note it on your account."],
    ]) expect((await decide(makeCall({ turns }))).review.reasons).toContain('commitment');
    const hedged = await decide(makeCall({ turns: ['C: Will Square be there by March?', "A: It's on the roadmap, but I can't promise a date."] }));
    expect(hedged.review.reasons).not.toContain('commitment');
  });

  it('no money review when the agent reads a charge back, refuses in Spanish, or tells a member the referral will be credited', async () => {
    for (const turns of [
      ['C: You charged my card on the first. I never said yes.', 'A: So your trial ended and your card was charged on December first without you choosing a plan?', "A: I can't reverse charges on this call, but I'll flag it for billing."],
      ['C: Me salen dos cargos. Quiero que me devuelvan uno.', 'A: Yo no le puedo confirmar el reembolso desde aquí, pero le paso el caso a facturación.'],
      ["C: There's a woman at the bakery, I'll give her my link.", "A: Once she signs up through your link, you'll get credit for the referral."],
    ]) expect((await decide(makeCall({ fromNumber: '+14155550101', turns }))).review.reasons).not.toContain('money');
  });

  it('fraud, theft and threats ask for review when they are about the caller\'s account or person, not as words', async () => {
    const reasons = async (turns: string[]) => (await decide(makeCall({ fromNumber: '+14155550101', turns }))).review.reasons;
    expect(await reasons(["C: My old cell got stolen out of my truck last week, so I have a new number and I want to make sure you have it."])).not.toContain('access');
    expect(await reasons(['C: Someone stole my login and changed my payout details.'])).toContain('access');
    expect(await reasons(["C: And, um, what's your biggest problem with fraud?"])).not.toContain('access');
    expect(await reasons(['C: There are fraudulent charges on my account.'])).toContain('access');
    expect(await reasons(["C: The insurer wants it by the end of the month or they're threatening to raise my premium."])).not.toContain('sensitive_request');
    expect(await reasons(["C: Your rep threatened me on the phone."])).toContain('sensitive_request');
    expect(await reasons(["C: I'd like to join.", "A: I'll have someone send over pricing and the free month offer."])).not.toContain('money');
  });

  it('a vendor pitch in Spanish is a vendor call', async () => {
    const plan = await decide(makeCall({ turns: ['C: Buenos días, ¿con quién hablo para publicidad? Nosotros hacemos letreros de jardín y tenemos una promoción de primavera.', 'A: Le paso la información a mercadeo.', 'C: Y si quieren, les mando muestras gratis.'] }));
    expect(plan.classification.intent).toBe('vendor');
    expect(plan.classification.qualityMarkers).toContain('vendor');
  });

  it('a web lead who is "actually a student" on an assignment is a student, with no follow-up', async () => {
    const plan = await decide(makeCall({ direction: 'outbound', turns: ['A: You requested a demo on our website for your restaurant?', "C: Oh gosh, yes. So... I'm actually a student. We had an assignment to request demos.", 'C: If you could email me a brochure tomorrow, that would really help my paper.'] }));
    expect(plan.classification.qualityMarkers).toContain('student');
    expect(plan.actions.some((a) => a.type === 'schedule_follow_up')).toBe(false);
  });

  it('a school kid on a parent\'s phone is a student', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ["C: Hi, this is Malik. I'm calling from my mom's phone. I'm in eighth grade and we have this business project. We have to interview a company.", "A: That sounds like a cool project."] }));
    expect(plan.classification.qualityMarkers).toContain('student');
  });

  it.each([
    ["C: Hi! I'm Kayla, I'm a senior at ASU, and for my marketing capstone we're studying referral programs at local companies."],
    ["C: Hi! My name's Hannah, and I'm doing my capstone on referral marketing programs in home services. Could someone call me Friday at two?"],
  ])('a capstone student is a student: %s', async (said) => {
    const plan = await decide(makeCall({ turns: [said, 'A: I can pass your request to our marketing team.'] }));
    expect(plan.classification.qualityMarkers).toContain('student');
    expect(plan.classification.qualityMarkers).not.toContain('vendor');
  });

  it('a trade-school student after an apprenticeship is a student, with no callback', async () => {
    const plan = await decide(makeCall({ turns: ["C: Hi, my name's Devon. I'm in the solar tech program at Truckee Meadows Community College, and my instructor said we should call around about apprenticeships?", "A: I can pass your interest to our operations team.", "C: Could somebody call me back Monday? I'm free after one."] }));
    expect(plan.classification.qualityMarkers).toContain('student');
    expect(plan.classification.qualityMarkers).not.toContain('vendor');
    expect(plan.actions.some((a) => a.type === 'schedule_follow_up')).toBe(false);
  });

  it('a student in Spanish creates nothing and gets the student marker', async () => {
    const plan = await decide(makeCall({ turns: ['C: Hola, soy Valeria, estudiante de maestría, y estoy haciendo mi tesis sobre energía solar. ¿Alguien me podría dar una entrevista?', 'A: Le paso su solicitud.'] }));
    expect(plan.classification.qualityMarkers).toContain('student');
    expect(plan.actions.some((a) => a.type === 'create_referral' || a.type === 'create_member' || a.type === 'schedule_follow_up')).toBe(false);
  });

  it('asks a person to look when one of ours will not leave the caller alone, without an opt-out', async () => {
    const plan = await decide(makeCall({ turns: ["C: One of your sales guys found me on Instagram and he's texted my personal cell a bunch of times.", 'A: I am so sorry.', "C: I just want him to leave me alone. Your regular emails are fine."] }));
    expect(plan.review.reasons).toContain('sensitive_request');
    expect(plan.classification.optOut.requested).toBe(false);
    const rep = await decide(makeCall({ turns: ["C: My account rep has been texting my personal cell late at night. Calling me 'gorgeous'.", "C: I don't want him anywhere near my account. I want a different person."] }));
    expect(rep.review.reasons).toContain('sensitive_request');
    const vendedor = await decide(makeCall({ turns: ['C: Desde entonces me escribe. A mi WhatsApp personal. Ahora me manda mensajes a las once, a las doce de la noche. Que qué bonita me veía, que si salimos a cenar.'] }));
    expect(vendedor.review.reasons).toContain('sensitive_request');
  });

  it('asks a person to look when a rep remarks on an employee\'s body; a robocall\'s legal threat asks no one', async () => {
    const rep = await decide(makeCall({ turns: ['C: The rep who came to set up our new location, Kyle, made comments to one of my employees. About her body. In front of me.', "A: That's not acceptable."] }));
    expect(rep.review.reasons).toContain('sensitive_request');
    const robo = await decide(makeCall({ turns: ['A: Brightwater Payroll, le atiende Nova.', 'C: Este es un aviso importante del Departamento de Inmigración. Para evitar una acción legal, oprima el número uno y hable con un oficial.', 'A: ¿Hay alguien en la línea?', 'C: Si no atiende este aviso, su caso será enviado a las autoridades. Oprima uno ahora.'] }));
    expect(robo.classification.intent).toBe('spam');
    expect(robo.review.reasons).not.toContain('legal');
  });

  it('a caller who cannot say what the call is about is an unclear intent for a person to read', async () => {
    const plan = await decide(makeCall({ turns: ["C: My husband set something up with you? The payroll? Or the rewards, I don't know.", "A: Is the account under your husband's name?", "C: I think so. You know what, I'm going to have him call you. I don't even know what it's about."] }));
    expect(plan.classification.intent).toBe('other');
    expect(plan.review.reasons).toContain('unclear_intent');
  });

  it('money the agent credits in Spanish is a money review', async () => {
    const plan = await decide(makeCall({ turns: ['C: Ya me quiero salir del programa. Y ni me pagaron nada.', 'A: Y por la molestia, le voy a acreditar cincuenta dólares en su cuenta de recompensas.'] }));
    expect(plan.review.reasons).toContain('money');
    const matched = await decide(makeCall({ turns: ['C: Ya tengo una cotización de otra compañía, dos mil dólares más barata.', 'A: Si me manda esa cotización, nosotros se la igualamos, y además le descontamos quinientos dólares adicionales.'] }));
    expect(matched.review.reasons).toContain('money');
  });

  it('one who "handles vendors" at the caller\'s firm does not make the caller a vendor', async () => {
    const plan = await decide(makeCall({ direction: 'outbound', turns: ["A: Hi, is this Marcus? It's Rhett with Brightside, following up on the proposal.", "C: Yeah. I'm not sure I want these calls anymore, to be honest. My business partner's the one who handles vendors now, and I just, I don't know."] }));
    expect(plan.classification.qualityMarkers).not.toContain('vendor');
    expect(plan.classification.optOut.possible).toBe(true);
  });

  it('still suppresses (and never waits) when another rule asks for review', async () => {
    const plan = await decide(makeCall({ fromNumber: '+12065550152', turns: ['C: Stop calling me or I will call my lawyer.'] }));
    expect(plan.review.reasons).toEqual(expect.arrayContaining(['high_value', 'legal']));
    expect(ofType(plan, 'suppress')[0]).toMatchObject({ target: { type: 'referral', id: 'r-hana' }, reason: 'opt_out' });
  });

  it('a member who stops one channel and hands over a cousin gets the cousin\'s referral; one who stops everything does not', async () => {
    const texts = await decide(makeCall({ fromNumber: '+14155550101', turns: ["C: Stop texting me. Email's fine, phone's fine, just no more texts.", 'A: Understood.', 'C: Also, I want to refer my cousin Alan Li, he runs a garage door company.', 'A: Happy to. How do I reach Alan?', 'C: alan at li garage doors dot com.', 'A: alan@ligaragedoors.com.'] }));
    expect(ofType(texts, 'suppress')[0]).toMatchObject({ reason: 'opt_out' });
    expect(ofType(texts, 'create_referral')[0]).toMatchObject({ fields: expect.objectContaining({ email: 'alan@ligaragedoors.com', referralCode: 'SAM-22' }) });
    const all = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Please stop contacting me altogether. No calls, no emails, nothing.', 'A: Understood.', 'C: Also, I want to refer my cousin Alan Li, he runs a garage door company.', 'A: Happy to. How do I reach Alan?', 'C: alan at li garage doors dot com.', 'A: alan@ligaragedoors.com.'] }));
    expect(ofType(all, 'create_referral')).toEqual([]);
  });

  it('a member named in passing is no referrer when the caller says nobody referred them', async () => {
    const turns = ["C: I drive past Sam Lee's place every morning and he's got your yard sign out front.", 'A: Oh nice, Sam is one of our partners. Did he send you our way?', "C: No, no, I've never talked to the man. Nobody referred me. I want rough pricing. My email is lionel at baptiste bikes dot com."];
    const plan = await decide(makeCall({ fromNumber: '+16145550471', caller: { firstName: 'Lionel', lastName: 'Baptiste' }, turns }));
    expect(plan.classification.referredBy).toBeNull();
    expect(ofType(plan, 'create_referral')).toEqual([]);
  });

  it('creates nothing promotional for an opted-out caller', async () => {
    const plan = await decide(makeCall({ fromNumber: '+15035550163', caller: { firstName: 'Sofia', email: 'sofia@tidepool.co' }, attribution: { referralCode: 'SAM-22' }, turns: ['C: Sam referred me, but please take me off your list.'] }));
    expect(plan.actions.some((a) => a.type === 'create_referral' || a.type === 'create_member')).toBe(false);
    expect(ofType(plan, 'suppress')[0]).toMatchObject({ target: null, reason: 'opt_out', email: 'sofia@tidepool.co' });
  });
});

describe('rule 4: low-fit calls create nothing', () => {
  it('spam on a matched record: a tagged note, no suppression, no follow-up', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Congratulations, you have won a free cruise! Press nine. Call us back tomorrow at 10.'] }));
    expect(plan.classification.qualityMarkers).toContain('spam');
    expect(plan.actions.map((a) => a.type)).toEqual(['add_note']);
    expect(ofType(plan, 'add_note')[0].text).toContain('[low-fit: spam]');
  });

  it('wrong number suppresses the record for good', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: I think you have the wrong number, there is no Sam here.'] }));
    expect(ofType(plan, 'suppress')[0]).toMatchObject({ reason: 'wrong_number', stopFutureOutreach: true });
  });

  it('a student creates nothing', async () => {
    const plan = await decide(makeCall({ fromNumber: '+15035550163', attribution: { referralCode: 'SAM-22' }, turns: ["C: Hi, I'm Jo Park, I'm a student doing a school project, Sam Lee referred me. My email is jo@uni.edu."] }));
    expect(plan.classification.qualityMarkers).toContain('student');
    expect(plan.actions).toEqual([]);
  });
});

describe('rule 5: create only when new and justified', () => {
  const prospect = (text: string, extra: Partial<Call> = {}) => makeCall({ fromNumber: '+15035550163', turns: ['A: How can I help?', text], ...extra });

  it('creates a referral under the code, without an externalIdentifier', async () => {
    const plan = await decide(prospect("C: My name's Sofia Reyes, sofia@tidepool.co. We want pricing.", { attribution: { referralCode: 'SAM-22' } }));
    const c = ofType(plan, 'create_referral');
    expect(c).toHaveLength(1);
    expect(c[0].fields).toEqual({ firstName: 'Sofia', lastName: 'Reyes', email: 'sofia@tidepool.co', phoneNumber: '+15035550163', referralCode: 'SAM-22' });
    expect(c[0].fields).not.toHaveProperty('externalIdentifier');
  });

  it('a referrer named by full name identifies the member', async () => {
    const plan = await decide(prospect("C: Hi, I'm Sofia Reyes. Ruth Okafor referred me, I'd like a demo."));
    expect(ofType(plan, 'create_referral')[0].fields.referralCode).toBe('RUTH-10');
  });

  it('an unidentifiable referrer creates nothing and asks for review', async () => {
    const unknown = await decide(prospect("C: Hi, I'm Sofia Reyes, I have code ZZZ-1 and want a demo."));
    expect(ofType(unknown, 'create_referral')).toEqual([]);
    expect(unknown.review.reasons).toContain('ambiguous_match');
    const shared = await decide(prospect("C: Hi, I'm Sofia Reyes. Pat referred me, I'd like a demo."), [
      rec({ type: 'member', id: 'm-pat-a', firstName: 'Pat', lastName: 'A', referralCode: 'PA' }),
      rec({ type: 'member', id: 'm-pat-b', firstName: 'Pat', lastName: 'B', referralCode: 'PB' }),
    ]);
    expect(ofType(shared, 'create_referral')).toEqual([]);
    expect(shared.review.reasons).toContain('ambiguous_match');
  });

  it('no referrer, or no contact: nothing is created', async () => {
    expect((await decide(prospect("C: Hi, I'm Sofia Reyes, I'd like a demo."))).actions.filter((a) => a.type.startsWith('create'))).toEqual([]);
    const noContact = await decide(makeCall({ fromNumber: 'anonymous', attribution: { referralCode: 'SAM-22' }, turns: ["C: Hi, I'm Sofia, I'd like a demo."] }));
    expect(noContact.actions.filter((a) => a.type.startsWith('create'))).toEqual([]);
    expect(noContact.handoff.nextStep).toMatch(/email or phone/);
  });

  it('a member who refers someone in a billing call, the agent filing it under their code, creates the referral', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: I got charged twice for December.', 'A: I will pass it to billing.', 'C: Also, unrelated, Dr. Ingrid Solberg at Solberg Veterinary wants a quote. ingrid at solberg vet dot com.', 'A: ingrid@solbergvet.com, under your code. Got it.'] }));
    expect(ofType(plan, 'create_referral')[0]?.fields).toMatchObject({ email: 'ingrid@solbergvet.com', referralCode: 'SAM-22' });
  });

  it('a member referring a new person creates a referral under the member code', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: I want to refer my friend Maya Chen, her email is maya at chenworks dot com.'] }));
    expect(ofType(plan, 'create_referral')[0].fields).toEqual({ firstName: 'Maya', lastName: 'Chen', email: 'maya@chenworks.com', referralCode: 'SAM-22' });
    expect(plan.classification.outcome).toBe('referred_someone');
  });

  it('a join the agent confirms ("I\'ll get you enrolled ... your referral code") is a join, in whatever words it was asked', async () => {
    const joined = (...turns: string[]) => makeCall({ fromNumber: '+15035550163', turns: ['A: How can I help?', ...turns] });
    const plan = await decide(joined("C: I'm Lee Wong. I heard you pay for referrals. So can I sign up? I'd like to. My email is lee@wong.dev.", "A: Great. I'll get you enrolled, and you'll get a welcome email with your referral code."));
    expect(ofType(plan, 'create_member')[0].fields).toMatchObject({ firstName: 'Lee', email: 'lee@wong.dev' });
    const demo = await decide(joined("C: I'm Lee Wong, I'd like to see the booking app. My email is lee@wong.dev.", "A: Great. I'll get you set up with a demo on Thursday."));
    expect(ofType(demo, 'create_member')).toEqual([]);
    // In any words, in a call about the program: "Would you like to join?" - "Yes ma'am, sign me up".
    const offered = await decide(joined("C: I'm Lee Wong. My neighbor says there's a referral program with a credit.", 'A: There is! Would you like to join?', "C: Yes ma'am, sign me up. My email is lee@wong.dev."));
    expect(ofType(offered, 'create_member')[0].fields).toMatchObject({ email: 'lee@wong.dev' });
    const spanish = await decide(joined('C: Soy Lee Wong. Vi un anuncio de que por recomendar clientes le dan recompensas. Quisiera inscribirme. Mi correo es lee@wong.dev.'));
    expect(ofType(spanish, 'create_member')).toHaveLength(1);
    // Signing up for a demo in a call that mentions the program is no join.
    const demoSignUp = await decide(joined("C: I'm Lee Wong, a partner program member sent me. I'd like to sign up for a demo. My email is lee@wong.dev."));
    expect(ofType(demoSignUp, 'create_member')).toEqual([]);
  });

  it('joining the program needs an email; without one the plan asks for it', async () => {
    const withEmail = await decide(prospect("C: I'm Lee Wong and I'd like to join your referral program. My email is lee@wong.dev."));
    expect(ofType(withEmail, 'create_member')[0].fields).toEqual({ firstName: 'Lee', lastName: 'Wong', email: 'lee@wong.dev', phone: '+15035550163', programId: 'prog-1' });
    const without = await decide(prospect("C: I'm Lee Wong and I'd like to join your referral program."));
    expect(ofType(without, 'create_member')).toEqual([]);
    expect(without.handoff.nextStep).toMatch(/email/);
    expect(without.summary).toMatch(/email/);
  });
});

describe('rule 6: updates list from, to and reason', () => {
  it('a complaint that ends "close my file, I\'m not interested anymore", closed out by the agent, moves the referral to denied', async () => {
    const turns = ['C: I want to complain about your salesman. He showed up at the restaurant during lunch service and kept pitching my staff.', "A: I'm really sorry. I'll report this to the sales manager.", "C: Please do. And you can close my file. I'm not interested anymore, not after that."];
    const closed = await decide(makeCall({ fromNumber: '+16175550131', turns: [...turns, "A: Understood. I'll close out your referral."] }));
    expect(updates(closed, 'update_referral')[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status', to: 'denied' })]));
    const kept = await decide(makeCall({ fromNumber: '+16175550131', turns: [...turns, "A: Understood. I'll pass that along."] }));
    expect(updates(kept, 'update_referral')[0]?.changes ?? []).not.toEqual(expect.arrayContaining([expect.objectContaining({ to: 'denied' })]));
  });

  it('a prospect who "won\'t be needing you" and closes the file declines (denied), with no cancellation pause', async () => {
    const plan = await decide(makeCall({ fromNumber: '+16175550131', turns: ["C: My cousin's boy is doing our books now. So we won't be needing you. Nothing against you folks.", 'A: Would you like us to check back next year?', 'C: No, no. You can close it out, whatever you have open on me.', "A: I'll close your file, then."] }));
    expect(plan.classification.intent).toBe('cancellation');
    expect(updates(plan, 'update_referral')[0]?.changes).toContainEqual(expect.objectContaining({ field: 'status', to: 'denied' }));
    expect(plan.classification.suppression.suppress).toBe(false);
  });

  it('"not interested" moves a referral to denied without money review', async () => {
    const plan = await decide(makeCall({ fromNumber: '+16175550131', turns: ["C: We went with another vendor, so we're not interested."] }));
    expect(updates(plan, 'update_referral')[0].changes).toEqual([{ field: 'status', from: 'pending', to: 'denied', reason: 'confirmed not interested' }]);
    expect(plan.review.reasons).not.toContain('money');
    expect(plan.classification.objection).toBe('competitor');
  });

  it('the agent closing the prospect\'s file, as asked, moves the referral to denied', async () => {
    const closed = await decide(makeCall({ fromNumber: '+16175550131', turns: ["C: Ravi meant well, but I've looked it over and I'll stay with my paper ledger. So you can close that out.", "A: Totally understand. I'll mark it closed."] }));
    expect(updates(closed, 'update_referral')[0].changes).toContainEqual({ field: 'status', from: 'pending', to: 'denied', reason: 'confirmed not interested' });
    const asked = await decide(makeCall({ fromNumber: '+16175550131', turns: ['C: Sorry, I should have called you back about the demo. We picked another tool last month.', 'A: Should I close out your file on our end?', 'C: Yeah, go ahead.'] }));
    expect(updates(asked, 'update_referral')[0].changes).toContainEqual(expect.objectContaining({ field: 'status', to: 'denied' }));
    const kept = await decide(makeCall({ fromNumber: '+16175550131', turns: ['C: Sorry, I should have called you back about the demo. We picked another tool last month.', 'A: Should I close out your file on our end?', 'C: No, keep it open, we may switch back.'] }));
    expect(updates(kept, 'update_referral').flatMap((a) => a.changes).map((c) => c.field)).not.toContain('status');
    const proposal = await decide(makeCall({ fromNumber: '+16175550131', turns: ["C: The board voted to renew with the current company. No, it's final, close it out.", "A: Understood, I'll close the proposal. Thanks for letting us know."] }));
    expect(updates(proposal, 'update_referral')[0].changes).toContainEqual(expect.objectContaining({ field: 'status', to: 'denied' }));
  });

  it('a new email given on the call', async () => {
    const plan = await decide(makeCall({ fromNumber: '+16175550131', turns: ['C: Please use my new email, pat at lumenlabs dot com.'] }));
    expect(updates(plan, 'update_referral')[0].changes).toEqual([{ field: 'email', from: 'pat@lumen.io', to: 'pat@lumenlabs.com', reason: 'caller gave this email on the call' }]);
  });

  it('a new email given on the call, although the webhook still carries the old one', async () => {
    const plan = await decide(makeCall({ fromNumber: '+16175550131', caller: { email: 'pat@lumen.io' }, turns: ["C: I just changed my email. It's pat at lumenlabs dot com now."] }));
    expect(updates(plan, 'update_referral')[0].changes).toContainEqual({ field: 'email', from: 'pat@lumen.io', to: 'pat@lumenlabs.com', reason: 'caller gave this email on the call' });
  });

  it("a named person's email the agent asked for is not the caller's", async () => {
    const plan = await decide(makeCall({ fromNumber: '+16175550131', turns: ['C: My friend Paloma wants to hear from you.', "A: What's Paloma's full name and email?", 'C: Paloma Reyes. It is paloma at reyes events dot com.'] }));
    expect(updates(plan, 'update_referral').flatMap((a) => a.changes).map((c) => c.field)).not.toContain('email');
  });

  it('ready to buy proposes qualified, which is money and waits for review', async () => {
    const plan = await decide(makeCall({ fromNumber: '+16175550131', turns: ["C: We're ready to sign the contract."] }));
    expect(updates(plan, 'update_referral')[0].changes[0]).toMatchObject({ field: 'status', from: 'pending', to: 'qualified' });
    expect(plan.review.reasons).toContain('money');
  });
});

describe('rule 7: review when it matters', () => {
  it.each([
    ['C: I will have my attorney contact you.', ['sensitive_request', 'legal']],
    ['C: Under the CCPA, delete my personal data.', ['sensitive_request', 'legal']],
    ["C: I'm locked out of my account and I think I was hacked.", ['sensitive_request', 'access']],
    ["C: It says my password's wrong, I reset it, and the reset link never shows up.", ['sensitive_request', 'access']],
    ['C: Quiero ejercer mi derecho de supresión según el RGPD. Que borréis todos mis datos personales.', ['sensitive_request', 'legal']],
    ['C: Ya hablé con un abogado, y él dice que ustedes son responsables de los daños. Les va a mandar una carta.', ['sensitive_request', 'legal']],
    ["C: One of your technicians has been messaging me at like eleven at night. Asking if I'm single. Last night he said he might swing by since he knows where I live.", ['sensitive_request']],
    ["C: Then Monday he was waiting by my car when I got home from work, and asked if my husband was home.", ['sensitive_request']],
    ["C: I need some information about a customer of yours. He's my ex-husband. I just need the address where you installed his water thing.", ['sensitive_request']],
    ["C: Sunita said no and you marked her denied. Well, she signed. Can you switch her over to approved so my reward goes through?", ['money']],
  ])('%s', async (text, reasons) => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: [text] }));
    expect(plan.review.required).toBe(true);
    expect(plan.review.reasons).toEqual(expect.arrayContaining(reasons));
  });

  it('high value by amount or VIP', async () => {
    expect((await decide(makeCall({ fromNumber: '+12065550152', turns: ['C: Hana Kim, just checking on my demo time.'] }))).review.reasons).toContain('high_value');
    const vip = rec({ type: 'referral', id: 'r-vip', firstName: 'Val', lastName: 'Ip', phone: '+13125550100', vip: true });
    expect((await decide(makeCall({ fromNumber: '+13125550100', turns: ['C: I want a demo.'] }), [vip])).review.reasons).toContain('high_value');
  });

  it('high value on a low-fit call: where the record or its person is touched, not on a number alone', async () => {
    const pitch = "C: Hi, we sell payment processing services to businesses like yours, do you have a minute?";
    const byNumber = await decide(makeCall({ fromNumber: '+12065550152', turns: [pitch] }));
    expect(byNumber.classification.intent).toBe('vendor');
    expect(byNumber.review.reasons).not.toContain('high_value');
    const byPerson = await decide(makeCall({ fromNumber: '+12065550152', caller: { firstName: 'Hana', lastName: 'Kim' }, turns: [pitch] }));
    expect(byPerson.classification.intent).toBe('vendor');
    expect(byPerson.review.reasons).toContain('high_value');
    const wrong = await decide(makeCall({ fromNumber: '+12065550152', turns: ["C: You called asking for Hana? There's no Hana here, this is a daycare, wrong number."] }));
    expect(wrong.classification.intent).toBe('wrong_number');
    expect(wrong.review.reasons).toContain('high_value');
  });

  it('a firm named "Abogados" is no lawyer brought in', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Hi, Inés Carvajal, Carvajal Abogados. I have some questions on pricing.'] }));
    expect(plan.review.reasons).not.toContain('legal');
  });

  it.each([
    ['Mire, por ser referido de la señora Luz, le hacemos un diez por ciento de descuento en la instalación.'],
    ['Mire, voy a marcar a Ramón como aprobado para que le liberen sus quinientos dólares.'],
  ])('money the agent moves: %s', async (said) => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Oiga, ¿y mi bono?', `A: ${said}`, 'C: Ah, qué bien.'] }));
    expect(plan.review.reasons).toContain('money');
  });

  it('money and commitment promised by the agent', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: I was charged twice.', "A: I'll refund it and give you a free month.", 'C: Thanks.', 'A: And I guarantee this will never happen again.'] }));
    expect(plan.review.reasons).toEqual(expect.arrayContaining(['money', 'commitment']));
  });

  it('unclear intent', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Yeah, hi, um, about the thing from before.'] }));
    expect(plan.review.reasons).toContain('unclear_intent');
  });
});

describe('rule 8 and 9: follow-up and trail', () => {
  it('schedules the follow-up with the routed owner and leaves a note with links', async () => {
    const p = { ...policy, ownerRules: [{ campaign: 'spring', owner: 'ae-west@example.com' }] };
    const plan = await decide(makeCall({ fromNumber: '+14155550123', attribution: { campaign: 'Spring', source: 'google', medium: 'cpc' }, turns: ['A: When suits you?', 'C: Thursday at 2 works.'] }), [], p);
    expect(ofType(plan, 'schedule_follow_up')[0]).toMatchObject({ at: '2026-11-12T19:00:00Z', channel: 'phone', owner: 'ae-west@example.com', target: { type: 'referral', id: 'r-dana' } });
    expect(plan.classification.followUp?.owner).toBe('ae-west@example.com');
    expect(plan.handoff).toMatchObject({ owner: 'ae-west@example.com', due: '2026-11-12T19:00:00Z', recordUrl: 'https://app.referralrock.com/clientadmin/referrals/r-dana' });
    expect(plan.handoff.attribution).toEqual({ source: 'google', campaign: 'Spring', utm: { source: 'google', medium: 'cpc', campaign: 'Spring' } });
    const note = ofType(plan, 'add_note')[0];
    expect(note.target).toEqual({ type: 'referral', id: 'r-dana' });
    expect(note.text).toContain('call_test_1');
    expect(note.text).toContain('https://x.example/t');
    expect(note.text).toContain('https://x.example/r');
    expect(note.text).toContain(plan.summary);
  });

  it('routes by referring member and segment; falls back to the default owner', async () => {
    const p = { ...policy, defaultOwner: 'team@example.com', ownerRules: [{ referringMemberId: 'm-sam', owner: 'sam-owner@example.com' }, { segment: 'enterprise', owner: 'ent@example.com' }] };
    expect((await decide(makeCall({ fromNumber: '+14155550123', turns: ['C: I want a demo.'] }), [], p)).handoff.owner).toBe('sam-owner@example.com');
    expect((await decide(makeCall({ fromNumber: '+16175550131', turns: ['C: I want a demo, we have 5000 employees.'] }), [], p)).handoff.owner).toBe('ent@example.com');
    expect((await decide(makeCall({ fromNumber: '+16175550131', turns: ['C: I want a demo.'] }), [], p)).handoff.owner).toBe('team@example.com');
  });

  it('every matched record gets exactly one note; unmatched callers none', async () => {
    const matched = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: hello'] }));
    expect(ofType(matched, 'add_note')).toHaveLength(1);
    const unmatched = await decide(makeCall({ fromNumber: '+19995550000', turns: ['C: hello'] }));
    expect(ofType(unmatched, 'add_note')).toHaveLength(0);
  });

  it('the summary says who, why, what was promised, who owns the next step and when', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550123', turns: ['C: Dana Whitfield here, I want a demo.', 'A: When suits you?', 'C: Thursday at 2pm.'] }));
    expect(plan.summary).toMatch(/Dana Whitfield/);
    expect(plan.summary).toMatch(/sales inquiry/);
    expect(plan.summary).toMatch(/Promised: Call Dana Whitfield for the demo Thursday 12 Nov at 14:00 America\/New_York/);
    expect(plan.summary).toMatch(/owner unassigned, due 2026-11-12T19:00:00Z/);
  });
});

describe('suppression email', () => {
  it('carries the email only when the opt-out covers email', async () => {
    const all = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Unsubscribe me from everything.'] }));
    expect(ofType(all, 'suppress')[0].email).toBe('sam@contoso.com');
    const sms = await decide(makeCall({ fromNumber: '+14155550101', turns: ["C: Don't text me again."] }));
    expect(ofType(sms, 'suppress')[0]).toMatchObject({ reason: 'opt_out', email: null });
    const wrong = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Wrong number, there is no Sam here.'] }));
    expect(ofType(wrong, 'suppress')[0]).toMatchObject({ reason: 'wrong_number', email: null });
  });
});

describe("DialNexa's hints", () => {
  it('are never trusted blindly: the summary says where the transcript differs', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', analysis: { intent: 'sales', sentiment: 'positive' }, turns: ['C: I was double charged on my invoice and I am really upset.'] }));
    expect(plan.classification.intent).toBe('billing');
    expect(plan.summary).toMatch(/DialNexa's analysis said intent "sales", the transcript says billing/);
    expect(plan.summary).toMatch(/sentiment positive, the transcript reads negative/);
  });
});

describe('later safety rules', () => {
  it('opt-out-like words no rule affirms are held: paused at once, reviewed with the quote', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: You people call me way too many times.'] }));
    expect(plan.classification.optOut).toMatchObject({ requested: false, possible: true });
    expect(plan.classification.suppression).toEqual({ suppress: true, reason: 'possible_opt_out', stopFutureOutreach: false });
    expect(plan.actions).toContainEqual(expect.objectContaining({ type: 'suppress', reason: 'possible_opt_out', stopFutureOutreach: false }));
    expect(plan.review.reasons).toContain('possible_opt_out');
    expect(plan.handoff.nextStep).toMatch(/confirm or lift the possible opt-out \("You people call me way too many times\."\)/);
  });

  it("DialNexa's analysis reporting an opt-out the words do not make is a hold, stated in the summary", async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Can you tell me what the referral reward is?'], analysis: { intent: 'opt_out' } }));
    expect(plan.classification.optOut).toMatchObject({ requested: false, possible: true });
    expect(plan.review.reasons).toContain('possible_opt_out');
    expect(plan.summary).toMatch(/DialNexa's analysis reports an opt-out/);
    expect(plan.classifier?.disagreements?.length).toBe(1);
  });

  it("DialNexa's opt-out against a caller who refuses one in so many words holds nothing, and says why", async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ["C: I can't get into my rewards account. I don't want to unsubscribe from anything, I want my account back."], analysis: { intent: 'opt_out' } }));
    expect(plan.classification.optOut).toMatchObject({ requested: false, possible: false });
    expect(plan.review.reasons).not.toContain('possible_opt_out');
    expect(plan.classifier?.disagreements?.[0]).toMatch(/refuses one in so many words/);
  });

  it('falls back to DialNexa\'s intent only when the words say nothing, with low confidence (review)', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Hmm, okay.'], analysis: { intent: 'sales' } }));
    expect(plan.classification.intent).toBe('sales_inquiry');
    expect(plan.classification.intentConfidence).toBeLessThan(0.5);
    expect(plan.review.reasons).toContain('unclear_intent');
  });

  it('records which classifier decided', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: I want to refer a friend.'] }));
    expect(plan.classifier).toMatchObject({ id: 'rules', version: expect.stringMatching(/^\d+\.\d+\.\d+(?:\+[\w.-]+)?$/) });
  });

  it('an agent offer to remove the caller, accepted, is an opt-out', async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: You call a lot.', 'A: Would you like me to remove you from our call list?', 'C: Yes please.'] }));
    expect(plan.classification.optOut).toEqual({ requested: true, possible: false, scope: 'calls' });
  });

  it('a referrer named in lower-case speech is found by the members\' names', async () => {
    const plan = await decide(makeCall({ fromNumber: '+15035550199', turns: ['C: hi this is nora field ruth okafor referred me and i want a demo my email is nora at fieldco dot com'] }));
    expect(plan.classification.referredBy?.name).toBe('Ruth Okafor');
    expect(ofType(plan, 'create_referral')[0].fields).toMatchObject({ firstName: 'Nora', lastName: 'Field', email: 'nora@fieldco.com', referralCode: 'RUTH-10' });
  });

  it("a team mailbox is not the caller's email", async () => {
    const plan = await decide(makeCall({ fromNumber: '+14155550101', turns: ['C: Please send invoices to accounting@contoso.com from now on.'] }));
    expect(plan.actions.some((a) => a.type === 'update_member')).toBe(false);
  });

  it("a code the caller calls theirs but that belongs to a differently named member is the referrer's", async () => {
    const plan = await decide(makeCall({ fromNumber: '+15035550198', turns: ["C: Hi, I'm Lily Evans. My code is RUTH-10, Ruth gave it to me. I want pricing, lily@evansdesign.co."] }));
    expect(plan.match.status).toBe('new');
    expect(ofType(plan, 'create_referral')[0].fields.referralCode).toBe('RUTH-10');
  });
});
