import { callerIdentity } from '../../../domain/identity';
import { makeContext } from '../../../domain/classify/context';
import { classifyCall } from '../../../domain/classify';
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { validateSignals } from '../../../domain/classify/signals';
import { detectFollowUp } from '../../../domain/classify/followUp';
import { scoreIntents } from '../../../domain/classify/intent';
import { detectPreferredContact } from '../../../domain/classify/preferences';
import { callerSentences } from '../../../domain/text';
import { detectJoinRequest, detectReferredBy, detectReferredPerson, emailDisowned, offersSomeone } from '../../../domain/classify/referral';
import { spelledCode } from '../../../domain/normalise/spelledCode';
import { detectIssue } from '../../../domain/classify/issue';
import { detectObjection } from '../../../domain/classify/objection';
import { detectLowFit } from '../../../domain/classify/lowFit';
import { decideMatch } from '../../../domain/match';
import type { Call } from '../../../domain/call';
import { makeCall, policy, rec } from './helpers';
import { acceptedAgentQuestions, detectNotInterested } from '../../../domain/classify/outcomeCues';
import { detectAgentPromises, detectSensitive } from '../../../domain/classify/sensitive';
import { agentSentences } from '../../../domain/text';
import { agentOpensCase } from '../../../domain/classify/agentCase';
import { resolveSpokenTime, zoneInText } from '../../../domain/time';
import { checkBackRefused, detectOptOut, keepsContact, possibleOptOut } from '../../../domain/classify/optOut';
import { extractEmails } from '../../../domain/normalise/email';
import { agentAcknowledgesOptOut } from '../../../domain/classify/agentAcknowledgement';
import { callerDoubtsAfter } from '../../../domain/classify/callerDoubt';
import { flagsFromModel } from '../../../domain/classify/reviewFlags';
import { weighOptOut } from '../../../domain/classify/optOutDecision';
import { RecordIndex } from '../../../domain/recordIndex';
import { referrerInSpeech } from '../../../domain/referrer';

/** The call classified against a directory with no match, or (onRecord) matched to one member on its phone. */
function classify(call: Call, onRecord = false) {
  const identity = callerIdentity(call);
  const ctx = makeContext(call, identity, policy);
  const member = rec({ type: 'member', id: 'mem-1', phone: call.fromNumber });
  const match = onRecord
    ? decideMatch([{ type: 'member', id: 'mem-1', score: 1, matchedOn: ['phone'] }], new Map([['member:mem-1', member]]), identity, policy)
    : decideMatch([], new Map(), identity, policy);
  const judged = validateSignals(call, judgeByRules(call, { identity, policy })).signals;
  const { classification, facts } = classifyCall(ctx, match, judged);
  return { ctx, classification, signals: facts };
}

describe('intent', () => {
  it.each([
    ["C: My invoice shows a charge I don't recognise.", 'billing'],
    ['C: The referral dashboard is not working, it shows an error.', 'support'],
    ['C: I want to cancel my subscription.', 'cancellation'],
    ['C: This is unacceptable, I want to speak to a manager.', 'complaint'],
    ['C: Can I get a demo and pricing for my team?', 'sales_inquiry'],
    ['C: I want to refer a friend to your program.', 'referral'],
    ['C: I need to reschedule my demo.', 'scheduling'],
    ['C: Congratulations, you have been selected! Press one now.', 'spam'],
    ["C: We've been trying to reach you about your car's extended warranty. Press one to speak to an agent.", 'spam'],
    ['C: Hi, Abby Stroud. I want to cancel the extended warranty I bought with my system. The five-year add-on.', 'cancellation'],
    ['C: We offer SEO services to companies like yours, who handles your marketing?', 'vendor'],
    ["C: Sorry, wrong number.", 'wrong_number'],
    ['C: Please unsubscribe me.', 'opt_out'],
    ['C: Hmm, okay.', 'other'],
    ["C: Yeah, hi, my inverter's beeping. Like every thirty seconds. And the screen says 'Grid Fault', code three-oh-two.", 'support'],
    ["C: You left a loaner inverter at the shop. It's throwing F-27 every ten minutes.", 'support'],
    ['C: Alguien entró a mi cuenta del portal y la contraseña ya no me funciona.', 'support'],
    ["C: I keep getting texts from you guys addressed to a 'Nell.' I'm not Nell. I don't know a Nell, I don't know a Wade.", 'wrong_number'],
    ['C: This is Officer Ward. To avoid suspension you must settle the penalty today. We accept payment by prepaid gift card only.', 'spam'],
  ])('%s -> %s', (turn, intent) => {
    const { classification } = classify(makeCall({ turns: ['A: Brightside Rewards, how can I help?', turn] }));
    expect(classification.intent).toBe(intent);
    expect(classification.intentConfidence).toBeGreaterThan(0);
    if (intent !== 'other') expect(classification.evidence.some((e) => e.field === 'intent' && e.turn === 1)).toBe(true);
  });

  it.each([
    ["C: We went live before Christmas and I'm staring at this production report and I cannot make heads or tails of it."],
    ['C: Ya tengo los paneles desde hace tres semanas y todavía no los puedo prender.'],
    ['C: My W-2s have the wrong amount in box twelve for the health insurance.'],
    ['C: Pero oiga, el sistema no me está calculando bien el tiempo extra de los muchachos.'],
    ["C: I'm on the free trial, the thirty days, and I'm stuck on the import. It says 'row seven invalid' and nothing imports."],
  ])('the cue lists read what the customer has that will not start or cannot be read as support: %s', (turn) => {
    const { scores } = scoreIntents(callerSentences(makeCall({ turns: ['A: Redbud Solar.', turn] })));
    expect(Object.entries(scores).sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('support');
  });

  it('a link named beside a "not" of the caller\'s own is no fault; "the link isn\'t working" is', () => {
    const said = (text: string) => scoreIntents([{ turn: 1, speaker: 'caller', text }]).scores.support ?? 0;
    expect(said("There was a link that said 'update your preferences or unsubscribe', and I did NOT want to click the wrong thing.")).toBe(0);
    expect(said("The link still isn't working.")).toBeGreaterThan(0);
  });

  it('"How do I actually sign up for it?" asks to join, not for help', () => {
    const { scores } = scoreIntents(callerSentences(makeCall({ turns: ['A: Tidewell Pool and Spa.', "C: I keep seeing that referral club thing. How do I actually sign up for it?"] })));
    expect(scores.support ?? 0).toBe(0);
  });

  it.each([
    ["C: Wendell's my brother-in-law. He's been watching mine for a year now and wants panels too."],
    ['C: Vi en el correo eso del círculo de referidos, que si recomiendo a alguien me dan una tarjeta de regalo.'],
  ])('no wrong number and no scam in %s', (turn) => {
    const { classification } = classify(makeCall({ turns: ['A: Brightside Rewards, how can I help?', turn] }));
    expect(['wrong_number', 'spam']).not.toContain(classification.intent);
  });

  it('the cue lists read an agreement terminated as a cancellation (the tie-breaker beside the call model)', () => {
    const call = makeCall({ turns: ['A: Brightside Rewards.', "C: We're selling the Halsted building and I need to terminate the service agreement on that roof."] });
    const { scores } = scoreIntents(callerSentences(call));
    expect(Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0]).toBe('cancellation');
  });

  it.each([
    ['C: The W-2s went out, but every single one has our old address on it.', 'support'],
    ["C: El direct deposit no jala. The bank rejected it, dice 'account number invalid'.", 'support'],
    ['C: I want to pay you by bank transfer instead of the business credit card. ACH.', 'billing'],
    ['C: Es que el inversor, la cajita gris que está en la cochera, está pitando. Piii, piii, cada como diez segundos.', 'support'],
  ])('the cue lists read a service call in words of its own trade: %s', (turn, intent) => {
    const { scores } = scoreIntents(callerSentences(makeCall({ turns: ['A: Brightwater Payroll.', turn] })));
    expect(Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0]).toBe(intent);
  });

  it('damage laid at our door, in Spanish, is a complaint', () => {
    const { classification } = classify(makeCall({ turns: [
      'A: Buenos días, ¿hablo con Inés? La llamo para invitarla a nuestro evento de referidos de primavera...',
      'C: Mire, qué bueno que llaman, porque ya que están... En marzo, con las lluvias, se me metió agua por donde pusieron los soportes de los paneles. Se me manchó todo el techo de la sala.',
      'A: Lo siento mucho, Inés. ¿La filtración es en los puntos donde se anclaron los paneles?',
      'C: Sí, ahí mismito. Y ya hablé con un abogado, y él dice que ustedes son responsables de los daños. Les va a mandar una carta.',
    ] }));
    expect(classification.intent).toBe('complaint');
  });

  it('a call that only asks to be called back is no service call to pause for; a problem said in plain words is', () => {
    const callback = classify(makeCall({ direction: 'outbound', turns: ['A: Hi, is this Ama? I wanted to tell you about our partner program.', "C: Oh, hey. I'm mid-braid right now, I literally have my hands in someone's hair. Can you call me back Tuesday? Like nine-thirty, before my first client.", 'A: Sure. Tuesday at 9:30 in the morning?', 'C: Yep. Thanks!'] }));
    expect(callback.classification.suppression.suppress).toBe(false);
    // The service words the fallback looks for, in plain words.
    const said = (text: string) => scoreIntents([{ turn: 1, speaker: 'caller', text }]).scores;
    expect(said('We went live last week and I have a problem.').support).toBeGreaterThan(0);
    expect(said("It's the eighteen hundred dollars you took out of our account. You renewed it anyway.").billing).toBeGreaterThan(0);
    expect(said("I'm mid-braid right now. Can you call me back Tuesday?")).toEqual({});
    expect(said("If the deposit isn't back in our account by February first, our attorney files.").billing).toBeGreaterThan(0);
    expect(said("So you'd like the monitoring subscription on hold while I'm deployed? Yes, put the monitoring subscription on hold.").cancellation).toBeGreaterThan(0);
    expect(said("We'd like to discontinue it. Not the panels, obviously. The monitoring.").cancellation).toBeGreaterThan(0);
    expect(said('Quiero cancelar el servicio de nómina a partir de fin de mes.').cancellation).toBeGreaterThan(0);
    expect(said("I'm looking at the drawings and I'm, honestly, I'm pretty upset.").complaint).toBeGreaterThan(0);
  });

  it('abstains (other, low confidence) when the words say nothing, whatever DialNexa hints', () => {
    const { classification } = classify(makeCall({ turns: ['C: Hmm, okay.'], analysis: { intent: 'sales' } }));
    expect(classification.intent).toBe('other');
    expect(classification.intentConfidence).toBeLessThan(0.5);
  });
});

describe('follow-up', () => {
  it('example 01: caller gives the time after the agent asks, zone named in speech', () => {
    const call = makeCall({
      turns: ['A: When suits you?', "C: Friday at 11 in the morning works, I'm in Chicago.", 'A: Friday at 11 Central it is.'],
    });
    const { ctx } = classify(call);
    const f = detectFollowUp(ctx)!;
    expect(f).toMatchObject({ at: '2026-11-13T17:00:00Z', timezone: 'America/Chicago', channel: 'phone', by: 'caller' });
    expect(f.evidence[0]).toEqual({ field: 'followUp', quote: "Friday at 11 in the morning works, I'm in Chicago.", turn: 1 });
  });

  it('a time given to the agent\'s "Should I have the advisor email you?" is an email', () => {
    const { classification } = classify(makeCall({ turns: ["C: Please don't call this number anymore. Email is totally fine, I still want the info.", 'A: Understood, no more calls to this number. Should I have the advisor email you the proposal?', "C: Yes. Tomorrow's fine. The gmail, eruiz dot home.", 'A: eruiz.home@gmail.com, tomorrow. Got it.'] }));
    expect(classification.followUp).toMatchObject({ at: '2026-11-11T15:00:00Z', channel: 'email' });
    // Texts named only to be stopped are no channel asked about.
    const demo = classify(makeCall({ turns: ["C: Please stop texting me. But I'd like the demo.", "A: Understood, I'll stop the text messages. For the demo, what works for you?", 'C: Wednesday at two? Next Wednesday.'] }));
    expect(demo.classification.followUp?.channel).toBe('phone');
  });

  it('"¿Me lo pueden mandar por correo el jueves en la tarde?" is an email on Thursday at 14:00', () => {
    const { classification } = classify(makeCall({ caller: { timezone: 'America/Phoenix' }, turns: ['C: Quiero saber cuánto llevo de recompensas este año. ¿Me lo pueden mandar por correo el jueves en la tarde? Ese día descanso.', 'A: Claro. Le enviamos el resumen por correo el jueves por la tarde.'] }));
    // Said on Tuesday 10 November 2026: Thursday 12 November, 14:00 in Phoenix.
    expect(classification.followUp).toMatchObject({ at: '2026-11-12T21:00:00Z', channel: 'email' });
  });

  it('"in the afternoon... any day" is a standing preference, not one time to call', () => {
    const { classification } = classify(makeCall({ turns: ['C: Not removed. Moved. Moved to afternoon. Call me in the afternoon, not the morning. I still want the quote.', 'A: So: keep calling, but afternoons instead of mornings.', "C: Yes. Afternoon. After one o'clock is good, any day."] }));
    expect(classification.followUp).toBeNull();
  });

  it.each([
    [['C: Can you stop? Please? The reminders. They come at six in the morning, every Monday.', 'A: I understand. I will pass that along.']],
    [["C: Y'all are real committed, huh? Oh sure, call me tomorrow too. And Saturday. Why not every hour.", 'A: I am sorry for the number of calls.']],
  ])('no time to call in %j', (turns) => {
    expect(classify(makeCall({ turns })).classification.followUp).toBeNull();
  });

  it('"like eight" after a day is the hour, and a later "call you Tuesday" keeps it', () => {
    const { classification } = classify(makeCall({ caller: { timezone: 'America/Phoenix' }, turns: ["C: I'm on a job. Call me Tuesday morning, early, like eight, before I head out.", "A: Tuesday at 8 AM Arizona time. I'll cancel Friday and call you Tuesday.", 'C: Perfect.'] }));
    // Said on Tuesday 10 November 2026: the next Tuesday, 17 November, 08:00 in Phoenix.
    expect(classification.followUp?.at).toBe('2026-11-17T15:00:00Z');
  });

  it('a time window the agent files as a contact preference, with no day named, is no time to call', () => {
    const turns = ['C: Your guys keep calling me at like two, three in the afternoon and I am always on a roof.', "A: Sorry about that. When's better?", "C: Evenings. After five-thirty I'm in the truck, I can actually talk.", "A: Understood, I'll switch your contact preference from afternoons to evenings."];
    expect(classify(makeCall({ turns })).classification.followUp).toBeNull();
    // The same words with a day named are a time to call.
    const withDay = classify(makeCall({ turns: [...turns.slice(0, 2), "C: Evenings. Call me Thursday after five-thirty, I'm in the truck.", turns[3]] }));
    expect(withDay.classification.followUp).not.toBeNull();
  });

  it('"la otra semana" is next week: Monday 10:00', () => {
    const { classification } = classify(makeCall({ caller: { timezone: 'America/Phoenix' }, turns: ['C: Quiero cancelar la cita del jueves. Nomás la visita.', '¿Quiere que la reprogramemos?'.replace(/^/, 'A: '), 'C: Sí. Llámenme la otra semana y la movemos.'] }));
    // Said on Tuesday 10 November 2026: Monday 16 November, 10:00 in Phoenix.
    expect(classification.followUp?.at).toBe('2026-11-16T17:00:00Z');
  });

  it('uses caller.timezone, then the configured default', () => {
    const withTz = classify(makeCall({ caller: { timezone: 'America/Los_Angeles' }, turns: ['C: Call me back Thursday at 2.'] }));
    expect(withTz.classification.followUp?.at).toBe('2026-11-12T22:00:00Z');
    const withDefault = classify(makeCall({ turns: ['C: Call me back Thursday at 2.'] }));
    expect(withDefault.classification.followUp).toMatchObject({ at: '2026-11-12T19:00:00Z', timezone: 'America/New_York' });
  });

  it.each([
    ['a payment date', ['C: You charged me twice. Same amount, two days apart.', 'A: So two payments came out this month, two days apart?']],
    ['a deadline', ["C: I'm writing a story on package theft. My deadline's Thursday."]],
    ['the date a cancellation takes effect', ['C: We are selling the place. Closing is the end of the month.', "A: I'll start the cancellation effective January 31st."]],
    ['an install the agent confirms', ['C: Can the install happen Friday?', "A: You're all set for Friday, activation fee waived."]],
    ['an address that dies on a day', ["C: I'm leaving the firm, so my okaforarch email dies on Friday. New one is renata at okafor hyphen studio dot com."]],
    ['a condition whose clause holds the time', ["C: Just so you know, if I get one more text after nine p.m., I'm unsubscribing. Anyway, what's the payment plan?"]],
    ['contacts told in order', ["C: It's a lot of calls. Monday, Wednesday, then a text, then the lady from the ductwork."]],
    ['a program whose name starts like a weekday', ["C: Call me about the Sun Club, I'm so close to the next tier."]],
    ['a start in the past, in Spanish', ['C: La aplicación no me carga desde que actualicé el teléfono, hará una semana.', 'A: Le voy a abrir un reporte técnico.']],
    ['a time of day refused, in Spanish', ['C: Ya no me llamen a las ocho de la mañana, por favor. A esa hora llevo a los niños.']],
  ])('a time tied to %s, not to contacting the caller, is no follow-up', (_what, turns) => {
    expect(classify(makeCall({ turns })).classification.followUp).toBeNull();
  });

  it('a time tied to contact in a few words still is one: "shoot me an email", "que me marquen"', () => {
    expect(classify(makeCall({ turns: ["C: Shoot me an email tomorrow morning, I'm on a job site all afternoon.", 'A: Will do, tomorrow morning by email.'] })).classification.followUp?.channel).toBe('email');
    expect(classify(makeCall({ turns: ['C: Ahorita ando en una obra y no puedo ver nada. Mejor que me marquen el jueves a las once.', 'A: Perfecto, el jueves a las once.'] })).classification.followUp?.at).toBe('2026-11-12T16:00:00Z');
  });

  it('a day asked for as a question ("¿Tiene el miércoles a las cuatro?") and read back is agreed', () => {
    const turns = ['C: Quiero ver la demostración.', 'A: Entendido.', 'C: Bueno. ¿Tiene el miércoles a las cuatro de la tarde?', 'A: El miércoles a las cuatro de la tarde. Queda.'];
    expect(classify(makeCall({ turns })).classification.followUp?.at).toBe('2026-11-11T21:00:00Z');
  });

  it('a time said with no channel takes the channel its turn names, the nearest first', () => {
    const email = ['C: Actually, since I\'ve got you: can you email me the pricing for the battery add-on? Tomorrow morning is fine, I\'ll look at it over coffee.', "A: Sure thing. I'll have the battery pricing emailed to you tomorrow morning.", 'C: Great.'];
    expect(classify(makeCall({ turns: email })).classification.followUp?.channel).toBe('email');
    const call = ['A: ¿Cómo prefiere que la contactemos?', 'C: Llámeme a mí, a este número. Mañana en la tarde, que tengo menos perros. Y apunte mi correo nuevo: alma arroba estetica alma punto com.', 'A: Mañana en la tarde la llamo.'];
    expect(classify(makeCall({ turns: call })).classification.followUp?.channel).toBe('phone');
  });

  it('never names a channel the caller refuses: "que me llamen, que no me manden correo"', () => {
    const turns = ['C: Bueno, pero que me llamen, que no me manden correo, que el correo no lo reviso. El jueves a las tres estoy libre.', 'A: Perfecto: el jueves a las tres de la tarde, a este número.', 'C: Sí.'];
    expect(classify(makeCall({ turns })).classification.followUp).toMatchObject({ at: '2026-11-12T20:00:00Z', channel: 'phone' });
  });

  it('names the channel: email or text when the caller says so', () => {
    expect(classify(makeCall({ turns: ['C: Email me tomorrow morning.'] })).classification.followUp?.channel).toBe('email');
    expect(classify(makeCall({ turns: ['C: Text me Friday.'] })).classification.followUp?.channel).toBe('sms');
  });

  it('takes what the agent promised when the caller named no time', () => {
    const { classification } = classify(makeCall({ turns: ['C: I need pricing for my team.', "A: I'll call you back tomorrow at 10 with pricing."] }));
    expect(classification.followUp?.at).toBe('2026-11-11T15:00:00Z');
  });

  it('takes an agent proposal the caller accepts', () => {
    const { classification } = classify(makeCall({ turns: ['C: I want a demo.', 'A: Would Thursday at 3pm work for a call?', 'C: Yes, perfect.'] }));
    expect(classification.followUp?.at).toBe('2026-11-12T20:00:00Z');
  });

  it('takes the channel of the read-back the caller agreed to when their own words name none', () => {
    const turns = ["C: Can you send me the PTO numbers? I'm slammed today.", 'A: Sure, when works for you?', 'C: Tomorrow morning is fine.', "A: Understood, we'll email you tomorrow morning."];
    expect(classify(makeCall({ turns })).classification.followUp).toMatchObject({ channel: 'email', at: '2026-11-11T14:00:00Z' });
    const call = ['C: I want the demo. Tomorrow morning is fine.', "A: Great, I'll email you the invite for the demo call tomorrow at 9."];
    expect(classify(makeCall({ turns: call })).classification.followUp?.channel).toBe('phone');
  });

  it('a preferred part of the day is the one the caller wants, not the one they refuse', () => {
    const pref = (turns: string[]) => detectPreferredContact(callerSentences(makeCall({ turns })))?.value ?? null;
    expect(pref(["C: Please don't call me in the morning. Afternoons are fine, two o'clock onward."])).toBe('callAfternoon');
    expect(pref(['C: Call me in the morning, that works best.'])).toBe('callMorning');
    // Spanish: the answer to "¿Prefiere que le llamemos en otro horario?", never across a "no".
    expect(pref(['C: Sí, en la tarde. Después de las dos, cualquier día. No es que no quiera que me llamen, nomás no en la mañana.'])).toBe('callAfternoon');
    expect(pref(['C: Mejor por las tardes, por favor.'])).toBe('callAfternoon');
    // One time to call, not a standing preference.
    expect(pref(['C: Sí, por favor, pero hoy no puedo. Que me llamen el jueves en la tarde, ¿sí?'])).toBeNull();
  });

  it('no follow-up from a rhetorical question, the caller\'s own plan, or a past act', () => {
    for (const turns of [
      ['C: Your texts come at six in the morning. Who sends a text at six?'],
      ["C: Oh, no, it's great. Love it. Call me five more times tonight, why don't you. Really, keep 'em coming."],
      ['C: The QR code on the cards goes nowhere.', 'A: Do you know roughly when the cards were printed?', "C: You mailed them in October. And honestly, I'm also a little annoyed about the texts at seven a.m. If I get one more of those at seven in the morning I'm going to have you take me off everything."],
      ['C: ¿Y cuándo lo arreglan?', 'A: Si mañana en la mañana sigue sin servicio, llámenos y mandamos un técnico.', 'C: Okay. Gracias.'],
      ["C: Send me the contract, I'll look at it tonight with my husband."],
      ["C: Let me talk to him this weekend, I'll get him to call you guys."],
      ["C: Someone changed the email on my account on Tuesday and it wasn't me."],
    ]) expect(classify(makeCall({ turns })).classification.followUp).toBeNull();
    expect(classify(makeCall({ turns: ["C: I'll be free tonight, call me at 7."] })).classification.followUp).not.toBeNull();
  });

  it('no follow-up from a date an event happens on, an answer about the past, or a contact aimed at others', () => {
    const none = (turns: string[]) => expect(classify(makeCall({ turns })).classification.followUp).toBeNull();
    none(["C: I'm calling to give notice: we're ending our contract at the end of March."]);
    none(['A: How did the demo go?', 'C: Loved it. I open my second location March first.', 'A: The integration will be live before March first, you have my word.']);
    none(["A: Here's what I can do: if you sign before the end of the month, I'll waive the setup fee.", 'C: Oh. Okay, that changes the math.', "A: Absolutely, I'll email you the offer."]);
    none(['A: When did you notice?', 'C: Saturday, maybe Friday.']);
    none(["C: If one of them says take me off your list, does that happen? Or do they get a call next week from somebody else?"]);
    none(["C: My deadline's tomorrow, four p.m.", "A: I'll flag the deadline: tomorrow at four."]);
    none(["C: My deadline's tomorrow, four p.m. Eastern, so if somebody could call me before then...", "A: Understood. I'll flag the deadline: tomorrow at four Eastern."]);
    none(['C: El sábado pasado iban a venir y nunca llegó nadie. Cerré la cocina media mañana esperando.', 'A: El sábado esperaba al técnico y no llegó nadie.']);
    none(["C: Now the email, I don't really do the email.", 'A: Could Kelsey call us back with one?', "C: I'll ask her this weekend."]);
    none(['C: We renamed the shop, so my old email goes away at the end of the month. Can you use the new one?', 'A: Of course. What is it?']);
    // Twins: the same words tied to contact with the caller keep the follow-up.
    const at = (turns: string[]) => classify(makeCall({ turns })).classification.followUp?.at;
    expect(at(['C: Call me before Friday.'])).toBe('2026-11-13T15:00:00Z');
    expect(at(['C: Call me at the end of the month.'])).toBeDefined();
    expect(at(['A: When would you like us to call?', 'C: Friday.'])).toBe('2026-11-13T15:00:00Z');
    expect(at(['C: Can you call me next week?'])).toBe('2026-11-16T15:00:00Z');
    // "Mándemela por correo el lunes": a clitic pair on the contact verb.
    expect(classify(makeCall({ turns: ['A: ¿Cómo quiere recibir la cotización?', 'C: Mándemela por correo el lunes, que el fin de semana no reviso nada.'] })).classification.followUp).toMatchObject({ at: '2026-11-16T15:00:00Z', channel: 'email' });
    // The time being moved away from is not the new one.
    expect(at(['A: Would you like someone to call you to set a new day?', 'C: Yeah, call me Monday. Eight a.m.?', "A: Eight a.m. Monday is fine. I'll cancel tomorrow's appointment and have the scheduler call you at eight on Monday.", 'C: Perfect.'])).toBe('2026-11-16T13:00:00Z');
    // An answer to the agent's offer of a call, in either language; the sentence's own day stands.
    expect(at(['C: Perdí un sábado.', 'A: Voy a reportarlo al gerente. ¿Quiere que él la llame?', 'C: Sí, pero hoy no. El lunes a las once, que es cuando estoy en la oficina.'])).toBe('2026-11-16T16:00:00Z');
    expect(at(['A: Want someone to call you to go over it?', "C: Yes, but next week. Today's a Friday, my brain is done."])).toBe('2026-11-16T15:00:00Z');
  });

  it('takes the corrected read-back the caller confirms, not the one they corrected', () => {
    const turns = [
      'C: I want to book the demo. Thursday works. Three o\'clock?',
      "A: Thursday the 12th at two o'clock Eastern...",
      'C: No, three. Three.',
      'A: Sorry about that. Thursday, November 12th, at three p.m. Eastern.',
      "C: That's it.",
    ];
    expect(classify(makeCall({ turns })).classification.followUp?.at).toBe('2026-11-12T20:00:00Z');
    // Without the correction, the first read-back the caller accepted stands.
    const accepted = ['C: I want to book the demo. Thursday works.', "A: Thursday the 12th at two o'clock Eastern?", 'C: Yes, perfect.'];
    expect(classify(makeCall({ turns: accepted })).classification.followUp?.at).toBe('2026-11-12T19:00:00Z');
  });

  it('no follow-up on a low-fit call or after an opt-out of all', () => {
    expect(classify(makeCall({ turns: ["C: We offer SEO services. I'll call you back tomorrow at 10."] })).classification.followUp).toBeNull();
    expect(classify(makeCall({ turns: ['C: Unsubscribe me. Actually call me tomorrow at 10.'] })).classification.followUp).toBeNull();
  });

  it('an opt-out of one channel blocks only that channel', () => {
    const sms = classify(makeCall({ turns: ["C: Don't text me again. You can call me Friday at 10 though."] }));
    expect(sms.classification.optOut.scope).toBe('sms');
    expect(sms.classification.followUp?.channel).toBe('phone');
    const calls = classify(makeCall({ turns: ['C: Stop calling me. Call me Friday at 10.'] }));
    expect(calls.classification.followUp).toBeNull();
  });

  it('ignores past times', () => {
    expect(classify(makeCall({ turns: ['C: You called me last Friday about my invoice.'] })).classification.followUp).toBeNull();
  });
});

