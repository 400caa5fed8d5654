/**
 * The call's intent (contract vocabulary) with a confidence, from weighted cues in the caller's
 * sentences. Opt-out, wrong number, spam and vendor come from their own detectors and win; then the
 * highest-scoring intent, ties broken by the order below. DialNexa's `analysis.intent` is not
 * read here: it is a second voice, weighed in secondVoice.ts.
 */
import type { Evidence, Intent } from '../plan';
import { evidence, fold, negatedAt, type Sentence } from '../text';
import { reportedSpeech } from './assertion';
import type { LowFit } from './lowFit';
import type { OptOutResult } from './optOut';

type Scored = Exclude<Intent, 'opt_out' | 'spam' | 'vendor' | 'wrong_number' | 'other'>;

const CUES: Record<Scored, Array<[RegExp, number]>> = {
  cancellation: [
    // ("Le llamo para cancelarlo" of the project signed just before: the thing named is the project.)
    [/\bcancelar (?:mi|la|nuestra|el|nuestro) (?:cuenta|suscripci[oó]n|membres[ií]a|servicio|plan|sistema|contrato|monitoreo|proyecto|instalaci[oó]n|pedido|obra|orden|compra)\b|\bdar de baja (?:mi|la|el) (?:cuenta|servicio|plan)\b|\b(?:(?:le|les) (?:llamo|hablo|marco) para|quiero|queremos|necesito|necesitamos|vamos a|venimos a|vengo a) cancelarl[oa]s?\b/, 3],
    // "I signed a contract Saturday... and I want to back out. Cancel it.": a signed agreement undone,
    // as plain as a cancellation gets (a strong cue). ("I need to pull out of the install": the same.)
    [/\b(?:want|need|wanna|have|going) to back out\b|\b(?:back|pull|pulling|pulled) out of (?:the|my|our|this|that) (?:[\w-]+ )?(?:contract|agreement|deal|purchase|install|installation|project|order|job)\b|(?:^|[.!?]\s*)cancel (?:it|the contract|my contract|the agreement|my agreement)\b/, 4],
    // "I want to pause the payroll piece for those three months": the service stopped for a while.
    [/\b(?:pause|suspend|put on hold) (?:the|my|our) (?:[\w-]+ ){0,2}(?:piece|service|plan|subscription|account|membership|payroll|bookkeeping|monitoring)\b/, 3],
    // "So after February we won't... we won't need you guys.": the service ended in other words.
    [/\b(?:we|i) (?:won't|will not|no longer|don't|do not)(?:\.\.\.|…)?\s*(?:(?:we|i) (?:won't|will not) )?(?:need|be needing) (?:you|y'all|your (?:services?|help))(?: guys| anymore| any more)?\b/, 3],
    // "We'd like to discontinue it. ... The monitoring.": the word is the ask.
    [/\bdiscontinu(?:e|ed|ing)\b/, 2],
    [/\bcancel+(?:ing|ed)? (?:my|our|the) (?:account|subscription|membership|plan|contract|service)\b/, 3],
    [/\b(?:close|closing|terminate|end|ending) (?:my|our) (?:account|subscription|membership|contract)\b/, 3],
    // "The buyers don't want the rental thing, so it needs to end with us.": a rental or plan ended.
    [/(?<=\b(?:rental|lease|subscription|membership|contract|plan|service)\b[^.?!]{0,50})\b(?:it |that )?(?:needs|has|have|need) to (?:end|stop|be (?:ended|cancell?ed|closed))\b|\bneeds? to end with (?:us|me)\b/, 3],
    // "I need to terminate the service agreement on that roof": the agreement ends, whoever's it is.
    [/\bterminat(?:e|ed|ing) (?:the|my|our|that|this) (?:\w+ )?(?:service )?(?:agreement|contract|lease|service|plan)\b/, 3],
    [/\b(?:leave|quit|leaving|quitting) (?:the|your) (?:referral )?program\b/, 3],
    // A service paused: "the monitoring subscription on hold while I'm deployed", "go to sleep while I'm gone".
    [/\b(?:subscription|monitoring|service|plan|account|membership) on hold\b|\b(?:put|place) (?:my|our|the) (?:\w+ )?(?:subscription|monitoring|service|plan|account|membership) on hold\b|\b(?:pause|suspend) (?:my|our|the) (?:\w+ )?(?:subscription|monitoring|service|plan|account|membership)\b/, 2],
    [/\b(?:don't|do not|won't) (?:want to )?renew\b/, 2],
    // A trial that must not turn into a paid plan: "please do not roll us into the paid plan on Saturday".
    [/\b(?:don't|do not|never) (?:roll|convert|move|switch|bump|put|upgrade|sign) (?:us|me|it|the (?:account|trial)) (?:in|into|onto|to|over to|up for) (?:the |a |your )?(?:paid|full|annual|monthly|premium|regular) (?:plan|subscription|version|tier|account)\b|\b(?:don't|do not) want (?:the|our|my) trial to (?:convert|roll over|turn into|become)\b/, 3],
    // The business or the need ends: "we're winding the company down", "cerramos el local".
    [/\b(?:decided |going )?not (?:to )?renew(?:ing)?\b|\b(?:doesn't|does not|won't|don't|not) auto-?renew\b|\bwon't need (?:the|our|my|this) (?:account|subscription|membership|service|plan)\b/, 3],
    // ("The café one, the haddadcafe address, I'm shutting it down", "I'm closing down my Outlook
    // address": an email address closed, not the business.)
    [/\b(?:winding (?:\w+ ){0,2}down|(?<!\b(?:address|email|e-mail|inbox|mailbox)\b[^.]*)shutting (?:\w+ ){0,2}down|closing (?:down(?! (?:my|the|our|that) (?:[\w-]+ )?(?:address|email|e-mail|inbox|mailbox|account at|outlook|gmail|yahoo|hotmail)\b)|(?:the|our|my) (?:business|shop|store|company|doors|location))|going out of business|sold the (?:business|company|shop)|out of business)\b/, 3],
    [/\bpull(?:ing)? the plug\b|\bstop (?:being )?bill(?:ed|ing)(?: us)? (?:after|past|from|at the end)\b|\blet (?:it|the (?:plan|subscription|account|membership)) lapse\b|\bnot (?:going to|gonna) (?:renew|continue|keep (?:it|the (?:plan|account|subscription)))\b|\bwe(?:'re| are) (?:moving|switching|going) (?:to|over to) (?:an? )?(?:in-house|our own|another|a different)\b/, 3],
    // "I'm calling to give notice", "April's our last month": the customer leaves.
    [/\b(?:calling|here|want|wanted|need|writing) to give (?:you )?(?:our |my )?(?:formal )?notice\b|\bconsider this (?:our|my) notice\b|\b(?:\w+'s|will be|is) (?:our|my) last (?:month|day|week)\b/, 3],
    // "Ya no voy a seguir con ustedes para la contabilidad": the customer leaves.
    [/\b(?:ya )?no (?:voy|vamos) a (?:seguir|continuar) con ustedes\b|\bno (?:vamos|voy) a renovar\b/, 3],
    // "Yo firmé un contrato ... no vamos a seguir. Queremos cancelar.": the word is the ask, in Spanish
    // (not "Quiero cancelar, wait, no, not everything. Nomás la cita del jueves.", taken back at once).
    [/(?<![\p{L}])(?:queremos|quiero|quisiera|quer[ií]amos|necesito|necesitamos|vengo a|llamo para) cancelar(?![\p{L}])(?! (?:la|una|mi) (?:cita|visita|llamada|reuni[oó]n|demostraci[oó]n))(?!,?\s*(?:wait|espere|esp[eé]rame|no,|bueno,? no|mejor no)(?![\p{L}]))/u, 3],
    // "Vendimos la panadería... no vamos a necesitar el servicio de contabilidad. Quiero darlo de baja.":
    // the business sold, the service no longer needed, given up.
    [/(?<![\p{L}])(?:vendimos|vend[ií]) (?:el|la|mi|nuestro|nuestra) (?:negocio|empresa|compa[ñn][ií]a|local|tienda|panader[ií]a|restaurante|taller|cl[ií]nica)|(?:ya )?no (?:vamos a|voy a) necesitar (?:el|su|sus|los) (?:servicios?|plan)|(?:no )?(?:necesitamos|necesito) (?:cancelar|dar de baja) (?:el|su|nuestro) (?:servicio|plan)|quiero dar(?:lo|la) de baja(?![\p{L}])/u, 3],
    [/\b(?:cerramos|vamos a cerrar|cerrar(?:emos)? (?:el|la|nuestro|nuestra) (?:local|tienda|negocio)|dar por terminad[ao]|terminar (?:la|mi|nuestra) suscripci[oó]n|cancelar (?:la|mi) cuenta)(?![a-z0-9])/, 3],
    [/\bcancel(?:lation)?\b(?![^.]*\b(?:demo|meeting|appointment|call)\b)/, 1],
  ],
  complaint: [
    [/\b(?:queja|inaceptable|molest[oa] con|hablar con (?:un|el) (?:gerente|supervisor))\b/, 2],
    // Damage the caller lays at our door: "ustedes son responsables de los daños".
    [/\b(?:you(?:'re| are)|y'all are|(?:ustedes )?son) (?:\w+ )?(?:responsible|liable|responsables) (?:for|de) (?:the |los |las )?(?:damage|damages|daños|repairs?|reparaciones)\b/, 3],
    // (Not a time of day called bad: "It's the worst time. I'm throwing all morning.")
    [/\b(?:complain|complaint|unacceptable|ridiculous|outrageous|terrible|horrible|awful|worst|disgusted|furious|appalled|fed up)\b(?! (?:time|hour|part of the day)\b)/, 2],
    [/\b(?:rude|unprofessional|lied to me|misled|ripped off|scam(?:med)?)\b/, 2],
    // "I'd like to, um, lodge something. Formally.", "talked over me the entire call".
    [/\b(?:lodge|lodging) (?:a |something|this|it)|\b(?:talked|talking|spoke) over me\b|\b(?:file|make|put in) (?:a )?formal\b/, 2],
    // "He told me twenty-one thousand, the paper says twenty-five. I feel played.": the caller feels deceived.
    [/\b(?:i|we) (?:feel|felt|got|was|were|'ve been|have been|'m being|am being) (?:\w+ )?(?:played|cheated|conned|duped|hustled|swindled|taken advantage of|taken for a ride|bait(?:ed)? and switch(?:ed)?)\b/, 3],
    [/\b(?:speak|talk) (?:to|with) (?:a|your) (?:manager|supervisor)\b/, 2],
    [/\b(?:very|really|so|extremely|pretty|quite|honestly) (?:disappointed|frustrated|upset|annoyed|unhappy)\b/, 2],
    [/\b(?:got|heard|received) nothing back\b|\bnever (?:heard|got anything) back\b|^\s*crickets[.!]*\s*$/, 1],
    // "I've gotten four calls from four different people at your company this week": called too often.
    [/\b(?:i've|i have|i) (?:gotten|got|had|received) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:calls|texts|emails) (?:from (?:\w+ ){0,3}(?:people|reps|different)|this week|in (?:a|one|two) (?:week|day|days)|today|since)\b/, 2],
    [/\b(?:i've|i have) (?:called|been calling|emailed) (?:\w+ ){0,2}(?:times|twice|three|four|again)\b/, 1],
    [/\bnobody (?:has )?(?:ever )?(?:called|got(?:ten)? back|responded)\b/, 1],
    [/\b(?:harass\w*|threaten\w*)\b/, 2],
    // Damage the crew did: "your crew ... cracked, I counted, three roof tiles".
    [/\b(?:your|the|their|those|two of (?:your|the)) (?:crew|tech|techs|technicians?|installers?|guys|team|workers|surveyors?)\b[^.]{0,60}\b(?:cracked|broke|damaged|dented|scratched|trampled|smashed|ruined|flattened|stained|gouged|ripped)\b/, 3],
    // Service that failed the caller: repeated asks, no-shows, lateness, rudeness, escalation.
    // ("The January check never showed up": a payment that did not arrive, not a person.)
    [/\b(?:(?:the )?(?:third|fourth|fifth) time (?:i've|i have|that i've|i) (?:asked|called|told|reported)|every (?:month|week|time) (?:i|we) (?:tell|ask|call|remind)|i've (?:asked|told) (?:\w+ ){0,3}(?:three|four|several|multiple|many) times)\b/, 3],
    [/\b(?:showed up (?:\w+ ){0,4}late|(?:was|were) (?:\w+ )?(?:late|a no-show)|no-show|didn't (?:even )?(?:call|show up)|(?<!\b(?:check|checks|payment|payout|card|package|parcel|email|letter|refund|deposit|money|reward|bonus|one|it|form|statement|invoice) )never (?:showed|came)|(?:nobody|no one|no-one) (?:came|showed)|(?:was|were) (?:short|rude|condescending|dismissive|snippy) with)\b/, 3],
    [/\b(?:i want (?:to flag something|it on the record|to make a complaint|to complain)|on the record|(?:was|were) (?:rude|dismissive|condescending|short|snippy|grosera?|groser[oa]s?)|talked down to|made (?:me|us) feel|la muchacha fue|me trataron mal)\b/, 3],
    // "Me estuvo insiste e insiste... no me gustó para nada": pressure from a seller, in Spanish.
    [/\b(?:no me gust[oó] (?:para nada|nada)|insiste e insiste|me (?:estuvo|estaba) (?:insistiendo|presionando)|me (?:sent[ií]|sent[ií]a) (?:muy )?presionad[oa]|(?:pressured|pushed) me (?:to sign|into)|high-pressure)\b/, 3],
    // "Estoy bien molesta... nadie me ha llamado... no es la primera vez", "nadie me explicó nada, no es justo".
    [/\b(?:estoy (?:bien |muy |super |súper |bastante |demasiado )?(?:molest[oa]|enojad[oa]|indignad[oa])|no es justo|ya me cans[eé]|no es la primera vez|nadie me (?:ha )?(?:llamad[oa]|llam[oó]|contest[oó]|explic[oó]|avis[oó]|dijo nada)|(?:joined|started|showed up|got on|came on) (?:like |about |almost )?(?:\w+ )?(?:minutos|minutes) (?:tarde|late))(?![\p{L}])/u, 3],
    // "Somebody from your company called me at six-oh-five in the morning ... you broke it": a call at an
    // hour no one should be called, reported as a wrong done.
    [/\b(?:called|texted|rang|woke) (?:me|us|the house|my \w+) (?:up )?at (?:like )?(?:four|five|six|4|5|6)(?:[-: ]?(?:oh[- ]\w+|\d{2}|thirty|fifteen|forty-five))?(?: a\.?m\.?| in the morning)\b|\byou broke (?:it|the (?:rules?|law))\b/, 3],
    [/\b(?:somebody|someone) above (?:him|her|them)|(?:your|a|the) (?:manager|supervisor|boss) (?:to )?call me|not looking for (?:a|an) (?:sorry|apology)|actually (?:get|have) it fixed\b/, 3],
  ],
  billing: [
    [/\b(?:w-?9|1099|tax (?:form|document|info|information|id)|taxes)\b/, 3],
    // "My monitoring plan's going from nine ninety-five to fourteen ninety-five a month": a price of ours raised.
    [/\b(?:my|our|the) (?:[\w-]+ )?(?:plan|plan's|rate|price|subscription|membership|monthly|fee)\b[^.!?]{0,20}\b(?:going|gone|went|jump(?:ed|ing)?|goes) (?:up|from)\b|\b(?:rate|price) (?:hike|increase)\b/, 2],
    [/\b(?:factura|cargo|cobro|cobraron|reembolso|pago|tarjeta)\b/, 2],
    // ("My cooler bill in August was insane": another company's bill, a reason to buy, not ours.)
    // ("Is this, like, a bill or...": asking what a letter is, no bill of ours.)
    // ("I have a statement I'd like to read ... That's the statement.": words declared, not an account's.)
    [/\b(?:invoice|invoices|invoiced|billing|billed|(?<!\b(?:electric|electricity|power|utility|energy|cooler|cooling|heating|gas|water|light|a\/c|ac|phone|cable|grocery|medical) )(?<!\bis (?:this|it|that)(?:,? like,?)? an? )bill|receipt|(?<!\b(?:that's|that is|here's|here is) (?:the|my) |\b(?:make|read|give) (?:a|my) )statement(?!,? i(?:'d| would)? (?:like to |want to |wanna |need to |have to )?(?:read|make)\b))\b/, 2],
    [/\b(?:charge|charges|charged|charging|overcharged|double[- ]charged|refund|credit card|payment|card on file|subscription fee|late fee|fees?)\b/, 2],
    [/\b(?:payout|paid out|haven't been paid|have not been paid|my reward (?:payment|money|check)|reward (?:hasn't|has not|never) (?:arrived|come|been paid))\b/, 2],
    [/\b(?:pay|paying|price increase|renewal (?:price|charge))\b/, 1],
    [/\b(?:took (?:\w+ )?(?:\w+ )?out of (?:my|our) (?:account|card)|withdrew|renewed (?:it|us|me|anyway)|auto-?renew\w*)\b/, 2],
    // The way the caller pays us changes: "pay Brightwater by bank transfer instead of the card. ACH."
    [/\bpay (?:you|y'all|\w+) (?:by|with|through|via) (?:bank transfer|ach|check|cheque|wire)\b|\b(?:switch|change|move|update)\w* (?:\w+ ){0,3}(?:payment method|card on file|to ach|from (?:the |my |our )?(?:\w+ )?(?:credit )?card to)\b|\bach\b/, 2],
    [/\b(?:(?:my|our|the) deposit back|deposit (?:isn't|is not|isn't) back|(?:want|get|need) (?:my|our) (?:money|deposit) back|deposit refunded)\b/, 2],
  ],
  support: [
    // "Your portal keeps rejecting the HOA letter", "the battery drops to like twenty percent overnight":
    // a system that fails at its job, in the caller's words.
    [/\b(?:portal|app|site|website|system|inverter|battery|monitor|upload|form|page|login)\b[^.?!]{0,20}\b(?:keeps? (?:rejecting|failing|crashing|erroring|dropping|dying|draining|shutting (?:off|down)|logging me out))\b|\b(?:it|battery|charge)(?:'s| is)? drops? (?:down )?to (?:like |about |around )?(?:\d+|[\w-]+) percent\b/, 3],
    // "Her production's been basically nothing since" the snow: a system that stopped producing.
    [/\b(?:production|output|generation|producing)(?:'s| has| is| was)? (?:been )?(?:basically |almost |close to |pretty much |like )?(?:nothing|zero|dropped|way down|tanked|flatlined)\b/, 2],
    // "Cada vez que pongo el social me sale 'invalid SSN'", "it keeps saying 'error 402'": an error the
    // system shows, in its own words; a sure sign (a strong cue).
    [/\b(?:me sale|sale|salen|me aparece|aparece|me dice|it says|it keeps saying|keeps saying|says|shows|comes up with|pops up with|i get|i keep getting)\s*[:,]?\s*['"‘“][^'"’”]{0,40}\b(?:invalid|error|not valid|no v[aá]lido|inv[aá]lido|failed|fall[oó]|denied|rejected|rechazad[oa]|not found|something went wrong)\b/, 4],
    // "A los dos les sale 'código no válido'": our code or link refused.
    [/\b(?:sale|salen|dice|aparece|marca) ['"‘“]?(?:c[oó]digo|enlace|link) (?:no v[aá]lido|inv[aá]lido|incorrecto)\b|\b(?:code|link) (?:is |comes up |shows )?(?:invalid|not valid)\b/, 3],
    [/\b(?:(?:charged|listed|showing|shows up|appears|sent|counted|billed|entered) twice|duplicated?|duplicates|merge|doubled up|listed two times)\b/, 2],
    // The system makes less than it should: "Production's down like forty percent compared to October".
    [/\b(?:production|output|generation|yield)(?:'s| is| has| has been)? (?:(?:way|like|about|almost|nearly) )?(?:down|dropped|fallen|dipped|dropping|falling)\b/, 2],
    // Something of ours misbehaves: it spins, says zero, won't scan, vanished, went blank.
    [/\b(?:(?:just |still |keeps? )?spin(?:s|ning)?(?: forever| for ever)?|loading forever|never (?:gives|loads|shows|finishes))\b/, 2],
    [/\b(?:still |just )?(?:says|shows|reads) ['"‘“]?(?:zero|0|nothing|none|blank|pending|offline|an? error)\b|\b(?:dice|marca|sale|aparece) ['"‘“]?(?:offline|error|cero|desconectad[oa])\b|\b(?:don't|doesn't|won't|do not|does not|can't) (?:scan|load|copy|print|sync|register|track|count|update)\b/, 2],
    [/\b(?:(?:is|are|was|it's) (?:just )?(?:gone|vanished|blank|missing)|just\W+gone|went (?:blank|missing)|no usable data|not found)\b/, 2],
    [/\b(?:walk (?:me|us) through (?:it|this|that|the (?:fix|setup|set-up))|troubleshoot)\b/, 2],
    [/\b(?:won't|wont|doesn't|does not|didn't|will not) let (?:me|us)\b|\b(?:comes?|came|coming) out (?:all )?(?:garbled|wrong|weird|scrambled|blank|broken|jumbled)\b|\bweird thing\b|\bsomething(?:'s| is) (?:off|wrong|broken)\b|\b(?:file|image|logo|photo)s? (?:is |are )?(?:too big|too large)\b|\bsays? (?:file|error|invalid)\b|\b(?:no (?:suben|cargan|llegan|funciona)|sale en blanco|salen en ingl[eé]s|(?:sale|salen|aparece|abre|muestra) (?:una )?(?:p[aá]gina|pantalla) (?:en blanco|vac[ií]a)|(?:p[aá]gina|pantalla) (?:totalmente |completamente )?(?:en blanco|vac[ií]a))\b/, 2],
    // What a thing of ours shows against what it should ("the dashboard says pending but she signed"),
    // not what a person says the caller should do ("my daughter says I should join").
    [/\b(?:(?:it|screen|app|dashboard|page|portal|account|balance|status|invoice|bill|statement|site|website|display|meter|inverter|monitor|system|tracker|counter|report|that|this|which)\s+(?:\w+\s+)?(?:shows?|says?|displays?)|showing)\b[^.]*\b(?:but|should|supposed to)\b/, 2],
    // "The booking calendar shows the movement studio as closed on weekends. The whole weekend is greyed out."
    [/\b(?:greyed|grayed) out\b|\b(?:calendar|app|portal|system|site|page|screen|dashboard|booking \w+)\s+(?:\w+\s+)?(?:shows?|says?|lists?)\s+[^.]{0,40}\bas (?:closed|unavailable|booked|full|locked|inactive)\b/, 2],
    // "The printer won't take my job. It just says 'user not authorized.'": a device refusing, its error read out.
    [/\b(?:printer|scanner|badge|key ?card|fob|door|lock|wi-?fi|app|portal|card reader|machine|kiosk|login)\s+(?:won't|will not|doesn't|does not|can't|cannot|isn't|is not)\s+(?:take|accept|print|load|save|connect|scan|open|let me|work|recogni[sz]e)\b|\b(?:says|shows|gives me|keeps saying)\s+["'‘“][^"'’”]{0,30}\b(?:not authori[sz]ed|unauthori[sz]ed|error|invalid|failed|denied|not found|not recogni[sz]ed)\b/, 2],
    [/\b(?:lost my|can't find my|cannot find my)\b/, 2],
    // What a thing of ours produced is wrong: "my W-2s have the wrong amount in box twelve", "el sistema
    // no me está calculando bien el tiempo extra", "it says 'row seven invalid' and nothing imports".
    [/\b(?:wrong|incorrect) (?:amounts?|numbers?|totals?|figures?|rates?|codes?|dates?|hours|withholding|tax(?:es)?) (?:in|on|for)\b|(?<![\p{L}])no (?:me |nos |les )?(?:est[aá] |est[aá]n )?(?:calculando|calcula|calculan|sumando|suma|pagando|paga|descontando|descuenta) bien(?![\p{L}])|\b(?:stuck (?:on|at) (?:the )?(?:import|upload|setup|set-up|login|sync|onboarding)|nothing imports|(?:won't|doesn't|didn't|does not|will not) import)\b|\bsays? ['"“‘][^'"”’]*\binvalid\b/u, 2],
    // What the customer already has will not start or cannot be read: "I can't make heads or tails of
    // this production report", "ya tengo los paneles ... y todavía no los puedo prender".
    [/\b(?:can't|cannot|can not|unable to|don't|do not) (?:make heads or tails|make sense) of (?:this|the|my|our|it|that)\b|\b(?:can't|cannot|don't|do not) (?:understand|read) (?:this|the|my|our) (?:\w+ )?(?:report|statement|readings?|dashboard|monitoring|numbers)\b|\b(?:can't|cannot|won't|doesn't|don't|will not) (?:turn|switch|power) (?:it|them|the \w+) on\b|(?<![\p{L}])(?:no (?:los|las|lo|la) (?:puedo|podemos) (?:prender|encender)|no (?:prende|prenden|enciende|encienden|arranca|arrancan))(?![\p{L}])/u, 2],
    // What we sent carries stale data: "every single one has our old address on it".
    [/\b(?:has|have|had|shows?|showing|with|lists?|listing|printed with) (?:our|my|the) (?:old|wrong|previous|former) (?:address|name|number|email|bank|account|info\w*|details)\b/, 2],
    // A payment the bank sent back: "the bank rejected it", "dos de ellos me dicen que no les llegó nada", "el direct deposit no jala".
    [/\b(?:bank|system|portal|app|it) (?:rejected|bounced|declined|returned|kicked back)\b|\b(?:rejected|returned|bounced) (?:deposits?|payments?|payroll)\b|(?<![\p{L}])(?:no jala|no (?:me |les |nos |le )?(?:lleg[oó]|llegaron) (?:nada|el (?:pago|dep[oó]sito|dinero)))(?![\p{L}])/u, 2],
    [/\b(?:i|we) (?:have|had|got|'ve got|'ve had) (?:a|an|this|one) (?:\w+ )?(?:problem|issue)\b|\btengo (?:un|este) problema\b/, 2],
    [/\b(?:disappeared|vanished|is gone|went missing|stopped showing|not showing(?: up)?|no longer shows?)\b/, 2],
    [/\b(?:is|are|shows?|looks?|came out|comes out) (?:completely |totally |still )?(?:empty|blank|incorrect|broken|missing|wrong)\b/, 2],
    [/\b(?:no funciona|no puedo (?:entrar|acceder|iniciar)|error|contraseña)\b/, 2],
    // "The website keeps saying the code's invalid": a code or card we issued that will not work.
    [/\b(?:keeps? saying|says|shows?|comes up|coming up)\b[^.?!]{0,30}\b(?:invalid|not valid|is expired|declined)\b/, 2],
    // "La manija, el seguro este, no... no cierra parejo": a part of what we installed that will not work
    // (the sentence split at the stammer, so its second half counts alone).
    [/(?<![\p{L}])(?:la manija|el seguro|la chapa|la cerradura|la ventana|la puerta|el cerrojo|el vidrio|el inversor|el panel|el equipo|el sistema|la bomba)\b[^.?!]{0,30}\bno (?:cierra|abre|traba|agarra|prende|enciende|sirve|jala|carga)(?![\p{L}])|^(?:no,? )*no (?:cierra|abre|traba|agarra|prende|enciende|jala|carga) (?:parejo|bien|nada|completo|del todo)(?![\p{L}])/u, 2],
    // "El inversor está pitando, piii, cada diez segundos": the unit beeps, in Spanish.
    [/(?<![\p{L}])(?:est[aá] pitando|sigue pitando|pita cada|no deja de pitar|est[aá] sonando una alarma)(?![\p{L}])/u, 2],
    // The installed thing fails: a fault code, a beeping unit, water coming in where it was mounted.
    [/\b(?:(?:grid|grid-tie|ground|arc|isolation|inverter|system|battery) fault|fault code|error code|(?:is|it's|keeps|started) beeping|beeps every|(?:is|it's|started|keeps) leaking|a leak (?:in|on|at|where|around)|gotera|goteras|filtraci[oó]n|se (?:me |nos )?(?:meti[oó]|mete|entr[oó]|entra) (?:el )?agua)(?![\p{L}])/u, 2],
    [/\b(?:not working|isn't working|doesn't work|does not work|stopped working|won't load|doesn't load|not loading|broken|crash\w*|error|bug|glitch)\b/, 2],
    [/\b(?:can't|cannot|can not|unable to) (?:log ?in|sign in|access|find|see|get|open|reset|connect|upload|download|share)\b/, 2],
    [/\b(?:never|didn't|did not|haven't|have not|hasn't|has not) (?:got|get|gotten|received|receive|arrived|come through)(?: the| my| an| any| a)? (?:welcome |confirmation |verification )?(?:email|e-mail|link|code|invite|invitation|text|message|confirmation|login)\b/, 2],
    [/\b(?:forgot (?:my )?password|(?:reset|verification|login|confirmation) (?:email|code|link) (?:never|doesn't|does not|won't|isn't) (?:comes?|arrives?|shows? up|work))\b/, 2],
    [/\b(?:locked out|reset (?:my )?password|password reset|two[- ]factor|2fa|login|log-in)\b/, 2],
    [/\b(?:how do i|how can i|how to)\b(?! (?:actually |even |just )?(?:join|sign up|become|refer|enroll|enrol|get started|get paid for referr))|\b(?:help me (?:with|set|figure)|need help|having (?:trouble|issues|a problem)|problem with|issue with)\b/, 2],
    [/\b(?:delete (?:all )?(?:of )?my (?:data|information|info|personal)|erase my (?:data|information)|what (?:data|information) (?:do )?you (?:have|hold|keep)|gdpr|ccpa|data (?:deletion|access) request|privacy request)\b/, 2],
    [/\b(?:someone|somebody) (?:else )?(?:changed|accessed|logged into|got into|used|took over)\b|(?<![\p{L}])alguien (?:m[aá]s )?(?:entr[oó]|se meti[oó]|accedi[oó]|cambi[oó]|us[oó])(?![\p{L}])/u, 2],
    // The installed thing reports a fault: "it's throwing F-27", "clicks, restarts, F-27 again".
    [/\b(?:throw(?:s|ing)?|flash(?:es|ing)?|show(?:s|ing)?|displaying) (?:an? |the )?(?:error|fault|code|[a-z]{1,2}-?\d{1,3})\b(?! (?:free|discount|promo))|\b(?:keeps|it) (?:restart(?:s|ing)?|reboot(?:s|ing)?|shut(?:s|ting)? off|cut(?:s|ting)? out)\b/, 2],
    [/\b(?:not|isn't|doesn't|won't|never|stopped|didn't) (?:\w+ ){0,2}(?:tracking|track|working|loading|showing|crediting|counting|updating|syncing|registering)\b/, 2],
    // "The link isn't working", "the app still won't load" (not "a link that said... and I did NOT want to click").
    [/\b(?:link|tracking|dashboard|integration|widget|portal|app)\b(?:\s+[\w']+){0,3}?\s+(?:isn't|is not|not|doesn't|won't|never)\b/, 1],
    [/\b(?:update|change) (?:my|the) (?:email|phone|number|address|name|details) (?:on|in|for) (?:my|the) account\b/, 1],
  ],
  scheduling: [
    [/\b(?:reschedul\w+|move (?:my|our|the) (?:demo|meeting|appointment|call)|change (?:my|our|the) (?:demo|meeting|appointment) time)\b/, 3],
    [/\b(?:cancel(?:l?ing)?|confirm(?:ing)?|push(?:ing)? back|postpon(?:e|ing)|mov(?:e|ing)) (?:my|our|the|tomorrow's|today's|\w+day's|this week's|next week's) (?:demo|meeting|appointment|call)\b/, 3],
    [/\b(?:can|could) we (?:do|move (?:it|that) to|make (?:it|that)) [^.?]{0,30}\binstead\b/, 2],
    [/\b(?:had|have) (?:a|my|the|our) (?:demo|meeting|appointment|call) (?:booked|scheduled|set up)\b[^.]*\b(?:but|came up|can't|cannot|won't)\b|\bsomething came up\b/, 3],
    [/\b(?:what time|when) is (?:my|our|the) (?:demo|meeting|appointment|call)\b|\bis (?:my|our|the) (?:demo|meeting|appointment|call) still (?:on|happening|scheduled)\b/, 3],
    [/\b(?:my|our|the) (?:demo|meeting|appointment) (?:is|was) (?:on|at|for|scheduled)\b/, 2],
    // "Tiene una llamada programada con uno de sus asesores... ¿Se puede cambiar al martes?": a booking
    // moved to another day, in Spanish.
    [/(?<![\p{L}])(?:reagend|reprogram)\p{L}*|(?<![\p{L}])(?:cambiar|mover|pasar|recorrer)(?:la|lo)? (?:(?:la|mi|su|nuestra) (?:llamada|cita|visita|reuni[oó]n) )?(?:al|para el|para otro) (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|d[ií]a)(?![\p{L}])/u, 3],
    [/(?<![\p{L}])(?:una|la|mi|su) (?:llamada|cita|visita|reuni[oó]n) (?:programada|agendada)(?![\p{L}])/u, 2],
    // "Tengo la demo con ustedes mañana jueves, pero me salió un viaje": a booking that no longer fits.
    [/(?<![\p{L}])(?:tengo|tenemos|ten[ií]a|ten[ií]amos) (?:la|una|mi|nuestra) (?:demo|demostraci[oó]n|cita|reuni[oó]n|llamada|visita)(?![\p{L}])[^.?!]{0,50}(?<![\p{L}])pero(?![\p{L}])/u, 3],
    // "¿Pueden venir la semana que entra?": the visit asked for another day.
    [/\b(?:pueden|puede|podr[ií]an|podr[ií]a) venir (?:el|la|otro|otra|m[aá]s)\b|\bcan (?:you|y'all|they)(?: guys)? come (?:out )?(?:next week|another day|a different day|later (?:in|this) (?:the )?week)\b/, 2],
    // "I have my onboarding session tomorrow at ten and I need to move it": the booking named, then moved.
    [/\b(?:demo|meeting|appointment|session|consultation|consult|onboarding|walkthrough|training)\b[^.?!]{0,60}\b(?:need|have|want|got|going) to (?:move|push|bump|shift|change) (?:it|that|this)\b/, 3],
    // "Can we push it? I've got a surgery tomorrow morning": the booking the agent confirmed, moved.
    [/\bcan we (?:push|move|bump|reschedule) (?:it|that|this)\b/, 3],
    // "I just need a different week" for the install crew; "nomás la cita del jueves" (not the project).
    [/\b(?:need|want|can we (?:get|do|pick|find)|looking for|have to (?:find|pick)) a different (?:day|week|date|time|slot)\b|\b(?:nom[aá]s|solo|s[oó]lamente|just) (?:la cita|la visita|the (?:site )?visit|the appointment|the install(?:ation)? date)\b/, 3],
    // "Pues el jueves no voy a poder", "Thursday won't work": a day given up, a hint of a booking moved.
    [/(?<![\p{L}])(?:el|este|ese) (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo) no (?:voy a poder|vamos a poder|puedo|podemos)(?![\p{L}])|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:won't|doesn't|isn't going to|is not going to|will not) work\b|\b(?:i|we) can't (?:do|make) (?:it )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/u, 2],
    // "Me iban a llamar el jueves para lo de la cotización, ¿verdad?", "you were going to call me
    // Thursday": a call already booked for a day.
    [/(?<![\p{L}])(?:me|nos) iban a (?:llamar|marcar|hablar|visitar|venir a ver)(?: \p{L}+){0,2} (?:el|este|ese) (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?![\p{L}])|\b(?:you|y'all|someone|somebody)(?: guys)? (?:was|were) (?:going|supposed|gonna|scheduled) to (?:call|ring|come by|visit) (?:me |us )?(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/u, 3],
    // "¿La podemos pasar para el viernes?", the agent's "¿La movemos?" accepted, "quiero cambiar la cita", "reprogramar la demostración", "nomás muévamela".
    [/\b(?:reprogram\w+|(?:cambiar|mover|pasar|recorrer|posponer|cancelar|confirmar) (?:la|mi|nuestra|el|mi) (?:demostraci[oó]n|demo|cita|reuni[oó]n|visita))\b|\b(?:la|lo) (?:podemos|puedo|podr[ií]amos|puede|podr[ií]a) (?:pasar|cambiar|mover|recorrer) (?:para|al|a)\b|^¿?(?:la|lo) (?:movemos|cambiamos|pasamos|recorremos|reprogramamos)\b|\b(?:p[aá]s|m[uú][eé]v|c[aá]mbi)(?:e|en|a|an)(?:me|nos)?(?:la|lo)(?: (?:al|para el|para|a)\b|(?=[.!,?]|$))/, 3],
    // "Él tiene una llamada con ustedes mañana ... ¿Se puede cambiar para el sábado en la mañana?": a booking moved to a day.
    [/\b(?:se puede|se podr[ií]a|podemos|podr[ií]amos|pueden|podr[ií]an) (?:cambiar|mover|pasar|recorrer) (?:para|al|a) (?:el |la |otro |otra )?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|d[ií]a|semana)\b/, 3],
  ],
  referral: [
    [/\b(?:refer|referring) (?:a|my|some|another|two|three|\d+) ?(?:friend|friends|colleague|colleagues|coworker|co-worker|client|clients|customer|people|person|neighbou?r|brother|sister|cousin|business)\b/, 3],
    [/\b(?:i'd|i would|i want to|i'd like to|want to|like to|can i|could i|going to|gonna) refer\b/, 3],
    [/\b(?:join|sign up for|signing up for|enroll in|be part of|get into) (?:the|your) (?:referral|rewards|advocate|ambassador|partner|affiliate) program\b/, 3],
    [/\b(?:become|be) (?:a|an) (?:member|advocate|ambassador|affiliate|referral partner|referrer)\b/, 3],
    [/\b(?:my referrals?|my referral (?:link|code|status|reward|bonus)|referral (?:status|bonus|reward)s?|my rewards?|rewards? (?:balance|points)|how many referrals)\b/, 2],
    [/\b(?:any news|update|status|heard anything) on (?:my|the) referral\b/, 2],
    [/\b(?:i|we) (?:referred|recommended|sent) (?:him|her|them|someone|somebody|a friend|my \w+)\b/, 2],
    [/\b(?:another|a second|a new|an extra|more|different) referral (?:code|link)s?\b/, 2],
    [/\bwho referred me\b|\bwho (?:was|is) my referrer\b|\bwhich member referred me\b/, 3],
    [/\b(?:per referral|for each referral|each referral|reward (?:amount|per)|how much do i (?:get|earn|make))\b/, 3],
    [/\b(?:gets?|got|give|giving) (?:the )?credit for (?:referring|the referral|my referral)|credit (?:for|to) (?:my|the) referr\w+|(?:\w+ )?referred me\b[^.]*\b(?:credit|reward|bonus)\b/, 3],
    [/\b(?:referral|reward|bonus)s? (?:was |got |been |is )?(?:denied|rejected|declined|approved|cancelled|canceled|pending)\b|\b(?:my )?(?:friend|colleague|neighbou?r)'s referral\b/, 3],
    [/\b(?:earned|earn|made|make|owed|owe me) (?:\w+ )?(?:from|for|on|with) (?:my |the )?referrals?\b|\bmy (?:referral )?(?:earnings|commissions?|payouts? balance)\b/, 3],
    [/\b(?:has|have|did) (?:\w+ ){1,3}(?:signed up|sign up|joined|join|converted|been approved|get approved)\b/, 2],
    [/\b(?:referir|recomendar a (?:un|una|mi)|referidos|recompensas?|programa de referidos)\b/, 2],
  ],
  sales_inquiry: [
    [/\b(?:we're|we are|i'm|i am) (?:very |really |definitely |quite )?interested\b(?! in (?:unsubscrib|cancel))/, 2],
    // "The battery backup... does that work with the panels on the barn?": a product asked about.
    [/\b(?:does|will|would|can) (?:that|it|the [\w-]+(?: [\w-]+)?) work with (?:the|my|our) [\w-]+/, 2],
    [/\b(?:about|for|need|want|set up|start|launch|run|looking at|exploring) (?:a|an|our own|a new|setting up a) referral program(?:me)?\b/, 2],
    [/\b(?:no estoy interesad[oa]|no nos interesa|no me interesa)\b/, 2],
    [/\b(?:me interesa|nos interesa|estoy interesad[oa]|estamos interesad[oa]s)\b/, 2],
    [/\b(?:precios?|cotizaci[oó]n|demostraci[oó]n|cu[aá]nto cuesta|m[aá]s informaci[oó]n)\b/, 2],
    // ("I'm on the free trial, and I'm stuck on the import": a user of the trial, not one asking for it;
    // nor "You dropped off a trial RO unit", a machine already there.)
    [/\b(?:demo|demonstration|walk ?through|(?<!\b(?:on|in|using|during|with) (?:the|a|my|our|this) (?:free )?)(?:free )?trial(?! (?:[\w-]+ )?(?:unit|system|machine|device|equipment)\b))\b/, 2],
    [/\b(?:upgrad(?:e|ing) (?:our|my|the) (?:plan|account|subscription)|add (?:more )?seats|more licen[cs]es|expand(?:ing)? (?:our|the) (?:plan|account))\b/, 2],
    [/\b(?:pricing|price|prices|quote|how much|cost|costs|plans|packages|rates)\b/, 2],
    [/\b(?:interested in|looking for|we need|we want|i need|i want|shopping for|evaluating|considering|reconsidering)\b/, 1],
    [/\b(?:sign (?:the|a|an|our) (?:contract|agreement|deal)|ready to (?:sign|buy|purchase|move forward|go ahead|start)|send (?:the|over the) (?:paperwork|contract|agreement|proposal)|purchase order)\b/, 3],
    [/\b(?:referred me|referred by|recommended you|recommended your|told me about you|sent me your way|referral (?:link|code) from|gave me (?:a|her|his|their) (?:code|link))\b/, 1],
    [/\b(?:not interested|no longer interested|decided (?:to go|to stay|against|not to)|went with|going with|stay with|staying with|chose (?:another|a different)|not moving forward|not going ahead|won't be going ahead|not proceeding|not going (?:to (?:go ahead|move forward|proceed))|we'll pass|going to pass)\b/, 2],
    [/\b(?:referral (?:software|platform|tool|solution|app)s?)\b/, 2],
    [/\b(?:comparing|compare|different from|versus|vs\.?|alternatives? to|switch(?:ing)? from)\b/, 2],
    [/\b(?:contracts?|month-to-month|annual (?:plan|contract|billing|option)|monthly (?:plan|option|billing)|subscription options|pricing tiers?|which plan)\b/, 2],
    [/\b(?:know more|hear more|find out more|learn more|more information|more info|tell me (?:more|about)|how does (?:it|this|your) work|sign up|get started)\b/, 1],
    [/\b(?:for (?:my|our) (?:team|company|business|store|shop|clinic|agency|firm)|team of \d+|\d+ (?:people|employees|seats|users|locations))\b/, 1],
  ],
};

const ORDER: Scored[] = ['cancellation', 'complaint', 'billing', 'support', 'scheduling', 'referral', 'sales_inquiry'];

export interface IntentResult {
  intent: Intent;
  confidence: number;
  scores: Partial<Record<Scored, number>>;
  evidence: Evidence[];
}

const TIME_TALK = /\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|times?|schedule|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|before \w+|after \w+|o'clock|am|pm)\b/;

export function scoreIntents(caller: Sentence[], accepted: Sentence[] = []): { scores: Partial<Record<Scored, number>>; first: Partial<Record<Scored, Sentence>> } {
  const turnOf = (turn: number) => fold(caller.filter((x) => x.turn === turn).map((x) => x.text).join(' '));
  const scores: Partial<Record<Scored, number>> = {};
  const first: Partial<Record<Scored, Sentence>> = {};
  const best: Partial<Record<Scored, number>> = {};
  for (const s of [...caller, ...accepted]) {
    const f = fold(s.text);
    for (const intent of ORDER) {
      let inSentence = 0;
      for (const [re, w] of CUES[intent]) {
        const m = f.match(re);
        if (!m) continue;
        // "not interested" carries its own negation; others must not be negated.
        if (!/not interested|no longer|don't|do not|won't/.test(m[0]) && negatedAt(f, m.index ?? 0)) continue;
        // A grievance is the caller's own: "he thinks everything's a scam" is not a complaint.
        if (intent === 'complaint' && reportedSpeech(f, m.index ?? 0)) continue;
        // "Afternoon calls? That doesn't work anymore": a time that does not suit, not a broken product.
        if (intent === 'support' && /\b(?:doesn't|does not|don't|do not|won't|isn't) work/.test(m[0]) && TIME_TALK.test(turnOf(s.turn))) continue;
        scores[intent] = (scores[intent] ?? 0) + w;
        inSentence += w;
      }
      // The evidence is the caller's sentence that says the most about this intent.
      // Caller sentences come first in the loop; an accepted agent question is evidence only when the caller's own words are not.
      const isAgent = s.speaker !== 'caller';
      if (inSentence > 0 && (!first[intent] || (!isAgent && inSentence > (best[intent] ?? 0)))) {
        best[intent] = inSentence;
        first[intent] = s;
      }
    }
  }
  return { scores, first };
}

export function classifyIntent(
  caller: Sentence[],
  optOut: OptOutResult,
  lowFit: LowFit,
  /** Agent questions the caller answered "yes" to ("Would you like a demo?" - "Yes."). */
  accepted: Sentence[] = [],
): IntentResult {
  const { scores, first } = scoreIntents(caller, accepted);
  const ranked = ORDER.filter((i) => (scores[i] ?? 0) > 0).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || ORDER.indexOf(a) - ORDER.indexOf(b));
  const top = ranked[0];
  const topScore = top ? scores[top]! : 0;
  const second = ranked[1] ? scores[ranked[1]]! : 0;

  if (lowFit.wrongNumber) return { intent: 'wrong_number', confidence: 0.9, scores, evidence: [lowFit.wrongNumber] };
  if (optOut.requested) {
    // An opt-out is the call's point unless a service intent clearly dominates it.
    // A partial opt-out ("don't text me") in a billing call leaves the call a billing call.
    const service = top && ['cancellation', 'complaint', 'billing', 'support'].includes(top) && (topScore >= 4 || (optOut.scope !== 'all' && topScore >= 2));
    if (!service) return { intent: 'opt_out', confidence: 0.95, scores, evidence: optOut.evidence.slice(0, 1).map((e) => ({ ...e, field: 'intent' })) };
  }
  if (lowFit.spam) return { intent: 'spam', confidence: 0.9, scores, evidence: [lowFit.spam] };
  // A pitch to us outweighs the billing or support words it uses ("payment processing", "your invoices").
  if (lowFit.vendor && !(top && topScore >= 5 && top !== 'sales_inquiry')) return { intent: 'vendor', confidence: 0.85, scores, evidence: [lowFit.vendor] };

  if (!top) return { intent: 'other', confidence: caller.length ? 0.3 : 0.9, scores, evidence: [] };
  let confidence: number;
  if (topScore >= 2 && topScore - second >= 2) confidence = 0.9;
  else if (topScore > second) confidence = topScore >= 2 ? 0.8 : 0.65;
  else confidence = 0.5;
  return { intent: top, confidence, scores, evidence: [evidence('intent', first[top]!)] };
}
