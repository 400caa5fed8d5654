/**
 * Rule 7's sensitive requests (legal threats, privacy / deletion, account access and security,
 * harassment) from the caller, and what the agent promised (money: discounts, credits, refunds,
 * waived fees, invoice changes; commitments outside policy: guarantees, exceptions).
 */
import type { Evidence, ReviewReason } from '../plan';
import { evidence, fold, negatedAt, type Sentence } from '../text';
import { machineMenu, reportedSpeech } from './assertion';

export interface Flag {
  reasons: ReviewReason[];
  label: string;
  evidence: Evidence;
}

const CALLER_RULES: Array<[RegExp, ReviewReason[], string]> = [
  [/\b(?:lawyer|attorney|solicitor|lawsuit|sue you|suing|take (?:you|this) to court|legal action|small claims|class action|my legal team|cease and desist|(?:un|una|mi|mis|nuestro|nuestra|el|la|los|con|al) abogad[oa]s?|demandar(?:los|las|les)?|(?:los|las|les) (?:voy|vamos) a demandar|poner(?:les)? una demanda|acci[oó]n legal|a los tribunales)\b/, ['sensitive_request', 'legal'], 'legal threat'],
  [/\b(?:(?:copy|export) of (?:all )?(?:my |the )?(?:personal )?(?:data|information)|personal (?:data|information) (?:you )?(?:hold|have|keep|store)|ccpa|gdpr|data (?:deletion|subject|access) request|right to (?:be forgotten|delete|erasure)|privacy (?:request|law|rights)|delete (?:all )?(?:my|our) (?:data|information|info|personal (?:data|information)|details|account|records)|erase (?:my|our) (?:data|information)|what (?:data|information) (?:do )?you (?:have|hold|store) (?:on|about) me|borr(?:en|ar) (?:mis|todos mis) datos|rgpd|lopd|derecho (?:de|a la|al) (?:supresi[oó]n|olvido|acceso|borrado)|(?:borr|elimin|supr[ií]m)\w* (?:todos )?(?:mis|nuestros) datos)\b/, ['sensitive_request', 'legal'], 'privacy or data deletion request'],
  // (Two-factor is an access problem; "they made me set up that two-factor thing" at the bank is not;
  // "the account email is T Appiah at..." only says who the caller is.)
  [/\b(?:can't|cannot|can not|unable to) (?:log ?in|sign in|access (?:my|the) account|get into (?:my|the) account)|\b(?:(?:someone|somebody) (?:else )?(?:is |has been )?using my (?:account|code|referral code|link|card|login)|without (?:my )?permission|fraudulent\w*|fraud (?:charges?|activity|alerts?|on my|in my|department)|(?:it's|it is|was|this is|that's|looks like|smells like) fraud\b|fraude (?:en|con) (?:mi|mis)|cargos? fraudulentos?|stole (?:my )?(?:identity|account|login|password|card|code|referral|reward|payout|money|bonus)|(?:identity|account|login|password|card|code|payout|reward|bonus|money) (?:was |got |has been |were )?stolen|identity theft|(?:login|log-in|sign-in) (?:email|password|username)|account (?:password|username)|lost access|forgot (?:my )?password|locked out|hacked|compromised|password(?:'s| is) (?:wrong|not working|incorrect|invalid)|reset (?:link|email|code) (?:never|doesn't|does not|didn't|did not|won't|will not)|can't get in(?:to)?\b|someone (?:else )?(?:logged|got) into|unauthori[sz]ed (?:access|login|charge)|reset (?:my )?password|password reset|(?<!\b(?:set up|setup|turn on|turned on|enable|enabled|add|added) (?:that |the |a |this )?)(?:two[- ]factor|2fa)|security (?:issue|breach|concern)|chang(?:e|ed) (?:the|my) (?:email|owner|password|phone|number) on (?:my|the) account|(?:someone|somebody) (?:else )?(?:changed|accessed|logged into|got into|took over)|phishing)\b/, ['sensitive_request', 'access'], 'account access or security'],
  // (An insurer "threatening to raise my premium" threatens a price, not the caller.)
  [/\b(?:harass\w*|stalk\w*|threaten\w*(?! to (?:raise|increase|hike|charge|cancel|drop|close|bump|up|end|terminate|non-?renew|raise my))|abusive|intimidat\w*)\b/, ['sensitive_request'], 'harassment'],
  // "He messages me on the member app every day, and last week he was waiting by my desk ... I don't feel safe."
  [/\b(?:i|we) (?:don't|do not|no longer) feel safe\b|\b(?:i|we) feel unsafe\b|\b(?:he|she|they) (?:was|were|is|are|keeps?|has been) (?:\w+ )?waiting (?:for me )?(?:by|at|outside|near) my (?:desk|car|door|office|house|apartment|locker)\b/, ['sensitive_request'], 'harassment'],
  // A person (one of ours) who will not let the caller be: "I just want him to leave me alone",
  // "he found me on Instagram", "I don't want him anywhere near me", "he's been messaging me on
  // Instagram. Personal stuff. Asking me out", "he needs to leave her alone" (the caller's sister),
  // "Saturday he showed up at my gym. I never told him where I work out.".
  [/\b(?:want|need|get) (?:him|her|them|that (?:guy|man|woman|rep)) to (?:leave me alone|stay away|back off|stop contacting me)|\b(?:he|she|they|that (?:guy|man|woman|rep)) (?:needs? to|has to|have to|must|better) (?:leave (?:her|him|them|me|us|my \w+) alone|stay away from (?:her|him|them|me|us|my \w+))\b|\b(?:he|she)(?:'s| has| keeps)? (?:been )?(?:messaging|dm'?ing|texting|following|commenting on) (?:me|my (?:photos|posts|pictures)) on (?:my )?(?:personal |private )?(?:instagram|facebook|linkedin|tiktok|snapchat|social media)\b|\b(?:asking|asked|asks) me out\b|\b(?:he|she|they) (?:\w+ )?(?:showed up|turned up|came by|was waiting) at my (?:gym|house|home|work|job|office|apartment|church|school|place)\b|\bi never told (?:him|her|them) where i (?:live|work|work out|go)\b|\b(?:messaging|dm'?ing|texting|following) me on my (?:personal|private|own) (?:instagram|facebook|linkedin|tiktok|snapchat|social media|cell|phone|number)\b|\b(?:he|she|they) (?:\w+ )?found me on (?:instagram|facebook|linkedin|tiktok|social media)|\b(?:him|her) anywhere near (?:me|my \w+)\b|\b(?:call(?:s|ed|ing)?|text(?:s|ed|ing)?) me ['"]?(?:gorgeous|beautiful|sweetheart|babe|baby|honey|sexy|hot)\b|(?:^|[\s,.])['"‘“](?:hey|hi|hello|morning|night)?,? ?(?:beautiful|gorgeous|sexy|babe|baby|sweetheart|hot stuff|cutie)\b|\b(?:texting|texts|texted|messaging|calling) my personal (?:cell|phone|number)\b|\b(?:texting|texted|messaging|calling) me from (?:his|her) (?:own|personal) (?:phone|cell|number)\b|\b(?:asked|asking|asks) (?:me )?(?:if|whether) i (?:was|am|'m) (?:home )?alone\b|\b(?:don't|do not) want (?:him|her) (?:at|near|in|inside) my (?:house|home|place|shop|office|salon)\b|\bcomment(?:s|ed|ing)? on my (?:looks|appearance|body|figure)\b|\b(?:comments?|remarks?|said things|talk(?:ed|ing)?) (?:\w+ ){0,2}about (?:her|his|my|their) (?:body|looks|figure|chest|legs)\b|^\s*about (?:her|his|my|their) (?:body|looks|figure)\b|\b(?:texting|texts|texted|messaging|calling) (?:her|his) personal (?:cell|phone|number)\b|\b(?:makes?|made) me (?:feel )?(?:really |so |very )?uncomfortable\b|\b(?:me|nos) acosa\b|\bacoso\b|\b(?:me|nos) (?:escribe|manda mensajes|llama|busca)\b[^.]*\b(?:de la noche|de la madrugada|a mi (?:whatsapp|celular|n[uú]mero|tel[eé]fono) (?:personal|privado))\b|\bsi (?:estaba|estoy|estaba yo) sola\b|\b(?:ir|salir) a cenar con [eé]l\b|\bque (?:qu[eé] )?bonita me ve[ií]a\b|\b(?:asking|asked|asks) (?:me )?(?:if|whether) i(?:'m| am| was) single\b|\bknows where i live\b|\b(?:asked|asking|asks) (?:me )?(?:if|whether) my (?:husband|wife|partner|boyfriend|girlfriend) (?:was|is) (?:home|around)\b|\bwaiting (?:by|at|outside|next to) my (?:car|house|door|home|work|office|truck)\b|\bsi salimos a cenar\b|\b(?:que me deje en paz|no quiero que se me acerque)\b/, ['sensitive_request'], 'harassment'],
  // Another customer's details asked for: "I need some information about a customer of yours...
  // the address where you installed his water thing".
  [/\b(?:information|info|details) (?:about|on) (?:a|one of your|another) (?:customer|client|member)\b|\bthe address where you (?:installed|put|did) (?:his|her|their)\b|\b(?:give me|tell me|i need) (?:his|her|their) (?:home |new )?address\b/, ['sensitive_request'], 'privacy or data deletion request'],
  // Someone else in the account: a change the owner did not make, a login from elsewhere.
  [/\b(?:wasn't me|was not me|i didn't do (?:that|this|it)|(?:that|this) is not my (?:account|card|bank)|not my (?:account|bank account)|somebody's in there|someone's in (?:there|my account)|logged in from|(?:payout|bank|deposit) (?:address|account|details|info)\b[^.]{0,30}\b(?:was |were |got )?(?:changed|added|switched|updated))\b/, ['sensitive_request', 'access'], 'account access or security'],
  [/\b(?:delete|erase|remove|purge|wipe) (?:that|this|the|all|any|my|our) (?:\w+ )?(?:personal )?(?:data|information|info|details)\b|\bprivacy act\b|\b(?:borren|eliminen) (?:mis|los|todos mis) datos/, ['sensitive_request', 'legal'], 'privacy or data deletion request'],
  // The caller asks for a status change or payout that moves money: "mark it approved so my bonus comes through".
  [/\b(?:mark|set|change|move|switch|flip|update|bump|push|get|make) (?:it|that|this|the referral|my referral|(?:his|her|their) referral|him|her|them) (?:up |over |back )?(?:to |as )?(?:approved|qualified|paid|complete|completed|converted)\b|\b(?:approve|release|expedite|push through|pay out) (?:my|the|his|her|our) (?:bonus|reward|payout|referral|commission)\b|\b(?:m[aá]rque(?:n)?(?:la|lo)|ap(?:r|)ru[eé]be(?:n)?(?:la|lo)) como aprobad[ao]|\b(?:me )?(?:la|lo) (?:pueden|puede|podr[ií]an) poner como aprobad[ao]|\bp[oó]ng(?:a|an)(?:me)?(?:lo|la)(?: ya)? como (?:aprobad[ao]|calificad[ao])|\bque (?:la|lo) aprueben\b|\b(?:(?:la|lo) )?m[aá]rque(?:n)? (?:(?:tu|su|mi|el) referid[oa] )?como aprobad[ao]/, ['money'], 'money asked by the caller'],
];

/** "I'll give you your first three months free": a free period is money too. */
const FREE_PERIOD = /\b(?:\d+|one|two|three|four|six|twelve|a|first|your first \w+) (?:free )?(?:months?|weeks?|years?|quarters?) (?:free|on us|at no (?:charge|cost)|for free|comped)\b|\b(?:first|next) (?:\w+ )?(?:months?|weeks?|years?)(?: of (?:\w+ ){0,2}?\w+)? (?:are |is )?(?:free|on us|on the house)\b/;
/** The agent moves money itself: "I've refunded the sixty dollars", "lock in twenty percent off", "le voy a aplicar un descuento", "Driftwood will pay for the ceiling repair", "le regalo el primer mes", "le quito el cargo del permiso". */
const MONEY_ACT =
  /\ble (?:regalo|regalamos|dejo gratis|damos gratis) (?:el|un|los|una|dos|tres) (?:primer |primeros |primera |primeras )?(?:mes|meses|año|años|semana|semanas)(?![a-záéíóúñ])|\ble (?:puedo|podemos) (?:ofrecer|dar|dejar) (?:el|la|los|las|un|una) (?:primer |primera |primeros |primeras )?(?:mes|meses|limpieza|limpiezas|visita|visitas|servicio|instalaci[oó]n) (?:a mitad de precio|gratis|con (?:un )?(?:\d+|diez|quince|veinte|veinticinco|treinta|cincuenta) (?:%|por ciento) de descuento)|\b(?:we|i|(?!you\b|they\b|he\b|she\b|it\b|insurance\b|warranty\b|manufacturer\b|utility\b|policy\b|homeowners?\b)[a-z]+) (?:will|'ll) (?:pay for|cover) (?:the|your|that|any|all the) (?:[\w-]+ ){0,2}(?:repairs?|damages?|fix|replacement|costs?|bill)\b|\b(?:i've|i have|i'll|i will|we'll|we will|we've|i'm going to|i can|we can|let me)\s+(?:\w+\s+){0,4}(?:refunded|credited|waived|comped|put through a refund|issued a (?:refund|credit)|lock in (?:\w+ ){1,2}(?:percent|%) off|knock(?:ed)? (?:\w+ ){1,3}off)\b|\b\d+ ?(?:percent|%) off\b|\b(?:i'll|i will|we'll|we will|i can|we can|let me|i'm going to|we're going to)\s+(?:\w+\s+){0,2}(?:take|knock|give you|put)\s+(?:half|a third|a quarter|a month|two months|[a-z]+ percent)\s+off\b|\b(?:rebate|discount|credit|refund)\b[^.]*\b(?:is|are) (?:locked in|guaranteed|confirmed|approved) for you\b|\b(?:le voy a|le vamos a|ya le|le puedo|le podemos) (?:aplicar|dar|hacer|devolver|reembolsar|dejar)\b[^.]*\b(?:descuento|reembolso|cr[eé]dito|gratis|devoluci[oó]n|mitad de precio|a mitad|precio especial|sin costo)\b|\b(?:le voy a|le vamos a|ya le|le puedo|le podemos|le) (?:acreditar|abonar|acredito|abono|acreditamos|abonamos|depositar|deposito)\b[^.]{0,40}\b(?:d[oó]lares|pesos|cr[eé]dito|\d+)\b|\b(?:se la|se lo|le|les) (?:igualamos|igualo|descontamos|descuento|rebajamos|rebajo|bajamos|regalamos)\b[^.]{0,40}\b(?:d[oó]lares|pesos|cotizaci[oó]n|precio|\d+)?|\b(?:le|te|les) (?:apruebo|aprobamos|autorizo|autorizamos|libero|liberamos|pago|pagamos) (?:el|su|tu|los|sus) (?:bono|bonos|pago|recompensa|premio)\b|\b(?:le|les) (?:quito|quitamos|perdono|perdonamos|condono|condonamos|borro|borramos|cubro|cubrimos) (?:el|los|la|las) (?:cargos?|cobros?|costos?|tarifas?|cuotas?)\b|\bno (?:le|les) (?:cobramos|cobro|vamos a cobrar|voy a cobrar) (?:el|los|la|las) (?:cargos?|cobros?|costos?|tarifas?|cuotas?|permisos?|[a-z]+ientos|cien|mil)\b/;
const MONEY_PROMISE =
  /\b(?:i'll|i will|we'll|we will|i can|we can|i've|i have|let me|i'm going to|we're going to|i'm|we're)\s+(?:\w+\s+){0,3}(?:give|gave|given|offer(?:ed)?|appl(?:y|ied)|issu(?:e|ed)|credit(?:ed)?|refund(?:ed)?|waiv(?:e|ed)|comp(?:ed)?|discount(?:ed)?|take|took|taken|knock(?:ed)?|revers(?:e|ed)|adjust(?:ed)?|process(?:ed)?|extend(?:ed)?|upgrad(?:e|ed)|match(?:ed)?|throw in|threw in|add(?:ed)?)\b[^.]*(?:\b(?:discount|credit|refund|free (?:month|months|year|upgrade)|waive|waived|off (?:your|the) (?:bill|invoice|next)|invoice(?! (?:question|issue|thing|problem|query|concern|dispute|mix-?up))|fee|reward|bonus|price|money back)\b|\d+ ?(?:%|percent))|\b(?:you'll|you will) (?:get|receive) (?:a |an )?(?:\d+ ?(?:%|percent) )?(?:discount|credit|refund|free month|bonus)\b|\b(?:i'll|i will|we'll|we will|i can|we can|let me|i'm going to|we're going to)\b[^.]*\b(?:double|triple|twice|an extra|a bigger|a higher) (?:the |your )?(?:usual |normal |regular |standard )?(?:referral )?(?:bonus|reward|payout|commission)\b|\b(?:i'll|i will|we'll|we will|i can|we can|let me|i'm going to|we're going to)\s+(?:\w+\s+){0,2}(?:bump|raise|increase|boost|up)\s+(?:up\s+)?(?:your|the|his|her|their)\s+(?:\w+\s+)?(?:reward|bonus|payout|commission)\b/;
/**
 * The general rule behind the lists above: the agent commits ("I'll", "we're", "I can", "le voy a",
 * "le prometo") in the same sentence as money moving to the caller (a credit, refund, discount, free
 * time, a reward paid, or an amount in dollars or percent). Any words for either side count.
 */
const AGENT_COMMITS = /\b(?:i'll|i will|we'll|we will|i can|we can|i've|we've|i'm going to|we're going to|we're|i'm|let me(?! (?:make sure|confirm|check|see|read|repeat|look|pull|find|just confirm|double-check))|i promise|le (?:voy|vamos) a|le puedo|le podemos|le prometo|le aseguro|le garantizo|le garantizamos|ya le|le dejo|le doy|le aplico|le hacemos|le damos|le aplicamos|le dejamos|le regalamos|le devolvemos|le hago|le regalo)\b/;
/** Money the agent takes on for the caller without naming a credit: "we cover that penalty", "no le cobramos nada". */
const COSTS_TAKEN_ON = String.raw`cover (?:that|the|your|this|those|these) (?:[\w-]+ )?(?:penalty|penalties|fee|fees|fine|fines|cost|costs|charge|charges|difference)|no (?:le |te |les )?(?:cobramos|cobro|cobrar[eé]|vamos a cobrar) nada`;
const MONEY_TO_CALLER = new RegExp(String.raw`\b(?:(?:percent|por ciento) off|off (?:the|your) (?:\w+ )?(?:price|bill|invoice|total|installation|install|system|order|quote|contract|project|purchase|job)|rebates?|credit(?:s|ed|ing)?|refund(?:s|ed|ing)?|reimburs\w*|discount\w*|waiv\w*|comp(?:ed|ing)?|free|on us|no charge|no cost|money back|payout|deposit|reward|bonus|cr[eé]dito|reembols\w*|devoluci[oó]n|devolver|descuento|gratis|sin costo|bonificaci[oó]n|dep[oó]sito|recompensa|bono|gift ?cards?|tarjetas? de regalo|${COSTS_TAKEN_ON})\b`);
/** Money that moves by the words alone, without an amount: a credit, a refund, free time. ("A bonus" alone may be a programme's, not the agent's to give.) */
const MONEY_MOVED = new RegExp(String.raw`\b(?:rebates?|credit(?:ing)?|refund(?:ing)?|reimburs\w*|waiv\w*|comp|free|gratis|sin costo|descuento|reembols\w*|devolver|dep[oó]sito|${COSTS_TAKEN_ON})\b`);
const AMOUNT = /\$\s?\d|\b\d+(?:[.,]\d+)? ?(?:dollars?|bucks|d[oó]lares|%|percent|por ciento)\b|\b(?:\w+[ -]){0,3}(?:dollars?|bucks|d[oó]lares|percent|por ciento)\b/;

/**
 * Crediting a referral to someone, or the program's own reward for a referral ("so you get the
 * credit", "so the bonus counts for you", "you'll get credit for Dr. Forde if she goes ahead"), is attribution, not money the agent moves; a free
 * estimate is the product's offer.
 */
function withoutAttribution(f: string): string {
  return f
    .replace(/\bcredit (?:it|that|this|the referral|them|him|her) to\b/g, 'attribute to')
    // "I'll send this to our rebates coordinator": a team named for money, no money moved.
    .replace(/\b(?:rebates?|refunds?|credits?|payouts?|rewards?) (coordinator|team|department|desk|specialist|folks|people)\b/g, 'the $1')
    // "We're not a credit union", "my credit card": a credit that is a name, not money moved.
    .replace(/\bcredit (union|card|score|report|check|bureau|history|limit|line)(s?)\b/g, 'lender-$1$2')
    // "We'll email you the tax credit sheet": the government's credit, a topic, no money we move
    // (unless we pay it: "we'll cover whatever tax credit you lose").
    .replace(/(?<!\b(?:cover|covers|pay|pays|refund|reimburse|make up|compensate|match)\b[\w\s]{0,25})\btax credits?\b/g, 'tax-incentive')
    .replace(/\b(?:so|and) (?:that )?(?:you|she|he|they) (?:get|gets|will get|'ll get) (?:the |your |a )?(?:credit|bonus|reward)\b|\b(?:so )?the (?:credit|bonus|reward) counts for (?:you|her|him|them)\b|\b(?:you|she|he|they)(?: get| gets| will get|'ll get) (?:the )?credit for (?:the|that|this|your|her|his) referral\b|\b(?:you|she|he|they)(?: get| gets| will get|'ll get) (?:the )?credit for (?:(?:her|him|them)\b|(?:(?:dr|mr|mrs|ms)\.? )?(?!(?:it|that|this|the|those|these|a|an|your|my)\b)[a-z'-]+(?= (?:if|when|once|after|as soon as)\b))/g, 'so it is attributed')
    // "I'll add him as your referral, so if he goes solar you'll get your reward": the program's reward, on its terms.
    .replace(/\b(?:so |and )?if (?:he|she|they|[a-z]+) (?:[\w']+ ){1,4}(?:you|she|he|they)(?:'ll| will) get (?:the |your |a )?(?:credit|bonus|reward)\b/g, 'so the referral is attributed')
    // "That's Nadia's referral code, and I'll make sure she gets credit": the referrer's credit.
    .replace(/\bmake sure (?!you\b)(?:she|he|they|[a-z]+) gets? (?:the )?credit\b(?! (?:for|on) (?:the|your|a|that) (?:\w+ )?(?:charge|bill|invoice|payment|fee))/g, 'make sure it is attributed')
    .replace(/\bfree (?:\w+ )?(?:estimate|assessment|quote|consultation|audit|trial|demo|inspection|evaluation|site visit|walkthrough)\b/g, 'no-cost visit')
    // "We'll text you next week about the rebate": a message about it, not money moved.
    .replace(/\b(text|email|e-mail|call|ring|message|get back to|follow up with|reach out to) you (?:\w+ ){0,3}(?:about|on|regarding) (?:the|your|that|this) (?:\w+ )?(?:rebates?|credits?|discounts?|refunds?|rewards?|bonus(?:es)?)\b/g, '$1 you about the offer')
    // "Pricing and the free month offer": the program's standing offer named, not one the agent makes.
    .replace(/\bthe (?:free (?:month|trial|week)|first[- ]month[- ]free|new[- ]customer) (?:offer|promo|promotion|deal)\b/g, 'the standing offer');
}

/** The commitment with money in the words right after it (an amount anywhere in the sentence also counts); crediting a referral to someone is attribution, not money. */
function moneyCommitted(f: string): RegExpMatchArray | null {
  const text = withoutAttribution(f);
  for (const m of text.matchAll(new RegExp(AGENT_COMMITS.source, 'g'))) {
    // ("I'll open a support ticket: mileage reimbursement won't save in the web app": what follows the
    // colon describes what is filed, not money moved.)
    const window = text.slice(m.index ?? 0).split(':')[0].split(/\s+/).slice(0, 9).join(' ');
    if (MONEY_TO_CALLER.test(window) && (AMOUNT.test(text) || MONEY_MOVED.test(window))) return m;
    // ("I'm going to send you a one-hundred-dollar Visa gift card": an amount sent as a card, named
    // a few words further on.)
    if (AMOUNT.test(window) && /^(?:\S+\s+){0,12}?\S*(?:gift ?cards?|tarjetas? de regalo)\b/.test(text.slice(m.index ?? 0))) return m;
    // "Seven hundred and fifty dollars, and I'll make sure it's applied to your install": the amount
    // said, then applied or honoured for the caller.
    if (AMOUNT.test(text) && /\b(?:appl(?:y|ied)|honou?r(?:ed)?|lock(?:ed)? (?:it |that )?in)\b/.test(window)) return m;
    // "I'll make sure the $300 is issued to you this week": the amount paid to the caller.
    if (AMOUNT.test(window) && /\b(?:issued|paid(?: out)?|sent|deposited|released|wired|mailed) (?:out )?to you\b/.test(window)) return m;
  }
  return null;
}

/** "It's not, I promise.", "We'll be gentle, I promise.": a promise tagged onto what is so now or a manner, an assurance, not a commitment ("It'll be there Friday, I promise" is one). */
const ASSURANCE_TAG = /(?<=\b(?:it's|it is|it isn't|that's|that is|that isn't|this is|this isn't|i'm|i am|we're|we are|(?:we'll|we will|i'll|i will) be (?:gentle|nice|kind|good|careful|quick|brief|polite|respectful|easy on (?:him|her|them)))\b[^,.!?]{0,25}),\s*(?:i|we) promise\s*(?=[.!]|$)/g;

const COMMITMENT =
  /\b(?:(?:i can|we can|i'll|we'll) (?:(?:commit|promise|guarantee) (?:that|to|you)|(?:promise|guarantee) (?:your|the) [\w ]{1,30}? will\b)|(?:engineers?|team|developers?|we) will (?:build|ship|deliver|have (?:it|that|this) live)\b[^.]*\bby\b|i (?:guarantee|promise)|we (?:guarantee|promise)|guaranteed?|i'll make (?:an|a special) exception|(?:we'll|we will|i'll|i will) have (?:it|one|that|this|(?:the|a|an) (?:[\w-]+ ){0,2}[\w-]+) (?:built|ready|done|live|working|integrated)\b[^.]*\bby\b|(?:i'll|i will|we'll|we will) make sure (?:engineering|the (?:\w+ )?team|our (?:\w+ )?team|they|it|that|we) (?:adds?|builds?|ships?|gets?|has|have|finish\w*|deliver\w*)\b[^.]*\bby\b|make sure of it personally|make an exception|i'll personally (?:make sure|ensure)|custom feature|we'll build|i'll get (?:that|it) (?:built|added)|no matter what|lock in (?:this|that) price forever|price match|(?:you have|you've got|i give you) my word|my word on (?:it|that)|(?:it's|that's|it is) a promise|(?:tiene|le doy) mi palabra|(?:le|se lo|se la) (?:garantizo|prometo|aseguro)\b(?! que no)|(?:se lo|se la|le) (?:pongo|dejo|doy|pondr[eé]|dejar[eé]) por escrito|(?:i'll|i will|we'll|we will|let me|i can|we can) put (?:it|that|this) in (?:writing|the contract)\b|(?:integration|feature|sync|it|that|this) (?:will be|is going to be|'ll be) (?:live|ready|available|built|done|working)\b[^.]*\b(?:by|before)\b)\b/;

/** The agent moves a referral to a status that pays a reward: "I'll mark your referral as approved today", "ahorita mismo le marco la referencia como aprobada". */
const AGENT_SETS_PAID =
  /\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|let me|i can|i've|i have)\s+(?:go ahead and\s+)?(?:mark|set|move|change|switch|update|flip)(?:ed)?\s+(?:your|the|this|that|his|her|their|it)\s*(?:referral\s+)?(?:(?:status\s+)?(?:as|to)\s+)?(?:approved|qualified|paid|converted|complete)\b|\b(?:voy a|vamos a|le voy a|le vamos a|ya)\s+(?:marcar|poner|pasar|cambiar)\s+(?:a\s+[\p{L}]+\s+|(?:su|el|la)\s+(?:referid[oa]|referencia)\s+|(?:lo|la)\s+)?(?:como|a)\s+(?:aprobad[oa]|calificad[oa]|pagad[oa])\b|(?<![\p{L}])(?:le|se la|se lo)\s+(?:marco|pongo|paso|cambio|dejo)\s+(?:(?:su|el|la)\s+(?:referid[oa]|referencia)\s+)?(?:como|a)\s+(?:aprobad[oa]|calificad[oa]|pagad[oa])(?![\p{L}])/u;

const NEUTRAL_LAWYER = /\b(?:i'm an?|i am an?|as an?|(?:she|he)'s an?|closing|real estate|estate|buyer's|seller's|the other side's|landlord's|tenant's|their|his|her) (?:\w+ )?(?:lawyer|attorney)$/;

/** Negation governing the words right before (`I don't need a lawyer`), not a clause away. */
function negatedClose(f: string, index: number): boolean {
  return /\b(?:don't|do not|not|never|no|without)\s+(?:\w+\s+){0,2}$/.test(f.slice(Math.max(0, index - 30), index));
}

/** "..., and I'm not", "but I won't", "I'm not going to": the caller declines what was just quoted. */
const ADVICE_TURNED_DOWN = /^[^.?!]*?\b(?:and|but)\s+(?:i'm not|i am not|i won't|i will not|i'm not going to|i don't want to|i'm not doing that)\b/;

/** "Not you. SunVolt.", "that was them, not you": the caller clears us of what the turn tells. */
const NOT_US = /(?:^|[.!?]\s+)not you(?:r company| guys)?[.!,]|\b(?:that's|that was|it's|it was) (?:them|the other (?:guys|company|one)),? not (?:you|y'all|your company)\b/;

export function detectSensitive(caller: Sentence[]): Flag[] {
  const out: Flag[] = [];
  const turnText = (turn: number) => fold(caller.filter((x) => x.turn === turn).map((x) => x.text).join(' '));
  for (const [re, reasons, label] of CALLER_RULES) {
    for (const s of caller) {
      const f = fold(s.text);
      const m = f.match(re);
      // A robocall's script ("if you did not authorize this purchase, press one") asks no one for anything.
      if (!m || negatedClose(f, m.index ?? 0) || machineMenu(f)) continue;
      // A lawyer who is only someone's job ("I'm an attorney", "the closing attorney", "the buyer's
      // attorney") threatens nothing.
      if (label === 'legal threat' && /^(?:lawyer|attorney)$/.test(m[0]) && NEUTRAL_LAWYER.test(f.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[0].length))) continue;
      // "Not you. SunVolt. ... Took two weeks and a complaint to the attorney general's office.": the
      // lawyer is in a story about another company.
      if (label === 'legal threat' && !/\b(?:you|your|y'all)\b/.test(f) && NOT_US.test(turnText(s.turn))) continue;
      // "My sister-in-law keeps telling me 'call a lawyer, call a lawyer', and I'm not.": someone else's
      // advice, which the caller turns down.
      if (label === 'legal threat' && reportedSpeech(f, m.index ?? 0) && ADVICE_TURNED_DOWN.test(f.slice((m.index ?? 0) + m[0].length))) continue;
      // "My assistant had my phone, one of your texts came in, and she replied STOP... That was not
      // me.": a reply to our texts disowned, no account broken into.
      if (label === 'account access or security' && /^(?:wasn't me|was not me)$/.test(m[0]) && /\b(?:replied|texted back|typed|sent|responded|answered)\b[^.]{0,20}\b(?:stop|no|unsubscribe|baja)\b/.test(turnText(s.turn))) continue;
      out.push({ reasons, label, evidence: evidence('review', s) });
      break;
    }
  }
  return out;
}

/** A campaign's terms told to every member: "for any friend who installs before May, you get...". */
const PROGRAM_OFFER = /\bfor (?:any|every|each) (?:friend|referral|neighbou?r|person|business|member|customer)(?: you refer)? (?:who|that) (?:installs?|signs? up|joins?|books?|buys?|closes?|converts?|switch(?:es)?)\b/;

export function detectAgentPromises(agent: Sentence[]): Flag[] {
  const out: Flag[] = [];
  for (const s of agent) {
    // "Great, I can get you set up for a free..." - "No, hold on": an offer broken off is no promise.
    if (/(?:\.\.\.|…|[—–])\s*$/.test(s.text.trim())) continue;
    const f = withoutAttribution(fold(s.text));
    // "I'm calling members about our spring bonus: for any friend who installs before May, you get an
    // extra hundred dollars": the program's offer to every member, told, not money the agent moves.
    if (PROGRAM_OFFER.test(f)) continue;
    const m = f.match(MONEY_PROMISE) ?? f.match(MONEY_ACT) ?? (/\b(?:i'll|i will|we'll|we will|i can|we can|i'm going to|we're going to|let me)\b/.test(f) ? f.match(FREE_PERIOD) : null) ?? moneyCommitted(f);
    // "If we can't get a surveyor out by Friday, I'll take ten percent off": the "can't" is the
    // condition's, not a refusal of the money.
    const refusal = f.replace(/\b(?:if|unless|si)\b[^,.]*,/g, ' ');
    if (m && !negatedAt(f, m.index ?? 0) && !/\b(?:can't|cannot|unable to|not able to|won't be able)\b|\b(?:no|tampoco) (?:le |les |se lo |se la )?(?:puedo|podemos)\b/.test(refusal)) {
      out.push({ reasons: ['money', 'commitment'], label: 'money promised by the agent', evidence: evidence('review', s) });
    } else if (AGENT_SETS_PAID.test(f) && !/\b(?:can't|cannot|unable to|not able to|won't)\b/.test(f)) {
      out.push({ reasons: ['money'], label: 'a referral status that pays, set by the agent', evidence: evidence('review', s) });
    } else if (COMMITMENT.test(f.replace(ASSURANCE_TAG, ' ')) && !/\b(?:can't|cannot) (?:guarantee|promise)\b/.test(f)) {
      out.push({ reasons: ['commitment'], label: 'commitment by the agent', evidence: evidence('review', s) });
    }
  }
  return out;
}