describe('referral signals', () => {
  it.each([
    ['Hi, Mateo Silva here, Ruth Okafor referred me.', 'Ruth Okafor'],
    ['I got a referral link from Ivy.', 'Ivy'],
    ['I was referred by my colleague Sam Lee.', 'Sam Lee'],
    ['Grace Park recommended you.', 'Grace Park'],
    ['My friend Ana told me about you.', 'Ana'],
    ['Buenos días. Mire, me recomendó con ustedes Carmen Ibarra, la de la taquería.', 'Carmen Ibarra'],
    ['Rosa Villanueva me recomendó con ustedes.', 'Rosa Villanueva'],
    ['Vengo de parte de Lupe Soto.', 'Lupe Soto'],
  ])('referrer name in: %s', (text, name) => {
    const { ctx } = classify(makeCall({ turns: [`C: ${text}`] }));
    expect(detectReferredBy(ctx)?.name).toBe(name);
  });

  it("the agent's read-back of a code the caller spelled when asked for it", () => {
    const turns = ['C: Hi, Sergei Volkov. Tyler Brooks sent me your way.', 'A: Thanks, Sergei. We have two members named Tyler Brooks. Did he give you a referral code?', 'C: Uh, he texted me something... yeah, TYLER dash B2. B as in boy, two.', "A: TYLER-B2. Perfect, that's him."];
    expect(classify(makeCall({ turns })).classification.referredBy).toEqual({ referralCode: 'TYLER-B2', name: 'Tyler Brooks' });
  });

  it('referral code from attribution or speech', () => {
    const a = classify(makeCall({ attribution: { referralCode: 'ivy-3' }, turns: ['C: I want pricing.'] }));
    expect(a.classification.referredBy).toEqual({ referralCode: 'IVY-3', name: null });
    const s = classify(makeCall({ turns: ['C: My friend gave me her code, ANA-5.'] }));
    expect(s.classification.referredBy?.referralCode).toBe('ANA-5');
  });

  it("the caller's own code is not a referrer's", () => {
    const { classification } = classify(makeCall({ turns: ['C: My referral code is BENC, how many referrals do I have?'] }));
    expect(classification.referredBy).toBeNull();
  });

  it.each([
    [['A: Hi Felix, thanks for sending us Kevin. Anyone else in your circle?', 'C: Maybe. My partner at the firm, Yusuf Demir, is building a house in Golden.', "A: What's his email?", "C: Yusuf's email is yusuf at demirstudio dot com."], { firstName: 'Yusuf', lastName: 'Demir', email: 'yusuf@demirstudio.com' }],
    [["C: The real reason I called: my sister wants a quote. Ingrid Lindqvist. Her email's ingrid dot lindqvist at gmail dot com.", 'A: Let me read that back: ingrid.lindqvist@gmail.com?', 'C: That\'s it.', "A: I'll add her under your referral code."], { firstName: 'Ingrid', lastName: 'Lindqvist', email: 'ingrid.lindqvist@gmail.com' }],
  ])('a person handed over in other words: %j', (turns, person) => {
    const { ctx, classification } = classify(makeCall({ caller: { firstName: 'Tom', lastName: 'Becker' }, turns }));
    expect(detectReferredPerson(ctx)).toMatchObject(person);
    expect(classification.intent).toBe('referral');
  });

  it('a person handed over in a billing call: "my foreman Nico wants panels"', () => {
    const turns = ['C: Yeah, Tom Becker. Two things. First, my lease payment came out twice this month.', "A: I'm sorry, Tom, I can see the duplicate.", "C: Second thing, the good thing, my foreman Nico wants panels. Nico Alvarado. Email's nico dot alvarado at sierrabuilds dot com.", 'A: Nico Alvarado, nico.alvarado@sierrabuilds.com.'];
    const { ctx } = classify(makeCall({ caller: { firstName: 'Tom', lastName: 'Becker' }, turns }));
    expect(detectReferredPerson(ctx)).toMatchObject({ firstName: 'Nico', email: 'nico.alvarado@sierrabuilds.com' });
  });

  it('a person the agent files "como su recomendado", in a support call', () => {
    const turns = ['C: Qué tal, habla Ignacio Ruiz, Nacho. Tengo un problema con la aplicación: la troca tres no me aparece en el mapa.', 'A: Le abro un reporte para que soporte lo revise hoy mismo.', 'C: Órale. Y otra cosa, ya que estoy: mi compadre Chuy, Jesús Robles, tiene una empresa de pozos, Robles Water Wells, y anda buscando algo así. Su correo es chuy punto robles arroba gmail punto com.', 'A: chuy.robles@gmail.com. ¿A nombre de Jesús Robles?', 'C: Sí, Jesús Robles.', 'A: Listo, lo registro como su recomendado.'];
    const { ctx } = classify(makeCall({ caller: { firstName: 'Ignacio', lastName: 'Ruiz' }, turns }));
    expect(detectReferredPerson(ctx)).toMatchObject({ email: 'chuy.robles@gmail.com' });
  });

  it('the agent\'s "Let me read that back" names nobody', () => {
    const turns = ['C: My sister-in-law has been asking about panels. Her name\'s Amara Moreno, amara.moreno@gmail.com.', 'A: Let me read that back: Amara Moreno, a-m-a-r-a dot m-o-r-e-n-o at gmail dot com.', 'C: Yep.', "A: Great. Amara's in as your referral."];
    const { ctx } = classify(makeCall({ caller: { firstName: 'Chris', lastName: 'Moreno' }, turns }));
    expect(detectReferredPerson(ctx)).toMatchObject({ firstName: 'Amara', email: 'amara.moreno@gmail.com' });
    // "Her name's ..." gives someone else's address, not the caller's.
    expect(ctx.identity.emails).not.toContain('amara.moreno@gmail.com');
  });

  it('asking to be in the referral club is a join, not a support case', () => {
    const { classification } = classify(makeCall({ turns: ['C: Hello? Yes. My daughter says I should be in your referral club since I tell the whole church about my panels.', "A: We'd love to have you! I'll just need your name and an email address.", "C: Walter Ingersoll. Walt. And I don't do the email, young lady. Never have."] }));
    expect(classification.intent).toBe('referral');
  });

  it('"quiero entrar" in a call about earning for recommending is a join, whatever the program is called', () => {
    const turns = ['C: Bea me dijo que si me hago del club ese también gano por recomendar. Quiero entrar.', 'A: Con gusto. ¿Le registro con este correo?', 'C: Sí.'];
    expect(detectJoinRequest(callerSentences(makeCall({ turns })), agentSentences(makeCall({ turns })), makeCall({ turns }))).not.toBeNull();
    const other = ['C: Bea me dijo que el club ese es muy bonito. Quiero entrar a verlo.', 'A: Claro, está en la calle Ocho.'];
    expect(detectJoinRequest(callerSentences(makeCall({ turns: other })), agentSentences(makeCall({ turns: other })), makeCall({ turns: other }))).toBeNull();
  });

  it("a prospect's own number is not the referrer's, and the agent filing her as recommended is no join", () => {
    const turns = ['C: Mi amiga Camila Restrepo me dijo que ustedes le pusieron paneles. Me dijo que les dijera que ella me recomendó.', 'A: Con gusto. ¿Me da su nombre completo y un teléfono?', 'C: Norma Quintero. Este mismo número, el siete ocho seis, cinco cinco cinco, cero uno dos seis.', 'A: Perfecto, Norma. La registro como recomendada de Camila Restrepo.'];
    const call = makeCall({ fromNumber: '+17865550126', turns });
    const { ctx } = classify(call);
    expect(detectReferredPerson(ctx)?.phone ?? null).toBeNull();
    expect(detectJoinRequest(callerSentences(call), agentSentences(call), call)).toBeNull();
  });

  it('the agent setting up the caller\'s own partner account is the join she asked for', () => {
    const turns = ["C: Owen says he gets a wee bonus for me and I thought, sure why isn't that me?", 'A: You can absolutely join the Partners program yourself.', 'C: Go on then. Same email you have.', "A: Confirmed. I'll set up your partner account with that, and the code comes in a welcome email."];
    const call = makeCall({ turns });
    expect(detectJoinRequest(callerSentences(call), agentSentences(call), call)).not.toBeNull();
  });

  it('a member naming a new person to refer, with their contact', () => {
    const { ctx } = classify(makeCall({ turns: ["C: I'd like to refer my colleague Jamal Reed.", 'A: How can we reach him?', 'C: His email is jamal at reedco dot com.'] }));
    expect(detectReferredPerson(ctx)).toMatchObject({ firstName: 'Jamal', lastName: 'Reed', email: 'jamal@reedco.com' });
  });
});

describe('other conclusions', () => {
  it('objection, sentiment, segment, interest and prospect phrases', () => {
    const { classification: c } = classify(makeCall({ turns: ["C: We love the idea and want pricing for a team of 30, but honestly it's too expensive right now."] }));
    expect(c.objection).toBe('price');
    expect(c.segment).toBe('smb');
    expect(c.productInterest).toContain('pricing');
    expect(c.prospectPhrases).toEqual(["We love the idea and want pricing for a team of 30, but honestly it's too expensive right now."]);
  });

  it.each([
    ['We have 2,500 employees.', 'enterprise'],
    ['We are about 300 people.', 'mid_market'],
    ["It's just me, for personal use.", 'consumer'],
    ['I run a small business.', 'smb'],
  ])('segment: %s -> %s', (text, segment) => {
    expect(classify(makeCall({ turns: [`C: I want pricing. ${text}`] })).classification.segment).toBe(segment);
  });

  it('issue report for support calls', () => {
    const { classification: c } = classify(makeCall({ turns: ['C: My referral link is not tracking anything. It should credit me for each signup but the dashboard still shows zero. Our whole team relies on it.'] }));
    expect(c.intent).toBe('support');
    expect(c.outcome).toBe('issue_reported');
    expect(c.issueReport).toMatchObject({
      symptom: 'My referral link is not tracking anything.',
      expected: 'It should credit me for each signup but the dashboard still shows zero.',
      area: 'referral tracking',
      impact: 'Our whole team relies on it.',
    });
  });

  it('consent: denied by an opt-out, granted when the caller agrees', () => {
    expect(classify(makeCall({ turns: ['C: Unsubscribe me.'] })).classification.consent.marketing).toBe('denied');
    expect(classify(makeCall({ turns: ['C: I want a demo.', 'A: Can we send you product updates and offers by email?', 'C: Sure.'] })).classification.consent.marketing).toBe('granted');
    expect(classify(makeCall({ turns: ['C: I want a demo.'], consent: { marketing: 'granted' } })).classification.consent.marketing).toBe('granted');
  });

  it('suppression picks one reason: opt_out over wrong_number over bad timing', () => {
    expect(classify(makeCall({ turns: ['C: Wrong number. Stop calling me.'] })).classification.suppression).toEqual({ suppress: true, reason: 'opt_out', stopFutureOutreach: true });
    expect(classify(makeCall({ fromNumber: '+14155550101', turns: ['C: Wrong number.'] }), true).classification.suppression).toEqual({ suppress: true, reason: 'wrong_number', stopFutureOutreach: true });
    expect(classify(makeCall({ turns: ['C: I was double charged on my invoice.'] })).classification.suppression).toEqual({ suppress: true, reason: 'billing', stopFutureOutreach: false });
    expect(classify(makeCall({ turns: ['C: Press one to claim your free cruise.'] })).classification.suppression.suppress).toBe(false);
  });

  it('every evidence quote is a verbatim sentence of the turn it names', () => {
    const call = makeCall({ turns: ['A: How can I help?', "C: Hi, it's Dana. I was charged twice. Please call me back tomorrow at 3pm, I'm in Denver.", 'A: I will refund the duplicate charge.'] });
    const { classification } = classify(call);
    expect(classification.evidence.length).toBeGreaterThan(2);
    for (const e of classification.evidence) expect(call.transcript[e.turn].text).toContain(e.quote);
  });
});

describe('a Spanish "Sí," answers the agent', () => {
  it('accepts the agent\'s question when the caller says "Sí, por favor." (an accented í before a comma)', () => {
    const call = makeCall({ turns: ['A: ¿Le gustaría una demostración del panel?', 'C: Sí, por favor.'] });
    expect(acceptedAgentQuestions(call, agentSentences(call)).map((s) => s.turn)).toEqual([0]);
    const plain = makeCall({ turns: ['A: ¿Le gustaría una demostración del panel?', 'C: Sin duda no.'] });
    expect(acceptedAgentQuestions(plain, agentSentences(plain))).toEqual([]);
  });
});

describe('readings in words the lists did not know (sealed30, opened after its first run)', () => {
  it.each([
    [['A: Umberfield Coffee.', 'C: La cafetera que nos pusieron está tirando agua por abajo, se hace un charco.', 'A: Hizo bien en desconectarla. Voy a pedir que un técnico se comunique con usted.', 'C: Sí, que me llame mañana a las ocho.'], 'support'],
    [['A: Kestrel Solar, this is Rowan.', "C: Hi! I'm a recruiter with CrewBridge Staffing. Is this the office for Kestrel Solar?", 'A: Yes, this is Rowan. What can I do for you?', 'C: We place certified installers and electricians with solar companies, contract-to-hire. I wanted to see who does your hiring.'], 'vendor'],
  ])('intent: %j -> %s', (turns, intent) => {
    expect(classify(makeCall({ turns })).classification.intent).toBe(intent);
  });

  it('the cue lists read a surveyor who never came as a complaint', () => {
    const { scores } = scoreIntents(callerSentences(makeCall({ turns: ['A: Hi, I am following up on your site survey.', 'C: Three times your surveyor was supposed to show and three times nobody came.'] })));
    expect(Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0]).toBe('complaint');
  });

  it('the cue lists read a demo moved in Spanish as scheduling (the tie-breaker beside the call model)', () => {
    const { scores } = scoreIntents(callerSentences(makeCall({ turns: ['A: Umberfield Coffee, habla Maya.', 'C: Tenía la demostración con ustedes el miércoles. Ay, es que me cayó una auditoría. ¿La podemos pasar para el viernes?'] })));
    expect(Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0]).toBe('scheduling');
  });

  it('"la semana que entra" is next week; an answer to when a plan should end, or the caller\'s own call back, is no time to be reached', () => {
    const at = (turns: string[]) => detectFollowUp(classify(makeCall({ turns })).ctx)?.at ?? null;
    expect(at(['A: Facturación le llama.', 'C: Que me llamen la semana que entra, cuando sea.'])).toBe('2026-11-16T15:00:00Z');
    expect(at(['A: When would you like the plan to end?', 'C: January thirty-first.', 'A: I will put the cancellation in effective January thirty-first.'])).toBeNull();
    expect(at(['A: When would you like us to call you?', 'C: January thirty-first.'])).toBe('2027-01-31T15:00:00Z');
    expect(at(['A: ¿Me da un correo?', 'C: Y yo les vuelvo a llamar la semana que entra, que ahorita tengo mucho trabajo.'])).toBeNull();
  });

  it('follow-ups: "give me an hour and a half", "on the fifteenth", tomorrow whatever verb is past; no time in "when they clicked it", "it\'s the week after Thanksgiving" or money "took out on the first"', () => {
    const at = (turns: string[]) => detectFollowUp(classify(makeCall({ turns })).ctx)?.at ?? null;
    expect(at(['A: When should we call you back?', 'C: Give me an hour and a half. Ninety minutes.'])).toBe('2026-11-10T18:30:00Z');
    expect(at(['A: The plan ends at closing.', "C: And have somebody call me on the fifteenth to confirm it's all closed out."])).toBe('2026-11-15T15:00:00Z');
    expect(at(['A: ¿Y un número donde le podamos marcar?', 'C: Mejor mañana por la mañana, cuando él ya se fue a trabajar.'])).toBe('2026-11-11T14:00:00Z');
    expect(at(["A: I'll report the broken link. Do you remember roughly when they clicked it?", 'C: Last week. Monday, Tuesday maybe.'])).toBeNull();
    expect(at(['A: We were calling about the holiday referral bonus.', "C: It's the week after Thanksgiving, I've got three hundred pie orders, and my phone has not stopped."])).toBeNull();
    expect(at(["C: I'm calling about the eighteen hundred dollars you took out of our account on the first.", 'A: Is this the best number to reach you?', "C: It's the only number."])).toBeNull();
  });

  it('a thing sent goes the way it was named; the caller\'s own email and words quoted set no time', () => {
    const fu = (turns: string[]) => detectFollowUp(classify(makeCall({ turns })).ctx);
    expect(fu(["C: I'm between jobs. Can you just email it? Use my work email.", 'A: Got it.', "C: Yeah. Send it Monday, I'll actually read it Monday.", "A: Monday it is. I'll email it over."])?.channel).toBe('email');
    expect(fu(['A: ¿Le envío la cotización por correo?', 'C: Sí, mándela mañana. Mañana sin falta.', 'A: Mañana se la enviamos a ernesto.valdez@yahoo.com.'])?.channel).toBe('email');
    expect(fu(['A: A manager will reach out about the damage.', "C: I'll email the photos tonight."])).toBeNull();
    expect(fu(["C: The inverter's been dead for three weeks, and your service guys keep saying 'next week.' I've got an attorney drafting a letter."])).toBeNull();
  });

  it('a crew\'s damage is a complaint to the cue lists; a Spanish pupil is a student; "póngalo como aprobado" asks for money', () => {
    const { scores } = scoreIntents(callerSentences(makeCall({ turns: ['A: Hi Rosa.', 'C: Your crew was out here Thursday for the panel cleaning and they cracked, I counted, three roof tiles.'] })));
    expect(Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0]).toBe('complaint');
    expect(classify(makeCall({ turns: ['A: Westbrook Solar.', 'C: Me llamo Valeria, estoy en décimo grado, y estoy haciendo un proyecto de ciencias sobre paneles solares.'] })).classification.qualityMarkers).toContain('student');
    expect(detectSensitive(callerSentences(makeCall({ turns: ['C: Ya firmé el contrato. Entonces póngalo ya como aprobado, ¿no? Para que le paguen.'] }))).flatMap((f) => f.reasons)).toContain('money');
  });

  it('follow-ups: a visit booked, the first read-back of the turn, a time called off later, "confirm the fee is gone"', () => {
    const at = (turns: string[]) => detectFollowUp(classify(makeCall({ turns, caller: { timezone: 'America/Denver' } })).ctx)?.at ?? null;
    expect(at(['A: The next step is a site visit so an advisor can look at the roof. Is there a time that works?', 'C: Not this week. Next Tuesday? Nine-thirty?', 'A: Tuesday November 17th at 9:30 AM, at the house. Got it.'])).toBe('2026-11-17T16:30:00Z');
    expect(at(['A: When would work better?', 'C: Can we do it sooner? Monday? One-thirty?', "A: Monday, November 16th at 1:30 PM Mountain. Just a heads-up, we're closed this weekend, so that's 1:30 on Monday.", "C: Yeah, one-thirty."])).toBe('2026-11-16T20:30:00Z');
    expect(at(['C: I think Jess set up a call for Thursday?', 'A: Yes, I see a call planned for Thursday afternoon.', 'C: Maybe just hold off for a while. Cancel Thursday.', "A: Thursday's cancelled."])).toBeNull();
    expect(at(['A: I will waive the late fee.', 'C: And I want somebody from billing to call me Friday at noon to confirm the fee is actually gone.'])).toBe('2026-11-13T19:00:00Z');
  });

  it('a Spanish app that "dice offline" is a fault; "pásenla al jueves" moves it; the case passed to the service team is one', () => {
    const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Tallgrass Solar.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top("Pero mire, la app dice 'offline' desde el sábado.")).toBe('support');
    expect(top('Pásenla al jueves, a las diez de la mañana.')).toBe('scheduling');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ['A: Voy a pasar el caso al equipo de servicio técnico para que revisen el monitoreo.'] })))?.intent).toBe('support');
  });

  it('money promised in a condition, and a promise put in writing, ask for review', () => {
    const promises = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${text}`] }))).flatMap((f) => f.reasons);
    expect(promises("If we can't get a surveyor out to you by the end of next week, I'll take ten percent off the system price.")).toContain('money');
    expect(promises("I can't take anything off the system price, I'm sorry.")).not.toContain('money');
    expect(promises('Le garantizo que no le vendemos a nadie más en su cuadra. Se lo pongo por escrito en el contrato.')).toContain('commitment');
  });

  it('a name spelled is no referral code; a friend registered under the member\'s code is a referral, not a join', () => {
    const spelled = makeCall({ turns: ['A: It is free: you get a code to share. Can I get your name?', 'C: Aaliyah Brooks. A-A-L-I-Y-A-H.'] });
    expect(detectReferredBy(classify(spelled).ctx)).toBeNull();
    const friend = makeCall({
      caller: { firstName: 'Marisol', lastName: 'Vega' },
      turns: ['A: Umberfield Coffee.', 'C: Habla Marisol Vega. Mire, mi compadre Rigoberto tiene una ferretería aquí y quiere poner café para los clientes.', 'A: ¿Tiene su correo?', 'C: El correo: rigo punto alvarez arroba ferreteria alvarez punto com.', 'A: rigo.alvarez@ferreteriaalvarez.com. ¿Rigoberto Álvarez?', 'C: Eso.', 'A: Perfecto, lo registro con su código de socia.'],
    });
    const { ctx } = classify(friend);
    expect(detectReferredPerson(ctx)).toMatchObject({ firstName: 'Rigoberto', email: 'rigo.alvarez@ferreteriaalvarez.com' });
    expect(detectJoinRequest(ctx.caller, ctx.agent, friend)).toBeNull();
    expect(callerIdentity(friend).spokenEmails).toEqual([]);
  });

  it.each([
    ['C: Pues mire, le quería avisar que ya no vamos a seguir. Mi suegro conoce a un instalador y ya firmamos con él.'],
    ['C: No, ya no. Pueden cerrar mi expediente, o como se diga.'],
    ['C: It is just that they are across the street. You can close out my file.'],
  ])('a prospect who closes the file: %s', (turn) => {
    const call = makeCall({ turns: [turn] });
    expect(detectNotInterested(callerSentences(call), call)).not.toBeNull();
  });

  it('the cue lists read a different week, or only the visit, as scheduling', () => {
    const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Brambleway Solar.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top("So the install crew's supposed to come the week after Thanksgiving. I just need a different week.")).toBe('scheduling');
    expect(top('Quiero cancelar, wait, no, not everything. Nomás la cita del jueves. The site visit.')).toBe('scheduling');
  });

  it('"Mornings I\'m at my desk" is a preference; "we won\'t be moving forward" closes the prospect', () => {
    expect(detectPreferredContact(callerSentences(makeCall({ turns: ["C: Afternoons are just impossible for me. Mornings I'm at my desk."] })))?.value).toBe('callMorning');
    const closed = makeCall({ turns: ['C: We ended up going with a local roaster. So we won\'t be moving forward.'] });
    expect(detectNotInterested(callerSentences(closed), closed)).not.toBeNull();
  });

  it('follow-ups: a call asked for beats a read-back naming texts, an aside between dashes, "this same number", a text in a list of those received', () => {
    const at = (turns: string[]) => detectFollowUp(classify(makeCall({ turns, caller: { timezone: 'America/Chicago' }, endedAt: '2027-04-13T16:30:00Z' })).ctx);
    const asked = at(['C: Ya no quiero los textos. Actually, llámenme el jueves en la mañana for the quote thing.', 'A: Perfecto. Le quito los mensajes de texto, y le marcamos el jueves en la mañana.']);
    expect(asked).toMatchObject({ at: '2027-04-15T14:00:00Z', channel: 'phone' });
    expect(at(['C: So can somebody call me — on my cell, this one, not the house — next Wednesday at ten with install dates?', 'A: Sure. Next Wednesday at 10 AM Central, on this number.'])?.at).toBe('2027-04-21T15:00:00Z');
    expect(at(['C: Y yo sí quiero saber cuánto cobran.', 'A: ¿Quiere que alguien le explique los precios?', 'C: Sí, pero mañana. Mañana en la tarde.', 'A: Mañana por la tarde, entonces. ¿A este mismo número?', 'C: A este mismo.'])?.at).toBe('2027-04-14T19:00:00Z');
    expect(at(['A: ¿Quiere que alguien le explique los precios?', 'C: Sí, pero mañana. Mañana en la tarde.', 'A: Mañana por la tarde, entonces.'])).toBeNull();
    expect(at(['C: I got two calls yesterday from your sales side. And a text at like seven a.m.', "A: I'm sorry about the early text."])).toBeNull();
  });

  it('a complaint filed breaks a tie between service readings; a fault reported to the technical team is support; "ya no voy a seguir con ustedes" cancels', () => {
    expect(agentOpensCase(agentSentences(makeCall({ turns: ["A: Thanks, I'll report it to our technical team."] })))?.intent).toBe('support');
    const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Fennwick.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top('Quería avisarle que ya no voy a seguir con ustedes para la contabilidad.')).toBe('cancellation');
  });

  it('a rep asking the caller out is harassment; a lawyer in a story about another company is no threat; a doubled bonus is money', () => {
    const reasons = (turn: string) => detectSensitive(callerSentences(makeCall({ turns: [turn] }))).flatMap((f) => f.reasons);
    expect(reasons("Since then he's been messaging me on Instagram. Personal stuff. Asking me out.")).toContain('sensitive_request');
    expect(reasons('Not you. SunVolt. It took two weeks and a complaint to the attorney general\'s office.')).not.toContain('legal');
    expect(reasons("It took two weeks and a complaint to the attorney general's office.")).toContain('legal');
    const promises = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${text}`] }))).flatMap((f) => f.reasons);
    expect(promises("You know what, I'll make sure you get double the usual referral bonus on this one.")).toContain('money');
  });

  it("the business's own address and a month are no referred person; notice sent to a manager today is no follow-up", () => {
    const billing = makeCall({
      caller: { firstName: 'Kwame', lastName: 'Asante' },
      turns: ['A: Thanks for calling Quarrybank, this is Rowan.', 'C: I got my November statement and there is a charge for the Lakeview room.', "A: I can't reverse a charge myself, but I'm sending this to our billing team. Could you forward that email to billing at quarrybank dot example?", 'C: Yeah, I can do that tonight.'],
    });
    expect(detectReferredPerson(classify(billing).ctx)).toBeNull();
    const notice = makeCall({ turns: ["C: The partners voted to fold the studio. So we won't need the desks after January.", "A: That's clear. I'll send your notice to the Fulton Market manager today and you'll get a confirmation by email."], caller: { timezone: 'America/Chicago' } });
    expect(detectFollowUp(classify(notice).ctx)).toBeNull();
  });

  it('notice given is a cancellation; a fault filed with a team, or that sounds like a glitch, is support; ending the desks is a cancellation filed', () => {
    const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Quarrybank.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top("This'll sound odd in the middle of tax season, but I'm calling to give notice.")).toBe('cancellation');
    const filed = (text: string) => agentOpensCase(agentSentences(makeCall({ turns: [`A: ${text}`] })))?.intent ?? null;
    expect(filed("Thanks, that helps. I'll file it with the Mission Bay team.")).toBe('support');
    expect(filed("He's right, day passes include booth bookings, so that sounds like a glitch.")).toBe('support');
    expect(filed('Okay: ending both desks at Fort Point, last day April 30th.')).toBe('cancellation');
    expect(filed('Would you like me to file it with the Mission Bay team?')).toBeNull();
  });

  it('an integration promised by a date is a commitment; a rep messaging on a personal account is harassment; conduct reported to management is a complaint filed', () => {
    const promises = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${text}`] }))).flatMap((f) => f.reasons);
    expect(promises("We don't have a Square integration today, but I can tell you we'll have one built for you by January fifteenth.")).toContain('commitment');
    expect(promises("We don't have a Square integration today, and I can't say when we will.")).not.toContain('commitment');
    const reasons = (turn: string) => detectSensitive(callerSentences(makeCall({ turns: [turn] }))).flatMap((f) => f.reasons);
    expect(reasons('One of your sales reps, Derek, has been messaging me on my personal Instagram.')).toContain('sensitive_request');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ["A: I'm reporting this to our management as a conduct issue, with the rep's name and the dates."] })))?.intent).toBe('complaint');
  });
});

describe('readings in words the lists did not know (sealed38, opened after its first run)', () => {
  const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Quillfeather.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];
  const reasons = (turn: string) => detectSensitive(callerSentences(makeCall({ turns: [turn] }))).flatMap((f) => f.reasons);
  const promises = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${text}`] }))).flatMap((f) => f.reasons);

  it('a blank page in Spanish is a fault; a fault passed to the technical team is support; a booking named and then moved is scheduling', () => {
    expect(top('Lo escanea la gente y sale una página en blanco. Totalmente en blanco.')).toBe('support');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ['A: Entiendo. Voy a pasarlo al equipo técnico.'] })))?.intent).toBe('support');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ['A: Entiendo. ¿Quiere que lo pase al equipo técnico?'] })))).toBeNull();
    expect(top('I have my onboarding session tomorrow at ten and I need to move it, a client presentation got pulled forward.')).toBe('scheduling');
  });

  it('a credit union is no credit given; two-factor set up at the bank is no access problem; a rep writing to a personal number at night is harassment', () => {
    expect(promises("I'm sorry, ma'am, we're not a credit union.")).not.toContain('money');
    expect(promises("We're going to credit your account for the missed month.")).toContain('money');
    expect(reasons('They made me set up that two-factor thing at the bank, maybe a week before?')).not.toContain('access');
    expect(reasons("My two-factor code never arrives, so I can't get into the portal.")).toContain('access');
    expect(reasons('Desde entonces me escribe por WhatsApp a mi número personal, que si quería ir a cenar con él.')).toContain('sensitive_request');
  });

  it('money the agent moves in more words: a penalty covered, a month given with nothing charged', () => {
    expect(promises("I'll make sure we cover that penalty for you, the full thirteen forty.")).toContain('money');
    expect(promises("I'll make sure the team looks at that penalty letter.")).not.toContain('money');
    expect(promises('Y como viene recomendada por Carmen, le regalo el primer mes, no le cobramos nada.')).toContain('money');
  });

  it('a referral marked approved closes no file', () => {
    const approved = makeCall({ turns: ['C: I never got my reward for her.', "A: I'll go ahead and mark it approved today, so your two-fifty goes out with the next payout."] });
    expect(detectNotInterested(callerSentences(approved), approved, agentSentences(approved))).toBeNull();
    const closed = makeCall({ turns: ["C: We went another way, honestly.", "A: Understood. I'll go ahead and mark your referral closed."] });
    expect(detectNotInterested(callerSentences(closed), closed, agentSentences(closed))).not.toBeNull();
  });

  it('follow-ups: a price said like a time is none; "llámenos" from the caller asks for a call; "mándenmela el lunes" beside a past "iban"; a city after "aquí en"', () => {
    const fu = (turns: string[], timezone: string | null = 'America/Chicago') => detectFollowUp(classify(makeCall({ turns, caller: { timezone }, endedAt: '2027-03-10T21:40:00Z' })).ctx);
    expect(fu(['C: He quoted me a hundred and nine a month, and then the follow-up email says one forty-nine.'])).toBeNull();
    expect(fu(['C: The follow-up email says one forty, can you call me then?'])?.at).toBe('2027-03-11T19:40:00Z');
    expect(fu(['A: ¿Le gustaría que le explicáramos cómo funciona?', 'C: Sí, pero el que lleva los números es mi esposo. Llámenos el sábado en la mañana, que estamos los dos en la casa.', 'A: Perfecto, el sábado en la mañana, a este número.'])?.at).toBe('2027-03-13T15:00:00Z');
    expect(fu(['C: ¿Y cuándo lo arreglan?', 'A: Si mañana en la mañana sigue sin servicio, llámenos y mandamos un técnico.', 'C: Okay. Gracias.'])).toBeNull();
    expect(fu(['C: Y la cotización que me iban a dar, mándenmela el lunes por correo, que el fin de semana ando con la familia.', 'A: Muy bien. Le enviamos la cotización por correo el lunes.'])).toMatchObject({ at: '2027-03-15T15:00:00Z', channel: 'email' });
    expect(fu(['C: Mándenme los precios el lunes por correo. Aquí en la Ciudad de México a veces ni señal hay.', 'A: El lunes le enviamos los precios por correo.'], null)).toMatchObject({ at: '2027-03-15T16:00:00Z', timezone: 'America/Mexico_City' });
  });
});

describe('readings in words the lists did not know (sealed39, opened after its first run)', () => {
  const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Quillfeather.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];

  it('Spanish complaints and a code refused are service calls to the cue lists; a fault reported to support or the client team is a case filed', () => {
    expect(top('Mire, estoy bien molesta. Hoy es jueves y nadie me ha llamado. Y no es la primera vez.')).toBe('complaint');
    expect(top('Both times the advisor joined like cuarenta minutos tarde. No es justo.')).toBe('complaint');
    expect(top('Y nadie me explicó nada de lo que pasó.')).toBe('complaint');
    expect(top("Le pasé mi enlace a dos compadres y a los dos les sale 'código no válido'.")).toBe('support');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ['A: Voy a reportarlo a soporte técnico para que revisen por qué el código sale como no válido.'] })))?.intent).toBe('support');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ["A: You're right, and I'm sorry. I'll report this to our client team."] })))?.intent).toBe('support');
  });

  it('follow-ups: a call promised in the past, "hoy es jueves" and "nadie me ha llamado" set no time; "que me llamen hoy en la noche" does', () => {
    const at = (turns: string[]) => detectFollowUp(classify(makeCall({ turns, caller: { timezone: 'America/Chicago' }, endedAt: '2026-11-19T16:30:00Z' })).ctx)?.at ?? null;
    expect(at(['C: El lunes me dijeron que la contadora me iba a llamar el martes. ¿Martes? Nada. Hoy es jueves y nadie me ha llamado.', 'A: Entonces le prometieron una llamada de la contadora el martes, y nadie le ha llamado.'])).toBeNull();
    expect(at(['C: Pues que me llamen hoy en la noche, a eso de las seis, que ya cerré.', 'A: Entendido: una llamada hoy a las seis de la tarde.'])).toBe('2026-11-20T00:00:00Z');
  });

  it('a caller who cannot say whether a message was ours leaves the intent unclear', () => {
    const { classification } = classify(makeCall({ turns: ['A: Quillfeather, ¿en qué le puedo ayudar?', 'C: Me llegó un correo o un mensaje, algo de un pago. No sé si era de ustedes.', 'A: ¿Recuerda qué decía?', 'C: No, creo que lo borré. Mejor lo busco y luego vuelvo a llamar.'] }));
    expect(classification.intent).toBe('other');
  });
});

