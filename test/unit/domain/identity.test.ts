/**
 * Whose address is it? An email said for a person the caller hands over is not the caller's own,
 * so it never becomes an update of the caller's record.
 */
import { callerIdentity } from '../../../domain/identity';
import { makeCall } from './helpers';

describe('callerIdentity: the caller’s own addresses', () => {
  test('an address named for the person being referred is not the caller’s', () => {
    const call = makeCall({
      turns: [
        "A: Thanks for calling Ridgeline Fleet.",
        "C: Hi, it's Helen Marsh from Marsh Electric. I've got a new one. Ty Okafor. He does signs.",
        'A: Great. Email or phone for Ty?',
        'C: ty at okafor signs dot com. T-Y.',
      ],
    });
    expect(callerIdentity(call).spokenEmails).toEqual([]);
  });

  test('in Spanish too', () => {
    const call = makeCall({
      turns: ['A: Harborline Linen, habla Iris.', 'C: Hola Iris, soy Lucía Fernández. Mi amiga la doctora Beatriz Quintero abre clínica. Su correo es beatriz arroba quintero veterinaria punto com.'],
    });
    expect(callerIdentity(call).spokenEmails).toEqual([]);
  });

  test('the caller’s own address, with their name in it, stays theirs', () => {
    const call = makeCall({
      turns: ['A: Cobalt Rewards.', 'C: Diego Alvarez. I want to join.', 'A: And your email, Diego?', 'C: diego dot alvarez seven seven at yahoo dot com.'],
    });
    expect(callerIdentity(call).spokenEmails).toEqual(['diego.alvarez77@yahoo.com']);
  });
});

describe('callerIdentity: a number said in answer to the agent', () => {
  test('the answer to "what\'s the cell?" is the caller\'s number, said in words', () => {
    const call = makeCall({
      fromNumber: '+14045550273',
      turns: ['C: Use my cell instead.', "A: Got it. What's the cell?", 'C: Four-oh-four, five-five-five, oh-five-oh-one.'],
    });
    expect(callerIdentity(call).spokenPhones).toEqual(['+14045550501']);
  });

  test('a number asked for someone else is not the caller\'s', () => {
    const call = makeCall({
      turns: ['C: I got another one for ya. Clay Duvall, runs the feed store.', 'A: Do you have a number for Clay?', 'C: Five oh two, five five five, oh one nine three.'],
    });
    expect(callerIdentity(call).spokenPhones).toEqual([]);
  });

  test('in Spanish, the answer to a question about the caller\'s new number is theirs; a number asked for a comadre is not', () => {
    const own = makeCall({
      fromNumber: '+16025550699',
      turns: ['C: Cambié de número y quería actualizarlo.', 'A: ¿El número nuevo es este desde el que llama?', 'C: Sí, este. Seis cero dos, cinco cinco cinco, cero seis nueve nueve.'],
    });
    expect(callerIdentity(own).spokenPhones).toEqual(['+16025550699']);
    const comadre = makeCall({
      turns: ['C: Tengo una comadre que necesita el sistema.', '¿Me da un teléfono o correo para contactarla?'.replace(/^/, 'A: '), 'C: Seis cero dos, cinco cinco cinco, cero cinco ocho ocho.'],
    });
    expect(callerIdentity(comadre).spokenPhones).toEqual([]);
  });
});

describe('callerIdentity: own codes', () => {
  test('"This is Kwame Asante, member code KWAME-3": a code the caller introduces themselves with', () => {
    expect(callerIdentity(makeCall({ turns: ["C: Hey, this is Kwame Asante, member code KWAME-3. I'm on my cell."] })).ownCodes).toEqual(['KWAME-3']);
    expect(callerIdentity(makeCall({ turns: ["C: Hey, this is Kwame Asante. Rosa gave me her member code, ROSA-2."] })).ownCodes).toEqual([]);
  });
});

