/**
 * Rule 8's clock: time zones named in speech, and a spoken time ("Friday at 11 in the morning",
 * "tomorrow afternoon", "next week", "in two hours") resolved to a UTC instant in the caller's
 * zone, relative to the call's end, DST-correct (chrono-node reads the words, luxon does the zone).
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { foldAccents } from './text';

/**
 * Cities and states named for where someone is. States whose name is also a common first name
 * (Georgia, Virginia, Carolina alone) are left out: "I'm here with Georgia" names no zone. Mexico
 * keeps standard time all year since 2022, so its cities have their own zones, not Chicago's.
 */
const CITY_ZONES: Array<[RegExp, string]> = [
  [/\b(?:mexico city|ciudad de m[eé]xico|cdmx|guadalajara|puebla|le[oó]n|quer[eé]taro)\b/, 'America/Mexico_City'],
  [/\b(?:monterrey|saltillo)\b/, 'America/Monterrey'],
  [/\b(?:chicago|dallas|houston|austin|san antonio|minneapolis|st\.? louis|kansas city|milwaukee|nashville|new orleans|memphis|oklahoma city|omaha|madison|winnipeg|texas|wisconsin|illinois|minnesota|iowa|missouri|arkansas|louisiana|mississippi|alabama|oklahoma|kansas|nebraska|north dakota|south dakota|tennessee)\b/, 'America/Chicago'],
  [/\b(?:michigan|ohio|indiana|kentucky|florida|north carolina|south carolina|west virginia|maryland|delaware|pennsylvania|new jersey|connecticut|massachusetts|rhode island|vermont|new hampshire|maine)\b/, 'America/New_York'],
  [/\b(?:california|oregon|washington state|nevada)\b/, 'America/Los_Angeles'],
  [/\b(?:colorado|utah|new mexico|wyoming|montana|idaho)\b/, 'America/Denver'],
  [/\b(?:new york|nyc|brooklyn|manhattan|boston|philadelphia|philly|miami|atlanta|washington,? d\.?c\.?|d\.?c\.|baltimore|pittsburgh|charlotte|orlando|tampa|detroit|cleveland|columbus|raleigh|richmond|buffalo|newark|jersey city|montreal|ottawa|toronto)\b/, 'America/New_York'],
  [/\b(?:los angeles|l\.a\.|san francisco|the bay area|bay area|san diego|san jose|seattle|portland|sacramento|las vegas|vancouver|oakland|silicon valley)\b/, 'America/Los_Angeles'],
  [/\b(?:denver|salt lake city|boise|albuquerque|el paso|calgary|edmonton)\b/, 'America/Denver'],
  [/\b(?:phoenix|tucson|scottsdale|arizona)\b/, 'America/Phoenix'],
  [/\b(?:anchorage|alaska)\b/, 'America/Anchorage'],
  [/\b(?:honolulu|hawaii)\b/, 'Pacific/Honolulu'],
  [/\b(?:london|manchester|edinburgh|the uk)\b/, 'Europe/London'],
  [/\b(?:dublin|ireland)\b/, 'Europe/Dublin'],
  [/\b(?:paris|berlin|madrid|amsterdam|rome|brussels|vienna|zurich)\b/, 'Europe/Paris'],
  [/\b(?:sydney|melbourne)\b/, 'Australia/Sydney'],
];
const ABBREV_ZONES: Array<[RegExp, string]> = [
  // Spanish: "hora del Pacífico", "hora del centro", "hora de la montaña", "hora de Arizona".
  [/hora del? pac[ií]fico/, 'America/Los_Angeles'],
  // "Hora del centro de México" is Mexico City's (no DST since 2022), not US Central.
  [/hora del centro de m[eé]xico|hora de (?:la ciudad de )?m[eé]xico|tiempo del centro de m[eé]xico/, 'America/Mexico_City'],
  [/hora del centro|hora central/, 'America/Chicago'],
  [/hora de la monta[ñn]a/, 'America/Denver'],
  [/hora del este/, 'America/New_York'],
  [/hora de arizona/, 'America/Phoenix'],
  [/\b(?:cst|cdt|ct)\b|\bcentral(?: time| standard| daylight)?\b/, 'America/Chicago'],
  [/\b(?:est|edt|et)\b|\beastern(?: time| standard| daylight)?\b/, 'America/New_York'],
  [/\b(?:pst|pdt|pt)\b|\bpacific(?: time| standard| daylight)?\b/, 'America/Los_Angeles'],
  [/\b(?:mst|mdt|mt)\b|\bmountain(?: time| standard| daylight)?\b/, 'America/Denver'],
  [/\b(?:akst|akdt)\b|\balaska time\b/, 'America/Anchorage'],
  [/\b(?:hst)\b|\bhawaii(?:an)? time\b/, 'Pacific/Honolulu'],
  [/\b(?:gmt|bst)\b|\buk time\b/, 'Europe/London'],
  [/\butc\b/, 'UTC'],
];

