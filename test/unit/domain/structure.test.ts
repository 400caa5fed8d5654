/**
 * Readings that come from the call's structure rather than from phrasings: a member named by the
 * program's own data, a contact handed over for someone else, and a time both sides said.
 */
import { decideCall } from '../../../domain/decide';
import { rulesClassifier } from '../../../domain/classify/rulesClassifier';
import { referrerInSpeech } from '../../../domain/referrer';
import { mentionTokens } from '../../../domain/mentionTokens';
import { RecordIndex } from '../../../domain/recordIndex';
import type { Plan } from '../../../domain/plan';
import { directory, makeCall, policy, records } from './helpers';

const members = new RecordIndex(records);
const said = (...texts: string[]) => texts.map((text, turn) => ({ text, turn }));
const creates = (plan: Plan) => plan.actions.filter((a) => a.type === 'create_referral');

describe('a member named by the program\'s data', () => {
  it('reads spoken and spelled codes', () => {
    expect(mentionTokens('Es S A M guion veintidós... no, S A M dash two two')).toContain('sam');
    expect(mentionTokens('RUTH dash ten')).toEqual(['ruth', '10']);
  });

  it('finds a code said aloud, a full name, a last name only one member has, in either speaker\'s words', () => {
    expect(referrerInSpeech(said('Me pasó un código, es RUTH guion diez.'), members, { firstName: null, lastName: null }, null)?.member?.id).toBe('m-ruth');
    expect(referrerInSpeech(said('So Grace Park pointed you our way?'), members, { firstName: null, lastName: null }, null)?.member?.id).toBe('m-vip');
    expect(referrerInSpeech(said('Ms. Okafor, the designer, she is in my building.'), members, { firstName: null, lastName: null }, null)?.member?.id).toBe('m-ruth');
  });

  it('names no member when two members share the name said', () => {
    const ruth = members.get('member', 'm-ruth')!;
    const twins = new RecordIndex([...records, { ...ruth, id: 'm-ruth2', email: 'ruth@other.example', referralCode: 'RUTH-2' }]);
    const found = referrerInSpeech(said('Ruth Okafor told me about you.'), twins, { firstName: null, lastName: null }, null);
    expect(found).toMatchObject({ name: 'Ruth Okafor', member: null });
    // ...unless a code said later in the call picks one of them.
    const picked = referrerInSpeech(said('Ruth Okafor told me about you.', 'We have two. Did she give you a code?', 'Yeah, RUTH dash two.'), twins, { firstName: null, lastName: null }, null);
    expect(picked).toMatchObject({ member: { id: 'm-ruth2' }, via: 'code' });
  });

  it('takes a last name that is also a word only where it stands as a name ("Price, honestly." is no referrer)', () => {
    const ruth = members.get('member', 'm-ruth')!;
    const withPrice = new RecordIndex([...records, { ...ruth, id: 'm-price', firstName: 'Jamal', lastName: 'Price', email: 'jamal@price.example', phone: '+14045550232', referralCode: 'JAMAL-5' }]);
    expect(referrerInSpeech(said('Price, honestly. The other one is twenty-nine a month.'), withPrice, { firstName: null, lastName: null }, null)).toBeNull();
    expect(referrerInSpeech(said('I cut hair next to Price, down on Fifth.'), withPrice, { firstName: null, lastName: null }, null)?.member?.id).toBe('m-price');
  });

  it('takes a first name alone only in words about being sent, and never the caller\'s own name', () => {
    expect(referrerInSpeech(said('Ruth is a common name around here.'), members, { firstName: null, lastName: null }, null)).toBeNull();
    expect(referrerInSpeech(said('Ruth told me to call you.'), members, { firstName: null, lastName: null }, null)?.member?.id).toBe('m-ruth');
    expect(referrerInSpeech(said('This is Ruth Okafor, I have a question.'), members, { firstName: 'Ruth', lastName: 'Okafor' }, null)).toBeNull();
  });

  it('creates the referral under the member a new prospect names, when no pattern caught the words', async () => {
    const call = makeCall({
      fromNumber: '+13125550177',
      turns: ['A: Thanks for calling, how can I help?', "C: Hi, Marta Jovanovic here, I run a bakery. Grace Park from the co-working space wouldn't stop raving, so here I am, I want to see pricing.", 'A: Happy to help. Best email?', 'C: marta@jovanovicbakes.com'],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(plan.match.status).toBe('new');
    expect(creates(plan)).toEqual([expect.objectContaining({ fields: expect.objectContaining({ referralCode: 'GRACE-1', email: 'marta@jovanovicbakes.com' }) })]);
  });
});

describe('a contact handed over for someone else', () => {
  it('creates a referral under the member\'s code when a referral call hands over another person\'s number', async () => {
    const call = makeCall({
      fromNumber: '+14155550101',
      turns: [
        'A: Thanks for calling, this is Ava.',
        'C: Hi, Sam Lee, I am in your referral program, I want to give you one person for the program, for the referral reward.',
        'A: Of course, Sam. Who is it?',
        'C: Karim Mansour, he is an orthodontist, he opened a new practice and he has the same problem I had.',
        'A: Got it, Karim Mansour. How can we reach him?',
        'C: His mobile is 404 555 0539.',
      ],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(plan.match.record?.id).toBe('m-sam');
    expect(creates(plan)).toEqual([expect.objectContaining({ fields: expect.objectContaining({ firstName: 'Karim', lastName: 'Mansour', phoneNumber: '+14045550539', referralCode: 'SAM-22' }) })]);
  });

  it('never takes the member\'s own contact for a new person', async () => {
    const call = makeCall({
      fromNumber: '+14155550101',
      turns: ['A: Thanks for calling.', 'C: Sam Lee, referral program. Quick thing on my referrals: is sam@contoso.com still the address you have?', 'A: Yes, sam@contoso.com.'],
    });
    expect(creates(await decideCall(call, directory(), policy, rulesClassifier))).toEqual([]);
  });

  it("takes an address the agent files under someone else for that person's, not the caller's", async () => {
    const call = makeCall({
      fromNumber: '+14155550101',
      turns: [
        'A: Thanks for calling.',
        "C: Sam Lee. I'm closing up shop. My guy Leon Duarte is taking over my customers. He's leon at duarte plumbing dot com.",
        "A: Leon Duarte, leon@duarteplumbing.com. I'll pass him along as your referral.",
      ],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(creates(plan)).toEqual([expect.objectContaining({ fields: expect.objectContaining({ firstName: 'Leon', email: 'leon@duarteplumbing.com', referralCode: 'SAM-22' }) })]);
    expect(plan.actions.flatMap((a) => ('changes' in a ? a.changes : [])).map((c) => c.field)).not.toContain('email');
  });
});

describe('a join the agent confirms', () => {
  it('creates the member, in Spanish, with the address spelled with arroba and punto', async () => {
    const call = makeCall({
      fromNumber: '+17205550188',
      turns: [
        'A: Gracias por llamar, habla Nia.',
        'C: Un amigo me dijo que ustedes pagan si uno les manda clientes. Pues apúnteme.',
        'A: Con gusto. ¿Me da su nombre completo?',
        'C: Alejandro Ruiz.',
        'A: ¿Y un correo electrónico para la cuenta?',
        'C: alejandro punto ruiz punto tacos, arroba gmail punto com.',
        'A: Listo, alejandro.ruiz.tacos@gmail.com. Le va a llegar un correo con su código de socio.',
      ],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(plan.actions.filter((a) => a.type === 'create_member')).toEqual([expect.objectContaining({ fields: expect.objectContaining({ firstName: 'Alejandro', email: 'alejandro.ruiz.tacos@gmail.com' }) })]);
  });

  it('creates the member when the caller wants in to a program whose reward is a gift card, in either language', async () => {
    for (const [turns, email] of [
      [
        'A: Thanks for calling, this is Maya.',
        "C: I keep seeing the referral circle thing in your newsletter, where if I send people your way I get a credit or a gift card or something. I want in.",
        'A: We would love to have you. I can enroll you in the Referral Circle right now. What email should your member account use?',
        'C: tomasz at northgatebrewing dot com.',
      ],
      [
        'A: Le atiende Maya.',
        'C: Vi en el correo eso del círculo de referidos, que si recomiendo a alguien me dan una tarjeta de regalo. Yo quiero entrar.',
        'A: Con gusto la inscribo. ¿Qué correo usamos para su cuenta de miembro?',
        'C: Lupita punto rangel, arroba, rangel catering, todo junto, punto com.',
      ],
    ].map((t) => [t, t[3].includes('tomasz') ? 'tomasz@northgatebrewing.com' : 'lupita.rangel@rangelcatering.com'] as const)) {
      const plan = await decideCall(makeCall({ fromNumber: '+17205550188', caller: { firstName: email.startsWith('tomasz') ? 'Tomasz' : 'Guadalupe', lastName: email.startsWith('tomasz') ? 'Wierzbicki' : 'Rangel' }, turns }), directory(), policy, rulesClassifier);
      expect(plan.classification.qualityMarkers).not.toContain('spam');
      expect(plan.actions.filter((a) => a.type === 'create_member')).toEqual([expect.objectContaining({ fields: expect.objectContaining({ email }) })]);
    }
  });

  it("is not the agent promising the member a reward for someone they referred", async () => {
    const call = makeCall({
      fromNumber: '+17205550188',
      turns: ['A: Hi, how can I help?', 'C: My friend Dana wants in, dana at dana co dot com.', "A: Great, I'll add her, and your code will get the credit once she signs up."],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(plan.actions.filter((a) => a.type === 'create_member')).toEqual([]);
  });
});

describe('a time both sides said', () => {
  it('is the follow-up, in any words, and the last agreement stands', async () => {
    const call = makeCall({
      endedAt: '2027-01-11T16:00:00Z',
      caller: { timezone: 'America/Chicago' },
      turns: [
        'A: Would you like someone to show you how it works?',
        'C: Sure, why not. Wednesday, eight in the morning?',
        'A: Wednesday at 8 am.',
        'C: Oh wait, no, Wednesday I have inspections. Thursday, same time.',
        'A: Thursday at 8 am then. Talk soon.',
      ],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(plan.classification.followUp?.at).toBe('2027-01-14T14:00:00Z');
  });

  it('is not a date things happen on', async () => {
    const call = makeCall({
      endedAt: '2027-01-11T16:00:00Z',
      turns: ['A: How can I help?', "C: We're closing the shop, so we won't need the account after March thirty-first. What do I do so it just ends there?", 'A: I will let the accounts team know your account should end on March 31st.'],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(plan.classification.followUp).toBeNull();
  });

  it('takes the day the agent puts on an hour the caller gave alone, but not a day things happen on', async () => {
    const thursday = makeCall({
      endedAt: '2027-04-20T17:30:02Z',
      turns: ['A: ¿Le gustaría ver cómo funciona? Hacemos una demostración de veinte minutos.', 'C: Órale, sí. Pero ahorita ando en una yarda. ¿Se puede el jueves?', 'A: Claro. ¿A qué hora?', 'C: A las tres de la tarde. Hora de aquí de El Paso.', 'A: Jueves a las tres de la tarde, hora de la montaña. Perfecto.'],
    });
    expect((await decideCall(thursday, directory(), policy, rulesClassifier)).classification.followUp?.at).toBe('2027-04-22T21:00:00Z');
    const billing = makeCall({
      endedAt: '2027-04-14T14:11:30Z',
      turns: [
        "A: Thanks for calling Pinecrest Payroll, you're speaking with Nora.",
        "C: Yeah, hi. Kwame Mensah. I want to cancel. I'm done.",
        "A: I'm sorry to hear that, Kwame. Can I ask what's going on?",
        "C: Every month you guys pull the payment on the first, and every month my biggest client pays me on the tenth, so I'm overdrawn for ten days. It's stupid. I told somebody this in January.",
        "A: I understand. Just so you know, we can move your billing date. Would the 12th work?",
        "C: Wait, you can do that? Nobody told me that. ... Yeah. Okay. If you move it to the twelfth, I'll stay. Forget the cancel thing.",
        "A: Done. Your billing date is the 12th starting next month.",
        "C: Alright. Thank you. Should've just asked, I guess.",
      ],
    });
    expect((await decideCall(billing, directory(), policy, rulesClassifier)).classification.followUp).toBeNull();
  });

  it('reads a time given in answer to a demo offer, and no form number as a clock time', async () => {
    const demo = makeCall({
      endedAt: '2026-12-09T20:15:48Z',
      turns: ['A: ¿Le gustaría ver una demostración?', 'C: Sí, pero tiene que ser cuando cierre el horno... el viernes a las cuatro de la tarde puedo.', 'A: El viernes a las cuatro de la tarde, hora de Miami. ¿Me da un correo?'],
    });
    expect((await decideCall(demo, directory(), policy, rulesClassifier)).classification.followUp?.at).toBe('2026-12-11T21:00:00Z');
    const forms = makeCall({
      endedAt: '2027-01-14T19:05:33Z',
      caller: { timezone: 'America/Los_Angeles' },
      turns: ['A: How can I help?', 'C: Can somebody text me next week about the ten ninety nine thing?', "A: Sure. We'll text you next week about the 1099s for your part-time staff."],
    });
    expect((await decideCall(forms, directory(), policy, rulesClassifier)).classification.followUp?.at).toBe('2027-01-18T18:00:00Z');
  });

  it('is in the zone named where it was agreed, not a zone said of someone else', async () => {
    const call = makeCall({
      endedAt: '2027-03-13T16:05:18Z',
      caller: { timezone: 'America/Chicago' },
      turns: [
        'A: How can I help?',
        "C: My brother-in-law, he does landscaping out in Phoenix, he uses you. I want to switch.",
        'A: Would you like one of our specialists to call you?',
        "C: Yes. Tomorrow, nine o'clock, before the lunch rush.",
        'A: Perfect. Someone will call you tomorrow at 9 a.m. Central.',
      ],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    // Sunday 14 March 2027 is after the DST change: 09:00 CDT.
    expect(plan.classification.followUp?.at).toBe('2027-03-14T14:00:00Z');
  });

  it("takes the caller's correction of the zone a read-back offered, and an agent's 'got it' as agreement", async () => {
    const call = makeCall({
      endedAt: '2027-01-08T17:12:00Z',
      turns: [
        'A: Want to pick a time for the walkthrough? What works for you?',
        "C: I'm not in Detroit right now. Monday? In the afternoon?",
        'A: Monday afternoon, got it. Eastern?',
        'C: Mountain. Denver time.',
      ],
    });
    const plan = await decideCall(call, directory(), policy, rulesClassifier);
    expect(plan.classification.followUp?.at).toBe('2027-01-11T21:00:00Z');
  });
});
