/**
 * An opt-out's scope is the channels the request names minus the channels the caller keeps
 * (optOutScope.ts). Each case changes one thing against its neighbour: the kept channel, the
 * object a generic request points back to, a list closed with "nothing".
 */
import { classifyCall } from '../../../domain/classify';
import { makeContext } from '../../../domain/classify/context';
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { validateSignals } from '../../../domain/classify/signals';
import { callerIdentity } from '../../../domain/identity';
import { decideMatch } from '../../../domain/match';
import type { OptOutScope } from '../../../domain/plan';
import { makeCall, policy } from './helpers';

const GREETING = 'A: Thanks for calling Brightside Rewards, this is Ava.';

function scopeOf(turns: string[]): OptOutScope | null {
  const call = makeCall({ fromNumber: '+14155550101', turns: [GREETING, ...turns] });
  const { signals } = validateSignals(call, judgeByRules(call, { identity: callerIdentity(call), policy }));
  expect(signals.optOut.status).toBe('affirmed');
  return signals.optOut.scope;
}

const CASES: Array<[string, string[], OptOutScope]> = [
  ['a channel named in the request', ["C: I don't want any more emails from you guys."], 'email'],
  ['the same, with the phone kept', ["C: I don't want any more emails from you guys. Phone is fine, call me whenever."], 'email'],
  ['a generic request and nothing kept', ['C: Please unsubscribe me and stop calling.'], 'all'],
  ['a generic request pointing back to texts', ["C: I keep getting these texts about the bonus. Can you unsubscribe me from those?"], 'sms'],
  ['a generic request with no referent', ['C: I keep getting stuff from you. Can you unsubscribe me?'], 'all'],
  ['"just the texts" in the next turn', ['C: Can you unsubscribe me?', 'A: From everything?', 'C: Just the texts.'], 'sms'],
  ['"just call" is a channel kept, not the one stopped', ['C: Stop texting me, just call if you need something.'], 'sms'],
  ['a channel kept by answering the agent', ["C: I don't want phone calls from you guys, take my number off.", 'A: Would it still be alright to send you information by email?', "C: Yeah, email's fine."], 'calls'],
  ['a channel kept in Spanish', ['C: No quiero que me llamen más, por favor.', 'A: ¿Le podemos seguir enviando información por correo?', 'C: Eso sí. Pero llamadas no.'], 'calls'],
  ['a list of channels closed with nothing', ['C: Please not contact me anymore. No calls, no emails, nothing.'], 'all'],
  ['one channel closed with nothing', ['C: Take my email off your list. No more emails. Not the newsletter, not the offers, nothing.'], 'email'],
  ['"all of it, the email"', ["C: Could you just stop emailing me? All of it, the newsletter, the reminders. Texts about referrals are fine, keep those."], 'email'],
  ['an elided object after a named channel', ['C: Los mensajes de texto, ya no. Unsubscribe.'], 'sms'],
  ['"just the phone buzzing" is the device, not a channel', ["C: I'm done with the texts. Like, done done.", 'A: What about calls and email?', "C: Calls are fine. Email's fine. It's just the phone buzzing in my pocket all day."], 'sms'],
  ['the same, with the channel said alone', ["C: I'm done with the texts.", 'A: What about calls and email?', "C: It's just the texts."], 'sms'],
  ['an elided object taking the list the agent offered', ['A: Would you like me to take you off our calling list?', 'C: Yeah, do that. Take me off.'], 'calls'],
  ['"unsubscribe, whatever the word is" after the email list', ["C: Please get me off your email list.", 'A: Is that all emails?', "C: All the emails, yeah. Unsubscribe, whatever the word is. Calling's fine."], 'email'],
  ['"take me off it" pointing back at the marketing named', ["C: I want off the promotional stuff. The referral contests, the seasonal offers. All the marketing. Take me off it."], 'marketing'],
  ['the same offer with no channel named', ['A: Would you like me to take you off our list?', 'C: Yeah, do that. Take me off.'], 'all'],
  ['a request cut off and narrowed to marketing', ["C: I need to unsubscribe from... okay, not everything. The newsletter, the promos. All the marketing. Off.", 'A: Let me read that back. No more marketing from us on any channel. Is that right?', "C: That's exactly right."], 'marketing'],
  ['the same, not narrowed', ['C: I need to unsubscribe from... okay, everything. The newsletter, the promos, all of it. Off.', 'A: Let me read that back. Nothing more from us at all. Is that right?', "C: That's exactly right."], 'all'],
  ['a Spanish generic request whose object names the channel', ['C: Me llegan muchísimos correos. Dejen de mandarme correos, por favor. Si me quieren llamar, llámenme, no hay problema.'], 'email'],
  ['a Spanish request whose object is the next fragment', ['C: Mire, quiero darme de baja. De los correos, los emails.', 'A: ¿Quiere dejar de recibir nuestros correos?', 'C: Exacto. Unsubscribe, please.'], 'email'],
  ['"no quiero que me manden" names its channel in its object', ['C: Ya no quiero que me manden mensajes de texto, por favor. Los correos sí mándemelos.'], 'sms'],
];

describe('opt-out scope: the channels named minus the channels kept', () => {
  test.each(CASES)('%s', (_name, turns, scope) => {
    expect(scopeOf(turns)).toBe(scope);
  });

  test('a follow-up the caller asks for on a kept channel survives the opt-out', () => {
    const call = makeCall({
      fromNumber: '+14155550101',
      turns: [GREETING, "C: No more emails from you. Phone is fine.", 'A: Understood.', 'C: Call me Thursday at 10 about my referral.'],
    });
    const identity = callerIdentity(call);
    const judged = validateSignals(call, judgeByRules(call, { identity, policy })).signals;
    const { classification } = classifyCall(makeContext(call, identity, policy), decideMatch([], new Map(), identity, policy), judged);
    expect(classification.optOut.scope).toBe('email');
    expect(classification.followUp?.channel).toBe('phone');
  });
});