/** The zone a sentence names: "I'm in Chicago", "on Pacific time", "2pm Eastern", "11 CST". */
export function zoneInText(text: string): string | null {
  // "10 a.m. Mountain, which is noon Eastern": the zone after "which is" is a conversion, not the caller's.
  // ("Not nine Pacific, that's noon here": a zone refused.)
  const raw = text
    .replace(/,?\s*(?:which is|that's|that is|so that's|or)\s+[^,.;]*?\b(?:eastern|central|pacific|mountain|et|ct|pt|mt|est|cst|pst|mst|edt|cdt|pdt|mdt)\b(?: time)?/gi, ' ')
    .replace(/\bnot\s+(?:(?:at\s+)?[\w:.-]+\s+)?(?:eastern|central|pacific|mountain|et|ct|pt|mt|est|cst|pst|mst|edt|cdt|pdt|mdt)\b(?: time)?/gi, ' ')
    // ("Your system has me in Chicago for some reason", "because they think I'm in Chicago": where
    // someone else wrongly places the caller.)
    .replace(/\b(?:think|thinks|thought|has|have|had|lists?|shows?|puts?) (?:me|i'm|i am|that i'm|i was)(?: as)? in [a-z]+(?: [a-z]+)?/gi, ' ');
  const f = raw.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const [re, zone] of ABBREV_ZONES) {
    const m = f.match(re);
    if (!m) continue;
    const word = m[0];
    // Short abbreviations must be written in capitals ("ET", "PT"), so "et" / "pt" in words don't count.
    if (/^[a-z]{2,4}$/.test(word) && !new RegExp(`\\b${word.toUpperCase()}\\b`).test(raw)) continue;
    // "central" alone needs a time word nearby ("11 Central", "central time").
    // A short answer that is the zone itself ("Central.", "Yeah, Central.") needs nothing more.
    const shortAnswer = f.replace(/[^a-z\s]/g, ' ').trim().split(/\s+/).every((w) => w === word || /^(?:yeah|yes|yep|no|nope|its|it|s|uh|um|ok|okay|time|si|s[ií]|actually)$/.test(w));
    if (/^(?:central|eastern|pacific|mountain)$/.test(word) && !shortAnswer && !new RegExp(`(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|fifteen|forty-five)|noon|morning|afternoon|evening|o'clock|time|am|pm|a\\.m\\.|p\\.m\\.)\\W*${word}|${word}\\W+(?:time|zone)|(?:on|in) ${word}\\b|\\bmy time\\b[^.?!]{0,12}\\W${word}\\b`).test(f)) continue;
    return zone;
  }
  // Capitalised city abbreviations: "I'm in LA", "our NYC office".
  const ABBR: Array<[RegExp, string]> = [[/\b(?:LA|SF)\b/, 'America/Los_Angeles'], [/\b(?:NYC|NY|DC)\b/, 'America/New_York'], [/\bCHI\b/, 'America/Chicago']];
  if (/\b(?:i'm|i am|we're|we are|based|located|live|living)\b[^.]{0,20}\b(?:in|near|around|outside|from)\b/.test(f)) {
    for (const [re, zone] of ABBR) if (re.test(raw)) return zone;
  }
  // "hora de Chicago", "hora de San Antonio": Spanish names the zone by a city.
  // ("I've got a barbecue place, Marsh BBQ, in Austin": where the caller's business is.)
  if (/\b(?:i'm|i am|we're|we are|based|located|live|living|here|out|over)\b[^.]{0,20}\b(?:in|near|around|outside|from|at our|at my)\b/.test(f) || /\b(?:i've got|i have|i run|i own|we run|we own|we have) (?:a|an|the|my|our) [^.]{0,40}\b(?:place|shop|business|store|restaurant|office|company|clinic|studio|salon|bakery|firm|practice)\b[^.]{0,25}\bin\b/.test(f) || /\b(?:estoy|ando|vivo|estamos|andamos|vivimos|aqui|aca)\b[^.]{0,20}\b(?:en|por|cerca de)\b/.test(f) || /\b(?:in|near) \w+(?: \w+)? time\b/.test(f) || /\b\w+(?: \w+)? time\b/.test(f) || /\bhora de\b/.test(f)) {
    for (const [re, zone] of CITY_ZONES) if (re.test(f)) return zone;
  }
  // "Great. Tucson, by the way, in case they need to know.": a city said as an aside, first in its sentence.
  if (/\b(?:by the way|btw|por cierto)\b/.test(f)) {
    const lead = f.replace(/^\W*(?:(?:great|ok|okay|yeah|yes|oh|and|also|si)\W+)*/, '');
    for (const [re, zone] of CITY_ZONES) if (re.exec(lead)?.index === 0) return zone;
  }
  return null;
}

export function isValidZone(tz: string | null | undefined): tz is string {
  if (!tz) return false;
  return DateTime.now().setZone(tz).isValid;
}

export interface ResolvedTime {
  /** UTC instant, ISO without milliseconds (`2026-11-13T17:00:00Z`). */
  at: string;
  /** The words that were read. */
  text: string;
  /** Local wall time, for the promise text. */
  local: DateTime;
  /** Counted from the end of the call ("in about an hour", "en dos horas"): as exact as a clock time. */
  offset?: true;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, 'forty-five': 45, sixty: 60, ninety: 90, eight: 8, twelve: 12, 'a couple of': 2, 'a couple': 2, 'a few': 3, 'half an': 0.5 };

/** "twenty-five", "forty two": a spoken number from 21 to 59. */
function compoundNumber(words: string): number | null {
  const m = words.match(/^(twenty|thirty|forty|fifty)[- ](one|two|three|four|five|six|seven|eight|nine)$/);
  if (!m) return null;
  return NUMBER_WORDS[m[1]] + HOUR_WORDS[m[2]];
}

export function toUtcIso(dt: DateTime): string {
  return dt.toUTC().set({ millisecond: 0 }).toISO({ suppressMilliseconds: true })!;
}

/**
 * Resolves the first future time expression in `text`, in `zone`, relative to `reference` (ISO
 * instant). Defaults: a day without a time 10:00; morning 09:00, afternoon 14:00, evening 18:00;
 * "next week" Monday 10:00; an hour 1..7 without am/pm is in the afternoon.
 */
/** "now", "right now": the present moment, which chrono reads as an hour. */
const NOW_SAID = /^(?:right )?now$/i;

