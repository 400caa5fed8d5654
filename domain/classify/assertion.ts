/**
 * Whose wish, when, and how sure: the ConText-style modifiers of a candidate request found in a
 * sentence (after NegEx / ConText, Chapman et al.). A request frame ("stop calling me", "remove me
 * from the list") counts as the caller's own, present wish only when
 *  - nobody else is its speaker (experiencer): not "my husband told your guy to stop calling", not
 *    "a text that said reply STOP to opt out", not a robocall's menu ("to be removed, press 9");
 *  - it is not in the past and settled (temporality): not "back in the spring I'd asked you to stop
 *    the texts, and you did";
 *  - it is not hedged (certainty): "maybe don't bother for now?", "I'm not sure I want these calls",
 *    "ya no sé si quiero" make it uncertain: held for a person, never applied or ignored on a guess.
 * Negation, conditions and other companies' lists are read in text.ts and optOut.ts; each function
 * here reads the folded sentence `f` and the index `i` where the candidate starts.
 */

/** The clause before the candidate: from the last clause break (, ; : — but so and) up to `i`. */
function clauseBefore(f: string, i: number): string {
  const before = f.slice(0, i);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.search(/\b(?:but|so|and then|then)\b(?!.*\b(?:but|so|and then|then)\b)/));
  return cut >= 0 ? before.slice(cut) : before;
}

const OTHER_SPEAKER =
  /\b(?:he|she|they|ella|ellas|ellos|[eé]l(?= (?:me |nos |le |les )?(?:dijo|dice|dec[ií]a|pidi[oó]|quiere|quer[ií]a|escribi[oó]|piensa|cree))|someone|somebody|(?:the |our |half (?:my|our|the) |some |twenty |a lot of |all (?:my|our|the) )?(?:patients|customers|clients|students|subscribers|parents|guests|tenants)|my (?:\w+ ){0,2}(?:patients|customers|clients|members|users|employees|staff|wife|husband|partner|boss|son|daughter|kid|kids|mom|mother|dad|father|assistant|manager|brother|sister|friend|colleague|coworker|co-worker|neighbou?r|roommate|office manager|receptionist|accountant|team|cofounder|co-founder|founder|business partner|landlord|tenant|bookkeeper|admin)|(?:the|a|your|one of your) (?:other )?(?:guy|lady|woman|man|person|agent|rep|caller|robot|recording|message|text|email|voicemail|letter|notice|ad)|(?:a|the|your|that|this) (?:text|message|email|e-mail|letter|notice|voicemail|flyer|postcard|sms)(?: \w+){0,6} (?:that|which)|mis? (?:esposo|esposa|marido|mujer|hij[oa]s?|niet[oa]s?|jef[ea]|mam[aá]|pap[aá]|soci[oa]s?|herman[oa]s?|amig[oa]s?|vecin[oa]s?|cu[ñn]ad[oa]|comadre|compadre|sobrin[oa]|t[ií][oa]|abuel[oa]|contador[a]?|secretari[oa]|gerente|clientes|pacientes|alumn[oa]s)|(?:un|el|su) (?:correo|mensaje|texto)|(?:una|la|su|esta|esa) carta)\b/;