describe('readings in words the lists did not know (sealed40, opened after its first run)', () => {
  const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Willowbank.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];
  const promises = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${text}`] }))).flatMap((f) => f.reasons);

  it('a seller who pressed in Spanish is a complaint, and the agent reporting it to the manager files one; a visit asked for another day is a reschedule', () => {
    expect(top('Y me estuvo insiste e insiste, una hora y media en mi cocina. No me gustó para nada.')).toBe('complaint');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ['A: Entendido. Voy a reportar lo que pasó a la gerente de ventas.'] })))?.intent).toBe('complaint');
    expect(top('Le hablo para cancelar la visita del jueves. Me salió un viaje. ¿Pueden venir la semana que entra?')).toBe('scheduling');
  });

  it('a gift card the agent sends is money', () => {
    expect(promises("And since you were called again, I'll send you a hundred-and-fifty-dollar gift card for the trouble.")).toContain('money');
    expect(promises("I'll send you the referral card for your fridge.")).not.toContain('money');
  });
});


describe('readings in words the lists did not know (sealed41, opened after its first run)', () => {
  const reasons = (turn: string) => detectSensitive(callerSentences(makeCall({ turns: ['A: Larkspur Solar.', turn] }))).flatMap((f) => f.reasons);
  const followUp = (turns: string[]) => { const call = makeCall({ turns, endedAt: '2027-02-09T16:05:00Z' }); return detectFollowUp(makeContext(call, callerIdentity(call), policy)); };

  it('a salesman who must leave the caller\'s sister alone is harassment; a ladder left alone is not', () => {
    expect(reasons("C: Make him stop. I mean he needs to leave her alone.")).toContain('sensitive_request');
    expect(reasons('C: The crew needs to leave the ladder alone until Monday.')).toEqual([]);
  });

  it('a Spanish seller "ofreciendo" signs, with a catalogue to send, is a vendor', () => {
    const { classification } = classify(makeCall({ turns: ['A: Verafield Payroll, le atiende Nora.', 'C: Buenas tardes. Le hablo de Letreros y Anuncios del Sur. Estamos ofreciendo letreros luminosos LED para oficinas, con un descuento de temporada.', 'A: Gracias, pero no estamos buscando letreros.', 'C: Entonces, ¿le mando el catálogo a algún correo?'] }));
    expect(classification.intent).toBe('vendor');
  });

  it('follow-ups: "in the next day or so" sets no time; "que me llamen, porque por correo no entiendo nada" asks for a call', () => {
    expect(followUp(['A: Let me grab your details. Best email?', 'C: trevor at nash custom cabinets dot com.', 'A: Great. Someone from sales will send you overtime pricing in the next day or so.', 'C: Sounds good, thanks.'])).toBeNull();
    const asked = followUp(['A: Yo no puedo modificar la factura desde aquí, pero voy a pasar el caso a facturación.', 'C: Bueno. Pero que me llamen, porque por correo no entiendo nada de lo que me mandan. El jueves, a las tres de la tarde, que es cuando ya apagué el horno.', 'A: El jueves a las tres de la tarde. Anotado.', 'C: Sí, a las tres.']);
    expect(asked).toMatchObject({ at: '2027-02-11T20:00:00Z', channel: 'phone' });
  });

  it('a code spelled with its number in Spanish words, or digit by digit, keeps the number', () => {
    expect(spelledCode('L-U-Z, dos uno.')).toBe('LUZ-21');
    expect(spelledCode('B E N C two one')).toBe('BENC-21');
    expect(spelledCode('M A Y A twenty one')).toBe('MAYA-21');
    expect(spelledCode('K E N J I dash eight')).toBe('KENJI-8');
    const call = makeCall({ turns: ['A: ¿En qué le ayudo?', 'C: Me llamo Óscar Paredes. Luz Marina me dio su código... a ver... LUZ veintiuno. L-U-Z, dos uno.', 'A: LUZ-21, el código de Luz Marina. Perfecto.'] });
    expect(detectReferredBy(makeContext(call, callerIdentity(call), policy))?.referralCode).toBe('LUZ-21');
    // Heard without its number, the code the agent reads back completes it.
    const partial = makeCall({ turns: ['A: ¿En qué le ayudo?', 'C: Luz Marina me dio su código. Es L-U-Z, y no me acuerdo del número.', 'A: LUZ-21, el código de Luz Marina. Perfecto.'] });
    expect(detectReferredBy(makeContext(partial, callerIdentity(partial), policy))?.referralCode).toBe('LUZ-21');
  });
});

describe('readings in words the lists did not know (sealed42, opened after its first run)', () => {
  const top = (turn: string) => Object.entries(scoreIntents(callerSentences(makeCall({ turns: ['A: Tidewater Solar.', turn] }))).scores).sort((a, b) => b[1] - a[1])[0]?.[0];
  const followUp = (turns: string[], direction: Call['direction'] = 'inbound') => { const call = makeCall({ turns, direction, endedAt: '2026-12-15T23:45:00Z', caller: { timezone: 'America/Chicago' } }); return detectFollowUp(makeContext(call, callerIdentity(call), policy)); };

  it('a production drop is a fault; a performance check logged is a service case filed', () => {
    expect(top("C: Production's down like forty percent compared to October.")).toBe('support');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ["A: I'll log a performance check and have the monitoring team compare panel by panel."] })))?.intent).toBe('support');
  });

  it('a Spanish pitch that offers us a deal is a vendor; a stockist that sells our cold brew is not', () => {
    expect(detectLowFit(callerSentences(makeCall({ turns: ['A: ¿En qué le podemos ayudar?', 'C: Queremos ofrecerles un convenio: ustedes nos recomiendan con sus clientes y nosotros les damos una comisión.'] }))).vendor).not.toBeNull();
    expect(detectLowFit(callerSentences(makeCall({ turns: ['A: Umberfield Coffee.', 'C: I got a food truck, the Rolling Roux, we sell your cold brew.'] }))).vendor).toBeNull();
  });

  it('the old phone gone is a contact change, no problem to report', () => {
    expect(detectIssue(callerSentences(makeCall({ turns: ['A: Hi.', "C: No, I want the texts. The old phone is gone, that's all."] })), 'support').issue).toBeNull();
    expect(detectIssue(callerSentences(makeCall({ turns: ['A: Hi.', 'C: The app is gone from my phone after the update.'] })), 'support').issue).not.toBeNull();
  });

  it('a wrong number who matches no record suppresses nothing', () => {
    const { classification } = classify(makeCall({ turns: ['A: Thanks for calling Tidewater Solar.', "C: Oh. Solar? I was trying to get Tidewater Marina. Sorry, wrong number."] }));
    expect(classification.intent).toBe('wrong_number');
    expect(classification.suppression).toEqual({ suppress: false, reason: null, stopFutureOutreach: false });
  });

  it('asking for "mi propio código" is a join; "Me recomendó Lucía Herrera" names Lucía Herrera', () => {
    expect(detectJoinRequest(callerSentences(makeCall({ turns: ['A: ¿En qué le ayudo?', 'C: Pues ahora yo quiero recomendar a mis amigas, ¿cómo le hago para tener mi propio código como Marisol?'] })))).not.toBeNull();
    const call = makeCall({ turns: ['A: ¿Prefiere español?', 'C: Sí, mejor. Soy Yesenia Paredes. Me recomendó Lucía Herrera, somos del mismo grupo de la iglesia, and she said you guys are the best.'] });
    expect(detectReferredBy(makeContext(call, callerIdentity(call), policy))?.name).toBe('Lucía Herrera');
  });

  it('follow-ups: "try her tomorrow evening" from whoever answers; "could we do Friday? same time?" moves a booking; the agent\'s "I\'ll send it over today" sets none', () => {
    expect(followUp(['A: Hi, may I speak with Samantha Reyes?', "C: She's not here, this is her husband. She's at her mom's tonight. Try her tomorrow evening, she'll be home.", "A: Thanks, we'll try her tomorrow evening."], 'outbound')?.at).toBe('2026-12-17T00:00:00Z');
    expect(followUp(['A: Hi Claire, just confirming your design review Thursday at eleven-thirty.', 'C: Oh, shoot. I have an install Thursday. Could we do Friday? Same time?', "A: Friday at eleven-thirty works. I'll move it.", 'C: Friday, eleven-thirty.'], 'outbound')?.at).toBe('2026-12-18T17:30:00Z');
    expect(followUp(['A: Can I get an email to send you pricing?', 'C: marcus at bellbrewing dot com.', "A: marcus@bellbrewing.com. I'll send it over today.", 'C: Cool. Thanks.'])).toBeNull();
  });

  it('"Yeah, evenings." to "would a different time work better?" is a standing preference', () => {
    expect(detectPreferredContact(callerSentences(makeCall({ turns: ['A: Would a different time work better?', "C: Yeah, evenings. After six. Don't stop calling, just not afternoons, please."] })))?.value).toBe('callEvening');
  });
});

describe('readings in words the lists did not know (sealed43, opened after its first run)', () => {
  const promises = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${text}`] }))).flatMap((f) => f.reasons);
  const reasons = (turn: string) => detectSensitive(callerSentences(makeCall({ turns: ['A: Copperleaf.', turn] }))).flatMap((f) => f.reasons);

  it('"It\'s not, I promise" is an assurance; "it\'ll be there Friday, I promise" and a repair paid for are commitments', () => {
    expect(promises("It's not, I promise. I'm Marina, an AI assistant calling for Driftwood Solar.")).toEqual([]);
    expect(promises("It'll be there Friday, I promise.")).toContain('commitment');
    expect(promises('I promise you the crew will be back tomorrow by eight a.m. to seal it, and Driftwood will pay for the ceiling repair.')).toContain('money');
    expect(promises('Insurance will cover the damage.')).toEqual([]);
  });

  it('a rep\'s late-night "Hey beautiful" text is harassment', () => {
    expect(reasons("C: And he's been texting me. At night. Eleven, midnight. 'Hey beautiful, still thinking about solar?' with the winky face.")).toContain('sensitive_request');
    expect(reasons("C: Your rep texted me 'Hey, still thinking about solar?' last week.")).toEqual([]);
  });
});

describe('readings in words the lists did not know (sealed44, opened after its first run)', () => {
  const at = (turns: string[], endedAt = '2027-03-12T22:30:00Z', timezone = 'America/Phoenix') => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx);

  it('a month and day already gone this year date an event; a time cancelled or refused is no time to call', () => {
    expect(resolveSpokenTime("It's right there. January third, two charges, same amount.", '2027-01-14T20:50:00Z', 'America/Chicago')).toBeNull();
    expect(resolveSpokenTime("I'll cancel tomorrow's walk-through, and we'll call you Tuesday at 10 a.m. Pacific.", '2027-03-11T18:00:00Z', 'America/Los_Angeles')?.at).toBe('2027-03-16T17:00:00Z');
    expect(resolveSpokenTime('Eso. Pero no a las siete, ¿eh? Ja.', '2027-02-24T15:15:00Z', 'America/Chicago')).toBeNull();
  });

  it('follow-ups: "sin mensajes de texto" refuses one channel, a callback noted, the hour of a day asked for, an offer to book a call in Spanish', () => {
    expect(at(['A: ¿Cuándo le queda bien que le llame un asesor?', 'C: El lunes, en la tarde.', 'A: Perfecto: el lunes por la tarde, por teléfono, y sin mensajes de texto.', 'C: Eso.'])?.channel).toBe('phone');
    expect(at(["C: Can somebody call me, though? I'm about to go into a meeting that'll run probably an hour and a half. Call me after that.", 'A: Sure. So in about an hour and a half from now, on this number?', 'C: This number. Perfect.', "A: I've noted a callback in ninety minutes."], '2026-12-02T18:05:00Z', 'America/Los_Angeles')?.at).toBe('2026-12-02T19:35:00Z');
    expect(at(['C: ¿Me pueden hablar el lunes? Mañana y el domingo ando fuera.', 'A: Claro. ¿A qué hora le queda bien el lunes?', 'C: A las ocho de la mañana, antes de irme al trabajo.', 'A: Perfecto: lunes a las ocho de la mañana, al número del que llama.', 'C: Eso. Gracias.'])?.at).toBe('2027-03-15T15:00:00Z');
    expect(at(['A: ¿Le gustaría agendar una llamada con un asesor?', 'C: Sí. El jueves a las diez de la mañana, pero hora del Pacífico, porque ya voy a estar allá.', 'A: El jueves a las diez de la mañana, hora del Pacífico. ¿A este número?', 'C: A este mismo, sí.'], '2027-04-05T16:00:00Z', 'America/New_York')?.at).toBe('2027-04-08T17:00:00Z');
  });

  it('a Spanish pupil in her year of school; a caller who dialled the wrong company and stays to ask our price is a prospect', () => {
    const lowFit = (turns: string[]) => detectLowFit(callerSentences(makeCall({ turns })), makeCall({ turns }));
    expect(lowFit(['A: Halcyon Solar.', 'C: Me llamo Valeria, estoy en segundo año de prepa. Tengo que hacer un reporte para la clase de ciencias y la maestra dijo que entrevistáramos a una empresa.']).student).not.toBeNull();
    const sunPeak = ['C: Is this SunPeak Energy?', 'A: No, this is Brightkeel Solar. You may have the wrong number.', "C: Huh. Oh, wait, yeah, I mixed up the numbers, I've had like four solar companies call me this week. My bad."];
    expect(lowFit(sunPeak).wrongNumber).not.toBeNull();
    expect(lowFit([...sunPeak, 'A: No problem.', "C: Actually, hang on. What do you guys charge for, like, a six kilowatt system?"]).wrongNumber).toBeNull();
  });

  it('opt-outs: the call and text lists, kept off a list before being added; words disowned; sarcasm about the number of texts held', () => {
    expect(detectOptOut(callerSentences(makeCall({ turns: ["C: And honestly, while I'm on — take me off the call and text lists."] }))).requested).toBe(true);
    expect(detectOptOut(callerSentences(makeCall({ turns: ["C: Oh, and please don't put me on any mailing list or call me about solar."] }))).requested).toBe(true);
    expect(detectOptOut(callerSentences(makeCall({ turns: ['C: Can you take me off the call now? I have to run.'] }))).requested).toBe(false);
    const disowned = callerSentences(makeCall({ turns: ["C: And don't take that as, like, never call me. If we buy in a couple years, I'll want you guys."] }));
    expect(detectOptOut(disowned).requested).toBe(false);
    expect(possibleOptOut(disowned)).toBeNull();
    expect(possibleOptOut(callerSentences(makeCall({ turns: ["C: Got another text from you guys this morning. That's six this week. My favorite. Really, keep 'em coming, I just love it."] })))).not.toBeNull();
    expect(possibleOptOut(callerSentences(makeCall({ turns: ['C: The referral bonuses are great, keep them coming!'] })))).toBeNull();
    expect(agentAcknowledgesOptOut(makeCall({ turns: ["C: Please don't put me on any mailing list.", "A: Understood, we won't add you to any list or contact you about solar."] }))).not.toBeNull();
  });

  it('"Me recomendó la señora Inés Paredes" names the referrer; "I\'ll have our support team check" files a case', () => {
    const call = makeCall({ turns: ['C: Me recomendó la señora Inés Paredes — es mi vecina.'] });
    expect(detectReferredBy(makeContext(call, callerIdentity(call), policy))?.name).toBe('Inés Paredes');
    expect(agentOpensCase(agentSentences(makeCall({ turns: ["A: Every email should have an unsubscribe link, but I'll have our support team check the version she got."] })))?.intent).toBe('support');
  });
});

describe('readings in words the lists did not know (sealed43\'s last misses, opened after its first run)', () => {
  it('an address given for "Dr. Soto" is his, not the caller\'s; a contact asked of "anyone you know" hands a person over', () => {
    const soto = makeCall({ turns: ["C: I've got someone for you.", 'A: Who would you like to refer?', "C: His name is Felipe Soto, he's an orthodontist.", 'A: Do you have an email or a phone number for Dr. Soto?', "C: Email's better. It's f-s-o-t-o at soto ortho dot com."] });
    expect(callerIdentity(soto).emails).not.toContain('fsoto@sotoortho.com');
    const person = (turns: string[]) => { const call = makeCall({ turns }); return detectReferredPerson(makeContext(call, callerIdentity(call), policy)); };
    expect(person(['A: Anyone you know thinking about solar?', 'C: Funny you ask. My cousin Teresa, Teresa Lucero, she just got her electric bill.', 'A: Do you have an email for her?', "C: Uh, it's tere dot lucero at yahoo dot com."])?.email).toBe('tere.lucero@yahoo.com');
    expect(person(["A: We're checking in with members to see if anyone in your circle has been asking about solar.", 'C: Actually, yes. Luis Ortega, guy from my church. He just bought a house.', 'A: Do you have a number or email for Luis?', 'C: Number. Five one two, five five five, oh one seven oh.'])?.phone).toBe('+15125550170');
  });

  it('"I\'ll text it to him tonight" reaches someone else; "send the proposal to my email by Friday" still reaches the caller', () => {
    const fu = (turns: string[]) => detectFollowUp(classify(makeCall({ turns })).ctx);
    expect(fu(["A: If he mentions your code, FRANK-A, we'll connect it to you.", "C: FRANK-A, got it. I'll text it to him tonight."])).toBeNull();
    expect(fu(['C: Send the proposal to my email by end of day Friday.'])?.channel).toBe('email');
  });

  it('a call made to change the email, asked as "what\'s the new email?", is a record update, not a guess', () => {
    const { classification } = classify(makeCall({ turns: ["C: Hey. Ike Johansson. I'm ditching my old protonmail, so don't unsubscribe me or anything, I just need the emails to go somewhere else.", "A: Sure. What's the new email?", 'C: ike at johansson woodworks dot com.', 'A: So i-k-e at johanssonwoodworks dot com.', 'C: Yep.'] }));
    expect(classification.intent).toBe('other');
  });

  it('opt-outs: "Unsubscribe me. From the emails." is email; "take me off autopay" is billing; "Take the email off too" widens', () => {
    expect(detectOptOut(callerSentences(makeCall({ turns: ["C: Unsubscribe me. From the emails. I tried the link at the bottom and it took me to a page that said 'error'."] }))).scope).toBe('email');
    expect(detectOptOut(callerSentences(makeCall({ turns: ['C: Hey. Jordan Blake. I need you to take me off autopay.'] }))).requested).toBe(false);
    expect(detectOptOut(callerSentences(makeCall({ turns: ["C: Stop calling me. I told the last guy.", 'A: I am removing your number from all calling.', "C: Take the email off too. Everything."] }))).scope).toBe('all');
  });

  it('"Marcus had this number before me" is a wrong number; "mornings are way better now" a standing preference', () => {
    expect(detectLowFit(callerSentences(makeCall({ turns: ["C: You keep calling this number for a Marcus Bell. I'm not Marcus. Marcus had this number before me, I guess."] }))).wrongNumber).not.toBeNull();
    expect(detectPreferredContact(callerSentences(makeCall({ turns: ["C: I switched to nights. Mornings are way better now. Like before eleven."] })))?.value).toBe('callMorning');
  });
});