export function resolveSpokenTime(text: string, reference: string, zone: string): ResolvedTime | null {
  const ref = DateTime.fromISO(reference, { zone: 'utc' }).setZone(zone);
  if (!ref.isValid) return null;
  const f = text.toLowerCase().replace(/[’]/g, "'");

  // "en dos horas", "en una hora y media", "en unas dos horitas": the same offset, in Spanish.
  const es = f.match(/\ben (?:unas? |unos |como |aproximadamente |m[aá]s o menos )?(una|un|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|media|\d+) (horas?|horitas?|minutos?|minutitos?)( y media)?/);
  if (es) {
    const n = ({ una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, diez: 10, quince: 15, veinte: 20, treinta: 30, media: 0.5 } as Record<string, number>)[es[1]] ?? Number(es[1]);
    const hours = /^h/.test(es[2]) ? n + (es[3] ? 0.5 : 0) : n / 60;
    if (Number.isFinite(hours) && hours > 0) {
      const local = ref.plus({ minutes: Math.round(hours * 60) }).set({ millisecond: 0 });
      return { at: toUtcIso(local), text: es[0], local, offset: true };
    }
  }
  // "in two hours", "in 30 minutes": an exact offset from the end of the call.
  // "in an hour and a half", "in two and a half hours": the half counts. "Give me an hour and a half": the same.
  const rel = f.match(/\b(?:in|within(?: the next)?|give (?:me|us|it|her|him)),? (?:(?:like|about|around|roughly|maybe|approximately|just|another),? )?((?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|a|an|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety|a couple(?: of)?|a few|half an|\d+(?:\.\d+)?)( and a half)? (minutes?|mins?|hours?|hrs?)( and a half)?\b/);
  if (rel) {
    const [said, count, halfBefore, unitWord, halfAfter] = rel;
    const n = (NUMBER_WORDS[count] ?? compoundNumber(count) ?? Number(count)) + (halfBefore || halfAfter ? 0.5 : 0);
    const unit = /^h/.test(unitWord) ? 'hours' : 'minutes';
    if (Number.isFinite(n) && n > 0) {
      // An offset counts from the end of the call to the second (rule 8: relative to ended_at).
      const local = ref.plus(unit === 'hours' ? { minutes: Math.round(n * 60) } : { minutes: n }).set({ millisecond: 0 });
      return { at: toUtcIso(local), text: said, local, offset: true };
    }
  }
  const partOfDay = (s: string): number | null => {
    if (/\b(?:mid-?morning|late morning)\b/.test(s)) return 10;
    if (/\b(?:morning|first thing)\b|(?:de|por|en) la mañana|mañanita|temprano/.test(s)) return 9;
    if (/\b(?:afternoon|after lunch)\b|(?:de|por|en) la tarde|despu[eé]s de (?:la )?comida/.test(s)) return 14;
    if (/\b(?:end of (?:the )?day|eod|close of business|cob)\b/.test(s)) return 17;
    if (/\b(?:evening|tonight|after work)\b|(?:de|por|en) la noche|esta noche/.test(s)) return 18;
    if (/\b(?:noon|midday|lunchtime|lunch time|(?:around|at|over|during|by) lunch)\b/.test(s)) return 12;
    return null;
  };

  // "after Thanksgiving", "the Monday after Christmas": the next (week)day after a US holiday.
  const holiday = f.match(/\bafter (?:the )?(thanksgiving|christmas|new year'?s?(?: day)?|the holidays|july 4th|the fourth of july|independence day)\b/);
  if (holiday) {
    const y = ref.year;
    const nthThursdayOfNov = (year: number) => {
      const first = DateTime.fromObject({ year, month: 11, day: 1 }, { zone });
      return first.plus({ days: (4 - first.weekday + 7) % 7 + 21 });
    };
    const dayOf = (year: number): DateTime => {
      const h = holiday[1];
      if (h === 'thanksgiving') return nthThursdayOfNov(year);
      if (h === 'christmas') return DateTime.fromObject({ year, month: 12, day: 25 }, { zone });
      if (/^new year/.test(h) || h === 'the holidays') return DateTime.fromObject({ year: year + 1, month: 1, day: 1 }, { zone });
      return DateTime.fromObject({ year, month: 7, day: 4 }, { zone });
    };
    let day = dayOf(y);
    if (day.endOf('day') < ref) day = dayOf(y + 1);
    let next = day.plus({ days: 1 });
    if (/\bmonday after\b|\bthe monday\b/.test(f)) next = day.plus({ days: ((8 - day.weekday) % 7) || 7 });
    while (next.weekday > 5) next = next.plus({ days: 1 });
    const local = next.set({ hour: partOfDay(f) ?? 10, minute: 0, second: 0, millisecond: 0 });
    return { at: toUtcIso(local), text: holiday[0], local };
  }

  // "the week of the 23rd": the Monday of that week.
  const weekOf = f.match(/\bweek of (?:the )?(\d{1,2})(?:st|nd|rd|th)?\b/);
  if (weekOf) {
    const day = Number(weekOf[1]);
    let date = ref.set({ day: Math.min(day, ref.daysInMonth ?? 28) });
    if (day < ref.day) date = ref.plus({ months: 1 }).set({ day });
    let local = date.startOf('week').set({ hour: partOfDay(f) ?? 10, minute: 0, second: 0, millisecond: 0 });
    if (local <= ref) local = date.set({ hour: partOfDay(f) ?? 10, minute: 0, second: 0, millisecond: 0 });
    if (local > ref) return { at: toUtcIso(local), text: weekOf[0], local };
  }

  // "Next week, whatever, Monday's good": the day named, in next week (chrono reads "next week" alone
  // as seven days on). Not where next week is when the caller is away ("I'm out next week, call me Friday").
  const dayNextWeek = f.match(ENGLISH_WEEKDAY);
  if (dayNextWeek && /\bnext week\b/.test(f) && (f.match(ENGLISH_WEEKDAYS) ?? []).length === 1 && !/\b(?:busy|away|out|gone|travel\w*|off|slammed|booked|on vacation|not (?:around|available|here))\b[^.?!]{0,20}\bnext week\b/.test(f)) {
    const local = dayOfNextWeek(ref, f.replace(/\bnext week\b/, ' ').replace(dayNextWeek[0], ' '), partOfDay(f) ?? 10, WEEKDAYS[dayNextWeek[1]]);
    return { at: toUtcIso(local), text: `${dayNextWeek[1]} next week`, local };
  }
  // "next week" with no day: Monday of next week (Spanish "la próxima semana", "la semana que viene").
  // ("The link goes out now, and billing will call you next week": "now" is this call's hour, not next week's.)
  if (/\b(?:next week|pr[oó]xima semana|semana que (?:viene|entra)|semana entrante|la otra semana)\b/.test(f) && !/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri)\b/.test(f)) {
    const local = dayOfNextWeek(ref, f.replace(/\b(?:next week|pr[oó]xima semana|semana que (?:viene|entra)|semana entrante|la otra semana)\b/, ''), partOfDay(f) ?? 10);
    return { at: toUtcIso(local), text: 'next week', local };
  }

  // "Pasado mañana", "the day after tomorrow": the weekday two days on, which the parsers read.
  const twoDaysOn = ref.plus({ days: 2 });
  const dayAfterTomorrow = text
    .replace(/\bpasado ma[ñn]ana\b/gi, `el ${['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'][twoDaysOn.weekday - 1]}`)
    .replace(/\bthe day after tomorrow\b/gi, twoDaysOn.toFormat('cccc'));
  const spoken = withoutDurations(withoutCounts(ordinalDays(nthWeekdayOfMonth(normaliseTimeWords(dayAfterTomorrow), ref), ref)));
  // ("a mí" is no "a.m."; "the Sun Club", "Sat nav": a weekday is said in full, never cut short.)
  let results = chrono.parse(spoken, wallDate(ref), { forwardDate: true }).filter((r) => !/^a m$/i.test(r.text) && !/^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i.test(r.text));
  // Spanish ("llámame mañana a las 3", "el viernes a las 10 de la mañana").
  // (Also when the English parser found only an hour, or read "a mí" as "a.m.": "Sí, mañana. A las
  // cuatro y media" is tomorrow's.)
  // ("El dieciséis de enero": a Spanish date names its month.)
  const spanish = /(?:^|[^\p{L}])(?:mañana|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|a las|hoy|tarde|noche|semana|\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))(?![\p{L}])/iu.test(spoken);
  const englishHasDay = results.some((r) => r.start.isCertain('day') || r.start.isCertain('weekday'));
  if (spanish && (!results.length || !englishHasDay)) {
    results = chrono.es.parse(spoken, wallDate(ref), { forwardDate: true });
    // "Mañana jueves, a las diez": chrono's Spanish parser reads "mañana" alone first; the part that
    // names the hour says more.
    // A day and, later, an hour with no day ("El jueves por la tarde, a las dos") are one time: put
    // side by side, the loop below joins them.
    const dayOnly = (r: chrono.ParsedResult) => (r.start.isCertain('weekday') || r.start.isCertain('day')) && !r.start.isCertain('hour');
    const hourOnly = (r: chrono.ParsedResult) => r.start.isCertain('hour') && !r.start.isCertain('weekday') && !r.start.isCertain('day');
    const dayAt = results.findIndex(dayOnly);
    const hourAt = results.findIndex((r, k) => k > dayAt && hourOnly(r));
    results =
      dayAt >= 0 && hourAt > dayAt
        ? [results[dayAt], results[hourAt], ...results.filter((_, k) => k !== dayAt && k !== hourAt)]
        : [...results.filter((r) => r.start.isCertain('hour')), ...results.filter((r) => !r.start.isCertain('hour'))];
  }
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const s = r.start;
    // "this evening, say 7pm": a day without an hour followed by an hour without a day is one time.
    const next = results[i + 1]?.start;
    // So is "tomorrow, Wednesday, 1 p.m.": a later mention of the same day that holds the hour.
    const sameDay = (a: typeof s, b: typeof s) => a.date().toDateString() === b.date().toDateString();
    if (PAST_DAY.test(r.text)) continue;
    // "Not today", "hoy no puedo", "desde el sábado": a time refused, or one things started at.
    // "I'll cancel tomorrow's walk-through... call you Tuesday at 10": a time called off. ("Pero no
    // a las siete", "not at seven": an hour refused.)
    if (/\b(?:not|no|desde|since|cancel(?:l?ed|l?ing)?|instead of|rather than)\s+(?:el\s+|the\s+|this\s+|last\s+|a\s+|at\s+)?$/i.test(spoken.slice(0, r.index)) || /^\s+no\b/i.test(spoken.slice(r.index + r.text.length))) continue;
    // ("Nomás que no me marquen en domingo", "don't call me on Sundays": a day refused for contact.)
    if (/\b(?:no (?:me|nos|la|lo|le|les) (?:vayan? a )?(?:marquen|llamen|escriban|manden|hablen|busquen|marcar|llamar|escribir|hablar)|(?:don't|do not|never) (?:call|text|email|ring|phone) (?:me|us))\s+(?:en\s+|el\s+|los\s+|a\s+|on\s+|at\s+)?$/i.test(spoken.slice(0, r.index))) continue;
    const ownDay = s.isCertain('day') || s.isCertain('weekday') || /\b(?:today|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i.test(r.text);
    const joined = next && !s.isCertain('hour') && next.isCertain('hour') && ((!next.isCertain('day') && !next.isCertain('weekday')) || (ownDay && sameDay(s, next))) ? next : null;
    // "9 a.m. your local time on Monday": an hour and, a few words on, the day it falls on.
    const dayAfter = !ownDay && s.isCertain('hour') && next && (next.isCertain('weekday') || next.isCertain('day')) && !next.isCertain('hour') && !PAST_DAY.test(results[i + 1].text) ? next : null;
    const hasDay = ownDay || dayAfter != null;
    const dayOf = dayAfter ?? s;
    const timeOf = joined ?? s;
    const hasHour = timeOf.isCertain('hour');
    if (!hasDay && !hasHour) continue; // "this month", "the 2020s"
    const part = partOfDay(r.text.toLowerCase()) ?? partOfDay(f);
    const hourDefault = part ?? 10;
    // "tonight around 8": an hour chrono left out, read next to the day words.
    const loose = !hasHour ? spoken.toLowerCase().match(/\b(?:at|around|about|by|say|after|before|between)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'clock)?(?![\d:/-])/) : null;
    let hour = hasHour ? fixHour(timeOf.get('hour') ?? hourDefault, timeOf.isCertain('meridiem')) : hourDefault;
    let minute = hasHour ? (timeOf.get('minute') ?? 0) : 0;
    let meridiemCertain = hasHour && timeOf.isCertain('meridiem');
    // "Saturday morning, before eleven", "the salon opens at eleven, so before that": an hour that
    // bounds the part of the day named, not the time; the part's own hour stands when it comes first.
    const bound = loose != null && (/^before\b/.test(loose[0]) || /^\s*,?\s*(?:so\s+)?before (?:that|then)\b/.test(spoken.toLowerCase().slice((loose.index ?? 0) + loose[0].length)));
    if (loose && !(bound && part != null && part < fixHour(Number(loose[1]), false)) && Number(loose[1]) >= 1 && Number(loose[1]) <= 12) {
      const h = Number(loose[1]) % 12;
      meridiemCertain = /^(?:am|pm|a\.m\.|p\.m\.)$/.test(loose[3] ?? '');
      hour = /^p/.test(loose[3] ?? '') ? h + 12 : /^a/.test(loose[3] ?? '') ? h : fixHour(Number(loose[1]), false);
      minute = Number(loose[2] ?? 0);
    }
    // An evening or tonight hour said without am/pm is in the evening ("tonight at 8"); a morning
    // one in the morning ("7:30 tomorrow morning", not the afternoon that a bare 7:30 would be).
    if (!meridiemCertain && (part === 18) && hour >= 1 && hour < 12) hour += 12;
    if (!meridiemCertain && (part === 9 || part === 10) && hour >= 13 && hour <= 19) hour -= 12;
    // A bare time ("at 4") is today unless already past; chrono's implied day is not used.
    const date = hasDay ? { year: dayOf.get('year') ?? ref.year, month: dayOf.get('month') ?? ref.month, day: dayOf.get('day') ?? ref.day } : { year: ref.year, month: ref.month, day: ref.day };
    let local = DateTime.fromObject({ ...date, hour, minute, second: 0 }, { zone });
    if (!local.isValid) continue;
    // "January third, two charges" said on the fourteenth: a month and day already gone this year
    // date what happened; chrono's forward reading would put the call almost a year away.
    if (dayOf.isCertain('month') && !dayOf.isCertain('year') && local.diff(ref, 'days').days > 300) continue;
    // "Tuesday at 3" said on a Tuesday morning is today, not next week (chrono moves it forward).
    if (dayOf.isCertain('weekday') && !dayOf.isCertain('day') && !/\bnext\b|pr[oó]xim/i.test(r.text)) {
      const wd = dayOf.get('weekday');
      if (wd != null && (wd === 0 ? 7 : wd) === ref.weekday) {
        const today = DateTime.fromObject({ year: ref.year, month: ref.month, day: ref.day, hour, minute, second: 0 }, { zone });
        if (today > ref) local = today;
      }
    }
    // "This morning at nine" said at eleven is gone, not tomorrow's (chrono moves it forward).
    const saysToday = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b|\b(?:hoy|esta (?:mañana|tarde|noche))(?![\p{L}])/iu.test(joined ? `${r.text} ${results[i + 1].text}` : r.text);
    if (saysToday && !local.hasSame(ref, 'day')) return null;
    // A bare time already past today means the next day; a past day is not a follow-up.
    if (local <= ref) {
      if (!hasDay) local = local.plus({ days: 1 });
      else if (dayOf.isCertain('weekday') && !dayOf.isCertain('day')) local = local.plus({ weeks: 1 }); // "Thursday" said on a Thursday afternoon
      else continue;
    }
    return { at: toUtcIso(local), text: r.text, local };
  }
  // "in a meeting until 3, call me after that": the hour the caller is free again.
  const until = f.match(/\b(?:until|till|til)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b[^.]*\b(?:after (?:that|then)|afterwards|after)\b/);
  if (until && Number(until[1]) >= 1 && Number(until[1]) <= 12) {
    const h = Number(until[1]) % 12;
    const hour = until[3] === 'pm' ? h + 12 : until[3] === 'am' ? h : fixHour(Number(until[1]), false);
    let local = ref.set({ hour, minute: Number(until[2] ?? 0), second: 0, millisecond: 0 });
    if (local <= ref) local = local.plus({ days: 1 });
    return { at: toUtcIso(local), text: until[0], local };
  }
  // "the first week of December": the Monday of that week.
  const nthWeek = f.match(/\b(first|1st|second|2nd|third|3rd|last) week of (january|february|march|april|may|june|july|august|september|october|november|december)\b/);
  if (nthWeek) {
    const month = MONTHS.findIndex((m) => m.toLowerCase() === nthWeek[2]) + 1;
    let first = DateTime.fromObject({ year: ref.year, month, day: 1 }, { zone });
    if (first.endOf('month') < ref) first = first.plus({ years: 1 });
    const n = /^(?:first|1st)$/.test(nthWeek[1]) ? 0 : /^(?:second|2nd)$/.test(nthWeek[1]) ? 1 : /^(?:third|3rd)$/.test(nthWeek[1]) ? 2 : -1;
    const monday = n >= 0 ? first.startOf('week').plus({ weeks: n }) : first.endOf('month').startOf('week');
    let local = monday.set({ hour: partOfDay(f) ?? 10, minute: 0, second: 0, millisecond: 0 });
    if (local <= ref) local = first.set({ hour: partOfDay(f) ?? 10 });
    if (local > ref) return { at: toUtcIso(local), text: nthWeek[0], local };
  }
  // "call after 6", "any time between 2 and 4": a bare hour chrono did not read, today or tomorrow.
  const bare = f.match(/\b(?:after|between|around|at)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d:/%-])/);
  if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12) {
    const h = Number(bare[1]) % 12;
    const hour = /^p/.test(bare[3] ?? '') ? h + 12 : /^a/.test(bare[3] ?? '') ? h : fixHour(Number(bare[1]), false);
    let local = ref.set({ hour, minute: Number(bare[2] ?? 0), second: 0, millisecond: 0 });
    if (/\btomorrow\b/.test(f) || local <= ref) local = local.plus({ days: 1 });
    return { at: toUtcIso(local), text: bare[0], local };
  }
  // "call me in the morning", "later this afternoon": the next such part of the day.
  const part = f.match(/\b(?:in the (morning|afternoon|evening)|this (morning|afternoon|evening)|(tonight)|later today)\b/);
  if (part) {
    const hour = partOfDay(part[0]) ?? (/later today/.test(part[0]) ? Math.min(ref.hour + 2, 18) : 10);
    let local = ref.set({ hour, minute: 0, second: 0, millisecond: 0 });
    if (local <= ref) local = /later today|this|tonight/.test(part[0]) ? ref.plus({ hours: 1 }).set({ second: 0, millisecond: 0 }) : local.plus({ days: 1 });
    return { at: toUtcIso(local), text: part[0], local };
  }
  return null;
}

/** "st", "nd", "rd" or "th", as a day of the month is written: 1st, 12th, 22nd. */
function ordinalSuffix(n: number): string {
  return n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
/** A parsed time said of the past: "last Monday", "two days ago". */
const PAST_DAY = /\b(?:last|ago|yesterday|previous|past)\b/i;
const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, noon: 12 };

/** "half past two" -> "2:30", "quarter to five" -> "4:45", "at three" -> "at 3", for chrono. */
const SPANISH_HOURS: Record<string, number> = { una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 };
/** Spanish day numbers, 1 to 31, accents folded. */
const SPANISH_DAY_NUMBERS: Record<string, number> = {
  primero: 1,
  ...Object.fromEntries(['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidos', 'veintitres', 'veinticuatro', 'veinticinco', 'veintiseis', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta', 'treinta y uno'].map((w, i) => [w, i + 1])),
};
const MINUTE_WORDS: Record<string, string> = { fifteen: '15', thirty: '30', 'forty-five': '45', fortyfive: '45', 'oh-five': '05', ten: '10', twenty: '20', forty: '40', fifty: '50' };

export function normaliseTimeWords(text: string): string {
  const n = (w: string) => HOUR_WORDS[w.toLowerCase()] ?? Number(w);
  return text
    // "Mesquite Sun.", "I sat down", "they wed": speech is written out in full, so these short forms
    // are words, not weekdays (unless a date or an hour follows: "Sat 9am").
    .replace(/\b(?:sun|sat|wed)\b\.?(?!\s*(?:\d|the \d))/gi, (m) => m.replace(/\w+/, '_'))
    // "I'll take Monday's survey off and have someone call you Tuesday at three": the day a booking had,
    // named as its owner, is no time (not "Monday's good", the day itself).
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s(?= (?:survey|demo|appointment|visit|meeting|install\w*|inspection|class|shift|booking|session|delivery|consult\w*|walkthrough|call)\b)/gi, (m) => m.replace(/\S/g, '_'))
    // "the W-9 link", "your W-2": a tax form's name, not week nine.
    .replace(/\b[Ww]-?\d{1,2}\b/g, (m) => m.replace(/\S/g, '_'))
    // "Three-thirty?", "four fifteen": an hour and its minutes, spoken. ("One forty-nine" is a price,
    // not one-forty and a nine.)
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](fifteen|thirty|forty-five|ten|twenty|forty|fifty)\b(?!-(?:one|two|three|four|five|six|seven|eight|nine)\b)/gi, (_m, h: string, mm: string) => `${HOUR_WORDS[h.toLowerCase()]}:${MINUTE_WORDS[mm.toLowerCase()]}`)
    // "El dieciséis de enero": a day of the month said in Spanish words, as digits for chrono.
    .replace(/\b(primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintid[oó]s|veintitr[eé]s|veinticuatro|veinticinco|veintis[eé]is|veintisiete|veintiocho|veintinueve|treinta y uno|treinta) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/gi, (_m, d: string, month: string) => `${SPANISH_DAY_NUMBERS[foldAccents(d.toLowerCase())]} de ${month}`)
    // "Forty-five minutes from now": the whole number, not the "five" chrono would take from it.
    .replace(/\b((?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine))(?= (?:minutes?|mins?|hours?)\b)/gi, (m, w: string) => String(compoundNumber(w.toLowerCase()) ?? m))
    // "La nómina salió un día tarde", "two days late": how late something was, no time at all.
    .replace(/\b(?:un|una|dos|tres|cuatro|cinco|\d+|a|one|two|three|four|five|a couple of|a few) (?:d[ií]as?|days?|semanas?|weeks?|horas?|hours?) (?:tarde|late|behind)\b/gi, (m) => m.replace(/\S/g, '_'))
    // "el miércoles que viene": the next one, as chrono's Spanish parser says it ("próximo miércoles").
    .replace(/\b(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo) (?:que viene|entrante)\b/gi, 'próximo $1')
    // "como a las cuatro", "a eso de las cuatro": around a time is the time.
    // ("después de las seis": after six is six, as "call after 6" is.)
    .replace(/\b(?:como|tipo|a eso de|m[aá]s o menos|despu[eé]s de) (a )?las\b/gi, 'a las')
    // "Que me llame esta tarde": this afternoon (or tonight) said in Spanish, as "hoy en la tarde".
    .replace(/\besta (tarde|noche)\b/gi, (_m, part: string) => `hoy en la ${part}`)
    // "Mañana al mediodía": noon, said in Spanish, as chrono's Spanish parser reads an hour.
    .replace(/\b(?:al|a|para el|por el) medio ?d[ií]a\b/gi, 'a las 12:00')
    // "a la una", "a la una y media": one o'clock is singular in Spanish.
    .replace(/\ba la una(?: y (media|cuarto))?\b/gi, (_m, frac?: string) => `a las 1${frac ? (frac.toLowerCase() === 'media' ? ':30' : ':15') : ''}`)
    // "a las diez", "a las tres y media": Spanish hours, for chrono's Spanish parser.
    .replace(/\ba las (una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?: y (media|cuarto))?\b/gi, (_m, h: string, frac?: string) => `a las ${SPANISH_HOURS[h.toLowerCase()]}${frac ? (frac.toLowerCase() === 'media' ? ':30' : ':15') : ''}`)
    // "mañana a mediodía a este número", "el lunes a las 3 a su celular": the "a" after a Spanish hour is
    // the preposition, not a.m.
    .replace(/\b(a las? \d{1,2}(?::\d{2})?) a (?=[a-záéíóúñ]{2,})/gi, '$1, a ')
    // "Friday the nineteenth": a spoken ordinal day is a date.
    // (Only after a weekday: "the first time", "the second month" are no dates.)
    .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? the (twenty[- ]|thirty[- ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/gi, (m, day: string, tens: string | undefined, ord: string) => {
      const n = (tens ? (/^twenty/i.test(tens) ? 20 : 30) : 0) + ORDINAL_WORDS[ord.toLowerCase()];
      return n >= 1 && n <= 31 ? `${day} the ${n}${ordinalSuffix(n)}` : m;
    })
    // "El martes dieciséis": a weekday and its day of the month in Spanish words.
    .replace(/\b(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),? (primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintid[oó]s|veintitr[eé]s|veinticuatro|veinticinco|veintis[eé]is|veintisiete|veintiocho|veintinueve|treinta y uno|treinta)\b/gi, (_m, day: string, n: string) => `${day} ${SPANISH_DAY_NUMBERS[foldAccents(n.toLowerCase())]}`)
    // "Try me again the morning of the fifteenth": the day, then its part ("on the fifteenth in the morning").
    .replace(/\b(?:the )?(morning|afternoon|evening) of (?:the )?((?:twenty[- ]|thirty[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)|\d{1,2}(?:st|nd|rd|th))\b/gi, (_m, part: string, day: string) => `on the ${day} in the ${part}`)
    .replace(/\b(?:the )?(morning|afternoon|evening) of ((?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?)\b/gi, (_m, part: string, date: string) => `${date} in the ${part}`)
    // "Call me on the fifteenth": "on the" and a spoken ordinal, not a time or a month's part, is a date.
    .replace(/\bon the (twenty[- ]|thirty[- ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b(?!\s+(?:time|try|floor|call|day|week|month|one|of the month))/gi, (m, tens: string | undefined, ord: string) => {
      const n = (tens ? (/^twenty/i.test(tens) ? 20 : 30) : 0) + ORDINAL_WORDS[ord.toLowerCase()];
      return n >= 1 && n <= 31 ? `on the ${n}${ordinalSuffix(n)}` : m;
    })
    // "Nine-ish.": about nine is nine.
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})-?ish\b(?! (?:minutes?|hours?|days?|weeks?|years?|months?|people|times)\b)/gi, (m, w: string) => (n(w) >= 1 && n(w) <= 12 ? `at ${n(w)}` : m))
    // "Seven a.m.", "five p.m.": an hour word with its half of the day.
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(a\.m\.|p\.m\.|am\b|pm\b)/gi, (_m, w: string, half: string) => `${HOUR_WORDS[w.toLowerCase()]} ${half}`)
    // "Tuesday morning, early, like eight": a hedged hour after a day or a part of it ("I use like four" is no hour).
    .replace(/\b((?:morning|afternoon|evening|early|late|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.?!]{0,15}?)\blike (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, (_m, pre: string, w: string) => `${pre}at ${HOUR_WORDS[w.toLowerCase()]}`)
    // "Ten in the morning is best": an hour word with its part of the day.
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= in the (?:morning|afternoon|evening)\b| at night\b)/gi, (_m, w: string) => `${HOUR_WORDS[w.toLowerCase()]}`)
    // "Tomorrow morning, eight.", "Monday afternoon, two works": a day's part and an hour word after a
    // comma, where the hour ends the phrase.
    .replace(/\b((?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|afternoon|evening)),\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s*(?:[.!,;]|$|works\b|is (?:good|fine|best|great)\b|sharp\b|my time\b|your time\b))/gi, (_m, d: string, w: string) => `${d} at ${HOUR_WORDS[w.toLowerCase()]}`)
    // "Friday eleven.": a weekday and an hour word.
    .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:o'clock|[:-]|thirty|fifteen|forty|twenty|a\.m\.|p\.m\.|am\b|pm\b|of\b|days?\b|weeks?\b))/gi, (_m, d: string, w: string) => `${d} at ${HOUR_WORDS[w.toLowerCase()]}`)
    // "Three o'clock this afternoon": an hour word with o'clock is an hour, with or without "at".
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock\b/gi, (_m, w: string) => `${HOUR_WORDS[w.toLowerCase()]} o'clock`)
    .replace(/\bhalf past (\w+)\b/gi, (m, w: string) => (Number.isFinite(n(w)) ? `${n(w)}:30` : m))
    .replace(/\b(at|around|about|by) half (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/gi, (m, p: string, w: string) => (Number.isFinite(n(w)) ? `${p} ${n(w)}:30` : m))
    .replace(/\bquarter past (\w+)\b/gi, (m, w: string) => (Number.isFinite(n(w)) ? `${n(w)}:15` : m))
    .replace(/\bquarter (?:to|of) (\w+)\b/gi, (m, w: string) => (Number.isFinite(n(w)) ? `${((n(w) + 10) % 12) + 1}:45` : m))
    .replace(
      /\b(at|around|about|by|say|after|before) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s*(?:$|[.,!?;]|o'clock|am\b|pm\b|a\.m\.|p\.m\.|in the|tonight|tomorrow|today|on\b|this\b|next\b|thirty|fifteen|forty|or so|ish|works?\b|is (?:fine|good|great|perfect)|sounds\b|would (?:work|be)\b|should work|my time|your time|(?:central|eastern|pacific|mountain)\b|(?:for|with) (?:me|you|us)\b|and (?:we|i|you|then|let's)\b|to (?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)\b)[a-z]+\b))/gi,
      (_m, p: string, w: string) => `${p} ${HOUR_WORDS[w.toLowerCase()]}`,
    );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Friday the 20th" -> "Friday November 20th" (this month, or next when the day has passed), for chrono. */
