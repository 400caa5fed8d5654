/**
 * The agent's confirmation of a removal (agentAcknowledgement.ts) and what it may do in the opt-out
 * decision (optOutDecision.ts): apply an opt-out the frames have no words for only when the call
 * model clearly reads one too, and keep an affirmed opt-out the model doubts.
 */
import { agentAcknowledgesOptOut } from '../../../domain/classify/agentAcknowledgement';
import { callerDoubtsAfter } from '../../../domain/classify/callerDoubt';
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { callerIdentity } from '../../../domain/identity';
import type { OptOutReading } from '../../../domain/classify/callModel';
import { weighOptOut } from '../../../domain/classify/optOutDecision';
import { makeCall, policy } from './helpers';

const ack = (turns: string[]) => agentAcknowledgesOptOut(makeCall({ turns }));

describe('agent acknowledgement of an opt-out', () => {
  it.each([
    [["C: Can you pull my email off all that?", "A: I can do that. I'll take your email address off our mailings. Texts are still okay?"], 'email'],
    [['C: Revoking consent. Calls, texts, emails.', "A: Understood. I'm recording that you've revoked consent for all calls, texts and emails from us."], 'all'],
    [['C: Yes. Please do that.', "A: Done. You won't be contacted by us again."], 'all'],
    [['C: Cut out the marketing stuff.', "A: Understood. I'll opt you out of marketing and promotional messages."], 'marketing'],
    [['C: Sí, ándele, hágame ese favor.', 'A: Con gusto. Ya no le volveremos a llamar.'], 'calls'],
    [['C: Que no me volváis a contactar.', 'A: Entendido. Registro su solicitud y la baja de todas las comunicaciones.'], 'all'],
    [['C: The phone calls, the emails, all of it.', "A: That's not rude at all. I'll make sure we stop contacting you through every channel."], 'all'],
    [["C: I'd be grateful if that was the last call.", "A: I understand completely. I'll make sure we don't call you again."], 'calls'],
    [['C: Correcto. Nada de nada.', 'A: Listo, Rosa. Ya la quité de todo. Disculpe la molestia.'], 'all'],
    [['C: No, mensajes de texto no, por favor.', 'A: Entendido, nada de mensajes de texto, todo por correo.'], 'sms'],
    [['C: Yes. That\'s exactly it.', "A: Done. I've noted that, and you won't get any more outreach from us."], 'all'],
    [['C: Email is great.', 'A: Understood, no texts. Email only.'], 'sms'],
    [['C: Los textos ya no, por favor.', 'A: Entendido, dejamos de mandarle mensajes de texto. ¿Las llamadas sí están bien?'], 'sms'],
    [['C: Right. Emails fine. Phone, no.', "A: Got it. I've noted that you don't want calls from us, and you'll keep getting the member emails."], 'calls'],
    [['C: Just no more sales and promo stuff.', "A: Makes sense. I've turned off all marketing contact and kept your account notices on."], 'marketing'],
    [['C: Phone, email, text, all of it. Please.', "A: I completely understand. I'll make sure you're not contacted again by phone, text or email."], 'all'],
    [['C: No, no, llamadas sí. Nomás los textos no.', 'A: Perfecto. Ya no le mandamos mensajes de texto, y las llamadas siguen igual.'], 'sms'],
  ])('confirms %j with scope %s', (turns, scope) => {
    expect(ack(turns)?.scope).toBe(scope);
  });

  it.each([
    [['C: Should I unsubscribe?', 'A: Do you want me to take you off our call list?']],
    [['C: Hold off, let me think.', "A: No problem. I won't take you off anything for now."]],
    [["C: Don't take me off the list.", "A: Of course, I'll keep you on our list."]],
    [['C: What does STOP do?', "A: If you reply STOP you won't get any more texts from us."]],
    [['A: Reply STOP to opt out of texts.', 'C: Okay.']],
  ])('is no confirmation in %j', (turns) => {
    expect(ack(turns)).toBeNull();
  });
});

