/**
 * Minimal pairs for rule 3: every opt-out has twins that change one thing (negation flipped,
 * speaker swapped, someone else's words, another company, channel swapped, hedged, past and
 * settled), and the classifier's answer must change with that one thing and nothing else.
 */
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { validateSignals, type OptOutStatus } from '../../../domain/classify/signals';
import { callerIdentity } from '../../../domain/identity';
import type { OptOutScope } from '../../../domain/plan';
import { makeCall, policy } from './helpers';

const GREETING = 'A: Thanks for calling Brightside Rewards, this is Ava.';

function judge(turns: string[]): { status: OptOutStatus; scope: OptOutScope | null } {
  const call = makeCall({ fromNumber: '+14155550101', turns: [GREETING, ...turns] });
  const { signals } = validateSignals(call, judgeByRules(call, { identity: callerIdentity(call), policy }));
  return { status: signals.optOut.status, scope: signals.optOut.scope };
}

interface Twin {
  change: string;
  turns: string[];
  status: OptOutStatus;
  scope?: OptOutScope;
}

interface Pair {
  base: string[];
  scope: OptOutScope;
  twins: Twin[];
}

const PAIRS: Pair[] = [
  {
    base: ['C: Please stop calling me.'],
    scope: 'calls',
    twins: [
      { change: 'negation flipped', turns: ["C: I'm not asking you to stop calling me, I just had a question about my rewards."], status: 'none' },
      { change: 'speaker swapped (the agent says it)', turns: ['C: Hi, quick question.', 'A: You can ask us to stop calling you at any time.', 'C: Good to know. How many referrals do I have?'], status: 'none' },
      { change: "someone else's words", turns: ['C: My husband told your guy to stop calling. That was him, not me. I want the demo.'], status: 'none' },
      { change: 'another company', turns: ['C: I told my bank to stop calling me, they call every day. Anyway, how does your referral program work?'], status: 'none' },
      { change: 'channel swapped', turns: ['C: Please stop texting me.'], status: 'affirmed', scope: 'sms' },
      { change: 'hedged', turns: ["C: Maybe just stop calling for now? I don't know."], status: 'uncertain' },
      { change: 'past and settled', turns: ['C: Back in the spring I asked you to stop calling me, and you did, thank you. Now I want to refer my cousin.'], status: 'none' },
    ],
  },
  {
    base: ['C: Take me off your list.'],
    scope: 'all',
    twins: [
      { change: 'negation flipped', turns: ["C: Don't take me off your list, I like the updates."], status: 'none' },
      { change: "someone else's words", turns: ['C: My wife wants you to take her off your list, but I want to stay on it.'], status: 'none' },
      { change: 'another company', turns: ["C: I spent an hour getting off another company's list today. You guys I actually want to hear from."], status: 'none' },
      { change: 'a robocall menu', turns: ['C: This is an important message about your account. To be removed from our list, press 9 now.'], status: 'none' },
      { change: 'condition about the future', turns: ["C: If you call me during dinner again, I'll ask you to take me off your list."], status: 'none' },
    ],
  },
  {
    base: ['C: Unsubscribe me from your emails, please.'],
    scope: 'email',
    twins: [
      { change: 'negation flipped', turns: ["C: I don't want to unsubscribe from your emails, I just changed my address."], status: 'none' },
      { change: 'a message quoted', turns: ["C: I got a text that said reply STOP to opt out, and I want to be clear, I don't want that."], status: 'none' },
      { change: 'channel swapped', turns: ['C: Unsubscribe me from your texts, please.'], status: 'affirmed', scope: 'sms' },
    ],
  },
  {
    base: ['C: No me llamen más, por favor.'],
    scope: 'calls',
    twins: [
      { change: 'negation flipped (Spanish)', turns: ['C: No, no me borren de la lista, yo sí quiero seguir.'], status: 'none' },
      { change: 'channel swapped (Spanish)', turns: ['C: No me manden más mensajes, por favor.'], status: 'affirmed', scope: 'sms' },
      { change: 'hedged (Spanish)', turns: ['C: La verdad ya no sé si quiero que me sigan llamando.'], status: 'uncertain' },
    ],
  },
  {
    base: ['C: You call a lot.', 'A: Would you like me to stop these calls?', 'C: Yes, please.'],
    scope: 'calls',
    twins: [
      { change: 'the offer refused', turns: ['C: You call a lot.', 'A: Would you like me to stop these calls?', "C: No, no, it's fine, keep them coming."], status: 'none' },
      { change: 'the offer answered with a doubt', turns: ['C: You call a lot.', 'A: Would you like me to stop these calls?', "C: Uh, maybe. I'll think about it."], status: 'uncertain' },
    ],
  },
  {
    base: ['C: Buenas tardes. Quiero que me saquen de la lista, por favor.'],
    scope: 'all',
    twins: [
      { change: 'negation flipped (Spanish)', turns: ['C: Buenas tardes. Yo no quiero que me saquen de la lista, ¿eh? Quiero seguir recibiendo las promociones.'], status: 'none' },
      { change: 'another company (Spanish, a request made to it)', turns: ['C: Buenas tardes. Ya le pedí a Clover que me sacara de su lista de correos, y por eso quiero ver su sistema.'], status: 'none' },
    ],
  },
  {
    base: ['C: Hi, it is about the texts. Could you take me off the text list?'],
    scope: 'sms',
    twins: [
      { change: 'cut off before the object', turns: ['C: Hi, it is about the texts. Could you take me off the', 'A: Sorry, you cut out. Take you off the what?'], status: 'uncertain' },
      { change: 'the line broke on the object', turns: ['C: Hi, it is about the texts. Could you take me off the [inaudible] ... hello?', 'A: Sorry, you are breaking up.'], status: 'uncertain' },
      { change: 'an address instead of "me"', turns: ['C: Hi, it is about the texts. Could you please remove deb@lindqvistyarns.com from your mailing list?'], status: 'affirmed', scope: 'email' },
    ],
  },
  {
    base: ['C: Please take me off your list.'],
    scope: 'all',
    twins: [
      { change: 'the caller says there is no need', turns: ["C: We went with another vendor, so close it out. And no offence, you don't need to take me off any list or anything."], status: 'none' },
    ],
  },
  {
    base: ["C: Please don't call me at this number anymore."],
    scope: 'calls',
    twins: [
      { change: 'another number given: a number change', turns: ["C: Please don't call me at this number anymore. It's the front desk at my office. Use my cell instead.", "A: What's the cell?", 'C: Four-oh-four, five-five-five, oh-five-oh-one.'], status: 'none' },
    ],
  },
  {
    base: ['C: Can you guys stop calling me?'],
    scope: 'calls',
    twins: [
      { change: 'a name, not a phone call', turns: ["C: Can you guys stop calling me 'Mr. Webb' in the texts? Marcus is fine. I've got a referral for you."], status: 'none' },
      { change: "someone else's contact", turns: ['C: I want a quote for the booking app. Mainly I want people to stop DMing me at midnight.'], status: 'none' },
      { change: "a relative's words the caller overrules", turns: ["C: My husband picked up my phone yesterday and I heard him go, 'she's not interested, stop calling.' Not his call to make. I am interested."], status: 'none' },
      { change: 'said to another company', turns: ["C: I just got off the phone with another scheduling company where I had to tell them, 'stop calling me, I'm serious.' Anyway, what do you cost?"], status: 'none' },
    ],
  },
  {
    base: ["C: Don't call me."],
    scope: 'calls',
    twins: [
      { change: 'a time of day, and the request denied', turns: ["C: Don't call me during business hours, and that's not me saying don't call me at all, I am interested."], status: 'none' },
    ],
  },
  {
    base: ['A: Would you like me to stop these calls?', 'C: Yes. Please.'],
    scope: 'calls',
    twins: [
      { change: 'an opener before the yes, and a channel added', turns: ['A: Would you like me to stop these calls?', 'C: You know what? Yes. Please. And the texts too, while you are at it.', "A: Of course. I'll stop both the calls and the text messages."], status: 'affirmed', scope: 'all' },
      { change: 'the answer is no', turns: ['A: Would you like me to stop these calls?', "C: You know what? No, they're fine."], status: 'none' },
    ],
  },
  {
    base: ['C: I got another text this morning about the summer bonus thing. Just take me off the list.'],
    scope: 'all',
    twins: [
      { change: 'taken back in the next turn', turns: ['C: I got another text this morning about the summer bonus thing, and I was gonna say just take me off the list.', 'A: Okay, I can—', 'C: No. No, wait. Scratch that. Then leave me on, I have a referral for you.'], status: 'none' },
      { change: 'cut off before the object, after a filler', turns: ['C: I love you guys, but honestly, can you just take me off the, uh—'], status: 'uncertain' },
      { change: 'a vendor describing what it does', turns: ["C: Brandon with ScrubRight Compliance. We catch all of them, and we scrub your lists against the national registry daily. Who handles compliance?"], status: 'none' },
    ],
  },
  {
    base: ['C: Quiero que me den de baja, por favor.'],
    scope: 'all',
    twins: [
      { change: 'the removal refused', turns: ['C: ¡No me den de baja! Al contrario, le quiero referir a mi prima.'], status: 'none' },
      { change: 'the removal refused, in English', turns: ["C: Don't take me off anything, I actually want to refer my cousin."], status: 'none' },
    ],
  },
  {
    base: ['C: Unsubscribe me from the texts, please.'],
    scope: 'sms',
    twins: [
      { change: "someone else's act", turns: ["C: A bunch of my students' parents replied STOP to the session reminders and now they miss sessions."], status: 'none' },
      { change: "someone else's act, in Spanish", turns: ['C: Mis pacientes se están dando de baja de los recordatorios por texto, ¿cómo lo arreglo?'], status: 'none' },
      { change: 'the feature, not a request', turns: ["C: I can't find where the unsubscribe footer is set on my patient texts."], status: 'none' },
    ],
  },
  {
    base: ["C: So if it's all the same to you, I'd just as soon not get those phone calls anymore."],
    scope: 'calls',
    twins: [
      { change: 'a real condition', turns: ["C: If you keep calling at dinner, I'd just as soon not get those phone calls anymore."], status: 'none' },
    ],
  },
  {
    base: ['C: Y otra cosa: los emails, ya no me los manden.'],
    scope: 'email',
    twins: [
      { change: 'the removal refused', turns: ['C: Y otra cosa: los emails, no me den de baja de esos, me sirven.'], status: 'none' },
    ],
  },
  {
    base: ['C: Stop calling me. Please.'],
    scope: 'calls',
    twins: [
      { change: "the agent's words echoed and refused", turns: ['A: If you would rather we stopped calling, just tell me.', 'C: Stop calling? No, no. Please keep calling. We have four clinics.'], status: 'none' },
      { change: 'a time of day', turns: ["C: Don't let them call me at one my time, I'll be in the car. Three works."], status: 'none' },
      { change: "a relative's words, in Spanish", turns: ["C: Y ella me dijo: 'diles que a mí ya no me llamen, que yo no tengo nada que ver con tu empresa'. Pero yo sí quiero la cita."], status: 'none' },
      { change: 'a waitlist, not a contact list', turns: ["C: I'm on your waitlist for the partner program and I'd like you to take me off the waitlist. I'm ready to join."], status: 'none' },
    ],
  },
  {
    base: ['C: Take me off your list, please.'],
    scope: 'all',
    twins: [
      { change: 'cut off with "hold on"', turns: ['C: Yeah, hi, I want to be taken off the— hold on. Is this Mesa Shop Supply?', 'A: No, this is Quillstone Payroll.', 'C: Oh, sorry, wrong company.'], status: 'none' },
      { change: "a customer's question", turns: ['C: One of my regulars asked me yesterday how to unsubscribe from those. Where do I send them?'], status: 'none' },
      { change: 'a journalist about requests', turns: ["C: I'm working on a piece about how companies handle 'stop calling me' requests. Could I ask a few questions?"], status: 'none' },
      { change: 'a class project on the law', turns: ["C: I'm doing a class project on consumer opt-out laws? What happens when someone asks?"], status: 'none' },
      { change: 'a place, not contact', turns: ["C: Look, don't call me here at the shop, okay? Call my cell after five."], status: 'none' },
      { change: 'a removal refused', turns: ["C: And before you ask, no, I don't want off the newsletter or anything, I actually read those."], status: 'none' },
      { change: "a robocall's listing, not the caller", turns: ['C: Our records show your listing may be unverified and could be removed from search results. Press two to speak with a specialist.'], status: 'none' },
      { change: 'said politely', turns: ["C: You've all been very nice, but I'd prefer not to be contacted by your company going forward."], status: 'affirmed', scope: 'all' },
      { change: 'said politely, one channel', turns: ["C: I'd prefer not to be called, email is fine."], status: 'affirmed', scope: 'calls' },
      { change: 'said politely, with gratitude', turns: ["C: I'd be grateful if your company stopped reaching out to me altogether. The phone calls, the emails, the little postcards, all of it."], status: 'affirmed', scope: 'all' },
      { change: "another company's do-not-call list, named", turns: ["C: 'Cause I've told SunHarvest to put me on their do-not-call list twice now and they still call."], status: 'none' },
      { change: 'a day refused, another given', turns: ["C: Okay, don't call me Friday. Call me Tuesday at eleven."], status: 'none' },
      { change: 'a schedule, not a list', turns: ["C: So you can take me off the maintenance schedule, I won't be the one paying for it anymore."], status: 'none' },
      { change: "a data broker's own scrubbing", turns: ['C: Everybody on it opted in, and we scrub against the national do-not-call list every thirty days.'], status: 'none' },
      { change: "out of the other company's service", turns: ["C: No, no, we're with the other guys. I want out. How fast can you switch us over?"], status: 'none' },
      { change: 'out of ours', turns: ['C: I want out. Take me off your list.'], status: 'affirmed', scope: 'all' },
      { change: 'a line closed, in Spanish', turns: ['C: El de antes ya no es mío, lo di de baja.'], status: 'none' },
      { change: 'a case a vendor describes', turns: ["C: So, every time a homeowner says 'take me off your list' or texts STOP, the clock's ticking on you."], status: 'none' },
      { change: 'a plan given up', turns: ["C: I was going to have you take me off because I never use the thing, but Declan says there's a reward."], status: 'none' },
      { change: 'the plan kept', turns: ['C: I never use the thing. Take me off.'], status: 'affirmed' },
      { change: 'an address kept, not contact made', turns: ["C: You have my address from the paperwork and I don't want it sitting in your marketing systems."], status: 'none' },
      { change: 'the last call, wished for', turns: ["C: I know y'all mean well. But I'd be grateful if that was the last call I ever got from y'all."], status: 'affirmed', scope: 'calls' },
      { change: 'the last thing, not a call', turns: ["C: I'd be grateful if that was the last thing we needed to sign."], status: 'none' },
      { change: 'the polite wish, someone else\'s', turns: ["C: My husband said he'd prefer not to be contacted. I want the demo."], status: 'none' },
      { change: "a referral's request passed on, in Spanish", turns: ["C: El señor Ramón Vidal me pidió que les dijera que ya no le estén llamando. Me dijo, 'Rosa, diles que ya no me llamen'. Yo nomás le paso el recado."], status: 'none' },
      { change: 'the same, the caller\'s own', turns: ['C: Ya les dije que ya no me llamen.'], status: 'affirmed', scope: 'calls' },
      { change: "anyone's words in a vendor's pitch", turns: ["C: Anybody who's ever said 'stop calling me' or texted STOP, never dialed again."], status: 'none' },
      { change: 'a work number refused, this cell kept, in Spanish', turns: ['C: Y una cosa: a mi número del trabajo no me marquen, que ahí no puedo contestar. A este celular sí, a este cuando quieran.'], status: 'none' },
      { change: 'the same, no number kept', turns: ['C: Y una cosa: no me marquen, que no puedo contestar.'], status: 'affirmed', scope: 'calls' },
      { change: 'other people the caller will not be like', turns: ["C: Call whenever. I'm not gonna be one of those guys who yells at you to stop calling, I actually want the numbers."], status: 'none' },
      { change: 'a supposition', turns: ['C: Say, down the road, I wanted the texts to stop. How would I do that?'], status: 'none' },
      { change: 'the same, said now', turns: ['C: I want the texts to stop.'], status: 'affirmed', scope: 'sms' },
      { change: 'a past request, honoured', turns: ['C: So, funny story, back in the spring I called and asked you to stop emailing me so much, and you actually did. Anyway, I have a referral.'], status: 'none' },
      { change: 'a past request, honoured by "them"', turns: ["C: So, last spring I asked your folks to stop texting me, and they did, so, credit where it's due. I want to talk about a battery."], status: 'none' },
      { change: 'a condition, in Spanish', turns: ['C: Pero le advierto una cosa: si me empiezan a llamar a cada rato, los bloqueo y me doy de baja, eh.'], status: 'none' },
      { change: 'the same, said now, in Spanish', turns: ['C: Ya me doy de baja, no me llamen más.'], status: 'affirmed', scope: 'calls' },
      { change: 'a survey question about others', turns: ['C: Like, question one: how many people a month ask to opt out?'], status: 'none' },
      { change: 'told to another company, in Spanish', turns: ['C: Porque los de la alarma me llamaban diario, y la semana pasada ya les dije: basta, no me vuelvan a llamar.'], status: 'none' },
      { change: 'the same, to us', turns: ['C: Porque ya les dije: basta, no me vuelvan a llamar.'], status: 'affirmed', scope: 'calls' },
      { change: "a patient's words quoted to the front desk", turns: ["C: One patient came in this morning quite cross about it, told my front desk 'I've unsubscribed three times'."], status: 'none' },
      { change: "the caller's own tries", turns: ['C: I replied STOP to your texts twice and they keep coming.'], status: 'affirmed', scope: 'sms' },
      { change: "a vendor's product features", turns: ['C: So we are an SMS platform built for schools. We handle STOP keywords, unsubscribes, opt-out logs, all automatic.'], status: 'none' },
      { change: "a vendor's product, in other words", turns: ['C: So we help small businesses stay compliant with unsubscribe and opt-out requests on SMS.'], status: 'none' },
      { change: 'the same vendor asking for itself', turns: ['C: We handle SMS compliance. And honestly, please take me off your list too.'], status: 'affirmed' },
      { change: "a robocall's profile, several words away", turns: ['C: Our records show your Google business profile has not been verified and may be removed from search results within twenty-four hours. Press one now.'], status: 'none' },
      { change: 'a compliance notice read out', turns: ["C: The text says 'You earned fifty dollars. Reply STOP to opt out.' And I'm not replying stop, I want to know what the fifty is."], status: 'none' },
      { change: 'asked whether they must', turns: ['C: Do I need to, like, unsubscribe or something to stop getting the weekly partner reminders?'], status: 'uncertain' },
      { change: "referred people's act", turns: ['C: Two of the people I referred told me they tried to unsubscribe from your emails and the link goes to a page-not-found.'], status: 'none' },
      { change: 'the national registry, not us', turns: ["C: Now, I should tell you, I'm on that national Do Not Call registry. But call me, I want the quote."], status: 'none' },
      { change: 'a time of day after "me"', turns: ['C: Stop calling me in the mornings. Evenings are fine.'], status: 'none' },
    ],
  },
  {
    base: ['C: Por favor, ya no me llamen y quítenme de su lista.'],
    scope: 'all',
    twins: [
      { change: 'done with another company', turns: ['C: Mire, ya me di de baja de NóminaFácil, los de antes. Ahora quiero la demostración.'], status: 'none' },
      { change: 'a thing closed', turns: ['C: Firmé lo de la instalación y quiero darla de baja.'], status: 'none' },
      { change: 'a belief, not a request', turns: ['C: Oiga, pensé que ya me habían quitado de la lista porque nadie me llamó. Sí me interesa.'], status: 'none' },
      { change: 'said as "no me marquen"', turns: ['C: Ya no me marquen nada, por favor.'], status: 'affirmed', scope: 'calls' },
    ],
  },
  {
    base: ["C: I'd rather not get your emails."],
    scope: 'email',
    twins: [
      { change: 'what is declined is telling, not contact', turns: ["C: Oh, I'd rather not say the email, I use like four."], status: 'none' },
      { change: 'what is declined is a guess, the emails come after', turns: ["C: Um. A friend. I'd rather not guess, I'll look at my emails tonight."], status: 'none' },
      { change: 'enough said of what the caller gets, not asked to stop', turns: ["C: I'd rather not give out the email on the phone, I get enough junk. When could you start?"], status: 'none' },
    ],
  },
  {
    base: ['C: I want to unsubscribe from your emails.'],
    scope: 'email',
    twins: [
      { change: 'a kind of call, denied', turns: ["C: Okay so, this is going to sound like an unsubscribe call but it isn't. Can you switch my email to the new one?"], status: 'none' },
      { change: 'the link asked about, quoted', turns: ["C: There's an 'unsubscribe' link at the bottom of your emails. If I clicked it, would that mess up my friend's reward?"], status: 'none' },
      { change: "other people's wish, asked about", turns: ["C: I'm a student doing a paper. Do you get a lot of people asking to be taken off lists?"], status: 'none' },
    ],
  },
  {
    base: ["C: So I'd like off. Off everything. Calls, texts, the emails, all of it, please."],
    scope: 'all',
    twins: [
      { change: 'off a call, not a list', turns: ["C: I'd like off the phone now, my bus is here. Call me tomorrow?"], status: 'none' },
      { change: 'consent revoked, said plainly', turns: ['C: I revoke my consent. Calls, texts, email. All of it.'], status: 'affirmed', scope: 'all' },
      { change: "everyone's words, in a reporter's story", turns: ["C: I'm a reporter working on a piece about do-not-call complaints. People saying 'stop calling me' and the calls just keep coming."], status: 'none' },
    ],
  },
  {
    base: ["C: Please, I never want to hear from you again."],
    scope: 'all',
    twins: [
      { change: 'the never negated', turns: ["C: My husband keeps saying 'just tell them to lose our number', but I'm not saying that. I don't want to never hear from you. I want somebody to come fix my roof."], status: 'none' },
      { change: 'quoted to be denied', turns: ["C: We signed with another installer. And this isn't a 'never call me again' thing, if we add batteries I'd probably call you."], status: 'none' },
      { change: "the agent's offer echoed and refused", turns: ['C: Yeah?', "A: If you'd rather we not call, I can take you off our list.", "C: Take me off? No, why would— no. I'm interested. I'm just slammed this week."], status: 'none' },
    ],
  },
  {
    base: ["C: We're not doing solar. And I'd appreciate it if you folks didn't call this number again."],
    scope: 'calls',
    twins: [
      { change: 'said to a child in the room, named', turns: ["C: Hi, my friend Mei Lin told me to call, she's got panels from you and— Theo. Theo! Stop it. Stop. Put that down right now. Sorry. I'd like a quote."], status: 'none' },
      { change: "someone else's texts", turns: ["C: Calls are fine. I get enough texts from my suppliers. My coworker wants a quote, though."], status: 'none' },
      { change: 'texts wanted back', turns: ['C: Hi, I think I messed up with your reminders.', 'A: What happened?', 'C: Just get the texts going again.'], status: 'none' },
      { change: 'a question about the removal, in Spanish', turns: ['C: Oiga, me llegó un mensaje de ustedes.', 'A: ¿Qué dice el mensaje?', '¿Me están dando de baja?'.replace(/^/, 'C: ')], status: 'none' },
      { change: 'a number changed, said in fragments', turns: ["C: One minute. But first: don't call this number anymore. This is my office line.", 'A: Would you like us to stop calling you altogether, or reach you somewhere else?', 'C: Somewhere else. My cell. Seven oh two, five five five, oh one eight eight. Calls are fine, just not here.'], status: 'none' },
      { change: 'a plan given up, its "but" in the next sentence', turns: ["C: I was about to ask you to take me off the email list because nothing's been coming through. But the real problem is you've got my old email. Keep me on."], status: 'none' },
      { change: "a customer's words in a vendor's pitch", turns: ["C: So we're a compliance platform. When a customer texts STOP or says 'take me off your list' on a call, we capture that across every channel."], status: 'none' },
      { change: 'a question about who handles opt-outs', turns: ['C: Hi, Brooke with OptGuard. Quick question: who handles opt-out and do-not-call compliance over there?'], status: 'none' },
      { change: 'a question about the words, quoted', turns: ["C: I'm writing a paper on opt-outs. Do you treat 'stop calling me' differently from 'unsubscribe me'?"], status: 'none' },
      { change: 'told to another company the turn names', turns: ["C: Otra compañía, Solarix, me estuvo llamando tres veces al día. Y ayer por fin les dije 'bórrenme de su lista, no me vuelvan a llamar', y ya. Pero ustedes no, ¿eh?"], status: 'none' },
    ],
  },
  {
    base: ['C: No, mensajes de texto no, por favor. Ese celular es del trabajo. Nada de textos. Por correo todo.'],
    scope: 'sms',
    twins: [
      { change: 'texts welcome, the calls refused', turns: ['C: Mensajes de texto sí, por favor. Nada de llamadas, que estoy en el trabajo.'], status: 'affirmed', scope: 'calls' },
    ],
  },
  {
    base: ["C: I'm trying to simplify. So I'd like this to be the last time anyone from Brightside contacts me. By any means."],
    scope: 'all',
    twins: [
      { change: "a husband's wish, refused", turns: ["C: So my husband has been after me to unsubscribe from you folks. No, let me finish. I'm not unsubscribing. I want the roof looked at."], status: 'none' },
      { change: 'quoted words naming a kind of message', turns: ["C: We help companies handle opt-outs. Most companies miss like one in twenty 'stop texting me' messages."], status: 'none' },
      { change: 'the offer declined, not contact', turns: ["C: We're selling the ranch. So count me out, no sense putting panels on a place I won't own by fall."], status: 'none' },
    ],
  },
  {
    base: ["C: I'd like to see a demo. And one thing, please: no text messages. I mean it. Email's fine."],
    scope: 'sms',
    twins: [
      { change: 'asked as a question', turns: ['C: Can you just not text me anymore? At all.'], status: 'affirmed', scope: 'sms' },
      { change: 'a part of the day refused, not the calls', turns: ["C: Please don't call in the afternoon anymore. Mornings, yes. Before eleven."], status: 'none' },
    ],
  },
  {
    base: ['C: I know the drill. Knock off the marketing. All of it. Just no more sales and promo stuff.'],
    scope: 'marketing',
    twins: [
      { change: 'another company\'s marketing', turns: ["C: My bank keeps hitting me with promos. I told them to knock off the marketing. Anyway, I want a quote."], status: 'none' },
    ],
  },
  {
    base: ['C: Una: los textos. Me llegan mensajes de ustedes todo el día. Los textos ya no, por favor.'],
    scope: 'sms',
    twins: [
      { change: 'the national registry, named without "national"', turns: ["C: I'm on the Do Not Call registry, and I've been getting aggressive calls from some outfit called SunBridge. Not you! You guys I actually want to talk to."], status: 'none' },
      { change: 'a plan named after a break', turns: ["C: I'd like to unsubscribe from the— what's it called, SunWatch? The monitoring plan. The fourteen ninety-nine a month."], status: 'none' },
      { change: 'a waiting list, not a contact list', turns: ['C: Pues, sáquenme de la lista de espera de la instalación, por favor. Nos vamos a mudar.'], status: 'none' },
      { change: 'how to stop, asked and then let go', turns: ["C: Hi, um, so is there a way to get off the text thing? My friend signed me up, I think.", 'A: I can help with that. Can I get your name?', "C: Actually, you know what, never mind. It's fine. Maybe I'll want it later."], status: 'uncertain' },
    ],
  },
  {
    base: ["C: I want off whatever list I'm on."],
    scope: 'all',
    twins: [
      { change: 'hedged, and put off until the wife is asked', turns: ["C: So, I think I want off whatever list I'm on. But let me check with her first."], status: 'uncertain' },
    ],
  },
  {
    base: ["C: I'm unsubscribing."],
    scope: 'all',
    twins: [
      { change: 'a condition whose clause holds a clock time', turns: ["C: Just so you know, if you call me one more time after nine p.m., I'm unsubscribing."], status: 'none' },
    ],
  },
  {
    base: ['C: I want out.'],
    scope: 'all',
    twins: [
      { change: 'out of a plan: a cancellation', turns: ['C: I want out. I want to cancel the maintenance plan.'], status: 'none' },
      { change: 'out of what, said in the next turn', turns: ["C: I signed with your rep on Saturday, and I've slept on it twice now, and I want out.", 'A: Okay. Just so I understand.', "C: Out of the contract. The installation contract. Not, like, out of everything, you can still email me."], status: 'none' },
    ],
  },
  {
    base: ['C: Please stop the texts.'],
    scope: 'sms',
    twins: [
      { change: "what other people's calls are for", turns: ['C: This is going to sound backwards, I know usually people call to make the texts stop. I want them back.'], status: 'none' },
      { change: 'had done last spring, and settled', turns: ['C: So last spring I had you folks stop the texts. You did. That got handled. Now I want them back on.'], status: 'none' },
    ],
  },
  {
    base: ['C: Ya no me llamen, por favor.'],
    scope: 'calls',
    twins: [
      { change: 'a time of day refused, not the calls', turns: ['C: Ya no me llamen a las ocho de la mañana, por favor. Mejor por la tarde.'], status: 'none' },
    ],
  },
  {
    base: ['C: Quítenme de los textos, por favor.'],
    scope: 'sms',
    twins: [
      { change: 'the mails instead of the texts', turns: ['C: Quítenme de los correos, por favor.'], status: 'affirmed', scope: 'email' },
      { change: 'a removal refused', turns: ['C: No me vayan a quitar de los textos, ¿eh? Me gustan.'], status: 'none' },
    ],
  },
  {
    base: ['C: Oiga, quíteme de la lista, por favor.'],
    scope: 'all',
    twins: [
      { change: 'taken back in the same breath and the next turn', turns: ['C: Oiga, quíteme de la lista... ay, no, espéreme. Mejor no.', 'A: ¿Entonces no quiere que lo quitemos?', 'C: No, no me quite. Ya mejor sí quiero que vengan a ver el techo.'], status: 'none' },
    ],
  },
  {
    base: ['C: Sáquenme de todas sus listas, por favor. De todo.'],
    scope: 'all',
    twins: [
      { change: 'another company, by its name', turns: ['C: A los de Energía Solar del Sur les tuve que decir que me borraran de su lista, me tenían loco. Ustedes no, ¿eh? Quiero una cotización.'], status: 'none' },
    ],
  },
  {
    base: ['C: Quiero que me den de baja de la lista, por favor.'],
    scope: 'all',
    twins: [
      { change: 'the thing is closed, not the caller', turns: ['C: Ya lo platiqué con mi hija y lo vamos a dar de baja, el sistema no nos sirve.'], status: 'none' },
      { change: 'a service given up for the caller ("dénmelo")', turns: ['C: Vendimos la casa, entonces el mantenimiento semanal ya no lo vamos a ocupar. Dénmelo de baja a partir de mayo. Pero del club no me salgo, ¿eh?'], status: 'none' },
    ],
  },
  {
    base: ['C: I replied STOP to your texts. Please stop texting me.'],
    scope: 'sms',
    twins: [
      { change: 'a past act undone later in the call', turns: ['C: I replied STOP to your thread instead of my pharmacy one.', 'A: Would you like to start receiving our texts again?', 'C: Yes, please. Put me back on.'], status: 'none' },
    ],
  },
  {
    base: ['C: I revoke consent. Phone, text, email, mail. Any channel.'],
    scope: 'all',
    twins: [
      { change: 'revoked for the texts alone, the object naming its channel', turns: ["C: I'm calling to revoke my consent to receive text messages from you. Effective immediately."], status: 'affirmed', scope: 'sms' },
      { change: "'calling to' does not name the channel", turns: ["C: I'm calling to formally revoke any consent I may have given your company to contact me."], status: 'affirmed', scope: 'all' },
    ],
  },
  {
    base: ["C: I want to unsubscribe from your emails."],
    scope: 'email',
    twins: [
      { change: "an email's own words, quoted, and the removal refused", turns: ["C: So I got an email from you guys saying 'update your preferences or unsubscribe', and I want to be really clear: I do not want to unsubscribe. I need my email changed."], status: 'none' },
      { change: "a page's own words, quoted", turns: ["C: Every time I tap the button it sends me to a page that says 'You have been unsubscribed.' I have NOT unsubscribed. I just want to see my referrals."], status: 'none' },
    ],
  },
  {
    base: ['C: Stop calling me.'],
    scope: 'calls',
    twins: [
      { change: "what the caller had to say to another company's call list", turns: ["C: Fair warning, I'm gun-shy. I spent all of last month getting myself taken off Brightcell Energy's call list. I literally had to say 'stop calling me' like a dozen times. Anyway, I'd like a quote."], status: 'none' },
      { change: 'the person asked for, on a wrong number', turns: ["C: There's no Hollis here. Just fix your records so you stop asking for Hollis."], status: 'none' },
      { change: 'the recordings of calls deleted, a privacy request', turns: ["C: I'm making a CCPA request. Delete the recordings of my calls. And I'm not asking you to stop contacting me or anything."], status: 'none' },
    ],
  },
  {
    base: ['C: Ya no me llamen, por favor. Quítenme de su lista.'],
    scope: 'all',
    twins: [
      { change: "a student's case, anyone's words quoted", turns: ["C: Soy estudiante. Estoy investigando cómo las empresas manejan cuando un cliente dice 'ya no me llamen' o 'quítenme de su lista'. ¿Ustedes qué hacen?"], status: 'none' },
    ],
  },
  {
    base: ['C: No más marketing, por favor. Solo los avisos de mis pagos.'],
    scope: 'marketing',
    twins: [
      { change: 'the service, not the marketing', turns: ['C: Ya no más mantenimiento, vendimos la casa. Del programa no me salgo.'], status: 'none' },
    ],
  },
  {
    base: ['C: Le agradecería mucho que ya no me contactaran. Para nada.'],
    scope: 'all',
    twins: [
      { change: 'the texts named as its object', turns: ['C: Le agradecería muchísimo que ya no me mandaran mensajes de texto. Las llamadas sí.'], status: 'affirmed', scope: 'sms' },
      { change: 'a polite "y si puede", no condition', turns: ['C: Sí, y si puede, quíteme de la lista. De todo.'], status: 'affirmed', scope: 'all' },
      { change: 'a card given up, not the caller', turns: ['C: Quiero dar de baja una tarjeta. Se me venció y el banco me mandó otra.'], status: 'none' },
      { change: "a what-if, then the agent's offer met with a yes taken back", turns: ['C: Oiga, ¿y si ya no quiero que me llamen?', 'A: Con gusto lo quito de la lista. ¿Quiere que lo quite?', 'C: Sí... bueno, espérese. ¿Pierdo los puntos que ya tengo?'], status: 'uncertain' },
      { change: "the agent's notice in a condition, and the caller answers the question after it", turns: ['C: Hola.', 'A: Si en algún momento prefiere que no le llamemos más, nada más dígamelo. ¿Hablo con Luis Herrera?', 'C: Sí, él habla. ¿De la panadería?'], status: 'none' },
    ],
  },
  {
    base: ['C: Hi.', 'A: Would you like us to reach out less often, or take you off the list entirely?', 'C: Yes, please.'],
    scope: 'all',
    twins: [
      { change: 'the removal picked out of two offers', turns: ['C: We shelved the whole thing.', 'A: Would you like us to reach out less often, or take you off the list entirely?', 'C: Entirely. Off. Off the list.'], status: 'affirmed', scope: 'all' },
      { change: 'neither offer taken', turns: ['C: We shelved the whole thing.', 'A: Would you like us to reach out less often, or take you off the list entirely?', 'C: Neither. Keep me on, I still want the updates.'], status: 'none' },
    ],
  },
  {
    base: ['C: Please stop calling here.'],
    scope: 'calls',
    twins: [
      { change: 'the calls are for someone else, on a wrong number', turns: ["C: I was never on your list. Just fix your records so you stop calling here for Luis."], status: 'none' },
      { change: 'asked whether we will call, not asked to stop', turns: ["C: Just pricing for a two-story roof. And, like, whether you guys are gonna call me every day too."], status: 'none' },
      { change: 'how the national registry is used, asked by a student', turns: ["C: I'm doing a class project. Do you guys check the national do-not-call registry?"], status: 'none' },
    ],
  },
  {
    base: ["C: Please don't email me anymore."],
    scope: 'email',
    twins: [
      { change: 'an old address retired for a new one', turns: ["C: You've been sending stuff to my old work email. So please don't email that address anymore. Use gwen dot talbot at icloud dot com."], status: 'none' },
    ],
  },
  {
    base: ['C: Your reminder texts. Can you make them stop?'],
    scope: 'sms',
    twins: [
      { change: 'a fault stopped, not the texts', turns: ["C: Your reminder texts? I'm getting every one of them three times. Can you make it stop doing that? I want the reminder, I just want it once."], status: 'none' },
    ],
  },
  {
    base: ['C: Stop texting me.'],
    scope: 'sms',
    twins: [
      { change: 'the keyword named in a pitch, not sent', turns: ['C: So we help solar companies like yours scrub against the registry in real time. Opt-outs, STOP keywords on SMS, revocation requests, all automated.'], status: 'none' },
    ],
  },
  {
    base: ['C: Please stop bugging me.'],
    scope: 'all',
    twins: [
      { change: "the agent's promise pictured, then the request denied", turns: ["C: And look, before you do the thing where you apologize and promise to stop bugging me: I am not asking to get off your calls."], status: 'none' },
    ],
  },
  {
    base: ['C: Please stop calling me.'],
    scope: 'calls',
    twins: [
      { change: 'the house line changed for this cell', turns: ["C: I'm away this week. So don't call the house, call this cell, and do it tomorrow at four."], status: 'none' },
      { change: "a staff member's words quoted, then said again in outrage", turns: ["C: When I called, the man told me, and I am quoting him, Ma'am, stop calling the office, it has been logged. Stop calling! I am the customer!"], status: 'none' },
    ],
  },
  {
    base: ['C: Put me on your do-not-call list.'],
    scope: 'calls',
    twins: [
      { change: "another company's list, and the caller clears us", turns: ["C: Just so you know, I put myself on the do-not-call list for Sunvara, they were calling twice a day. That's them, not you. You guys are fine."], status: 'none' },
    ],
  },
  {
    base: ['C: I need to unsubscribe.'],
    scope: 'all',
    twins: [
      { change: 'a paid app named, and our messages kept', turns: ['C: I need to unsubscribe from Monitor Plus, the app thing.', 'A: You mean the paid subscription, not our referral emails?', 'C: Right, the paid thing. The referral stuff is fine, keep that.'], status: 'none' },
    ],
  },
  {
    base: ['A: Could I get an email for the quote?', "C: Please don't email me, my inbox is a disaster."],
    scope: 'email',
    twins: [
      { change: 'the detail asked for declined, not contact', turns: ['A: Could I get an email for the quote?', "C: Ugh, I'd honestly rather not, my inbox is a disaster. Can somebody just call me?"], status: 'none' },
    ],
  },
  {
    base: ['A: Would you like me to take you off our calling list?', 'C: Yes. Please do that.'],
    scope: 'calls',
    twins: [
      { change: "the offer made as 'if you'd like, I can', with email kept", turns: ["A: If you'd like, I can take you off our calling list, and we'd keep you posted by email instead.", 'C: You know what? Yes. Please do that.'], status: 'affirmed', scope: 'calls' },
      { change: 'the same offer declined', turns: ["A: If you'd like, I can take you off our calling list, and we'd keep you posted by email instead.", "C: No, that's okay, calls are fine."], status: 'none' },
    ],
  },
  {
    base: ['C: Can you guys stop texting me the promo codes?'],
    scope: 'marketing',
    twins: [
      { change: 'the same offers kept by email: the channel is what stops', turns: ['C: Can you guys stop texting me the promo codes? Email is fine for that stuff. Just no more texts.'], status: 'affirmed', scope: 'sms' },
    ],
  },
  {
    base: ["C: Please don't call me anymore."],
    scope: 'calls',
    twins: [
      { change: 'another channel asked for this one contact', turns: ["C: Have somebody email me the contract tomorrow morning. Email it, don't call, I'm in the truck yard all morning."], status: 'none' },
    ],
  },
  {
    base: ['C: Please unsubscribe me or remove me.'],
    scope: 'all',
    twins: [
      { change: 'both removals under one "don\'t", with a filler', turns: ["C: And, um, please don't, like, unsubscribe me or remove me when the old one starts bouncing. I still want the partner updates."], status: 'none' },
    ],
  },
  {
    base: ['C: Stop sending me the referral program stuff. The emails, the calls, the texts, the newsletter.'],
    scope: 'all',
    twins: [
      { change: "another company's do-not-call list, named", turns: ["C: So, first off, I put myself on SunBright Energy's do-not-call list this morning, those guys have called me like forty times. I'm calling because my coworker says you're the good ones."], status: 'none' },
      { change: 'the office line changed for the cell', turns: ["C: Please don't call me at this number anymore. It's the front desk line.", 'A: So you would like us to stop calling?', 'C: No, no, stop calling the office. Call my cell instead. Five-two-oh, five-five-five, oh-one-oh-seven.'], status: 'none' },
      { change: "another company's list, in Spanish", turns: ['C: Y fíjese, ya me quité de la lista de SunBridge porque me llamaban diario; con ustedes es distinto, yo fui el que llamó.'], status: 'none' },
    ],
  },
  {
    base: ["C: I'm gonna have to ask you to not call me anymore."],
    scope: 'calls',
    twins: [
      { change: "a recording's instruction, not the caller's", turns: ['C: To be removed from our list, press 2. To stop receiving these calls, say STOP at any time.'], status: 'none' },
      { change: 'the office line changed for the cell the caller is on', turns: ["C: Hey, this is Kwame, I'm on my cell.", 'A: Hi Kwame.', "C: Okay so, favor. Stop calling the office line. My front desk has to come find me every time, and she's about to quit on me.", 'A: Should we reach you somewhere else?', 'C: This number. The cell. Call me here, text me here, whatever.'], status: 'none' },
      { change: 'the request denied with a filler between', turns: ["C: Evenings. After six I'm home. Don't, like, stop calling, I do want the quote. Just evenings."], status: 'none' },
    ],
  },
  {
    base: ['C: I clicked the unsubscribe link at the bottom. Unsubscribe me.'],
    scope: 'all',
    twins: [
      { change: 'someone else clicked it', turns: ["C: So I referred my neighbor. He gets your welcome email, and he clicks, uh, the 'unsubscribe here' at the bottom, because he thought it would stop the newsletter."], status: 'none' },
    ],
  },
  {
    base: ["C: It's a call Monday, a text Wednesday, three emails, a postcard. I got a shop to run. Quit it. All of it."],
    scope: 'all',
    twins: [
      { change: 'the same words after texts alone, on a call about them', turns: ["C: Your outfit keeps texting me. That's all I'm calling about. Quit it. I get a text at seven a.m. on a Saturday."], status: 'affirmed', scope: 'sms' },
    ],
  },
  {
    base: ["C: I'm revoking my consent to be contacted by your company. Calls, texts, email."],
    scope: 'all',
    twins: [
      { change: 'negation flipped', turns: ["C: I'm not revoking my consent to anything, I just had a question about my reward."], status: 'none' },
      { change: 'asked which they meant, the caller picks the plan', turns: ['C: Y la verdad quiero darme de baja.', 'A: ¿Quiere que dejemos de llamarle, o quiere cancelar su plan?', 'C: El plan. Cancelar el plan. Las llamadas no me molestan.'], status: 'none' },
    ],
  },
  {
    base: ["C: We've decided not to do solar, and I'd appreciate it if you didn't contact me anymore."],
    scope: 'all',
    twins: [
      { change: 'an hour refused, not contact', turns: ["C: I'd appreciate it if you didn't call me before nine. After nine is fine."], status: 'none' },
      { change: "someone else's request, in a relative clause", turns: ["C: Do you ever call people who've asked to be taken off your list? I'm writing a story about it."], status: 'none' },
    ],
  },
  {
    base: ['C: I want to get off the email list.'],
    scope: 'email',
    twins: [
      { change: 'negation flipped', turns: ["C: I don't want to get off the email list, I like the tips."], status: 'none' },
      { change: 'hedged', turns: ["C: I'm getting a lot of emails from you guys and I'm sort of thinking maybe I should get off the email list for a while? I'm not sure."], status: 'uncertain' },
    ],
  },
  {
    base: ["C: I literally just told you people to take me off your list. I don't want to hear from Saltmarsh again."],
    scope: 'all',
    twins: [
      { change: 'said to the wrong company, and taken back', turns: ['C: I literally just told you people to take me off your list.', "A: This is Rhett from Fennwick Bookkeeping. I don't think we've spoken before.", 'C: Oh. Sorry. I thought you were the solar guys. You are the bookkeeping people.'], status: 'none' },
      { change: 'the line at work changed for the cell', turns: ["C: Please stop calling me here. This is the clinic's front line. Use my cell."], status: 'none' },
    ],
  },
  {
    base: ["C: Don't bother calling me ever again."],
    scope: 'calls',
    twins: [
      { change: 'a week kept off, with a time to call instead', turns: ["C: I'm at a trade show till Friday, so don't bother calling this week, I won't pick up. Call me next week."], status: 'none' },
      { change: 'the words named to be denied', turns: ["C: Don't read that as 'never call me,' alright? If you get into batteries, I'd listen."], status: 'none' },
      { change: 'asked about, outright', turns: ["C: Before anything, are you going to call me every day? I just spent three months getting off AquaPure's call list."], status: 'none' },
    ],
  },
  {
    base: ["C: Take me off your list, I'm done with this place."],
    scope: 'all',
    twins: [
      { change: "a client's words quoted, then disowned", turns: ["C: One of them was so mad. She literally said, and I'm quoting her, 'take me off your list, I'm done with this place.'", 'A: That was your client, not you asking us to change anything?', 'C: God, no, no, that was her. I need you guys.'], status: 'none' },
      { change: "what people do, in a vendor's pitch", turns: ['C: Our platform cuts unsubscribes by like forty percent. People stop opting out.'], status: 'none' },
      { change: 'a click that did not happen', turns: ["C: I almost hit 'unsubscribe' on your email this morning, fat thumbs. Please don't take me off anything."], status: 'none' },
    ],
  },
  {
    base: ["C: I don't want getting emails from you anymore."],
    scope: 'email',
    twins: [
      { change: 'other people the ones receiving', turns: ["C: A couple of patients asked me how they unsubscribe from your follow-ups. I don't want my patients getting emails they can't stop. But keep emailing me."], status: 'none' },
      { change: 'the word names a kind of call', turns: ["C: I'm not asking you to take me off anything. Last time I called somebody it turned into a whole unsubscribe thing. I just need to change my email."], status: 'none' },
    ],
  },
  {
    base: ['C: Entonces, ya no me estén marcando, por favor.'],
    scope: 'calls',
    twins: [
      { change: "the record holder's wish, passed on by her daughter", turns: ['C: Soy su hija, estoy usando su celular. Me dijo algo como que ya no quiere que la llamen, creo.'], status: 'uncertain' },
      { change: "passed on, and the caller takes her own side", turns: ["C: My mom said she doesn't want you to call her anymore, but I want the quote for the house."], status: 'none' },
      { change: 'in English, passed on without a side', turns: ["C: I'm her husband. She said she doesn't want you to call her anymore. She's at work."], status: 'uncertain' },
    ],
  },
  {
    base: ['C: So no more phone calls, please. Not the clinic line, not my cell. Email is completely fine.'],
    scope: 'calls',
    twins: [
      { change: 'a thing asked to be emailed is no channel kept apart', turns: ['C: So no more phone calls, please. Not the clinic line, not my cell. Email is completely fine.', 'A: Understood.', 'C: And the comparison sheet? Could someone just email that to me Friday morning?'], status: 'affirmed', scope: 'calls' },
      { change: 'said to a dog', turns: ["C: Oh, right. Ugh, about that— Biscuit, stop! Stop it! Drop it. Sorry, my dog's eating the mail. Tomorrow's not gonna work."], status: 'none' },
      { change: 'stopped just like that, with nobody named', turns: ['C: Stop. Just — stop.', 'A: Is this a bad time?', "C: I can't — not today. My basement flooded last night."], status: 'uncertain' },
    ],
  },
  {
    base: ['C: Quit sending me those texts.'],
    scope: 'sms',
    twins: [
      { change: 'the object points back to the texts named before', turns: ["C: I keep getting these promo texts from you guys. Quit sending me those. Texts, no. If you've got something to send me, email it. Email's fine."], status: 'affirmed', scope: 'sms' },
    ],
  },
  {
    base: ["C: We're selling the bakery and I'm retiring, and I'd just be grateful if this were the last I heard from you folks. All of it."],
    scope: 'all',
    twins: [
      { change: 'broken off into doubt', turns: ["C: This is the second time. Honestly, at this point, take me off your— you know what, I don't even know what I want right now. Just get the invoice looked at."], status: 'uncertain' },
      { change: 'the line dropped before saying what', turns: ['A: This month we are offering a holiday bonus of—', 'C: Okay, look, I need you guys to stop—'], status: 'uncertain' },
      { change: 'a past Spanish request, kept', turns: ['C: Oiga, el año pasado yo les pedí que ya no me mandaran mensajes de texto, ¿verdad? Y sí cumplieron, eh, ya no me han llegado. Por eso le hablo: mi cuñado quiere paneles.'], status: 'none' },
      { change: "a letter's removal refused", turns: ["C: Me llegó una carta que dice que si no contesto me van a quitar de la lista.", 'A: Sí, es un aviso que mandamos.', 'C: Pues no, no me saquen. Yo sí quiero seguir recibiendo sus promociones.'], status: 'none' },
    ],
  },
  {
    base: ["C: This is a little awkward, you did a great job on the install. But I'd really prefer that you folks not contact me anymore."],
    scope: 'all',
    twins: [
      { change: "an email's footer quoted", turns: ["C: So your last email had that bit at the bottom, 'update your preferences or unsubscribe,' and my wife thought it meant you'd drop me if I didn't click something?", "A: No, that's just the standard footer.", "C: Heck no, keep 'em coming."], status: 'none' },
      { change: 'a STOP the phone sent by accident, undone', turns: ["C: I was trying to reply 'sounds good' to one of your texts and my thumb hit the quick-reply thing and it sent STOP.", "A: So you didn't mean to opt out?", "C: No, no, I want the texts. Can you turn 'em back on?"], status: 'none' },
      { change: 'two requests denied in one breath', turns: ["C: You charged the new rate retroactively. I'm not— to be clear, I'm not saying stop calling me, or unsubscribe me from whatever. Just stop taking money out of my account."], status: 'none' },
      { change: '"stop it" after the autopay stopped', turns: ['C: I need— okay. Stop the autopay. Stop it.', "A: Okay, I hear you. What's going on?", 'C: You charged the new rate on the old invoice.'], status: 'none' },
      { change: 'a call refused for the moment, with its reason', turns: ['C: ¿Y me avisan? Mándeme un texto mañana en la mañana, please. No me llame, estoy en el trabajo y no puedo contestar.'], status: 'none' },
      { change: "the caller's own wish, doubted", turns: ["C: And meanwhile I get a call every week about the new bonus program. I don't know, man. Maybe I'm just done with the calls. Fix the dashboard first."], status: 'uncertain' },
    ],
  },
  {
    base: ['C: I want it deleted. And in the meantime, I do not want any more calls, texts or emails from you.'],
    scope: 'all',
    twins: [
      { change: 'one channel kept', turns: ['C: No more texts, calls are fine.'], status: 'affirmed', scope: 'sms' },
      { change: "a stop that asks for the calls to end, busy or not", turns: ["C: Stop calling me, I'm at work and you keep interrupting."], status: 'affirmed', scope: 'calls' },
    ],
  },
  {
    base: ['C: Hi, yes, I need to stop the refill reminder texts, they keep texting me about a prescription I don\'t take anymore.'],
    scope: 'sms',
    twins: [
      { change: 'meant for the business the caller thought they had rung', turns: ["C: Hi, yes, I need to stop the refill reminder texts, they keep texting me about a prescription I don't take anymore.", "A: I'm sorry, this is Lantern Payroll. I think you may be looking for a pharmacy?", 'C: Oh. Oh my gosh. Lantern Pharmacy. I must have grabbed the wrong number off Google.'], status: 'none' },
    ],
  },
  {
    base: ['C: Quit texting this number. That\'s all I want.'],
    scope: 'sms',
    twins: [
      { change: 'a name the caller would rather not give', turns: ['A: Can I get your name so I can look you up?', "C: I'd rather not, just- you have my number, it's the one I'm calling from. Quit texting it. That's all I want."], status: 'affirmed', scope: 'sms' },
      { change: 'money taken, stopped', turns: ['C: You need to stop charging me twice. Every month since September, two charges. Stop it.'], status: 'none' },
      { change: 'given up with a question tag, in Spanish', turns: ['A: Sí, Priscila Nunes la recomendó y queríamos platicarle del sistema de nómina.', 'C: Ah, sí, Priscila me dijo. Pues... mejor ya no, ¿no? Digo, no sé. Ahorita estamos muy apretados con la renta y todo eso.', 'A: Entiendo perfectamente.', 'C: Sí... bueno, luego vemos. Gracias.'], status: 'uncertain' },
      { change: 'out of something unsaid, after a marketing text', turns: ["C: The app won't load the paystubs. And then I get a text this morning, 'refer a friend, win a trip.' Honestly, I might just want out of all this."], status: 'uncertain' },
      { change: 'out of a contract, not contact', turns: ['C: Honestly, I might just want out of the contract. Can you text me the terms?'], status: 'none' },
    ],
  },
  {
    base: ['C: Okay, first of all, I am so sick of your calls. Remove me from your list.'],
    scope: 'all',
    twins: [
      { change: "what the caller had to say to another company, quoted", turns: ["C: So, full disclosure, I just spent a month getting our clinic off Brightray Solar's call list. They called nine times. I literally had to say 'remove me from your list' like it was a magic spell.", 'A: Oh no.', 'C: I want the roof assessment for the clinic.'], status: 'none' },
      { change: "weary of one's own phone", turns: ['C: Okay, first of all, I am so sick of my phone. Everyone calls. The dentist calls, the school calls.', 'A: I hear you. What can I help with?', 'C: I had a question about my rewards balance.'], status: 'none' },
      { change: "readers' words passed on by a reporter", turns: ["C: I've had readers tell me things like, 'I said take me off your list three times and they kept calling.' I'm not saying that's you. I'm asking what your process is."], status: 'none' },
      { change: 'a friend\'s words, quoted and said to be his', turns: ["C: Mi compadre, Efrén Galindo, no le gusta que le estén marcando. 'Nada de llamadas', me dijo. Mejor mándenle un correo."], status: 'none' },
      { change: 'one answer asked for on paper', turns: ["A: I'll send this to billing so they can explain the change.", "C: Please. In writing. I don't need a phone call, just put it in writing."], status: 'none' },
      { change: 'an email declined for a proposal', turns: ['A: Thanks, Tasha. And an email for the proposal?', "C: I'd rather not, honestly, my inbox is a disaster. This number's my cell, just use this."], status: 'none' },
    ],
  },
];

describe.each(PAIRS)('minimal pairs around "$base"', ({ base, scope, twins }) => {
  it('the base is an affirmed opt-out with its scope', () => {
    expect(judge(base)).toEqual({ status: 'affirmed', scope });
  });

  it.each(twins)('$change: $status', (twin) => {
    const got = judge(twin.turns);
    expect(got.status).toBe(twin.status);
    if (twin.scope) expect(got.scope).toBe(twin.scope);
  });
});
