import fc from 'fast-check';
import { DateTime } from 'luxon';
import { resolveSpokenTime, zoneInText } from '../../../domain/time';

const REF = '2026-11-10T17:00:00Z'; // Tuesday

describe('resolveSpokenTime (rule 8)', () => {
  it.each([
    ['Friday at 11 in the morning', 'America/Chicago', '2026-11-13T17:00:00Z'],
    ['call me back Thursday at 2', 'America/Los_Angeles', '2026-11-12T22:00:00Z'],
    ['tomorrow at 3', 'America/New_York', '2026-11-11T20:00:00Z'],
    ['tomorrow', 'America/New_York', '2026-11-11T15:00:00Z'],
    // A later mention of the same day holds the hour; a number word before "works" is a clock time.
    ['Tomorrow, Wednesday, 1 p.m. Pacific.', 'America/Los_Angeles', '2026-11-11T21:00:00Z'],
    ['Monday at eleven works.', 'America/Phoenix', '2026-11-16T18:00:00Z'],
    ["I'm in Denver this week for a trade show, so tomorrow at four, my time.", 'America/Denver', '2026-11-11T23:00:00Z'],
    ['email me tomorrow morning', 'America/Los_Angeles', '2026-11-11T17:00:00Z'],
    ['Thursday afternoon', 'America/New_York', '2026-11-12T19:00:00Z'],
    ['Monday evening', 'America/New_York', '2026-11-16T23:00:00Z'],
    ['in two hours', 'America/New_York', '2026-11-10T19:00:00Z'],
    ['in 30 minutes', 'Europe/London', '2026-11-10T17:30:00Z'],
    ['next week', 'America/New_York', '2026-11-16T15:00:00Z'],
    ['next week in the afternoon', 'America/Chicago', '2026-11-16T20:00:00Z'],
    // "Now" is this call's hour, not next week's.
    ['The secure link goes out by email now, and billing will call you next week.', 'America/New_York', '2026-11-16T15:00:00Z'],
    ['at 4:30 pm', 'America/New_York', '2026-11-10T21:30:00Z'],
    ['Friday at half past two', 'America/New_York', '2026-11-13T19:30:00Z'],
    ['Friday at quarter to five', 'America/New_York', '2026-11-13T21:45:00Z'],
    ['tonight around 8', 'America/New_York', '2026-11-11T01:00:00Z'],
    ['this evening, say 7pm', 'America/New_York', '2026-11-11T00:00:00Z'],
    ['tomorrow at noon', 'America/New_York', '2026-11-11T17:00:00Z'],
    ['in 3 days', 'America/New_York', '2026-11-13T15:00:00Z'],
    // An offset counts from the end of the call, whatever the filler before the number.
    ['Can somebody call me back in like an hour and a half?', 'America/New_York', '2026-11-10T18:30:00Z'],
    ['call me in twenty-five minutes', 'America/New_York', '2026-11-10T17:25:00Z'],
    ['in about ninety minutes', 'America/New_York', '2026-11-10T18:30:00Z'],
    // Hour words with a.m./p.m., after a weekday, and a morning hour kept in the morning.
    ['Have someone call me tomorrow, seven a.m.', 'America/New_York', '2026-11-11T12:00:00Z'],
    ['Friday eleven.', 'America/New_York', '2026-11-13T16:00:00Z'],
    ['7:30 tomorrow morning, Eastern time?', 'America/New_York', '2026-11-11T12:30:00Z'],
    // "El martes que viene" said on a Tuesday is next week's, like "el próximo martes".
    ['el martes que viene a las dos', 'America/New_York', '2026-11-17T19:00:00Z'],
    ['el martes 17 a las dos de la tarde', 'America/New_York', '2026-11-17T19:00:00Z'],
    // A weekday, then its part of the day, then the hour; a time refused is passed over; "after five".
    ['El jueves por la tarde, a las dos.', 'America/Chicago', '2026-11-12T20:00:00Z'],
    ['Sí, pero hoy no puedo. Que me llamen el jueves en la tarde.', 'America/Chicago', '2026-11-12T20:00:00Z'],
    ['Tomorrow, after five.', 'America/Los_Angeles', '2026-11-12T01:00:00Z'],
    ['Tuesday the seventeenth at 4', 'America/New_York', '2026-11-17T21:00:00Z'],
    // Spanish read in Spanish even where the English parser finds an hour ("a mí" is no "a.m.").
    ['Sí, mañana. A las cuatro y media de la tarde, que ya estoy en la oficina.', 'America/New_York', '2026-11-11T21:30:00Z'],
    ['Llámeme a mí, a este número. Mañana en la tarde.', 'America/New_York', '2026-11-11T19:00:00Z'],
    // A short "within" is an offset; a long one is a service level, not a time to call.
    ['Call me within the next ninety minutes.', 'America/New_York', '2026-11-10T18:30:00Z'],
    // An hour word with o'clock is the hour, with or without "at", beside a part of the day.
    ["Three o'clock this afternoon, your time.", 'America/Chicago', '2026-11-10T21:00:00Z'],
    // A number after a weekday that is its date is the day of the month, not an hour.
    ['el lunes 16 la llaman de cuentas', 'America/New_York', '2026-11-16T15:00:00Z'],
    ['Monday 16 at 2pm', 'America/New_York', '2026-11-16T19:00:00Z'],
    ['el martes 17 de noviembre a las cuatro de la tarde', 'America/Chicago', '2026-11-17T22:00:00Z'],
    ['Thursday at three', 'America/New_York', '2026-11-12T20:00:00Z'],
    ['Tuesday at 3', 'America/New_York', '2026-11-10T20:00:00Z'],
    ['next Tuesday at 3', 'America/New_York', '2026-11-17T20:00:00Z'],
    ['call me in the morning', 'America/New_York', '2026-11-11T14:00:00Z'],
    ['call me at 4', 'America/Los_Angeles', '2026-11-11T00:00:00Z'],
    ['call me at 8am', 'America/New_York', '2026-11-11T13:00:00Z'],
    ['first thing tomorrow', 'America/New_York', '2026-11-11T14:00:00Z'],
    ['call me the Monday after Thanksgiving', 'America/New_York', '2026-11-30T15:00:00Z'],
    ['call me after the holidays', 'America/New_York', '2027-01-04T15:00:00Z'],
    ['Thursday mid-morning', 'America/New_York', '2026-11-12T15:00:00Z'],
    ['the first week of December', 'America/New_York', '2026-11-30T15:00:00Z'],
    ["I'm in a meeting until 3, call me after that", 'America/New_York', '2026-11-10T20:00:00Z'],
    ['tomorrow end of day', 'America/New_York', '2026-11-11T22:00:00Z'],
    ['llámame mañana a las 3', 'America/New_York', '2026-11-11T20:00:00Z'],
    ['el viernes a las 10 de la mañana', 'America/Chicago', '2026-11-13T16:00:00Z'],
    ['Ten in the morning is best, before check-ins.', 'America/Chicago', '2026-11-11T16:00:00Z'],
  ])('%s (%s) -> %s', (text, zone, at) => {
    expect(resolveSpokenTime(text, REF, zone)?.at).toBe(at);
  });

  it('leaves "at one point" alone', () => {
    expect(resolveSpokenTime('at one point we tried another tool', REF, 'America/New_York')).toBeNull();
  });

  it('ignores times that are not in the future or are not times', () => {
    expect(resolveSpokenTime('My invoice this month shows a charge', REF, 'America/New_York')).toBeNull();
    expect(resolveSpokenTime('it happened last Friday', REF, 'America/New_York')).toBeNull();
  });

  it('is DST-correct across the spring and autumn changes', () => {
    // Friday 2026-03-06; US clocks go forward on Sunday 2026-03-08.
    expect(resolveSpokenTime('Monday at 9am', '2026-03-06T18:00:00Z', 'America/Los_Angeles')?.at).toBe('2026-03-09T16:00:00Z');
    // Friday 2026-10-30; US clocks go back on Sunday 2026-11-01.
    expect(resolveSpokenTime('Monday at 9am', '2026-10-30T18:00:00Z', 'America/New_York')?.at).toBe('2026-11-02T14:00:00Z');
    // London changes on 2026-03-29.
    expect(resolveSpokenTime('Monday at 9am', '2026-03-27T12:00:00Z', 'Europe/London')?.at).toBe('2026-03-30T08:00:00Z');
  });

  it('reads a weekday and its day of the month in Spanish words ("el martes dieciséis")', () => {
    // Wednesday 2027-03-03 in Las Vegas; Tuesday the 16th is after the spring change (PDT).
    expect(resolveSpokenTime('El martes dieciséis, a las tres de la tarde.', '2027-03-03T20:00:00Z', 'America/Los_Angeles')?.at).toBe('2027-03-16T22:00:00Z');
    expect(resolveSpokenTime('El martes, a las tres de la tarde.', '2027-03-03T20:00:00Z', 'America/Los_Angeles')?.at).toBe('2027-03-09T23:00:00Z');
  });

  const zones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'Europe/London', 'Europe/Paris', 'Asia/Tokyo', 'Australia/Sydney'];

  it('"tomorrow at H" is the next local day at H:00 in the zone, whatever the zone and date (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }),
        fc.constantFrom(...zones),
        fc.integer({ min: 8, max: 11 }),
        (ms, zone, hour) => {
          const ref = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
          const r = resolveSpokenTime(`call me tomorrow at ${hour}am`, ref, zone);
          expect(r).not.toBeNull();
          const local = DateTime.fromISO(r!.at, { zone: 'utc' }).setZone(zone);
          const refLocal = DateTime.fromISO(ref, { zone: 'utc' }).setZone(zone);
          const expectedDay = refLocal.plus({ days: 1 });
          expect([local.year, local.month, local.day]).toEqual([expectedDay.year, expectedDay.month, expectedDay.day]);
          expect([local.hour, local.minute]).toEqual([hour, 0]);
          expect(r!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('"in N hours" is exactly N hours after the end of the call (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }), fc.constantFrom(...zones), fc.integer({ min: 1, max: 9 }), (ms, zone, n) => {
        const ref = new Date(Math.floor(ms / 60000) * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z');
        const r = resolveSpokenTime(`in ${n} hours`, ref, zone);
        expect(Date.parse(r!.at) - Date.parse(ref)).toBe(n * 3600 * 1000);
      }),
    );
  });

  it('a weekday is always in the future, within 7 days, at 10:00 local (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }), fc.constantFrom(...zones), fc.constantFrom('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'), (ms, zone, day) => {
        const ref = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
        const r = resolveSpokenTime(`call me ${day}`, ref, zone)!;
        const delta = Date.parse(r.at) - Date.parse(ref);
        expect(delta).toBeGreaterThan(0);
        expect(delta).toBeLessThanOrEqual(8 * 24 * 3600 * 1000);
        const local = DateTime.fromISO(r.at, { zone: 'utc' }).setZone(zone);
        expect(local.toFormat('cccc')).toBe(day);
        expect(local.hour).toBe(10);
      }),
    );
  });
});

