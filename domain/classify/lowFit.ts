/** Rule 4's low-fit signals: spam, vendor pitches, wrong numbers and students. */
import type { Call } from '../call';
import type { Evidence } from '../plan';
import { evidence, findFirst, fold, negatedAt, type Sentence } from '../text';

export interface LowFit {
  spam: Evidence | null;
  vendor: Evidence | null;
  wrongNumber: Evidence | null;
  student: Evidence | null;
}

const SPAM = [
  // A utility scam's threat and tender: "this is the disconnection department", "we accept prepaid cards".
  /\bdisconnection department\b|\bwe (?:only )?accept (?:only )?(?:prepaid (?:\w+ )?cards?|gift ?cards?)\b/,
  // A scam's demand: "we accept payment by prepaid gift card only", "a payment of eight hundred forty
  // dollars with a prepaid card".
  /\b(?:pay(?:ment)?|settle|accept(?:ing)? payment) (?:\w+ ){0,6}(?:by|with|in|using|through) (?:a |an )?(?:prepaid (?:debit |cash |visa |money )?cards?|(?:prepaid )?(?:gift ?cards?|itunes cards?|google play cards?|bitcoin|crypto(?:currency)?|wire transfer only))\b|\b(?:pag(?:ar|ue|o|uen)|aceptamos (?:el )?pago) (?:\w+ ){0,3}(?:con|en) tarjetas? de regalo\b/,
  /\bcongratulations\b[^.]*\b(?:selected|won|winner|chosen)\b/,
  /\byou(?:'ve| have)? (?:been selected|won)\b/,
  /\bpress (?:one|two|too|to|nine|zero|\d)\b(?! (?:the|a|your|my))/,
  /\b(?:this is an automated (?:alert|notice|reminder)|this call is from your (?:local )?\w+|do not ignore this (?:notice|message|call)|has been flagged for|if you did not authori[sz]e this)\b/,
  /\b(?:free cruise|claim your (?:prize|reward|gift)|(?:free|won|win|claim|redeem|receive|\$\d+|\d+ dollar|hundred dollar|thousand dollar) (?:a |an |your )?(?:\w+ )?gift card|extended (?:car|auto|vehicle) warranty|(?:car|vehicle)'s (?:extended )?warranty|(?:expir\w*|lapse\w*) (?:\w+ )?(?:extended )?warranty|final notice|irs|social security number (?:has been )?suspended|student loan forgiveness|lower your interest rate|limited time offer)\b/,
  /\bwarranty\b[^.]*\b(?:vehicle|car|auto|truck)\b|\b(?:vehicle|car|auto|truck)\b[^.]*\bwarranty\b/,
  /\b(?:felicidades|usted ha ganado|ha sido seleccionad[oa]|presione (?:uno|dos|tres|nueve|cero|\d))\b/,
  /\b(?:this is an automated (?:message|call)|this is a recorded message|do not hang up)\b/,
  // A phishing script: "confirm the name on your utility account and your account number", "read me
  // the six-digit code we just sent", "payouts will be suspended".
  /\b(?:confirm|verify|read me|give me|provide)\b[^.?!]{0,50}\b(?:your (?:utility )?account number|name on your (?:utility |bank )?account|(?:six-digit |verification |security |one-time |\d-digit )code (?:we|that we) (?:just )?sent|username and (?:the )?(?:password|(?:six-digit )?code))\b|\b(?:account|accounts|payouts?|service) (?:\w+ ){0,3}will be suspended\b|\bstate-funded rebate\b/,
  // An official's fee, payable now: "a reinstatement fee that must be paid today to avoid suspension",
  // "I can take a card or a gift card over the phone".
  /\bmust be paid (?:today|now|immediately)\b[^.?!]*\bto avoid\b|\b(?:take|accept) (?:a )?(?:card or (?:a )?)?gift ?cards? over the phone\b/,
];
const VENDOR = [
  // What the caller's company does for companies like ours: "we place bilingual reps", "we compile contact data".
  /\b(?:we|our (?:company|agency|firm|team|shop)) (?:do|place|compile|license|make|supply|handle|install|source) (?:\w+ ){0,4}(?:for (?:companies|businesses|teams|brands|shops|clinics)|that plug|reps|records|data|leads|lists|summaries|contracts)\b|\b(?:get|put) (?:our|my) (?:rate card|deck|brochure|one-pager|pricing sheet) in front of\b|\bsend (?:you )?a free (?:sample|audit|trial|analysis)\b|\bwe've got a (?:connector|tool|solution|service) that\b/,
  // The sale runs the other way: a quote offered FOR our building, office or team.
  /\b(?:put together|send (?:you|over)|give you|write up|draw up|prepare|work up) (?:a |an )?(?:quote|proposal|estimate|bid)s? for (?:your|y'all's|you all's|you guys') (?:building|office|offices|company|team|business|space|location|facility|staff)\b|\bwearing my other hat\b|\b(?:calling|here) (?:as|on behalf of|for) my (?:own )?(?:company|business)\b/,
  // (Not "we sell your cold brew": a stockist of ours.)
  /\b(?:we|our (?:company|agency|firm|team)) (?:offer|provide|help (?:companies|businesses|brands)|specialize|sell|build)\b(?! (?:your|y'all's)\b)/,
  /\b(?:seo|lead generation|lead-gen|web design|outsourc\w+|staffing|merchant services|payment processing|marketing agency|app development|offshore|link building)\b[^.]*\b(?:services?|agency|solutions?|offer|help)\b/,
  // (Not the caller telling us someone else "handles vendors": then we are the vendor.)
  /\b(?:who(?:'s| is)? (?:in charge of|handles|responsible for)|the person (?:who|that) (?:handles|manages))(?! (?:the )?(?:vendors?|suppliers?|salespeople|sales (?:calls|reps)|solicitors))\b|\b(?:speak (?:to|with) (?:the )?(?:owner|decision[- ]maker|whoever handles|your (?:marketing|it|purchasing|procurement)))\b/,
  /\b(?:market research|industry) (?:survey|study|questionnaire)\b|\bconducting (?:a |an )?(?:\w+ ){0,2}(?:survey|research|study|poll)\b/,
  /\bwe do (?:\w+ ){0,2}for (?:businesses|companies|brands|small businesses)\b|\bsend you (?:our|a) (?:catalog|catalogue|brochure|deck|rate card|media kit)\b/,
  /\b(?:i'm|i am|we're|we are) (?:with|from) (?:a|an) (?:staffing|recruiting|marketing|seo|design|web|consulting|lead generation|outsourcing|advertising) (?:firm|agency|company)\b|\bavailable for hire\b/,
  /\b(?:(?:would love to|we'd love to|want to|looking to|like to|hoping to) partner with (?:you|your (?:company|team|business))|partnership opportunity|business opportunity|sponsorship|i'm (?:a|an) (?:sales rep|account executive|recruiter)|calling on behalf of (?:a|an|our) \w+ (?:agency|firm|company))\b/,
  /\b(?:i'd like to (?:pitch|offer|sell|introduce (?:you to )?our)|quick pitch|we work with companies like yours)\b/,
  /\bwe can (?:fix|help with|improve|boost|build|redesign|grow) (?:that|this|your)\b|\bnot ranking\b|\b(?:your|the) website\b[^.]*\b(?:rank\w*|seo|google|traffic)\b/,
  // In Spanish: "nosotros hacemos letreros ... tenemos una promoción", "¿con quién hablo para publicidad?", "les mando muestras gratis",
  // "estamos ofreciendo letreros LED para oficinas", "lo que ofrecemos es traducir y adaptar su sitio", "¿le mando el catálogo a algún correo?", "queremos ofrecerles un convenio".
  // ("Nosotros limpiamos oficinas ... Le quería ofrecer limpieza nocturna ... Es para ofrecerles la limpieza a ustedes.",
  // "Es business. Les quiero vender las vans.")
  /\bnosotros (?:hacemos|ofrecemos|vendemos|damos|manejamos|fabricamos|instalamos|limpiamos|reparamos|pintamos|proveemos|distribuimos|dise[ñn]amos)\b|\b(?:(?:le|les) )?quer[ií]a(?:mos)? ofrecer(?:les|le)?\b|\b(?:les?|te) quiero vender\b|\bquiero venderles?\b|\bes para ofrecer(?:les|le)\b|\blo que (?:ofrecemos|hacemos|vendemos|proponemos) es\b|\b(?:estamos|andamos) (?:ofreciendo|vendiendo|promocionando)\b|\b(?:le|les) (?:mando|env[ií]o|mandamos|enviamos) (?:el|un|nuestro) cat[aá]logo\b|\b(?:queremos|quisi[eé]ramos|quiero|venimos a) ofrecer(?:les|le)\b|\b(?:le|les) (?:mando|env[ií]o|mandamos|enviamos) (?:la|nuestra) lista de precios\b|\bcon qui[eé]n (?:hablo|puedo hablar) (?:para|sobre) (?:publicidad|compras|proveedores|mercadeo|marketing)\b|\b(?:les|le) (?:mando|env[ií]o|enviamos|mandamos) (?:unas )?muestras\b|\b(?:les|le) (?:ofrezco|ofrecemos|quiero ofrecer)\b/,
  /\b(?:wanted to|want to|would like to|we'd like to) offer you (?:a|an|our)\b|\b(?:exhibitor|sponsorship|advertising|ad) (?:booth|package|opportunit\w+|space|slot)\b/,
];
const WRONG_NUMBER = [
  // ("It's just going to the wrong place. I don't check that Outlook anymore.": our email sent to an old
  // address, not a caller who reached the wrong business.)
  /\bwrong (?:number|person|guy|lady|company|business|office|department)\b|(?<!\b(?:going|goes|went|sent|sending|coming) (?:to )?(?:the )?)\bwrong place\b/,
  /\b(?:there(?:'s| is) no (?:one|body|\w+) (?:here )?(?:by|named|called|with) that name|nobody (?:here )?by that name)\b/,
  /\b(?:i (?:don't|do not) know (?:any(?:one|body)? (?:named|called|by)|who (?:that|this|you(?:'re| are)? (?:is|looking for|want))))\b/,
  /\b(?:i'm not|i am not|this isn't|this is not) (?:\w+ ){0,1}(?:who you(?:'re| are) looking for|the person you want)\b/,
  // ("I got a new phone number last month and I keep getting stuff from you guys for a Priscilla", "the
  // carrier recycled her old number": a number that was someone else's.)
  /\b(?:number (?:must have|has) (?:been )?(?:changed|reassigned)|got this number (?:recently|a few|last)|(?:recycled|reassigned) (?:her|his|their|the|that|this) (?:old )?number|(?:keep|kept) getting (?:stuff|texts|calls|messages|emails|mail) (?:from you(?: guys)? )?for (?:a|an|some|somebody|someone) \p{Lu}?\w+)\b/u,
  // ("Ya no conozco a nadie que quiera paneles": no one left to refer; "no conozco a nadie de ustedes":
  // no one at the company. Neither is a stranger's number.)
  /\b(?:no hay ning[uú]n|no conozco a (?:ese|esa|ning[uú]n|nadie(?! (?:que|quien|m[aá]s|interesad|de ustedes|ah[ií])))|este n[uú]mero es m[ií]o|es mi (?:celular|n[uú]mero) (?:personal|desde))|\bme dieron mal el n[uú]mero|\b(?:there's no|there is no) \w+ (?:here|at this number)\b|\bthis (?:number|phone) (?:has been|is) mine\b/,
  /\bnúmero equivocado\b|\bn[uú]mero equivocado|\b(?:me|se|nos) equivoc(?:o|ó|ó|[aá]|u[eé]|ado)\w* de n[uú]mero/,
  // Asking for another business: "Is this not Dr. Patel's office?", "¿Farmacia San Judas?"
  /\b(?:is this not|isn't this|is this|this isn't|this is not) (?:the |dr\.? |doctor )?[\w.' ]{0,30}(?:'s)? (?:office|clinic|pharmacy|restaurant|salon|dental|dentist|store|shop|practice)\b/,
  /\b(?:dial(?:l)?ed (?:the )?wrong|misdial\w*|must have (?:dial(?:l)?ed|called) (?:the )?wrong|called the wrong (?:number|place|company))\b/,
  /\b(?:this is my number now|it's my number now|(?:i|we) (?:just |recently )?got this number|this number (?:is mine now|belongs to me now))\b/,
  /\b(?:asking|looking) for \w+,? but (?:i'm|i am|this is|my name is)\b/,
  // "Is this Marcus's phone?" ... "So this isn't Marcus.": a person's own line was meant.
  /\bis this (?!your\b|the\b|my\b)[a-z]+'s (?:phone|number|cell|line)\b|\bso this (?:isn't|is not) (?!the\b|a\b|an\b|about\b|right\b|working\b|what\b|how\b|free\b|going\b|it\b|true\b)[a-z]+\s*[.!?]/,
  // "Addressed to a 'Nell.' I'm not Nell. I'm Darnell." "I don't know a Nell, I don't know a Wade."
  // "Mine for like three years": the number is someone else's now.
  /\bi (?:don't|do not) know (?:a|an|any) [a-z][\w'-]+\b[^.?!]*\b(?:i (?:don't|do not) know (?:a|an|any)|never heard of)\b|(?:^\s*|\b(?:this number(?:'s| is| has been)|it's|it has been|it's been) )mine for (?:like |about |almost |over )?(?:a |\w+ )(?:years?|months)\b|\baddressed to (?:a|some) ['"‘“]?[a-z]/,
  // "You keep calling this number for a Marcus Bell... Marcus had this number before me."
  /\bhad (?:this|my) (?:number|phone|line|cell) before (?:me|us|i got it)\b|\b(?:keep|keeps|kept) (?:calling|texting) (?:this|my) (?:number|phone|line|cell) (?:for|looking for|asking for) (?:a |an |some )?[a-z]/,
];
const STUDENT = [
  /\bi'?m (?:actually |just |really |only )?(?:a |an )?(?:college |university |grad |graduate |high school |phd |mba |master's |masters |doctoral |undergraduate |undergrad )?student\b/,
  // "I'm writing my thesis on referral incentives": a thesis is a student's.
  /\b(?:writing|working on|doing|finishing) my (?:thesis|dissertation|capstone|term paper)\b/,
  /\b(?:school|class|college|university|course|homework|thesis|dissertation) (?:project|assignment|paper|research)\b/,
  /\b(?:for|in) (?:my|an?|our) (?:[\w-]+ ){0,3}(?:class|course|thesis|dissertation|school project|research paper|homework|assignment|seminar)\b/,
  // "I'm a junior at UW Madison": a year of study, at a school.
  /\bi'?m (?:a |an )?(?:freshman|sophomore|junior|senior|first-year|second-year|third-year|fourth-year|undergrad\w*|grad(?:uate)? student|phd student|college student)\b(?: (?:at|in)\b)/,
  // "For my marketing capstone", "I'm doing my capstone on referral programs".
  /\bmy (?:[\w-]+ )?capstone\b|\bcapstone (?:project|class|course|paper)\b/,
  /\b(?:doing|working on) (?:my |some |a )?(?:homework|school assignment|class assignment|term paper)\b/,
  // "I'm in the solar tech program at Truckee Meadows Community College", "my instructor said we
  // should call around about apprenticeships".
  /\bi'?m (?:in|enrolled in|doing|halfway through) (?:the|a|an) (?:[\w-]+ ){0,3}(?:program|course|degree|certificate) at (?:[\w-]+ ){0,4}(?:college|university|school|institute|academy|polytechnic)\b|\bmy (?:instructor|professor|teacher) (?:said|told us|wants us|asked us)\b/,
  // "I'm in eighth grade and we have this business project", "a project for school".
  /\bi'?m in (?:the )?(?:\w+|\d+(?:st|nd|rd|th)) grade\b|\b(?:project|assignment|paper) for (?:school|class|my teacher)\b|\bmy teacher\b[^.]*\b(?:project|assignment|interview)\b/,
  // "Soy estudiante de maestría ... mi tesis", "es para la universidad".
  /\bsoy estudiante\b|\bestudiante de (?:maestr[ií]a|doctorado|licenciatura|posgrado|(?:la )?universidad|(?:la )?prepa)\b|\b(?:mi|una) tesis\b|\bpara (?:la universidad|la escuela|una clase|mi clase|la prepa)\b|\bestoy en (?:la )?(?:prepa|secundaria|preparatoria|universidad|escuela)\b|\b(?:proyecto|trabajo|tarea) (?:para|de) (?:la )?(?:feria de ciencias|escuela|clase|prepa|universidad)\b|\bferia de ciencias\b|\bproyecto de (?:ciencias|la escuela|clase)\b|\bestoy en (?:el )?(?:\p{L}+ )?grado\b|\bmi (?:maestr[oa]|profe(?:sor[a]?)?) (?:dice|dijo|nos pidi[oó]|quiere|nos dej[oó])\b/u,
  // "Estoy en segundo año de prepa... un reporte para la clase de ciencias y la maestra dijo".
  /\bestoy en (?:el )?\p{L}+ (?:a[ñn]o|semestre) de (?:la )?(?:prepa|secundaria|preparatoria|universidad|carrera|facultad)\b|\b(?:reporte|trabajo|tarea|proyecto|ensayo|investigaci[oó]n|entrevista) para (?:la|mi) clase\b|\b(?:la|mi) (?:maestra|profesora|profa) (?:dijo|dice|nos pidi[oó]|quiere) que\b|\b(?:el|mi) (?:maestro|profesor|profe) (?:dijo|dice|nos pidi[oó]|quiere) que\b/u,
];

const notNegated = (s: Sentence, m: RegExpMatchArray) => !negatedAt(s.text.toLowerCase(), m.index ?? 0);

/** The agent says the caller reached the wrong place... */
const AGENT_SAYS_WRONG = /\b(?:no somos (?:un|una|el|la)|we're not (?:a|the)|we are not (?:a|the)|wrong number|(?:have|dialed|dialled|reached|got) the wrong|n[uú]mero equivocado|se equivoc\w* de n[uú]mero|this is not (?:the )?\w+|this isn't (?:the )?\w+)/;
/** Or says it does not do what the caller asked for: "we make payroll software, we don't repair boats". */
const AGENT_DOES_NOT_DO = /\bwe (?:don't|do not) (?:repair|fix|sell|service|install|carry|do) (?!that\b|those\b|it\b)\w+/;
/** ...and the caller agrees: "Oh! I'm so sorry", "¡Ay, perdón! Me equivoqué". */
const CALLER_AGREES = /\b(?:me dieron mal|lo apunt[eé] mal|sorry|so sorry|oops|whoops|my (?:mistake|bad)|wrong number|i must have|perd[oó]n|disculp\w+|lo siento|me equivoqu|n[uú]mero equivocado)/;

function agentConfirmedWrongNumber(call: Call): Evidence | null {
  const t = call.transcript;
  for (let i = 0; i + 1 < t.length; i++) {
    // (Only to a caller who asked for something: a robocall's pitch answered "we don't install panels" is no wrong number.)
    const askedBefore = t[i - 1]?.speaker === 'caller' && /\?/.test(t[i - 1].text);
    if (t[i].speaker !== 'agent' || !(AGENT_SAYS_WRONG.test(fold(t[i].text)) || (askedBefore && AGENT_DOES_NOT_DO.test(fold(t[i].text))))) continue;
    const reply = t.slice(i + 1, i + 5).find((x) => x.speaker === 'caller' && CALLER_AGREES.test(fold(x.text)));
    if (reply) return evidence('intent', { turn: t.indexOf(reply), text: reply.text });
  }
  return null;
}

/**
 * "Is this the office for Kestrel Solar?" - "Yes, this is Rowan": the caller checked the number and
 * the agent said it is the right one.
 */
function agentSaidRightPlace(s: Sentence, call?: Call): boolean {
  if (!call || !/^\s*(?:\w+[,.!]?\s+){0,3}(?:is this|this is)\b[^.!]*\?\s*$/.test(fold(s.text))) return false;
  const next = call.transcript.slice(s.turn + 1).find((t) => t.speaker === 'agent');
  return next != null && /^\s*(?:yes|yep|yeah|correct|that's right|it is|you've reached|you have reached|s[ií](?![\p{L}])|as[ií] es|correcto)/u.test(fold(next.text));
}

/** A prospect's ask for our price or a quote: "what do you guys charge for a six kilowatt system?". */
const ASKS_OUR_PRICE = /\b(?:what do (?:you|y'all)(?: guys| folks)? charge|how much (?:do|would|does) (?:you|y'all|it|one|a)\b|(?:give|get|send|put together) (?:me )?a (?:quote|price|estimate)|cu[aá]nto (?:cobran|cuesta|sale)|(?:me dan|me pueden dar) (?:una )?cotizaci[oó]n)/;

/**
 * "Is this SunPeak? ... I mixed up the numbers. Actually, don't hang up. What do you guys charge?":
 * a caller who dialled the wrong company and stays on to ask for our price is a prospect.
 */
function stayedToBuy(caller: Sentence[], wrongNumber: Evidence | null): Evidence | null {
  if (!wrongNumber) return null;
  // ("I was trying to get Halyard Marine ... since I've got you ... Ha. Wrong number, right company.")
  return caller.some((s) => (s.turn > wrongNumber.turn && ASKS_OUR_PRICE.test(fold(s.text))) || (s.turn >= wrongNumber.turn - 4 && STAYS_ON.test(fold(s.text)))) ? null : wrongNumber;
}

/** The caller stays on for what we do, whatever number they meant to dial (intentDecision.ts sets the model's wrong number aside then too). */
export function staysOnForUs(caller: Sentence[]): boolean {
  return caller.some((s) => STAYS_ON.test(fold(s.text)));
}

/** The caller stays on for what we do: "since I've got you", "wrong number, right company". */
// ("¿Ustedes hacen nóminas? ... Fíjese que sí necesito eso", "qué buena suerte marcar mal": the same, in Spanish.)
const STAYS_ON = /\b(?:since i've got you|since i have you|while i(?:'ve)? got you|while i have you|wrong (?:number|company),? (?:but )?(?:the )?right (?:company|people|place|number)|ya que (?:los|lo|la|le|les) tengo|(?:f[ií]jese|pues|oiga) que s[ií] (?:necesito|ocupo|me interesa) eso|actually,? i (?:do )?need (?:that|this|one)|buena suerte (?:marcar|haber marcado) mal)(?![\p{L}])/u;

/**
 * "Great! I'm reaching out because businesses in your zip code qualify for..." said word for word a
 * second time, after the agent spoke: a recording plays its script again, a person does not.
 */
function repeatedScript(caller: Sentence[]): Evidence | null {
  const opening = (s: Sentence) => fold(s.text).replace(/[—–-]+\s*$/, '').split(/\s+/).slice(0, 8).join(' ');
  for (let j = 1; j < caller.length; j++) {
    const words = opening(caller[j]);
    if (words.split(' ').length < 8) continue;
    const first = caller.find((s, k) => k < j && s.turn < caller[j].turn && opening(s) === words);
    if (first) return evidence('intent', caller[j]);
  }
  return null;
}

/** The caller asks for our price for themselves: "what I actually want is a price on", "I need a quote for my store". */
const ASKS_TO_BUY = /\bwhat i (?:actually |really )?(?:want|need) is (?:a |an )?(?:price|quote|estimate|pricing)\b|\b(?:i|we) (?:(?:just |really |actually )?(?:want|need)|'d like|would like) (?:to get )?(?:a |an )?(?:price|quote|estimate|pricing) (?:on|for) (?:a |an |the |my |our )\b/;
/** What our flyer, mailer or rep said or promised, reported by the caller. */
const OFFER_REPORTED = /\b(?:flyer|mailer|postcard|brochure|ad|email|website|rep|guy|salesman|agent|consultant)\b[^.?!]*\b(?:said|says|promised|offered)\b|\b(?:was|were) (?:promised|supposed to (?:get|receive))\b/;

export function detectLowFit(caller: Sentence[], call?: Call): LowFit {
  const one = (patterns: RegExp[], field: string, keep: (s: Sentence, m: RegExpMatchArray) => boolean = notNegated) => {
    const hit = findFirst(caller, patterns, keep);
    return hit ? evidence(field, hit.sentence) : null;
  };
  return {
    // ("The flyer Desmond gave me said two hundred dollar gift card just for doing the consultation":
    // an offer of ours the caller reports, not a prize a robocall announces.)
    spam: one(SPAM, 'intent', (s, m) => notNegated(s, m) && !OFFER_REPORTED.test(fold(s.text))) ?? repeatedScript(caller),
    // ("We sell the salt ... So what I actually want is a price on a commercial softener for the store":
    // a business that says what it sells, then asks to buy from us.)
    vendor: caller.some((s) => ASKS_TO_BUY.test(fold(s.text))) ? null : one(VENDOR, 'intent'),
    wrongNumber: stayedToBuy(caller, one(WRONG_NUMBER, 'intent', (s, m) => notNegated(s, m) && !agentSaidRightPlace(s, call)) ?? (call ? agentConfirmedWrongNumber(call) : null)),
    student: one(STUDENT, 'qualityMarkers'),
  };
}
