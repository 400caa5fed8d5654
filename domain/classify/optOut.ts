/**
 * Rule 3: opt-out language from the caller, in English and Spanish (plus a few French, German and
 * Portuguese forms), with its scope. Not an opt-out: negated ("I don't want to unsubscribe"),
 * quoting someone else, another company's list, or a condition about the future ("if you call
 * again I'll unsubscribe").
 */
import type { Call } from '../call';
import type { Evidence, OptOutScope } from '../plan';
import { conditionalAt, evidence, fold, negatedAt, quotesSomeoneElse, splitSentences, stripFillers, type Sentence } from '../text';
import { extractEmails } from '../normalise/email';
import { hedged, hedgedAnswer, machineMenu, pastAndSettled, reportedSpeech, settledLater } from './assertion';
import { CHANNEL_WORDS, channelsNamed, NOT_MINDED, resolveScope, type ScopeHit } from './optOutScope';

export interface OptOutResult {
  requested: boolean;
  scope: OptOutScope | null;
  evidence: Evidence[];
  /** Request frames the caller hedged ("maybe don't bother with the calls for now?"): rule 3 holds them. */
  uncertain: Evidence[];
  /** The scope the hedged frames name. */
  uncertainScope: OptOutScope | null;
}

type Channel = 'calls' | 'sms' | 'email' | 'marketing' | 'all';
/** `infer`: the channel is the one the sentence names ("your emails ... make it stop"), else all. */
type PatternChannel = Channel | 'infer';

/** Each pattern with the channel it implies (`all` when the phrase names none). */
/** "Stop those.", "Please stop sending them.": a whole sentence whose object points back. */
const BARE_STOP_THOSE = /^\s*(?:(?:please|so|just|and|okay|ok),? )?(?:stop|quit) (?:sending (?:me |us )?)?(?:those|these|them)(?:,? please)?[.!]*\s*$/;
/** "Quítenmelos", "quítemelas": take them off me, the object said before. */
const QUITENMELOS = /(?<![\p{L}])(?:qu[ií]t(?:e|en)|b[oó]rr(?:e|en)|c[oó]rt(?:e|en))mel[oa]s(?![\p{L}])/u;
/** "I'd like those to stop", "I want them to stop": a wish whose object points back. */
const LIKE_THOSE_TO_STOP = /\b(?:i'd|i would|we'd|we would|i|we) (?:really )?(?:like|want|need) (?:those|these|them|all (?:those|these|of (?:them|those|these))) to (?:stop|end|go away)\b/;

/** The sentence's request ("Stop those.", "I'd like those to stop", "Quítenmelos") has an object that points back. */
function pointsBack(f: string, m0: string): boolean {
  return BARE_STOP_THOSE.test(f) || LIKE_THOSE_TO_STOP.test(m0) || QUITENMELOS.test(m0);
}