function ordinalDays(text: string, ref: DateTime): string {
  return weekdayDates(text, ref).replace(/\b(?:on )?the (\d{1,2})(st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi, (m, d: string, suffix: string) => {
    const day = Number(d);
    if (day < 1 || day > 31) return m;
    const month = day >= ref.day ? ref.month : (ref.month % 12) + 1;
    return `${MONTHS[month - 1]} ${day}${suffix}`;
  });
}

const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

/**
 * "The first Monday in April" -> "April 5th": the weekday counted in the month named (this year's,
 * or next year's once it has passed), for chrono, which reads "Monday" alone.
 */
function nthWeekdayOfMonth(text: string, ref: DateTime): string {
  return text.replace(/\b(?:the )?(first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:in|of) (january|february|march|april|may|june|july|august|september|october|november|december)\b/gi, (m, nth: string, day: string, month: string) => {
    const monthNo = MONTHS.findIndex((x) => x.toLowerCase() === month.toLowerCase()) + 1;
    const weekday = WEEKDAYS[day.toLowerCase()];
    const n = NTH[nth.toLowerCase()];
    const dayIn = (year: number): DateTime => {
      const start = DateTime.fromObject({ year, month: monthNo, day: 1 }, { zone: ref.zone });
      if (n > 0) return start.plus({ days: ((weekday - start.weekday + 7) % 7) + 7 * (n - 1) });
      const end = start.endOf('month').startOf('day');
      return end.minus({ days: (end.weekday - weekday + 7) % 7 });
    };
    let date = dayIn(ref.year);
    if (date.endOf('day') < ref) date = dayIn(ref.year + 1);
    return date.month === monthNo ? `${MONTHS[monthNo - 1]} ${date.day}${ordinalSuffix(date.day)}, ${date.year}` : m;
  });
}

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ENGLISH_WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const ENGLISH_WEEKDAYS = new RegExp(ENGLISH_WEEKDAY.source, 'g');

/** A day of next week (Monday unless said) at the hour the rest of the words give, else at `hour` (the part of the day's, or 10:00). */
function dayOfNextWeek(ref: DateTime, rest: string, hour: number, weekday = 1): DateTime {
  const timeMatch = chrono.parse(withoutCounts(rest), wallDate(ref), { forwardDate: true }).find((r) => r.start.isCertain('hour') && !NOW_SAID.test(r.text));
  const local = ref.plus({ weeks: 1 }).startOf('week').plus({ days: weekday - 1 }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  return timeMatch ? local.set({ hour: fixHour(timeMatch.start.get('hour') ?? 10, timeMatch.start.isCertain('meridiem')), minute: timeMatch.start.get('minute') ?? 0 }) : local;
}

const SPANISH_WEEKDAY = /^(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)$/i;
const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  lunes: 1, martes: 2, miercoles: 3, 'miércoles': 3, jueves: 4, viernes: 5, sabado: 6, 'sábado': 6, domingo: 7,
};

/** A month or a weekday, in English or Spanish ("November", "Jueves"): a calendar word, never a person's name. */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.some((m) => m.toLowerCase() === w) || MESES.includes(w) || w in WEEKDAYS;
}

