import { conditionalAt, fold, negatedAt, quotesSomeoneElse, splitSentences } from '../../../domain/text';

describe('text helpers', () => {
  it('splits sentences without breaking titles, times or emails', () => {
    expect(splitSentences("I'm Dr. Amir Haddad. Call me at 9 a.m. tomorrow! Is that ok? My email is sofia@tidepool.co. Thanks")).toEqual([
      "I'm Dr. Amir Haddad.",
      'Call me at 9 a.m. tomorrow!',
      'Is that ok?',
      'My email is sofia@tidepool.co.',
      'Thanks',
    ]);
  });

  it('negation governs its own clause only', () => {
    const f = fold("I don't want to unsubscribe");
    expect(negatedAt(f, f.indexOf('unsubscribe'))).toBe(true);
    const g = fold('I never signed up for this so stop calling me');
    expect(negatedAt(g, g.indexOf('stop'))).toBe(false);
  });

  it('quoting and conditions', () => {
    const q = fold('my wife said stop calling');
    expect(quotesSomeoneElse(q, q.indexOf('stop'))).toBe(true);
    const c = fold("if you call again i'll unsubscribe");
    expect(conditionalAt(c, c.indexOf('unsubscribe'))).toBe(true);
    const r = fold('stop texting me, just call if you need something');
    expect(conditionalAt(r, r.indexOf('stop'))).toBe(false);
  });
});
