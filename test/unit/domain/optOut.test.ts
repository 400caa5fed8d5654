import { detectOptOut, possibleOptOut } from '../../../domain/classify/optOut';
import type { Sentence } from '../../../domain/text';

const say = (...texts: string[]): Sentence[] => texts.map((text, i) => ({ turn: i + 1, speaker: 'caller', text }));

describe('detectOptOut (rule 3)', () => {
  it.each([
    ['Please unsubscribe me and stop calling.', 'all'],
    ['Stop calling me.', 'calls'],
    ['Take me off your list.', 'all'],
    ['Take me off your mailing list.', 'email'],
    ["Don't text me again.", 'sms'],
    ['Unsubscribe me from the emails.', 'email'],
    ['Please stop sending me marketing emails.', 'marketing'],
    ['Remove me from your call list, and no more texts either.', 'all'],
    ['Put me on your do not call list.', 'calls'],
    ['Stop contacting me.', 'all'],
    ['I never signed up for this so stop calling me.', 'calls'],
    ['No me llamen más, por favor.', 'calls'],
    ['Dejen de llamarme.', 'calls'],
    ['Quiero darme de baja.', 'all'],
    ['Ne m’appelez plus.', 'all'],
    ['I told you guys to stop calling me.', 'calls'],
  ])('%s -> %s', (text, scope) => {
    const r = detectOptOut(say(text));
    expect(r.requested).toBe(true);
    expect(r.scope).toBe(scope);
    expect(r.evidence[0]).toEqual({ field: 'optOut', quote: text, turn: 1 });
  });

  it.each([
    "I don't want to unsubscribe, I love the emails.",
    "I'm not asking you to stop calling.",
    'My wife said stop calling, but I disagree.',
    'I told them to stop calling me, they never listen.',
    "If you call again I'll unsubscribe.",
    'I might unsubscribe if this keeps up.',
    "I unsubscribed from another company's list last week.",
    "Please don't call me before noon.",
    'I get way too many of your referral reminders.',
    'What happens if I opt out of the program?',
  ])('not an opt-out: %s', (text) => {
    expect(detectOptOut(say(text)).requested).toBe(false);
  });

  it('combines channels across sentences into all', () => {
    expect(detectOptOut(say("Don't text me.", 'And stop emailing me.')).scope).toBe('all');
  });
});

describe('detectOptOut, more phrasings', () => {
  it.each([
    ['I already unsubscribed last month and you keep emailing me.', 'all'],
    ['I no longer wish to be contacted.', 'all'],
    ['Cancel my email subscription please.', 'email'],
    ['Please cancel the text alerts.', 'sms'],
    ['Quit bugging me.', 'all'],
    ['No me molesten más.', 'all'],
  ])('%s -> %s', (text, scope) => {
    const r = detectOptOut([{ turn: 0, speaker: 'caller', text }]);
    expect(r).toMatchObject({ requested: true, scope });
  });

  it.each(["I'm thinking about unsubscribing.", 'Stop.', 'Cancel my demo please.'])('not an opt-out: %s', (text) => {
    expect(detectOptOut([{ turn: 0, speaker: 'caller', text }]).requested).toBe(false);
  });
});

describe('detectOptOut, wide phrasing', () => {
  const one = (text: string) => [{ turn: 0, speaker: 'caller' as const, text }];
  const requests = [
    "You people call me way too many times.", "I want my number gone from your records.", "Please erase me from your contact list.",
  "I'm begging you, no more phone calls.", "Scrub my number.", "Kindly refrain from contacting me.", "I want to be taken off.",
  "Don't ever ring me again.", "Can you make the calls stop?", "I do not consent to these calls.", "Stop the spam.",
  "I'm not interested, please don't call again.", "Delete my contact details.", "This is the last time I'm asking you to stop.",
  "Unsub me.", "Take my email off your newsletter.", "I'm opting out.", "Opt-out please.", "I wish to opt out of all communications.",
  "No quiero más llamadas.", "Bórrenme de su lista.", "Ya no me llamen.", "Por favor, no me vuelvan a llamar.",
  "Hör auf mich anzurufen.", "Arrêtez de m'appeler.", "Please stop messaging me on WhatsApp.", "Never contact me again.",
  "I don't want your texts.", "Leave me off the mailing list.", "I've had enough of your emails.",
  ];
  it.each(requests)('opt-out or flagged for review: %s', (text) => {
    expect(detectOptOut(one(text)).requested || possibleOptOut(one(text)) !== null).toBe(true);
  });

  const notOptOuts = [
    "I don't want to unsubscribe.", "Please don't remove me from the list.", "Don't take me off the list, I love it.",
  "Can you remove my old email from my account and use the new one?", "Delete my old phone number and use 415 555 0100.",
  "Stop the demo, I have a question.", "Don't call me before 10am.", "Please don't call me at work.",
  "If you keep calling I'll opt out.", "My husband wants to unsubscribe but I don't.", "How do I stop the emails for my team members?",
  "Stop the reminders for my referrals, they already signed up.", "The calls stopped coming, is everything ok?",
  "I never got a call back.", "Don't worry about calling me back, I'll email.", "I'd rather not get a call today, email me instead.",
  "Remove the charge from my invoice.", "Can you take the late fee off my bill?", "Erase the duplicate referral please.",
  "I opted out by mistake, can you add me back?", "I didn't mean to unsubscribe.", "Unsubscribe links never work for other companies.",
  "No more questions, thanks!", "Don't text me the code, email it.", "Yes, keep calling me with updates.",
  ];
  it.each(notOptOuts)('not an opt-out: %s', (text) => {
    expect(detectOptOut(one(text)).requested).toBe(false);
  });
});