const PATTERNS: Array<[RegExp, PatternChannel]> = [
  [/\b(?:don't|do not|no longer) (?:want|wish|care) to be (?:called|phoned|rung)\b/, 'calls'],
  [/\b(?:can|could|would|will) you (?:please )?not (?:call|ring|phone)\b/, 'calls'],
  [/\b(?:can|could|would|will) you (?:please )?not (?:text|message)\b/, 'sms'],
  [/\b(?:can|could|would|will) you (?:please )?not (?:email|e-mail)\b/, 'email'],
  [/\b(?:can|could|would|will) you (?:please )?not (?:contact|bother)\b/, 'all'],
  [/\bleave me (?:be|alone|in peace)\b/, 'all'],
  // "I'd appreciate it if this was the last call I get from you", "no more check-ins".
  [/\b(?:this|that|today) (?:was|is|be|will be|'s) the last (?:call|calls|email|text|message|time (?:you|y'all|anyone) (?:call|contact|reach))\b/, 'infer'],
  [/\bno more (?:check-?ins|follow-?ups|circling back|touching base|reaching out|outreach|pitches|sales calls)\b/, 'all'],
  [/\b(?:asked|requested|asking|requesting) (?:you )?to be (?:removed|taken off|unsubscribed|deleted|opted out)\b/, 'all'],
  // "I don't want to hear from Saltmarsh again", "we never want to hear from you people again",
  // "I'd rather not hear from you folks again, in any form".
  [/\b(?:i|we)(?: (?:don't|do not|never) (?:ever )?want to|(?:'d| would) (?:rather|prefer) not(?: to)?) hear from (?!(?:him|her|them|that|those|my|his|their)\b)(?:you|y'all|your \w+|[\w'-]+)(?: (?:people|guys|folks))? (?:again|any ?more|ever again)\b/, 'all'],
  // "I want to get off the email list", "we'd like to get off your mailing list".
  [/\b(?:i|we) (?:want|need|would like|'d like|wanna) to get off (?:the|your|this|that|all|these|those) (?:[\w-]+ ){0,2}(?:list|lists|mailing list)\b/, 'infer'],
  [/\bstop sending (?:me|us) (?:stuff|things|mail|that|this|those|these|anything)\b/, 'all'],
  // "Stop sending me the referral program stuff": whatever it is called, everything sent.
  [/\bstop sending (?:me|us) (?:the |your |all (?:the|that|this|your) |any more |more )(?:[\w-]+ ){0,3}(?:stuff|things|junk|crap|materials?|info|information|updates|mailers|garbage)\b/, 'all'],
  [/\b(?:want|need|like) (?:the|these|those|your|all the|all these|all your) (?:phone )?(?:calls|texts|messages|emails|reminders) to (?:stop|end|go away)\b/, 'infer'],
  [/^\s*(?:please,? )?no (?:more )?(?:phone )?(?:calls|texts|emails|messages|voicemails|reminders)\b(?! (?:are|is|were|was|have|has|needed|necessary|required|yet|today|so far|from|about))/, 'infer'],
  // "And one thing, please: no text messages. I mean it."
  [/\bplease[:,]\s+no (?:more )?(?:phone calls|calls|text messages|texts|emails|e-mails)\b(?! (?:are|is|were|was|have|has|needed|necessary|required|yet|today|so far|from|about))/, 'infer'],
  // "Can you just not text me anymore?", "could you please never call this number again".
  [/\b(?:can|could|would|will) you(?: guys| all| folks| people)? (?:please |just |kindly )*(?:not|never) (?:call|ring|phone|text|message|email|e-mail|contact) (?:me|us|this number)\b/, 'infer'],
  // "¿Me pueden dejar de mandar los mensajitos?": asked to stop sending, in Spanish.
  [/(?<![\p{L}])(?:(?:me|nos) )?(?:pueden|puede|podr[ií]an|podr[ií]a) dejar de (?:mandar|enviar|llamar|escribir|marcar)\p{L}*/u, 'infer'],
  // "Knock off the marketing. All of it." "Just no more sales and promo stuff."
  // "No más marketing, por favor": marketing alone, in Spanish.
  [/(?<![\p{L}])no m[aá]s (?:marketing|promociones|publicidad|ofertas)(?![\p{L}])/u, 'marketing'],
  // "Mire, ya no quiero más promociones."
  [/(?<![\p{L}])no quiero (?:recibir )?(?:m[aá]s )?(?:promociones|publicidad|ofertas|anuncios)(?![\p{L}])/u, 'marketing'],
  // "Pero ya no me manden promociones."
  // ("Pero ya no quiero que me manden promociones.": the same, wished.)
  [/(?<![\p{L}])(?:ya )?(?:no quiero que |no )me (?:manden|env[ií]en|escriban|sigan mandando|sigan enviando) (?:m[aá]s )?(?:promociones|publicidad|ofertas|marketing|anuncios|concursos)(?![\p{L}])/u, 'marketing'],
  // "The texts about the referral contest, the leaderboard, whatever it is, stop those.": the object
  // said first, then stopped.
  [/^\s*(?:the|your|those|these|all (?:the|your|those|these)) (?:[\w-]+ )?(?:texts|text messages|emails|e-mails|calls|phone calls|messages|newsletters)\b[^.?!]*,\s*(?:please,? |just )?(?:stop|quit|end|cut out) (?:those|them|it|that|these)\b/, 'infer'],
  // "Okay, mire: no más llamadas, ¿sí?": no more of a channel, in Spanish.
  [/(?:^|[:,;.!]\s*)no m[aá]s (?:llamadas|mensajes|mensajitos|textos|correos)(?![\p{L}])(?! (?:de (?:ellos|ellas|esa|ese|otr)\p{L}*|que))/u, 'infer'],
  [/\bknock (?:off|it off with) (?:the|all the|all|your) (?:\w+ )?(?:marketing|promo\w*|promotions?|sales (?:calls|stuff|pitches))\b|\bno more (?:\w+ and )?(?:promo|promos|promotional|marketing|sales) (?:stuff|calls|texts|emails|messages|junk)\b/, 'marketing'],
  [/\b(?:nobody|no one|no-one)\b(?: \w+){0,4} (?:should|is to|may|can|must) (?:ever )?(?:call|ring|phone|text|message|email|e-mail|contact)\b/, 'infer'],
  // "I'd prefer nobody reach out to me about this again, phone, email, any of it": a wish that no one
  // contact the caller, in the subjunctive.
  [/\b(?:i|we)(?:'d| would) (?:really )?(?:prefer|rather|like it if)(?: that)? (?:nobody|no one|no-one)(?: from (?:your|y'all's|the) \w+)? (?:ever )?(?:reach(?:es|ed)? out|contact(?:s|ed)?|call(?:s|ed)?|text(?:s|ed)?|email(?:s|ed)?)\b/, 'infer'],
  // "The automated texts... I'd like those to stop.": the object points back to what the turn named (guarded as "Stop those." is).
  [LIKE_THOSE_TO_STOP, 'infer'],
  // "Los mensajitos de texto. Quítenmelos.": the same, in Spanish.
  [QUITENMELOS, 'infer'],
  [/\b(?:take|get|remove|keep) (?:me|us|this number|my (?:number|name|email|details|info|phone number)) out of (?:your|the|all|any) (?:\w+ )?(?:system|lists?|database|contacts|records|files|dialer|crm|rolodex)\b/, 'all'],
  [/\b(?:zero|no) (?:further )?contact(?: (?:from now on|going forward|whatsoever|at all|please|again))?\b(?! (?:info|information|details|number|form|page|with (?:support|billing)))/, 'all'],
  [/\bdon't you (?:dare|ever) (?:call|ring|phone|text|message|email|contact)\b/, 'infer'],
  [/\bcancel (?:all )?(?:of )?(?:my |the |your |these |those )?(?:notifications|alerts|reminders|promotional \w+)\b/, 'infer'],
  [/\bb[oó]rr(?:en|a|e)(?:me)? (?:mi|mis) (?:n[uú]mero|correo|informaci[oó]n|datos)\b/, 'all'],
  [/\bne m'(?:envoyez|[ée]crivez|appelez|contactez|t[ée]l[ée]phonez) plus\b/, 'all'],
  [/\bstop sending (?:me |us )?(?:\w+ ){0,3}(?:emails|e-mails|texts|messages|newsletters|mail|reminders|offers|promotions|notifications)\b/, 'infer'],
  // "I keep getting these promo texts from you guys... Quit sending me those.": the object points back.
  [/\b(?:stop|quit) sending (?:me|us) (?:those|these|them|that stuff|this stuff|all that|all this)\b/, 'infer'],
  // "The emails. I'm getting like three a week... Stop those. Please.": a sentence of its own, after the
  // turn named what it points back to (guarded).
  [BARE_STOP_THOSE, 'infer'],
  [/\brather (?:you|y'all)(?: (?:guys|folks|people|all))? (?:didn't|did not|not|wouldn't|would not) (?:call|ring|phone|text|message|email|e-mail)\b/, 'infer'],
  [/\brather (?:you|y'all)(?: (?:guys|folks|people|all))? (?:didn't|did not|not|wouldn't|would not) (?:contact|reach out(?: to)?) (?:me|us)\b/, 'all'],
  [/\b(?:quit|knock|cut) it (?:out |off )?with (?:the|these|your|all the) (?:\w+ )?(?:calls|texts|emails|messages|reminders)\b/, 'infer'],
  [/\b(?:don't|do not) want to be (?:on|in) (?:your|the|any) (?:\w+ )?(?:lists?|database|system)\b/, 'infer'],
  // "Please don't put me on any mailing list or call me about solar": kept off before being added.
  // ("And hey, don't put me on your do-not-call list! Ha.": kept off the list that stops calls, the opposite.)
  [/\b(?:don't|do not|never) (?:put|add|sign) (?:me|us|my (?:name|number|email|info)) (?:on|to|up for) (?:any|your|a|the)\s*(?!(?:do[- ]not[- ]\w+|dnc|no[- ]call)\b)(?:[\w-]+ ){0,2}(?:lists?|mailing list|newsletters?)\b/, 'infer'],
  // "First. I want off the marketing. The referral promos, the newsletters": marketing, named as such.
  [/\b(?:want|need|wanna) (?:to (?:be|get) )?(?:off|out of) (?:the|your|all the|all your|all of the) (?:\w+ )?(?:marketing|promos|promotions|promotional (?:stuff|emails|texts|calls|messages))\b/, 'marketing'],
  // "The holiday offers, the postcards, the emails with the countdown timers. I want off all of that.":
  // off what the turn just named (optOutScope.ts reads it back).
  [/\b(?:i|we) (?:just |really )?(?:want|need|wanna) (?:to (?:be|get) )?off (?:of )?(?:all (?:of )?)?(?:that|those|this|it|them)(?= *(?:[.!]|$| stuff\b))/, 'all'],
  // "The referral texts ... Every week. Knock those off.": what the turn just named, stopped.
  [/\bknock (?:those|these|them|'em) off\b/, 'infer'],
  // "Yes, call. Just don't text.": a channel refused in a sentence of its own.
  [/^(?:just |please |so )?(?:don't|do not) (?:text|call|email|e-mail)(?: (?:me|us))?(?: (?:anymore|any more|please))?\s*[.!]*\s*$/, 'infer'],
  // "I want off whatever list I'm on": every list of ours the caller is on.
  [/\b(?:want|need|wanna) (?:to (?:be|get) )?(?:off|out of|taken off|removed from) (?:whatever|any|every|all|each) (?:\w+ )?lists?\b/, 'infer'],
  [/\b(?:leave|keep) (?:me|us|my (?:number|name|email|details|info)) out of\b/, 'all'],
  [/\bblock (?:my|this) (?:number|phone)\b/, 'calls'],
  [/\b(?:don't|do not) (?:call|ring|phone) (?:me )?back\b/, 'calls'],
  [/\bno (?:further|more) (?:contact|communication|communications|correspondence|outreach)\b/, 'all'],
  [/\b(?:asking|telling|begging|want|need|would like) you (?:not to|to not|to never|never to) (?:call|ring|phone|text|message|email|e-mail|contact)\b/, 'infer'],
  // "I'd ask that you not contact me anymore", "I request that your team no longer call me".
  [/\b(?:i'd|i would|i|we'd|we) (?:ask|request|insist) (?:that )?(?:you|y'all|your (?:people|folks|team|company|office))(?: guys| all)? (?:not|never|no longer) (?:contact|call|ring|phone|text|message|email|e-mail|reach out to) (?:me|us)\b/, 'infer'],
  [/\b(?:don't|do not|no longer) (?:want|wish|care) to be (?:texted|messaged)\b/, 'sms'],
  [/\b(?:don't|do not|no longer) (?:want|wish|care) to be (?:emailed|e-mailed)\b/, 'email'],
  [/\b(?:don't|do not|no longer) (?:want|wish|care) to be (?:contacted|reached|bothered|solicited)\b/, 'all'],
  [/\b(?:nothing (?:more |else )?to do with (?:you|your company|y'all|brightside))\b/, 'all'],
  [/\b(?:stop|quit) spamming (?:me|us|my (?:inbox|email|phone|number))\b/, 'infer'],
  [/\b(?:put a stop to|put an end to|enough with|enough of) (?:the|these|those|your|all (?:the|these|your)?) ?(?:\w+ )?(?:calls|texts|emails|messages|reminders|voicemails|spam)\b/, 'infer'],
  [/\bcease (?:all )?(?:communications?|contact|correspondence)\b/, 'all'],
  [/\bmake sure (?:nobody|no one|no-one|you never|you don't) (?:\w+ )?(?:calls?|contacts?|emails?|texts?|messages?)\b/, 'infer'],
  [/\bno quiero que me (?:vuelvan a )?(?:llamen|llamar)\b/, 'calls'],
  // "Ya no me estén marcando, por favor": "keep calling me" refused in the progressive.
  [/\bya no (?:me|nos) (?:est[eé]n|sigan|anden) (?:marcando|llamando|hablando)\b/, 'calls'],
  [/\bya no (?:me|nos) (?:est[eé]n|sigan|anden) (?:escribiendo|mandando|enviando)\b/, 'infer'],
  // "I'm gonna have to ask you to not call me anymore": the negation split from its "don't"; the verb
  // names the channel (a generic frame's own words, below).
  [/\b(?:ask|asking|asked) (?:you|y'all)(?: guys| all)? (?:to )?(?:not|never) (?:(?:call|ring|phone) (?:me|us|here)|(?:text|message|email|e-mail|contact|bother) (?:me|us))\b/, 'all'],
  [/\bno quiero que me (?:sigan |vuelvan a )?(?:manden|env[ií]en|mandar|enviar|sigan mandando|sigan enviando)(?![\p{L}])/u, 'infer'],
  [/\b(?:make (?:it|them|this|that) stop|stop (?:it|them|this) (?:now|already|please|right now)|^quit it(?=[.!])|cut (?:them|it|those|these) off|(?:i'm|i am) done with (?:these|your|the|all (?:the|these|your)))\b/, 'infer'],
  [/\b(?:want|need|get me|take me) off (?:of )?(?:all |every )?(?:your|the|this|these|those) (?:\w+ )?lists?\b/, 'infer'],
  [/\b(?:don'?t|do not)[- ]call (?:list|registry|register)\b/, 'calls'],
  [/\b(?:de|from) (?:su|la|sus|your|the) lista de (?:llamadas|correos|mensajes|contactos)\b/, 'infer'],
  [/\b(?:please |kindly )?(?:don't|do not) (?:follow up|reach out)(?: (?:with me|again|anymore|any more))?\b/, 'all'],
  [/\bunsubscrib(?:e|ed|ing)\b/, 'all'],
  [/\bunsub\b/, 'all'],
  [/\b(?:want|need|like) (?:everything|all (?:of )?(?:this|it|that)|it all|all of your \w+) to stop\b/, 'all'],
  [/\b(?:want|need|would like) (?:it|this|that|them) to (?:stop|end)\b/, 'infer'],
  [/\b(?:want|need|like) (?:the|these|your|all the|all these|all your) (?:phone )?calls to stop\b/, 'calls'],
  [/\b(?:want|need|like) (?:the|these|your|all the|all these|all your) (?:texts|messages) to stop\b/, 'sms'],
  [/\b(?:want|need|like) (?:the|these|your|all the|all these|all your) (?:emails|newsletters) to stop\b/, 'email'],
  [/\bopt(?:ing|ed)?(?:-| )out\b/, 'all'],
  // "don't call again", "please don't text anymore", "never email me again"
  [/\b(?:don't|do not|dont|never|no more)\s+(?:ever\s+)?(?:call|calling|ring|ringing|phone|phoning|dial|dialing|dialling)(?:\s+(?:me|us|this (?:number|line|house|home)|the house|here|my (?:number|phone|cell|line|house)))?\s+(?:again|anymore|any more|ever again)\b/, 'calls'],
  [/\b(?:don't|do not|dont|never|no more)\s+(?:ever\s+)?(?:text|texting|message|messaging|sms)(?:\s+(?:me|us|this number))?\s+(?:again|anymore|any more|ever again)\b/, 'sms'],
  [/\b(?:don't|do not|dont|never|no more)\s+(?:ever\s+)?(?:email|emailing|e-mail)(?:\s+(?:me|us))?\s+(?:again|anymore|any more|ever again)\b/, 'email'],
  [/\b(?:stop|end|quit) (?:the|these|those|your|all (?:the|these|your)?) ?(?:phone )?calls\b/, 'calls'],
  [/\b(?:stop|end|quit) (?:the|these|those|your|all (?:the|these|your)?) ?(?:texts|text messages|sms)\b/, 'sms'],
  [/\b(?:stop|end|quit) (?:the|these|those|your|all (?:the|these|your)?) ?(?:emails|e-mails|newsletters?)\b/, 'email'],
  [/\b(?:make|get) (?:the|these|your) (?:phone )?calls (?:to )?stop\b/, 'calls'],
  [/\b(?:make|get) (?:the|these|your) (?:texts|messages) (?:to )?stop\b/, 'sms'],
  [/\b(?:make|get) (?:the|these|your) emails (?:to )?stop\b/, 'email'],
  [/\b(?:erase|delete|scrub|purge|remove|wipe) (?:me|us|my (?:number|phone number|name|email|email address|contact(?: info(?:rmation)?| details)?|details|info))\b/, 'all'],
  [/\b(?:want|need|like) (?:me|us|my (?:number|name|email|details|info)) (?:gone|removed|deleted|erased|off)\b/, 'all'],
  [/\b(?:be|get|been) (?:taken|removed|deleted|dropped|scrubbed|erased) (?:off|from)\b|\b(?:want|like|need) to be (?:taken|removed) off\b|\bwant to be taken off\b/, 'all'],
  [/\brefrain from (?:contacting|calling|texting|emailing|messaging)\b/, 'all'],
  [/\b(?:i|we) (?:do not|don't|no longer) consent to (?:these |your |any |the |being )?(?:calls|called|texts|texted|emails|emailed|messages|contact|contacted|marketing)\b/, 'all'],
  [/\b(?:asking|telling|begging|told|asked) (?:you|y'all)(?: (?:guys|people|all))?(?: (?:again|already|nicely|once more))? to stop\b(?! (?:calling|ringing|texting|messaging|emailing|sending))/, 'all'],
  [/\b(?:leave|keep) (?:me|us|my (?:number|name|email)) off\b/, 'all'],
  [/\b(?:take|get|remove|drop) (?:my (?:email|e-mail|email address|name|number|phone number|address|info|details)) off\b/, 'all'],
  // "Take the email off too. Everything.": a channel named as the thing taken off.
  [/\b(?:take|get|remove|drop) the (?:emails?|e-mails?|texts?|text messages|calls) off\b(?! (?:of )?(?:the|my|your|this|that) (?:account|file|profile|record|invoice|bill|form|contract|payout|order)\b)/, 'infer'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:phone )?calls\b/, 'calls'],
  // "I don't want anything more from you folks. Nothing.": every kind of contact.
  [/\b(?:don't|do not) want anything (?:more|else|further) from (?:you|y'all|your (?:company|office))\b/, 'all'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:texts|text messages|messages)\b/, 'sms'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:emails|e-mails|newsletters?)\b/, 'email'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:marketing|promotions?|offers|ads)\b/, 'marketing'],
  [/\b(?:replied|texted|responded|sent|wrote|typed)(?: (?:with|back))? ["'“]?stop["'”]?/, 'sms'],
  [/\b(?:i|we) (?:already |have |already have |'ve )?(?:asked|told) (?:you|y'all|you guys|your (?:company|team|people)) (?:\w+ ){0,2}to stop\b(?! (?:calling|ringing|phoning|texting|messaging|emailing|e-mailing|sending))/, 'all'],
  // ("Count me out" alone declines the offer, not contact: "count me out, no sense putting panels on a
  // place I won't own"; out of the calls or the list it is an opt-out.)
  [/\b(?:i want out|count me out (?:of|from) (?:the|your|all|these|those) (?:\w+ )?(?:calls|texts|emails|messages|lists?|mailings?|outreach)|i'm out of (?:this|your list))\b/, 'all'],
  // "Then there's the promotional junk... That stuff I want gone.": what the turn named, wanted gone.
  [/\b(?:that|this|those|these) (?:\w+ )?(?:stuff|junk|ones|messages|emails|texts|calls|mailers) (?:i|we) (?:want|need) gone\b|\b(?:i|we) (?:want|need) (?:that|those|these|them|it|all (?:of )?(?:that|it|them)) gone\b/, 'all'],
  // "I'd like to quit. ... I mean quit getting all the stuff. The emails, the texts, the little calls":
  // everything the caller gets from us, read back to what the turn names.
  [/\b(?:quit|stop) (?:getting|receiving) (?:all )?(?:the |your |this |that |these |those )?(?:stuff|things|junk)\b(?! (?:about|for|on) )/, 'all'],
  // "Marketing, off. System stuff, on.": the switch said for the marketing.
  [/^\W*(?:the )?(?:marketing|promos|promotions|promotional stuff)[,.]? off\b/, 'marketing'],
  // "Those promotional emails... I want off that list.": off the list the turn named.
  [/\b(?:i|we)(?: want| wanna| need|'d like| would like) (?:to be |to get )?off (?:of )?(?:that|this|the|your|those|these) (?:\w+ )?(?:lists?|mailing lists?|mailings?)\b/, 'all'],
  // "So I'd like off. Off everything.", "I revoke my consent. Calls, texts, email."
  [/\b(?:i'd like|i would like|i want|i wanna|i need) (?:to be )?off(?: of)? (?:everything|all of it|all your \w+)\b|\b(?:i'd like|i would like|i want|i wanna) off\s*[.!]|^\s*off everything\b/, 'all'],
  // "I revoke consent. Phone, text, email, mail.", "I'm calling to formally revoke any consent I may
  // have given", "I'm calling to revoke my consent to receive text messages" (its object names the channel),
  // "I'm revoking my consent to be contacted by your company", "I want to revoke consent. For the marketing."
  [/\b(?:(?:i|we) (?:hereby |now |formally |officially )?(?:revoke|withdraw|rescind|pull)|(?:i|we) (?:want|wanna|would like|need|wish) to (?:formally |officially )?(?:revoke|withdraw|rescind)|(?:i'd|we'd) like to (?:formally |officially )?(?:revoke|withdraw|rescind)|(?:i'm|i am|we're|we are) (?:hereby |now |formally |officially )?(?:revoking|withdrawing|rescinding|pulling)) (?:(?:my|our|all|any) )?(?:\w+ )?consent\b(?: (?:to (?:receive|get|be sent)|for) (?:\w+ ){0,2}(?:text messages|texts|sms|emails|e-mails|phone calls|calls|marketing \w+|marketing))?|(?<=\b(?:i'm|i am|we're|we are) (?:calling|writing|here) to )(?:formally |officially )?(?:revoke|withdraw|rescind) (?:my|our|all|any) (?:\w+ )?consent\b(?: (?:to (?:receive|get|be sent)|for) (?:\w+ ){0,2}(?:text messages|texts|sms|emails|e-mails|phone calls|calls|marketing \w+|marketing))?/, 'all'],
  [/\b(?:no longer (?:wish|want) to (?:be contacted|receive|hear from you|get))\b/, 'all'],
  // "Maybe take this number off?": the number off whatever list it is on.
  // (Not "Take my number off the texting": what it comes off names the channel, read by another frame.)
  [/\b(?:take|get|remove|drop) (?:this|my) (?:cell |phone |mobile )?number off(?=\s*(?:[?.!,;]|$|please\b))/, 'calls'],
  // "I'd really appreciate it if nobody reached out anymore?": the polite form of the same wish.
  [/\b(?:i'd|i would|we'd|we would) (?:really |so |just )?appreciate (?:it )?if (?:nobody|no one|no-one) (?:reached|reaches) out(?: to (?:me|us))?(?: anymore| any more| again)\b/, 'all'],
  // "Two: nobody from Tallgrass contacts me again.": the wish said as what must happen.
  [/\b(?:nobody|no one|no-one)(?: (?:from|at) (?:your|the|this|\w+)(?: \w+)?)? (?:contacts|reaches out to) (?:me|us) (?:ever )?again\b/, 'all'],
  [/\b(?:don't|do not|never) (?:want to )?(?:hear from (?:you|your company|y'all)|be contacted)(?: again)?\b/, 'all'],
  [/\b(?:quit|stop) (?:bugging|spamming|hounding) (?:me|us)\b/, 'all'],
  [/\bcancel (?:my |the |your |all (?:the |your )?)?(?:email|e-mail|newsletter)s?(?: (?:subscription|alerts|messages|updates))?\b/, 'email'],
  [/\bcancel (?:my |the |your |all (?:the |your )?)?(?:text|sms)(?: message)?s?(?: (?:subscription|alerts|messages|updates))?\b/, 'sms'],
  [/\bcancel (?:my |the |your |all (?:the |your )?)?(?:marketing|promotional) (?:emails|messages|calls|texts|subscription)\b/, 'marketing'],
  [/\bopt(?:-| )?(?:me )?out\b/, 'all'],
  [/\b(?:take|get|remove|delete|drop|scratch|cross) (?:me|us|my (?:name|number|email|info(?:rmation)?|details)|this number|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)(?: \w+){0,3} (?:off|from) (?:your|the|all|any|this|every)?\s*(?:\w+ ){0,2}(?:lists?|database|system|records?|rolodex)\b/, 'all'],
  // ("Take me off the call and text lists": the call list, not this call.)
  [/\b(?:take|get|remove) (?:me|us|my number|this number) off\b(?! (?:of )?(?:hold|speaker|speakerphone|mute|the call(?!(?: and [\w-]+)? lists?\b)|this call|the line))/, 'all'],
  [/\bremove (?:me|my (?:name|number|email|details))\b/, 'all'],
  [/\b(?:put|add|place) (?:me|us|my (?:number|name|phone)|this number) (?:on|to|in) (?:your |the |a )?(?:internal )?(?:do[- ]not[- ]call|dnc|do[- ]not[- ]contact)\b/, 'calls'],
  [/\b(?:do[- ]not[- ]call|dnc) (?:list|registry|register)\b/, 'calls'],
  // "I'd like to be put on your do-not-contact list, please.": the caller put on it, said passively.
  [/\b(?:be|get|got|been) (?:put|added|placed) (?:on|to|in) (?:your |the |a )?(?:internal )?do[- ]not[- ]contact\b/, 'all'],
  [/\b(?:be|get|got|been) (?:put|added|placed) (?:on|to|in) (?:your |the |a )?(?:internal )?(?:do[- ]not[- ]call|dnc)\b/, 'calls'],
  [/\b(?:rather not|prefer not to|don't want to|do not want to|don't want|do not want|no longer want to) (?:get|receive|have|hear)? ?(?:any(?: ?more)?|more) (?:of )?(?:these |your |those |the )?(?:phone )?calls\b/, 'calls'],
  [/\b(?:rather not|prefer not to|don't want to|do not want to|don't want|do not want|no longer want to) (?:get|receive|have)? ?(?:any(?: ?more)?|more) (?:of )?(?:these |your |those |the )?(?:texts|text messages|sms)\b/, 'sms'],
  [/\b(?:rather not|prefer not to|don't want to|do not want to|don't want|do not want|no longer want to) (?:get|receive|have)? ?(?:any(?: ?more)?|more) (?:of )?(?:these |your |those |the )?(?:emails|e-mails|newsletters)\b/, 'email'],
  [/\b(?:stop|quit|cease) (?:calling|ringing|phoning|dialing|dialling)\b/, 'calls'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:call|ring|phone|dial) (?:me|us|this number|here|my (?:number|phone|cell))\b/, 'calls'],
  [/\bno more (?:phone )?calls\b/, 'calls'],
  [/\b(?:lose|delete|forget) (?:my|this) number\b/, 'calls'],
  [/\b(?:stop|quit) (?:texting|messaging|sending (?:me )?(?:texts|text messages|sms|messages))\b/, 'sms'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:text|sms|message) (?:me|us|this number)\b/, 'sms'],
  [/\bno more (?:texts|text messages|sms|messages)\b/, 'sms'],
  [/\b(?:stop|quit) (?:emailing|e-mailing|sending (?:me |us )?(?:emails|e-mails|newsletters|mail))\b/, 'email'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:email|e-mail) (?:me|us)\b/, 'email'],
  [/\bno more (?:emails|e-mails|newsletters)\b/, 'email'],
  [/\b(?:stop|quit) (?:sending (?:me |us )?)?(?:the |your |all (?:the|these|those) |these |those )?(?:\w+ )?(?:marketing|promotions?|promotional|offers|reminders|spam|junk|advertising|ads|sales (?:calls|pitches))\b/, 'marketing'],
  [/\b(?:no|don't want|do not want|don't send|do not send) (?:me |us )?(?:any )?(?:more )?(?:marketing|promotions?|promotional (?:emails|calls|messages|texts)|offers|sales calls)\b/, 'marketing'],
  [/\b(?:stop|quit|cease) (?:contacting|bothering|pestering|harassing|reaching out to) (?:me|us)\b/, 'all'],
  // "I'd prefer not to be contacted by your company going forward", "I'd be grateful if your company
  // stopped reaching out to me altogether": polite, and plain.
  [/\b(?:i'd|i would|we'd|we would) (?:prefer|rather|like) not to be (?:contacted|reached)\b/, 'all'],
  // "I'd like this to be the last time anyone from Bramblewood contacts me. By any means."
  [/\b(?:like|want|need) (?:this|today|that) to be the last time (?:anyone|anybody|someone|somebody|you|y'all|your (?:company|team|people|folks))(?: (?:from|at|over at) [\w' -]{1,30}?)? (?:contacts|reaches out to|bothers|contact|reach out to|bother) (?:me|us)\b/, 'all'],
  [/\b(?:like|want|need) (?:this|today|that) to be the last time (?:anyone|anybody|someone|somebody|you|y'all|your (?:company|team|people|folks))(?: (?:from|at|over at) [\w' -]{1,30}?)? (?:calls|call) (?:me|us)\b/, 'calls'],
  // "I'd be grateful if that was the last call I ever got from y'all", "this has to be the last email".
  [/(?<=\b(?:grateful|appreciate it|happy|best|prefer it|rather) if (?:that|this) )(?:was|were|is|would be) the last (?:call|phone call)\b|\b(?:this|that) (?:is|has to be|needs to be|better be) the last (?:call|phone call)\b/, 'calls'],
  [/(?<=\b(?:grateful|appreciate it|happy|best|prefer it|rather) if (?:that|this) )(?:was|were|is|would be) the last (?:text|message)\b|\b(?:this|that) (?:is|has to be|needs to be|better be) the last (?:text|message)\b/, 'sms'],
  // "I'd just be grateful if this were the last I heard from you folks": every channel.
  [/(?<=\b(?:grateful|appreciate it|happy|best|prefer it|rather) if (?:that|this) )(?:was|were|is|would be) the last (?:i|we) (?:ever )?(?:hear|heard|get|got) from (?:you|y'all|your (?:company|team))\b/, 'all'],
  [/(?<=\b(?:grateful|appreciate it|happy|best|prefer it|rather) if (?:that|this) )(?:was|were|is|would be) the last (?:email|e-mail)\b|\b(?:this|that) (?:is|has to be|needs to be|better be) the last (?:email|e-mail)\b/, 'email'],
  [/\b(?:i'd|i would|we'd|we would) (?:prefer|rather|like) not to be called\b/, 'calls'],
  [/\b(?:i'd|i would|we'd|we would) (?:prefer|rather|like) not to be (?:emailed|e-mailed)\b/, 'email'],
  [/\b(?:i'd|i would|we'd|we would) (?:prefer|rather|like) not to be texted\b/, 'sms'],
  // "I'd appreciate it if you didn't contact me anymore", "it would be great if you stopped contacting us",
  // "I'd really prefer that you folks not contact me anymore" (the subjunctive).
  [/(?<=\b(?:(?:grateful|appreciate it|best|better|great|prefer it|rather) if|prefer(?: that)?) (?:you|your (?:company|team|folks|people)|y'all)(?: guys| all| folks| people)? )(?:(?:stopped|would stop|could stop) (?:contacting|reaching out to)|(?:didn't|did not|wouldn't|would not|never|not) (?:contact|reach out to)) (?:me|us)\b/, 'all'],
  // "I'd appreciate it if you folks didn't call this number again", "... if you stopped calling me",
  // "I would prefer you didn't call me again", "I'd prefer that you not text me": the channel is the verb's.
  [/(?<=\b(?:(?:grateful|appreciate it|best|better|great|prefer it|rather) if|prefer(?: that)?) (?:you|your (?:company|team|folks|people)|y'all)(?: guys| all| folks| people)? )(?:(?:didn't|did not|wouldn't|would not|never|not) (?:call|ring|phone|email|e-mail|text|message)|(?:stopped|would stop|could stop) (?:calling|ringing|phoning|emailing|e-mailing|texting|messaging))\b/, 'infer'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:contact|reach out to|bother) (?:me|us)\b/, 'all'],
  [/\b(?:leave me alone|no more contact|i want no further contact)\b/, 'all'],
  [/\b(?:i|we) (?:don't|do not) want (?:to (?:get|receive|hear)|any) (?:\w+ ){0,2}(?:calls|emails|texts|messages|contact|from you)\b/, 'all'],
  [/\b(?:i|we) (?:don't|do not) want (?:you|anyone|y'all) (?:to )?(?:call|calling|contact|contacting|email|emailing|text|texting)\b/, 'all'],
  // Spanish
  [/\bno me (?:llamen|llames|vuelvan a llamar|vuelva a llamar|llame)\b/, 'calls'],
  [/\bdej(?:en|e|a) de (?:llamarme|llamar)\b/, 'calls'],
  [/\b(?:no|tampoco|ni) me (?:escriban|manden|envíen|envien) (?:más |mas )?correos?\b/, 'email'],
  [/\b(?:no|tampoco|ni) me (?:escriban|manden|envíen|envien) (?:más |mas )?(?:mensajes|textos|sms|text messages|texts)\b(?: ni correos?)?/, 'sms'],
  [/\b(?:tampoco|ni) me (?:escriban|manden|envíen|envien) (?:más |mas )?(?:mensajes|textos|sms) ni correos?\b/, 'email'],
  [/\b(?:tampoco|ni) me (?:llamen|llames|vuelvan a llamar)\b/, 'calls'],
  [/\bno me (?:escriban|manden|envíen|envien) (?:más|mas)\b(?! (?:correos?|mensajes|textos|sms)\b)/, 'all'],
  // "Por ahora no me manden nada, creo."
  [/\bno me (?:escriban|manden|envíen|envien) nada\b/, 'all'],
  [/\bdej(?:en|e|a) de (?:escribirme|enviarme|mandarme|contactarme|molestarme)\b/, 'all'],
  [/\bdar(?:me)? de baja\b|\bdenme de baja\b|\bquiero (?:darme|que me den) de baja\b/, 'all'],
  // "Sáquenme de todas sus listas".
  [/\b(?:qu[ií]t(?:e|en)me|s[aá]qu(?:e|en)me|b[oó]rr(?:e|en)me) de (?:(?:todas )?(?:la|las|su|sus|esta|estas)|todas) listas?(?: de (?:llamadas|correos|mensajes|contactos))?/, 'infer'],
  [/\bque me (?:saquen|quiten|borren|eliminen) de (?:la|su|sus|esta|todas sus) listas?/, 'infer'],
  // "Mensajes de texto no, por favor", "pero textos no.": a channel turned down in Spanish.
  [/(?<![\p{L}])(?:(?:los|las) )?(mensajes(?: de texto)?|textos|correos|llamadas) no(?:,? por favor|\s*[.!]|\s*$)/u, 'infer'],
  // "Sáquenme de todo, por favor": out of everything.
  [/\b(?:qu[ií]t(?:e|en)me|s[aá]qu(?:e|en)me|b[oó]rr(?:e|en)me|que me (?:quiten|saquen|borren)) de todo(?![\p{L}])/u, 'all'],
  // "Mejor quíteme de la—", "que me quite de la... [ruido]": a removal cut off before its object (held).
  [/\b(?:qu[ií]t(?:e|en)me|s[aá]qu(?:e|en)me|b[oó]rr(?:e|en)me|que me (?:quite|quiten|saque|saquen|borre|borren)) de(?= (?:la|las|su|sus|esta|todas)\s*(?:[—–-]|\.\.\.|…|\[))/, 'all'],
  // "Quítenme de los textos", "sáquenme de los correos": out of one channel.
  [/\b(?:qu[ií]t(?:e|en)me|s[aá]qu(?:e|en)me|b[oó]rr(?:e|en)me) de (?:los |las |sus )?(?:mensajes(?: de texto)?|textos|sms)(?![\p{L}])/u, 'sms'],
  [/\b(?:qu[ií]t(?:e|en)me|s[aá]qu(?:e|en)me|b[oó]rr(?:e|en)me) de (?:los |sus )?correos?(?![\p{L}])/u, 'email'],
  [/\b(?:qu[ií]t(?:e|en)me|s[aá]qu(?:e|en)me|b[oó]rr(?:e|en)me) de (?:las |sus )?llamadas(?![\p{L}])/u, 'calls'],
  [/\bno quiero (?:recibir\b(?! (?:m[aá]s )?(?:correos|llamadas|mensajes|textos))|que me (?:llamen|contacten|escriban)\b)/, 'all'],
  [/\bno me contacten\b/, 'all'],
  // "I'd rather you folks just didn't reach out to me anymore", "I'd prefer it if you didn't call": the same polite wish, in English.
  [/\b(?:i'd|i would|we'd|we would) (?:rather|prefer(?: it)?(?: if)?) (?:you|y'all|you guys|you folks|you all|your company)(?: folks| guys| all)? (?:just |simply )?(?:didn't|did not|wouldn't|would not|not) (?:reach out|call|contact|text|email|e-mail|message|ring|phone)\b/, 'all'],
  // "Honestly, I'd prefer if you didn't—": the same wish cut off before its verb (held).
  [/\b(?:i'd|i would|we'd|we would) (?:rather|prefer(?: it)?(?: if)?) (?:you|y'all)(?: guys| folks| all)? (?:just )?(?:didn't|did not|wouldn't|would not)(?=\s*(?:[—–-]|\.\.\.|…))/, 'all'],
  // "Los textos, esos ya no me los manden": the channel named before, taken up with "los".
  [/\b(?:ya )?no (?:me|nos) (?:los|las) (?:manden|env[ií]en|mande|env[ií]e|sigan mandando|sigan enviando)\b/, 'infer'],
  // "No quiero que me sigan contactando": a wish that contact not go on.
  [/\bno (?:quiero|queremos|deseo) que (?:me|nos) sigan (?:contactando|llamando|escribiendo|mandando|molestando)\b/, 'all'],
  // "Le agradecería mucho que ya no me contactaran", "preferiría que no me llamaran": a polite wish, in the past subjunctive.
  [/\b(?:agradecer[ií]a|agradezco|preferir[ií]a|quisiera|me gustar[ií]a|le pido|les pido|pedir[ií]a)\b[^.?!]{0,30}\bque (?:ya )?no (?:me |nos )?(?:(?:volvieran|volviesen) a )?(?:contactaran|contactasen|llamaran|llamasen|escribieran|escribiesen|mandaran|molestaran|buscaran|contactar|llamar|escribir)\b(?: (?:m[aá]s )?(?:mensajes(?: de texto)?|textos|correos(?: electr[oó]nicos)?|llamadas))?/, 'all'],
  // "No, mensajes de texto no, por favor... Nada de textos."
  [/\bnada de (?:mensajes(?: de texto)?|textos|sms|whatsapp)(?![\p{L}])|^(?:no,? )?(?:los )?(?:mensajes(?: de texto)?|textos) (?:ya )?no\b/u, 'sms'],
  [/\bnada de llamadas(?![\p{L}])/u, 'calls'],
  // "No, no. Ni llamadas ni correos, nada.": every channel listed, refused.
  [/^(?:no,? )*ni (?:llamadas|correos|mensajes|textos)(?:,? ni (?:llamadas|correos|mensajes|textos))+/, 'infer'],
  [/\bnada de correos?(?![\p{L}])/u, 'email'],
  [/\bni me (?:escriban|manden|env[ií]en|contacten)\b/, 'all'],
  [/\bno quiero (?:recibir )?(?:más |mas )?llamadas\b/, 'calls'],
  [/\bno quiero (?:recibir )?(?:más |mas )?(?:mensajes|textos)\b/, 'sms'],
  [/\bno quiero (?:recibir )?(?:más |mas )?correos\b/, 'email'],
  [/\bno (?:me )?vuelvan a llamar(?:me)?\b/, 'calls'],
  [/\bno me molesten\b|\bno quiero que me (?:llamen|escriban|contacten)\b|\bb[oó]rr(?:en|e)me\b/, 'all'],
  // French / German / Portuguese
  [/\bne m'appelez plus\b|\bdésinscri|\bretirez-moi\b|\bne me contactez plus\b|\barr[êe]tez de m'(?:appeler|écrire|envoyer|contacter)/, 'all'],
  [/\brufen sie mich nicht mehr an\b|\babmelden\b|\bnicht mehr anrufen\b|\bh[öo]r(?:en sie|t)? auf,? mich anzurufen\b|\bnicht mehr kontaktieren\b/, 'all'],
  [/\b(?:ya )?no (?:me|nos) (?:vuelvan a )?(?:marquen|marcar)\b/, 'calls'],
  // "Ya no me hablen, por favor. Ni llamadas, ni mensajes, ni correos.": "hablar" is to reach, in any way.
  [/\b(?:ya )?no (?:me|nos) (?:vuelvan a )?(?:hablen|hablar)\b(?! de\b)/, 'all'],
  [/\bpar(?:e|em) de me ligar\b|\bn[aã]o me liguem\b|\bdescadastr/, 'all'],
];

/**
 * "No me llame, estoy en el trabajo", "don't call, I'm driving": a call refused for the moment, with
 * its reason (not "stop calling me, I'm at work", which asks for the calls to end).
 */
const BUSY_AFTER = /^[,;]?\s*(?:i'm|i am|estoy|ando) (?:at work|at the office|working|driving|on (?:a|the) job|in (?:a )?meetings?|en el trabajo|trabajando|manejando|en la oficina|en una junta)(?![\p{L}])/u;

/** "don't call me before noon": a contact-time preference, not an opt-out. */
const PREFERENCE_AFTER =
  /^\s*(?:again )?(?:at (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|lunch|dinner|breakfast)\b|(?:here )?at (?:the|my|our) (?:shop|store|office|clinic|restaurant|salon|job|site|counter|front desk)\b|here at\b|before|after(?! (?:this|that|today|tonight|this call|that call)\b)|until|till|during|between|at work|at the office|on (?:the )?(?:weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|landline|work (?:number|phone))|in the (?:morning|evening|afternoon)s?|at night|this week|today|tomorrow|right now|for (?:a|the next) (?:bit|while|few|couple)|so early|so late|this early|this late|on (?:[a-z]+ ){1,2}(?:hours|time)|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b|^\s*(?:a las (?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|antes de|despu[eé]s de|(?:en|por) las? (?:ma[ñn]anas?|tardes?|noches?)|de noche|ahorita|ahora mismo|en este momento|tan (?:temprano|tarde)|temprano|al trabajo|a la oficina|los (?:fines de semana|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos)|(?:en|el) (?:fin de semana|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))(?![\p{L}])/u;

/** "unsubscribing members who are inactive": the phrase is about other people. */
const ABOUT_OTHERS_AFTER = /^\s*(?:(?:other |inactive |old )?(?:members|people|users|customers|clients|them|him|her|someone|somebody|others|everyone|my (?:wife|husband|son|daughter|mom|dad|boss|coworker|colleague|friend))\b|(?:\w+ ){0,2}for (?:my|our|the) (?:team|staff|employees|members|referrals|customers|clients|users|reps|agents|kids|son|daughter)\b)/;
/**
 * Someone else as the subject right before the act (with its auxiliary): "they're all", "my patients
 * have", "two of my patients who got my referral invite tried to click" (a relative clause between).
 */
const THIRD_PARTY_SUBJECT =
  /(?:\b(?:they|he|she)|\b(?:they're|he's|she's)|\b(?:my|our|the|his|her|their|some|a bunch of|a lot of|lots of|half (?:of )?(?:my|our|the)|all (?:of )?(?:my|our|the)|many|several|a few|mis|sus|los|las|algunos|algunas|varios|varias)\s+(?:[\w']+\s+){0,2}(?:patients|customers|clients|students|parents|members|users|staff|employees|folks|people|subscribers|guests|tenants|kids|readers|followers|residents|neighbou?rs|pacientes|clientes|alumnos|alumnas|padres|socios|socias|vecinos|empleados)(?:\s+(?:who|that|que)\s+[^,.;!?]{1,40}?)?)\s+(?:all\s+|just\s+|also\s+|keep\s+|kept\s+|already\s+)?(?:(?:tried|try|want|wanted|need|needed)\s+to\s+(?:(?:click|hit|press|tap|use)\s+(?:the\s+)?)?|are\s+|were\s+|have\s+|had\s+|'re\s+|'ve\s+|se\s+(?:est[aá]n\s+|han\s+|van\s+a\s+)?(?:dando\s+|dado\s+|dar\s+|dieron\s+|dan\s+)?)?(?:all\s+|already\s+)?$/;

/** A line of the caller's named as the one not to use: "this number", "the office line", "the old one", "calling me here", "the calls on my cell", "a este número, que es del trabajo". */
const ONE_LINE = /\b(?:this|that|the|my) (?:(?:old|office|work|home|front[- ]desk|landline|other) )?(?:number|line|phone|one)\b|\b(?:calls? on|calling) my (?:cell|cell ?phone|mobile)\b|\b(?:call|calling|ring|ringing|phone|phoning) me here\b|\b(?:call|calling|ring|ringing|phone|phoning) (?:the|my|our) (?:house|office|shop|landline)\b|\b(?:call|calling|ring|ringing|phone|phoning) (?:the|my|our) (?:\w+ )?(?:counter|front desk|main line|store|desk|reception)\b|\bthat one\b|\b(?:mi|el|ese|este) (?:n[uú]mero|tel[eé]fono|celular) (?:del|de la|de mi) (?:trabajo|oficina|casa|negocio)\b|\bal (?:del|de la) (?:trabajo|oficina)\b|\b(?:a )?este n[uú]mero\b[^.?!]{0,30}\b(?:del|de la|es del|es de la) (?:trabajo|oficina|negocio)\b/;
/**
 * The caller gives us another way to reach them by phone ("use my cell instead", "use my regular one",
 * "use the studio line", "my new number is", "llámenme al celular"); not "at this number or any other
 * number", which keeps none.
 */
const ANOTHER_NUMBER = /\b(?:use|call|try|text|reach me (?:on|at)) (?:my|the|this) (?:cell|mobile|personal|new|other|regular|usual|normal|own)\b|\b(?:use|call|try) (?:my|the|our) [\w-]+ (?:line|landline)\b|\bcall me (?:here|on this (?:one|number|cell))\b|\bi'm on my (?:cell|mobile)\b|^\s*my (?:cell|mobile)\b|\bjust not (?:here|at this number|on (?:this|that) (?:line|number))\b|\bnew (?:number|cell|phone)\b|\b(?<!\bany )(?:different|new|other) number\b|\bmi (?:celular|n[uú]mero nuevo|nuevo n[uú]mero)\b|\bn[uú]mero nuevo\b|\ba este (?:celular|n[uú]mero)\b|\bll[aá]m(?:en|e)me al (?:celular|cel|m[oó]vil)\b/;

/**
 * "Please don't call me at this number anymore ... use my cell instead": a number changed, not
 * contact refused (the new number is an update, rule 6).
 */
function numberChange(sentence: string, caller: Sentence[]): boolean {
  // ("I got this phone number in, like, September. New number. ... Please stop texting this number.":
  // the new number is the line the messages reach, taken over from someone else; no other line given.)
  const tookOver = caller.some((x) => NUMBER_TAKEN_OVER.test(fold(x.text)));
  // ("She moved out last summer, I think she got a new number. This is my number now.": the new
  // number is the person we asked for's, not the caller's.)
  return ONE_LINE.test(fold(sentence)) && caller.some((x) => ANOTHER_NUMBER.test(fold(x.text)) && !(tookOver && (/^\W*(?:(?:a|it's a|it is a|this is a)\s+)?new number\W*$/.test(fold(x.text)) || /\b(?:she|he|they) (?:got|has|have|had) (?:a )?(?:new|different) (?:number|phone|cell)\b/.test(fold(x.text)))));
}

/** "I got this phone number in September", "this number used to be someone else's": a line taken over. */
const NUMBER_TAKEN_OVER = /\b(?:i|we) (?:just )?(?:got|have had|bought|was given|was assigned) this (?:phone )?number\b|\bthis number used to (?:be|belong)\b|\b(?:this|it)(?:'s| is) my number now\b/;

/**
 * "The gmail, I don't check that anymore. Don't bother emailing that one. Can you use
 * mdoyle.flag@outlook.com instead?": one address retired for another, not email stopped.
 */
function addressChange(s: Sentence, caller: Sentence[]): boolean {
  // ("I need you to stop emailing bernard at oseiholdings dot com ... Send it all to my new address.
  // bernard at osei dot capital.": the address itself named, its successor in the caller's next turn.)
  const namesAddress = extractEmails(s.text).length > 0;
  if (!namesAddress && !/\b(?:that|this|the|my) (?:old |work |personal )?(?:one|address|email|e-mail|inbox|gmail|yahoo|hotmail|outlook)\b/.test(fold(s.text))) return false;
  const k = caller.indexOf(s);
  const nextTurn = caller.find((x) => x.turn > s.turn)?.turn;
  return caller.some((x, j) => {
    if (j <= k || (x.turn !== s.turn && !(namesAddress && x.turn === nextTurn))) return false;
    if (!/\b(?:use|send (?:it|them|everything|it all) to|switch (?:it|me) to|instead|new (?:address|email|e-mail|inbox))\b/.test(fold(x.text))) return false;
    const then = caller[j + 1]?.turn === x.turn ? caller[j + 1].text : '';
    return extractEmails(x.text).length > 0 || extractEmails(then).length > 0;
  });
}

/**
 * "¡No me den de baja!", "a mí no me quiten de los mensajes", "don't take me off the list", "I don't
 * want to be unsubscribed", "I'm not saying stop": a removal the caller asks us NOT to make. (A
 * negated contact act is the opposite: "no me llamen", "don't call me" are opt-outs.)
 */
const NEGATED_REMOVAL =
  /\b(?:no|don't|do not|never|nunca)(?:,?\s+(?:like|um|uh|you know|ever|just|go and|go ahead and),?)*\s+(?:(?:me|nos)\s+)?(?:(?:vayan?|van|vas)\s+a\s+|(?:quiero|queremos|quisiera|deseo|necesito)\s+(?:que\s+(?:me|nos)\s+)?)?(?:den de baja|d[eé] de baja|dar(?:me|nos)? de baja|doy de baja|damos de baja|darme|quit\w*|saqu\w*|sac\w*|borr\w*|elimin\w*|take (?:me|us) off|remove (?:me|us)|unsubscribe (?:me|us)|opt (?:me|us) out|drop (?:me|us)|delete (?:me|us)|want (?:to (?:be|get) )?(?:off|taken off|removed|unsubscribed|opted out)|want to (?:unsubscribe|opt out)(?: (?:from|of) (?:anything|everything|it|that))?)\b|\b(?:you can|please|go ahead and|feel free to) (?:just )?keep (?:sending|texting|emailing|calling)\b|\b(?:i'm|i am|we're|we are) not (?:saying |asking (?:you )?(?:to )?|telling you to )(?:you )?(?:stop|unsubscribe|remove|take (?:me|us) off|opt (?:me|us) out)\b/;

/** Words that keep contact as it is: a removal refused, not asked for ("you can keep sending those"). */
export function keepsContact(sentence: string): boolean {
  const f = fold(sentence);
  const m = f.match(NEGATED_REMOVAL);
  // ("I'm not saying unsubscribe me, exactly, I just — I don't know what the options are": a denial
  // hedged at once, still a doubt.)
  return m != null && !/^[^.?!]*?\b(?:exactly|necessarily|per se)\b|\bi (?:don't|do not) know\b|\bi dunno\b/.test(f.slice((m.index ?? 0) + m[0].length));
}

/** Other people, as a subject: "people stop opting out", "people who've asked to be taken off". */
const OTHER_PEOPLE = String.raw`(?:people|folks|customers|clients|users|subscribers|consumers|homeowners|readers)`;
const PEOPLE_FIRST = new RegExp(String.raw`^\W*${OTHER_PEOPLE}\s+(?:\w+\s+)?$`);
const PEOPLE_WHO = new RegExp(String.raw`\b(?:${OTHER_PEOPLE}|anyone|anybody|someone|somebody|those|others)\s+(?:who|that)(?:'ve|'d|\s+have|\s+had|\s+has)?\s+(?:(?:asked|wanted|requested|begged|tried|want|ask)\s+to\s+)?$`);

/** "Don't read that as 'never call me'", before the words matched or as their start. */
const READING_DENIED = String.raw`\b(?:don't|do not|doesn't|does not|didn't|did not)\s+(?:read|take|hear|see|mean|understand)\s+(?:that|this|it|me)\s+as\s+['"‘“]?(?:a\s+)?`;
const READING_DENIED_BEFORE = new RegExp(`${READING_DENIED}$`);
const READING_DENIED_AT = new RegExp(`^${READING_DENIED}`);

/**
 * The caller takes it back: "No, wait. Scratch that.", "Then leave me on. Keep everything how it is.",
 * "Oh, sorry. I thought you were the solar guys." (the request was meant for someone else), "God, no,
 * no, that was her." (the words quoted were someone else's), "And to be clear, I'm not unsubscribing"
 * (after a request to delete an address and a phone number: data removed, not contact). Not "No,
 * wait, texts. Just the texts.": the request narrowed to a channel, not taken back.
 */
const RETRACT = /^(?:no[,.!]?\s+)*(?:no,?\s+)?wait\b(?![,.!]?\s+(?:just |only )?(?:the )?(?:texts?|text messages|calls?|phone calls|e-?mails?)\b)|\bscratch that\b|^(?:(?:god|oh),?\s+)?(?:no[,.!]?\s+)+that was (?:her|him|them|my (?:client|customer|wife|husband))\b|\bi thought you were (?:the|some|a|an|those|that)\b|\bpens[eé] que (?:eran|era) (?:los|las|la|el|de)\b|\bforget (?:that|i said (?:that|it))\b|\b(?:leave|keep) me on\b|\b(?:i'm|i am) not (?:unsubscribing|opting out|asking (?:you )?to (?:stop|unsubscribe|take me off))\b(?![^.?!]*\b(?:just|only|but|except)\b)|\bkeep everything (?:how|as|the way) it (?:is|was)\b|\b(?:don't|do not) take me off\b|\bnever ?mind,? (?:don't|do not|keep|leave)\b|\bolv[ií]del[oa]\b|\bmejor no,? d[eé]jel[oa]\b|\b(?:the )?(?:referral|rewards?|program)\s+(?:stuff|emails?|texts?|messages?|calls?|updates?|things?)\s+(?:is|are)\s+(?:fine|ok|okay|good)\b|^(?:(?:pues|ay|oiga|mire),?\s+)?(?:no,?\s+)*no (?:me|nos) (?:quite|quiten|saque|saquen|borre|borren|den de baja)\b/;

/** "Stop calling? No, no. Please keep calling.": the agent's words echoed as a question, then refused. */
function echoRefused(s: Sentence, caller: Sentence[]): boolean {
  if (!/\?\s*$/.test(s.text) || s.text.split(/\s+/).length > 5) return false;
  const next = caller[caller.indexOf(s) + 1];
  return next?.turn === s.turn && /^(?:no|nope|nah|god,? no|absolutely not|not at all)\b/.test(stripFillers(fold(next.text).trim()));
}

/**
 * "I want out." ... "Out of the contract. The installation contract. Not, like, out of everything":
 * the caller's next turn says what they want out of, and it is no list of ours.
 */
function narrowedNext(s: Sentence, caller: Sentence[]): boolean {
  if (!/\b(?:i want out|i'm out|count me out)\b/.test(fold(s.text))) return false;
  const next = caller.find((x) => x.turn > s.turn);
  return next != null && /^(?:\w+[,.]?\s+)?out of (?:the|my|our|this|that) (?!(?:\w+ )?(?:lists?|calls|texts|emails|messages|mailings?)\b)/.test(stripFillers(fold(next.text).trim()));
}

/**
 * "But I want out of the rewards program thing. Close my account on that." ... "Eh, whatever, keep
 * sending it ... It's just the account.": words that name no channel, which the caller later says
 * were about an account while the messages keep coming.
 */
function accountOnlyLater(s: Sentence, caller: Sentence[]): boolean {
  if (CHANNEL_WORDS.some(([re]) => re.test(fold(s.text)))) return false;
  return caller.some((x) => x.turn > s.turn && /\b(?:it's|that's|it is|that is) (?:just|only) (?:the|my) (?:account|membership|program|rewards? (?:account|program)|plan)\b|\bkeep sending (?:it|them|those|the (?:newsletter|emails?|updates))\b/.test(fold(x.text)));
}

/** A request the caller takes back in one of their next two turns, or cuts off with "hold on" in the same breath. */
function retractedLater(turn: number, caller: Sentence[], sentence?: Sentence): boolean {
  const later = [...new Set(caller.filter((x) => x.turn > turn).map((x) => x.turn))].slice(0, 2);
  if (caller.some((x) => later.includes(x.turn) && RETRACT.test(stripFillers(fold(x.text).trim())))) return true;
  // "I want to be taken off the— hold on. Is this Mesa Shop Supply?"
  if (!sentence) return false;
  // "Mi esposo pensó que yo les iba a hablar para darme de baja... ¡No, no, no! No me den de baja.":
  // refused later in the same breath.
  if (caller.slice(caller.indexOf(sentence) + 1).some((x) => x.turn === sentence.turn && RETRACT.test(stripFillers(fold(x.text).trim())))) return true;
  // "And... stop! (laughs) No, no, I'm kidding, I'm kidding. Go ahead.": a joke taken back whole, in
  // the same turn or the next (not "I'm kidding. Sort of.", a joke half meant, which is held).
  const turns = [sentence.turn, ...later.slice(0, 1)];
  const rest = caller.slice(caller.indexOf(sentence) + 1).filter((x) => turns.includes(x.turn));
  if (rest.some((x, k) => JOKE.test(stripFillers(fold(x.text).trim())) && !rest.slice(k).some((y) => y.turn === x.turn && HALF_MEANT.test(fold(y.text))))) return true;
  const after = fold(sentence.text).split(/[—–]|\.\.\.|…/).slice(1).join(' ');
  const next = caller[caller.indexOf(sentence) + 1];
  const sameTurnNext = next?.turn === sentence.turn ? fold(next.text) : '';
  return HOLD_ON.test(after.trim()) || HOLD_ON.test(sameTurnNext.trim());
}
/** "I'm done with all of it.": exasperation that names no contact to stop. */
const OUTBURST = /\b(?:i'm|i am) (?:so |just |totally |honestly )?done with (?:all of )?(?:it|this|that|everything|y'all|you(?: people| guys)?)\s*[.!]*\s*$/;
/** "(laughs) No, no, I'm kidding", "Nah, I'm kidding": words said as a joke; whole or half meant, HALF_MEANT tells. */
const JOKE = /^(?:\((?:laughs?|laughing|chuckles?)\)\s*)?(?:(?:nah|no|ha|haha)[,.!]*\s+)*(?:i'm |i am |just |only )?(?:kidding|joking)\b/;
/** "Sort of. Not really.", "Mostly. Half kidding.": a joke only half meant. */
const HALF_MEANT = /\b(?:sort of|kind of|kinda|mostly|half|not really|partly|a little|maybe|but seriously|seriously though)\b/;
const HOLD_ON = /^(?:hold on|hang on|wait(?:,| a (?:sec|second|minute))|sorry,? (?:wrong|i think i)|(?:sorry|i mean),? (?:i mean,? |i meant,? )?(?:remove|delete|take off|cancel|drop) (?:my|the|that) (?:old )?(?:card|visa|mastercard|amex|payment|bank|account|debit|credit)\b|oh,? (?:wait|sorry)|(?:ay,? )?(?:no,? )?esp[eé]r(?:e|en)me|(?:ay,? )?no,? (?:mejor no|espere)|un momento)(?![\p{L}])/u;

/** Reports of an opt-out the caller already made ("I replied STOP", "I unsubscribed", "my thumb hit the quick-reply thing and it sent STOP"), not requests. */
const PAST_ACT = /\b(?:i|we|it|my (?:thumb|finger|phone|kid|son|daughter|toddler)) (?:\w+ )?(?:replied|texted|responded|sent|typed|unsubscribed|opted out|clicked|hit|pressed)\b/;
/** Someone else's words quoted to a third person: "One patient ... told my front desk 'I've unsubscribed three times'". */
const QUOTED_TO_SOMEONE = /\b(?:patients?|clients?|customers?|members?|parents?|students?|tenants?|neighbou?rs?|people|folks|somebody|someone)\b[^.?!]{0,60}\b(?:told|said to|asked|yelled at) (?:my|our|the|his|her) (?:[\w-]+ ){0,2}["'‘“]\s*(?:[\w']+\s+){0,4}$/;
/** "Take me off Tuesday", "drop us off the route": a booking given up, not contact. */
const OFF_A_SCHEDULE = /^\S+(?:\s+\S+)?\s+(?:me|us)\s+off\s+(?:(?:the|that|this|next|[a-z]+day's|the next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|schedule|calendar|day|appointment|route|roster|survey|install|visit)s?\b/;
/** A threat just said: "if one more of them rings my bell, I'm done with Oakfield." */
const THREAT_BEFORE = /\b(?:if|next time|the next time)\b[^.!?]*,\s*(?:i'm|i am|i'll|i will|we're|we'll|we are)\b[^.!?]*[.!]\s*$/;
/** "I finally told SunPeak: stop calling me": what the caller said to someone named, not to us (read on the words as said, for the capitals). */
const TOLD_SOMEONE_NAMED = /\b(?:I|we)\s+(?:\w+\s+)?(?:told|asked|said to|yelled at|begged)\s+(?!You\b|Y'all\b|Your\b)\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s*[:,]?[^.?!]*$/u;
/** "I opted out by mistake, can you add me back?", "so I'm un-opting out", "eso fue sin querer": undoing an opt-out. */
const UNDO = /\b(?:by mistake|accidentally|by accident|was an accident|undo (?:it|that|this|the unsubscribe|the opt[- ]?out)|add me back|put me back|opt (?:me )?back in|un-?opt\w*|sin querer|por accidente|por error|fue un error|ahora s[ií],? (?:m[aá]ndenme|env[ií]enme|escr[ií]banme|ll[aá]menme|me interesa)|re-?subscribe|didn't mean to|did not mean to|sign me back up|turn (?:them|'em|it|those|the \w+) back on)\b/;
/** "don't text me the code, email it": one message's channel, not an opt-out. */
const ONE_MESSAGE_AFTER = /^\s*(?:me |us )?(?:the|that|this|a|my) (?:code|link|details|info|information|pricing|quote|invoice|receipt|contract|paperwork|file|document)\b/;
/** How someone is addressed: "stop calling me ma'am", "don't call me sir". */
const FORM_OF_ADDRESS = /^\s+['"“‘]?(?:ma'am|maam|madam|sir|miss|missus|mister|honey|hon|sweetie|sweetheart|dear|darling|buddy|pal|boss|chief|kiddo|young (?:lady|man)|se[ñn]ora|se[ñn]orita|se[ñn]or|do[ñn]a|don|mija|mijo)\b/i;
/** "I told 'em, take me off your list, I mean it, lose my number", "I finally said take me off your list": words said to someone, quoted after. */
const TOLD_THEM = /\b(?:i|we) (?:just |finally |already |even )?(?:(?:told|said to|yelled at|asked|begged) (?:them|'em|em|him|her|those guys|that guy|the guy|the lady|that lady|the girl|the man|the woman)\s*[,:]|said[,:]?)\s*[^.?!]*$/;
/** "A esos les pedí tres veces que me borraran de su lista": asked of "those" people, not of us ("a ustedes"). */
const ASKED_OF_THOSE = /(?<![\p{L}])a (?:esos|esas|ellos|ellas|aquellos|aquellas|esa gente|esa (?:compa[ñn][ií]a|empresa)|los otros|las otras)(?:\s+[\p{L}]+){0,3}\s+les (?:ped[ií]|dije|hab[ií]a (?:pedido|dicho)|rogu[eé]|insist[ií])(?![\p{L}])[^.?!]*$/u;
/** The turn before names someone other than us on the line: "I just got off the phone with SunPeak". */
const OTHER_PARTY_BEFORE = /\b(?:(?:got )?(?:off|on) the phone with|talking (?:to|with)|spoke (?:to|with)|a call from|calls? from|hung up on) (?!you\b|y'all\b|your\b|ustedes\b)[\w']+/;
/** A fear of being removed: "me da miedo que me saquen", "I'm afraid you'll take me off", "worried you might drop me". */
const FEARED = /(?:\b(?:afraid|worried|scared|nervous|concerned|paranoid)(?: that)?(?: (?:you|y'all|they|someone)(?: guys)?(?:'ll| will| might| would|'d)?)?|(?<![\p{L}])(?:miedo|temor|me preocupa|preocupad[oa]|no vaya a ser)(?: de)?(?: que(?: (?:me|nos))?)?)\s+(?:[\p{L}']+\s+){0,2}$/u;
/** "You don't need to, like, take me off anything or put me on some do-not-call thing": told there is no need (until a "but"). */
const NO_NEED = /\b(?:you|y'all)(?: guys| all)? (?:don't|do not|won't|wouldn't|shouldn't) (?:need|have|got) to\b(?:(?!\b(?:but|though|pero)\b)[^.?!;])*$/;
/** "I don't want a form email", "no quiero un correo genérico": one message turned down, not contact. */
const ONE_MESSAGE_DECLINED = /^(?:i |we )?(?:don't|do not) want (?:a|an|some) (?:(?:form|canned|generic|automated|stock|template|boilerplate|standard|copy-paste)\s+)?(?:email|e-mail|text|letter)\b(?![^.?!]*\b(?:again|anymore|any more|ever|from (?:you|y'all|your))\b)/;
/** "You've never called me", "nobody's ever texted me": contact that has not happened, told as a fact. */
const NEVER_CONTACTED = /\b(?:(?:you've|you have|you|y'all(?: have)?|they've|they have|they) (?:\w+ )?never|(?:nobody|no one)(?:'s| has)?(?: ever)?) (?:once |even )?(?:called|texted|emailed|e-mailed|messaged|contacted|phoned|rang|reached out to) (?:me|us)\b/;
/** "Make these calls", "that's not a call I make alone": a decision, not a phone call. */
const DECISIONS_MADE = /\b(?:make|makes|making|made) (?:these|those|that|this|such|the big|big|any of (?:these|those)) (?:kinds? of |sorts? of )?calls?\b/;
/** "what's your policy on unsubscribing", "how does opting out work", "how long until the calls actually stop?", "do people ever ask to be taken off?": a question about the rule, not a request. */
const GENERAL_QUESTION_BEFORE = /\b(?:policy (?:on|for|about)|rules? (?:on|for|about)|what happens (?:if|when)|how does|how (?:long|fast|quickly|soon) (?:(?:does|do|did|will|would) (?:it|you|they)|until|till|'til|before)|does (?:it|that) mean|how (?:\w+ ){0,2}handles?|who (?:handles|manages|runs|owns|is in charge of|takes care of|looks after)|asked (?:me|us) how|how (?:to|do (?:they|people|customers|clients|patients|my \w+))|how many (?:people|customers|clients|members|users|folks|patients|of (?:them|your))|(?:do|does|did) (?:people|customers|clients|folks|members|users|anyone|anybody) (?:ever )?|how often (?:do )?(?:people|customers|clients|folks))\b[^.]*$/;

const OTHER_COMPANY =
  /\b(?:another|other|different) (?:company|companies|vendor|vendors|business|businesses|service|services|brand|brands|outfits?)(?:'s)?\b|\b(?:their|his|her) (?:[\w-]+ ){0,2}(?:lists?|newsletters?|emails|mailing list)\b|\b(?:la compa[ñn][ií]a|otras? compa[ñn][ií]as?|el banco|la empresa|otra empresa|otras empresas|del cable)(?![\p{L}])|\blos de (?:la|el) (?!programa\b)\p{L}+|\b(?:my (?:bank|gym|insurance|isp|phone company|cable company|old job|old company|previous (?:job|employer)))\b|\b(?<!\b(?:your|y'all's|our) )(?:[a-z]+'s) (?:call |calling |text |email |e-mail |marketing |contact |do[- ]not[- ]call )?(?:list|newsletter|mailing list)\b|\bfrom (?:amazon|netflix|spotify|linkedin|facebook|twitter|google|the newspaper|the gym)\b/u;

/** "That's them, not you", "you guys are fine": the caller clears us of a request told of. */
const NOT_YOU = /\b(?:that's|that was|it's|it was|those are|that is) (?:them|those guys|the other (?:guys|company|one)),? not (?:you|y'all|your company)\b|\b(?:you guys|y'all|you all) are (?:fine|good|okay|ok)\b/;

/** "A los de Energía Solar del Sur les tuve que decir...", "the folks at Brightline", "ADP has been calling me every week", "any list with SunVault", "I had to put SunPeak on my block list": a company by its name (read on the words as said, for the capitals). */
const OTHER_NAMED = /\b(?:los|las) de (?!Ustedes\b|Usted\b)\p{Lu}\p{L}+|\bthe (?:folks|people|guys|ones) (?:at|over at|from) \p{Lu}\p{L}+|\blistas? de (?!Ustedes\b|Usted\b|Llamadas\b|Correos\b|Mensajes\b|Contactos\b|Espera\b)\p{Lu}\p{L}+|\blists? (?:with|shared with|for) (?!You\b|Your\b|Y'all\b)\p{Lu}\p{L}+|\b(?:put|added?) (?!You\b|Your\b|Y'all\b)\p{Lu}\p{L}+ (?:on|to) (?:my|the) (?:block|blocked|spam|do[- ]not[- ]call) list\b|^\s*(?:So,? |And |Now,? )?\p{Lu}{2,}[\p{Lu}&]*(?:'s)? (?:has|have|had|keeps?|kept|was|were|is|are)(?: been)? (?:calling|texting|emailing|ringing|spamming|hounding|bugging)\b/u;

const GLOBAL = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    // (Its own flags kept: a /u pattern's \p{L} means a letter only with the u flag.)
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/**
 * The general rule behind the phrase list: an operator that ends or removes ("stop", "no more",
 * "remove", "unsubscribe", "don't send", "done getting", "get rid of") within a few words of a
 * contact object ("calls", "texts", "emails", "reminders", "my number", "your list"), either order.
 */
const OPERATOR =
  /\b(?:stop|quit|cease|halt|enough (?:of|with|already)|(?:that's|that is|it's|had) enough|^enough|no more|no further|remove|delete|erase|unlist|scrub|purge|get rid of|block|unsubscrib\w*|opt(?:-| )?out|done (?:getting|receiving|with)|sick of|tired of|fed up with|(?:don't|do not|never) (?:send|call|ring|phone|text|message|email|e-mail|mail|contact|bother|write)|(?:don't|do not|no longer|never) (?:want|wish|need)|rather not|just as soon not|dejen de|no (?:me |nos )?(?:(?:lo|la|los|las) )?(?:llamen|escriban|manden|env[ií]en|contacten|marquen)|no quiero m[aá]s)\b/g;
const CONTACT_OBJECTS: Array<[RegExp, Channel]> = [
  [/\b(?:phone calls?|calls|calling|called (?:me|us)|robocalls?|voicemails?|ringing|phoning|(?:this|my) (?:number|phone|cell|line)|llamadas?|este n[uú]mero)\b/, 'calls'],
  [/\b(?:texts?|texting|text messages?|sms|whatsapp|messages|mensajes)\b/, 'sms'],
  [/\b(?:emails?|e-mails?|emailing|inbox|newsletters?|mailing list|correos?)\b/, 'email'],
  [/\b(?:reminders?|promotions?|promotional \w+|offers|marketing|ads|advertising)\b/, 'marketing'],
  [/\b(?:contact(?:ing)?|communications?|outreach|correspondence|lists?|database|records|contact (?:info|information|details)|hear(?:ing)? from (?:you|y'all|brightside|your company))\b/, 'all'],
];
// ("Please don't email that address anymore", said of an old work address: that address retired.)
const ACCOUNT_UPKEEP = /\b(?:old|new|instead|(?:that|the other) (?:e-?mail )?address|updat\w*|chang(?:e|ed|ing)|replac\w*|use (?:my|the|this)|from my (?:account|profile|invoice|bill)|on my (?:account|profile|invoice|bill)|duplicate|charge|invoice|renewal|auto-?renew\w*|trial|subscription to)\b/;

/** "email is fine", "I don't care about calls": a channel the caller keeps; it does not count as the object of a stop. */
const KEPT_CHANNEL = new RegExp(String.raw`\b(email|emails|e-mail|text|texts|texting|calls?|calling|phone)(?: (?:is|are) (?:fine|better|ok|okay|good|preferred|best))\b|${NOT_MINDED.source}`);
// ("Fix your records so you stop asking for Hollis": the person asked for, on a wrong number.)
// ("Delete the recordings of my calls": data about calls, a privacy request, not contact.)
const IDIOMS = /\b(?:delete|erase|destroy|purge|remove) (?:the |all |all the |any |my |your )?(?:\w+ )?(?:recordings?|transcripts?|call logs?)\b|\bstop (?:worrying|by|in|over|me if|there|here|(?:asking|looking) for (?!me\b|us\b)|calling (?:here |this number |this phone )?for (?!me\b|us\b))\b|\b(?:fine|happy|okay|ok|good|cool) with (?:the )?(?:calls|texts|emails|messages|reminders)\b|\b(?:don't|do not) mind\b|\bkeep (?:the|them|those|your) \w+ coming\b/;

/** What a wish not to be contacted goes on with: "rather not get", "don't want to hear", "rather not be". */
const WISHED_CONTACT_VERB = /^(?:get|getting|receive|receiving|hear|hearing|be|have|keep|see|deal|talk|speak|continue|answer|pick|read|take)$/;
/** Who receives, when it is not the caller: "(don't want) my patients getting", "them receiving", "those people to get". */
const OTHERS_RECEIVING = /^\s+(?:(?:my|our|his|her|their|the|any|those|these) (?!(?:phone|cell|number|line|inbox|e-?mail|mailbox|voicemail|account|house|office|business)\b)(?:[\w'-]+ ){0,2}?|them |him |her |anyone |anybody |people )(?:getting|receiving|to get|to receive|being (?:called|texted|emailed|contacted|spammed))\b/;
/** Someone else as the one who acts: "my patients asked how they unsubscribe", "emails they can't stop". */
const SOMEONE_ELSE_ACTS = /(?<!\byou )(?<!\byou all )\b(?:they|he|she|people|patients|customers|clients|members|users|folks)[\s,]+(?:(?:uh|um|er|like)[\s,]+)?(?:(?:can(?:'t| not)?|cannot|could(?:n't| not)?|would|should|won't|are unable to)\s+)?$/;

/** "On my phone", "to my cell", "my phone goes off on the tray": the device a message arrives on, which names no channel. */
const ON_THE_DEVICE = /\b(?:on|to|onto) (?:my|the|his|her|our) (?:phone|cell(?: ?phone)?|mobile)\b|\b(?:my|the|his|her|our) (?:phone|cell(?: ?phone)?|mobile)(?:'s | is | was | keeps | )(?:goes off|went off|going off|buzzes|buzzed|buzzing|dings|dinged|dinging|lights up|lit up|lighting up|blows up|blew up|blowing up|vibrates|vibrated|vibrating|pings|pinged|pinging)\b/g;

function compositional(f: string): { channel: Channel; index: number } | null {
  if (ACCOUNT_UPKEEP.test(f) || IDIOMS.test(f)) return null;
  for (const op of f.matchAll(OPERATOR)) {
    const i = op.index ?? 0;
    // "I don't want to unsubscribe / to stop getting it", "I don't want you to stop calling me": a
    // negated wish to stop is no opt-out.
    // ("What I don't want is for you to stop calling": the same, said as a cleft.)
    if (/(?:want|wish|need)$/.test(op[0]) && /^\s+(?:is\s+)?(?:for\s+)?(?:(?:you|y'all|you guys|you all|anyone|them)\s+)?to\s+(?:unsubscrib\w*|stop|quit|opt|be removed|cancel|lose|miss)\b/.test(f.slice(i + op[0].length))) continue;
    // "I don't want my patients getting emails they can't stop": the wish is about what other people receive.
    if (/(?:want|wish)$/.test(op[0]) && OTHERS_RECEIVING.test(f.slice(i + op[0].length))) continue;
    // "... emails they can't stop": someone else is the one who cannot stop them.
    if (/^(?:stop|quit|unsubscrib\w*|opt(?:-| )?out)$/.test(op[0]) && SOMEONE_ELSE_ACTS.test(f.slice(Math.max(0, i - 40), i))) continue;
    // "I'd rather not guess, I'll look at my emails tonight", "I don't want to bother you": the wish
    // is about another act than being contacted.
    if (/(?:want|wish|need|rather not|soon not)$/.test(op[0])) {
      const verb = f.slice(i + op[0].length).match(/^\s+(?:to\s+)?([a-z']+)/);
      if (verb && (/(?:want|wish|need)$/.test(op[0]) ? /^\s+to\s/.test(verb[0]) : true) && !WISHED_CONTACT_VERB.test(verb[1])) continue;
      // ("I don't want to speak for him on the emails": speaking on someone's behalf, not being spoken to.)
      if (/^\s+to\s+(?:speak|talk|answer|decide)\s+for\b/.test(f.slice(i + op[0].length))) continue;
    }
    // "I don't want a flag, I want a phone call.": another thing refused, and contact asked for instead.
    if (/(?:want|need)$/.test(op[0])) {
      const refused = f.slice(i + op[0].length).match(/^\s+(?:(?:a|an|the|some|any|your)\s+)?([\w-]+)\s*[,;]\s*(?:but\s+)?(?:i|we)\s+(?:want|need|'d like)\b/);
      if (refused && !/^(?:calls?|texts?|e-?mails?|messages?|contact|phone|newsletters?|marketing|promos?)$/.test(refused[1])) continue;
    }
    // "Stop ignoring my emails!": our neglect of the caller's messages, not ours to the caller.
    if (/^(?:stop|quit)$/.test(op[0]) && /^\s+(?:ignoring|losing|deleting|missing|sitting on|not (?:answering|reading|returning))\b/.test(f.slice(i + op[0].length))) continue;
    // "I am so sick of my phone. Everyone calls.": weary of one's own phone, not of us.
    if (/^(?:sick of|tired of|fed up with)$/.test(op[0]) && /^\s+(?:\w+\s+)?my (?:phone|cell|number|line)\b/.test(f.slice(i + op[0].length))) continue;
    // A window of about six words either side of the operator.
    const start = Math.max(0, f.lastIndexOf(' ', Math.max(0, i - 40)));
    const after = f.slice(i + op[0].length);
    // "don't email" names its own object; alone ("call me back, don't email") it is a preference.
    const ownOnly = /(?:send|call|ring|phone|text|message|email|e-mail|mail|contact|write)$/.test(op[0]) && !/^\s*(?:me|us|again|anymore|any more|ever|this number|my)\b/.test(after);
    // "Email it, don't call, I'm in the truck yard all morning": another channel asked for this one
    // contact right before, a preference for it, not a request to stop.
    const askedOther = f.slice(Math.max(0, i - 30), i).match(/\b(email|e-mail|text|call|ring|phone|message|write|send)\s+(?:it|me|us|them|that|those)\b[,;]?\s*(?:but\s+|and\s+|just\s+)?$/);
    const askedAfter = after.match(/^[,;]?\s*(?:just\s+|but\s+)?(email|e-mail|text|call|ring|phone|message|write|send)\s+(?:it|me|us)\b/);
    // "I don't need a phone call, just put it in writing.": this one answer asked for on paper.
    // ("I don't need a call, the email's fine.": the same, the written answer accepted.)
    if (/need$/.test(op[0]) && /^\s+(?:a|another|one more) (?:phone )?call\b[,;]?\s*(?:just\s+|but\s+)?(?:put (?:it|that|this) in writing|(?:email|e-mail|text|send|write) (?:it|me|that)|(?:the )?(?:email|e-mail|text)(?:'s| is| works| will do)(?: (?:fine|good|enough|ok|okay|great|perfect))?)\b/.test(after)) continue;
    if (ownOnly && ((askedOther && !op[0].endsWith(askedOther[1])) || (askedAfter && !op[0].endsWith(askedAfter[1])))) continue;
    // ("I don't want any of them on my phone": the device they arrive on is no object.)
    const window = (ownOnly ? f.slice(start, i) + ' ' + after.slice(0, 45) : f.slice(start, Math.min(f.length, i + op[0].length + 45))).replace(ON_THE_DEVICE, ' ');
    const keptMatch = f.match(KEPT_CHANNEL);
    const kept = keptMatch?.[1] ?? keptMatch?.[2];
    const keptChannel: Channel | null = kept ? (/^(?:email|emails|e-mail)$/.test(kept) ? 'email' : /^(?:text|texts|texting)$/.test(kept) ? 'sms' : 'calls') : null;
    const found = CONTACT_OBJECTS.filter(([re]) => re.test(kept ? window.replace(KEPT_CHANNEL, ' ') : window)).map(([, c]) => c).filter((c) => c !== keptChannel);
    if (!found.length) continue;
    const specific = found.filter((c) => c !== 'all' && c !== 'marketing');
    const channel: Channel = found.includes('marketing') && !specific.length ? 'marketing' : specific.length === 1 ? specific[0] : 'all';
    return { channel, index: i };
  }
  return null;
}

/**
 * "I was going to have you take me off, but Declan says there's a reward", "I was about to ask you
 * to take me off the email list... But the real problem is...": a plan given up, in the sentence or
 * the next one.
 */
function planGivenUp(f: string, i: number, turnF: string): boolean {
  const at = turnF.indexOf(f);
  const turnAfter = at >= 0 ? turnF.slice(at + f.length, at + f.length + 30) : '';
  // ("It was going to be, 'please stop calling me...' I was going to say that. But then...": the words planned, quoted.)
  return /\b(?:was going to|was gonna|almost|nearly|was about to|thought about|was thinking (?:about|of)|meant to)\s+(?:be[,:]?\s+["'‘“]?)?(?:[\w']+\s+){0,4}$/.test(f.slice(Math.max(0, i - 60), i)) && (/\bbut\b/.test(f.slice(i)) || /^\s*but\b/.test(turnAfter));
}

const PLAN_WORD = /\b(?:monitoring|plan|subscription|membership|warranty|maintenance)\b/;
const CONTACT_WORD = /\b(?:emails?|texts?|calls?|newsletters?|lists?|mailings?)\b/;

/**
 * "I'd like to unsubscribe from the— what's it called, SunWatch? The monitoring plan.": the words
 * break off after "from the", and the turn goes on to name a plan (within 120 characters) before any
 * contact word: a cancellation, not contact refused.
 */
function planNamedAfterBreak(f: string, i: number, m0: string, turnF: string): boolean {
  if (!/^unsubscrib\w* (?:me )?from (?:the|my|our|your)\W*$/.test(f.slice(i).replace(/[—–-].*$/, ''))) return false;
  const at = turnF.indexOf(f.slice(i, i + m0.length));
  if (at < 0) return false;
  const rest = turnF.slice(at + m0.length);
  const plan = rest.search(PLAN_WORD);
  if (plan < 0 || plan > 120) return false;
  return !CONTACT_WORD.test(rest.slice(0, plan));
}

/** "I'm calling to revoke my consent", "that's all I'm calling about": this call, not a channel. */
const THIS_CALL = /\b(?:i'm|i am|i was|we're|just) calling\b|\bcalling (?:about|because|to|for|back about)\b/g;

/** "What do you call it", "whatever they call that": naming a thing, not a phone call. */
const CALL_IT = /\b(?:what do (?:you|they|y'all) call|whatever (?:you|they) call) (?:it|that|them)\b/g;

/** The sentence with its quoted words blanked: "I had to say 'remove me from your list' like a spell" -> "I had to say   like a spell". */
function withoutQuotes(f: string): string {
  return f.replace(/(^|[\s(])["'‘“][^"“”‘’]*?["'’”](?=[\s.,!?;:)]|$)/g, '$1 ');
}

/** The guards every opt-out phrase must pass: negation, quoting, conditions, preferences, others. */
function guarded(f: string, text: string, i: number, m0: string, turnF: string = f): boolean {
  // "Stop those." points back: only at a channel the turn named before it ("the emails... Stop those.").
  if (pointsBack(f, m0) && !CHANNEL_WORDS.some(([re]) => re.test(turnF.slice(0, Math.max(0, turnF.indexOf(f.trim())))))) return true;
  // Whose wish and when (assertion.ts): a machine's menu, someone else's words, a past request settled.
  // "What I said was 'don't call during my shift.' That's not 'never call me.'": words quoted to be denied.
  if (/\b(?:that's|that is|it's|it is|that was|it was|i (?:never|didn't|did not) say)\s+(?:not\s+)?["'‘“]\s*$/.test(f.slice(0, i))) return true;
  // "Take me off the mailing for checks entirely, they keep getting lost. Direct deposit.": how money is
  // paid out, not contact.
  if (/^[^.?!,]{0,30}?\b(?:off|of|from) (?:the |those |these |my )?(?:(?:paper |mailed )?checks?\b|(?:mailing|mail|list) (?:list )?for (?:the )?(?:paper )?(?:checks?|payouts?|payments?|rebates?)\b)/.test(f.slice(i))) return true;
  // "So roughly what percent of people who get a referral call ask you to stop calling? Or
  // unsubscribe?": a question about how many do it, and the alternative it offers.
  // (Not "How many times do I have to tell you people? Do not call me. Ever.", however it is punctuated.)
  if (HOW_MANY_DO_IT.test(f.slice(0, i)) || (/^or\b/.test(f.trim()) && /\?\s*$/.test(f) && HOW_MANY_DO_IT.test(turnF))) return true;
  // "One missed opt-out can be a fifteen-hundred-dollar fine per call": an opt-out counted, a thing.
  if (/\b(?:a|an|one|every|each|single|any|missed|two|three)\s+(?:missed\s+|single\s+)?$/.test(f.slice(0, i)) && /^opt[- ]?outs?\b(?! (?:of|from|me|us)\b)/.test(f.slice(i))) return true;
  // "Good to know about the stop-calling, but I'm not there yet": the option named as a thing.
  if (/\b(?:about|know|the|that) (?:the )?$/.test(f.slice(0, i)) && /^stop[- ](?:calling|texting|emailing)\b(?! (?:me|us)\b)/.test(f.slice(i))) return true;
  // "I was about ready to tell your guy to quit calling me. Didn't, though.": what the caller came close to saying, not said.
  if (/\b(?:was|were) (?:about|almost|nearly|just about) (?:ready )?to (?:tell|ask) (?:your|the|you|y'all|him|her|them)\b[^.?!]*$/.test(f.slice(0, i))) return true;
  // "The only reason I'd tell you guys to stop calling is if you were pushy, and so far you haven't
  // been.": what the caller would say, on a condition.
  if (/\b(?:i'd|i would) (?:ever |only |just )?(?:tell|ask) (?:you|y'all)(?: guys| all| folks)? to\s+$/.test(f.slice(Math.max(0, i - 40), i)) && /\b(?:if|unless)\b/.test(f.slice(i))) return true;
  // "Four solar calls today. I'm about to tell every single one of them to lose my number.": what the
  // caller is about to say to all the companies calling, not yet said to us.
  if (/\b(?:i'm|i am) (?:about|going|gonna|ready|fixing) to tell (?:every (?:single )?one of (?:them|'em)|all of (?:them|'em)|them all|everyone|everybody)\b[^.?!]*$/.test(f.slice(0, i))) return true;
  // "I mean, you don't call me, I'm not on your list, it's hypothetical.": a sentence that says itself
  // it supposes.
  if (/\b(?:it's|it is|this is|that's|that is|just) (?:a |all |purely |totally )?hypothetical\b/.test(f)) return true;
  // "The only link at the bottom says unsubscribe": the word a link or button carries, read out.
  if (/\b(?:link|button|footer|option|page|email|e-mail|text|message|banner|menu|tab|box|checkbox)s?\b[^.?!]{0,25}\b(?:says|said|reads|read|shows|showed|labell?ed)\s*[:"'“‘]?\s*$/.test(f.slice(0, i))) return true;
  // "I was this close— this close— to calling and telling you people to take me off everything": what
  // the caller nearly did, told of, not asked now.
  if (/\b(?:i was|i came|we were) (?:this|so|that|real|really|pretty) close(?:[—–-]+\s*(?:this|so|that) close)?[—–-]*\s*to\b[^.?!]*$/.test(f.slice(0, i))) return true;
  // "What I don't want is for you to stop calling if the monitoring shows a problem": a stop not wanted.
  if (/\bwhat (?:i|we) (?:don't|do not|never) want is (?:for )?(?:you|y'all|anyone)(?: guys| all)? to\s+$/.test(f.slice(0, i))) return true;
  // "No vaya a pensar que le estoy pidiendo que me borren de su lista": the request denied before it is named.
  if (/(?<![\p{L}])no (?:vaya|vayan|vayas) a (?:pensar|creer)(?: que)?[^.?!]*$|(?<![\p{L}])no (?:le |les )?estoy pidiendo(?: que)?[^.?!]{0,10}$/u.test(f.slice(0, i))) return true;
  // "Like, what counts as someone opting out?": the idea asked about, for a class project.
  if (/\bwhat (?:counts|qualifies) as (?:an? |someone |somebody |a person |a customer )?$/.test(f.slice(Math.max(0, i - 40), i))) return true;
  // "Did I get unsubscribed somehow?": the caller asks whether it happened, not for it.
  if (/\b(?:did|have|has|was|were) (?:i|we|my (?:account|email|number)) (?:get |gotten |been |got )?$/.test(f.slice(Math.max(0, i - 30), i)) && /^(?:unsubscribed|removed|taken off|opted out|dropped)\b/.test(m0)) return true;
  // "I'm not calling to complain, or to unsubscribe, or anything dramatic": a list of what the call is not for.
  if (/\b(?:not|never) (?:calling|here|writing|ringing) (?:to|about)\b[^.?!;]*,\s*(?:or|nor)\s+(?:to\s+)?$/.test(f.slice(0, i))) return true;
  // "Undo the unsubscribe.": the opt-out named as the thing to undo.
  if (/\bundo (?:the|my|that|this) $/.test(f.slice(Math.max(0, i - 12), i))) return true;
  // "I got the little 'you've been unsubscribed, sorry to see you go' page.": words a page or a
  // message showed, quoted.
  if (/["'‘“][^"'’”]*$/.test(f.slice(0, i)) && /^[^"'’”]*["'’”]\s+(?:page|screen|message|notice|banner|pop-?up|confirmation|email|e-mail|text|button|link)\b/.test(f.slice(i))) return true;
  // ("To speak with a specialist, press one. To be removed from our calling list—": the menu's next
  // item, cut off before its key, read with the turn that names the keys.)
  if (/^\W*to (?:be removed|be taken off|opt out|stop receiving|unsubscribe)\b/.test(f) && machineMenu(turnF)) return true;
  if (machineMenu(f) || reportedSpeech(f, i) || pastAndSettled(f, i, turnF) || QUOTED_TO_SOMEONE.test(f.slice(0, i)) || TOLD_SOMEONE_NAMED.test(text.slice(0, i))) return true;
  // "I just got off the phone with SunPeak... I told 'em, take me off your list": said to the other
  // party the turn named, not to us.
  // ("Getting myself off SunCo's list. Those people called me nine times. I finally said take me off
  // your list or I'm reporting you.": the same, to the company whose list it was.)
  const turnBefore = turnF.indexOf(f) > 0 ? turnF.slice(0, turnF.indexOf(f)) : '';
  if (TOLD_THEM.test(f.slice(0, i)) && (OTHER_PARTY_BEFORE.test(turnBefore) || OTHER_COMPANY.test(turnBefore))) return true;
  // "If I join and then I get sick of the emails, how do I get out? Can I just unsubscribe?": how it
  // would work, asked after a what-if in the same turn.
  if (/\?\s*$/.test(f) && /^\s*(?:and |so )?(?:can|could) (?:i|we) (?:just |still |then )?$/.test(f.slice(0, i)) && /\b(?:if|when|once) (?:i|we)\b[^.?!]*\?/.test(turnBefore)) return true;
  if (ASKED_OF_THOSE.test(f.slice(0, i))) return true;
  // "Me da miedo que me saquen de la lista", "I'm afraid you'll take me off": a fear, not a wish.
  // "You don't need to, like, take me off anything": no need of it. "It's not that I don't want you
  // calling": wanted after all.
  if (FEARED.test(f.slice(Math.max(0, i - 50), i)) || NO_NEED.test(f.slice(0, i)) || /\bnot that (?:(?:i|we) )?$/.test(f.slice(0, i))) return true;
  // "No, no, you did! You did it. No more calls, I appreciated that.": what happened, thanked for in the past tense.
  if (/^[^.?!;]*?[,—–-]\s*(?:and |which )?(?:i|we) (?:really |truly |totally |sure )?appreciated (?:that|it)\b/.test(f.slice(i))) return true;
  // "Did somebody unsubscribe me?": what happened, asked about.
  if (/\?\s*$/.test(f) && /\b(?:did|has|have) (?:somebody|someone|anyone|anybody|you|y'all|they)(?: guys)? (?:accidentally |already |just )?$/.test(f.slice(0, i))) return true;
  // "Quiero darme de baja del plan de mantenimiento": the plan given up, not contact.
  if (/\bde baja$/.test(m0) && OFF_AN_ACCOUNT_THING.test(f.slice(i + m0.length))) return true;
  // "I don't want a form email. I want the manager to call me.": one message turned down for another.
  if (ONE_MESSAGE_DECLINED.test(f.slice(i))) return true;
  // "Can you take me off Tuesday? The site survey": off a day's schedule, not off contact.
  if (OFF_A_SCHEDULE.test(f.slice(i))) return true;
  if (negatedAt(f, i) && !/^(?:don't|do not|never|dont|no more|no me|no quiero|ne m|não|nao|nicht|didn't|did not|wouldn't|would not)/.test(m0)) return true;
  // "Stop calling me in the mornings": a time of day after "me" too (not "stop texting me right now").
  const afterObject = f.slice(i + m0.length).replace(/^\s+(?:me|us)\b/, '');
  if (/^(?:don't|do not|no)\b/.test(m0) && BUSY_AFTER.test(f.slice(i + m0.length))) return true;
  if (PREFERENCE_AFTER.test(f.slice(i + m0.length)) || (PREFERENCE_AFTER.test(afterObject) && !/^\s*(?:right now|today|tomorrow|this week|for (?:a|the next))/.test(afterObject))) return true;
  // "Don't call me Shirley", "stop calling me 'Mr. Webb' in the texts": a name, not a phone call.
  const afterMe = /\bme$/.test(m0) ? text.slice(i + m0.length) : /\b(?:calling|call)$/.test(m0) ? (text.slice(i + m0.length).match(/^\s+me\b(.*)$/is)?.[1] ?? null) : null;
  // ("Please stop calling me ma'am, I'm thirty-four": a form of address.)
  if (afterMe != null && FORM_OF_ADDRESS.test(afterMe)) return true;
  if (afterMe != null && /^\s+['"“‘]?(?!I\b|Please\b|Again\b|Ever\b|Anymore\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:Jan|Febr)uary\b|March\b|April\b|May\b|June\b|July\b|August\b|(?:Septem|Octo|Novem|Decem)ber\b)\p{Lu}\p{Ll}+/u.test(afterMe)) return true;
  // "I'm getting every one three times. Can you make it stop doing that?": a fault stopped, not the messages.
  if (/\bstop$/.test(m0) && /^\s+doing (?:that|this|it)\b/.test(f.slice(i + m0.length))) return true;
  // "Fix your records so you stop calling here for Luis": calls for someone else, on a wrong number.
  if (/^(?:stop|quit) (?:calling|ringing|phoning|texting)$/.test(m0) && /^\s+(?:here |this number |this phone )?for (?:\p{Lu}|him\b|her\b|them\b)/u.test(text.slice(i + m0.length))) return true;
  // "A bunch of my students' parents replied STOP", "they're all opting out", "mis pacientes se
  // están dando de baja": the act is someone else's.
  if (THIRD_PARTY_SUBJECT.test(f.slice(Math.max(0, i - 60), i))) return true;
  // "I'm on that national Do Not Call registry": the government's list, not a request to us.
  // ("Do you guys check the national do-not-call registry?": how the registry is used, asked about.)
  if (/\b(?:on|joined|signed up for|against|with|check|checks|checking|consult|use|uses|honor|honour|respect|follow|scrub) (?:the|that) (?:(?:national|federal|state) do[- ]not[- ]call (?:list|registry)|do[- ]not[- ]call registry)\b/.test(f)) return true;
  // "The unsubscribe footer", "the opt-out link", a vendor's "Consent tracking, opt-out sync, DNC
  // scrubbing" or "listens for opt-out phrases": the feature, not a request.
  if (/^(?:unsubscrib\w*|opt[- ]?out|dnc|do[- ]not[- ](?:call|contact))['"]?\s+(?:and [\w-]+ )?(?:scrub\w*|footer|link|call|button|setting|settings|page|option|feature|rate|rates|requests?|process|flow|form|laws?|rules?|polic(?:y|ies)|regulations?|compliance|sync|syncing|management|tracking|handling|automation|software|platform|tool|tools|module|api|data|keywords?|phrases?|language|notices?|workflow)\b/.test(f.slice(i))) return true;
  // "He clicks, uh, the 'unsubscribe here' at the bottom": a link someone else clicked.
  if (/\b(?:he|she|they|my \w+|\p{L}+'s \w+)\s+(?:clicks?|clicked|hits?|tapped|taps|pressed|presses)\b[^.?!]{0,25}$/u.test(f.slice(Math.max(0, i - 50), i))) return true;
  // "Quitamos a la gente que pidió que no la llamen": a request of other people's, told of.
  if (/\b(?:la gente|las personas|los clientes|quien(?:es)?|alguien|cualquiera|gente) que (?:ya )?(?:pidi[oó]|pidieron|pide|piden|dijo|dijeron|dice|dicen)(?![\p{L}])[^.?!]{0,12}$/u.test(f.slice(Math.max(0, i - 50), i))) return true;
  // "She's about to quit on me": someone leaving a job, not contact stopped.
  if (/^quit(?:s|ting)? on (?:me|us)\b/.test(f.slice(i))) return true;
  // "Opt-outs, STOP keywords on SMS, revocation requests": the keyword named, not sent.
  if (/^stop['"”]?\s+(?:keywords?|replies|reply handling|commands?|words?)\b/.test(f.slice(i))) return true;
  // "Do you get a lot of people asking to be taken off lists?": other people's wish, asked about.
  const before = f.slice(Math.max(0, i - 60), i);
  if (/\b(?:people|folks|customers|clients|members|users|callers|others|homeowners|subscribers)\s+(?:who\s+|that\s+)?(?:(?:ask|asks|asking|asked|want|wants|wanting|wanted|request|requesting|try|tries|trying|tried)\s+(?:you\s+|us\s+)?to\s+)?$/.test(before) &&
    (/\bto\s+$/.test(before) || /^(?:asking|asked|requesting|requested|wanting|trying)\b/.test(m0))) return true;
  // "I know usually people call to make the texts stop": what other people's calls are for.
  if (/\b(?:people|folks|customers|clients|callers|others|members)\s+(?:\w+\s+)?(?:call|calls|write|phone|ring|email|text)\s+(?:in\s+|us\s+|you\s+)?(?:to|and ask)\b[^.?!]*$/.test(f.slice(0, i))) return true;
  // "Unsubscribe from the SolarWatch monitoring": a service ended, not contact (a cancellation).
  if (/^unsubscrib\w* (?:me )?from (?:the |my |our |your )?(?:\w+ ){0,2}(?:monitoring|plan|service|subscription|membership|warranty|maintenance)\b/.test(f.slice(i))) return true;
  // "I'd like to unsubscribe from the— what's it called, SunWatch? The monitoring plan.": the thing
  // named after a break, in the same turn, before any contact word.
  if (planNamedAfterBreak(f, i, m0, turnF)) return true;
  // "We scrub your lists against the national registry daily": the caller describes what they do.
  if (/^(?:scrub|remove|delete|block|purge|erase|unsubscribe|stop|opt)/.test(m0) && /(?<!\b(?:can|could|would|should|will|please|shall|let)\s+)\b(?:we|i)\s+(?:(?:also|just|always|then|actually|basically|automatically|usually|typically)\s+)?$/.test(f.slice(Math.max(0, i - 40), i))) return true;
  // "We handle STOP keywords, unsubscribes, opt-out logs", "we help small businesses stay compliant
  // with unsubscribe and opt-out requests", "we take your lists, remove anybody who...": a vendor
  // describing what its product does.
  if (!/\b(?:me|us)\b/.test(m0) && /\b(?:we|our (?:tool|platform|software|app|system|product|service|team))\s+(?:\w+\s+){0,2}(?:handle|handles|manage|manages|automate|automates|process|processes|track|tracks|log|logs|help|helps|do|does|take|takes|scrub|scrubs|clean|cleans)\b[^.?!]*$/.test(f.slice(0, i))) return true;
  // "Remove anybody who said...": other people removed, whoever they are.
  if (/^(?:remove|delete|drop|scrub|block)\w*$/.test(m0) && /^\s+(?:anybody|anyone|everyone|everybody|people|those|numbers|contacts)\b/.test(f.slice(i + m0.length))) return true;
  // "'Nada de llamadas', me dijo.", "'No calls,' she said.": words quoted, then said to be someone else's.
  if (/["“‘'][^"”’]*$/.test(f.slice(Math.max(0, i - 40), i)) && /^[^"”’]*["”’']\s*,?\s*(?:(?:me|nos|le|les) (?:dijo|dice|dijeron|pidi[oó])|(?:he|she|they) (?:said|says|told me|tells me))(?![\p{L}])/u.test(f.slice(i))) return true;
  // "I've had readers tell me things like, 'I said take me off your list three times'": other
  // people's words, quoted to the caller and passed on.
  if (/\b(?:readers|people|customers|clients|listeners|viewers|folks|homeowners|callers|subscribers|residents|neighbou?rs|patients|members|users)\b[^.?!]{0,40}\b(?:tell|tells|told|say|says|said|write|writes|wrote|telling|saying)\b[^"“‘'.?!]{0,30}[,:]?\s*["“‘'][^"”’]*$/.test(f.slice(Math.max(0, i - 120), i))) return true;
  // "Anybody who's ever said 'stop calling me' or texted STOP, never dialed again": anyone's words, quoted.
  // ("Remove anybody who said 'stop calling me' or 'take me off your list'": each of the words listed.)
  if (/\b(?:anybody|anyone|everyone|everybody|people|customers?|clients?|callers?|users?|homeowners?|someone|somebody|a person|whoever)\b(?: who(?:'s| has| have| ever)?)?(?: \w+){0,4} (?:said|says|say|saying|texted|texts|texting|asked|asks|asking|replied|replies|replying|telling (?:you|them|us))\s*(?:["'‘“][^"'’”]{1,40}["'’”],?\s*(?:or|and)\s*)*["'‘“]\s*$/.test(f.slice(Math.max(0, i - 100), i))) return true;
  // "I don't want to never hear from you": a negated "never" wants contact. "This isn't a 'never
  // call me again' thing": the words quoted to be denied.
  if (/^(?:never|not)\b/.test(m0) && /\b(?:don't|do not|doesn't|didn't) (?:want|need|mean) (?:you |us |them |y'all )?to\s+$/.test(f.slice(Math.max(0, i - 40), i))) return true;
  if (/\b(?:isn't|is not|wasn't|was not|ain't|not) (?:a|an|some|one of those|one of them) ["'‘“]\s*$/.test(f.slice(Math.max(0, i - 40), i))) return true;
  // Words in quotes that are mentioned, not said: asked about ("Do you treat 'don't text me'
  // differently from 'don't call me'?") or naming a kind of message ("one in twenty 'stop texting
  // me' messages").
  if (/["'‘“]\s*$/.test(f.slice(Math.max(0, i - 2), i))) {
    if (/\?\s*$/.test(f) && !/\b(?:i|we) (?:said|told|asked|say|texted|wrote|replied)\b/.test(f.slice(0, i))) return true;
    if (/^[^"'’”]{0,30}["'’”]\s+(?:messages?|requests?|replies|texts?|emails?|calls?|responses?|keywords?|complaints?|type|kind)\b/.test(f.slice(i + m0.length))) return true;
  }
  // "A piece about do-not-call complaints": the subject of a story or a law, not a request.
  if (/^(?:do[- ]not[- ]call|dnc)\s+(?:complaints?|laws?|rules?|regulations?|violations?|compliance|issues?|stor(?:y|ies)|cases?|fines?|lawsuits?)\b/.test(f.slice(i))) return true;
  if (/^(?:\w+\s+){0,2}(?:anybody|anyone|everyone|everybody|whoever) who\b/.test(f.trim())) return true;
  // "Every time a homeowner says 'take me off your list'": a case described, someone else's words.
  if (/\b(?:every time|whenever|when|if|once)\s+(?:a|an|some|the|your)\s+[\w-]+\s+(?:says|said|asks|asked|texts|texted|replies|replied|tells you)\s*,?\s*["'‘“]\s*$/.test(f.slice(Math.max(0, i - 60), i)) || /\b(?:every time|whenever)\s+(?:a|an|some|your)\s+[\w-]+\s+(?:says|said|asks|texts|replies)\b[^.?!]*$/.test(f.slice(0, i))) return true;
  // "Cómo manejan cuando un cliente dice 'ya no me llamen'": a case described in Spanish, anyone's words.
  if (/(?<![\p{L}])(?:cuando|si|cada vez que)\s+(?:un|una|el|la|alg[uú]n|alguna|cualquier|la gente|los clientes|las personas)\s*\p{L}*\s+(?:dice|dicen|pide|piden|escribe|escriben|contesta|contestan|responde|responden)\s*[:,]?\s*["'‘“][^.?!]{0,40}$/u.test(f.slice(Math.max(0, i - 100), i))) return true;
  // "I was going to have you take me off, but Declan says there's a reward": a plan given up.
  if (planGivenUp(f, i, turnF)) return true;
  // "Otra compañía, Solarix, me estuvo llamando... les dije 'bórrenme de su lista'. Pero ustedes no":
  // a request to another company the turn has named, told of in the third person.
  if (OTHER_COMPANY.test(turnF) && /\b(?:them|they|their|les|ellos|ellas)\b/.test(f.slice(0, i)) && !/\b(?:you|your|y'all|ustedes)\b/.test(f)) return true;
  // "I spent last month getting off Brightcell Energy's call list ... I had to say 'stop calling me'
  // a dozen times": what the caller said to that company, quoted.
  // (The "your" inside the quote is that company's: "I had to say 'remove me from your list'".)
  if (OTHER_COMPANY.test(turnF) && /\b(?:say|said|saying|tell them|told them|telling them|yell|yelled)\s*[:,]?\s*["'‘“]\s*$/.test(f.slice(Math.max(0, i - 40), i)) && !/\b(?:you|your|y'all|ustedes)\b/.test(withoutQuotes(f))) return true;
  // "I got an email from you saying 'update your preferences or unsubscribe'", "a page that says 'You
  // have been unsubscribed.'": a message's or a page's own words, quoted.
  if (/\b(?:email|e-mail|text|message|letter|mailer|notice|banner|link|button|footer|pop-?up|postcard|flyer|subject line|page|screen|website|site)\b[^.?!"“‘]{0,30}\b(?:saying|says|said|that says|that said|reading|reads|with)\s*[:,]?\s*["“‘'][^"”’']*$/.test(f.slice(Math.max(0, i - 80), i))) return true;
  // "Your last email had that bit at the bottom, 'update your preferences or unsubscribe'": the words
  // quoted are a part of the message the caller points at, not words the caller says.
  if (/\b(?:email|e-mail|text|message|letter|mailer|newsletter)\b[^.?!"“‘]{0,40}\b(?:bit|line|part|thing|words?|link|button|footer|fine print)(?: (?:at|on|in) the (?:bottom|end|top|footer))?\s*[:,]?\s*["“‘'][^"”’']*$/.test(f.slice(Math.max(0, i - 100), i)) && !/\b(?:i|we) (?:said|told|asked|say|texted|wrote|replied)\b/.test(f.slice(0, i))) return true;
  // "I'm not gonna be one of those guys who yells at you to stop calling": other people's words.
  if (/\bone of (?:those|these|the) (?:guys|people|customers|callers|folks|ones)\b[^.?!]*$/.test(f.slice(Math.max(0, i - 60), i))) return true;
  // "If one more of them rings my bell, I'm done with Oakfield. Take me off everything, I won't
  // care.": the request is what the threat would bring, said right after it.
  if (THREAT_BEFORE.test(turnBefore) && /\b(?:i won't|i will not|i'll|i will|i wouldn't)\b/.test(f.slice(i))) return true;
  // "The man told me, and I'm quoting him, 'Ma'am, stop calling the office.' Stop calling! I'm the
  // customer!": the quoted words said again in outrage, still his.
  const words = m0.replace(/[!.?,;:]+$/, '');
  if (words && turnBefore.includes(words) && /\b(?:quoting (?:him|her|them)|(?:he|she|they|the (?:man|woman|guy|lady|rep|agent)) (?:told|said to) (?:me|us)|(?:he|she|they) said)\b[^]*$/.test(turnBefore.slice(0, turnBefore.lastIndexOf(words)))) return true;
  // "Before you do the thing where you apologize and promise to stop bugging me: I'm not asking to get
  // off your calls": the agent's promise pictured, then the request denied.
  if (/\bpromis(?:e|es|ing) to\s+$/.test(f.slice(Math.max(0, i - 20), i)) && /\b(?:i'm|i am) not (?:asking|calling|trying|saying)\b/.test(turnF)) return true;
  // "That's not me saying don't call me at all", "I'm not saying stop calling me, or unsubscribe me
  // from whatever": the caller denies the request, or a list of them (not "...saying this, but stop").
  if (/\b(?:not|n't|never)\s+(?:me\s+)?(?:saying|asking|telling you)\b(?:(?!\bbut\b)[^.?!]){0,45}$/.test(f.slice(0, i))) return true;
  // "No les estoy pidiendo que me borren ni que me dejen de llamar": the same, in Spanish.
  // ("No es que me quiera borrar de todo ni que ya no me llamen": "it isn't that", the same denial.)
  if (/(?<![\p{L}])no (?:les? |te )?(?:estoy |estamos )?(?:pidiendo|diciendo|pido|digo|es que)(?![\p{L}])(?:(?!\bpero\b)[^.?!]){0,60}$/u.test(f.slice(0, i))) return true;
  // "I want people to stop DMing me": someone else's contact, not ours.
  if (/\b(?:want|need|wish|get|asked|ask|like)\s+(?!you\b|y'all\b|your\b)(?:people|folks|them|everyone|everybody|others|strangers|customers|clients|spammers|telemarketers|robocallers|him|her)\s+to\s+$/.test(f.slice(Math.max(0, i - 40), i))) return true;
  if (/\bme$/.test(m0) && /^\s+(?:doctor|dr|sir|ma'am|madam|mister|mr|mrs|ms|miss|boss|buddy|honey|sweetie|by my|that)\b/.test(f.slice(i + m0.length))) return true; // "don't call me doctor, call me Rafa"
  // "Quiero darla de baja" (the installation), "ya me di de baja de NóminaFácil" (done, elsewhere),
  // "pensé que ya me habían quitado de la lista" / "I thought you'd taken me off": a belief, not a request.
  // ("Dénmelo de baja a partir de mayo": the weekly maintenance, given up for the caller.)
  if (/\b(?:dar(?:lo|la|los|las)|d[eé]nmel[oa]s?|d[eé]mel[oa]s?|d[aá]rmel[oa]s?) de baja\b/.test(f) && /\bbaja\b/.test(m0 + f.slice(i, i + 20))) return true;
  if (/\b(?:ya )?me (?:di|dieron|dio) de baja\b/.test(f) && !/\bde (?:ustedes|su|sus|esta|este)\b/.test(f.slice(i))) return true;
  // "El de antes ya no es mío, lo di de baja": a line the caller closed, not contact refused.
  if (/\b(?:lo|la|los|las) (?:di|dimos|dieron|dio) de baja\b/.test(f) && /\bbaja\b/.test(m0 + f.slice(i, i + 20))) return true;
  // "We're with the other guys. I want out.": out of another company's service, switching to us.
  // "I want out. I want to cancel. ... The Comfort Club": out of a plan, a cancellation.
  if (/^(?:i want out|count me out)/.test(m0) && /\b(?:the other guys|current (?:provider|vendor|company|system)|switch (?:us|me)(?: over)?|we're with|cancel\w*|(?:the|my|our|this) (?:plan|contract|membership|subscription|club|service agreement|lease|warranty))\b/.test(turnF)) return true;
  if (/(?:\bpens[eé]|\bcre[ií]|\bi thought|\bi figured|\bi assumed)(?=[\s,])(?:\s+que)?[^.?!]{0,40}$/.test(f.slice(0, i))) return true;
  // A compliance notice read out ("Reply STOP to opt out"), and something else that may be removed
  // ("your listing could be removed from search results"): no request of the caller's.
  if (/\breply ["'“]?stop["'”]? to (?:opt[- ]?out|unsubscribe|cancel|end|stop)\b/.test(f.slice(Math.max(0, i - 15), i + m0.length + 25))) return true;
  if (/^(?:be|get|been) (?:taken|removed|deleted|dropped)/.test(m0) && /\b(?:your|the|our|my) (?:\w+ ){0,2}(?:listing|business|profile|page|website|site|account|ad|review|post|photos?)\s+(?:\w+\s+){0,8}$/.test(f.slice(Math.max(0, i - 100), i))) return true;
  // "...may be removed from search results": a search engine's index, not a contact list.
  if (/\b(?:taken|removed|deleted|dropped)\b/.test(m0) && /^[^.?!]{0,20}\bfrom (?:the )?(?:search|google|maps|the map|directory|index|listings|results)\b/.test(f.slice(i))) return true;
  // "No, I don't want off the newsletter": a removal refused, whatever frame the words make.
  if (NEGATED_REMOVAL.test(f.slice(Math.max(0, i - 25), i + m0.length + 25))) return true;
  // "Please don't, like, unsubscribe me or remove me": the second removal under the same "don't".
  if (/\b(?:or|nor|ni|o)\s+$/.test(f.slice(0, i)) && NEGATED_REMOVAL.test(f.slice(Math.max(0, i - 60), i))) return true;
  // "Lo vamos a dar de baja": a thing (the service) is closed, not the caller removed.
  if (/\bbaja\b/.test(m0) && /\b(?:lo|la|los|las)\s+(?:(?:vamos|voy|quiero|queremos|quisiera|necesito|tengo|tenemos|pensamos|podemos|puedo)\s+(?:a\s+|que\s+)?)?dar de baja\b/.test(f) && !/\b(?:darme|darnos|denme|me den|nos den|me dan|me (?:\w+ )?de baja)\b/.test(f)) return true;
  // "You don't need to take me off any list": the caller tells us there is no need, not to do it.
  if (/^(?:don't|do not|doesn't|does not) (?:need|have)\b/.test(f.slice(i)) && /\b(?:you|y'all)\s+$/.test(f.slice(0, i))) return true;
  // "And don't take that as, like, never call me": words named to be disowned.
  if (/\b(?:don't|do not) (?:take|read|hear|mean) (?:that|this|it|me)(?: \w+)? (?:as|like)\b[^.?!]*$/.test(f.slice(0, i))) return true;
  // "I'd rather not say the email": what the caller declines is to tell us something, not contact.
  if (/^(?:rather not|(?:don't|do not) (?:want|wish|need))\s+(?:to\s+)?(?:say|give|share|tell|spell|read|repeat|go into|get into|answer)\b/.test(f.slice(i))) return true;
  // "We catch every opt-out automatically": opt-outs counted as things, other people's requests.
  if (/^opt(?:-| )?outs?\b/.test(m0) && /\b(?:every|each|all|any|those|these|their|more|fewer|of|the)\s+$/.test(f.slice(Math.max(0, i - 12), i))) return true;
  // "I need to unsubscribe from SunGuard Plus. The monitoring add-on.": a paid plan named, given up
  // (a cancellation), where the turn says it is one.
  if (/^unsubscrib/.test(m0) && /\bunsubscrib\w* (?:me )?from (?:the )?(?!(?:Your|You|Y'all|All|Any|Every|Those|These|The|That|This)\b)\p{Lu}\p{L}+/u.test(text) && /\b(?:add-?on|subscription|plan|membership|package|tier|a month|per month|monthly fee)\b/.test(turnF)) return true;
  // Closing an account is a cancellation, not an opt-out: "dar de baja la cuenta", "unsubscribe my account",
  // "quiero dar de baja la nómina, el servicio, todo" (a payroll service), "opt out of the extended
  // service plan".
  if (/^\s*(?:(?:of|from)\s+)?(?:(?:la|mi|nuestra|el|mi) (?:cuenta|suscripci[oó]n|membres[ií]a|servicio|plan|sistema|n[oó]mina|contrato|p[oó]liza)|(?:my|our|the) (?:(?!marketing|promo)[\w-]+ ){0,2}(?:account|subscription|membership|plan|service|warranty|renewal))\b/.test(f.slice(i + m0.length))) return true;
  // So is a card or a number given up ("quiero dar de baja una tarjeta", "dar de baja la vieja").
  if (/baja$/.test(m0) && /^\s*(?:una|la|el|mi|esa|esta|un) (?:tarjeta|vieja|viejo|anterior|n[uú]mero (?:viejo|anterior)|l[ií]nea|cuenta (?:bancaria|del banco)|m[eé]todo de pago|forma de pago)\b/.test(f.slice(i + m0.length))) return true;
  // What the frame removes the caller from must be a contact list: "take me off the waitlist" is not one.
  if (/^\s*(?:(?:off|out of|from)\s+)?(?:of\s+)?(?:the|your|that|this)\s+(?:[\w-]+\s+)?(?:wait ?list|waiting list|schedule|calendar|roster|invoice|bill|plan|trial|hold|queue|project)\b/.test(f.slice(i + m0.length))) return true;
  // Nor is a way of paying: "take me off autopay", "get me off automatic billing".
  if (/^\s*(?:(?:off|out of|from)\s+)?(?:of\s+)?(?:the |my |your )?(?:auto-?\s?pay|automatic (?:payments?|billing|renewal|withdrawals?)|auto-?renew(?:al)?|recurring (?:payments?|billing|charges?)|paperless billing)\b/.test(f.slice(i + m0.length))) return true;
  // "Sáquenme de la lista de espera de la instalación": a waiting list, in Spanish.
  if (/^\s*(?:de (?:la|su|esta) lista )?de espera\b/.test(f.slice(i + m0.length))) return true;
  // Whose list: "take me off their call lists" is another company's.
  if (/^[^.]{0,25}\b(?:their|his|her|[a-z]+'s)\s+(?:\w+\s+){0,2}(?:lists?|newsletters?|emails?|mailing|database)\b/.test(f.slice(i + m0.length))) return true;
  // Data kept, not contact made: "I don't want my kids' names sitting in some database" (a privacy request).
  if (/\b(?:data|names|information|info|records|address|details|photos?)\b[^.]{0,30}\b(?:sitting|stored|kept|held|saved|lying around)\b|\b(?:it|them|that|those)\s+(?:sitting|stored|kept|held|saved|lying around)\s+(?:in|on)\s+(?:your|the)\b/.test(f)) return true;
  // A channel for someone else: "he's not an email person, so call him, don't email".
  if (/^(?:don't|do not|dont|never) (?:email|e-mail|text|call|message)\b/.test(m0.trim()) && /\b(?:call|email|text|reach|contact|message) (?:him|her|them)\b|\b(?:he's|she's|he is|she is|they're)\b/.test(f)) return true;
  // Someone else does it: "my patients asked how they unsubscribe".
  if (SOMEONE_ELSE_ACTS.test(f.slice(Math.max(0, i - 30), i))) return true;
  // A past act on others' mail: "I unsubscribed from fifteen newsletters this morning. Yours I kept."
  // ("I'd like to be unsubscribed from email": a wish, not a past act.)
  if (/^(?:unsubscribed|opted out) from\b(?![\s,]+(?:your|y'all|you|these|the (?:emails?|texts?|newsletters?|messages?) (?:from )?you))/.test(f.slice(i)) && !/\b(?:still|keep|kept) (?:getting|receiving|sending)\b/.test(f) && !/\b(?:to|wanna|gonna) (?:be|get)\s+$/.test(f.slice(0, i))) return true;
  if (quotesSomeoneElse(f, i)) return true;
  // "I might unsubscribe" is a condition about the future; "maybe just stop calling?" is a request
  // said with a doubt: not guarded here, held as uncertain by the hedge check.
  // ("Maybe I'm just done with the calls": the same doubt, about the caller's own wish.)
  if (conditionalAt(f, i) && !/\b(?:maybe|perhaps|probably)\s+(?:just\s+|you (?:could|should|can)\s+(?:just\s+)?|(?:i'm|i am|we're|we are)\s+(?:just\s+|really\s+|kinda\s+|kind of\s+)?)?$/.test(f.slice(0, i))) return true;
  if (ABOUT_OTHERS_AFTER.test(f.slice(i + m0.length)) || GENERAL_QUESTION_BEFORE.test(f.slice(0, i))) return true;
  // The caller undoes it in the same breath: "I hit unsubscribe by accident. Can you undo it?"
  if (UNDO.test(f) || UNDO.test(turnF) || ONE_MESSAGE_AFTER.test(f.slice(i + m0.length))) return true;
  // "Will you stop calling once I sign up?": a question about what happens later.
  const question = /\?\s*$/.test(f) || /^\s*(?:will|would|do|does|are|is|can|could)\s+(?:you|it|they|y'all)\b/.test(f);
  if (question && /^[^.?]{0,40}\b(?:once|after|when|as soon as|if|unless)\b/.test(f.slice(i + m0.length))) return true;
  // "No quiero que me saquen de la lista", "no quiero que me dejen de llamar": the caller does not want the removal.
  if (/^(?:que (?:me|nos)\b|s[aá]qu|qu[ií]t|b[oó]rr|elimin|dej(?:en|e|a) de)/.test(m0) && /\bno (?:quiero|queremos|deseo|necesito)\s+(?:que\s+(?:me|nos)\s+)?$/.test(f.slice(0, i))) return true;
  // "Le pedí a Clover que me sacara de su lista": a request the caller made to someone else.
  if (/\b(?:le |les )?(?:ped[ií]|pedimos|dije|dijimos) a (?!ustedes\b|usted\b)[\p{L}.'-]+(?: [\p{L}.'-]+)?\s+que\b[^.]{0,30}$/u.test(f.slice(0, i))) return true;
  // "No me vayan a dar de baja", "no le estoy diciendo que me dejen de llamar": a warning not to,
  // and a request denied.
  // ("Y no vaya a ser que me den de baja a mí también": the same warning.)
  if (/\bno\s+(?:me|nos|la|lo|le|les)\s+(?:vayan?|van|vas)\s+a\s+$|\bno\s+(?:vaya|vayan)\s+a\s+ser\s+que\s+(?:[\p{L}]+\s+){0,2}$/u.test(f.slice(0, i)) || /\bno\s+(?:le|les|te)\s+(?:estoy|estamos)\s+(?:diciendo|pidiendo)\s+que\b[^.]{0,20}$/.test(f.slice(0, i))) return true;
  // Spanish "no quiero darme de baja": a "no" right before a phrase that does not carry its own.
  if (/\b(?:quiero|dar|baja|llam|qu[ií]t|b[oó]rr)/.test(m0) && !/^no\b/.test(m0) && /\bno\s+$/.test(f.slice(0, i))) return true;
  if ((OTHER_COMPANY.test(f) || OTHER_NAMED.test(text)) && !/\byour\b/.test(f.slice(Math.max(0, i - 40), i + m0.length + 40))) return true;
  // "I put myself on the do-not-call list for Sunvara... That's them, not you. You guys are fine.": the
  // caller says in the same turn that the request was not to us.
  if (NOT_YOU.test(turnF) && !/\b(?:your|y'all)\b/.test(f.slice(Math.max(0, i - 30), i + m0.length + 30))) return true;
  // "Don't read that as 'never call me'": the words are named to be denied.
  if (READING_DENIED_BEFORE.test(f.slice(Math.max(0, i - 40), i)) || READING_DENIED_AT.test(f.slice(i))) return true;
  // "Don't bother calling this week, I won't pick up. Call me next week.": a time to keep off, with a
  // time to call in its place.
  if (/^\s*(?:[\w']+\s+){0,2}(?:this week|today|tonight|till|until|right now|for now|for (?:a|the next) (?:few days|week|couple (?:of )?(?:days|weeks)))\b/.test(f.slice(i + m0.length)) && /\bcall me (?:next|on|after|in|tomorrow|monday|tuesday|wednesday|thursday|friday)\b/.test(turnF)) return true;
  // "People stop opting out", "customers unsubscribe less": what others do, in a pitch or a story.
  if (PEOPLE_FIRST.test(f.slice(0, i))) return true;
  // "I almost hit 'unsubscribe' on your email": a click that did not happen.
  if (/\b(?:almost|nearly)\s+(?:hit|hitting|click(?:ed)?|press(?:ed)?|tap(?:ped)?)\s+(?:the\s+)?['"‘“]?$/.test(f.slice(Math.max(0, i - 30), i))) return true;
  // "Do you ever call people who've asked to be taken off your list?": a request of whoever the
  // relative clause names, not the caller's (unless the caller is "one of those people").
  if (PEOPLE_WHO.test(f.slice(Math.max(0, i - 50), i)) && !/\b(?:i'm|i am|we're|we are) (?:one of )?(?:those|the)\b/.test(f.slice(0, i))) return true;
  // "My wife unsubscribed", "half my Tuesday class unsubscribed": someone else's past opt-out. A
  // past tense whose subject is not the caller ("I", "we") nor an auxiliary of theirs.
  if (/\b(?:he|she|they|my (?:wife|husband|partner|son|daughter|mom|dad|boss|sister|brother|friend|colleague|coworker))\s+(?:already\s+|just\s+)?$/.test(f.slice(Math.max(0, i - 40), i)) && /^(?:unsubscribed|opted|asked|requested|wants|wanted)/.test(m0)) return true;
  const subject = f.slice(Math.max(0, i - 40), i).match(/\b([a-z']+)\s+(?:already\s+|just\s+|all\s+|also\s+)?$/)?.[1];
  if (/^(?:unsubscribed|opted out)\b/.test(m0) && subject && !/^(?:i|we|i've|we've|i'd|we'd|have|had|has|you|y'all|me|us|be|been|being|get|got|was|were|is|are|and|or|so|then|finally|never)$/.test(subject)) return true;
  // "It turned into a whole unsubscribe thing": the word names a kind of call or fuss, not a request.
  if (/^unsubscribe$/.test(m0.trim()) && /\b(?:a|an|the|this|that|some|whole|big)\s+$/.test(f.slice(Math.max(0, i - 12), i)) && /^\s+(?:thing|situation|deal|mess|drama|business|conversation|call|saga|ordeal)\b/.test(f.slice(i + m0.length))) return true;
  // "I literally said 'take me off your list' and they kept calling anyway": said to them, who went on.
  // ("I literally had to say take me off your list like three times before they quit": the same, told
  // to another company until it stopped.)
  if (/\b(?:i|we) (?:literally |actually |even |finally )?(?:said|told (?:them|him|her)|had to (?:say|tell (?:them|him|her)))\s*[:,]?\s*["'‘“]?\s*(?:[\w']+\s+){0,3}$/.test(f.slice(Math.max(0, i - 60), i)) && /\b(?:they|he|she) (?:kept|still|continued|just kept|went on|quit|stopped|finally (?:quit|stopped)|gave up)\b/.test(f.slice(i))) return true;
  // "Tell Kwame I finally called, he'll stop bugging me": someone else stops.
  if (/^(?:stop|quit)\b/.test(m0) && /\b(?:he|she|they)(?:'ll| will| can| might| would|'d)?\s+(?:finally\s+)?$/.test(f.slice(Math.max(0, i - 25), i))) return true;
  // "I'll stop calling you so often": the caller's own calls, not ours.
  if (/^\s*(?:you|y'all|your (?:office|team|company|support|line))\b/.test(f.slice(i + m0.length)) && /^(?:stop|quit)\b/.test(m0)) return true;
  return false;
}

/** Whether this sentence is a genuine opt-out by the caller, and the channels it names. */
export function optOutInSentence(text: string, turnText: string = text): { channels: Channel[]; hedged: boolean } | null {
  const f = fold(text);
  const context = fold(turnText);
  const channels: Channel[] = [];
  let hit = false;
  let sure = false;
  for (const [re, ch] of PATTERNS) {
    for (const m of f.matchAll(globalOf(re))) {
      const i = m.index ?? 0;
      if (guarded(f, text, i, m[0], context)) continue;
      // "Could you take me off the, the—": the caller was cut off before saying what from.
      // So was one whose object never came: the turn ends on "the" or "your", or the line broke ("[inaudible]").
      const rest = f.slice(i + m[0].length);
      const cutOff = /^[\s,]*(?:(?:the|your|of|from|my|all|a|uh|um|er|erm|la|las|su|sus|esta|todas)[\s,]*){0,4}(?:[—–-]+|\.\.\.|…)\s*(?:\[[^\]]*\]\s*(?:\.\.\.|…)?\s*)?$/.test(rest) || /^[\s,]*(?:[—–-]+|\.\.\.|…)\s*$/.test(rest) ||
        (/^[\s,]*(?:(?:the|your|of|from|my|all|a)[\s,]*){1,4}$/.test(rest) && fold(turnText).trimEnd().endsWith(f.trimEnd())) || /^[\s,]*(?:(?:the|your|of|from|my|all|a|la|las|su|sus)[\s,]*){0,4}(?:\.\.\.|…)?\s*\[(?:inaudible|unintelligible|crosstalk|static|garbled|ruido|se corta)\]/.test(rest) ||
        // "Take me off your— you know what, I don't even know what I want right now.": broken off into doubt.
        /^[\s,]*(?:(?:the|your|of|from|my|all|a)[\s,]*){0,4}(?:[—–-]+|\.\.\.|…)\s*(?:you know what|i don't (?:even )?know|i dunno|no s[eé])\b/.test(rest);
      if (!hedged(f, i, i + m[0].length) && !cutOff) sure = true;
      // "make it stop" needs the turn to be about contact ("your emails keep landing in my inbox").
      if (ch === 'infer' && !/\b(?:calls?|calling|texts?|texting|messages?|emails?|e-mails?|inbox|newsletters?|reminders?|notifications?|lists?|llamadas|correos|mensajes|mensajitos|textos|listas?)\b/.test(context.replace(CALL_IT, ' '))) continue;
      hit = true;
      if (ch === 'infer') {
        // The channel the phrase itself names ("your email list"); a bare list is every channel;
        // "make it stop" takes the channel from the rest of the sentence.
        const inPhrase = CHANNEL_WORDS.filter(([cre]) => cre.test(m[0])).map(([, c]) => c);
        // ("I don't want any of them on my phone": the device the texts arrive on, not calls.)
        const inSentence = CHANNEL_WORDS.filter(([cre]) => cre.test(f.replace(ON_THE_DEVICE, ' '))).map(([, c]) => c);
        // ("That's all I'm calling about": this call, not a channel; nor "what do you call it".)
        const inTurn = CHANNEL_WORDS.filter(([cre]) => cre.test(context.replace(ON_THE_DEVICE, ' ').replace(THIS_CALL, ' ').replace(CALL_IT, ' '))).map(([, c]) => c);
        // ("Los mensajitos de texto. Quítenmelos. ... Las llamadas sí": an object pointed back to is the
        // nearest one the turn named before it, not every channel the turn goes on to name.)
        const pointedBack = pointsBack(f, m[0]) ? nearestChannelsBefore(context, f) : [];
        const named = inPhrase.length ? inPhrase : /\blists?\b|\blistas?\b/.test(m[0]) ? [] : inSentence.length ? inSentence : pointedBack.length ? pointedBack : inTurn;
        channels.push(/\b(?:marketing|promotions?|promotional|offers|deals|sales)\b/.test(m[0]) ? 'marketing' : named.length === 1 ? named[0] : 'all');
      } else if (ch === 'all') {
        // A generic frame whose own words name one channel ("no quiero que me llamen"), or whose
        // object, in the next three words, does ("dejen de mandarme correos").
        const inPhrase = CHANNEL_WORDS.filter(([cre]) => cre.test(m[0])).map(([, c]) => c);
        // ("Quiero darme de baja. De los correos, los emails.": the object said as the next fragment.)
        const rest = f.slice(i + m[0].length);
        // ("Unsubscribe me. From the emails.": the same after the pronoun.)
        const nextFragment = /^\s*(?:(?:me|us)\b)?[\s.!…]*$/.test(rest) && context.includes(f) ? (context.slice(context.indexOf(f) + f.length).match(/^\s*(?:de|from|off|of)\s+[^.?!]{0,40}/)?.[0] ?? '') : '';
        // ("Unsubscribe me de todo lo que sea email": everything that is one channel.)
        const everythingOf = rest.match(/^\s*(?:(?:me|us)\s+)?(?:de|from|of) (?:todo|everything|all)(?: (?:lo )?que sea| that's| that is)? ([\p{L}-]+)/u)?.[1] ?? '';
        const object = nextFragment || everythingOf || (rest.match(/^[\s,]*((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)/u)?.[1] ?? '');
        const inObject = CHANNEL_WORDS.filter(([cre]) => cre.test(object)).map(([, c]) => c);
        // ("I keep getting your emails and I'd like to be unsubscribed.": a request with no object, after
        // its own sentence named one channel.)
        const objectless = /^[\s.!?,]*(?:please|today|now|then|already)?[\s.!?]*$/.test(rest);
        const namedBefore = objectless ? channelsSpokenOf(f.slice(0, i)) : [];
        channels.push(inPhrase.length === 1 ? inPhrase[0] : !inPhrase.length && inObject.length === 1 ? inObject[0] : !inPhrase.length && namedBefore.length === 1 ? namedBefore[0] : 'all');
      } else channels.push(ch);
      // "No more calls, texts or emails": the channels listed right after the one matched count too.
      if (ch !== 'all' && ch !== 'marketing') channels.push(...channelsListedAfter(f.slice(i + m[0].length)));
    }
  }
  if (!hit) {
    const c = compositional(f);
    const m0 = f.slice(c?.index ?? 0).match(/^\S+(?:\s+\S+)?/)?.[0] ?? '';
    if (c && !guarded(f, text, c.index, m0, context)) return { channels: [c.channel], hedged: hedged(f, c.index, c.index + m0.length) };
    return null;
  }
  return { channels, hedged: !sure };
}

/** The channels words speak of, once each; not "on my phone" (a device) nor "I'm calling" (this call). */
function channelsSpokenOf(text: string): Channel[] {
  return [...new Set(CHANNEL_WORDS.filter(([cre]) => cre.test(text.replace(ON_THE_DEVICE, ' ').replace(THIS_CALL, ' '))).map(([, c]) => c))];
}

/** The channels the nearest sentence before `sentence` in the turn names, if one does. */
function nearestChannelsBefore(turn: string, sentence: string): Channel[] {
  const at = turn.indexOf(sentence.trim());
  for (const b of splitSentences(at > 0 ? turn.slice(0, at) : '').reverse()) {
    const named = channelsSpokenOf(b);
    if (named.length) return named;
  }
  return [];
}

/** The channels a list goes on to name: ", texts or emails", " ni correos", " and texts". */
function channelsListedAfter(rest: string): Channel[] {
  const out: Channel[] = [];
  let r = rest;
  for (;;) {
    // (An item ends the list's clause or leads to the next one: not "no more texts, calls are fine".)
    const m = r.match(/^(?:\s*,\s*|\s+)(?:(?:or|and|nor|ni|o|y)\s+)?(?:(?:any|the|your|more|m[aá]s)\s+)?([\p{L}-]+)(?=\s*(?:[,.;:!?—–]|$|(?:or|and|nor|ni|o|y|from|either|any ?more|again|de|please|por favor)(?![\p{L}])))/u);
    const named = m ? CHANNEL_WORDS.filter(([cre]) => cre.test(m[1])).map(([, c]) => c) : [];
    if (!m || named.length !== 1) return out;
    out.push(named[0]);
    r = r.slice(m[0].length);
  }
}

const AGENT_OFFER =
  /\b(?:would you (?:also |still )?like|do you (?:also |still )?want|shall i|should i|should we|want me to|want us to|you'd like (?:us|me) to|you would like (?:us|me) to|would you (?:prefer|rather) (?:that )?(?:i|we)|would it help if (?:i|we)|can i|if you(?:'d| would)? (?:like|want|prefer),? (?:i|we) can|prefiere que|quiere que|le parece que|si (?:usted )?(?:ya no )?(?:quiere|desea|prefiere|gusta))\b[^?]*\b(?:unsubscribe|remove you|take you off|opt you out|ma(?:k|d)e sure (?:nobody|no one|no-one)\b[^?]*\b(?:reaches out|contacts|calls|emails|texts|bothers)|stop(?:ped)? (?:calling|texting|emailing|contacting|sending|these|those|the|our) ?(?:calls|texts|emails|messages)?|hold off on (?:the )?(?:calls|calling|texts|texting|emails|emailing|contacting)|(?<=\b(?:prefer|rather)(?: that)? (?:we|i) )not (?:call|text|email|contact)\b|stop (?:the |these |our |all )?(?:calls|texts|emails|messages|reaching out|contact|outreach)(?! (?:with|to) (?:him|her|them)\b)|put you on (?:our|the) do[- ]not[- ]call|no (?:la|lo|le|los|las) (?:llamemos|llamen|contactemos|volvamos a (?:llamar|marcar|contactar|escribir))|dejemos de (?:llamar|escribir|mandar|enviar|contactar)\w*|(?:la|lo|le|los|las) (?:demos|quitemos|saquemos|borremos|quite|saque|borre|elimine|demos) de (?:baja|la lista|nuestra lista|nuestras listas|la base)|(?:la|lo|le|los|las) (?:podemos|puedo) (?:quitar|sacar|borrar|eliminar|dar) de (?:baja|la lista|nuestra lista|nuestras listas|la base)|(?<=(?:quiere|desea|prefiere) que )(?:la|lo|le|los|las) (?:quite|saque|borre|elimine|quitemos|saquemos|borremos)(?=\s*\?))/;
/**
 * "So no more calls, texts or emails from us?": the agent puts the caller's wish back as a question,
 * which a yes accepts as surely as an offer.
 */
const AGENT_ECHO = /(?:^|[.!?]\s+)(?:(?:so|okay|ok|alright|all right|got it|understood)[,.]?\s+)?(?:just to (?:confirm|be clear)[,:]?\s+)?no more (?:phone calls|calls|texts|text messages|emails|e-mails|messages|contact|outreach)(?:(?:,\s*|\s+)(?:(?:or|and|nor)\s+)?(?:phone calls|calls|texts|text messages|emails|e-mails|messages))*(?:\s+(?:from us|from (?:our|the) (?:team|company)|of any kind|at all))?\s*\?/;
/** An agent turn that offers to stop contact, or echoes the wish back as a question. */
function agentOffer(f: string): RegExpMatchArray | null {
  return f.match(AGENT_OFFER) ?? f.match(AGENT_ECHO);
}
const ACCEPT = /^(?:yes|yeah|yep|yup|sure|please|please do|do it|definitely|absolutely|go ahead|that would be (?:great|best|good|perfect|ideal)|that'd be (?:great|best|good|perfect|ideal)|that's right|that is right|that's correct|correct|exactly|claro|por favor|eso es|exacto)\b|^s[ií](?![a-záéíóúñ])/;

/** "That's not what I'm saying", "Email me all you want": the caller says the words before were no request to stop. */
const NOT_WHAT_I_SAID = /\bthat's not what i(?:'m| am) (?:saying|asking)\b|\bthat's not what i (?:said|meant|mean)\b|\b(?:email|call|text) me all you want\b|\bno (?:es lo que|fue lo que) (?:digo|dije|estoy diciendo|ped[ií])\b|\bno quise decir eso\b/;

/** The agent checks that the words were no opt-out: "you're not asking to stop hearing from us, only…?", "¿no quiere que dejemos de llamarle, solo…?". */
const NOT_AN_OPT_OUT_CHECKED = /\b(?:you're|you are|you aren't) not (?:asking|wanting|looking) (?:us )?to (?:stop|be (?:removed|taken off|unsubscribed)|unsubscribe|opt out)\b[^?]*\?|\b(?:you|so you) (?:don't|do not) want (?:us )?to stop (?:hearing from us|contacting you|calling you|all contact)\b[^?]*\b(?:only|just)\b[^?]*\?|\bno (?:quiere|est[aá] pidiendo) que (?:dejemos de|le quitemos|lo quitemos|la quitemos)\b[^?]*\?/;

/**
 * "Two, delete my cell phone number out of the referral system." - "Just to be clear, do you also want
 * us to stop contacting you?" - "No. No, that's not what I'm saying. Email me all you want": asked in
 * the next turns, the caller says the words were no opt-out.
 */
function offerRefusedAfter(s: Sentence, call?: Call): boolean {
  const t = call?.transcript ?? [];
  // (The refusing turn's own words too: "... I just don't want my cell sitting in some database.")
  for (let i = Math.max(0, s.turn - 1); i + 1 < t.length && i <= s.turn + 3; i++) {
    // "Just so I'm clear, you're not asking to stop hearing from us, only to stop paper checks?" -
    // "Right, right. Keep the emails": the agent's check that it was no opt-out, agreed to.
    if (t[i].speaker === 'agent' && t[i + 1].speaker === 'caller' && i >= s.turn && NOT_AN_OPT_OUT_CHECKED.test(fold(t[i].text)) && /^(?:right|correct|exactly|yes|yeah|yep|yup|that's right|that's correct|no,? just|eso es|exacto|correcto|s[ií])\b/.test(stripFillers(fold(t[i + 1].text).trim()))) return true;
    if (t[i].speaker !== 'agent' || t[i + 1].speaker !== 'caller' || !agentOffer(fold(t[i].text))) continue;
    const reply = stripFillers(fold(t[i + 1].text).trim());
    return /^(?:no|nope|nah)\b/.test(reply) && !hedgedAnswer(reply) && (NOT_WHAT_I_SAID.test(reply) || keepsContact(t[i + 1].text));
  }
  return false;
}

/** The agent asks to be in touch again: "Should I check back another time?", "Can I give you a call next week?". */
const CHECK_BACK_ASKED =
  /\b(?:should|shall|can|could|may) (?:i|we)\b[^?]*\b(?:check back|check in|call (?:you )?(?:back|again)|follow up|reach out|try (?:you )?again|touch base|give you a (?:call|ring)|set up a time)\b[^?]*(?:\?|\bor\s*[—–-]*\s*$)/;
/** "I'd rather you didn't.", "I said I'd rather you didn't.": a wish, put politely, not to be. */
const RATHER_NOT = /^(?:(?:look|well|eh|honestly|i said)[,.]?\s+)*(?:i'd|i would) (?:rather|prefer) (?:you|y'all|you guys|we)(?: just)? (?:didn't|did not|not|don't)\b/;

/**
 * "Should I check back another time, or" - "I said I'd rather you didn't. I gotta go.": the agent's
 * ask to be in touch again turned down, in words no frame reads as a request to stop. A person
 * should look (a possible opt-out), not a guess either way.
 */
export function checkBackRefused(call: Call): Evidence | null {
  const t = call.transcript;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].speaker !== 'agent' || t[i + 1].speaker !== 'caller' || !CHECK_BACK_ASKED.test(fold(t[i].text))) continue;
    const first = splitSentences(t[i + 1].text)[0] ?? '';
    if (RATHER_NOT.test(stripFillers(fold(first).trim()))) return evidence('optOut', { turn: i + 1, text: first });
  }
  return null;
}

/** "I don't have time for this. Goodbye.": an answer that ends the call without yes or no. */
const BRUSHED_OFF = /^(?:i[—–-]\s*)?(?:i )?(?:don't|do not) have time for this\b[^?]*$|\b(?:i (?:have|got|gotta) to go|gotta go|i've got to go|tengo que colgar|me tengo que ir)\b[^?]*$/;

/** "(laughs) 'Would I like.' Wow.", "What do you think?": the offer answered with a sneer. */
const SNEERED = /^(?:\((?:laughs?|laughing|scoffs?|sighs?)\)\s*)?(?:["'“‘]?would i like\b|what do you think\s*\?|take a guess\b|gee,? (?:i wonder|let me think)\b|(?:oh,? )?you think\s*\?)/;
/** "Would you like me to remove you from our call list?" - "Yes please." */
function acceptedAgentOffer(call: Call): { channels: Channel[]; evidence: Evidence[]; turn: number; text: string; hedged: boolean } | null {
  const t = call.transcript;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].speaker !== 'agent' || t[i + 1].speaker !== 'caller') continue;
    const f = fold(t[i].text);
    const m = agentOffer(f);
    if (!m) continue;
    // "You know what? Yes. Please.": an opener before the answer is not the answer.
    const reply = stripFillers(fold(t[i + 1].text).trim()).replace(/^(?:(?:you know what|honestly|actually|alright|all right|okay|ok|look|listen)\b[?,.!…]*\s*)+/, '');
    // "Uh... yeah, maybe. We'll see.": neither yes nor no; rule 3 holds it.
    // ("...or would you prefer we not call about promotions?" - "I— I don't have time for this.
    // Goodbye.": the offer brushed off, neither taken nor turned down.)
    // ("Would you like us to stop calling this number?" - "(laughs) "Would I like." Wow.": a sneer,
    // neither yes nor no.)
    const unsure = hedgedAnswer(reply) || BRUSHED_OFF.test(reply) || SNEERED.test(reply);
    const offer = f.slice(m.index ?? 0);
    // "Si en algún momento prefiere que no le llamemos más, nada más dígamelo. ¿Hablo con Luis?": a
    // notice given in a condition, and the caller answers the question asked after it.
    // ("...you'd like us to stop contacting you altogether? Calls, texts, emails?": the channels of the
    // same question, listed after it.)
    const listsChannels = /^\?\s*(?:(?:calls?|phone calls|texts?|text messages|e-?mails?|messages|everything|all of it|and|or)[,\s]*)+\?\s*$/.test(offer.slice(offer.indexOf('?')));
    if (/\b(?:si|if)\b[^.?!]*$/.test(f.slice(0, m.index ?? 0)) || (/\?[^?]*\?/.test(offer) && !listsChannels)) continue;
    // "Would you like us to reach out less often, or take you off the list entirely?" - "Entirely. Off.
    // Off the list.": the caller picks the removal out of two offers.
    const choseRemoval = /\bor\b[^?]*\b(?:take you off|remove you|unsubscribe|opt you out|stop)\b/.test(offer) && /^(?:entirely|completely|totally|all the way|off\b|off the list|take (?:me )?off|remove (?:me|it)|the (?:second|last|latter)(?: one)?\b|all of it|unsubscribe|stop\b(?! (?:it|that|there)\b))/.test(reply);
    if (!unsure && !choseRemoval && (!ACCEPT.test(reply) || /^(?:yes|yeah|sure)?,? ?(?:but )?(?:no|not)\b/.test(reply))) continue;
    // "And the texts too": the caller widens the offer to channels of their own.
    // ("Sí, por favor, anótelo. Y tampoco me escriban, ni correos ni mensajes.": "neither" widens it too.)
    // (Not "Las llamadas sí, y el correo también, eso no me molesta": channels kept, listed.)
    const also = reply.match(/\b(?:and|plus|y)\s+((?:\w+\s+){0,3}?\w+)\s+(?:too|also|as well|tambi[eé]n)\b/);
    // ("Sí, llamadas no. Pero los textos sí, está bien ... Y los correos también.": kept too, after channels kept.)
    const keptToo = also != null && (/\b(?:s[ií]|fine|ok|okay)\W*$/.test(reply.slice(Math.max(0, (also.index ?? 0) - 12), also.index)) || /^\W*(?:eso no me molesta|(?:is|are|'s) fine|est[aá] bien)/.test(reply.slice((also.index ?? 0) + also[0].length)) || /\b(?:pero|but)\b[^.?!]*(?<![\p{L}])(?:s[ií]|(?:are|is|'s) fine|est[aá] bien)(?![\p{L}])/u.test(reply.slice(0, also.index)));
    const widened = (also && !keptToo ? also[1] : '') + ' ' + (reply.match(/\b(?:tampoco|nor|neither)\b[^.?!]*/)?.[0] ?? '');
    // "...take you off our calling list, and we'd keep you posted by email instead": the channel kept is not removed.
    const removal = offer.split(/,?\s+(?:and|but)\s+(?:we(?:'d| would| will|'ll)?\s+)?(?:still\s+)?keep\b|,?\s+(?:and|but)\s+(?:you(?:'d| would| will|'ll)\s+)?still\s+(?:get|receive)\b/)[0];
    const named = [...new Set(CHANNEL_WORDS.filter(([re]) => re.test(removal) || re.test(widened)).map(([, c]) => c))];
    // ("...stop all calls, emails and text messages to you, from the referral program and from
    // Brasswind marketing?": every channel offered is all of them, whatever else is named.)
    // ("¿Quiere que dejemos de enviarle todo lo promocional?": the same, in Spanish.)
    // ("Would you like me to take you off our call list?" - "Yes. And the emails. All of it, please.":
    // everything, said in the answer.)
    const allSaid = /^(?:yes|yeah|yep|please|sure|s[ií])\b[^?]*\b(?:all of it|everything|todo)\b/.test(reply) && !/\bnot (?:all of it|everything)\b/.test(reply);
    const channels: Channel[] = allSaid ? ['all'] : /\bmarketing|promotion|promoci[oó]n|promocional|publicidad/.test(offer) && named.length < 2 ? ['marketing'] : named.length === 1 ? named : ['all'];
    return {
      channels,
      hedged: unsure,
      turn: i,
      text: t[i].text,
      evidence: [
        { field: 'optOut', quote: t[i].text, turn: i },
        { field: 'optOut', quote: t[i + 1].text, turn: i + 1 },
      ],
    };
  }
  return null;
}

/**
 * "Would you like me to stop these calls?" - "No, no, it's fine, keep them coming.": the caller
 * answered the question the call could have held, plainly and in the negative.
 */
export function refusedAgentOffer(call: Call): boolean {
  const t = call.transcript;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].speaker !== 'agent' || t[i + 1].speaker !== 'caller' || !agentOffer(fold(t[i].text))) continue;
    // "You know what? Yes. Please.": an opener before the answer is not the answer.
    const reply = stripFillers(fold(t[i + 1].text).trim().replace(/^[¡¿]+/, '')).replace(/^(?:(?:you know what|honestly|actually|alright|all right|okay|ok|look|listen)\b[?,.!…]*\s*)+/, '');
    if (/^(?:no|nope|nah|not at all|no thanks|no thank you|god no|no,? (?:no|it's fine|that's fine|keep))\b/.test(reply) && !hedgedAnswer(reply) && !/\b(?:but|just|only|except|pero|solo)\b/.test(reply)) return true;
  }
  return false;
}

/** What a customer keeps with us, as opposed to contact: "the plan", "su cuenta", "el contrato". */
const ACCOUNT_THING = /(?:plan|account|subscription|service|membership|contract|cuenta|suscripci[oó]n|servicio|membres[ií]a|contrato)(?![\p{L}])/u;
/** "(darme de baja) del plan de mantenimiento": the account thing a Spanish removal is from. */
const OFF_AN_ACCOUNT_THING = new RegExp(`^\\s*(?:del|de la|de mi|de su|de nuestro|de nuestra)\\s+(?:\\p{L}+\\s+)?${ACCOUNT_THING.source}`, 'u');
/**
 * An answer that picks the account: "El plan. Cancelar el plan.", "The account.", "No, no, no. Del
 * plan de mantenimiento." (the "no" turns down the contact the agent guessed).
 */
const ACCOUNT_ANSWER = new RegExp(`^(?:no[,.!]*\\s+)*(?:(?:the|my|el|la|mi|del|de la|de mi|from (?:the|my))\\s+)?(?:\\p{L}+\\s+)?${ACCOUNT_THING.source}|^cancel(?:ar|ling|ing|la|lo)?(?![\\p{L}])`, 'u');
/** "¿De baja de qué, exactamente?", "Unsubscribe from what?": the agent asks what the caller means. */
const ASKS_FROM_WHAT = /(?<![\p{L}])(?:de qu[eé]|from what|off what|which (?:one|list|part|thing)|what exactly)(?![\p{L}])/u;

/**
 * "Quiero darme de baja." - "¿Quiere que dejemos de llamarle, o quiere cancelar su plan?" - "El plan.
 * Cancelar el plan.": asked which they meant, the caller picks their account, not our contact.
 * ("Quiero darme de baja." - "¿De baja de qué, exactamente? ¿De las comunicaciones, del programa de
 * referidos...?" - "No, no, no. Del plan de mantenimiento.": the same, asked what from.)
 */
function clarifiedAsAccount(s: Sentence, caller: Sentence[], call?: Call): boolean {
  const question = call?.transcript[s.turn + 1];
  if (question?.speaker !== 'agent') return false;
  const q = fold(question.text);
  if (!/\?/.test(q) || !((/(?<![\p{L}])(?:or|o)(?![\p{L}])/u.test(q) && ACCOUNT_THING.test(q)) || ASKS_FROM_WHAT.test(q))) return false;
  return ACCOUNT_ANSWER.test(stripFillers(fold(caller.filter((x) => x.turn === s.turn + 2).map((x) => x.text).join(' ')).trim()));
}

/**
 * "Could I get an email for the quote?" (or "And an email for the proposal?") - "Ugh, I'd honestly rather
 * not, my inbox is a disaster.", "Can I get your name?" - "I'd rather not": the caller declines to give
 * a detail the agent asked for, not contact.
 */
function declinedDetail(s: Sentence, call?: Call): boolean {
  const asked = call?.transcript[s.turn - 1];
  if (!asked || asked.speaker !== 'agent') return false;
  if (!/\b(?:could|can|may) i (?:get|have|grab|take)\b[^?]*\b(?:e-?mail|number|address|phone|name)\b|\bwhat(?:'s| is) (?:your|the best) (?:e-?mail|number|address|name)\b|\b(?:an?|your|the best) (?:e-?mail|phone number|number|address|name)\b[^.?!]{0,30}\?/.test(fold(asked.text))) return false;
  return /^(?:\w+[,.]?\s+)?(?:i'd|i would) (?:\w+ )?(?:rather|prefer) not\b(?!\s+(?:to\s+)?(?:get|receive|be|have|hear))/.test(stripFillers(fold(s.text).trim()));
}

/** The caller finds they rang the wrong business: "I must have grabbed the wrong number off Google", "me equivoqué de número". */
const DIALLED_WRONG = /\b(?:i|i've|we|we've) (?:must have |must've |probably |just |totally )?(?:dial(?:l)?ed|called|grabbed|got|have|had|pulled up|looked up) (?:the )?wrong (?:number|company|place|business|office|one)\b|(?<![\p{L}])(?:me equivoqu[eé] de n[uú]mero|marqu[eé] (?:el|un) n[uú]mero equivocado)/u;

/**
 * "I need to stop the refill reminder texts" - "This is Lantern Payroll, you may be looking for a
 * pharmacy?" - "Oh. I must have grabbed the wrong number": a request meant for the business the
 * caller thought they had rung, not for us.
 */
function meantForAnotherBusiness(s: Sentence, caller: Sentence[], call?: Call): boolean {
  return call?.direction === 'inbound' && caller.some((x) => x.turn > s.turn && DIALLED_WRONG.test(fold(x.text)));
}

/** Rule 3 over the caller's sentences (and an opt-out the agent offers and the caller accepts). */
export function detectOptOut(caller: Sentence[], call?: Call): OptOutResult {
  const ev: Evidence[] = [];
  const hits: ScopeHit[] = [];
  const unsure: Evidence[] = [];
  const unsureHits: ScopeHit[] = [];
  const offer = call ? acceptedAgentOffer(call) : null;
  if (offer) {
    (offer.hedged ? unsureHits : hits).push({ text: offer.text, turn: offer.turn, channels: offer.channels });
    (offer.hedged ? unsure : ev).push(...offer.evidence);
  }
  // "Stop. Calling. Me.": a short turn is also read as one run of words.
  const turnsSeen = new Set<number>();
  const extra: Sentence[] = [];
  for (const s of caller) {
    if (turnsSeen.has(s.turn)) continue;
    turnsSeen.add(s.turn);
    const parts = caller.filter((x) => x.turn === s.turn).map((x) => x.text);
    const whole = parts.join(' ');
    // Only fragments ("Stop." "Calling." "Me."), never whole sentences run together.
    if (parts.length > 1 && parts.every((p) => p.split(/\s+/).length <= 3)) extra.push({ ...s, text: whole.replace(/[.!?;,]+(?=\s)/g, '').replace(/\b(?:uh|um|umm|er|erm)\b\s*/gi, '') });
  }
  const turnText = (turn: number) => caller.filter((x) => x.turn === turn).map((x) => x.text).join(' ');
  const ctxTurn = (turn: number) => (call?.transcript[turn]?.text ?? turnText(turn));
  for (const s of [...caller, ...extra]) {
    if (extra.includes(s) && ev.some((e) => e.turn === s.turn)) continue;
    const r = optOutInSentence(s.text, turnText(s.turn));
    if (!r) continue;
    if (settledInNextTurn(s, caller) || numberChange(s.text, caller) || addressChange(s, caller) || retractedLater(s.turn, caller, s) || echoRefused(s, caller) || narrowedNext(s, caller) || accountOnlyLater(s, caller) || declinedDetail(s, call) || clarifiedAsAccount(s, caller, call) || meantForAnotherBusiness(s, caller, call) || offerRefusedAfter(s, call)) continue;
    // A past act the caller undoes elsewhere in the call ("I replied STOP to your thread by
    // mistake" ... "Put me back on"): reported to be reversed, not asked for.
    if (PAST_ACT.test(fold(s.text)) && caller.some((x) => x.turn !== s.turn && UNDO.test(fold(x.text)))) continue;
    // A merged run of fragments is quoted as the turn says it, verbatim.
    const quoted = evidence('optOut', extra.includes(s) ? { turn: s.turn, text: ctxTurn(s.turn) } : s);
    // "You could just lose my number. I'm kidding. Sort of. Not really.": half taken back as a joke, held.
    // ("You should lose my number after this." - "Would you like me to—" - "Nah, I'm kidding. Mostly. Half
    // kidding.": the same, in the caller's next turn.)
    const nextTurn = caller.find((x) => x.turn > s.turn)?.turn;
    const joked = caller.some((x) => ((x.turn === s.turn && caller.indexOf(x) > caller.indexOf(s)) || (x.turn === nextTurn && caller.filter((y) => y.turn === nextTurn).indexOf(x) < 2)) && JOKE.test(stripFillers(fold(x.text).trim())));
    // "Between this and the referral emails every other day, honestly, I'm done with all of it. I just—
    // I'm done.": an outburst, not a request; held unless the agent confirms a removal.
    const outburst = OUTBURST.test(fold(s.text));
    const held = r.hedged || joked || outburst;
    (held ? unsureHits : hits).push({ text: s.text, turn: s.turn, channels: r.channels });
    (held ? unsure : ev).push(quoted);
  }
  const uncertainScope = unsure.length ? resolveScope(unsureHits, call, caller) : null;
  if (!ev.length) return { requested: false, scope: null, evidence: [], uncertain: unsure, uncertainScope };
  return { requested: true, scope: resolveScope(hits, call, caller), evidence: ev, uncertain: [], uncertainScope: null };
}

/**
 * "Last spring I asked you guys to take me off your call list—" - "Oh—" - "No, no, you did! You did
 * it.": a past request the caller's next turn says was honoured.
 */
function settledInNextTurn(s: Sentence, caller: Sentence[]): boolean {
  const next = caller.find((x) => x.turn > s.turn)?.turn;
  const sameTurn = caller.filter((x) => x.turn === s.turn);
  const justBefore = sameTurn[sameTurn.indexOf(s) - 1]?.text ?? '';
  return next != null && next <= s.turn + 2 && settledLater(fold(s.text), fold(turnTextOf(caller, next)), fold(justBefore));
}

const turnTextOf = (caller: Sentence[], turn: number) => caller.filter((x) => x.turn === turn).map((x) => x.text).join(' ');

/** A service the caller gives up by name: "dar de baja el servicio", "cancelar la cuenta de la nómina". */
const SERVICE_GIVEN_UP = /\b(?:dar(?:me|la|lo)? de baja|cancelar|terminar) (?:el|la|mi|nuestra|nuestro|su) (?:servicio|cuenta|plan|suscripci[oó]n|membres[ií]a|sistema|n[oó]mina|contrato|monitoreo)\b/;

/** "Don't have some intern call me, I want the person who can cut the check": one caller refused, another asked for. */
const OTHER_CALLER_WANTED = /\b(?:don't|do not) (?:have|send|let|get) (?:some|an?|the|your|another) [\w-]+ (?:call|text|email|contact) (?:me|us)\b[^.?!]*\b(?:i want|i need|i'd rather have|get me|have) (?:the|a|an|your|someone|somebody|him|her)\b/;
/** "I don't know if I even want those anymore": a doubt about messages named before it (read with its turn). */
const DOUBT_POINTED_BACK = /\b(?:not sure|don't know|do not know|dunno)(?: if| whether)? (?:i|we) (?:even |really |still )*(?:want|need) (?:those|these|them|'em|em) (?:anymore|any more)\b/;
/** A doubt about being contacted at all: "I'm not sure I want these calls anymore", "I don't think I want calls from you guys, honestly". */
const DOUBTED_CONTACT =
  /\b(?:not sure|don't know|do not know|dunno|no s[eé]|ya no s[eé]|a lo mejor|maybe|i'm thinking about|thinking of|considering)(?![a-z0-9])[^.?!]{0,20}\b(?:want|wanna|need|quiero|queremos|necesito|unsubscrib\w*|opting out|dar(?:me)? de baja)\b[^.?!]{0,40}(?:\b(?:calls?|calling|texts?|texting|emails?|messages?|contact|hearing from|getting (?:these|those|them)|keep getting|llam\w+|mensajes|correos|contacten|mandando|enviando)\b|\b(?:from )?(?:all of it|everything)\b|$)|\b(?:don't|do not) think (?:i|we) (?:really )?(?:want|need) (?:any |more |any more |the |your |these |those )?(?:phone )?(?:calls|texts|text messages|emails|messages)\b/;
/**
 * Tentative wishes for less contact that no frame states outright: "it might be better if you guys
 * just... well", "best if we just stop here", "I don't need these anymore" (of our messages),
 * "Not interested. Don't... yeah.": held, never guessed either way.
 */
/** A what-if taken up with a doubt: "creo que sí quiero eso", "I think I do want that". */
const HALF_TAKEN_UP = /(?<![\p{L}])(?:creo que s[ií](?: quiero)?|(?:i )?think i (?:do|want (?:that|to))|maybe i do|i guess i do|tal vez s[ií])(?![\p{L}])/u;
/** "Biscuit, stop!": a name called, then the stop said to it. */
const VOCATIVE_STOP = /(?:^|[—–-]\s*|[.!?]\s+)\p{Lu}\p{Ll}+,\s*(?:stop|quit)(?: it)?\s*!/u;
/** Someone else's wish not to be contacted, told by the caller: "she doesn't want you to call her anymore", "I think he'd want them to stop", "ya no quiere que la llamen", "she said, 'Kari, call those solar people and tell them to stop calling me.'". */
const RELAYED_WISH = /\b(?:she|he) said,? ["'‘“][^"'’”]{0,60}\btell (?:them|you|y'all|those [\w ]{1,20}?) to stop (?:calling|texting|emailing|contacting)\b|\b(?:she|he|dijo|dice|my (?:wife|husband|mom|mother|dad|father|son|daughter|partner|boss)|mi (?:mam[aá]|madre|pap[aá]|padre|esposa|esposo|hij[oa]|jef[ea])|ella|[eé]l)\b[^.?!]{0,40}?\b(?:(?:doesn't|does not|no longer) want (?:you(?: guys| all)? to (?:call|text|email|contact) (?:her|him)|(?:any )?(?:more )?(?:calls|texts|emails))|wants? (?:you(?: guys| all)? to stop (?:calling|texting|emailing|contacting) (?:her|him|the (?:office|house|shop|store|clinic)|(?:his|her) (?:cell|phone|number|line))|to be (?:taken off|removed))|(?:'d|would) (?:probably |likely |really )?want (?:(?:you|them|y'all)(?: guys| all)? to stop\b|to be (?:off|taken off|removed from) (?:your|the|this|that) (?:[\w-]+ )?list)|(?:ya )?no quiere que (?:la|lo|le|les) (?:llamen|sigan llamando|contacten|escriban|molesten|est[eé]n llamando|est[eé]n molestando|est[eé]n escribiendo|vuelvan a llamar))/;
/** The caller's own side taken on a wish told of: "but I want the quote", "pero yo sí", "not me". */
const OWN_SIDE_TAKEN = /\bbut (?:i|me)\b(?! mean\b)|\bpero (?:yo|a m[ií])\b|\bi (?:disagree|don't agree|do not agree)\b|\bnot me\b|\bi (?:do|still) want\b|\b(?:keep|leave) me on\b/;

const TENTATIVE_STOP: RegExp[] = [
  /\b(?:better|best) if (?:you|we|y'all)(?: guys| all)? (?:just )?(?:stop\b|[^.?!]{0,12}(?:\.\.\.|…|—|-\s*$))/,
  /\b(?:don't|do not) (?:really )?need (?:these|those|them|this stuff|all this|the \w+) any ?more\b/,
  // "Mejor ya no... no sé", "mejor ya no, ¿no?": given up with a doubt, or with a question tag.
  /\b(?:mejor ya no|mejor no)\b(?:[^.?!]{0,30}(?:\.\.\.|…|\bno s[eé])|,?\s*¿?no\?)/,
  /\bnot interested\W+(?:don't|do not)\W*(?:\.\.\.|…|—)/,
  // "Okay, look, I need you guys to stop—": the line dropped before saying what.
  /\b(?:need|want|like|asking) (?:you|y'all)(?: guys| all| folks| people)? to (?:stop|quit)\s*(?:[—–-]+|\.\.\.|…)\s*$/,
  // "I think you should probably just take me o—": the line dropped mid-word.
  /\b(?:take|get|remove|drop|scratch) (?:me|us|my (?:name|number))\s+(?:o|of|ou|f|fr|fro)\s*(?:[—–-]+|\.\.\.|…)\s*$/,
  // "Maybe hold off on the partner calls for a while? I'm not saying never.": a pause asked for, for a while.
  /\bhold off on (?:the|your|those|these|all the|any) (?:[\w-]+ )?(?:calls|texts|text messages|emails|messages|outreach|pitches)\b/,
  // "¿Me puede quitar de— no, espérate, mijo": a removal asked for and cut off before its object.
  /(?<![\p{L}])(?:me|nos) (?:puede|pueden|podr[ií]a|podr[ií]an) (?:quitar|sacar|borrar|dar de baja)(?: de)?\s*(?:[—–]|\.\.\.|…)/u,
  // "Maybe I should get off the email list for a while? I'm not sure.": a thought, not a request.
  /\b(?:i|we) should (?:probably |maybe |just )?get off (?:the|your|these|those|all|this) (?:[\w-]+ ){0,2}(?:lists?|mailing list|emails?|texts?|calls)\b/,
  // "Is there a way to get off the text thing?", "is there a way to just not get these?" (on one of the
  // calls): how to stop, asked for oneself.
  /\b(?:how (?:do|can) i|is there (?:a|any) way (?:for me )?to|can i) (?:(?:get off|stop (?:getting|receiving)|unsubscribe from|opt out of) (?:the|these|those|your|all) (?:\w+ ){0,2}(?:texts?|text thing|emails?|calls?|messages|lists?|mailings?)\b|(?:just )?(?:not (?:get|receive)|stop (?:getting|receiving)) (?:these|those|them|any of (?:these|those|them))\b)/,
];

/** A stop to money being taken: "stop charging me twice", "stop taking money out of my account". */
const STOP_MONEY_TAKEN = /\b(?:stop|quit|cease)\s+(?:\w+\s+)?(?:charging|billing|overcharging|debiting|double[- ]charging|taking|pulling|withdrawing|drafting)\b/;

/** "I get a text, 'refer a friend, win a trip.' ... I might just want out of all this.": out of what, unsaid, in a turn about messages. */
/** A question of how many people do something: "what percent of people who get a referral call ask you to stop". */
const HOW_MANY_DO_IT = /\b(?:what (?:percent(?:age)?|share|fraction|portion) of|how many (?:people|of (?:them|your|the)|customers|folks|callers|members|homeowners)|how often (?:do|does) (?:people|customers|folks|callers))\b/;
/** "I don't have a problem with Sunmesa contacting me", "I don't mind you calling": contact the caller welcomes. */
const CONTACT_WELCOMED = /\b(?:don't|do not) (?:have (?:a|any) problem|mind)\b[^.?!]{0,30}\b(?:contacting|calling|texting|emailing|reaching out)\b/;
/** "Biscuit, stop it, get down.", "The dog's after my sandwich": words for someone in the room, named. */
const SAID_TO_SOMEONE_THERE = /^\p{Lu}\p{Ll}+,\s+(?:stop|no|get down|quit|drop it|leave it|sit)\b|\b(?:get down|the dog|the cat|the kids?)\b/u;
/** "If it's you guys, knock it off": stop asked of whoever is calling, if that is us. */
const IF_ITS_YOU = /\bif (?:it's|it is|that's|that is) (?:you|y'all|your (?:company|people|guys))(?: guys| people)?,? (?:knock it off|stop(?: it| calling(?: me)?)?|quit(?: it| calling(?: me)?)?|cut it out|leave me alone|lose my number)\b/;
/** "wondering if I should just... get off all of it": a removal the caller weighs, not asks for. */
const WITHDRAWAL_WEIGHED = /\b(?:wondering|debating|thinking|considering)\b[^?!]{0,40}\b(?:if|whether) (?:i|we) (?:should|ought to)\b[^?!]{0,30}?\b(?:get off|unsubscribe|opt out|drop out|be taken off)\b/;
const MIGHT_WANT_OUT = /\b(?:i|we) (?:might|may|could) (?:just |honestly |really )?(?:want|need) (?:out|off)\b(?! (?:of|from) (?:the|my|our|this) (?:contract|plan|lease|account|subscription|service|membership)\b)/;

/**
 * "Got another text this morning. That's six this week. My favorite. Really, keep 'em coming, I just
 * love it.": more of the messages asked for in sarcasm, said of their number. Not a request in its
 * words, a complaint a reviewer should read.
 */
const SARCASTIC_MORE = /\bkeep (?:'em|em|them|those|these|the \w+) coming\b|\bwhy not every (?:hour|day|minute|five minutes|half hour)\b/;
const SARCASM_MARKER = /\b(?:my favou?rite|(?:i )?(?:just |really )?love it|can't get enough|lucky me|thrilled|so fun|(?:that's|that makes) (?:\w+ )(?:this|today|in a)\b)/;

/** A speaker correcting their own words: "sorry, that's the old one", "I mean", "let me start over". */
const SELF_CORRECTION = /\b(?:sorry,? (?:that's|that is|wrong)|that's the (?:old|wrong) (?:one|address|number|email)|wrong one|i mean\b|let me (?:start|try) (?:over|again)|start over)\b/;

const POSSIBLE: RegExp[] = [
  // ("The other shop owners on the block keep asking me": a street, not blocking.)
  /\b(?:stop|quit|cease|remove|delete|take|(?<!\b(?:the|a|this|our|my|whole|city) )block|drop|unsubscrib\w*|opt)\b(?:\s+[\w']+){0,3}\s+(?:me|us|my (?:number|name|email|phone|info|details|contact))\b/,
  /\b(?:me|us|my (?:number|name|email|phone))\b(?:\s+[\w']+){0,3}\s+(?:off|out of) (?:your|the|this|all) (?:\w+ )?(?:lists?|database|system|calls|texts|emails)\b/,
  /\b(?:no more|too many|enough|sick of|tired of|fed up with)\b[^.]{0,30}\b(?:calls|texts|emails|messages|reminders|voicemails)\b/,
  /\b(?:call|calling|text|texting|email|emailing) (?:me|us) (?:\w+ )?(?:too (?:much|often|many times)|(?:every|all) (?:day|the time|week))\b/,
  /\b(?:ya no|no (?:me|nos) (?:manden|env[ií]en|llamen|escriban)|dejen de|basta de|demasiad[oa]s|tant[oa]s|s[aá]qu\w*|qu[ií]t\w*|b[oó]rr\w*)\b[^.]{0,40}\b(?:lista|llamadas|mensajes|correos)\b|\b(?:de|la) baja\b/,
  // (Not the topic: "how companies handle the TCPA. Like, do-not-call stuff.")
  /\b(?:do[- ]not[- ]call|dnc|do[- ]not[- ]contact)\b(?![- ](?:stuff|rules?|laws?|regulations?|compliance|requirements?|polic(?:y|ies)|requests|topics?|research)\b)/,
  // "I'm done. I'm done with all this.", "I'm about done hearing from you people": done with us, or
  // with a runaround; a reviewer should hear it.
  /\b(?:i'm|i am) (?:so |just |really |about |almost |pretty much )?done (?:with|hearing from) (?:all (?:of )?)?(?:this|you people|you guys|you all|you|y'all|the program|your program)\b/,
  /^\s*(?:please,? )?(?:just )?stop(?: it)?(?: please)?[.!]*\s*$/,
  // A stop word and a contact word close together, aimed at the caller.
  /\b(?:stop|quit|cease|end|enough|no more|never|don't|do not|halt)\b[^.,;]{0,30}\b(?:call(?:s|ing|ed)?|ring(?:ing)?|phon(?:e|ing)|text(?:s|ing|ed)?|messag(?:e|es|ing)|e-?mail(?:s|ing|ed)?|inbox|contact(?:ing|ed)?|communications?|reach(?:ing)? out|spam(?:ming)?|bother(?:ing)?|hear from)\b[^.,;]{0,20}\b(?:me|us|my|this number|again|anymore|any more)\b/,
  /\b(?:any ?more|anymore|again)\b[^.]{0,20}\b(?:calls|texts|emails|messages)\b|\b(?:calls|texts|emails|messages)\b[^.]{0,20}\b(?:any ?more|again)\b/,
];

/**
 * Opt-out-like words that no pattern above recognised ("you people call me way too many times"):
 * not an opt-out, but a reviewer should look, so a missed opt-out is caught by a person.
 */
export function possibleOptOut(caller: Sentence[]): Evidence | null {
  for (const s of caller) {
    const f = fold(s.text);
    // "Stop! Biscuit, stop it, get down.": a bare "stop" said to someone the next words name.
    const nextSame = caller[caller.indexOf(s) + 1];
    if (/^\W*stop\W*$/.test(f) && nextSame?.turn === s.turn && SAID_TO_SOMEONE_THERE.test(nextSame.text)) continue;
    // "Si yo les digo que ya no me llamen ni me manden nada, ¿qué pasa con mi bono?" ... "creo que sí
    // quiero eso": a what-if the caller half takes up once answered is held.
    const supposed = f.match(/^\s*(?:(?:y|and|so|pero|but),?\s+)?(?:si|if)\s+(?:(?:yo|i)\s+)?/);
    if (supposed && optOutInSentence(s.text.slice(supposed[0].length)) && caller.some((x) => x.turn > s.turn && HALF_TAKEN_UP.test(fold(x.text)))) return evidence('optOut', s);
    // "I'm not sure I want these calls anymore", "ya no sé si quiero que me sigan llamando": a doubt
    // about being contacted at all is the plainest uncertain opt-out, whatever negation it carries.
    if (DOUBTED_CONTACT.test(f) && !machineMenu(f) && !reportedSpeech(f, f.search(DOUBTED_CONTACT))) return evidence('optOut', s);
    const turnF = fold(turnTextOf(caller, s.turn));
    const aboutContact = /\b(?:messages?|emails?|texts?|calls?|reminders?|sending|send|mail|llamadas|correos|mensajes|mandando)\b/.test(turnF);
    // "The emails you guys send about the bonus every week... I honestly don't know if I even want
    // those anymore.": the same doubt, pointing back at messages the turn names.
    if (DOUBT_POINTED_BACK.test(f) && aboutContact && !reportedSpeech(f, 0)) return evidence('optOut', s);
    if ((TENTATIVE_STOP.some((re, k) => re.test(f) && (k !== 1 || aboutContact)) || (MIGHT_WANT_OUT.test(f) && aboutContact)) && !reportedSpeech(f, 0)) return evidence('optOut', s);
    if (SARCASTIC_MORE.test(f) && aboutContact && SARCASM_MARKER.test(turnF)) return evidence('optOut', s);
    // "If it's you guys, knock it off. If it's not, then... whatever.": a request whose addressee the
    // caller is not sure of; a person should look.
    if (IF_ITS_YOU.test(f)) return evidence('optOut', s);
    // "I'm kind of wondering if I should just, I dunno. Get off all of it. I'll think about it.": a
    // removal weighed aloud, across the fragments of the turn.
    if (WITHDRAWAL_WEIGHED.test(turnF) && /\b(?:get off|unsubscribe|opt out|drop out|be taken off)\b/.test(f) && aboutContact && !reportedSpeech(f, 0)) return evidence('optOut', s);
    // "Me dijo que ya no quiere que la llamen, creo": the record holder's wish, passed on by someone else
    // who does not take a side. Not the caller's own request, and not refused: held.
    if (RELAYED_WISH.test(f) && !caller.some((x) => OWN_SIDE_TAKEN.test(fold(x.text)))) return evidence('optOut', s);
    for (const re of POSSIBLE) {
      const m = f.match(re);
      if (!m) continue;
      const i = m.index ?? 0;
      // "You need to stop charging me twice": money taken, not contact. "Said you'd take good care of
      // me": looked after, not taken off.
      if (STOP_MONEY_TAKEN.test(m[0]) || /\btake (?:\w+ )?care of\b/.test(m[0])) continue;
      // "I mean, you've never called me, it's hypothetical": a fact told, not a wish. "I just don't
      // make these calls without my wife": decisions the caller makes, not calls we make.
      if (NEVER_CONTACTED.test(f) || DECISIONS_MADE.test(m[0])) continue;
      // "Don't have some intern call me, I want the person who can actually cut the check.": who calls, not whether.
      if (OTHER_CALLER_WANTED.test(f)) continue;
      // "I'm on her phone, though. Can't you take it from me?": the details taken from the caller.
      if (/\btake (?:it|that|this|them|the (?:info|information|number|details|change)) (?:down )?from (?:me|us)\b/.test(f)) continue;
      // "To be clear, I don't have a problem with Sunmesa contacting me. ... It's him.": contact welcomed.
      if (CONTACT_WELCOMED.test(f)) continue;
      // "Mi hermana ... la quitaron de la lista porque ella lo pidió": someone else removed, told of.
      if (/(?<![\p{L}])(?:la|lo|los|las) (?:quitaron|sacaron|borraron|dieron de baja)(?![\p{L}])/u.test(f.slice(Math.max(0, i - 5), i + m[0].length))) continue;
      // "¿Pero yo no lo había dado de baja?" (the maintenance plan): a thing given up before, not contact.
      if (/(?<![\p{L}])(?:lo|los|las) (?:hab[ií]a|hab[ií]amos|he|hemos|ha|han|hab[ií]an) dado de baja(?![\p{L}])/u.test(f)) continue;
      // Keeping the account right is not stopping contact: "stop sending to the old one and use ...".
      if (ACCOUNT_UPKEEP.test(f) || numberChange(s.text, caller) || retractedLater(s.turn, caller, s) || echoRefused(s, caller)) continue;
      // The same guards as an affirmed frame: whose words, when, about what.
      if (guarded(f, s.text, i, m[0], fold(turnTextOf(caller, s.turn)))) continue;
      if (settledInNextTurn(s, caller)) continue;
      if (negatedAt(f, i) || quotesSomeoneElse(f, i) || conditionalAt(f, i) || GENERAL_QUESTION_BEFORE.test(f.slice(0, i))) continue;
      // "And whether you guys are gonna call me every day too": asked about, not asked for.
      // ("Are you going to call me every day?": the same, asked outright.)
      if (/\b(?:whether|if) (?:you|y'all)(?: guys| all| folks)? (?:are|'re|will|'ll|would|are gonna|'re gonna|are going to|'re going to)\b[^.?!]*$/.test(f.slice(0, i + 12))) continue;
      if (/\?\s*$/.test(f) && /\b(?:are|will|would|do) (?:you|y'all)(?: guys| all| folks)? (?:going to|gonna)?\s*$/.test(f.slice(0, i))) continue;
      if ((OTHER_COMPANY.test(f) || OTHER_NAMED.test(s.text)) && !/\byour\b/.test(f)) continue;
      const after = f.slice(i + m[0].length);
      // The time window may sit inside the match ("don't let them call me at one my time").
      const afterMe = f.slice(i).match(/^.*?\b(?:me|us)\b(.*)$/)?.[1] ?? after;
      if (PREFERENCE_AFTER.test(after) || PREFERENCE_AFTER.test(afterMe) || ONE_MESSAGE_AFTER.test(after) || UNDO.test(f)) continue;
      // "Please don't call in the afternoon anymore": the part of the day sits inside the words matched.
      if (/\b(?:in the (?:morning|afternoon|evening)s?|at night|on (?:the )?weekends?|during (?:the day|work|business hours|my shift))\b/.test(m[0])) continue;
      if (/\bdon't worry about\b|\bfor (?:my|our) (?:team|staff|employees|members|referrals|customers|clients|users|reps)\b/.test(f)) continue;
      // "I get enough texts from my suppliers": someone else's messages. "Just get the texts going
      // again": wanted back. "¿Me están dando de baja?": a question about it, not a request.
      if (/\bfrom (?:my|our|the) (?:\w+ )?(?:suppliers?|vendors?|clients?|customers?|bank|doctor|dentist|school|kids?|family|friends?|boss|work|job|pharmacy)\b/.test(f)) continue;
      if (/\b(?:going|coming|flowing|back on|started|working) again\b/.test(f)) continue;
      if (/\?\s*$/.test(s.text) && /\b(?:me est[aá]n|me van a|me dieron|ustedes me|are you (?:taking|removing|unsubscribing)|did you (?:take|remove|unsubscribe))\b/.test(f)) continue;
      // "¿Y qué tengo que hacer para lo de la baja?" after "Quiero dar de baja el servicio": the baja
      // of the service the caller named, not of contact.
      if (/^(?:de|la) baja\b/.test(m[0]) && caller.some((x) => SERVICE_GIVEN_UP.test(fold(x.text)))) continue;
      // "Quiero darme de baja." - "¿De baja de qué?" - "Del plan de mantenimiento.": the account, once asked.
      if (!CHANNEL_WORDS.some(([re]) => re.test(f)) && ACCOUNT_ANSWER.test(stripFillers(fold(caller.filter((x) => x.turn === s.turn + 2).map((x) => x.text).join(' ')).trim()))) continue;
      const at = caller.indexOf(s);
      // "So that needs to... stop. End.": the end of the sentence before, whose subject it keeps
      // (here a subscription), not a word on its own.
      const prev = caller[at - 1];
      if (/^\s*(?:please,? )?(?:just )?stop\b/.test(f) && prev?.turn === s.turn && /\b(?:to|gotta|gonna|should|must|can|will)\s*(?:\.\.\.|…)\s*$/.test(fold(prev.text))) continue;
      // "Stop the autopay. Stop it.", "You need to stop charging me twice. Every month... Stop it.":
      // the "it" is the thing stopped earlier in the turn, not contact.
      if (/^\s*(?:please,? )?(?:just |so )?stop(?: it)?(?: please)?[.!]*\s*$/.test(f) && caller.slice(0, at).some((b) => b.turn === s.turn && (/\b(?:stop|cancel|pause|halt|freeze|turn off)\s+(?:the|my|that|this|our)\s+(?!(?:\w+ )?(?:calls?|texts?|emails?|messages?|contact|outreach|marketing|reminders?)\b)\w+/.test(fold(b.text)) || STOP_MONEY_TAKEN.test(fold(b.text))))) continue;
      // "Theo. Theo! Stop it. Stop. Put that down right now.": said to someone in the room, named.
      // ("Biscuit, stop! Stop it! Drop it.": the name said before the first stop, in its sentence.)
      const before = caller.slice(Math.max(0, at - 2), at).filter((b) => b.turn === s.turn);
      const named = before.some((b) => /^\p{Lu}\p{Ll}+[!.]\s*$/u.test(b.text.trim())) || [...before, s].some((b) => VOCATIVE_STOP.test(b.text));
      // ("STOP it! Stop! Off the couch! ... Sorry. Not you. The dog.": the caller says who it was said to.)
      const saidToOther = caller.slice(at + 1).some((b) => b.turn === s.turn && /^(?:\.\.\.\s*)?(?:sorry[,.!]*\s+)?(?:not you|(?:i was )?talking to (?:the|my) \w+|that was (?:to|for) (?:the|my) \w+)\b/.test(fold(b.text).trim()));
      if ((named || saidToOther) && /^\s*(?:stop|quit)\b/.test(f)) continue;
      // "Stop. Stop right there. I don't want a battery.": the agent's pitch cut short, not contact stopped.
      if (/^\s*stop\b/.test(f) && /\bstop (?:right )?there\b|\bstop you (?:right )?there\b/.test(fold(turnTextOf(caller, s.turn)))) continue;
      // "It's r-quintero— no. Stop. Stop, sorry, that's the old one": the caller stopping their own
      // words to correct them.
      const nextSame = caller[at + 1]?.turn === s.turn ? fold(caller[at + 1].text) : '';
      if (/^\s*stop\b/.test(f) && (SELF_CORRECTION.test(f) || SELF_CORRECTION.test(nextSame) || (prev?.turn === s.turn && /(?:—|–|-|\.\.\.|…)\s*no[.!]?\s*$/.test(fold(prev.text))))) continue;
      // "El año pasado les pedí que ya no me mandaran mensajes... ahora sí me interesa. Mándenme la
      // información por mensaje de texto": a past request the caller now undoes.
      if (/\b(?:les? ped[ií]|i asked|we asked|i told you|i had asked)(?![a-záéíóúñ])/.test(f) && caller.some((x) => x.turn > s.turn && UNDO.test(fold(x.text)))) continue;
      // "I never got the email", "stop me if I'm wrong", "No, no quiero darme de baja".
      // ("I don't want you to stop calling me": the stop itself is what the caller does not want.)
      if (/\b(?:never|didn't|did not|haven't|have not) (?:got|get|gotten|received|receive|heard|saw|seen)\b|\bstop me if\b|^\s*no,? no\b|\b(?:don't|do not|never) stop\b|\b(?:don't|do not|never) (?:want|need) (?:you|y'all|you guys|you all|anyone|them) to (?:stop|quit)\b/.test(f)) continue;
      return evidence('optOut', s);
    }
  }
  return null;
}

/** The scope words alone suggest (for a held, uncertain opt-out): the one channel they name, else all. */
export function scopeOfWords(texts: string[]): OptOutScope {
  const named = channelsNamed(texts.join(' '));
  return named.length === 1 ? named[0] : 'all';
}

/**
 * Whether the call holds words the opt-out frames know, whatever the guards then decided: a request
 * pattern or a possible-opt-out pattern in the caller's words (negated, quoted or not), or an agent's
 * offer to stop contact. Where
 * it does, the detector's reading of negation, speaker and time is the one to trust; a statistical
 * second opinion speaks only to calls whose wording no frame lists (optOutDecision.ts).
 */
export function optOutWordsPresent(caller: Sentence[], call: Call): boolean {
  if (call.transcript.some((t) => t.speaker === 'agent' && agentOffer(fold(t.text)) != null)) return true;
  return caller.some((s) => {
    const f = fold(s.text);
    return PATTERNS.some(([re]) => re.test(f)) || compositional(f) != null || POSSIBLE.some((re) => re.test(f));
  });
}