/**
 * "El lunes 15", "Monday 15": a number after a weekday that is that weekday's date is a day of the
 * month, not an hour (15:00). Where the next such weekday falls on it, the number says nothing the
 * weekday does not and is dropped (in either language); any other number ("Monday 3", "el jueves 4
 * de la tarde") is left to be read as an hour.
 */
function weekdayDates(text: string, ref: DateTime): string {
  return text.replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+(?:the\s+)?(\d{1,2})\b(?!\s*(?::\d|am\b|pm\b|a\.m\.|p\.m\.|o'clock|de\b|of\b|in the|h\b|hrs?\b|horas?\b|[/.-]\d))/gi, (m, day: string, n: string) => {
    const weekday = WEEKDAYS[day.toLowerCase()];
    const date = Number(n);
    for (let k = 0; k < 14; k++) {
      const d = ref.plus({ days: k });
      if (d.weekday !== weekday || d.day !== date) continue;
      // The next such weekday says it alone; today's or next week's needs the date said.
      if (k > 0 && k < 7) return day;
      return SPANISH_WEEKDAY.test(day) ? `${day} ${date} de ${MESES[d.month - 1]}` : `${day} ${MONTHS[d.month - 1]} ${date}th`;
    }
    return m;
  });
}

/**
 * How long something takes or took is no time to be reached: "I just spent twenty-five minutes on
 * hold", "we'll respond within forty-five days" (chrono would read "five minutes" as five minutes
 * from now). Masked unless said as an offset from now ("in twenty minutes", "in like two hours", "two days
 * from now").
 */
