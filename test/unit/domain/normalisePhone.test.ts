import fc from 'fast-check';
import { extractPhones, normalisePhone, samePhone } from '../../../domain/normalise/phone';

describe('normalisePhone', () => {
  it.each([
    ['+14155550123', '+14155550123'],
    ['12137771234', '+12137771234'],
    ['2137771234', '+12137771234'],
    ['(213) 777-1234', '+12137771234'],
    ['+1 (213) 777-1234', '+12137771234'],
    ['213.777.1234', '+12137771234'],
    ['001 213 777 1234', '+12137771234'],
    ['+44 20 7946 0123', '+442079460123'],
    ['442079460123', '+442079460123'],
  ])('%s -> %s', (raw, e164) => {
    expect(normalisePhone(raw)).toBe(e164);
  });

  it.each(['anonymous', 'Anonymous', 'WITHHELD', 'private', 'restricted', 'unknown', '', '   ', '555', 'abc'])('%s -> null', (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });

  it('reads national numbers in the configured region', () => {
    expect(normalisePhone('020 7946 0123', 'GB')).toBe('+442079460123');
  });

  it('is idempotent and format-insensitive (property)', () => {
    const digit = fc.constantFrom(...'0123456789'.split(''));
    const area = fc.tuple(fc.constantFrom('2', '3', '4', '5', '6', '7', '8', '9'), digit, digit).map((d) => d.join(''));
    const exch = fc.tuple(fc.constantFrom('2', '3', '4', '5', '6', '7', '8', '9'), digit, digit).map((d) => d.join(''));
    const line = fc.tuple(digit, digit, digit, digit).map((d) => d.join(''));
    fc.assert(
      fc.property(area, exch, line, fc.integer({ min: 0, max: 5 }), (a, e, l, style) => {
        const e164 = normalisePhone(`+1${a}${e}${l}`);
        if (e164 === null) return; // not a valid NANP number (e.g. N11 area codes)
        const formats = [`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `1${a}${e}${l}`, `+1 ${a} ${e} ${l}`, `${a}.${e}.${l}`, `${a}${e}${l}`];
        expect(normalisePhone(formats[style])).toBe(e164);
        expect(normalisePhone(e164)).toBe(e164);
        expect(e164).toMatch(/^\+1\d{10}$/);
      }),
    );
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = normalisePhone(s);
        expect(r === null || /^\+\d{7,15}$/.test(r)).toBe(true);
      }),
    );
  });

  it('compares numbers across formats', () => {
    expect(samePhone('(415) 555-0123', '+14155550123')).toBe(true);
    expect(samePhone('anonymous', 'anonymous')).toBe(false);
  });

  it('extracts written and spoken numbers', () => {
    expect(extractPhones('his number is 312 555 0199.')).toEqual(['+13125550199']);
    expect(extractPhones('call me on three one two five five five zero one nine nine')).toEqual(['+13125550199']);
  });
});
