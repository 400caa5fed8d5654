/**
 * The case the agent opens for the caller: "I'm logging a complaint about both missed appointments",
 * "I'll open a service request for hail damage", "I'm opening a case for our tax team", "I'll get the duplicate two hundred fifty dollars
 * refunded", "The monitoring plan ends at the close of this billing cycle", "Registro su queja".
 * Callers describe a problem in any words (squirrels under the panels, a card run twice, a surveyor
 * who never shows); agents file it in a few scripted ones. What the agent files is a second source
 * that the call is a service call (rule 2's pause), as its confirmation of a removal is for an
 * opt-out (agentAcknowledgement.ts). A question ("Do you want me to open a ticket?") or a condition
 * ("if it happens again, we'll send a technician") files nothing.
 */
import type { Evidence } from '../plan';
import { evidence, fold, type Sentence } from '../text';

export type ServiceIntent = 'complaint' | 'support' | 'billing' | 'cancellation';

export interface AgentCase {
  intent: ServiceIntent;
  evidence: Evidence;
}

/** Each kind of case with the words agents file it in, English and Spanish. */
const CASES: Array<[ServiceIntent, RegExp]> = [
  // ("I'll raise it with his manager today", "I'll write this up for the sales manager": a failing of
  // one of ours taken above them.)
  ['complaint', /\b(?:i'll|i will|i'm going to|let me|we'll|i'm)\s+(?:write|writing) (?:this|it|that) up for (?:the|our|his|her|their) (?:[\w-]+ )?(?:manager|supervisor|director|team lead)\b/],
  // ("Voy a reportar lo del vendedor a su supervisor": the same, in Spanish.)
  ['complaint', /(?<![\p{L}])(?:voy a|vamos a|le voy a|le vamos a) (?:reportar|pasar|escalar|llevar) (?:lo del|lo de la|lo de|esto|eso|el caso|su queja)(?![\p{L}])[^.?!]{0,30}(?<![\p{L}])a (?:su|el|la|nuestro|nuestra) (?:supervisora?|gerente|jef[ea]|encargad[oa])(?![\p{L}])/u],
  ['complaint', /\b(?:i'll|i will|i'm going to|let me|we'll|i'm)\s+(?:raise|raising|escalate|escalating|take|taking|bring|bringing|flag|flagging) (?:it|this|that)(?: up)? (?:with|to) (?:his|her|their) (?:manager|supervisor|boss|team lead|lead)\b/],
  ['complaint', /\b(?:log(?:ging)?|fil(?:e|ing)|record(?:ing)?|register(?:ing)?|escalat\w*|document(?:ing)?|submit(?:ting)?|open(?:ing)?|put(?:ting)? in|writ(?:e|ing) up)\b[^.?!]{0,30}\bcomplaint\b|\breport(?:ing)? (?:this|it|him|her) to (?:our |the )?management\b[^.?!]{0,30}\bconduct\b|\breport(?:ar|o|amos)? (?:lo que pas[oó]|esto|el caso|su caso) a (?:la|el|nuestra|nuestro) (?:gerente|supervisor[a]?|gerencia)\b|\b(?:registr(?:o|ar|amos)|anot(?:o|ar)|levant(?:o|ar|amos)|pas(?:o|ar)) (?:su|una|la) (?:queja|reclamo|reclamaci[oó]n)\b/],
  // "I'll open a ticket with our payouts team to trace it": a ticket about money goes to billing, before any other ticket.
  ['billing', /\b(?:open|file|log|put in)(?:ing)? a (?:ticket|case|request) with (?:our |the )?(?:payouts?|payments?|billing|finance|accounts) (?:team|department|folks)\b/],
  ['support', /\b(?:i see|there's|there is|it's|that's|this is) a known (?:issue|bug|problem|glitch)\b|\b(?:that|it|this) (?:sounds|looks) like a (?:glitch|bug)\b|\b(?:i'll|i will|i'm going to|let me|we'll) (?:report|log|flag|file) (?:it|this|that) as a (?:bug|defect|glitch|technical issue)\b|\b(?:open(?:ing)?|put(?:ting)? in|fil(?:e|ing)|creat(?:e|ing)|submit(?:ting)?|log(?:ging)?|start(?:ing)?)\b[^.?!]{0,25}\b(?:service request|service ticket|service case|support ticket|support case|(?:a|the) ticket|(?:a|the) case(?! (?:for|with) (?:our |the )?(?:billing|payouts?|finance|accounts)\b)|repair (?:request|order|ticket)|work order|(?:a|the) (?:performance|production|system|warranty) (?:check|review|inspection|investigation))\b|\b(?:abr(?:o|ir|imos)|levant(?:o|ar|amos)|registr(?:o|ar|amos))\b[^.?!]{0,25}\b(?:reporte|orden de servicio|solicitud de servicio)\b|\b(?:mand(?:o|ar|amos)|envi(?:o|ar|amos)) (?:a )?(?:un )?t[eé]cnico\b|\bque un t[eé]cnico (?:se comunique|le llame|lo llame|la llame|pase|vaya|revise)\b|\b(?:a|our|the) (?:service )?(?:technician|tech) (?:should|will|needs to|has to|is going to) (?:inspect|look at|check|come out|take a look|examine|assess|diagnose)\b|\b(?:get|send|have|dispatch)\s+(?:a|our|the)\s+(?:service\s+)?(?:technician|tech)\b(?![^.?!]*\b(?:install|give you a (?:call|ring)|call you))|\b(?:pas(?:o|ar|amos)|escal(?:o|ar|amos)) (?:esto|el caso|su caso) (?:\w+ ){0,3}al equipo de (?:seguridad|soporte|fraude|servicio(?: t[eé]cnico)?|t[eé]cnicos)\b|\bescal\w* (?:\w+ ){0,3}(?:al|con el|a) equipo de (?:seguridad|soporte|fraude)\b|\b(?:pas|escal|report|envi|mand)\w*\b[^.?!]{0,25}\bal (?:equipo|departamento|[aá]rea) (?:t[eé]cnico|de soporte|de sistemas)\b|\b(?:report|pas|envi|mand|escal|turn)\w*\b[^.?!]{0,15}\ba soporte(?: t[eé]cnico)?\b|\b(?:lo|la|eso lo|eso la) (?:revisa|revisar[aá]|atiende|atender[aá]) (?:el|nuestro) equipo de (?:servicio|soporte|t[eé]cnicos)\b|\b(?:i'll|i will|let me|i'm going to|we'll) (?:file|log|report|flag) (?:it|this|that)(?: issue| problem)? (?:with|for) (?:the|our) (?!(?:design|sales|proposal|quoting|quote|estimating|estimates|pricing)\b)(?:[\w-]+ ){0,3}team\b|\b(?:(?:send|pass|forward|escalat\w*|route|report)(?:e|es|ed|ing)? (?:this|it|that|the (?:\w+ )?(?:question|issue|problem|case|error)|your (?:\w+ )?(?:question|issue|problem|case)) (?:over |along |up )?(?:to|with)|ask(?:ing)?) (?:our|the) (?:tax|support|technical|tech|security|account security|fraud|operations|ops|payroll|engineering|service|client|customer|customer care|client services|customer success) team\b|\b(?:i'll|i will|let me|we'll|i'm going to) (?:have|get) (?:our|the) (?:support|technical|tech|service|engineering|it) team (?:to )?(?:check|look (?:at|into)|review|investigate|examine|fix)\b/],
  // ("I'm messaging the front desk right now to set up your print login": staff on site sent to fix it.)
  ['support', /\b(?:i'm|i am|i'll|i will|let me|we'll)\s+(?:messaging|message|calling|call|pinging|ping|texting|text|asking|ask|having|have|getting|get)\s+(?:the|our)\s+(?:front desk|community manager|site team|facilities(?: team)?|it (?:team|desk)|tech team|maintenance(?: team)?)\b[^.?!]{0,40}\b(?:set up|fix|reset|look at|sort out|unlock|activate|repair)\b/],
  // A question handed to the team that bills: "le paso el caso a facturación", "I'll pass this to billing".
  ['billing', /\b(?:pass|send|forward|escalat\w*|route)(?:e|es|ed|ing)? (?:\w+ ){0,4}to (?:our |the )?(?:billing|accounts receivable|finance) (?:team|department|folks)\b|\b(?:paso|pasar|pasamos) (?:el|su|este) caso a facturaci[oó]n\b/],
  // ("I'll have billing call you": the question handed to the team that bills.)
  ['billing', /\b(?:i'll|i will|let me|we'll) have (?:billing|accounts|accounting|finance|our (?:billing|accounts|finance) (?:team|department|folks)) (?:call|email|reach out to|contact|get back to) you\b/],
  // ("I'll send this to support so they can check why it won't redeem.")
  ['support', /\b(?:i'll|i will|let me|i'm going to|we'll) (?:send|pass|forward|escalate) (?:this|it|that) (?:on |over )?to (?:our )?(?:support|tech support|technical support|the support team|our support team)\b/],
  // ("I've logged a refund request for Saturday's visit": a refund asked of billing.)
  ['billing', /\b(?:logged|logging|log|filed|filing|file|opened|opening|open|submitted|submitting|submit|put in|putting in) (?:a|the|your) (?:refund|credit|billing) (?:request|ticket|case|claim)\b/],
  // ("I'll put a twenty-dollar credit on your account every month": the bill adjusted.)
  ['billing', /\b(?:put|putting|apply|applying|add|adding)\s+(?:a |an )?(?:[\w-]+ ){0,2}credit (?:on|to) (?:your|the) (?:account|bill|invoice|statement)\b/],
  ['billing', /\b(?:refund(?:ed|ing)?|revers(?:e|ed|ing)|credit(?:ed)? back)\b[^.?!]{0,40}\b(?:duplicate|double|second) (?:charge|payment|deposit)\b|\b(?:duplicate|double|second) (?:charge|payment|deposit)\b[^.?!]{0,30}\b(?:refunded|reversed|credited back)\b|\b(?:get|have) the (?:duplicate|double|second) (?:[\w-]+ ){0,4}refunded\b|\bcargo duplicado\b|\b(?:reembols\w*|devolv\w*) (?:el|su) (?:cargo|cobro) (?:duplicado|doble)\b/],
  ['cancellation', /\b(?:process(?:ing)?|put(?:ting)? in|submit(?:ting)?|start(?:ing)?) (?:your|the) cancell?ation\b|\b(?:paso|pasar|pasamos|proceso|procesar|procesamos|registro|registrar|registramos|tramito|tramitar|tramitamos) (?:la|su) cancelaci[oó]n\b|\bending (?:your|the|both|all|those|these) (?:[\w-]+ ){0,3}(?:membership|memberships|desks?|offices?|subscription|plan|contract|lease)\b|\b(?:plan|subscription|monitoring|membership|warranty|contract) (?:ends|will end|is cancell?ed|has been cancell?ed|stops)\b|\bi(?:'ll| will|'ve| have) cancel(?:l?ed)? (?:your|the) (?:[\w-]+ ){0,3}(?:subscription|plan|monitoring|warranty|membership|contract|service)\b|\bproces(?:o|ar|amos) (?:su|la) cancelaci[oó]n\b|\b(?:log|record|mark)\b[^.?!]{0,25}\bas the notice date\b/],
  // ("Entendido. Cancelo el servicio quincenal": the agent cancels the service, in Spanish.)
  ['cancellation', /(?<![\p{L}])(?:cancelo|le cancelo|cancelamos|le cancelamos|doy de baja|le doy de baja) (?:el|su|la) (?:servicio|plan|contrato|suscripci[oó]n|membres[ií]a|limpieza)(?![\p{L}])/u],
  // ("Before you decide, I can give you two months free if you stay on through the summer": the
  // agent's offer to keep a customer who is leaving treats the call as a cancellation. Not "Before you
  // decide, I can take five hundred dollars off the quote": a prospect's price, no account kept.)
  ['cancellation', /\bbefore you (?:decide|cancel|go|leave|pull the plug)\b[^.?!]*\b(?:if you (?:stay|stick around)|to (?:stay|keep you))\b|\b(?:free|off|discount\w*|credit)\b[^.?!]{0,40}\bif you (?:stay|stick around|keep (?:your|the) (?:account|plan|subscription|membership))\b|\bantes de (?:que )?(?:cancel\w*|decid\w*|se vaya)\b[^.?!]*\b(?:gratis|descuento|cr[eé]dito)\b/],
];

/** The first case the agent files in a statement, if any. */
export function agentOpensCase(agent: Sentence[]): AgentCase | null {
  for (const s of agent) {
    const f = fold(s.text);
    // A question offers, a condition explains ("If it happens again, I'll open a service request"):
    // neither files anything. A condition after the filing qualifies something else.
    if (/\?\s*$/.test(s.text)) continue;
    for (const [intent, re] of CASES) {
      const m = re.exec(f);
      if (m && !/\b(?:if|si|whether|in case)\b/.test(f.slice(0, m.index))) return { intent, evidence: evidence('intent', s) };
    }
  }
  return null;
}