describe('readings in words the lists did not know (sealed45, opened after its first run)', () => {
  it('a refusal later in the same breath, "Stop, sorry, that\'s the old one", a nephew\'s quoted words, a paid plan named: none is an opt-out', () => {
    const say = (...turns: string[]) => callerSentences(makeCall({ turns: turns.map((t) => `C: ${t}`) }));
    const refused = say("Fíjese que mi esposo pensó que yo les iba a hablar para darme de baja. ¡No, no, no! No me den de baja. Al contrario, quiero referir a mi vecina.");
    expect(detectOptOut(refused).requested).toBe(false);
    expect(possibleOptOut(say("It's r-quintero— no. Stop. Stop, sorry, that's the old one. The new one is rafael at quinterohomes dot com."))).toBeNull();
    expect(detectOptOut(say("My nephew says, 'just unsubscribe and sign up again.' I'm not doing that.")).requested).toBe(false);
    expect(detectOptOut(say('I need to unsubscribe from SunGuard Plus. The monitoring add-on. Nine ninety-nine a month.')).requested).toBe(false);
    expect(detectOptOut(say('I need to unsubscribe from your texts.')).requested).toBe(true);
    expect(keepsContact("I'm not talking about emails, you can keep sending those.")).toBe(true);
  });

  it('"rafael, spelled out, at quinterohomes dot com"; an address read back whole and confirmed is the caller\'s', () => {
    expect(extractEmails('The new one is rafael, spelled out, at quinterohomes dot com.')).toEqual(['rafael@quinterohomes.com']);
    const call = makeCall({ turns: ['A: I\'ll need an email to set up your membership.', "C: Sure, it's derek dot amundsen, at gmail.", 'A: So, derek.amundsen@gmail.com?', "C: Yep, that's it."] });
    expect(callerIdentity(call).emails).toContain('derek.amundsen@gmail.com');
  });

  it('commitments by a date in more words; a referrer\'s credit is no money; "That was not me" about a STOP reply is no break-in', () => {
    const reasons = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${text}`] }))).flatMap((f) => f.reasons);
    expect(reasons("I can tell you we'll have a Xero sync live for your account by January 15th.")).toContain('commitment');
    expect(reasons("I'll make sure engineering adds Spanish pay stubs for your account by the end of the month.")).toContain('commitment');
    expect(reasons("That's Nadia's referral code, and I'll make sure she gets credit.")).toEqual([]);
    expect(reasons("I'll make sure you get a credit for the double charge.")).toContain('money');
    const flags = (text: string) => detectSensitive(callerSentences(makeCall({ turns: [`C: ${text}`] }))).flatMap((f) => f.reasons);
    expect(flags('My assistant had my phone, one of your texts came in, and she replied STOP because she thought it was spam. That was not me.')).toEqual([]);
    expect(flags('Somebody changed the payout account. That was not me.')).toContain('access');
  });

  it('a Spanish cancellation filed; "we don\'t repair boats" answers a caller who asked for another business; "I want to send her your way" offers a referral', () => {
    expect(agentOpensCase(agentSentences(makeCall({ turns: ['A: Muy bien, paso la cancelación al equipo de cuentas.'] })))?.intent).toBe('cancellation');
    const turns = ["C: Yeah, hey, is this Halyard Marine? My starboard engine's been missing.", "A: I'm sorry, this is Halyard Payroll. We make payroll software, we don't repair boats.", 'C: Nah, I got it. My mistake.'];
    expect(detectLowFit(callerSentences(makeCall({ turns })), makeCall({ turns })).wrongNumber).not.toBeNull();
    const pitch = ['C: Business owners in your area now qualify for zero-cost solar panels.', "A: We lease our buildings, so we don't install panels.", 'C: Oh, ha, sorry about that. Press one now.'];
    expect(detectLowFit(callerSentences(makeCall({ turns: pitch })), makeCall({ turns: pitch })).wrongNumber).toBeNull();
    expect(offersSomeone(callerSentences(makeCall({ turns: ["C: So I have a client who's been asking about the panels. I want to send her your way."] })))).toBe(true);
  });

  it('follow-ups: the same hour said again keeps its day; a Spanish visit offered; "después de las seis"; "a ella llámenle" is for the person handed over; a Spanish preference filed', () => {
    const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx)?.at ?? null;
    expect(at(['A: When works better?', 'C: Tuesday the sixteenth? Four thirty?', 'A: Let me read that back: Tuesday, March 16th, at 4:30 in the afternoon, Central time.', "C: That's it. That's after the clocks change, right? Four thirty is four thirty?", 'A: Yes, 4:30 your local time.', 'C: Awesome.'], '2027-03-11T15:20:41Z', 'America/Chicago')).toBe('2027-03-16T21:30:00Z');
    expect(at(['A: ¿Le gustaría que un técnico fuera a ver su techo para darle una cotización?', 'C: Sí, pero entre semana no puedo. ¿El sábado? El sábado a las once, mi esposo va a estar también.', 'A: Perfecto. Entonces el sábado 23 a las once de la mañana, hora de Arizona. ¿Correcto?', 'C: Correcto.'], '2027-01-21T18:05:14Z', 'America/Phoenix')).toBe('2027-01-23T18:00:00Z');
    expect(at(['A: ¿Cuándo sería un buen momento para llamarle?', 'C: Llámenle después de las seis, hoy. Él ya está en la casa para esa hora.'], '2027-03-18T19:40:09Z', 'America/Chicago')).toBe('2027-03-18T23:00:00Z');
    expect(at(['C: Es Marisela Quiñones, siete ocho seis, cinco cinco cinco, cero tres tres siete.', 'A: Le repito: Marisela Quiñones, 786-555-0337.', 'C: Sí. A ella llámenle después de las cinco, que trabaja hasta esa hora.', 'A: Perfecto, lo anoto.'], '2027-03-31T18:00:00Z', 'America/New_York')).toBeNull();
    expect(at(['A: ¿Prefiere que la llamemos en otro horario?', 'C: Sí, mejor por la tarde. Después de las dos, ahí sí contesto.', 'A: Listo, cambio su preferencia a llamadas por la tarde.'], '2027-03-02T16:00:00Z', 'America/New_York')).toBeNull();
  });
});

describe('invented opt-outs of sealed46 (opened after its first run)', () => {
  it('"catch every opt-out" counts other people\'s requests; "no les estoy pidiendo que me borren ni que me dejen de llamar" denies them', () => {
    const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
    expect(detectOptOut(say('We scrub your lists against the national registry and catch every opt-out automatically.')).requested).toBe(false);
    expect(detectOptOut(say('Y para que quede claro: no les estoy pidiendo que me borren ni que me dejen de llamar.')).requested).toBe(false);
    expect(detectOptOut(say('Opt me out, please.')).requested).toBe(true);
    expect(detectOptOut(say('No quiero que me borren ni que me dejen de llamar, pero ya no me manden textos.')).requested).toBe(true);
  });

  it('"La registro ahora" after a data request files the request; it enrols no one', () => {
    const turns = ['C: Quiero una copia de todos los datos que tienen sobre mí.', 'A: Puede hacer una solicitud de acceso a sus datos. La registro ahora y el equipo de privacidad le responde por correo.'];
    const call = makeCall({ turns });
    expect(detectJoinRequest(callerSentences(call), agentSentences(call), call)).toBeNull();
  });
});

describe('follow-ups of sealed46 (opened after its first run)', () => {
  const at = (turns: string[]) => detectFollowUp(classify(makeCall({ turns, endedAt: '2027-01-20T18:00:00Z', caller: { timezone: 'America/Los_Angeles' } })).ctx)?.at ?? null;

  it('"they come in at like nine at night" tells when texts arrive; "I don\'t mean tonight specifically" sets no time', () => {
    expect(at(['C: Quit texting me.', 'A: Just the texts?', 'C: Just the texts. They come in at like nine at night and the phone buzzes on the nightstand.'])).toBeNull();
    expect(at(['C: Just not in the afternoon. After six. Evenings are when I am sitting down.', 'A: So going forward, evening calls, after six.', "C: Right. And I don't mean tonight specifically, I mean in general, whenever you guys call."])).toBeNull();
    expect(at(['A: When works?', 'C: Call me at nine tonight.'])).toBe('2027-01-21T05:00:00Z');
  });
});

describe('opt-outs of sealed47 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));

  it('"I\'ll stop all contact from Tidewell" confirms a removal; "I\'ll stop by" does not', () => {
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: Please stop all of it. Calls, emails, texts, everything.', "A: I'm sorry, that's a lot. I'll stop all contact from Tidewell."] }))?.scope).toBe('all');
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: Can someone look at the panel?', "A: Sure, I'll stop by on Friday."] }))).toBeNull();
  });

  it('"I don\'t want any of them on my phone" names the device the texts arrive on, not calls', () => {
    const call = makeCall({ turns: ['C: The text messages. Please take me off the texts. The portal ones, the promo ones, I don\'t want any of them on my phone.', 'A: Understood, I\'ll stop all text messages to you. Email and calls stay as they are?', 'C: Yes.'] });
    expect(detectOptOut(callerSentences(call), call).scope).toBe('sms');
    expect(detectOptOut(say("I don't want any more calls on my phone.")).scope).toBe('calls');
  });

  it('a Spanish past request "y lo respetaron" is settled, not held', () => {
    expect(possibleOptOut(say('El año pasado les pedí que ya no me mandaran mensajes de texto, y lo respetaron, eso está bien, no vengo por eso.'))).toBeNull();
    expect(possibleOptOut(say('El año pasado les pedí que ya no me mandaran mensajes de texto y siguen llegando.'))).not.toBeNull();
  });

  it('"quíteme de la—" cut off is held; "no es que me quiera borrar ni que ya no me llamen" and "no quiero que me dejen de llamar" deny a request', () => {
    const cut = detectOptOut(say('Mire, mejor quíteme de la—'));
    expect(cut.requested).toBe(false);
    expect(cut.uncertain).toHaveLength(1);
    expect(detectOptOut(say('Quíteme de la lista, por favor.')).requested).toBe(true);
    expect(detectOptOut(say('Que no se malinterprete: no es que me quiera borrar de todo ni que ya no me llamen, ¿eh?')).requested).toBe(false);
    expect(detectOptOut(say('Y que conste: no quiero que me dejen de llamar.')).requested).toBe(false);
    expect(detectOptOut(say('Por favor, dejen de llamarme.')).requested).toBe(true);
  });

  it('"don\'t put us on any list with SunVault" is about another company\'s list', () => {
    expect(detectOptOut(say("And please, I'm serious, don't put us on any list with SunVault.")).requested).toBe(false);
    expect(detectOptOut(say("Please don't put us on any list.")).requested).toBe(true);
  });

  it('"Unsubscribe, como dicen" repeats the email request; a do-not-call list beside "sales calls" stops calls', () => {
    const es = makeCall({ turns: ['C: Los emails. Me llegan tres, cuatro al día. Ya no me manden correos. Unsubscribe, como dicen.', 'A: ¿Solo los correos?', 'C: Sí, sí, llámenme cuando quieran.'] });
    expect(detectOptOut(callerSentences(es), es).scope).toBe('email');
    const dnc = makeCall({ turns: ["C: I don't need sales calls on top of it. Put me on your do-not-call list.", 'A: To confirm, you would like us to stop calling you?', 'C: Stop calling.'] });
    expect(detectOptOut(callerSentences(dnc), dnc).scope).toBe('calls');
    const promos = makeCall({ turns: ['C: No more sales calls, please.'] });
    expect(detectOptOut(callerSentences(promos), promos).scope).toBe('marketing');
  });
});

describe('reviews, intents and identity of sealed47 (opened after its first run)', () => {
  const agent = (text: string) => agentSentences(makeCall({ turns: ['C: Hi.', `A: ${text}`] }));

  it('"you\'ll get credit for Dr. Forde if she goes ahead" is attribution; an amount "applied to your install" is money', () => {
    expect(detectAgentPromises(agent("It's staying open. You'll get credit for Dr. Forde if she goes ahead."))).toEqual([]);
    expect(detectAgentPromises(agent("No problem. Seven hundred and fifty dollars, and I'll make sure it's applied to your install.")).flatMap((f) => f.reasons)).toContain('money');
    expect(detectAgentPromises(agent("I'll make sure it's applied to your account."))).toEqual([]);
  });

  it('a person handed over as "Dr. Imani Forde" is Imani Forde', () => {
    const call = makeCall({ turns: ['C: Good, because I have someone right now. My colleague, Dr. Imani Forde, she has a practice in Mesa and she keeps asking me about my panels. Her email is imani at fordeorthodontics dot com.', "A: Great. Dr. Imani Forde, F-O-R-D-E, imani at fordeorthodontics dot com. I'll add her as your referral."] });
    const p = detectReferredPerson(classify(call).ctx);
    expect([p?.firstName, p?.lastName]).toEqual(['Imani', 'Forde']);
  });

  it('another company\'s bill is no billing call; a trial not to be rolled into the paid plan is a cancellation', () => {
    expect(classify(makeCall({ turns: ["C: I told y'all no back in the summer, but my cooler bill in August was insane and I'm reconsidering."] })).classification.intent).toBe('sales_inquiry');
    expect(classify(makeCall({ turns: ["C: Our bank offered us a package and my partner already signed it. So please, please do not roll us into the paid plan on Saturday."] })).classification.intent).toBe('cancellation');
    expect(classify(makeCall({ turns: ['C: My bill this month is wrong, you charged me twice.'] })).classification.intent).toBe('billing');
  });

  it('the agent\'s "that\'s your member code" makes a spelled code the caller\'s own', () => {
    const call = makeCall({ turns: ["C: This is Jamal. I got a code with y'all, it's J-A-M-A-L, dash, nine. That's mine.", "A: Thanks, Jamal. JAMAL-9, yes, that's your member code. How can I help?"] });
    expect(callerIdentity(call).ownCodes).toEqual(['JAMAL-9']);
    const friend = makeCall({ turns: ['C: My friend gave me hers, J-A-M-A-L, dash, nine.', "A: JAMAL-9, that's your friend's code."] });
    expect(callerIdentity(friend).ownCodes).toEqual([]);
  });

  it('a new number the agent reads back and the caller confirms is the caller\'s; an address heard otherwise is the one read back', () => {
    const phone = makeCall({ turns: ['C: I just need to update my phone number, I got a new one.', "A: And the new number is the one you're calling from, six one six, five five five, zero one eight three?", "C: Yes, that's it."] });
    expect(callerIdentity(phone).spokenPhones).toEqual(['+16165550183']);
    const email = makeCall({ turns: ['C: Sí: analucia punto mora, todo junto analucia, arroba gmail punto com.', 'A: analucia.mora@gmail.com. ¿Correcto?', 'C: Correcto. Gracias.'] });
    expect(callerIdentity(email).spokenEmails).toEqual(['analucia.mora@gmail.com']);
    const moved = makeCall({ turns: ["C: Could you send them to my work address instead? It's maeve at donnelly floral dot com.", "A: Sure, so I'll change your email from maeve.donnelly@gmail.com to maeve@donnellyfloral.com.", "C: That's it exactly."] });
    expect(callerIdentity(moved).spokenEmails).toEqual(['maeve@donnellyfloral.com']);
  });
});

describe('follow-ups of sealed47 (opened after its first run)', () => {
  const at = (turns: string[], endedAt = '2027-01-26T21:15:00Z', timezone = 'America/Chicago') => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx)?.at ?? null;

  it('"in about an hour" read back is as sharp as an amount echoed as "Seven-fifty."', () => {
    expect(at(['A: Seven hundred and fifty dollars.', 'C: Okay. Seven-fifty. Got it. Can somebody call me back in about an hour?', 'A: Sure. A consultant will call you back in about an hour.'])).toBe('2027-01-26T22:15:00Z');
  });

  it('"en unas dos horitas" is an offset; "tengo un showing en diez minutos" is the caller\'s own appointment', () => {
    expect(at(['A: ¿Cuándo le puedo llamar?', 'C: Márqueme en unas dos horitas, ya voy a estar en la casa.'], '2026-12-09T17:42:00Z')).toBe('2026-12-09T19:42:00Z');
    expect(at(['A: ¿Quiere que dejemos de llamarle por completo, o sólo por unas semanas?', 'C: Ay, no sé. Ya veremos. Tengo un showing en diez minutos, bye.'])).toBeNull();
  });

  it('a day cleared "three separate times" and "it\'s roofing season in about five minutes" set no time', () => {
    expect(at(['A: What is going on?', 'C: I have now cleared my Thursday afternoon three separate times for the payroll walkthrough.'])).toBeNull();
    expect(at(['A: Would you like—', "C: I'm just busy, it's roofing season down here in about five minutes and my phone rings nonstop."])).toBeNull();
    expect(at(['A: When should we call?', 'C: Call me Thursday afternoon.'])).not.toBeNull();
  });
});

describe('opt-outs of sealed48 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));

  it('"I finally told SunPeak: stop calling me" was said to another company; "I\'m un-opting out" undoes one', () => {
    expect(detectOptOut(say('I finally told SunPeak: stop calling me, take me off your list, the whole thing.')).requested).toBe(false);
    expect(detectOptOut(say('Stop calling me, take me off your list, the whole thing.')).requested).toBe(true);
    const undo = detectOptOut(say("Now I actually want to talk about solar. So I'm un-opting out, I suppose."));
    expect([undo.requested, undo.uncertain.length]).toEqual([false, 0]);
  });

  it('"no vaya a ser que me den de baja a mí también" warns against a removal; "no quiero que me sigan contactando" asks for one', () => {
    expect(possibleOptOut(say('Y no vaya a ser que me den de baja a mí también, ¿eh?'))).toBeNull();
    expect(possibleOptOut(say('Quiero que me den de baja a mí también.'))).not.toBeNull();
    expect(detectOptOut(say('Todo. Ni llamadas, ni mensajes, ni correos. No quiero que me sigan contactando.')).requested).toBe(true);
  });

  it('"I don\'t want you to stop calling me" wants calls; the threat before "take me off everything, I won\'t care" makes it a condition', () => {
    expect(detectOptOut(say("And look, I don't want you to stop calling me.")).requested).toBe(false);
    expect(possibleOptOut(say("And look, I don't want you to stop calling me."))).toBeNull();
    const threat = callerSentences(makeCall({ turns: ["C: If one more of them rings my bell, I'm done with Oakfield. Take me off everything, I won't care."] }));
    expect(detectOptOut(threat).requested).toBe(false);
    expect(detectOptOut(say("I'm done with Oakfield. Take me off everything.")).requested).toBe(true);
  });
});

describe('intents, joins and addresses of sealed48 (opened after its first run)', () => {
  it('an error the system shows is a support call; "lo que ofrecemos es" is a pitch; "nomás muévamela" moves a booking', () => {
    expect(scoreIntents(callerSentences(makeCall({ turns: ["C: Cada vez que pongo el social me sale 'invalid SSN'."] }))).scores.support).toBeGreaterThanOrEqual(4);
    expect(detectLowFit(callerSentences(makeCall({ turns: ['C: No, no, nosotros no. Lo que ofrecemos es traducir y adaptar su sitio al español.'] })), makeCall()).vendor).not.toBeNull();
    expect(scoreIntents(callerSentences(makeCall({ turns: ['C: Mañana no puedo. Pero no me vaya a quitar de la agenda. Nomás muévamela.'] }))).scores.scheduling).toBeGreaterThanOrEqual(3);
  });

  it('"Lo apunto para el sábado por la mañana" notes a time and enrols no one', () => {
    const call = makeCall({ turns: ['A: ¿Cuándo le conviene que lo llame un asesor?', 'C: ¿El sábado en la mañana se puede?', 'A: Sí. Lo apunto para el sábado por la mañana.'] });
    expect(detectJoinRequest(callerSentences(call), agentSentences(call), call)).toBeNull();
    const join = makeCall({ turns: ['C: Quiero ser socia del programa.', 'A: Con gusto, la inscribo ahora mismo.'] });
    expect(detectJoinRequest(callerSentences(join), agentSentences(join), join)).not.toBeNull();
  });

  it('spoken addresses: accents dropped, a letter said with its word, a change read back and confirmed', () => {
    expect(extractEmails('Ramón punto escobedo, arroba gmail punto com.')).toEqual(['ramon.escobedo@gmail.com']);
    expect(extractEmails('Es ines punto carrasco punto m, de Martínez, arroba gmail punto com.')).toEqual(['ines.carrasco.m@gmail.com']);
    const change = makeCall({ turns: ['C: Ramón punto castillo arroba hotmail punto com. Ese ya no. Ahora use castillo limpieza arroba gmail punto com, todo pegado.', 'A: Entonces cambio ramon.castillo@hotmail.com por castillolimpieza@gmail.com, ¿correcto?', 'C: Eso mero.'] });
    expect(callerIdentity(change).spokenEmails).toContain('castillolimpieza@gmail.com');
    expect(callerIdentity(change).spokenEmails).not.toContain('limpieza@gmail.com');
  });
});

describe('follow-ups of sealed48 (opened after its first run)', () => {
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx)?.at ?? null;

  it('"Monday morning" agreed keeps its morning when the agent closes with "Talk to you Monday"', () => {
    expect(at(['C: Can somebody call me Monday morning and we will pick a day?', 'A: Absolutely. Monday morning, Eastern time, at this number?', 'C: This number. Monday morning.', 'A: You got it. Talk to you Monday, Walt.'], '2027-03-12T18:30:20Z', 'America/New_York')).toBe('2027-03-15T13:00:00Z');
  });

  it('"el dieciséis de enero" is a date; "¿para el primero de mayo?" a deadline; "¿la podemos pasar para el viernes?" still a time', () => {
    expect(at(['C: Entonces llámenme el dieciséis de enero para confirmar que ya funciona, y ahí firmo.', 'A: De acuerdo, la llamamos el dieciséis de enero.'], '2026-12-08T15:00:00Z', 'America/Puerto_Rico')).toBe('2027-01-16T14:00:00Z');
    expect(at(['A: Le garantizo que para el primero de mayo ya tendrá las facturas en español.', 'C: ¿Seguro? ¿Para el primero de mayo?', 'A: Sí, se lo aseguro, para el primero de mayo.'], '2027-04-06T21:00:00Z', 'America/Chicago')).toBeNull();
    expect(at(['C: Mañana no voy a poder. ¿La podemos pasar para el viernes? En la tarde, mejor.', 'A: Entonces queda el viernes por la tarde. La llamamos a este número.', 'C: Sí, perfecto.'], '2026-12-01T17:55:00Z', 'America/Chicago')).toBe('2026-12-04T20:00:00Z');
  });

  it('"un día tarde" and "the phone buzzing at seven in the morning" set no time', () => {
    expect(resolveSpokenTime('Y mis empleados cobraron tarde. Un día tarde.', '2027-02-09T14:30:20Z', 'America/Puerto_Rico')).toBeNull();
    expect(at(['A: What is going on?', "C: The emails are fine. It's just the phone buzzing at seven in the morning. No more texts."], '2026-11-19T19:05:00Z', 'America/New_York')).toBeNull();
  });
});

describe('opt-outs of sealed49 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
  const call = (...turns: string[]) => makeCall({ turns });

  it('"I\'d rather you folks just didn\'t reach out", confirmed with "that\'s right", is an opt-out; "I\'d prefer if you didn\'t—" cut off is held', () => {
    const c = call("C: I think I'd rather you folks just didn't reach out to me anymore.", "A: Just to make sure — you'd like us to stop contacting you altogether? Calls, texts, emails?", "C: Yeah. Yeah, that's right. All of it.");
    expect(detectOptOut(callerSentences(c), c)).toMatchObject({ requested: true, scope: 'all' });
    const cut = detectOptOut(say("Look, honestly, I'd prefer if you didn't—"));
    expect([cut.requested, cut.uncertain.length]).toEqual([false, 1]);
    expect(detectOptOut(say("I'd prefer if you didn't call before nine.")).requested).toBe(false);
  });

  it('"los textos, esos ya no me los manden" stops texts; "no me marquen en domingo" refuses a day', () => {
    const texts = call('C: Los textos, esos ya no me los manden, por favor.');
    expect(detectOptOut(callerSentences(texts), texts)).toMatchObject({ requested: true, scope: 'sms' });
    expect(detectOptOut(say('Sí, es mi celular. Nomás que no me marquen en domingo, que es el día que descanso.')).requested).toBe(false);
  });

  it('a STOP that "actually stopped", a deletion "sin querer", "take me off Tuesday", "stop right there" and "what I don\'t want is for you to stop calling" are no opt-outs', () => {
    expect(possibleOptOut(say('This summer your texting thing was driving me nuts and I replied STOP, and it actually stopped.'))).toBeNull();
    expect(possibleOptOut(say('¡No, no, no! Eso fue sin querer, estaba borrando correos desde el celular.'))).toBeNull();
    expect(possibleOptOut(say('Can you take me off Tuesday? The site survey, next Tuesday.'))).toBeNull();
    expect(possibleOptOut(callerSentences(call("C: Stop. Stop right there. I don't want a battery.")))).toBeNull();
    expect(detectOptOut(say("What I don't want is for you to stop calling if the monitoring shows a problem.")).requested).toBe(false);
    expect(possibleOptOut(say('Can you take me off your list?'))).not.toBeNull();
  });

  it('"I think he\'d want them to stop" is a relayed wish, held; the pharmacy counter changed for a cell is no opt-out', () => {
    expect(possibleOptOut(say("I think he'd want them to stop. Honestly."))).not.toBeNull();
    const counter = call('C: Listen, I need your team to stop calling the pharmacy counter.', 'A: Do you want us to stop calling you altogether?', "C: No, no, no. I'm not saying stop. Just not on that line. Use my cell.");
    expect(detectOptOut(callerSentences(counter), counter).requested).toBe(false);
  });

  it('an offer that lists every channel and the marketing is all of them', () => {
    const c = call("C: Honestly, I've got enough going on.", 'A: Just so I have it right: you\'d like us to stop all calls, emails and text messages to you, from the referral program and from Brasswind marketing?', 'C: Yes. Everything.');
    expect(detectOptOut(callerSentences(c), c).scope).toBe('all');
  });
});

describe('intents, reviews and identity of sealed49 (opened after its first run)', () => {
  const agent = (text: string) => agentSentences(makeCall({ turns: ['C: Hi.', `A: ${text}`] }));

  it('"I\'m writing up a formal complaint" files a complaint; "first year of monitoring is free" is money', () => {
    expect(agentOpensCase(agent("That's unacceptable, and I'm sorry. I'm writing up a formal complaint right now."))?.intent).toBe('complaint');
    expect(detectAgentPromises(agent("I'll guarantee your installation is complete by January 31st, and if we miss that date, your first year of monitoring is free.")).flatMap((f) => f.reasons)).toContain('money');
  });

  it('"Is this Marcus\'s phone? ... So this isn\'t Marcus." is a wrong number; "wrong number, right company" stays on', () => {
    const lost = makeCall({ turns: ["C: Uh — Marcus? Is this Marcus's phone?", 'A: This is Tallgrass Solar.', "C: Oh, man. So this isn't Marcus."] });
    expect(detectLowFit(callerSentences(lost), lost).wrongNumber).not.toBeNull();
    const stays = makeCall({ turns: ['C: Oh — wait. Payroll? I was trying to get Halyard Marine.', "C: Well, yeah, actually, since I've got you. I run a bike shop.", 'C: Ha. Wrong number, right company.'] });
    expect(detectLowFit(callerSentences(stays), stays).wrongNumber).toBeNull();
  });

  it('"you can close it out" and "we\'re gonna stay where we are" decline; "I\'ll mark that you\'re not moving forward" closes', () => {
    expect(detectNotInterested(callerSentences(makeCall({ turns: ["C: We're gonna stay where we are. Honestly you can close it out on your end."] })))).not.toBeNull();
    const closed = makeCall({ turns: ['C: No, not really.', "A: Will do. I'll mark that you're not moving forward."] });
    expect(detectNotInterested([], closed, agentSentences(closed))).not.toBeNull();
  });

  it('"put this one on my account, the one I\'m calling from" gives the calling number as the new one', () => {
    const c = makeCall({ fromNumber: '+15125550188', turns: ["C: I changed my cell. Please put this one on my account, the one I'm calling from."] });
    expect(callerIdentity(c).spokenPhones).toEqual(['+15125550188']);
  });
});

describe('follow-ups of sealed49 (opened after its first run)', () => {
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx);

  it('"at three to set up", "forty-five minutes from now": the whole time read', () => {
    expect(resolveSpokenTime('Someone will call you Wednesday at three to set up the consultation.', '2027-04-12T16:00:00Z', 'America/Chicago')?.at).toBe('2027-04-14T20:00:00Z');
    expect(resolveSpokenTime('Forty-five minutes from now, at this number.', '2027-03-17T22:10:00Z', 'America/Los_Angeles')?.at).toBe('2027-03-17T22:55:00Z');
  });

  it('clients sent "after the holidays", the crew "you sent out Thursday" and the day money arrives set no time', () => {
    expect(at(["C: I've got two more clients I'm going to send your way after the holidays."], '2026-11-16T17:30:00Z', 'America/Chicago')).toBeNull();
    expect(at(['C: I want to talk to somebody about the crew you sent out Thursday for the battery add-on.'], '2026-12-15T14:20:00Z', 'America/New_York')).toBeNull();
    expect(at(['A: Mire, ahorita mismo se la marco como aprobada y sus trescientos dólares le llegan el viernes.', 'C: ¿De veras? ¿Este viernes?', 'A: Sí, este viernes, se lo aseguro.'], '2027-04-01T18:00:00Z', 'America/Phoenix')).toBeNull();
  });

  it('a demo moved keeps the phone, whatever address the invite goes to', () => {
    const r = at(["C: I've got a demo booked for Monday at ten and I need to move it.", 'A: When would work better?', 'C: Tuesday. Tuesday at eleven-thirty, Pacific. And can you send the invite to my new email?'], '2027-03-12T18:30:00Z', 'America/Los_Angeles');
    expect(r?.channel).toBe('phone');
  });
});

describe('opt-outs of sealed50 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
  const call = (...turns: string[]) => makeCall({ turns });

  it('"I want off the marketing" is marketing; "don\'t put me on your do-not-call list! Ha." asks the opposite', () => {
    expect(detectOptOut(say('First. I want off the marketing. The referral promos, the newsletters, all of that.'))).toMatchObject({ requested: true, scope: 'marketing' });
    expect(detectOptOut(say("Will do. And hey, don't put me on your do-not-call list! Ha.")).requested).toBe(false);
    expect(detectOptOut(say("Please don't put me on any mailing list.")).requested).toBe(true);
  });

  it('what a page said, a journalist\'s question about honoring requests, "on Chicago hours" and an address swapped are no opt-outs', () => {
    expect(detectOptOut(say("And then it said 'you've been unsubscribed' and I went, no, no, no.")).requested).toBe(false);
    expect(possibleOptOut(say("I'm asking several installers: how long does it take you to honor a do-not-call request?"))).toBeNull();
    expect(possibleOptOut(say("I'm in Honolulu all week, so please don't have them call me on Chicago hours."))).toBeNull();
    const swap = call("C: So the email you have, the gmail, I don't check that anymore. Don't bother emailing that one. Can you use mdoyle.flag@outlook.com instead?");
    expect(detectOptOut(callerSentences(swap), swap).requested).toBe(false);
    expect(detectOptOut(say("Don't bother emailing me.")).requested).toBe(true);
  });

  it('"I\'m done with all this" is held; "no me manden text messages ... Solo email" stops texts', () => {
    expect(possibleOptOut(say("I'm done. I'm done with all this."))).not.toBeNull();
    const es = call('C: Y una cosa: no me manden text messages, please. Mi celular es del trabajo. Solo email.', 'A: Entendido, nada de mensajes de texto, solo correo.');
    expect(detectOptOut(callerSentences(es), es)).toMatchObject({ requested: true, scope: 'sms' });
  });
});

describe('identity, flags and intent of sealed50 (opened after its first run)', () => {
  it('a referrer named before an aside between dashes keeps the name', () => {
    const c = makeCall({ turns: ["C: Felix Brandt — the electrician, Brandt Electric — did some work on my machine shed and he said you're the ones to call about solar."] });
    expect(detectReferredBy(classify(c).ctx)?.name).toBe('Felix Brandt');
  });

  it('"the account email is..." says who the caller is, no access request; a thesis is a student\'s', () => {
    expect(detectSensitive(callerSentences(makeCall({ turns: ["C: I'm on the office line. The account email is T Appiah at appiah logistics dot com."] })))).toEqual([]);
    expect(detectSensitive(callerSentences(makeCall({ turns: ["C: I forgot my password and I'm locked out."] }))).length).toBeGreaterThan(0);
    expect(detectLowFit(callerSentences(makeCall({ turns: ["C: I'm a master's student at UMass. I'm writing my thesis on referral incentives."] }))).student).not.toBeNull();
  });

  it('a line that breaks up reads no intent for sure', () => {
    const c = makeCall({ turns: ['A: How can I help?', 'C: Yeah, hi, I got a — is this the — the thing about the roof? The, uh, my neighbor had the—', 'A: Are you calling about solar for your home?', 'C: No, the — well, kind of, he said you\'d — the letter, the one with the — hello?', 'A: Could you tell me your name?', 'C: —it\'s about the—'] });
    expect(classify(c).classification.intentConfidence).toBeLessThan(0.5);
  });
});

describe('follow-ups of sealed50 (opened after its first run)', () => {
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx)?.at ?? null;

  it('"leaving that job on Friday", "when I called Friday" and "hoy nomás quiero lo del cobro" set no time', () => {
    expect(at(["C: That's my work phone, and I'm leaving that job on Friday. Don't call that number anymore.", 'C: Use this one. 404-555-0122.'], '2027-01-28T14:20:00Z', 'America/New_York')).toBeNull();
    expect(at(['C: And when I called Friday the girl said somebody would call me back and nobody did.'], '2026-12-21T17:14:56Z', 'America/Phoenix')).toBeNull();
    expect(at(['C: Eso se lo platico otro día. Hoy nomás quiero lo del cobro.', 'A: Claro, cuando guste. Hoy me quedo con lo del cobro doble.'], '2026-12-08T14:30:00Z', 'America/New_York')).toBeNull();
  });

  it('"Can we push it? Tuesday the 16th, early — eight thirty" moves the booking to that time', () => {
    expect(at(['C: I have a phone consultation with one of your advisors tomorrow, Thursday, at eleven?', 'A: Yes, I see it, tomorrow at 11 a.m. with Marcus.', "C: I have a delivery of slab coming tomorrow and I can't be on the phone. Can we push it? Tuesday the 16th, early — eight thirty in the morning?", 'A: Tuesday, March 16th at 8:30 a.m. Central. Marcus has that open. I\'ll move it.', 'C: Perfect. Same number, the shop line.', "A: Done. You'll get a confirmation email."], '2027-03-10T15:58:30Z', 'America/Chicago')).toBe('2027-03-16T13:30:00Z');
  });
});

describe('sealed51 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
  const agent = (text: string) => agentSentences(makeCall({ turns: ['C: Hi.', `A: ${text}`] }));
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx);

  it('"Ya no me hablen" stops contact; "I\'m about done hearing from you people" is held', () => {
    expect(detectOptOut(say('Ya no me hablen, por favor. Ni llamadas, ni mensajes, ni correos. Nada.'))).toMatchObject({ requested: true, scope: 'all' });
    expect(detectOptOut(say('No me hablen de precios todavía, primero quiero ver el techo.')).requested).toBe(false);
    expect(possibleOptOut(say("Honestly, I'm about done hearing from you people."))).not.toBeNull();
  });

  it('an offer broken off is no promise; a ticket with the payouts team is a billing case', () => {
    expect(detectAgentPromises(agent('Great, I can get you set up for a free...'))).toEqual([]);
    expect(agentOpensCase(agent("I can't see the payment details from here, so I'll open a ticket with our payouts team to trace it."))?.intent).toBe('billing');
  });

  it('the read-back\'s channel is found by the time\'s own word ("on Tuesday" is not the "on" of "phone")', () => {
    const r = at(['C: Go ahead and stop the calls.', 'A: Is there a better way to reach you about the quote?', "C: Email. I read everything on email at night. Send me the updated quote, um, Tuesday? Tuesday's fine.", "A: So: no more phone calls, and we'll email you the updated quote on Tuesday."], '2027-02-11T23:05:00Z', 'America/Chicago');
    expect(r?.channel).toBe('email');
  });

  it('"no rush, whenever they get to it", "going to bounce after Friday" and "no le vayan a llamar a las seis" set no time', () => {
    expect(at(['A: What is the best way for them to reach you?', "C: Email's best. No rush, honestly, whenever they get to it, the piece is a few weeks out."], '2027-02-25T16:20:00Z', 'America/New_York')).toBeNull();
    expect(at(['C: Anything you send to my work address is going to bounce after Friday.'], '2026-11-13T15:41:05Z', 'America/Chicago')).toBeNull();
    expect(at(['A: Un asesor le va a llamar a Julio.', 'C: Órale, gracias. Nomás no le vayan a llamar a las seis de la mañana, ¿eh? Que trabaja de noche.'], '2026-11-17T17:55:19Z', 'America/Chicago')).toBeNull();
  });

  it('"yo no sé bien para qué" leaves the call unclear; "ciérrela" and "cierro su solicitud" close a prospect\'s file', () => {
    expect(classify(makeCall({ turns: ['C: ¿Bueno? Mire, mi hijo me dijo que les hablara, pero yo no sé bien para qué.'] })).classification.intentConfidence).toBeLessThan(0.5);
    expect(detectNotInterested(say('No, ciérrela. De veras no va a ser este año.'))).not.toBeNull();
    const closed = makeCall({ turns: ['C: No, ciérrela.', 'A: Muy bien. Entonces cierro su solicitud.'] });
    expect(detectNotInterested([], closed, agentSentences(closed))).not.toBeNull();
  });
});

describe('sealed52 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));

  it('a doubt before "but" hedges nothing after it: a wrong number\'s "take this number off your list" is applied', () => {
    expect(detectOptOut(say("Look, I don't know who Omari is, but take this number off your list."))).toMatchObject({ requested: true });
    expect(detectOptOut(say("I don't know, maybe take this number off your list?")).requested).toBe(false);
  });

  it('another company blocked, what the caller said to them, a past request undone: no opt-out', () => {
    expect(detectOptOut(say('I had to put SunPeak on my block list last month.')).requested).toBe(false);
    expect(possibleOptOut(say("I literally said 'take me off your list' and they kept calling anyway."))).toBeNull();
    const undone = makeCall({ turns: ['C: Mire, el año pasado yo les pedí que ya no me mandaran mensajes de texto, porque estábamos rentando.', 'A: ¿Y en qué la puedo ayudar hoy?', 'C: Pues que ya compramos casa. Entonces ahora sí me interesa. Mándenme la información por mensaje de texto.'] });
    expect(possibleOptOut(callerSentences(undone))).toBeNull();
  });

  it('"can we push it?" moves a booking; "our rebates coordinator" moves no money', () => {
    expect(scoreIntents(callerSentences(makeCall({ turns: ["C: Right, about that. Can we push it? I've got a surgery tomorrow morning."] }))).scores.scheduling).toBeGreaterThanOrEqual(3);
    expect(detectAgentPromises(agentSentences(makeCall({ turns: ['C: Hi.', "A: I'll send this to our rebates coordinator and ask them to compare the application with the check."] })))).toEqual([]);
  });
});

describe('sealed53 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx);

  it('"los mensajes de texto ya no me los manden" stops texts; "Stop those." stops what the turn named', () => {
    expect(detectOptOut(say('Llamadas sí, está bien, llámenme, pero los mensajes de texto ya no me los manden.'))).toMatchObject({ requested: true, scope: 'sms' });
    expect(detectOptOut(say("But real quick, the emails. I'm getting like three a week from you guys. Stop those. Please."))).toMatchObject({ requested: true, scope: 'email' });
    expect(detectOptOut(say('Those kids outside the window. Stop those.')).requested).toBe(false);
  });

  it('a past request "that\'s been fine", and one the caller "had to say" to another company until they quit: no opt-out', () => {
    expect(possibleOptOut(say("So, first off—last spring I had y'all take me off the texts, and that's been fine, I'm not calling about that."))).toBeNull();
    expect(possibleOptOut(say('The last solar outfit I talked to, I literally had to say take me off your list like three times before they quit.'))).toBeNull();
  });

  it('"Si usted ya no quiere llamadas, lo podemos quitar de la lista" answered "a lo mejor... lo voy a pensar" is held', () => {
    const call = makeCall({ turns: ['C: ¿Y si ya no quiero que me llamen? ¿Qué pasa?', 'A: No pierde nada. Si usted ya no quiere llamadas, lo podemos quitar de la lista.', 'C: Mmm. Pues... a lo mejor. No sé. Lo voy a pensar.'] });
    expect(classify(call).classification.optOut).toMatchObject({ requested: false, possible: true });
  });

  it('an offer taken with "y tampoco me escriban, ni correos ni mensajes" stops everything', () => {
    const call = makeCall({ turns: ['A: Si prefiere, puedo anotar que no la volvamos a llamar.', 'C: Sí, por favor, anótelo. Y tampoco me escriban, ni correos ni mensajes.'] });
    expect(classify(call).classification.optOut).toMatchObject({ requested: true, scope: 'all' });
  });

  it('the agent\'s "Understood. No more emails." confirms the removal; "promocionales" is marketing', () => {
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: The emails. Stop those.', 'A: Understood. No more emails.'] }))).toMatchObject({ scope: 'email' });
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: Todo lo que sea promoción, no lo quiero.', 'A: Entendido. La quito de todas las comunicaciones promocionales.'] }))).toMatchObject({ scope: 'marketing' });
  });

  it('a time the caller turns down when the agent asks, a day no one is to come, a weekly class: no follow-up', () => {
    expect(at(["C: Oh, sure. You know what, call me again tomorrow at seven, that'd be wonderful.", 'A: Would you like me to schedule a call for tomorrow at seven?', "C: [sighs] No. I don't— Whatever."], '2026-11-10T12:40:00Z', 'America/New_York')).toBeNull();
    expect(at(['A: The contracts team will go over that with you when they reach out.', 'C: Okay. Fine. Please just make sure nobody shows up with a truck on the second.'], '2026-11-19T18:20:45Z', 'America/New_York')).toBeNull();
    expect(at(['C: Priscilla Tran, I take her Tuesday class, she said you guys are the ones to call.'], '2026-11-20T20:57:44Z', 'America/Phoenix')).toBeNull();
  });

  it('"No, no, hora del centro de México" corrects the zone, and "Nope" after "Anything else?" refuses nothing', () => {
    expect(at(['A: ¿Cuándo le llamamos?', 'C: El jueves a las once de la mañana.', 'A: ¿El jueves a las once, hora de San Antonio?', 'C: No, no, hora del centro de México.'], '2027-03-23T16:20:00Z', 'America/Mexico_City')).not.toBeNull();
    expect(at(["A: When's a good time to reach you?", 'C: Tomorrow afternoon is best.', 'A: Tomorrow afternoon, Friday the thirteenth. Anything else?', "C: Nope. That's it."], '2026-11-12T18:42:10Z', 'America/Phoenix')?.at).toBe('2026-11-13T21:00:00Z');
  });

  it('"mañana al mediodía" is noon', () => {
    expect(resolveSpokenTime('Mañana al mediodía, en mi hora de comida.', '2027-02-24T16:30:05Z', 'America/Phoenix')?.at).toBe('2027-02-25T19:00:00Z');
  });

  it('"I signed with you" is no competitor; "¿Se puede cambiar para el sábado?" moves a booking', () => {
    expect(detectObjection(say('Hi, this is Oksana Veres, I signed with you, I think it was the end of October?')).objection).toBeNull();
    expect(detectObjection(say('We already signed with SunPeak.')).objection).toBe('competitor');
    expect(scoreIntents(say('Mañana no va a poder. ¿Se puede cambiar para el sábado en la mañana?')).scores.scheduling).toBeGreaterThanOrEqual(3);
  });

  it('a code spelled when the agent asked for the caller\'s own, read back by the agent, is theirs', () => {
    const call = makeCall({ turns: ['A: Do you have your member referral code?', "C: Yes, it's on my card here. G-W-E-N, dash, H.", 'A: GWEN-H. Thank you, Gwen Halvorsen.'] });
    expect(callerIdentity(call).ownCodes).toEqual(['GWEN-H']);
  });

  it('"I\'m not sure if it\'s about the—" and "I\'ll call you back" leave the call unclear, with no opt-out held', () => {
    const call = makeCall({ turns: ['A: Do you know what the letter is about?', "C: That's the — I'm not sure if it's about the — hold on. The other one!", "C: I'm gonna — you know what, I'll call you back when I find the actual, yeah. Sorry about that."] });
    const { classification } = classify(call);
    expect(classification.intentConfidence).toBeLessThan(0.5);
    expect(classification.optOut.possible).toBe(false);
  });
});

describe('sealed54 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx);
  const optOutOf = (turns: string[]) => classify(makeCall({ turns })).classification.optOut;

  it('"And stop calling me." confirmed "Understood. No more calls from us." and answered "We\'ll see. Bye." is applied', () => {
    const call = makeCall({ turns: ['C: Never got the gift card. And stop calling me. I mean it.', "A: Understood. No more calls from us. And I'll have the gift card processed.", "C: We'll see. Bye."] });
    expect(agentAcknowledgesOptOut(call)).toMatchObject({ scope: 'calls' });
    expect(callerDoubtsAfter(call, 0)).toBe(false);
    expect(callerDoubtsAfter(makeCall({ turns: ['C: Stop calling me.', 'A: Would you like us to stop all calls?', "C: We'll see. Bye."] }), 0)).toBe(true);
  });

  it('"don\'t ring this house anymore" and "I don\'t want anything more from you folks" stop contact; "everything else ... all the promotional stuff" is marketing', () => {
    expect(detectOptOut(say("Please don't ring this house anymore."))).toMatchObject({ requested: true, scope: 'calls' });
    expect(detectOptOut(say("I don't want anything more from you folks. Nothing."))).toMatchObject({ requested: true, scope: 'all' });
    expect(optOutOf(['C: The payout statements, those I need. Keep those coming.', 'A: Okay.', "C: Two, everything else. The newsletter, the calls about the spring promo, the texts about the spring promo. All the promotional stuff. I want out of that."]).scope).toBe('marketing');
  });

  it('words the caller planned and gave up, and an address retired for a new one, are no opt-outs', () => {
    expect(possibleOptOut(say("(laughs) Yeah, it was going to be, 'please stop calling me, I'm not doing this.' I was going to say that. But then my neighbor got hers installed."))).toBeNull();
    const swapped = makeCall({ turns: ['C: I need you to stop emailing bernard at oseiholdings dot com. Stop sending anything there. We sold the company.', 'A: Understood. Should we stop emailing you altogether?', 'C: No, no. Send it all to my new address. bernard at osei dot capital.'] });
    expect(detectOptOut(callerSentences(swapped)).requested).toBe(false);
  });

  it('"...or would you prefer we not call about promotions?" brushed off with "I don\'t have time for this" is held', () => {
    expect(optOutOf(['C: Hello?', 'A: Should I try you another time, or would you prefer we not call about promotions?', "C: I— I don't have time for this. Goodbye."])).toMatchObject({ requested: false, possible: true });
  });

  it('a flyer\'s gift card is no robocall; a phishing script and a pitch played twice word for word are spam', () => {
    expect(detectLowFit(say('So the flyer Desmond gave me said two hundred dollar gift card just for doing the consultation.')).spam).toBeNull();
    expect(detectLowFit(say('To secure the account I need to verify the administrator username and the six-digit code we just sent.')).spam).not.toBeNull();
    const looped = makeCall({ turns: ["C: Great! I'm reaching out because businesses in your zip code qualify for a rebate on their bill.", 'A: Who are you with, exactly?', "C: Great! I'm reaching out because businesses in your zip code qualify for a—"] });
    expect(detectLowFit(callerSentences(looped)).spam).not.toBeNull();
  });

  it('the husband\'s quoted "we\'re not interested" is not the caller\'s; a 6 a.m. call reported is a complaint; "que lo marquen como aprobado" asks for money', () => {
    expect(detectNotInterested(say("And he told your person 'don't call this house again, we're not interested.' He said that. I didn't."))).toBeNull();
    expect(scoreIntents(say('Last Thursday somebody from your company called me at six-oh-five in the morning.')).scores.complaint).toBeGreaterThanOrEqual(3);
    expect(detectSensitive(say('Que lo marquen como aprobado, por favor, para que le paguen el bono.')).some((f) => f.reasons.includes('money'))).toBe(true);
  });

  it('a condition and "you shouldn\'t be called before 8 AM" set no time; "it went out Tuesday" dates an event', () => {
    expect(at(['C: If I get one more call before eight a.m., my attorney is going to be sending you a letter.', "A: Understood. I'll note that you shouldn't be called before 8 AM."], '2027-01-13T17:26:30Z', 'America/Phoenix')).toBeNull();
    expect(at(["C: I put it in my newsletter, it went out Tuesday, and I've had three clients text me that it's broken."], '2026-11-12T15:42:00Z', 'America/New_York')).toBeNull();
  });

  it('a booking moved "from Wednesday at three to Friday at eleven" is at the new time; "si me pueden llamar el lunes" and "if y\'all called... try him Saturday" ask for a time', () => {
    expect(at(['C: Your people set up a call for Wednesday at three. Can we push it to Friday? Eleven?', 'A: Sure. Moving the billing call from Wednesday at three to Friday at eleven. Eastern?', 'C: Eastern, yeah.'], '2027-02-02T18:30:00Z', 'America/New_York')?.at).toBe('2027-02-05T16:00:00Z');
    expect(at(['A: Entendido, ¿algo más?', 'C: Y si me pueden llamar el lunes por la tarde, por lo de la cotización, mejor.', 'A: Perfecto, la llamamos el lunes por la tarde.'], '2027-01-14T16:20:00Z', 'America/New_York')?.at).toBe('2027-01-18T19:00:00Z');
    expect(at(["A: It's about his referral account.", "C: He said if y'all called to have you try him Saturday morning, he's in the house then.", "A: Saturday morning, got it. I'll try him then."], '2027-04-07T20:11:29Z', 'America/Chicago')?.at).toBe('2027-04-10T14:00:00Z');
  });

  it('a code the caller began to spell is completed by the agent\'s spelled read-back the caller let stand', () => {
    const call = makeCall({ turns: ['A: Go ahead with the code whenever you are ready.', "C: Okay, it's R-O-S-A, dash, D... S. Like Sam.", 'A: Thanks. So that is R-O-S-A dash D-F?', 'C: No, S. S as in Sam. D-S.', 'A: Got it, sorry about that. R-O-S-A dash D-S. And can I get your name?', 'C: Noor Abbasi.'] });
    expect(detectReferredBy(classify(call).ctx)?.referralCode).toBe('ROSA-DS');
  });
});

describe('sealed55 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx);
  const optOutOf = (turns: string[]) => classify(makeCall({ turns })).classification.optOut;

  it('"Sáquenme de todo" stops everything; "dejamos de contactarla" and "You\'ll stop getting our emails" confirm a removal', () => {
    expect(detectOptOut(say('Pero ya no quiero nada. Sáquenme de todo, por favor.'))).toMatchObject({ requested: true, scope: 'all' });
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: Sáquenme de todo.', 'A: Entendido, dejamos de contactarla por teléfono y por correo.'] }))).not.toBeNull();
    expect(optOutOf(['C: So the unsubscribe link at the bottom of your emails is broken.', 'A: I can help you here.', 'C: Anyway. Unsubscribe me, please.', "A: Done. You'll stop getting our emails."])).toMatchObject({ requested: true, scope: 'email' });
  });

  it('"I don\'t want to speak for him on the emails" stops nothing; "he wants you all to stop calling the office" is held', () => {
    expect(detectOptOut(say("I don't want to speak for him on the emails.")).requested).toBe(false);
    expect(possibleOptOut(say('He asked me to — he wants you all to stop calling the office.'))).not.toBeNull();
  });

  it('"hold off on the emails" answered "I didn\'t say unsubscribe... I dunno. Whatever\'s easiest." is held', () => {
    expect(optOutOf(['C: Can you guys hold off on the emails for a while?', 'A: Sure. Do you want me to unsubscribe you from our emails?', "C: I didn't say unsubscribe. I said hold off. I dunno. Whatever's easiest."])).toMatchObject({ requested: false, possible: true });
  });

  it('"¿Quiere que dejemos de enviarle correos?" - "¡No, no, no! No me quiten de nada" refuses; "Las llamadas sí, y el correo también" keeps them', () => {
    expect(optOutOf(['C: Le hablo por lo de los correos que me mandan.', 'A: Claro. ¿Quiere que dejemos de enviarle correos?', 'C: ¡No, no, no! No me quiten de nada, al contrario.'])).toMatchObject({ requested: false, possible: false });
    expect(optOutOf(['C: Los mensajes de texto. Ya no me los manden, por favor.', 'A: ¿Quiere que dejemos de enviarle mensajes de texto?', 'C: Sí, los mensajes ya no. Las llamadas sí, y el correo también, eso no me molesta.'])).toMatchObject({ requested: true, scope: 'sms' });
  });

  it('"I need that to stop" after "what do you call it, the care plan" is the plan, not calls', () => {
    expect(detectOptOut(say("And I've got that — what do you call it, the care plan, nineteen bucks a month? I need that to stop when we close.")).requested).toBe(false);
  });

  it('a spelled own code is the caller\'s; a written one stays as written', () => {
    expect(callerIdentity(makeCall({ turns: ['C: Dmitri Volkov. My partner code is D-M-I-T-R-I dash three, if you need it.'] })).ownCodes).toEqual(['DMITRI-3']);
    expect(callerIdentity(makeCall({ turns: ["C: My code's JORDAN-B1, J-O-R-D-A-N dash B, one."] })).ownCodes).toEqual(['JORDAN-B1']);
  });

  it('"me llaman a las cinco de la mañana" and a cancellation "a partir del quince de enero" set no time', () => {
    expect(at(['C: Me llegan mensajes, y me llaman justo a la hora que estoy metiendo el pan al horno, a las cinco de la mañana, imagínese.'], '2026-11-24T14:40:05Z', 'America/New_York')).toBeNull();
    expect(at(['A: Para confirmar: quiere cancelar el plan de monitoreo. ¿A partir de qué fecha?', 'C: Del quince de enero.', 'A: Muy bien, registro la cancelación del plan de monitoreo a partir del quince de enero.'], '2026-12-15T22:30:00Z', 'America/Chicago')).toBeNull();
  });

  it('an official\'s fee "that must be paid today to avoid suspension" is spam, whatever the model reads', () => {
    const call = makeCall({ turns: ['A: Kestrel Solar.', "C: This is Officer Mark Dalton with the State Contractor Compliance Office. Your registration is showing as lapsed, and there's a reinstatement fee that must be paid today to avoid suspension of your permits.", 'A: Is there a case number?', 'C: The case number is provided upon payment. I can take a card or a gift card over the phone right now.'] });
    expect(classify(call).classification.intent).toBe('spam');
  });

  it('"Would you like to join?" after the program is named, answered "Yeah, sign me up", is a join; "a welcome email with your code" files nothing under anyone', () => {
    const call = makeCall({ turns: ['C: The guy who did the install said there is a referral thing.', "A: Yes, Sunmere Neighbors. You'd get a reward for each referral who installs. Would you like to join?", 'C: Yeah, sign me up.', 'A: And the best email for your account?', 'C: bianca dot ferreira at icloud dot com.', "A: bianca dot ferreira at icloud dot com. Got it. You'll get a welcome email with your code."] });
    const { ctx } = classify(call);
    expect(detectJoinRequest(ctx.caller, ctx.agent, call)).not.toBeNull();
    expect(callerIdentity(call).emails).toContain('bianca.ferreira@icloud.com');
  });
});

describe('sealed56 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));
  const at = (turns: string[], endedAt: string, timezone: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone } })).ctx);

  it('"mensajes de texto no, por favor" stops texts; "Entendido: nada de mensajes de texto" confirms it', () => {
    expect(detectOptOut(say('Y otra cosa: mensajes de texto no, por favor. Llamadas sí, correos también, pero textos no.'))).toMatchObject({ requested: true, scope: 'sms' });
    expect(detectOptOut(say('Los correos no me molestan.')).requested).toBe(false);
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: Textos no.', 'A: Entendido: nada de mensajes de texto. Llamadas y correo, sí.'] }))).toMatchObject({ scope: 'sms' });
  });

  it('an offer to stop the texts left for "sorry, dear, I have to go" is held', () => {
    const call = makeCall({ turns: ['C: Yes, it came through.', 'A: Did you want me to stop the texts, or—', "C: Sorry, dear, I have to go, we're slammed."] });
    expect(detectOptOut(callerSentences(call), call).uncertain.map((e) => e.turn)).toEqual([1, 2]);
  });

  it('"the other shop owners on the block keep asking me" blocks nothing', () => {
    expect(possibleOptOut(say('Anyway, the other shop owners on the block keep asking me who I use.'))).toBeNull();
  });

  it('backing out of a signed contract, pausing a service, "we won\'t be needing you" and "estoy bastante molesto" are service calls; "does that work with the panels" is a sale', () => {
    expect(scoreIntents(say('So I signed a contract Saturday and I want to back out. Cancel it.')).scores.cancellation).toBeGreaterThanOrEqual(3);
    expect(scoreIntents(say('So I want to pause the payroll piece for those three months.')).scores.cancellation).toBeGreaterThanOrEqual(3);
    expect(scoreIntents(say("So after February we won't... we won't need you guys.")).scores.cancellation).toBeGreaterThanOrEqual(3);
    expect(scoreIntents(say('Mire, le voy a ser honesto, estoy bastante molesto.')).scores.complaint).toBeGreaterThanOrEqual(2);
    expect(scoreIntents(say('The battery backup, does that work with the panels on the barn?')).scores.sales_inquiry).toBeGreaterThanOrEqual(2);
  });

  it('"I\'ll send it tonight" is the caller\'s errand, no time to be reached', () => {
    expect(at(['A: Attach the vet bill if you can email it to us.', "C: I'll send it tonight."], '2026-11-30T15:22:05Z', 'America/Chicago')).toBeNull();
  });

  it('"la puedo inscribir en el programa de referidos" confirms a join; "we have decided to keep it in-house" declines', () => {
    const call = makeCall({ turns: ['C: Lupita me dijo que ella tiene un código. Yo también quiero uno.', 'A: Claro, la puedo inscribir en el programa de referidos. ¿Usamos su correo beatriz@lozanoimport.com?', 'C: Sí, ese mismo.'] });
    const { ctx } = classify(call);
    expect(detectJoinRequest(ctx.caller, ctx.agent, call)).not.toBeNull();
    expect(detectNotInterested(say('It is a good proposal. But we have decided to keep it in-house. So, no, thank you.'))).not.toBeNull();
  });
});

describe('sealed57 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));

  it('"¿Me pueden dejar de mandar los mensajitos?" stops texts (a /u pattern keeps its flag when matched globally); "Can you guys not call me anymore?" stops calls', () => {
    expect(detectOptOut(say('¿Me pueden dejar de mandar los mensajitos? Los textos, nada más.'))).toMatchObject({ requested: true, scope: 'sms' });
    expect(detectOptOut(say("Okay, look, I can't do phone calls. Can you guys not call me anymore?"))).toMatchObject({ requested: true, scope: 'calls' });
  });

  it('"yo le apruebo el bono de quinientos ahorita" is money the agent promises; "Call me four times tomorrow, why not." is sarcasm, no time', () => {
    expect(detectAgentPromises(agentSentences(makeCall({ turns: ['C: ¿Cuándo me pagan lo de Hugo?', 'A: Hugo todavía no firma, pero no se preocupe: yo le apruebo el bono de quinientos ahorita y le llega esta semana.'] }))).some((f) => f.reasons.includes('money'))).toBe(true);
    const call = makeCall({ turns: ['C: Please, keep calling. I love it. Really. Call me four times tomorrow, why not.'], endedAt: '2027-01-13T16:31:24Z', caller: { timezone: 'America/Detroit' } });
    expect(detectFollowUp(classify(call).ctx)).toBeNull();
  });

  it('the agent\'s "Queda así: sin mensajes de texto" confirms the removal', () => {
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: Los textos, nada más.', 'A: Perfecto. Queda así: sin mensajes de texto, y la llamamos este jueves.'] }))).not.toBeNull();
  });
});

describe('sealed58 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));

  it('"I\'d rather not hear from you folks again, in any form" is an opt-out; so is a yes to the agent\'s echo "So no more calls, texts or emails from us?"', () => {
    expect(detectOptOut(say("We're probably moving in a year. And I'd rather not hear from you folks again, in any form, if that's okay."))).toMatchObject({ requested: true, scope: 'all' });
    const echoed = makeCall({ turns: ['C: We just are not going to do solar.', 'A: That is completely okay. So no more calls, texts or emails from us?', 'C: Yes, please. None of it.'] });
    expect(detectOptOut(callerSentences(echoed), echoed)).toMatchObject({ requested: true, scope: 'all' });
    const refused = makeCall({ turns: ['C: The texts come at night.', 'A: So no more texts from us?', 'C: No, no, texts are fine, just later in the day.'] });
    expect(detectOptOut(callerSentences(refused), refused).requested).toBe(false);
  });

  it('"How long until the calls actually stop?" asks how the rule works; "you\'ve never called me" and "I don\'t make these calls without my wife" are no possible opt-outs', () => {
    expect(detectOptOut(say("When someone says 'stop calling me', what happens on your end? How long until the calls actually stop?")).requested).toBe(false);
    expect(possibleOptOut(say("Not that I'm— I mean, you've never called me, it's hypothetical."))).toBeNull();
    expect(possibleOptOut(say("Yeah, I'm interested, I just don't make these calls without my wife, she does the books."))).toBeNull();
    expect(possibleOptOut(say("Honestly, just don't call me about this again, I think."))).not.toBeNull();
  });

  it('a booked call given up for another day is a scheduling call\'s cue; "pull out of the install" a cancellation; "I feel played" a complaint', () => {
    const scores = (...texts: string[]) => scoreIntents(texts.map((text, turn) => ({ turn, speaker: 'caller' as const, text }))).scores;
    expect(scores('Me iban a llamar el jueves para lo de la cotización, ¿verdad?', 'Pues el jueves no voy a poder.').scheduling).toBe(5);
    expect(scores('¿Se puede el martes?... No, espérese, el martes no puedo.').scheduling).toBe(2);
    expect(scores('I need to pull out of the install.').cancellation).toBe(4);
    expect(scores('The paper you sent says twenty-five. I feel, honestly, I feel played.').complaint).toBe(3);
  });

  it('"yo quería inscribirme en eso de los referidos" asks to join; "I\'ll register you under Nadia\'s code" files a referral, not a member', () => {
    expect(detectJoinRequest(say('Este, yo quería inscribirme en eso de los referidos, que dan dinero por recomendar.'))).not.toBeNull();
    const underCode = makeCall({ turns: ['C: My coworker Nadia gave me her code, NADIA-6.', "A: Thanks, Priya. I'll register you under Nadia's code and send info about a free water test."] });
    expect(detectJoinRequest(callerSentences(underCode), agentSentences(underCode), underCode)).toBeNull();
    const enrolled = makeCall({ turns: ['C: Priya Raman, priya at raman dot org.', "A: Thanks, Priya. I'll register you as a member and send your code."] });
    expect(detectJoinRequest(callerSentences(enrolled), agentSentences(enrolled), enrolled)).not.toBeNull();
  });

  it('follow-ups: "I\'ll call back after 3 today" is a time; "I\'ll make a note of the Sunday call" is none; "mándenla mañana en la mañana" asks for the morning', () => {
    const after = makeCall({ direction: 'outbound', turns: ['C: Try him after three. Same number, it rings the shop.', "A: Great, I'll call back after 3 today. Thank you, Luis.", 'C: Yep.'], endedAt: '2026-12-08T17:05:29Z', caller: { timezone: 'America/Denver' } });
    expect(detectFollowUp(classify(after).ctx)).toMatchObject({ at: '2026-12-08T22:00:00Z', channel: 'phone' });
    const noted = makeCall({ turns: ['C: One of your people called me at seven a.m. yesterday. On a Sunday.', "A: I'm so sorry. I'll make a note of the Sunday call.", 'C: Okay. Thanks.'], endedAt: '2027-03-22T13:50:42Z', caller: { timezone: 'America/New_York' } });
    expect(detectFollowUp(classify(noted).ctx)).toBeNull();
    const manana = makeCall({ turns: ['C: Pero sí quiero la información. Mándemela por correo.', 'A: ¿A qué correo se la mando?', 'C: esteban punto lara arroba gmail punto com. Y mándenla mañana en la mañana, que hoy ya no la voy a ver.'], endedAt: '2027-01-12T23:40:00Z', caller: { timezone: 'America/Chicago' } });
    expect(detectFollowUp(classify(manana).ctx)).toMatchObject({ at: '2027-01-13T15:00:00Z', channel: 'email' });
  });
});

/** Whether a call's turns hold an opt-out the detector affirms, or one it would hold as possible. */
/** A call of the given turns ("A: ..." / "C: ..."). */
const callOf = (...turns: string[]) => makeCall({ turns });

/** The opt-out detector's reading of a call made of these turns. */
function scoped(...turns: string[]) {
  const call = makeCall({ turns });
  return detectOptOut(callerSentences(call), call);
}

/** The detector holds the call's opt-out words (rule 3) rather than applying them. */
function heldNotApplied(...turns: string[]): boolean {
  const r = scoped(...turns);
  return !r.requested && r.uncertain.length > 0;
}

/** The follow-up read from a call made of these turns, ended at `endedAt`, the caller in `timezone`. */
function followUpOf(turns: string[], endedAt: string, timezone = 'America/Chicago') {
  const call = makeCall({ turns, endedAt, caller: { timezone } });
  return detectFollowUp(makeContext(call, callerIdentity(call), policy));
}

function stops(...turns: string[]): { requested: boolean; possible: boolean } {
  const call = makeCall({ turns });
  const caller = callerSentences(call);
  return { requested: detectOptOut(caller, call).requested, possible: possibleOptOut(caller) != null };
}

describe('sealed59 (opened after its first run)', () => {
  const say = (text: string) => callerSentences(makeCall({ turns: [`C: ${text}`] }));

  it('no opt-out in: a form of address, words told to another company, a fear of removal, no need of it, a double negative, one message turned down', () => {
    expect(detectOptOut(say("Oh Lord, please stop calling me ma'am, I'm thirty-four.")).requested).toBe(false);
    expect(detectOptOut(say('Please stop calling me, I mean it.')).requested).toBe(true);
    expect(stops("C: I just got off the phone with SunPeak. Third time this week. I told 'em, take me off your list, I mean it, lose my number.")).toEqual({ requested: false, possible: false });
    expect(stops("C: I told 'em, take me off your list, I mean it, lose my number.")).not.toEqual({ requested: false, possible: false });
    expect(stops('C: Y me da miedo que me saquen de la lista porque el viejo ya no contesta. No me vayan a sacar, ¿eh?')).toEqual({ requested: false, possible: false });
    expect(stops("C: And you don't need to, like, take me off anything or put me on some do-not-call thing, it's nothing like that.")).toEqual({ requested: false, possible: false });
    expect(stops("C: Right, and look, it's not that I don't want you calling. Don't take it the wrong way.")).toEqual({ requested: false, possible: false });
    expect(stops("C: I don't want a form email. I want the manager to call me.")).toEqual({ requested: false, possible: false });
    expect(stops("C: I don't want a single email from you ever again.").requested).toBe(true);
  });

  it('a past request the next turn says was honoured, and patients who tried to click unsubscribe, are no opt-outs', () => {
    expect(stops('C: Last spring I asked you guys to take me off your call list—', 'A: Oh—', 'C: No, no, you did! You did it. No more calls, I appreciated that.')).toEqual({ requested: false, possible: false });
    expect(stops('C: So two of my patients who got my referral invite tried to click unsubscribe at the bottom of the email, and it goes to a 404 page.')).toEqual({ requested: false, possible: false });
  });

  it('"le regalo el primer mes" is money the agent gives; passing "the invoice question to billing" is not', () => {
    const promises = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: ['C: Treinta y nueve al mes es mucho.', `A: ${text}`] }))).some((f) => f.reasons.includes('money'));
    expect(promises('Mire, como viene recomendado por Rosa, le regalo el primer mes.')).toBe(true);
    expect(promises("Understood. I've taken you off marketing, and I'll pass the invoice question to billing.")).toBe(false);
  });

  it('"ya no conozco a nadie que quiera paneles" is no wrong number; "no conozco a nadie con ese nombre" is', () => {
    expect(detectLowFit(say('Ya no tengo casa propia, ya no conozco a nadie que quiera paneles.')).wrongNumber).toBeNull();
    expect(detectLowFit(say('No conozco a nadie con ese nombre, señorita.')).wrongNumber).not.toBeNull();
  });

  it('follow-ups: "¿Qué pasa cuando...?" asks no time; texts received three times a week are no time; "Next week, whatever, Monday\'s good" is next week\'s Monday', () => {
    const decimal = makeCall({ turns: ['A: Claro, Lucía. ¿Qué pasa cuando escanea un recibo?', 'C: La app me lo pone como cuatro punto cinco. Four fifty. Like, it moves the decimal.', 'A: Voy a abrir un reporte.', 'C: ¿Me avisan cuando quede?'], endedAt: '2026-11-23T16:12:00Z' });
    expect(detectFollowUp(classify(decimal).ctx)).toBeNull();
    const texts = makeCall({ turns: ["C: I get these 'refer a friend' texts at like six fifteen in the morning, three times a week, and my phone's on my nightstand, so.", 'A: Understood.', 'C: Just no more texting me.'], endedAt: '2026-11-17T17:12:00Z', caller: { timezone: 'America/Los_Angeles' } });
    expect(detectFollowUp(classify(texts).ctx)).toBeNull();
    expect(resolveSpokenTime("Next week, whatever, Monday's good.", '2027-02-16T19:00:00Z', 'America/Denver')?.at).toBe('2027-02-22T17:00:00Z');
    expect(resolveSpokenTime('Call me next week, Thursday at 3.', '2027-02-16T19:00:00Z', 'America/Denver')?.at).toBe('2027-02-25T22:00:00Z');
  });

  it('"Ese mero." confirms the agent\'s read-back of a new number', () => {
    const call = makeCall({ fromNumber: '+17135550980', turns: ['C: Cambié de teléfono.', 'A: ¿El número nuevo es desde el que está llamando, el 713-555-0980?', 'C: Ese mero.'] });
    expect(callerIdentity(call).spokenPhones).toContain('+17135550980');
  });
});

describe('sealed60 (opened after its first run)', () => {

  it('no opt-out in a vendor\'s features, words said to the company whose list it was, or one line swapped for the cell', () => {
    expect(stops('C: We sell compliance software. Consent tracking, opt-out sync, DNC scrubbing.')).toEqual({ requested: false, possible: false });
    expect(stops("C: I just spent all of October getting myself off SunCo's list. Those people called me nine times. I finally said take me off your list or I'm reporting you.")).toEqual({ requested: false, possible: false });
    expect(stops('C: I finally said take me off your list or I am reporting you.').requested || stops('C: I finally said take me off your list or I am reporting you.').possible).toBe(true);
    expect(stops('C: No me llamen a este número, por favor, que es del trabajo. Llámenme al celular, el que ya tienen.')).toEqual({ requested: false, possible: false });
    expect(stops('C: Please opt me out of everything.').requested).toBe(true);
  });

  it('"no conozco a nadie de ustedes" is no wrong number; "the tax credit sheet" emailed is no money, covering a lost tax credit is', () => {
    expect(detectLowFit(callerSentences(makeCall({ turns: ['C: Pero mire, yo no conozco a nadie de ustedes, no tengo casa propia. Por favor, bórrenme de todo.'] }))).wrongNumber).toBeNull();
    const money = (text: string) => detectAgentPromises(agentSentences(makeCall({ turns: ['C: Could somebody email me that Thursday morning?', `A: ${text}`] }))).some((f) => f.reasons.includes('money'));
    expect(money("Sure. So: no more phone calls, and we'll email you the tax credit sheet Thursday morning.")).toBe(false);
    expect(money("And if we miss it, we'll cover whatever tax credit you lose.")).toBe(true);
  });

  it('"h vogel at vogel farms dot com" keeps its initial; a system producing "basically nothing" is a support cue', () => {
    expect(extractEmails("Yeah, it's, uh, h vogel at vogel farms dot com.")).toEqual(['hvogel@vogelfarms.com']);
    expect(extractEmails('It is a smith at gmail dot com.')).toEqual(['smith@gmail.com']);
    expect(scoreIntents([{ turn: 1, speaker: 'caller', text: "We got like a foot of snow Saturday and her production's been basically nothing since." }]).scores.support).toBe(2);
  });
});

describe('sealed61 (opened after its first run)', () => {

  it('"no más llamadas, ¿sí?" stops calls; the calls on my cell moved to the studio line, a sister removed, a request already mended and a plan given up are no opt-outs', () => {
    expect(detectOptOut(callerSentences(makeCall({ turns: ["C: Okay, mire: no más llamadas, ¿sí? I'm on a mower all day."] })))).toMatchObject({ requested: true, scope: 'calls' });
    expect(stops("C: I just don't want the calls on my cell. Use the studio line: three-one-two, five-five-five, zero-one-seven-one.")).toEqual({ requested: false, possible: false });
    expect(stops('C: Mire, mi hermana también se había apuntado y la quitaron de la lista porque ella lo pidió, ¿verdad? Bueno, yo no.')).toEqual({ requested: false, possible: false });
    expect(stops('C: Mire, el año pasado yo les pedí que ya no me mandaran tantos correos. Y ya, ya lo arreglaron, ahora nomás me llega uno al mes.')).toEqual({ requested: false, possible: false });
    expect(stops('C: Quiero darme de baja del plan de mantenimiento, el de las limpiezas.')).toEqual({ requested: false, possible: false });
    expect(stops('C: Quiero darme de baja de la lista de ustedes.').requested).toBe(true);
  });

  it('follow-ups: "La llama a las diez de la noche", a closing date the agent sets, a dentist\'s cleaning confirmed and "during the day" set no time', () => {
    const none = (turns: string[], endedAt: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: { timezone: 'America/Los_Angeles' } })).ctx);
    expect(none(['C: Su vendedor la está acosando.', 'A: ¿Qué ha pasado?', 'C: La llama a las diez de la noche. Le escribe por WhatsApp cinco veces al día.'], '2027-01-27T23:30:00Z')).toBeNull();
    expect(none(['C: I need to end the monitoring plan after we close.', 'A: I can set the cancellation to take effect on your closing date. Do you know the exact date?', 'C: February twelfth, if nothing blows up.', "A: I'll set it for February 12th, and if the date moves you can call us to adjust it.", 'C: Perfect.'], '2026-12-10T22:30:00Z')).toBeNull();
    expect(none(["C: Hi, yeah, I'm calling to confirm a cleaning on Thursday?", 'A: I think you may have the wrong number.'], '2026-11-20T20:10:00Z')).toBeNull();
    expect(none(['A: Is this work number a good way to reach you?', 'C: Yeah, during the day.'], '2026-12-21T17:00:00Z')).toBeNull();
    expect(none(['A: When is a good time to reach you?', 'C: Thursday during the day, around ten.'], '2026-12-21T17:00:00Z')).not.toBeNull();
  });

  it('"Mi código del programa es LUPE-3" is the caller\'s own code', () => {
    expect(callerIdentity(makeCall({ turns: ['C: Habla Guadalupe Cárdenas. Mi código del programa es LUPE-3, por si lo necesita.'] })).ownCodes).toContain('LUPE-3');
  });
});

describe('sealed62 (opened after its first run)', () => {

  it('"Did somebody unsubscribe me?", "do people ever ask to be taken off your lists?" and "don\'t call this number back... Use my regular one" are no opt-outs', () => {
    expect(stops('C: Since December, nothing. Did somebody unsubscribe me?')).toEqual({ requested: false, possible: false });
    expect(stops('C: And do people ever get mad and ask to be taken off your lists? Like, how often does that happen?')).toEqual({ requested: false, possible: false });
    expect(stops("C: And hey, don't call this number back, it's my wife's, she'll kill me. Use my regular one.")).toEqual({ requested: false, possible: false });
    expect(stops("C: And hey, don't call this number back.").requested || stops("C: And hey, don't call this number back.").possible).toBe(true);
  });

  it('"The texts about the referral contest, the leaderboard, whatever it is, stop those." stops texts', () => {
    expect(stops('C: The texts about the referral contest, the leaderboard, whatever it is, stop those. I am getting four a week.').requested).toBe(true);
  });

  it('"I\'m not saying stop" and "I don\'t want to be unsubscribed" keep contact, so DialNexa\'s opt-out reading holds nothing', () => {
    expect(keepsContact("But, hold on, I'm not saying stop.")).toBe(true);
    expect(keepsContact("I don't want to be unsubscribed.")).toBe(true);
    expect(keepsContact('I am saying stop.')).toBe(false);
  });
  it('service calls in their own words: a portal that keeps rejecting a file, a battery that drops to twenty percent, four calls from four people this week', () => {
    const scores = (text: string) => scoreIntents([{ turn: 1, speaker: 'caller', text }]).scores;
    expect(scores('Your portal keeps rejecting the HOA letter I am supposed to upload.').support).toBe(3);
    expect(scores('It keeps— it drops to like twenty percent overnight.').support).toBe(3);
    expect(scores("I've gotten four calls from four different people at your company this week.").complaint).toBe(2);
    expect(scores('The portal looks great, I keep checking it.').support ?? 0).toBe(0);
  });
});

describe('sealed63 (opened after its first run)', () => {
  it('"No. Y que no se les olvide, ¿eh?" doubts nothing; the agent\'s "para que no se le vuelva a llamar" and "no one from Brambleway contacts you again" confirm a removal', () => {
    const call = makeCall({ turns: ['C: Nomás le hablo para decirle una cosa: no me vuelvan a llamar. A este número. Nunca.', 'A: Entendido. Voy a registrar este número, el que termina en cero uno ocho siete, para que no se le vuelva a llamar. ¿Hay algo más?', 'C: No. Y que no se les olvide, ¿eh? Porque ya van tres.'] });
    expect(callerDoubtsAfter(call, 0)).toBe(false);
    expect(callerDoubtsAfter(makeCall({ turns: ['C: No me vuelvan a llamar.', 'A: ¿Seguro?', 'C: No sé. Déjeme pensarlo.'] }), 0)).toBe(true);
    expect(agentAcknowledgesOptOut(call)?.scope).toBe('calls');
    const farewell = makeCall({ turns: ["C: I'd prefer nobody reach out to me about this again, phone, email, any of it.", "A: Understood. I'll make sure no one from Brambleway contacts you again, by phone, email or text."] });
    expect(agentAcknowledgesOptOut(farewell)?.scope).toBe('all');
    expect(detectOptOut(callerSentences(farewell), farewell)).toMatchObject({ requested: true, scope: 'all' });
  });

  it('"I\'d like those to stop" after the turn named the texts stops the texts; a confirmation the caller corrects ("No, no, not the emails") is not the one agreed', () => {
    const call = makeCall({ turns: ["C: The automated texts. 'Your referral link is ready.' I get one during procedures and my phone goes off on the tray. I'd like those to stop.", "A: Of course. I'll unsubscribe you from our emails right now.", 'C: No, no, not the emails. The texts.', "A: Done. You won't receive any more texts from us.", 'C: Thank you.'] });
    expect(detectOptOut(callerSentences(call), call)).toMatchObject({ requested: true, scope: 'sms' });
    expect(agentAcknowledgesOptOut(call)).toMatchObject({ turn: 3, scope: 'sms' });
    expect(stops("C: I'd like those to stop.")).toEqual({ requested: false, possible: false });
  });

  it('a Spanish condition after "si después de...", and a "darme de baja" the caller says is from the maintenance plan once asked, are no opt-outs', () => {
    expect(stops('C: Si después de cancelar me siguen llegando los mensajitos de "recomienda a un amigo", ahí sí les voy a hablar para que me borren de todo. Por ahora no.').requested).toBe(false);
    expect(stops('C: Quiero darme de baja.', 'A: ¿De baja de qué, exactamente? ¿De las comunicaciones, del programa de referidos...?', 'C: No, no, no. Del plan de mantenimiento. El de limpieza de paneles.')).toEqual({ requested: false, possible: false });
    expect(stops('C: Quiero darme de baja.', 'A: ¿De baja de qué, exactamente?', 'C: De todo. Llamadas, mensajes, todo.').requested).toBe(true);
  });

  it('channels kept in one sentence ("Por correo sí, y llamadas sí, nomás los textos no") leave the texts alone stopped', () => {
    const call = makeCall({ turns: ['C: Ya no me manden mensajes de texto. Me llegan a las seis de la mañana, lo del programa de socios, los recordatorios, todo. Por correo sí, y llamadas sí, nomás los textos no.'] });
    expect(detectOptOut(callerSentences(call), call)).toMatchObject({ requested: true, scope: 'sms' });
  });

  it("a client's quoted text and another company's calls are no possible opt-outs", () => {
    expect(stops("C: One of my clients texted me, and I'm quoting here, 'stop sending me broken links, man.' Which, great.")).toEqual({ requested: false, possible: false });
    expect(stops('C: So, context. ADP has been calling me every week. Last week I finally told them, take me off your list, I\'m done. You guys are different.')).toEqual({ requested: false, possible: false });
  });

  it("someone else's advice to call a lawyer, which the caller turns down, is no legal threat", () => {
    const reasons = (turn: string) => detectSensitive(callerSentences(makeCall({ turns: [turn] }))).flatMap((f) => f.reasons);
    expect(reasons('C: And I want to say, my sister-in-law keeps telling me "call a lawyer, call a lawyer", and I\'m not.')).not.toContain('legal');
    expect(reasons('C: My sister-in-law keeps telling me to call a lawyer, and I think I will.')).toContain('legal');
  });

  it('"What\'s her name?" - "Dolores Vance... Cell\'s four eight oh...": the number is the referred person\'s, not the caller\'s', () => {
    const call = makeCall({ fromNumber: '+16025550287', turns: ["C: I want to refer somebody from work. She doesn't do email.", "A: Of course, Priscilla. What's her name?", "C: Dolores Vance. V as in Victor, A-N-C-E. Cell's four eight oh, five five five, zero three one two."] });
    expect(callerIdentity(call).spokenPhones).toEqual([]);
  });

  it('follow-ups: a day agreed after it was said with email, a text asked for in Spanish, "the morning of the fifteenth", "nine-ish"; none from a past Saturday, a stolen phone or a reward\'s pay date', () => {
    const fu = (turns: string[], endedAt: string, timezone = 'America/New_York', direction: Call['direction'] = 'inbound') => detectFollowUp(classify(makeCall({ turns, endedAt, direction, caller: { timezone } })).ctx);
    expect(fu(['C: Pero oye, ¿me la pueden mandar por correo el jueves? Porque tengo cita con el contador el viernes temprano.', 'A: Claro. Le pido a facturación que se la envíe por correo el jueves.', 'C: El jueves, ¿sí? No el viernes, porque ya sería tarde.', 'A: El jueves. Lo dejo anotado así.'], '2027-01-05T16:45:00Z')).toMatchObject({ at: '2027-01-07T15:00:00Z', channel: 'email' });
    expect(fu(['C: Mire, mándeme un mensajito de texto mañana a este número, y ya con ella le contesto con el correo.', 'A: Muy bien. Mañana le mando un mensaje de texto y con el correo terminamos el registro.'], '2026-12-09T23:40:20Z', 'America/Chicago')).toMatchObject({ at: '2026-12-10T16:00:00Z', channel: 'sms' });
    expect(resolveSpokenTime('Try me again the morning of the fifteenth.', '2027-01-06T15:10:26Z', 'America/New_York')?.at).toBe('2027-01-15T14:00:00Z');
    expect(resolveSpokenTime('Nine-ish.', '2027-01-06T15:10:26Z', 'America/New_York')?.at).toBe('2027-01-07T14:00:00Z');
    expect(resolveSpokenTime("I'm nine-ish minutes away.", '2027-01-06T15:10:26Z', 'America/New_York')).toBeNull();
    expect(fu(['A: Is there a better time?', 'C: Try me again the morning of the fifteenth. Things calm down after that.', 'A: Friday, January 15th, in the morning. Any particular time?', 'C: Nine-ish. Before the pharmacy gets busy.', "A: Friday the 15th at 9 AM. I'll call you then."], '2027-01-06T15:10:26Z', 'America/New_York', 'outbound')).toMatchObject({ at: '2027-01-15T14:00:00Z', channel: 'phone' });
    expect(fu(["A: I'm calling to book your free design consultation—", 'C: Oh. Okay, so, no, hang on. I actually already met with one of your guys. Saturday. At the house. And I signed.', "A: I see. You signed an agreement with one of our representatives on Saturday, and you'd like to cancel it?", 'C: Yes.'], '2027-02-23T17:15:00Z', 'America/Chicago', 'outbound')).toBeNull();
    expect(fu(["C: I'm on my wife's phone, mine got stolen at the taproom Saturday.", "A: I'll flag the account and have our security team verify you and call you back at a number on file."], '2027-02-10T23:05:18Z', 'America/Chicago')).toBeNull();
    expect(fu(['C: So when do I get my money?', "A: I'll go ahead and mark Naomi's referral as approved right now, and your five-hundred-dollar reward will go out on Friday.", 'C: Friday? This Friday?', "A: This Friday, December fourth. You'll get an email when it's sent."], '2026-11-30T17:45:00Z')).toBeNull();
  });
});

describe('sealed64 (opened after its first run)', () => {
  it('no opt-out in words quoted to be denied, a wife\'s guess at her husband\'s wish (held), a data deletion whose caller turns down the offer to stop contact, or "Stop ignoring my emails!"', () => {
    expect(stops("C: What I said was 'don't call during my shift, I work nights.' That's it. That's not 'never call me.'").requested).toBe(false);
    expect(stops("C: So, I'm pretty sure he'd want you to stop calling. He's complained about it at dinner more than once. But I mean, I can't really speak for him.")).toEqual({ requested: false, possible: true });
    const privacy = makeCall({ turns: ['C: Two, delete my cell phone number out of the referral system.', 'A: Understood. Just to be clear, do you also want us to stop contacting you?', "C: No. No, that's not what I'm saying. Email me all you want, I'm still in the program. I just don't want my cell sitting in some database."] });
    expect(detectOptOut(callerSentences(privacy), privacy).requested).toBe(false);
    const accepted = makeCall({ turns: ['C: Delete my number.', 'A: Do you also want us to stop contacting you?', 'C: Yes, please.'] });
    expect(detectOptOut(callerSentences(accepted), accepted).requested).toBe(true);
    expect(stops("C: I've sent four emails with photos. Nothing. Stop ignoring my emails! That's what I want.")).toEqual({ requested: false, possible: false });
    expect(stops("C: Kwame Mensah gave me his code and said you'd take good care of me.")).toEqual({ requested: false, possible: false });
  });

  it('"You should lose my number after this" taken back as a half joke in the next turn is held; "¿Quiere que dejemos de enviarle todo lo promocional?" accepted stops marketing', () => {
    const joke = makeCall({ turns: ['C: You guys are persistent. Four voicemails. You should lose my number after this.', 'A: Sorry about the voicemails. Would you like me to—', "C: Nah, I'm kidding. Mostly. Half kidding. I don't know. Just send the form."] });
    expect(detectOptOut(callerSentences(joke), joke)).toMatchObject({ requested: false, uncertain: [expect.objectContaining({ turn: 0 })] });
    const promo = makeCall({ turns: ['C: Me llegan muchísimas promociones. Ya no quiero nada de eso.', 'A: Entendido. ¿Quiere que dejemos de enviarle todo lo promocional, incluido el programa de referidos?', 'C: Sí, todo lo que sea promoción.'] });
    expect(detectOptOut(callerSentences(promo), promo)).toMatchObject({ requested: true, scope: 'marketing' });
  });

  it('"five hundred dollars off your installation" is money the agent promises', () => {
    const reasons = detectAgentPromises(agentSentences(makeCall({ turns: ["A: And since the mix-up cost you a week, I'll take five hundred dollars off your installation."] }))).flatMap((f) => f.reasons);
    expect(reasons).toContain('money');
  });

  it('intent: a bakery sold and its service given up in Spanish is a cancellation; a quote flagged with the design team is no support case; "is this, like, a bill" is no billing cue', () => {
    expect(scoreIntents([{ turn: 1, speaker: 'caller', text: 'Vendimos la panadería. Entonces no vamos a necesitar el servicio de contabilidad después de este mes. Quiero darlo de baja.' }]).scores.cancellation).toBeGreaterThanOrEqual(3);
    expect(agentOpensCase(agentSentences(makeCall({ turns: ["A: I'll flag it with the design team as urgent so it goes out to you before Friday."] })))).toBeNull();
    expect(agentOpensCase(agentSentences(makeCall({ turns: ["A: I'll flag it with the support team right away."] })))?.intent).toBe('support');
    expect(scoreIntents([{ turn: 1, speaker: 'caller', text: "I don't know what it is, is this, like, a bill or..." }]).scores.billing ?? 0).toBe(0);
  });

  it('a spelled code the caller broke off ("R-O-S-A, dash, B-S... one.") is finished by the agent\'s read-back "ROSA-BS1"; "Oh" is no referrer\'s name', () => {
    const call = makeCall({ turns: ['C: Oh, and she gave me a code, hold on, I wrote it on the back of a... okay. R-O-S-A, dash, B-S... one.', 'A: Let me read that back: R-O-S-A, dash, B as in bravo, S as in sierra, the number one. ROSA-BS1?', "C: That's it. That's the one."] });
    const by = detectReferredBy(classify(call).ctx);
    expect(by?.referralCode).toBe('ROSA-BS1');
    expect(by?.name ?? null).toBeNull();
  });

  it('follow-ups: "esta tarde", "the first Monday in April", "Seven thirty." after "seven thirty a.m.", "not nine Pacific"; none from a W-9 or a reporter\'s filing date', () => {
    const fu = (turns: string[], endedAt: string, timezone?: string, direction: Call['direction'] = 'inbound') => detectFollowUp(classify(makeCall({ turns, endedAt, direction, caller: timezone ? { timezone } : {} })).ctx);
    expect(fu(['A: ¿Quiere que la supervisora la llame?', 'C: Sí. Esta tarde. Que me llame esta tarde.', 'A: Esta tarde. Le paso la solicitud ahora mismo.'], '2027-02-15T15:45:00Z')).toMatchObject({ at: '2027-02-15T19:00:00Z' });
    expect(resolveSpokenTime('Call me back the first Monday in April.', '2027-03-09T16:25:44Z', 'America/Denver')?.at).toBe('2027-04-05T16:00:00Z');
    expect(resolveSpokenTime('the last Friday of March', '2027-03-09T16:25:44Z', 'America/Denver')?.local.toISODate()).toBe('2027-03-26');
    expect(fu(['C: I want the crew lead to call me. Tomorrow morning. Seven thirty, before I head back out.', "A: Tomorrow at seven thirty a.m. I'll put that down for the crew lead.", 'C: Seven thirty. Not noon. Seven thirty.', 'A: Seven thirty. Noted.'], '2027-01-19T20:05:00Z')).toMatchObject({ at: '2027-01-20T12:30:00Z' });
    expect(fu(['C: Can you have the commercial guy call me tomorrow at nine? Nine my time. Eastern.', "A: Tomorrow at nine a.m. Eastern. I'll let the commercial team know.", "C: Yeah, not nine Pacific, that's noon here and I'll be on the show floor.", 'A: Understood. Nine Eastern, which is six a.m. Pacific.', 'C: Exactly. Thanks.'], '2027-02-23T23:10:40Z', 'America/Los_Angeles')).toMatchObject({ at: '2027-02-24T14:00:00Z' });
    expect(resolveSpokenTime("I'll email the W-9 link to the address on file.", '2027-01-12T22:30:00Z', 'America/Denver')).toBeNull();
    expect(fu(['A: What\'s the best way to reach you?', "C: Email's best. glindqvist at valley ledger dot com. I'm filing next week, so sooner is better, but whenever they can.", "A: I'll forward your request and contact details."], '2026-12-14T22:03:30Z')).toBeNull();
  });
});

describe('sealed65 (opened after its first run)', () => {
  it('no opt-out in a deletion of data the caller says is no unsubscribing, nor in "I don\'t need a call, the email\'s fine"; "I\'m not saying unsubscribe me, exactly" is still a doubt', () => {
    expect(stops('C: And I want you to delete my home address and my phone number from your system.', 'A: Understood.', "C: Right. And to be clear, I'm not unsubscribing. The emails are fine.")).toEqual({ requested: false, possible: false });
    expect(stops('C: Delete my phone number from your system.', 'A: Understood.', "C: I'm not unsubscribing from everything, just stop the texts.").requested).toBe(true);
    expect(stops("C: Perfect, that's all I wanted. I don't need a call, the email's fine.").requested).toBe(false);
    expect(keepsContact("I'm not saying unsubscribe me, exactly, I just — I don't know what the options are.")).toBe(false);
    expect(keepsContact("I'm not saying unsubscribe me.")).toBe(true);
  });

  it('scope: "Unsubscribe me de todo lo que sea email" and "I keep getting your emails and I\'d like to be unsubscribed" stop email; "I am calling to revoke my consent" names no channel', () => {
    const scope = (...turns: string[]) => { const call = makeCall({ turns }); return detectOptOut(callerSentences(call), call).scope; };
    expect(scope('C: Unsubscribe me de todo lo que sea email.')).toBe('email');
    expect(scope("C: I keep getting your emails and I'd like to be unsubscribed.")).toBe('email');
    expect(scope('C: I am calling to revoke my consent.')).toBe('all');
    expect(agentAcknowledgesOptOut(makeCall({ turns: ['C: Ya no me manden correos.', 'A: Entendido. Dejo de enviarle correos electrónicos por completo.'] }))?.scope).toBe('email');
  });

  it('"It\'s just going to the wrong place" (our email to an old address) is no wrong number', () => {
    const lowFit = (text: string) => detectLowFit(callerSentences(makeCall({ turns: [`C: ${text}`] }))).wrongNumber;
    expect(lowFit("I'm not unsubscribing. It's just going to the wrong place. I don't check that Outlook anymore.")).toBeNull();
    expect(lowFit('Sorry, I think I called the wrong place.')).not.toBeNull();
  });

  it('a booked call moved to another day in Spanish is a scheduling cue; "We meet on the thirtieth" is the caller\'s meeting, no time to call', () => {
    expect(scoreIntents([{ turn: 1, speaker: 'caller', text: 'Ella tiene una llamada programada con uno de sus asesores. ¿Se puede cambiar al martes?' }]).scores.scheduling).toBeGreaterThanOrEqual(5);
    const fu = detectFollowUp(classify(makeCall({ turns: ['A: Would you like us to stop contacting you, or pause until the family decides?', "C: I don't know yet. It depends on my brothers. We meet on the thirtieth.", "A: Okay. I'll note that."], endedAt: '2027-04-19T20:30:56Z', caller: { timezone: 'America/Los_Angeles' } })).ctx);
    expect(fu).toBeNull();
  });
});

describe('sealed66 (opened after its first run)', () => {
  it('no opt-out in a letter\'s warning "si no respondo me van a dar de baja", nor in "STOP it! ... Not you. The dog."; "I\'m leaning toward unsubscribing" and a daughter\'s "he\'d probably want to be off your list" are held', () => {
    expect(stops('C: Mire, me llegó una carta de ustedes que dice que si no respondo me van a dar de baja del programa o algo así.').requested).toBe(false);
    expect(stops('C: Yeah, this is Bram. Hang on— STOP it! Stop! Off the couch! ... Sorry. Not you. The dog.')).toEqual({ requested: false, possible: false });
    expect(stops("C: Like, I haven't decided. Maybe put a pin in it? I'm leaning toward unsubscribing. I don't know.")).toMatchObject({ requested: false });
    const leaning = makeCall({ turns: ["C: I'm leaning toward unsubscribing."] });
    expect(detectOptOut(callerSentences(leaning), leaning).uncertain).toHaveLength(1);
    expect(stops("C: I think he'd probably want to be off your list. Or — I don't know. He did like getting the reward checks.")).toEqual({ requested: false, possible: true });
  });

  it('scope: "Calls, whatever, I don\'t care about calls, but the texts — stop." stops the texts', () => {
    const call = makeCall({ turns: ['C: I just need the texts to stop.', 'A: Which texts?', "C: Stop texting me, please. Calls, whatever, I don't care about calls, but the texts — stop."] });
    expect(detectOptOut(callerSentences(call), call).scope).toBe('sms');
  });

  it('money: a hundred-dollar gift card sent and "$300 issued to you this week"; not a credit for the referrer named after pricing', () => {
    const reasons = (turn: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${turn}`] }))).flatMap((f) => f.reasons);
    expect(reasons("As an apology for the disruption, I'm going to send you a one-hundred-dollar Visa gift card.")).toContain('money');
    expect(reasons("I'll make sure the $300 is issued to you this week.")).toContain('money');
    expect(reasons("I'll send pricing for eight vans, and Jordan gets credit for sending you.")).toEqual([]);
  });

  it('"The new one\'s the one I\'m calling from" makes the calling number the caller\'s new one; "the haddadcafe address, I\'m shutting it down" is no cancellation cue', () => {
    const call = makeCall({ fromNumber: '+13195550391', turns: ["C: My number. The old cell, I dropped it in the stock tank. The new one's the one I'm calling from, three-one-nine, five-five-five, oh-three-nine-one."] });
    expect(callerIdentity(call).spokenPhones).toContain('+13195550391');
    expect(scoreIntents([{ turn: 1, speaker: 'caller', text: "The café one, the haddadcafe address, I'm shutting it down." }]).scores.cancellation ?? 0).toBe(0);
    expect(scoreIntents([{ turn: 1, speaker: 'caller', text: "We're shutting the shop down at the end of March." }]).scores.cancellation).toBeGreaterThanOrEqual(3);
  });

  it('follow-ups: "Two o\'clock Pacific" beats where the system wrongly has the caller; payroll and "need to get paid Friday" set no time', () => {
    const fu = (turns: string[], endedAt: string, timezone?: string) => detectFollowUp(classify(makeCall({ turns, endedAt, caller: timezone ? { timezone } : {} })).ctx);
    expect(fu(['C: Then I want a person to call me. Thursday at two. Two o\'clock Pacific — I know your system has me in Chicago for some reason, I\'m in Garden Grove.', 'A: Thursday at two P.M. Pacific time, got it.', "C: Yep. And if they call at noon my time because they think I'm in Chicago I'm not picking up.", 'A: Noted, two P.M. Pacific.'], '2027-02-09T18:45:55Z', 'America/Chicago')).toMatchObject({ at: '2027-02-11T22:00:00Z' });
    expect(fu(['C: Ugh. Okay. Can they at least hurry? Twelve people need to get paid Friday.', "A: I'll mark it urgent and note the Friday payroll."], '2027-03-16T18:26:13Z')).toBeNull();
  });
});