describe('resolveSpokenTime: durations are no time', () => {
  it.each(['Um, not today, she will call you herself.', 'The inverter has been flashing red desde el sábado.', 'I just spent twenty-five minutes on hold with the alarm company.', 'Our privacy team will respond by email within forty-five days.', 'Give me a few days to think.'])('%s', (text) => {
    expect(resolveSpokenTime(text, REF, 'America/New_York')).toBeNull();
  });

  it('an hour and, a few words on, its day are one time', () => {
    // REF is Tuesday 2026-11-10 12:00 in New York.
    expect(resolveSpokenTime('Understood, 9 a.m. your local time on Monday.', REF, 'America/New_York')?.at).toBe('2026-11-16T14:00:00Z');
    expect(resolveSpokenTime('At 3, I think, it was last Monday.', REF, 'America/New_York')?.at).toBe('2026-11-10T20:00:00Z');
  });

  it('"pasado mañana" and "the day after tomorrow" are two days on', () => {
    expect(resolveSpokenTime('Y que me llamen pasado mañana para confirmarme la nueva cita.', REF, 'America/New_York')?.at).toBe('2026-11-12T15:00:00Z');
    expect(resolveSpokenTime('Call me the day after tomorrow at 3.', REF, 'America/New_York')?.at).toBe('2026-11-12T20:00:00Z');
  });

  it('"en unas dos horas" is two hours after the end of the call', () => {
    expect(resolveSpokenTime('Oiga, ¿me puede llamar en unas dos horas?', REF, 'America/Los_Angeles')?.at).toBe('2026-11-10T19:00:00Z');
  });

  it('a time said for today that has gone is no time, not tomorrow\'s', () => {
    expect(resolveSpokenTime('I had a demo booked this morning at nine.', REF, 'America/New_York')).toBeNull();
    expect(resolveSpokenTime('Call me today at 4', REF, 'America/New_York')?.at).toBe('2026-11-10T21:00:00Z');
    expect(resolveSpokenTime('tonight at 8 works', REF, 'America/New_York')?.at).toBe('2026-11-11T01:00:00Z');
  });

  it('keeps the seconds of the end of the call in an offset', () => {
    expect(resolveSpokenTime('call me in two hours', '2026-11-10T17:00:42Z', 'America/New_York')?.at).toBe('2026-11-10T19:00:42Z');
  });
});