describe('weighing an agent confirmation', () => {
  const none = { status: 'none' as const, scope: null, evidence: [] };
  const reading = (affirmed: number): OptOutReading => ({
    p: { affirmed, uncertain: (1 - affirmed) / 2, none: (1 - affirmed) / 2 },
    evidence: { turn: 1, text: 'Please make it so I hear nothing from you anymore.' },
  } as OptOutReading);
  const agentAck = { turn: 2, quote: "I'll make sure this number gets no more calls or messages from us.", scope: 'all' as const };
  const ctx = { lowFitHeard: false, lowFitCall: false, framesSawWords: false };

  it('applies words no frame lists when the model clearly reads an opt-out and the agent confirmed it', () => {
    const r = weighOptOut(none, reading(0.9), { ...ctx, agentAck });
    expect(r).toMatchObject({ status: 'affirmed', scope: 'all' });
    expect(r.evidence.map((e) => e.turn)).toEqual([1, 2]);
  });

  it('holds them without the confirmation, or when the model leans away from an opt-out', () => {
    expect(weighOptOut(none, reading(0.9), { ...ctx, agentAck: null }).status).toBe('uncertain');
    expect(weighOptOut(none, reading(0.45), { ...ctx, agentAck }).status).toBe('uncertain');
  });

  it('applies them when the model leans towards an opt-out, short of sure, and the agent confirmed it', () => {
    // "I'd just like this to be the last time anybody from Copperleaf reaches out to me." - "Yes. I'll
    // remove you from all of our outreach so nobody contacts you again." (the model read 0.6).
    expect(weighOptOut(none, reading(0.6), { ...ctx, agentAck }).status).toBe('affirmed');
    expect(weighOptOut(none, reading(0.6), { ...ctx, agentAck: null }).status).toBe('uncertain');
  });

  it('holds an affirmed opt-out the model clearly reads as a doubt, unless the agent confirmed it', () => {
    const affirmed = { status: 'affirmed' as const, scope: 'calls' as const, evidence: [{ turn: 1, quote: 'But first, enough with the calls, alright?' }] };
    const unsure = { ...reading(0.05), p: { affirmed: 0.05, uncertain: 0.9, none: 0.05 } };
    expect(weighOptOut(affirmed, unsure, { ...ctx, framesSawWords: true, agentAck: null }).status).toBe('uncertain');
    expect(weighOptOut(affirmed, unsure, { ...ctx, framesSawWords: true, agentAck }).status).toBe('affirmed');
    expect(weighOptOut(affirmed, reading(0.9), { ...ctx, framesSawWords: true, agentAck: null }).status).toBe('affirmed');
  });

  it('applies a held request the model reads as plain to the scope the agent confirmed', () => {
    const held = { status: 'uncertain' as const, scope: 'calls' as const, evidence: [{ turn: 1, quote: 'Is there a way to get off your call list?' }] };
    expect(weighOptOut(held, reading(0.9), { ...ctx, framesSawWords: true, agentAck })).toMatchObject({ status: 'affirmed', scope: 'all' });
    expect(weighOptOut(held, reading(0.9), { ...ctx, framesSawWords: true, agentAck: null })).toMatchObject({ status: 'affirmed', scope: 'calls' });
  });

  it('keeps an affirmed opt-out the model doubts when the agent confirmed it', () => {
    const affirmed = { status: 'affirmed' as const, scope: 'marketing' as const, evidence: [{ turn: 1, quote: 'unsubscribe me from the marketing' }] };
    const doubts = { ...reading(0.05), p: { affirmed: 0.05, uncertain: 0.05, none: 0.9 } };
    expect(weighOptOut(affirmed, doubts, { ...ctx, framesSawWords: true, agentAck }).status).toBe('affirmed');
    expect(weighOptOut(affirmed, doubts, { ...ctx, framesSawWords: true, agentAck: null }).status).toBe('uncertain');
  });
});

describe('a request the caller leaves open once the agent has answered', () => {
  const status = (turns: string[]) => {
    const call = makeCall({ turns: ['A: Thanks for calling.', ...turns] });
    return judgeByRules(call, { identity: callerIdentity(call), policy }).optOut.status;
  };

  it('is held, not applied', () => {
    const turns = ['C: The reminders, every week. Can I unsubscribe from this?', 'A: Those are separate. You can stay in the program and stop the reminders.'];
    expect(callerDoubtsAfter(makeCall({ turns }), 0)).toBe(false);
    expect(status([...turns, "C: Hmm. So maybe yes? I don't know. Let me look at my phone and I call you back."])).toBe('uncertain');
    expect(status([...turns, 'C: Yes, stop the reminders please.'])).toBe('affirmed');
  });

  it('an unsubscribe the caller undoes in the same turn is none', () => {
    expect(status(['C: Oh no, that was an accident! I hit unsubscribe instead. I do not want to be unsubscribed. Can you undo it?'])).toBe('none');
  });
});