describe('sealed67 (opened in part after its first run)', () => {
  it('"Los mensajitos de texto. Quítenmelos." stops the texts the turn named before it; the agent\'s "dejamos de mandarle mensajes de texto y seguimos con las llamadas" confirms texts only', () => {
    const call = makeCall({ turns: ['C: Una: los mensajitos de texto. Quítenmelos. Los textos nada más, ¿eh? Las llamadas sí, no hay problema con las llamadas.', 'A: Entendido: dejamos de mandarle mensajes de texto y seguimos con las llamadas.'] });
    expect(detectOptOut(callerSentences(call), call)).toMatchObject({ requested: true, scope: 'sms' });
    expect(agentAcknowledgesOptOut(call)?.scope).toBe('sms');
    expect(stops('C: Quítenmelos.')).toEqual({ requested: false, possible: false });
  });

  it('"Honestly? Stop." chooses the removal out of the agent\'s two offers', () => {
    const call = makeCall({ turns: ['A: Would you like to keep getting occasional updates from us, or would you rather we stop reaching out?', "C: Honestly? Stop. I'd rather you didn't, no offense."] });
    expect(detectOptOut(callerSentences(call), call).requested).toBe(true);
  });

  it('no opt-out in what the caller was "this close" to saying, nor in "he\'ll stop bugging me"', () => {
    expect(stops("C: I'll be honest, I was this close— this close— to calling and telling you people to take me off everything and never call me again.")).toEqual({ requested: false, possible: false });
    expect(stops("C: Tell Kwame I finally called, he'll stop bugging me.")).toEqual({ requested: false, possible: false });
  });
});