describe('Spanish one o\'clock', () => {
  it('"a la una" is one o\'clock, singular, with or without "de la tarde"', () => {
    expect(resolveSpokenTime('El lunes a la una de la tarde, hora de Arizona.', '2027-03-11T20:00:00Z', 'America/Phoenix')?.at).toBe('2027-03-15T20:00:00Z');
    expect(resolveSpokenTime('El lunes que viene, a la una y media.', '2027-03-11T20:00:00Z', 'America/Phoenix')?.at).toBe('2027-03-15T20:30:00Z');
  });
});

describe('zoneInText', () => {
  it.each([
    ["I'm in Chicago.", 'America/Chicago'],
    ['Friday at 11 Central it is.', 'America/Chicago'],
    ["I'm on Pacific time.", 'America/Los_Angeles'],
    ['2pm ET works', 'America/New_York'],
    ['3pm EST', 'America/New_York'],
    ['we are based in Denver', 'America/Denver'],
    ['11 CST', 'America/Chicago'],
    ["Three o'clock my time there, Central.", 'America/Chicago'],
    ["No, no, I'm at our Wisconsin farm all this week.", 'America/Chicago'],
    // Mexico keeps standard time all year: not Chicago's zone.
    ['Esta semana ando en Monterrey, en casa de mi mamá.', 'America/Monterrey'],
    // "Hora del centro de México" is Mexico City's, not US Central's ("hora del centro").
    ['No, no, hora del centro de México. Aquí ya no cambiamos el horario.', 'America/Mexico_City'],
    ['Jueves a las once, hora del centro.', 'America/Chicago'],
    ['Thursday at four Central.', 'America/Chicago'],
    // A conversion for the agent's side is not the caller's zone.
    ['Wednesday, February 10th, at 10 a.m. Mountain, which is noon Eastern.', 'America/Denver'],
    ['Entendido, mañana en la mañana, hora de Los Ángeles.', 'America/Los_Angeles'],
    ['Tucson, by the way, in case they need to know.', 'America/Phoenix'],
  ])('%s -> %s', (text, zone) => {
    expect(zoneInText(text)).toBe(zone);
  });

  it.each(['the central office', 'let me get back to you', 'et cetera', 'I flew to Chicago last year', "I'm here with Georgia from accounting.", 'By the way, my sister in Phoenix says hi.'])('no zone in: %s', (text) => {
    expect(zoneInText(text)).toBeNull();
  });
});
