import fc from 'fast-check';
import { emailDomain, extractEmails, normaliseEmail, SPOKEN_EMAIL_STOP_WORDS } from '../../../domain/normalise/email';

describe('normaliseEmail', () => {
  it('lower-cases and trims', () => {
    expect(normaliseEmail('  Dana@NorthWind.IO ')).toBe('dana@northwind.io');
    expect(normaliseEmail('mailto:dana@northwind.io')).toBe('dana@northwind.io');
    expect(normaliseEmail('<dana@northwind.io>.')).toBe('dana@northwind.io');
  });

  it.each(['', 'dana', 'dana@', '@northwind.io', 'dana@northwind', null, undefined])('%s is not an email', (raw) => {
    expect(normaliseEmail(raw as string)).toBeNull();
  });

  it('gives the domain', () => {
    expect(emailDomain('Dana@Northwind.io')).toBe('northwind.io');
  });

  const word = fc.stringMatching(/^[a-z][a-z0-9]{1,9}$/);
  const tld = fc.constantFrom('io', 'com', 'org', 'net', 'co');

  it('is idempotent and case-insensitive (property)', () => {
    fc.assert(
      fc.property(word, word, tld, fc.boolean(), (local, dom, t, upper) => {
        const raw = `${local}@${dom}.${t}`;
        const n = normaliseEmail(upper ? raw.toUpperCase() : raw);
        expect(n).toBe(raw);
        expect(normaliseEmail(n)).toBe(n);
      }),
    );
  });

  it('reads emails spoken as "x at y dot z" (property)', () => {
    // Digit words are read as digits ("aa dot two" is aa.2), so they are not generated as words.
    const digitWords = ['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const localWord = word.filter((w) => !SPOKEN_EMAIL_STOP_WORDS.has(w) && !digitWords.includes(w) && !['dot', 'at', 'dash', 'hyphen', 'underscore', 'plus', 'period'].includes(w) && w.length > 1);
    fc.assert(
      fc.property(localWord, fc.option(localWord, { nil: undefined }), word.filter((w) => !['dot', 'period', 'at'].includes(w)), tld, (local, local2, dom, t) => {
        const spokenLocal = local2 ? `${local} dot ${local2}` : local;
        const text = `sure, my email is ${spokenLocal} at ${dom} dot ${t}, thanks`;
        const want = `${local}${local2 ? `.${local2}` : ''}@${dom}.${t}`;
        expect(extractEmails(text)).toContain(want);
      }),
    );
  });
});

describe('extractEmails', () => {
  it.each([
    ['My email is dana at northwind dot io.', 'dana@northwind.io'],
    ["it's dana dot whitfield at northwind dot co dot uk", 'dana.whitfield@northwind.co.uk'],
    ['d a n a at northwind dot io', 'dana@northwind.io'],
    ['write to sofia@tidepool.co. We want pricing', 'sofia@tidepool.co'],
    ['DANA_W at Northwind dot IO', 'dana_w@northwind.io'],
    ['diego dot alvarez seven seven at yahoo dot com. Seven seven is the numbers.', 'diego.alvarez77@yahoo.com'],
    ['j o e seven at aol dot com', 'joe7@aol.com'],
    ['Lupita punto rangel, arroba, rangel catering, todo junto, punto com.', 'lupita.rangel@rangelcatering.com'],
    ['sam at moss studio, all one word, dot co', 'sam@mossstudio.co'],
    ['d-h-o-l-l-i-s dot a-z at gmail dot com.', 'dhollis.az@gmail.com'],
    ['gordon at maple c-p-a dot com. M-A-P-L-E C-P-A.', 'gordon@maplecpa.com'],
    ['New one is renata at okafor hyphen studio dot com.', 'renata@okafor-studio.com'],
    // "no dot" is the instruction only where nothing of the address follows it.
    ['j smith, no dot, at gmail dot com', 'jsmith@gmail.com'],
    ['it is no dot a0 at a0 dot io', 'no.a0@a0.io'],
    ['write to aa at no dot io', 'aa@no.io'],
    ['kim dot two at gmail dot com', 'kim.2@gmail.com'],
  ])('%s', (text, email) => {
    expect(extractEmails(text)).toEqual([email]);
  });

  it('ignores "at" without a spoken domain', () => {
    expect(extractEmails("I'm at home right now, call me at 5")).toEqual([]);
  });
});