const SPEECH_VERB =
  /\b(?:said|says|say|to say|saying|told|tells|tell|asked|asks|wants|wanted|yelled|wrote|writes|replied|reply|replying|texting back|texted back|(?:texted|emailed|e-mailed|messaged|wrote) (?:me|us)|(?:'d|would) (?:want|like|prefer)|(?:i'm |i am )?quoting|was telling|keeps telling|keeps saying|was saying|thinks|thought|believes|like,? "?|goes|went|go,|was like|is like|dijo|dice|dicen|dec[ií]a|escribi[oó]|pidi[oó]|quiere|quer[ií]a|piensa|cree)\b/;

/**
 * The caller's own words to someone else ("I finally yelled at them, take me off your list"), or
 * words reported without a subject ("me dijeron que me iban a dar de baja": they told me).
 */
const SAID_TO_OTHERS = /\b(?:i|we) (?:\w+ )?(?:yelled at|screamed at|told|asked|said to|begged|warned|(?:had|have|got) to (?:tell|ask)|gotta (?:tell|ask)) (?:them|him|her|those (?:guys|people)|some \w+|the other \w+|that \w+)\b[^.?!]*$|\b(?:heard|hear) (?:him|her|them|my \w+) (?:go|goes|say|says|said|tell|yell)\b[^.?!]*$|\b(?:me|nos) (?:dijeron|dijo|avisaron|avis[oó]|comentaron|coment[oó]|escribieron|escribi[oó]|mandaron decir|mand[oó] decir|pidi[oó]|pidieron)\b[^.?!]*$|\b(?:dicen|dijeron) que\b[^.?!]*$/;

/** What a page or a message showed: "and then it said 'you've been unsubscribed'". */
const PAGE_SAID = /\b(?:it|the (?:page|screen|site|website|email|app|link|message|text|notice|banner|pop-?up))\s+(?:said|says|read|reads|showed|shows)\b[^.?!]*$/;

/** Someone or something other than the caller says the request: reported speech. */
export function reportedSpeech(f: string, i: number): boolean {
  const before = f.slice(Math.max(0, i - 160), i);
  if (SAID_TO_OTHERS.test(before) || PAGE_SAID.test(before)) return true;
  // "he answered my phone and he told your guy to stop calling": an other speaker, then a speech verb.
  const m = before.match(new RegExp(`${OTHER_SPEAKER.source}[^.?!]*?${SPEECH_VERB.source}[^.?!]*$`));
  if (!m) return false;
  // "My wife said it's fine, but I want you to stop calling": the caller takes the floor again.
  // ("One of my clients texted me, and I'm quoting here, 'stop sending me broken links'": the caller
  // only says the words are quoted.)
  return !/\b(?:but|and|so)\s+(?:i|we)\b(?!(?:'m| am) quoting|\s+quote)[^.?!]*$/.test(before.slice((m.index ?? 0) + 1)) && !/\b(?:pero|y)\s+yo\b[^.?!]*$/.test(before);
}

/** A robocall or IVR menu read out on the line: its "to be removed, press 9" is no caller's wish. */
export function machineMenu(f: string): boolean {
  // ("To stop receiving these calls, say STOP at any time": a recording's instruction, too.)
  return /\b(?:press|push|dial|marque|oprima|presione) (?:el )?(?:n[uú]mero )?(?:\d|one|two|three|four|five|six|seven|eight|nine|zero|pound|star|uno|dos|tres|nueve|cero)\b|\b(?:say|diga) ["'“]?(?:stop|alto|baja)["'”]? (?:at any time|now|en cualquier momento)\b/.test(f);
}

const PAST_REQUEST = /\b(?:i|we) (?:had |'d |already |once )?(?:asked|told|requested|said|wanted|called|emailed|wrote|texted|replied|responded|texted back)\b|\b(?:i|we) (?:had|got) (?:you|y'all|them)(?: (?:folks|guys|all|people))?\b|\bi'd asked\b|\b(?:les )?(?:ped[ií]|dije)(?![\p{L}])/u;
const PAST_TIME = /\b(?:back in|last (?:year|month|week|spring|summer|fall|autumn|winter|time)|this (?:past )?(?:spring|summer|fall|autumn)|earlier this (?:year|month)|(?:a (?:while|year|month|few \w+)|\w+ (?:months|years|weeks)) ago|a while back|previously|in the past|el (?:año|mes) pasado|hace (?:un|unos|dos|tres) \w+)\b/;
const SETTLED = /\b(?:(?:s[ií] )?cumplieron|(?:ya )?lo arreglaron|se arregl[oó]|qued[oó] (?:resuelto|arreglado)|ya no (?:me )?(?:han llegado|llegan|llegaron)|and you did|(?:you|they|y'all) (?:actually |really |totally |finally |all )?did|and it stopped|they stopped|it (?:actually |really |finally |totally )?stopped|it's been (?:nice and )?quiet|which you did|and you have|(?:that|it) (?:got|was|has been) (?:fixed|sorted|handled|taken care of)|(?:everything's|everything has|it's|it has) been fine since|no complaints|(?:you|they|y'all) respected (?:it|that)|y (?:lo hicieron|pararon|dejaron)|(?:y )?lo (?:respetaron|han respetado|cumplieron)|me hicieron caso|no vengo por eso|(?:that|it)(?:'s| has) been (?:fine|good|great)(?: since)?|i'm not calling about (?:that|it)|(?:that's )?not why i'm calling)\b/;

/**
 * "Back in the spring I'd asked you to stop the texts, and you did", "el año pasado les pedí que ya no
 * me mandaran mensajes de texto, y lo respetaron": a past request, settled.
 */
export function pastAndSettled(f: string, i: number, turnText: string, dated = ''): boolean {
  const before = clauseBefore(f, i);
  // The candidate may start at the verb itself ("asked you all to stop the texts").
  if (!PAST_REQUEST.test(f.slice(Math.max(0, i - 80), i + 12)) && !/\b(?:had|'d) (?:asked|told)\b/.test(before)) return false;
  // "I asked last week: no more calls" repeats the request; only one the caller says was honoured is settled.
  return SETTLED.test(turnText) && (PAST_TIME.test(f) || PAST_TIME.test(dated) || /\b(?:had|'d) (?:asked|told)\b/.test(before));
}

/**
 * A past request whose honouring the caller tells in a later turn ("I asked you to take me off—" ...
 * "No, no, you did!"). `dated` is what the caller said just before it ("Back in, like, April? I called
 * and asked you guys to take me off your list."), where the time of the request may be told.
 */
export function settledLater(f: string, laterTurn: string, dated = ''): boolean {
  const m = f.match(PAST_REQUEST);
  return m != null && pastAndSettled(f, (m.index ?? 0) + m[0].length, laterTurn, dated);
}

const HEDGE =
  /\b(?:maybe|perhaps|i guess|i dunno|i don't know|not sure|no idea|kind of|kinda|sort of|probably|possibly|i think|i suppose|we'll see|for now|for a while|for the time being|hold off|i'll think about it|let me think|tal vez|quiz[aá]s?|a lo mejor|no s[eé]|ya no s[eé]|por ahora|d[eé]jeme pensarlo|lo voy a pensar|(?:this|so|real|really|pretty) close to|on the verge of|tempted to|leaning (?:toward|towards|to)|part of me (?:wants|would like))(?![a-z0-9])/;

/** Hedged: the caller may mean it, or may not ("maybe just... don't bother with the calls for now?"). */
export function hedged(f: string, i: number, end: number): boolean {
  // ("I don't know who Omari is, but take this number off your list": a doubt about something else,
  // in the clause before "but", hedges nothing after it.)
  const lead = f.slice(Math.max(0, i - 60), i);
  const cut = lead.search(/\b(?:but|pero)\b(?!.*\b(?:but|pero)\b)/);
  const window = (cut >= 0 ? lead.slice(cut) : lead) + f.slice(i, Math.min(f.length, end + 40));
  // A question is no hedge: "Can you take me off your list?" is a polite request. One about whether
  // the caller must do it is: "Do I need to, like, unsubscribe or something to stop getting them?"
  return HEDGE.test(window) || /\b(?:do|would|should) i (?:need|have) to\b[^.?!]*\?/.test(f.slice(Math.max(0, i - 40)));
}

/**
 * A hedged answer to the agent's offer ("Would you like us to stop calling?" - "Uh, maybe. We'll
 * see."), or a yes taken back at once ("Sí... bueno, espérese").
 */
/**
 * "No sé" (I don't know) and the reflexive "no se" read the same once accents are folded: "Y que no se
 * les olvide, ¿eh?" (don't you forget it) doubts nothing. A clitic or a verb after it is the reflexive's.
 */
const REFLEXIVE_NO_SE = /\bno se (?=(?:les?|l[oa]s?(?! que)|me|te|nos|olvid\w*|preocup\w*|pued\w*|vuelv\w*|hac\w*|va|vaya|ha)\b)/g;

export function hedgedAnswer(answer: string): boolean {
  const reply = answer.replace(REFLEXIVE_NO_SE, 'no-se ');
  return /^(?:(?:uh|um|eh|mm|hmm|well|yeah|yes|s[ií]|i mean)[,.… ]*)*(?:maybe|perhaps|i guess|i dunno|i don't know|not sure|we'll see|i'll think about it|let me think|i said i'll think|tal vez|quiz[aá]s?|no s[eé]|a lo mejor|lo voy a pensar|d[eé]jeme pensarlo|(?:well|bueno|pues)[,.… ]+(?:wait|hold on|hang on|esp[eé]rese|esp[eé]reme|esp[eé]rame))(?![a-z0-9])/.test(reply.trim()) || /\b(?:i'll think about it|we'll see|i don't know|i dunno|whatever(?:'s| is) easiest|no s[eé]|lo pienso|lo voy a pensar|luego le digo)(?![a-z0-9])/.test(reply);
}