describe('callerIdentity: the number the call comes from, said to be the new one', () => {
  test('"I\'m calling from my new cell ... please use this one"', () => {
    const call = makeCall({ fromNumber: '+19195550244', turns: ["C: Hi, Priscilla Vance. I'm calling from my new cell, actually, that's why I'm calling.", 'A: What changed?', 'C: The number you have is the front desk. So please use this one.'] });
    expect(callerIdentity(call).spokenPhones).toEqual(['+19195550244']);
  });

  test('"cambié de número... el nuevo es este del que le hablo"', () => {
    const call = makeCall({ fromNumber: '+16195550401', turns: ['C: Lo que pasa es que cambié de número. El viejo ya no lo tengo. El nuevo es este del que le hablo.'] });
    expect(callerIdentity(call).spokenPhones).toEqual(['+16195550401']);
  });

  test.each([
    ["C: Hi, Harper Quinn. I'm on my new cell, so it probably doesn't look like me."],
    ["C: New phone number, this one I'm calling from. The old one, ending one-seven-seven, that's dead."],
    ["C: I'm calling from our new office line. Just update my phone number to this one, please."],
  ])('%s', (turn) => {
    const call = makeCall({ fromNumber: '+15095550196', turns: [turn] });
    expect(callerIdentity(call).spokenPhones).toEqual(['+15095550196']);
  });

  test('the digits said right after the sentence that says whose number it is', () => {
    const call = makeCall({ fromNumber: '+15205550188', turns: ['C: No, no, stop calling the office. Call my cell instead. Five-two-oh, five-five-five, oh-one-oh-seven.'] });
    expect(callerIdentity(call).spokenPhones).toEqual(['+15205550107']);
  });

  test('a call from a number not said to be new adds nothing', () => {
    const call = makeCall({ fromNumber: '+19195550244', turns: ['C: Hi, Priscilla Vance. I want to book the demo.'] });
    expect(callerIdentity(call).spokenPhones).toEqual([]);
  });

  test('"My partner code? It\'s FELIPE-7." is the caller\'s own code, across two sentences', () => {
    const call = makeCall({ turns: ['A: Can you confirm something on your partner account?', "C: My partner code? It's FELIPE-7. F-E-L-I-P-E, seven."] });
    expect(callerIdentity(call).ownCodes).toEqual(['FELIPE-7']);
  });

  test('the answer to "Do you have your referral code handy?" is the caller\'s own code', () => {
    expect(callerIdentity(makeCall({ turns: ['A: Ha, okay. Do you have your referral code handy?', 'C: JAMIEW-2. J-A-M-I-E-W, dash, two.'] })).ownCodes).toEqual(['JAMIEW-2']);
    expect(callerIdentity(makeCall({ turns: ['A: Do you have a referral code from whoever sent you?', 'C: JAMIEW-2.'] })).ownCodes).toEqual([]);
  });

  test('the answer to "Could you help me find you, maybe your referral code?" is the caller\'s own code', () => {
    expect(callerIdentity(makeCall({ turns: ['A: I have two members by that name. Could you help me find you — maybe your referral code?', "C: Sure, it's T-O-M-B dash one. TOMB-1."] })).ownCodes).toEqual(['TOMB-1']);
    expect(callerIdentity(makeCall({ turns: ['A: I have two members by that name. Could you help me find you?', "C: Sure, it's T-O-M-B dash one. TOMB-1."] })).ownCodes).toEqual([]);
  });

  test('a new number two sentences after the words that say it is the caller\'s', () => {
    const turns = ['A: Anything else?', 'C: Oh, and while I have you, my cell number changed. The one ending in 0166 is dead. New one is 612-555-0199.'];
    expect(callerIdentity(makeCall({ fromNumber: 'anonymous', turns })).spokenPhones).toEqual(['+16125550199']);
    expect(callerIdentity(makeCall({ fromNumber: 'anonymous', turns: ['A: Anything else?', 'C: Oh, and while I have you, the invoice changed. The one ending in 0166 is wrong. Send it to 612-555-0199.'] })).spokenPhones).toEqual([]);
  });

  test('"su correo es ..." in Spanish is someone else\'s address, not the caller\'s', () => {
    const turns = ['A: ¿En qué le ayudo?', 'C: Mi hermana Inés quiere cotizar paneles. Inés Herrera, su correo es ines punto herrera arroba gmail punto com.'];
    expect(callerIdentity(makeCall({ turns })).spokenEmails).toEqual([]);
    expect(callerIdentity(makeCall({ turns: ['A: ¿Un correo?', 'C: Mi correo es ines punto herrera arroba gmail punto com.'] })).spokenEmails).toEqual(['ines.herrera@gmail.com']);
  });

  test('"My club code is TOM-12" is the caller\'s own code', () => {
    expect(callerIdentity(makeCall({ turns: ["C: Hey, it's Tom, calling from the office line. My club code is TOM-12 if you need it."] })).ownCodes).toEqual(['TOM-12']);
  });

  test('the answer to "confirm your partner code" is the caller\'s own; a code asked for the referrer is not', () => {
    expect(callerIdentity(makeCall({ turns: ['A: Hi Theo. Can you confirm your partner code for me?', "C: Yeah, mine's THEO-4. T-H-E-O dash four."] })).ownCodes).toEqual(['THEO-4']);
    expect(callerIdentity(makeCall({ turns: ['A: Did whoever referred you give you their code?', 'C: Yeah, THEO-4.'] })).ownCodes).toEqual([]);
  });

  test('"Mi código de socia es LUPE-12" is the caller\'s own code', () => {
    expect(callerIdentity(makeCall({ turns: ['C: Soy Guadalupe Reyes. Mi código de socia es LUPE-12, por si lo necesita.'] })).ownCodes).toEqual(['LUPE-12']);
  });
});
