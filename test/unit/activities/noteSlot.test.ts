/**
 * A member's note slot is limited (2,000 characters): old entries go whole, never cut in the
 * middle, and the markers of what was written stay findable, so a retry never writes twice.
 */
import fc from 'fast-check';
import { appendEntry, hasMarker } from '../../../activities/noteSlot';

const MAX = 2000;
const entryOf = (callId: string, n: number, text: string) => `[dialnexa:${callId}#${n}] 2026-12-02 ${text}`;

it('keeps every write of the recent past findable, within the limit, cutting no entry', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ callId: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), text: fc.string({ maxLength: 700 }) }), { minLength: 1, maxLength: 40 }),
      (writes) => {
        let slot = '';
        const entries: string[] = [];
        writes.forEach((w, i) => {
          const e = entryOf(w.callId, i, w.text.replace(/\n\n\[/g, '\n['));
          entries.push(e);
          slot = appendEntry(slot, e, MAX);
          expect(slot.length).toBeLessThanOrEqual(MAX);
          // The write just made, and the one before it, are always found (a retry after a lost answer).
          expect(hasMarker(slot, `[dialnexa:${w.callId}#${i}]`)).toBe(true);
          if (i > 0) expect(hasMarker(slot, `[dialnexa:${writes[i - 1].callId}#${i - 1}]`)).toBe(true);
        });
        // What remains of the entries are whole entries (the last may be shortened only if alone too long).
        const body = slot.startsWith('Applied: ') ? slot.slice(slot.indexOf('\n') + 1) : slot;
        const kept = body.split(/\n\n(?=\[dialnexa:)/);
        for (const k of kept.slice(0, -1)) expect(entries).toContain(k);
      },
    ),
    { numRuns: 300, seed: 7 },
  );
});

it('an unlimited slot (a referral note) keeps everything', () => {
  let slot = '';
  for (let i = 0; i < 50; i++) slot = appendEntry(slot, entryOf('c', i, 'x'.repeat(100)));
  for (let i = 0; i < 50; i++) expect(hasMarker(slot, `[dialnexa:c#${i}]`)).toBe(true);
  expect(slot.startsWith('Applied: ')).toBe(false);
});

it('a note someone typed by hand before our entries stays until room is needed', () => {
  const slot = appendEntry('VIP, prefers mornings', entryOf('c', 0, 'first call'), MAX);
  expect(slot).toBe(`VIP, prefers mornings\n\n${entryOf('c', 0, 'first call')}`);
});