function withoutDurations(text: string): string {
  return text.replace(
    /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|\d+)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a couple of|a few|several)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b(?!\s+(?:from now|later|out))/gi,
    (m: string, offset: number) => {
      const before = text.slice(Math.max(0, offset - 25), offset);
      const offsetFromNow = /\bin,?\s+(?:(?:like|about|around|roughly|maybe|approximately|just|another),?\s+)?$/i.test(before) || (/\bwithin\s+(?:the next\s+)?$/i.test(before) && /\b(?:minutes?|mins?|hours?|hrs?)\b/i.test(m));
      return offsetFromNow ? m : ' '.repeat(m.length);
    },
  );
}

/** Numbers that are no clock time: plurals of forms and decades ("the 1099s", "the 1990s") and long figures. */
function withoutCounts(text: string): string {
  return text.replace(/\b\d{3,4}s\b|\b\d{5,}\b/g, ' ');
}

/** An hour said without am/pm: 1..7 are afternoon in business speech ("Thursday at 2"). */
function fixHour(hour: number, meridiemCertain: boolean): number {
  if (!meridiemCertain && hour >= 1 && hour <= 7) return hour + 12;
  return hour;
}

/** A Date whose local (process) wall clock reads the caller's wall clock, for chrono. */
function wallDate(ref: DateTime): Date {
  return new Date(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute, ref.second);
}