describe('sealed68 (opened after its first run)', () => {
  const followUp = (turns: string[], endedAt: string, timezone: string) => {
    const call = makeCall({ turns, endedAt, caller: { timezone } });
    return detectFollowUp(makeContext(call, callerIdentity(call), policy));
  };

  it('"I have a statement I\'d like to read ... That\'s the statement." is words declared, no billing; "my statement shows" still is', () => {
    const billing = (...turns: string[]) => scoreIntents(callerSentences(makeCall({ turns }))).scores.billing ?? 0;
    expect(billing("C: Hi. I have a statement I'd like to read, and I'd like it noted on my account.", "C: I'm not going to tell you how to reach me. That's the statement.")).toBe(0);
    expect(billing('C: My statement shows a fee I never agreed to.')).toBeGreaterThan(0);
  });

  it('"I revoke any consent ... to contact me ... at this number or any other number" keeps no line: an opt-out', () => {
    expect(stops('C: I revoke any consent I have given Tidewater Solar to contact me using autodialed or prerecorded calls, or text messages, at this number or any other number. Effective immediately.').requested).toBe(true);
  });

  it('a past request dated in the sentence before ("Back in, like, April? I called and asked you guys to take me off your list.") and said in the next turn to be honoured is no opt-out', () => {
    expect(stops("C: Back in, like, April? I called and asked you guys to take me off your list. I was buried at the shop.", 'A: I understand. What can I do for you now?', "C: And you did, you took me off, nobody bugged me. So... put me back on.").requested).toBe(false);
    expect(stops('C: I called and asked you guys to take me off your list.', 'A: I understand.', 'C: And you still call me.').requested).toBe(true);
  });

  it('"A esos les pedí tres veces que me borraran de su lista" asks "those" people, not us: no possible opt-out', () => {
    expect(stops('C: Ah, bueno. Porque a esos les pedí tres veces que me borraran de su lista y nada, me siguen marcando.')).toEqual({ requested: false, possible: false });
  });

  it('"I\'d rather you didn\'t", said to the agent\'s ask to check back, is held as a possible opt-out; a yes is not', () => {
    const call = (reply: string) => makeCall({ direction: 'outbound', turns: ['A: I understand. Should I check back another time, or', `C: ${reply}`] });
    expect(checkBackRefused(call("I said I'd rather you didn't. I gotta go."))?.quote).toBe("I said I'd rather you didn't.");
    expect(checkBackRefused(call('Sure, try me next month.'))).toBeNull();
  });

  it('cases the agent files: "I\'m opening a case for our tax team", "Lo paso a soporte técnico" (support), "I\'ll raise it with his manager today" (complaint)', () => {
    const filed = (text: string) => agentOpensCase(agentSentences(makeCall({ turns: [`A: ${text}`] })))?.intent;
    expect(filed("I can't issue corrected forms from here, but I'm opening a case for our tax team to issue W-2Cs.")).toBe('support');
    expect(filed('De acuerdo. Lo paso a soporte técnico para que lo revisen con usted.')).toBe('support');
    expect(filed("That's fair. I'll raise it with his manager today.")).toBe('complaint');
  });

  it('"I\'ll open a support ticket: mileage reimbursement won\'t save" describes what is filed after the colon: no money promised', () => {
    const reasons = (turn: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${turn}`] }))).flatMap((f) => f.reasons);
    expect(reasons("Okay. I'll open a support ticket: mileage reimbursement won't save in the web app, in both browsers, since this week.")).toEqual([]);
    expect(reasons("I'll get your mileage reimbursement refunded, all forty dollars.")).toContain('money');
  });

  it('"Tomorrow morning, eight." is eight; "mañana a mediodía a este número" is noon, the "a" a preposition', () => {
    expect(resolveSpokenTime('Tomorrow morning, eight.', '2027-03-14T00:30:00Z', 'America/Los_Angeles')?.at).toBe('2027-03-14T15:00:00Z');
    expect(resolveSpokenTime('Con gusto, mañana a mediodía a este número.', '2027-04-14T22:20:00Z', 'America/Chicago')?.at).toBe('2027-04-15T17:00:00Z');
    expect(resolveSpokenTime('El lunes a las tres a su celular.', '2027-04-14T22:20:00Z', 'America/Chicago')?.at).toBe('2027-04-19T20:00:00Z');
  });

  it('follow-ups: "if someone calls, make it Thursday at ten, Hawaii time"; "I\'m filing Tuesday, so if someone could call me back Monday at eleven"; none from "I called Tuesday and left a message"', () => {
    expect(followUp(['A: I\'ll pass that to billing along with your note about the referral.', "C: Okay. I'm actually in Honolulu this week, so if someone calls, make it Thursday at ten, Hawaii time. I'm on the beach otherwise.", 'A: Thursday at ten a.m. Hawaii time. I\'ll put that on the billing case.'], '2027-02-08T20:00:00Z', 'America/Los_Angeles')?.at).toBe('2027-02-11T20:00:00Z');
    expect(followUp(["A: I'll send your request to our communications team.", "C: Great. I'm filing Tuesday, so if someone could call me back Monday at eleven, that'd be ideal.", 'A: Monday at eleven, I\'ll include that.'], '2027-01-22T19:20:00Z', 'America/Chicago')?.at).toBe('2027-01-25T17:00:00Z');
    expect(followUp(['A: Okay.', 'C: And then I called Tuesday and left a message and nobody called back. I want someone who manages those crews to actually hear about it.', "A: I'm writing this up for the installation manager right now."], '2027-01-27T14:50:00Z', 'America/New_York')).toBeNull();
  });

  it('a vendor in Spanish: "Le quería ofrecer limpieza nocturna ... Es para ofrecerles la limpieza a ustedes"', () => {
    expect(detectLowFit(callerSentences(makeCall({ turns: ['A: Brightwater Payroll.', 'C: Mire, nosotros limpiamos oficinas aquí en Miami. Le quería ofrecer limpieza nocturna, three nights a week.'] }))).vendor).not.toBeNull();
  });

  it('"Crickets." after a quote that never came weighs towards a complaint', () => {
    expect(scoreIntents(callerSentences(makeCall({ turns: ['C: I emailed him twice. Crickets.'] }))).scores.complaint ?? 0).toBeGreaterThan(0);
  });
});

describe('sealed69 (opened after its first run)', () => {
  it('no opt-out in the word a link carries ("The only link at the bottom says unsubscribe"), in "please don\'t just unsubscribe me", in a check mailing given up, or in a sentence that calls itself hypothetical', () => {
    expect(stops("C: The only link at the bottom says unsubscribe, and, no, I don't want to unsubscribe, I like knowing when someone uses my code.")).toEqual({ requested: false, possible: false });
    expect(stops("C: And please don't just unsubscribe me because it's easier, okay?")).toEqual({ requested: false, possible: false });
    expect(stops('C: And I want off the paper checks. Take me off the mailing for checks entirely, they keep getting lost. Direct deposit.')).toEqual({ requested: false, possible: false });
    expect(stops("C: Like, if I said 'stop calling me' right now, what would actually happen? Not that I'm— I mean, you don't call me, I'm not on your list, it's hypothetical.")).toEqual({ requested: false, possible: false });
  });

  it('the agent checks it was no opt-out ("you\'re not asking to stop hearing from us, only to stop paper checks?") and the caller agrees: none', () => {
    const call = callOf('C: Take me off everything for the checks, honestly.', "A: Just so I'm clear, you're not asking to stop hearing from us, only to stop paper checks?", 'C: Right, right. Keep the emails, keep whatever.');
    expect(detectOptOut(callerSentences(call), call).requested).toBe(false);
  });

  it('words that name no channel, later said to be "just the account" while the newsletter keeps coming, are no opt-out', () => {
    const call = callOf("C: So we're selling the house. But I want out of the rewards program thing. Close my account on that.", 'A: Do you want to keep getting our newsletter at that email, or—', "C: Eh, whatever, keep sending it. My wife reads that stuff. That's fine. It's just the account.");
    expect(detectOptOut(callerSentences(call), call).requested).toBe(false);
  });

  it('"Si yo me doy de baja de los correos, ¿todavía me pagan?" then "mejor no me doy de baja" holds nothing; a what-if half taken up ("creo que sí quiero eso") is held', () => {
    expect(stops('C: Si yo me doy de baja de los correos, ¿todavía me pagan lo de mis referidos?', 'A: Sí, Rosa.', 'C: Ah, entonces no. No, mejor no me doy de baja, porque así es como me entero.')).toEqual({ requested: false, possible: false });
    expect(stops('C: Si yo les digo que ya no me llamen ni me manden nada, ¿qué pasa con mi bono?', 'A: No afecta los bonos.', 'C: Ah, ok. Entonces... creo que sí. O sea, creo que sí quiero eso.').possible).toBe(true);
  });

  it('cases the agent files: a ticket with the payments team (billing), a credit put on the account (billing); and "The January check never showed up" is no no-show', () => {
    const filed = (text: string) => agentOpensCase(agentSentences(makeCall({ turns: [`A: ${text}`] })))?.intent;
    expect(filed("Got it. I'll open a ticket with our payments team about the missing January payout.")).toBe('billing');
    expect(filed("Here's what I can do: I'll put a twenty-dollar credit on your account every month for the next six months.")).toBe('billing');
    expect(scoreIntents(callerSentences(callOf('C: Calling about my reward payout. The January check never showed up.'))).scores.complaint ?? 0).toBe(0);
  });

  it('a price of ours raised ("my monitoring plan\'s going from nine ninety-five to fourteen ninety-five a month") weighs towards billing', () => {
    expect(scoreIntents(callerSentences(callOf("C: I got a letter saying my monitoring plan's going from nine ninety-five to fourteen ninety-five a month."))).scores.billing ?? 0).toBeGreaterThan(0);
  });

  it('money: "I\'ll bump your reward on this one to seven-fifty", "le quito el cargo del permiso. No le cobramos los doscientos cincuenta"', () => {
    const reasons = (turn: string) => detectAgentPromises(agentSentences(makeCall({ turns: [`A: ${turn}`] }))).flatMap((f) => f.reasons);
    expect(reasons("And Trent, since you've been such a good partner, I'll bump your reward on this one to seven-fifty instead of the usual two-fifty if Cal signs.")).toContain('money');
    expect(reasons('Mire, si firma esta semana, le quito el cargo del permiso.')).toContain('money');
    expect(reasons('No le cobramos los doscientos cincuenta.')).toContain('money');
  });

  it('codes and addresses: "L-U-P-E, guion, quince" is LUPE-15; "marisela punto ochoa, o-c-h-o-a, arroba yahoo punto com" spells the surname again', () => {
    expect(spelledCode('Me dio su código, déjeme ver, aquí lo tengo apuntado... L-U-P-E, guion, quince.')).toBe('LUPE-15');
    expect(extractEmails('marisela punto ochoa, o-c-h-o-a, arroba yahoo punto com.')).toEqual(['marisela.ochoa@yahoo.com']);
  });

  it('an address announced as someone else\'s ("He told me to give you his email. Hold on...") or asked for in Spanish ("¿Tiene algún dato de contacto de Paola?") is not the caller\'s', () => {
    expect(callerIdentity(callOf('C: He told me to give you his email. Hold on... tboyd dot builds at gmail dot com. Boyd, B-O-Y-D.')).emails).toEqual([]);
    expect(callerIdentity(callOf('A: ¡Qué bien! ¿Tiene algún dato de contacto de Paola?', 'C: Su correo. Espéreme que lo busco... paola punto rios, r-i-o-s, arroba gmail punto com.')).emails).toEqual([]);
  });

  it('"one of our physician assistants, Kwame Asante, wants a quote" hands someone over; "¿Le gustaría inscribirse?" - "Sí, sign me up" is a join', () => {
    const call = callOf('C: And the referral — one of our physician assistants, Kwame Asante, wants a quote. His cell is three one two, five five five, zero two one four.', 'A: Kwame Asante, three-one-two, five-five-five, zero-two-one-four.');
    expect(detectReferredPerson(makeContext(call, callerIdentity(call), policy))).toMatchObject({ firstName: 'Kwame', lastName: 'Asante', phone: '+13125550214' });
    const join = callOf('A: Sí, el programa de embajadores. ¿Le gustaría inscribirse?', 'C: Sí, sign me up. Porque ya tengo como tres vecinas preguntándome.');
    expect(detectJoinRequest(callerSentences(join), agentSentences(join), join)).not.toBeNull();
  });

  it('"if you can\'t beat thirty-eight I\'m not interested" is a condition, no confirmed no', () => {
    expect(detectNotInterested(callerSentences(callOf("C: Honestly, if you can't beat thirty-eight I'm not interested.")))).toBeNull();
    expect(detectNotInterested(callerSentences(callOf("C: If I'm honest, we're not interested.")))).not.toBeNull();
  });

  it('follow-ups: none from "call me every morning at seven, I love it"; "Tomorrow morning. Email me first thing tomorrow morning" by email; a design review call moved to next week', () => {
    const followUp = (turns: string[], endedAt: string, direction: Call['direction'] = 'inbound') => {
      const call = makeCall({ turns, endedAt, direction, caller: { timezone: 'America/New_York' } });
      return detectFollowUp(makeContext(call, callerIdentity(call), policy));
    };
    expect(followUp(["A: Hi Kayla, I'm sorry for all the messages.", "C: No, no, it's great. Please, call me again tomorrow. And the day after. Honestly, call me every morning at seven, I love it."], '2027-01-29T15:10:00Z')).toBeNull();
    expect(followUp(['A: Of course. When would you like to hear from them?', 'C: Tomorrow morning. Email me first thing tomorrow morning with, like, where this fee came from.', 'A: Tomorrow morning. Got it.'], '2026-12-01T23:50:00Z')?.channel).toBe('email');
    expect(followUp(["A: Hi, Victor? I'm calling to confirm your design review call tomorrow at ten.", "C: Ah, shoot, tomorrow. Yeah, that's not gonna happen.", 'A: No problem. Would you like to reschedule?', "C: Yeah. Next week sometime. Whatever day, I'm flexible next week.", "A: I'll move it to next week and the team will confirm the time."], '2027-03-10T17:00:00Z', 'outbound')?.at).toBe('2027-03-15T14:00:00Z');
  });
});

describe('sealed70 (opened after its first run)', () => {
  it('"Unsubscribe me, ¿sí?" after "lo de los emails" stops email; "Unsubscribe me. From everything." stops all', () => {
    const email = callOf('C: Oiga, lo de los emails... ya. Unsubscribe me, ¿sí? Ya no quiero ningún correo de ustedes.');
    expect(detectOptOut(callerSentences(email), email)).toMatchObject({ requested: true, scope: 'email' });
    const all = callOf("C: I replied STOP twice and they keep coming. So. Unsubscribe me. From everything. Texts, calls, email if you somehow have it.");
    expect(detectOptOut(callerSentences(all), all)).toMatchObject({ requested: true, scope: 'all' });
  });

  it('"my cofounder literally said \'just tell them to stop calling us already\'" is his wish, not the caller\'s', () => {
    expect(stops("C: And look, my cofounder literally said 'just tell them to stop calling us already,' but that's him, he's grumpy. I'm not asking for that.")).toEqual({ requested: false, possible: false });
  });

  it('service calls in their own words: a printer that "won\'t take my job", a calendar "greyed out", a complaint "lodged" formally; cases filed with the front desk or written up for a manager', () => {
    const scores = (text: string) => scoreIntents(callerSentences(callOf(`C: ${text}`))).scores;
    expect(scores("The printer won't take my job. It just says 'user not authorized.'").support ?? 0).toBeGreaterThan(0);
    expect(scores('The booking calendar shows the movement studio as closed on weekends. The whole weekend is greyed out.').support ?? 0).toBeGreaterThan(0);
    expect(scores("I'd like to, um, lodge something. Formally, I guess.").complaint ?? 0).toBeGreaterThan(0);
    const filed = (text: string) => agentOpensCase(agentSentences(makeCall({ turns: [`A: ${text}`] })))?.intent;
    expect(filed("Got it. I'm messaging the front desk right now to set up your print login.")).toBe('support');
    expect(filed("I'll write this up for the sales manager: the follow-up call, being talked over, and that comment.")).toBe('complaint');
  });

  it('"I don\'t feel safe" about another member waiting by the desk is a sensitive request; "I\'ll take half off this month\'s rent" is money', () => {
    expect(detectSensitive(callerSentences(callOf("C: He messages me on the member app every day, and last week he was waiting by my desk when I came in. I don't feel safe, honestly.")))[0]?.reasons).toContain('sensitive_request');
    expect(detectAgentPromises(agentSentences(callOf("A: I'll take half off this month's rent for six-twelve.")))[0]?.reasons).toContain('money');
  });

  it('follow-ups: none from "If you walk over in five minutes" or "a meeting at three" the caller needs pages for; the slot the agent has open for an assessment is one', () => {
    const followUp = (turns: string[], endedAt: string, direction: Call['direction'] = 'inbound') => {
      const call = makeCall({ turns, endedAt, direction, caller: { timezone: 'America/Los_Angeles' } });
      return detectFollowUp(makeContext(call, callerIdentity(call), policy));
    };
    expect(followUp(["C: Laptop. I need twelve pages for a meeting at three, so it's kind of urgent.", "A: Got it. I'm messaging the front desk right now. If you walk over in five minutes they should have it ready.", "C: Okay, great. That's honestly all I need today."], '2026-12-16T19:12:08Z')).toBeNull();
    expect(followUp(['A: The next step would be a free site assessment, about forty-five minutes.', 'C: Okay. Uh, Tuesday? Tuesday morning, like ten?', 'A: Let me look. I have Tuesday the seventeenth at ten a.m. Pacific open. Want me to hold it?', 'C: Yep. Hold it.'], '2026-11-12T19:05:00Z', 'outbound')?.at).toBe('2026-11-17T18:00:00Z');
  });
});

describe('sealed71 (opened in part after its first run)', () => {
  it('"Pero ya no me manden promociones" stops marketing; "por ahora no me manden nada, creo" is held', () => {
    const promos = callOf("C: Mira, I love the program, okay? Pero ya no me manden promociones. Nada de marketing.");
    expect(detectOptOut(callerSentences(promos), promos)).toMatchObject({ requested: true, scope: 'marketing' });
    const held = callOf('C: Pues... por ahora no me manden nada, creo. O sí, no sé.');
    const r = detectOptOut(callerSentences(held), held);
    expect(r.requested || r.uncertain.length > 0).toBe(true);
    expect(stops('C: Vimos que ustedes no tienen nada de publicidad en español.')).toEqual({ requested: false, possible: false });
  });

  it('"If I join and then I get sick of the emails, how do I get out? Can I just unsubscribe?" asks how it works', () => {
    expect(stops("C: I want to join, but first, dumb question: if I join and then I get sick of the emails, how do I get out? Can I just unsubscribe?")).toEqual({ requested: false, possible: false });
  });

  it('"Queremos cancelar" a signed contract weighs towards a cancellation; "Call me the minute you know something" sets no time', () => {
    expect(scoreIntents(callerSentences(callOf('C: Y ya lo platiqué con mi esposa y no, no vamos a seguir. Queremos cancelar.'))).scores.cancellation ?? 0).toBeGreaterThan(0);
    const call = makeCall({ turns: ['A: Is this number the best one to reach you?', 'C: Yes, my cell. Call me the minute you know something.'], endedAt: '2027-01-25T16:30:00Z', caller: { timezone: 'America/Denver' } });
    expect(detectFollowUp(makeContext(call, callerIdentity(call), policy))).toBeNull();
  });
});

describe('sealed72 and sealed73 (opened after their first runs)', () => {

  it('a request narrowed at once ("No, wait, texts. Just the texts.") is no retraction; a plain "No, wait. Scratch that." still is', () => {
    expect(scoped("C: Don't text me. Just... don't.", "A: Just to confirm, you'd like us to stop all texts and calls to you?", 'C: No, wait, texts. Just the texts. The calls are how we find out about the schedule.')).toMatchObject({ requested: true, scope: 'sms' });
    expect(scoped("C: Don't text me.", 'A: Okay.', 'C: No, wait. Scratch that.').requested).toBe(false);
  });

  it('an offer put as "would you rather we stopped calling you about it?" accepted, and the agent\'s "We won\'t call you about this again"', () => {
    expect(scoped('A: Totally understand. Would you rather we stopped calling you about it?', "C: Yeah, that'd be... yes. Please.")).toMatchObject({ requested: true, scope: 'calls' });
    expect(agentAcknowledgesOptOut(callOf('C: Yes. Please.', "A: Done. We won't call you about this again. Take care.")) != null).toBe(true);
  });

  it('"ya no quiero más promociones" stops marketing; "I\'d ask that you not contact me anymore" and "to be put on your do-not-contact list" stop everything', () => {
    expect(scoped('C: Mire, ya no quiero más promociones.')).toMatchObject({ requested: true, scope: 'marketing' });
    expect(scoped("C: But I'd ask that you not contact me anymore. Not the phone, not the emails, none of it.")).toMatchObject({ requested: true, scope: 'all' });
    expect(scoped("C: So I'd like to be put on your do-not-contact list, please.")).toMatchObject({ requested: true, scope: 'all' });
  });

  it('an offer of the call list answered "Yes. And the emails. All of it, please." is every channel', () => {
    expect(scoped('A: Would you like me to take you off our call list?', 'C: Yes. And the emails. All of it, please.')).toMatchObject({ requested: true, scope: 'all' });
  });

  it('"No more of the promo text messages ... Calls about my account, fine, emails, fine." stops texts, not marketing', () => {
    expect(scoped("C: No more of the promo text messages. The 'refer and earn' ones. Calls about my account, fine, emails, fine. The texts, no.")).toMatchObject({ requested: true, scope: 'sms' });
  });

  it('a joke taken back whole is no hold; one half meant still is', () => {
    expect(stops("C: You are. And... stop! (laughs) No, no, I'm kidding, I'm kidding. Go ahead.")).toEqual({ requested: false, possible: false });
    const half = scoped("C: You could just lose my number. I'm kidding. Sort of. Not really.");
    expect(half.requested || half.uncertain.length > 0).toBe(true);
  });

  it('words that name no wish hold nothing: a topic ("Like, do-not-call stuff."), a plan cancelled before ("¿Pero yo no lo había dado de baja?"), contact welcomed, a payroll service given up', () => {
    expect(stops("C: I'm doing my capstone on how companies handle the TCPA. Like, do-not-call stuff.")).toEqual({ requested: false, possible: false });
    expect(stops('C: ¿Pero yo no lo había dado de baja? Porque yo hablé con alguien en agosto, creo.')).toEqual({ requested: false, possible: false });
    expect(stops("C: To be clear, I don't have a problem with Sunmesa contacting me. It's him.")).toEqual({ requested: false, possible: false });
    expect(stops('C: Entonces quiero dar de baja la nómina, el servicio, todo.').requested).toBe(false);
  });

  it('a removal weighed aloud ("wondering if I should just, I dunno. Get off all of it.") and a sneer at the offer ("Would I like." Wow.) are held', () => {
    expect(stops("C: Between the link being broken and the calls every week... I'm kind of wondering if I should just, I dunno. Get off all of it. I'll think about it.").possible).toBe(true);
    const sneer = scoped('C: Three times today. Keep it up, really.', "A: I'd like to help. Would you like us to stop calling this number?", 'C: (laughs) "Would I like." Wow.');
    expect(sneer.requested || sneer.uncertain.length > 0).toBe(true);
  });

  it('the model\'s unclear doubt holds nothing where the caller says in the same turn they will call back; a clear doubt still holds', () => {
    const none = { status: 'none' as const, scope: null, evidence: [] };
    const transcript = makeCall({ turns: ['A: Si quiere, le pido a alguien que le llame.', 'C: Ay, no sé, déjeme preguntarle a él primero. Yo les vuelvo a marcar.'] }).transcript;
    const reading = (uncertain: number) => ({ p: { affirmed: 0.03, uncertain, none: 0.97 - uncertain }, evidence: { turn: 1, speaker: 'caller' as const, text: 'Ay, no sé, déjeme preguntarle a él primero.' } });
    const ctx = { lowFitHeard: false, lowFitCall: false, framesSawWords: false, agentAck: null, transcript };
    expect(weighOptOut(none, reading(0.5), ctx).status).toBe('none');
    expect(weighOptOut(none, reading(0.9), ctx).status).toBe('uncertain');
  });

  it('a Spanish letter named in a spelled address: "luciaparedes, todo junto, punto e pe, arroba gmail punto com"', () => {
    expect(extractEmails('luciaparedes, todo junto, punto e pe, arroba gmail punto com.')).toEqual(['luciaparedes.ep@gmail.com']);
    expect(extractEmails('pepe arroba gmail punto com')).toEqual(['pepe@gmail.com']);
  });

  it('follow-ups: a ticket number texted is none; a time said as a fragment after "Can someone call me?", and the answer to "Would you like to set a time?", are; "el viernes le cae su bono" is none', () => {
    expect(followUpOf(["A: I'm opening a ticket so the monitoring team can check it.", "C: Fine. They've got this number.", "A: They do. You'll get a text with the ticket number in a few minutes.", 'C: Okay. Thanks.'], '2026-12-02T16:42:10Z')).toBeNull();
    expect(followUpOf(['C: Okay. Can someone actually call me? In like an hour and a half? I\'m about to go into a thing.', 'A: Sure, about an hour and a half from now.'], '2027-04-02T16:20:00Z', 'America/New_York')?.at).toBe('2027-04-02T17:50:00Z');
    expect(followUpOf(['A: We can do a free water test on-site. Would you like to set a time?', "C: Yeah, let's do it. Thursday? Ten o'clock?", 'A: Perfect, Thursday at ten a.m. Central.', 'C: Sweet.'], '2027-01-27T16:20:00Z')?.at).toBe('2027-01-28T16:00:00Z');
    expect(followUpOf(['C: Y pues el bono de los doscientos dólares, ¿para cuándo?', 'A: Mire, ahorita mismo se la marco como aprobada y el viernes le cae su bono de doscientos dólares, se lo prometo.', 'C: Ah, pues muchas gracias.'], '2027-04-15T21:00:45Z', 'America/Denver')).toBeNull();
  });

  it('the money head does not ask for a review on the agent putting the charges back ("Two two-hundred-fifty-dollar site survey deposits on your card.")', () => {
    const reading = (text: string) => [{ kind: 'money' as const, p: 0.8, evidence: { turn: 2, speaker: 'agent' as const, text } }];
    expect(flagsFromModel(reading('Two two-hundred-fifty-dollar site survey deposits on your card.'), [])).toEqual([]);
    expect(flagsFromModel(reading("I'll refund one of the deposits on your card."), [])).toHaveLength(1);
  });

  it('intent cues: "It\'s the worst time" is no complaint, "closing down my Outlook address" no cancellation, "a trial RO unit" no sale; "the rental ... needs to end with us" is a cancellation', () => {
    const scores = (text: string) => scoreIntents(callerSentences(callOf(`C: ${text}`))).scores;
    expect(scores("It's the worst time. I'm throwing all morning.").complaint ?? 0).toBe(0);
    expect(scores("So I'm closing down my Outlook address, it's nothing but junk at this point.").cancellation ?? 0).toBe(0);
    expect(scores('You dropped off a trial RO unit at our kitchen two weeks ago.').sales_inquiry ?? 0).toBe(0);
    expect(scores("And the buyers don't want the rental thing, so it needs to end with us.").cancellation ?? 0).toBeGreaterThan(0);
  });

  it('the agent\'s offer to keep a leaving customer ("two months free if you stay") files a cancellation; a prospect\'s discount does not', () => {
    const filed = (text: string) => agentOpensCase(agentSentences(makeCall({ turns: [`A: ${text}`] })))?.intent ?? null;
    expect(filed('I understand. Before you decide, I can give you two months free if you stay on through the summer.')).toBe('cancellation');
    expect(filed('I understand, Hollis. Before you decide, I can take five hundred dollars off the quote as a referral discount.')).toBeNull();
  });

  it('a business that says what it sells and then asks our price is no vendor', () => {
    const low = (text: string) => detectLowFit(callerSentences(callOf(`C: ${text}`))).vendor;
    expect(low('We sell the salt, folks keep asking if we install. So what I actually want is a price on a commercial softener for the store.')).toBeNull();
    expect(low('We sell the salt, folks keep asking if we install.')).not.toBeNull();
  });

  it('referrals: "He said have you guys reach out" and the agent\'s "this goes under your referral, TOBI-3"', () => {
    const call = makeCall({ turns: ["C: My neighbor, Felix Bauer, runs Bauer Bikes, the shop two doors down. He said have you guys reach out.", 'A: Great. Do you have an email or a phone for Felix?', "C: Email's felix@bauerbikes.com.", 'A: felix at bauer bikes dot com. And this goes under your referral, TOBI-3, right?', 'C: Yeah.'] });
    expect(detectReferredPerson(makeContext(call, callerIdentity(call), policy))).toMatchObject({ firstName: 'Felix', email: 'felix@bauerbikes.com' });
  });

  it('the caller\'s own name said after a fragment turn, and a code asked for beside an email', () => {
    const named = makeCall({ turns: ['A: Are you calling about a quote, or—', 'C: Hi, yes—', 'A: —something else?', "C: Stop, stop, sorry, you're going really fast.", 'A: No problem!', 'C: My dentist, Linh Tran? She has your panels.', 'A: So you\'d like a quote?', "C: Yes, for my house. I'm Renée Kaplan."] });
    expect(callerIdentity(named)).toMatchObject({ firstName: 'Renée', lastName: 'Kaplan' });
    const coded = makeCall({ turns: ['A: Do you have your email or your referral code so I can find you?', "C: My code, yeah, it's mine — ROSA dash four. R-O-S-A, four."] });
    expect(callerIdentity(coded).ownCodes).toContain('ROSA-4');
  });

  it('an email the caller disowns ("tengo uno pero no me acuerdo de la contraseña, y ya ni lo uso") is noted for the join', () => {
    const call = makeCall({ turns: ['A: Para inscribirla como miembro necesito un correo electrónico.', 'C: Ay. Correo... tengo uno pero no me acuerdo de la contraseña, y ya ni lo uso.'] });
    expect(emailDisowned(callerSentences(call), call)).not.toBeNull();
    const kept = makeCall({ turns: ['A: Para inscribirla necesito un correo electrónico.', 'C: Sí, es el mismo de siempre.'] });
    expect(emailDisowned(callerSentences(kept), kept)).toBeNull();
  });

  it('a caller who cannot say what the call is for: "no sé si era por lo del panel o por lo otro", "no sé si es para mí o para el negocio de mi hermano"', () => {
    const call = makeCall({ turns: ['A: Gracias por llamar, ¿en qué le ayudo?', 'C: Es que mi esposo llamó antes, creo. Y me dijo que marcara a este número.', 'A: Con gusto. ¿Me dice su nombre?', 'C: Carmen Ruiz. Pero no sé si era por lo del panel o por lo otro. ¿Ustedes son los del techo?', 'A: Somos Sunmesa Solar. ¿Su esposo le comentó qué necesitaba?', 'C: No, nada más me dijo márcales. Ay, no sé.'] });
    expect(classify(call).classification.intent).toBe('other');
  });
});

describe('sealed74 (opened after its first run)', () => {

  it('"I want off all of that. All the marketing." after the offers named stops marketing; after the texts named, texts', () => {
    expect(scoped("C: First, the promotional stuff. The holiday offers, the postcards, the emails with the countdown timers. I want off all of that. All the marketing.")).toMatchObject({ requested: true, scope: 'marketing' });
    expect(scoped('C: The texts every morning. I want off all of that.')).toMatchObject({ requested: true, scope: 'sms' });
  });

  it('"Knock those off." after the texts named, and "Just don\'t text." said alone, stop texts; "tell me to knock it off?" stops nothing', () => {
    expect(scoped("C: And while I've got you, the referral texts. Every week. Knock those off. Just the texts.")).toMatchObject({ requested: true, scope: 'sms' });
    expect(scoped("C: Yes, call. Just don't text.")).toMatchObject({ requested: true, scope: 'sms' });
    expect(stops('C: Oh man, are you calling to tell me to knock it off? Ha!')).toEqual({ requested: false, possible: false });
  });

  it('"Ni llamadas ni correos, nada." is every channel; "opt out of the extended service plan" is a plan given up', () => {
    expect(scoped('C: No, no. Ni llamadas ni correos, nada. Por favor.')).toMatchObject({ requested: true, scope: 'all' });
    expect(stops("C: I want to opt out of the extended service plan. The renewal. It auto-renews in February and we're not keeping it.").requested).toBe(false);
  });

  it('"Part of me wants to just tell you people to stop calling me, period. I don\'t know yet." is held, not applied', () => {
    expect(heldNotApplied("C: Part of me wants to just tell you people to stop calling me, period. I don't know yet. I'm that annoyed.")).toBe(true);
  });

  it('follow-ups: "Morning" after a day keeps the morning the agent reads back, sarcasm about the hour sets none, a payment that "went out on the fifth" dates nothing', () => {
    expect(followUpOf(['A: When would be a better time?', 'C: First week of January. Monday the fourth. Morning, before the bays fill up.', 'A: So a call Monday, January fourth, in the morning, Pacific time, to go over the proposal. Sound right?', "C: That's right."], '2026-12-09T21:15:00Z', 'America/Los_Angeles')?.at).toBe('2027-01-04T17:00:00Z');
    expect(followUpOf(['A: I\'m following up on the solar pricing we sent.', "C: Oh, sure. Call me at ten in the morning. Again. That's exactly what I asked for, isn't it? Evenings, I said."], '2027-03-02T15:02:00Z', 'America/New_York')).toBeNull();
    expect(followUpOf(['A: Oh, I\'m sorry to hear that.', "C: And I've been on autopay since day one. Like, the payment went out on the fifth, I can literally see it in my bank app."], '2026-11-30T17:20:45Z', 'America/Los_Angeles')).toBeNull();
  });

  it('"el seguro este, no... no cierra parejo" is a support cue; the agent\'s "le marco la referencia como aprobada" is money', () => {
    expect(scoreIntents(callerSentences(callOf('C: Es que la manija, el seguro este, no... no cierra parejo.'))).scores.support ?? 0).toBeGreaterThan(0);
    expect(detectAgentPromises(agentSentences(callOf('A: No se preocupe, ahorita mismo le marco la referencia como aprobada y el bono le llega en unos diez días.')))[0]?.reasons).toContain('money');
  });

  it('a caller trying to figure out "if this is a bill or, like, an ad" asks for review as unclear, over a weak service reading', () => {
    const call = makeCall({ turns: ['A: Thanks for calling, how can I help?', "C: I'm calling about the, um, the thing that came in the mail?", 'A: Sure. Was it a postcard from us, or a letter?', "C: Okay, so it says, I don't know, I'm trying to figure out if this is a bill or, like, an ad or what, because my husband usually handles—", 'A: Is there an account number on it?', "C: There's a... you know what, I'll have to call back. Sorry."] });
    expect(classify(call).classification.intent).toBe('other');
  });

  it('"the guy buying it, Erik Lindgren ... I told him I\'d hook him up with y\'all. His email is ..." hands a person over', () => {
    const call = makeCall({ turns: ["C: But the guy buying it, Erik Lindgren, he asked a million questions about the panels and he wants to add a battery. I told him I'd hook him up with y'all. His email is erik dot lindgren at gmail dot com."] });
    expect(detectReferredPerson(makeContext(call, callerIdentity(call), policy))).toMatchObject({ firstName: 'Erik', lastName: 'Lindgren', email: 'erik.lindgren@gmail.com' });
  });
});

describe('sealed75 (opened after its first run)', () => {

  it('"Pero ya no quiero que me manden promociones." stops marketing; "Quiero que me manden promociones." stops nothing', () => {
    expect(scoped('C: Pero ya no quiero que me manden promociones.')).toMatchObject({ requested: true, scope: 'marketing' });
    expect(stops('C: Quiero que me manden promociones.')).toEqual({ requested: false, possible: false });
  });

  it('words that are no request: the option named ("Good to know about the stop-calling"), what the caller was about ready to say, an opt-out counted, a question of how many do it, "remove me— sorry, remove my card"', () => {
    expect(stops("C: Good to know about the stop-calling, but I'm not there yet, ha.").requested).toBe(false);
    expect(stops('C: After all those calls in January I was about ready to tell your guy to quit calling me. Didn\'t, though.').requested).toBe(false);
    expect(stops('C: One missed opt-out can be a fifteen-hundred-dollar fine per call.').requested).toBe(false);
    expect(stops('C: So roughly what percent of people who get a referral call ask you to stop calling? Or unsubscribe?').requested).toBe(false);
    expect(stops('C: how many times do i have to tell you people do not call me ever').requested).toBe(true);
    expect(stops("C: Can you just remove me— sorry, remove my card. The old card, the Visa ending four-four-one-two.").requested).toBe(false);
  });

  it('"I\'m done with all of it." is an outburst, held, not applied', () => {
    expect(heldNotApplied("C: And look, between this and the referral emails every other day, honestly, I'm done with all of it. I just— I'm done.")).toBe(true);
  });

  it('a doubt in answer to a question about something else holds nothing where the caller never speaks of contact; one beside "maybe just... don\'t" still holds', () => {
    const none = { status: 'none' as const, scope: null, evidence: [] };
    const reading = { p: { affirmed: 0.01, uncertain: 0.75, none: 0.24 }, evidence: { turn: 3, speaker: 'caller' as const, text: "I don't, honestly, I don't know." } };
    const weigh = (caller: string) => weighOptOut(none, reading, { lowFitHeard: false, lowFitCall: false, framesSawWords: false, agentAck: null, transcript: makeCall({ turns: ['A: Hello.', 'C: There was a card on the door.', 'A: Was it about solar panels, or something else?', `C: I don't, honestly, I don't know. ${caller}`] }).transcript });
    expect(weigh('Is this the solar people or the roof people?').status).toBe('none');
    expect(weigh("Maybe just... don't.").status).toBe('uncertain');
  });

  it('a complaint about the calls themselves is the opt-out it asks for', () => {
    const call = makeCall({ turns: ['A: Kestrel Payroll, this is Nova, how can I—', 'C: Yeah, this is Brent Talley. You people called my cell three times yesterday. Three.', 'A: I\'m really sorry, Brent.', "C: I don't care whose referral it is. This is harassment at this point. Stop calling me. I mean it.", "A: I understand, and I apologize. I'm stopping all calls to you right now."] });
    expect(classify(call).classification.intent).toBe('opt_out');
  });

  it('the program\'s campaign told to every member is no money the agent promises', () => {
    expect(detectAgentPromises(agentSentences(callOf("A: I'm calling members about our spring bonus: for any friend who installs before May, you get an extra hundred dollars.")))).toEqual([]);
    expect(detectAgentPromises(agentSentences(callOf("A: I'll add an extra hundred dollars to your reward.")))[0]?.reasons).toContain('money');
  });

  it('follow-ups: "Tuesday at three and we\'ll set a new date" read whole, a booking\'s day ("Monday\'s survey") no time, none from "I called to tell you about Saturday" or "that\'s exactly when I wanna talk payroll"', () => {
    expect(resolveSpokenTime("Can someone call me Tuesday at three and we'll set a new date?", '2027-04-09T15:30:00Z', 'America/Chicago')?.at).toBe('2027-04-13T20:00:00Z');
    expect(resolveSpokenTime("I'll take Monday's survey off and have someone call you Tuesday at three p.m. Central.", '2027-04-09T15:30:00Z', 'America/Chicago')?.at).toBe('2027-04-13T20:00:00Z');
    expect(followUpOf(['A: How can I help?', 'C: I called to tell you about Saturday. Chris said you people were decent.'], '2026-12-28T15:14:25Z', 'America/Chicago')).toBeNull();
    expect(followUpOf(['A: I\'m sorry about that.', "C: Oh, no, it was great. Really, keep calling me at seven on a Saturday, that's exactly when I wanna talk payroll."], '2026-12-28T15:14:25Z', 'America/Chicago')).toBeNull();
  });

  it('a caller who dialled another Mirador and stays on ("Fíjese que sí necesito eso") is no wrong number', () => {
    const call = makeCall({ turns: ['A: This is Mirador Payroll.', 'C: Ay, perdón, wrong number. Es que se llaman igual... wait. ¿Payroll? ¿Ustedes hacen nóminas?', 'A: Yes, we handle payroll for small businesses.', 'C: Fíjese que sí necesito eso. I have two food trucks y le pago a seis muchachos en efectivo.'] });
    expect(detectLowFit(callerSentences(call), call).wrongNumber).toBeNull();
    expect(classify(call).classification.intent).not.toBe('wrong_number');
  });

  it('"Evenings are so much better." is a preferred time', () => {
    expect(detectPreferredContact(callerSentences(callOf("C: It's just, you call at nine in the morning and I'm at the market. Evenings are so much better.")))?.value).toBe('callEvening');
  });
});

describe('sealed76 (opened after its first run)', () => {

  it('the missed opt-out: "Would it help if I made sure nobody from Kestrel reaches out to you about this again?" - "That would be best, yes."', () => {
    expect(scoped('A: That makes sense. Would it help if I made sure nobody from Kestrel reaches out to you about this again?', 'C: That would be best, yes. Thank you. Nothing personal.').requested).toBe(true);
  });

  it('held: "If it\'s you guys, knock it off." and a son passing on "dice que ya no quiere que le estén llamando"; not held: "Stop! Biscuit, stop it, get down."', () => {
    expect(stops("C: I'm not giving you my number. If it's you guys, knock it off. If it's not, then... whatever, sorry.").possible).toBe(true);
    expect(stops('C: Mire, mi mamá me pidió que les llamara porque dice que ya no quiere que le estén llamando.').possible).toBe(true);
    expect(stops("C: Yeah— sorry, hang on. Stop! Biscuit, stop it, get down. Sorry. The dog's after my sandwich.")).toEqual({ requested: false, possible: false });
  });

  it('an accepted offer answered "Sí, llamadas no. Pero los textos sí, está bien ... Y los correos también." stops calls only', () => {
    expect(scoped('A: Claro, señora Márquez. ¿Quiere que dejemos de llamarle?', 'C: Sí, llamadas no. Pero los textos sí, está bien, esos los leo en el descanso. Y los correos también.')).toMatchObject({ requested: true, scope: 'calls' });
  });

  it('the model\'s reading of a service given up is no hold once the agent cancels it; a doubt it reads still is', () => {
    const none = { status: 'none' as const, scope: null, evidence: [] };
    const ctx = { lowFitHeard: false, lowFitCall: false, framesSawWords: false, agentAck: null, serviceCancelled: true };
    const evidence = { turn: 3, speaker: 'caller' as const, text: 'Ya no me alcanza, me recortaron las horas en el trabajo.' };
    expect(weighOptOut(none, { p: { affirmed: 0.61, uncertain: 0.1, none: 0.29 }, evidence }, ctx).status).toBe('none');
    expect(weighOptOut(none, { p: { affirmed: 0.03, uncertain: 0.9, none: 0.07 }, evidence }, ctx).status).toBe('uncertain');
    expect(agentOpensCase(agentSentences(callOf('A: Entendido. Cancelo el servicio quincenal; la limpieza del 22 de febrero ya no se hará.')))?.intent).toBe('cancellation');
  });

  it('cases the agent files: "I\'ve logged a refund request", "I\'ll have billing call you", "I\'ll send this to support"; a code "keeps saying ... invalid" is support', () => {
    const filed = (text: string) => agentOpensCase(agentSentences(makeCall({ turns: [`A: ${text}`] })))?.intent ?? null;
    expect(filed("I'm not able to approve refunds on a call, but I've logged a refund request for Saturday's visit.")).toBe('billing');
    expect(filed("Monday at 9:30 a.m. Mountain time. I'll have billing call you.")).toBe('billing');
    expect(filed("HLGC-4419. Thank you. I'll send this to support so they can check why it won't redeem.")).toBe('support');
    expect(scoreIntents(callerSentences(callOf("C: She's trying to use it and the website keeps saying the code's invalid."))).scores.support ?? 0).toBeGreaterThan(0);
  });

  it('"Les quiero vender las vans" is a vendor; "Le puedo ofrecer el primer mes a mitad de precio" is money', () => {
    expect(detectLowFit(callerSentences(callOf('C: No, no, no le estoy refiriendo a nadie. Es business. Les quiero vender las vans.'))).vendor).not.toBeNull();
    expect(detectAgentPromises(agentSentences(callOf('A: Entiendo. Le puedo ofrecer el primer mes a mitad de precio si empieza este mes.')))[0]?.reasons).toContain('money');
  });

  it('follow-ups: none from "que la última sea la del veintidós de diciembre" or "your own referral code by email in a few minutes"', () => {
    expect(followUpOf(['A: ¿Quiere cancelar el servicio quincenal?', 'C: Sí, que la última sea la del veintidós de diciembre.', 'A: Claro. Le confirmo: última limpieza el 22 de diciembre.'], '2026-12-14T19:10:45Z')).toBeNull();
    expect(followUpOf(['C: How do I sign up to refer people myself?', 'A: I can enroll you right now.', 'C: Yes.', "A: Great. You'll get your own referral code by email in a few minutes.", 'C: Perfect.'], '2027-01-26T20:10:00Z')).toBeNull();
  });
});

describe('sealed77 and sealed78 (opened after their first runs)', () => {
  it('opt-outs: "I want to revoke consent. For the marketing." (marketing), "Two: nobody from Tallgrass contacts me again." (all), a new number\'s owner\'s "Please stop texting this number." (texts)', () => {
    expect(scoped("C: I want to revoke consent. For the marketing. I never really agreed to the robo-texts and the sales calls. So, yeah. Revoke.")).toMatchObject({ requested: true, scope: 'marketing' });
    expect(scoped('C: One: delete everything you have on me. Two: nobody from Tallgrass contacts me again. Not by phone, not by email, not by text.')).toMatchObject({ requested: true, scope: 'all' });
    expect(scoped("C: So, I got this phone number in, like, September. New number. And I keep getting texts from you guys for somebody named Jordan Blake.", 'A: So you\'re not Jordan Blake?', "C: Nope. Devon. I don't know any Jordan. Please stop texting this number.")).toMatchObject({ requested: true, scope: 'sms' });
  });

  it('no hold on a clean call from "Did I get unsubscribed somehow?", "I\'m not calling to complain, or to unsubscribe", "no vaya a pensar que le estoy pidiendo que me borren", "what counts as someone opting out?" or "don\'t have some intern call me, I want the person who..."', () => {
    const clean = { requested: false, possible: false };
    expect(stops("C: One, I haven't gotten a single email from y'all since October. Did I get unsubscribed somehow? Because I sure didn't ask for that.")).toEqual(clean);
    expect(stops("C: Hi, Theo Lindqvist. Look, I'm not calling to complain, or to unsubscribe, or anything dramatic, I promise.")).toEqual(clean);
    expect(stops('C: Y otra cosa: no vaya a pensar que le estoy pidiendo que me borren de su lista o algo así. No. Yo lo que quiero es que me arreglen el techo.')).toEqual(clean);
    expect(stops("C: So the project's about how companies handle do-not-call and opt-out stuff. Like, what counts as someone opting out?")).toEqual(clean);
    expect(stops("C: You do that. And don't have some intern call me, I want the person who can actually cut the check.")).toEqual(clean);
  });

  it('the model\'s doubt over "I don\'t know if it was you or..." on a breaking line holds nothing where the caller never speaks of contact', () => {
    const ctx = { lowFitHeard: false, lowFitCall: false, framesSawWords: false, agentAck: null, transcript: callOf("C: Hi, yes, I'm... [inaudible] ...about the letter, or was it... I don't know if it was you or...", 'A: Sorry, you are breaking up.', 'C: [inaudible] ...hello? I can\'t...').transcript };
    const none = { status: 'none' as const, scope: null, evidence: [] };
    expect(weighOptOut(none, { p: { affirmed: 0.01, uncertain: 0.82, none: 0.17 }, evidence: { turn: 0, speaker: 'caller', text: "I don't know if it was you or..." } }, ctx).status).toBe('none');
    expect(weighOptOut(none, { p: { affirmed: 0.01, uncertain: 0.82, none: 0.17 }, evidence: { turn: 0, speaker: 'caller', text: 'Maybe you guys should just not call me for a while? I don\'t know.' } }, ctx).status).toBe('uncertain');
  });

  it('the agent\'s "Understood: no more phone calls" and "I\'m stopping all outreach to you right now" confirm a removal; "Noted: no calls before 9 a.m." does not', () => {
    expect(agentAcknowledgesOptOut(callOf("C: Don't call the clinic. Please. Phone calls are out.", 'A: Understood: no more phone calls, to you or the clinic. Is email OK for anything we need?'))?.scope).toBe('calls');
    expect(agentAcknowledgesOptOut(callOf('C: Two: nobody contacts me again.', "A: Understood. I'm stopping all outreach to you right now, on every channel."))?.scope).toBe('all');
    expect(agentAcknowledgesOptOut(callOf('C: And put a note on my account: no calls before nine. Ever.', 'A: Noted: no calls before 9 a.m.'))).toBeNull();
  });

  it('held: "I don\'t think I want calls from you guys, honestly", "I honestly don\'t know if I even want those anymore" of the emails named, a mother\'s quoted "tell them to stop calling me"', () => {
    expect(stops("C: That's right. And, ah... I don't think I want calls from you guys, honestly. I'm out on the range most days. I don't know.")).toEqual({ requested: false, possible: true });
    expect(stops("C: Fine. And, uh, the emails you guys send about the bonus every week... I honestly don't know if I even want those anymore. I don't know.")).toEqual({ requested: false, possible: true });
    expect(stops("C: But her phone's been going off nonstop. And she said, 'Kari, call those solar people and tell them to stop calling me.'")).toEqual({ requested: false, possible: true });
  });

  it('no opt-out in a vendor\'s "listens for opt-out phrases", "I don\'t want a flag, I want a phone call", a menu cut off before its key, a page\'s quoted words or "Undo the unsubscribe."', () => {
    expect(stops('C: Our platform listens for opt-out phrases in real time and scrubs the number automatically.')).toEqual({ requested: false, possible: false });
    expect(stops("C: I don't want a flag, I want a phone call. From the manager.").requested).toBe(false);
    expect(stops("C: I don't want calls, I want emails.").requested).toBe(true);
    expect(stops('C: To speak with a warranty specialist, press one. To be removed from our calling list—').requested).toBe(false);
    expect(stops("C: I think my thumb hit 'unsubscribe' on your newsletter. I got the little 'you've been unsubscribed, sorry to see you go' page.", 'A: Ah.', 'C: Can you put me back on?', 'A: Of course.', 'C: Yes, please. Undo the unsubscribe.').requested).toBe(false);
  });

  it('intent: "I don\'t even know what I\'m asking" is unclear (not "what I\'m asking for" said before a clear ask); "le llamo para cancelarlo" is a cancellation; "Tengo la demo ... pero" and an accepted "¿La movemos?" move a booking', () => {
    expect(classify(callOf('C: There was a letter. Something about the account? Or the program.', 'A: Can I get your name?', "C: It's Colleen. Murphy. But honestly, let me— I'll find it and call back. I don't even know what I'm asking. Sorry.")).classification.intent).toBe('other');
    expect(classify(callOf("C: Mostly the battery thing. I honestly don't know what I'm asking for.", 'A: That is what a consult is for.', 'C: I want pricing for a battery, please.')).classification.intent).not.toBe('other');
    expect(scoreIntents(callerSentences(callOf('C: Bueno, le llamo para cancelarlo. Los socios decidieron que este año no.'))).scores.cancellation ?? 0).toBeGreaterThan(0);
    const moved = callOf('C: Tengo la demo con ustedes mañana jueves, pero me salió un viaje a Bogotá.', 'A: Ay, qué pena. ¿La movemos?', 'C: Sí, por favor.');
    expect(scoreIntents(callerSentences(moved)).scores.scheduling ?? 0).toBeGreaterThan(0);
    expect(acceptedAgentQuestions(moved, agentSentences(moved)).map((s) => s.text)).toContain('¿La movemos?');
  });

  it('"My code is INGRID dash three." is the caller\'s own code INGRID-3, and no referrer\'s', () => {
    const call = callOf("C: Hi, it's Ingrid Solberg.", 'A: Do you have your ambassador code handy?', "C: Yes, it's on the fridge card. My code is INGRID dash three.");
    expect(callerIdentity(call).ownCodes).toContain('INGRID-3');
    expect(detectReferredBy(makeContext(call, callerIdentity(call), policy))).toBeNull();
  });

  it('no money or commitment in "We\'ll be gentle, I promise." or the program\'s "if he goes solar you\'ll get your reward"', () => {
    expect(detectAgentPromises(agentSentences(callOf("A: We'll be gentle, I promise. What's Declan's number?")))).toEqual([]);
    expect(detectAgentPromises(agentSentences(callOf("A: Great. I'll add him as your referral, so if he goes solar you'll get your reward.")))).toEqual([]);
  });

  it('"Can you unsubscribe me?" after the newsletter takes the scope of the agent\'s "I don\'t see an account ..., but I\'ll make sure that email is unsubscribed"', () => {
    expect(agentAcknowledgesOptOut(callOf('C: Can you unsubscribe me?', "A: Thanks, Gordon. I don't see an account under that address, but I'll make sure that email is unsubscribed from all our mailings."))?.scope).toBe('email');
    expect(agentAcknowledgesOptOut(callOf('C: Can you unsubscribe me?', "A: I won't take you off, but I'll pass it on."))).toBeNull();
  });

  it('contact details: "this is my new cell ... put this one on file instead", a read-back confirmed "Ése mero", "Evenings only from now on"', () => {
    const cell = makeCall({ fromNumber: '+15595550412', turns: ["C: Teo at vargasdairy dot com. And yeah, that's the other thing, this is my new cell. The office landline gets disconnected end of the month, so put this one on file instead."] });
    expect(callerIdentity(cell).spokenPhones).toEqual(['+15595550412']);
    const readBack = makeCall({ turns: ['C: Cambié de número. Nomás apúntenme este número nuevo.', 'A: Claro. ¿El número nuevo es el seis, uno, nueve, cinco, cinco, cinco, cero, siete, siete, siete?', 'C: Ése mero.'] });
    expect(callerIdentity(readBack).spokenPhones).toEqual(['+16195550777']);
    expect(detectPreferredContact(callerSentences(callOf("C: Your folks keep calling me in the mornings and mornings are impossible. Evenings only from now on, please.")))?.value).toBe('callEvening');
  });

  it('"Ya lo platicamos con mi esposa y no." turns the referral down; "Le garantizo que su bono de quinientos dólares le llega en cuarenta y ocho horas" is money', () => {
    expect(detectNotInterested(callerSentences(callOf('C: Ah, sí, ya sé. Mire, ya lo platicamos con mi esposa y no. No me vuelvan a llamar, por favor.')))).not.toBeNull();
    expect(detectAgentPromises(agentSentences(callOf('A: Le garantizo que su bono de quinientos dólares le llega en cuarenta y ocho horas.')))[0]?.reasons).toContain('money');
  });

  it('follow-ups: the time the agent reads back of two the caller said that day; "before eleven" bounds the morning; none from sarcasm', () => {
    expect(followUpOf(['A: Is there a better time to reach her?', "C: Uh, she'll be back around five-thirty. Try her at six. Six tonight, she'll be sitting down with the books anyway, ha.", "A: Six this evening, Central time, at this number. I'll call back then."], '2026-12-08T19:00:00Z')?.at).toBe('2026-12-09T00:00:00Z');
    expect(resolveSpokenTime('Saturday morning, before eleven.', '2027-01-14T02:40:00Z', 'America/Los_Angeles')?.at).toBe('2027-01-16T17:00:00Z');
    expect(followUpOf(['A: I see several attempts from our team.', 'C: Yep. Monday, Tuesday, Wednesday, and today. So, you know what, sure. Call me again tomorrow. And Saturday. And Sunday, why not, I clearly have nothing else going on.', "A: I'm hearing that it's been too many calls."], '2027-04-08T22:20:00Z')).toBeNull();
  });
});

describe('sealed79 (opened after its first run)', () => {
  it('held: "¿me puede quitar de— no, espérate, mijo" cut off, "Maybe hold off on the partner calls for a while? I\'m not saying never."; applied: "Those promotional emails... I want off that list."', () => {
    expect(stops('C: Hola, sí, mire, soy Elena Vargas. Oiga, ¿me puede quitar de— no, espérate, mijo, ahorita voy, ¡ahorita voy!')).toEqual({ requested: false, possible: true });
    expect(stops("C: Okay. And— I don't know. Maybe hold off on the partner calls for a while? I'm not saying never.")).toEqual({ requested: false, possible: true });
    expect(scoped("C: Please. And while I have you. Those promotional emails—'refer a friend, win a cruise,' all that. I want off that list.", 'A: Just the promotional emails?', 'C: The promotional ones. Invoices still come by email, obviously.')).toMatchObject({ requested: true, scope: 'marketing' });
  });

  it('follow-ups: none from "calling about the outage on the twenty-second" or "I\'ll call back from my own phone tonight"', () => {
    expect(followUpOf(["C: Hi Maya, it's Margot again. I'm calling about the outage on the twenty-second.", 'A: Yes, we had a processing delay that day.'], '2027-01-29T00:20:00Z', 'America/Los_Angeles')).toBeNull();
    expect(followUpOf(["C: Oh, man, it's the work one, but I never remember which— you know what, I'll call back from my own phone tonight.", 'A: That works.'], '2026-12-21T17:15:00Z')).toBeNull();
  });

  it('"I have a compadre que quiere paneles. Rigoberto Saldaña." hands a person over', () => {
    const call = callOf('C: Hola, Inés, Esteban Villanueva. Oye, mira, I have a compadre que quiere paneles. Rigoberto Saldaña. Rigo.', '¿Tiene su correo?', 'C: Es rigo punto saldana arroba outlook punto com.');
    expect(detectReferredPerson(makeContext(call, callerIdentity(call), policy))).toMatchObject({ firstName: 'Rigoberto', lastName: 'Saldaña', email: 'rigo.saldana@outlook.com' });
  });
});

describe('sealed80 (opened after its first run)', () => {
  it('no opt-out in a vendor\'s "we take your lists, remove anybody who said \'stop calling me\' or \'take me off your list\'", nor "Nomás que no me llamen en las mañanas"', () => {
    expect(stops("C: Ha, no, no. We're a compliance vendor. We take your lists, remove anybody who said 'stop calling me' or 'take me off your list,' and you stay out of court.").requested).toBe(false);
    expect(stops('C: Mire, una cosa nomás. No les estoy pidiendo que me saquen de nada, ¿eh? Nomás que no me llamen en las mañanas, porque trabajo de noche.')).toEqual({ requested: false, possible: false });
  });

  it('held: "is there a way to just not get these?" on an outbound call breaking up', () => {
    expect(stops("C: Is there, um... is there a way to just not get these?")).toEqual({ requested: false, possible: true });
  });

  it('a commitment in "If you sign this week, I can promise your system will be installed ... before December thirty-first"', () => {
    expect(detectAgentPromises(agentSentences(callOf('A: If you sign this week, I can promise your system will be installed and running before December thirty-first, so you get the credit.')))[0]?.reasons).toContain('commitment');
  });

  it('spam: a utility\'s "payment of eight hundred forty dollars with a prepaid card"', () => {
    expect(detectLowFit(callerSentences(callOf('C: The electric company, ma\'am. To avoid disconnection you must make a payment of eight hundred forty dollars with a prepaid card.'))).spam).not.toBeNull();
  });

  it('follow-ups: none from "your technician came out Tuesday" or "the app people fixed it the next day"; "a barbecue place ... in Austin" names the zone', () => {
    expect(followUpOf(["C: Your technician came out Tuesday because the app said 'communication fault.' He looked around and left.", 'A: I am sorry.', 'C: And the fault was on your side, the app people fixed it the next day, I got an email.', "A: I'll take the trip charge off."], '2026-12-17T15:40:00Z')).toBeNull();
    expect(zoneInText("Felipe Marsh. I've got a barbecue place, Marsh BBQ, in Austin.")).toBe('America/Chicago');
  });

  it('identity and enrolment: "Most people call me Bernie" makes bernie@ the caller\'s; a read-back after a correction is the one confirmed; "Are you interested in joining?" - "I am." joins', () => {
    const call = callOf('A: Can I get your name?', 'C: Bernadette Achebe. Most people call me Bernie.', 'A: And an email for your partner account?', 'C: bernie, B-E-R-N-I-E, at stillwater yoga dot com.', "A: So that's bernie@stillwatteryoga.com, with two t's?", 'C: No, one t. S-T-I-L-L-W-A-T-E-R.', 'A: Got it: bernie@stillwateryoga.com.', 'C: Yes. Perfect.');
    expect(callerIdentity(call).emails).toEqual(['bernie@stillwateryoga.com']);
    const join = callOf('A: Yes, the Ironleaf Partner Rewards program. Are you interested in joining?', 'C: I am. I run a yoga studio.');
    expect(detectJoinRequest(callerSentences(join), agentSentences(join), join)).not.toBeNull();
  });

  it('"En la mañana, de preferencia" is a standing preference; "Voy a reportar lo del vendedor a su supervisor" files a complaint', () => {
    expect(detectPreferredContact(callerSentences(callOf('C: Pero de día. En la mañana, de preferencia, antes de que me vaya a trabajar.')))?.value).toBe('callMorning');
    expect(agentOpensCase(agentSentences(callOf('A: Anotado. Voy a reportar lo del vendedor a su supervisor.')))?.intent).toBe('complaint');
  });
});

describe('sealed81 (opened after its first run)', () => {
  it('opt-outs: "That stuff I want gone." and "Marketing, off." (marketing), "quit getting all the stuff" (all), "I\'d really appreciate it if nobody reached out anymore?", an accepted "you\'d like us to stop all contact"', () => {
    expect(scoped("C: Then there's the promotional junk. 'Refer a friend, get two-fifty.' That stuff I want gone. All of it.", 'A: So you would like to stop all promotional messages?', "C: That's it exactly. Marketing, off. System stuff, on.")).toMatchObject({ requested: true, scope: 'marketing' });
    expect(scoped("C: I'd like to quit. Not the panels. I mean quit getting all the stuff. The emails, the texts, the little calls.")).toMatchObject({ requested: true, scope: 'all' });
    expect(stops("C: And, um, I'd really appreciate it if nobody reached out anymore? It's nothing personal.").requested).toBe(true);
    expect(scoped("A: Just so I get it right: you'd like us to stop all contact, phone, email and texts. Is that right?", "C: Yes, that's right. All of it.")).toMatchObject({ requested: true, scope: 'all' });
    expect(scoped('A: Would you like us to stop all contact with him?', "C: I'd have to check with my brother, honestly.").requested).toBe(false);
  });

  it('the agent\'s "make sure we don\'t call it again" of a number confirms a removal', () => {
    expect(agentAcknowledgesOptOut(callOf('C: Yeah. So stop calling this number, okay?', "A: Understood. I'll mark that this number isn't Trevor's and make sure we don't call it again."))).not.toBeNull();
  });

  it('a wrong number\'s hedged "maybe take this number off?" is held; "Take my number off the texting" is no call stop; no opt-out in "I\'m about to tell every single one of them to lose my number" or "Can\'t you take it from me?"', () => {
    expect(heldNotApplied("C: Janine? No. She moved out last summer, I think she got a new number. This is my number now.", 'A: Do you have a way to reach her?', "C: No. Um. I mean, I don't know, maybe take this number off? Or, like, whatever you do.")).toBe(true);
    const wrong = callOf('A: Hi, may I speak with Janine Okoro?', "C: Janine? Uh... no. This isn't Janine. She moved out last summer, I think she got a new number. This is my number now.", 'A: Do you have a way for us to reach her?', "C: No, we're not really in touch. Um. I mean, I don't know, maybe take this number off? Or, like, whatever you do.", "A: I'll note that this number doesn't belong to Janine.");
    expect(classify(wrong).classification.optOut).toMatchObject({ requested: false, possible: true });
    expect(scoped("C: Please, no more texts. Take my number off the texting, whatever it's called.")).toMatchObject({ requested: true, scope: 'sms' });
    expect(stops('C: I have had, no joke, four solar calls today. I\'m about to tell every single one of them to lose my number.').requested).toBe(false);
    expect(stops("C: I'm on her phone, though. She's right here. Can't you take it from me?")).toEqual({ requested: false, possible: false });
  });

  it('harassment: "Saturday he showed up at my gym. I never told him where I work out."', () => {
    expect(detectSensitive(callerSentences(callOf("C: Then late at night, pictures. And Saturday he showed up at my gym. I never told him where I work out."))).map((f) => f.reasons).flat()).toContain('sensitive_request');
  });

  it('follow-ups: "So whoever calls— tomorrow at eight a.m., Hawaii time" read back; none from "I called about it on the twentieth" or "my autopay went through on the first"', () => {
    expect(followUpOf(["C: Okay, but listen, I'm in Kona for the winter. So whoever calls— tomorrow at eight a.m., Hawaii time. Not Arizona time.", 'A: Got it. Tomorrow at 8 a.m. Hawaii time, a sales manager calls you at this number about the missing quote.', 'C: Yes. Thank you.'], '2027-01-06T22:00:00Z', 'America/Phoenix')?.at).toBe('2027-01-07T18:00:00Z');
    expect(followUpOf(['C: I called about it on the twentieth. I called again on the twenty-sixth. Nobody called.', 'A: I understand.'], '2027-02-02T22:06:14Z', 'America/Los_Angeles')).toBeNull();
    expect(followUpOf(['C: Why did I get a late fee? My autopay went through on the first, I have the confirmation email.', "A: I'll waive the late fee."], '2027-01-19T23:20:51Z', 'America/New_York')).toBeNull();
  });

  it('joins and referrers: "Would you like to join?" - "I would." after the program was named; "Bea Lozano sent her your way" sent the caller\'s mother, not the caller; "close mine out" closes the file', () => {
    const join = callOf('C: There was a card in the welcome folder about the Neighbors program? Where you get money for sending people?', 'A: Yes, Harborlight Neighbors. Would you like to join?', 'C: I would. Half my street keeps asking me.');
    expect(detectJoinRequest(callerSentences(join), agentSentences(join), join)).not.toBeNull();
    const bea = rec({ type: 'member', id: 'mem-bea', firstName: 'Beatriz', lastName: 'Lozano', referralCode: 'BEA-77' });
    const index = new RecordIndex([bea]);
    expect(referrerInSpeech([{ text: "She got a quote from you guys, Bea Lozano sent her your way.", turn: 1 }], index, { firstName: 'Andrés', lastName: 'Márquez' }, null)).toBeNull();
    expect(referrerInSpeech([{ text: 'Bea Lozano sent me your way.', turn: 1 }], index, { firstName: 'Andrés', lastName: 'Márquez' }, null)?.member?.id).toBe('mem-bea');
    expect(detectNotInterested(callerSentences(callOf("C: We signed with SunPath last week. So you can go ahead and close mine out.")))).not.toBeNull();
  });
});

describe('sealed82 (opened after its first run)', () => {
  it('no opt-out in "No me llame ahorita" (now, not ever) or "the only reason I\'d tell you guys to stop calling is if you were pushy"; WhatsApp is a text', () => {
    expect(stops('C: Ahorita no, ahorita no, voy manejando. No me llame ahorita.').requested).toBe(false);
    expect(stops("C: You know, the only reason I'd tell you guys to stop calling is if you were pushy, and so far you haven't been.").requested).toBe(false);
    expect(scoped('C: Una: no quiero que me escriban por WhatsApp ni por mensaje de texto.')).toMatchObject({ requested: true, scope: 'sms' });
  });

  it('low fit: a "disconnection department" taking prepaid cards is spam; a recycled number getting someone else\'s texts is a wrong number', () => {
    expect(detectLowFit(callerSentences(callOf('C: Yes, this is the disconnection department at the electric company. To avoid disconnection you need to make a payment today. We accept prepaid cards.'))).spam).not.toBeNull();
    expect(detectLowFit(callerSentences(callOf("C: So I got a new phone number last month and I keep getting stuff from you guys for a Priscilla? I think the carrier recycled her old number and gave it to me."))).wrongNumber).not.toBeNull();
  });

  it('a roof walk booked for Monday at 8:30 is a follow-up', () => {
    expect(followUpOf(["C: And before anything's final I want your engineer to walk the roof with our facilities guy. Monday at eight-thirty in the morning works for us.", "A: Monday at 8:30 a.m. Central, a roof walk with your facilities manager. I'll get that on the calendar.", 'C: Perfect.'], '2027-02-03T16:20:00Z')?.at).toBe('2027-02-08T14:30:00Z');
  });
});
