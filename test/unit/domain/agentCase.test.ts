/**
 * The case the agent files for the caller (agentCase.ts), and what it does to the call's intent: a
 * service call the readings took for a sale is read by what the agent filed.
 */
import { agentOpensCase } from '../../../domain/classify/agentCase';
import { agentSentences } from '../../../domain/text';
import { classifyCall } from '../../../domain/classify';
import { judgeByRules } from '../../../domain/classify/rulesClassifier';
import { validateSignals } from '../../../domain/classify/signals';
import { callerIdentity } from '../../../domain/identity';
import { makeContext } from '../../../domain/classify/context';
import { decideMatch } from '../../../domain/match';
import { makeCall, policy } from './helpers';

const filed = (turns: string[]) => agentOpensCase(agentSentences(makeCall({ turns })))?.intent ?? null;

describe('the case the agent files', () => {
  it.each([
    [["C: Second time now your site survey guy just doesn't show.", "A: I completely understand. I'm logging a complaint about both missed appointments."], 'complaint'],
    [['C: Ayer me llamaron tres personas distintas.', 'A: Entendido. Registro su queja por las llamadas repetidas.'], 'complaint'],
    [['C: The app is just flat since the hailstorm.', "A: Okay. I'll open a service request for hail damage and zero production."], 'support'],
    [['C: La troca tres no me aparece en el mapa.', 'A: Le abro un reporte para que soporte lo revise hoy mismo.'], 'support'],
    [['C: Why did you run my card twice?', "A: Absolutely. I'll get the duplicate two hundred fifty dollars refunded to your card today."], 'billing'],
    [['C: End the monitoring, yeah.', 'A: Understood. The monitoring plan ends at the close of this billing cycle.'], 'cancellation'],
    [['C: People scan the QR code and get a 404 page.', "A: Understood. I'll open a ticket for the QR link and ask for replacement cards if the code can't be redirected."], 'support'],
    [["C: The loaner inverter you left is throwing F-27.", "A: Please leave it as it is. I'll get a technician to check it and the feed it's on."], 'support'],
    [['C: One of the panels has a spiderweb crack across the whole thing now.', 'A: A cracked panel can still carry voltage. A technician should inspect it.'], 'support'],
    [['C: La cafetera está tirando agua por abajo.', 'A: Hizo bien en desconectarla. Voy a pedir que un técnico se comunique con usted.'], 'support'],
    [['C: Alguien entró a mi cuenta y cambió la cuenta del banco.', 'A: Voy a pasar esto ahora mismo al equipo de seguridad para que congelen los pagos.'], 'support'],
    [["C: We're selling the building and I need to end the service there.", "A: Yes, thirty days' notice. I can log today as the notice date, February twenty-fourth."], 'cancellation'],
    [['C: La primera nómina salió un día tarde.', 'A: Entiendo su molestia. Voy a registrar una queja formal.'], 'complaint'],
    [['C: En mi perfil aparece otro correo, uno que no es mío.', 'A: Lo voy a escalar con el equipo de seguridad de cuentas.'], 'support'],
    [['C: It asks me for Oregon withholding. Is that right?', "A: It usually doesn't apply. I'll ask our tax team to confirm it on your setup, though."], 'support'],
    [['C: Dice E cero dos uno.', 'A: Perfecto, anoto el código E021. Eso lo revisa el equipo de servicio.'], 'support'],
    [['C: So I need to stop it. Cancel.', 'A: I understand. I can start the cancellation.'], 'cancellation'],
    [['C: I want that money back.', "A: I can't issue a credit myself. I'll send both invoices to our billing team with your note."], 'billing'],
    [["C: I'm getting every one of them three times.", "A: Oh, that's definitely not right. I'll report it as a bug so you only get one reminder per appointment."], 'support'],
    [['C: My W-2s have the wrong amount in box twelve.', 'A: Thanks, Amara. I see a known issue with box twelve codes on some accounts this month.'], 'support'],
    [["C: It said 'grid-tie fault'. I'd like somebody to look at the battery.", "A: Of course. I'm opening a service case for the backup transfer failure."], 'support'],
  ])('%j files %s', (turns, intent) => {
    expect(filed(turns)).toBe(intent);
  });

  it.each([
    [['C: It is beeping again.', 'A: Do you want me to open a service request?']],
    [['C: Okay.', "A: If it happens again, I'll open a service request."]],
    [['C: I want a quote for my roof.', "A: Great, I'll put in a request for a site survey."]],
    [['C: When can you start?', "A: I'll send a technician for the install on Monday."]],
    [['C: Can someone come out Friday at three for the quote?', "A: Friday at 3 PM. I'll have the tech give you a call at three to confirm and head over."]],
    [["C: I'm a student looking for an apprenticeship.", "A: I don't handle hiring, but I can pass your interest to our operations team."]],
  ])('files nothing in %j', (turns) => {
    expect(filed(turns)).toBeNull();
  });

  it('a service call read as a sale is the case the agent filed', () => {
    const call = makeCall({
      fromNumber: '+14155550101',
      turns: [
        'A: Kestrel Solar, Nova speaking.',
        "C: So I've got squirrels. Under the panels. And yesterday the system shut itself off and there's chewed wire, I'm pretty sure.",
        "A: Please don't touch any of the wiring. I'll put in an urgent service request. Best callback number?",
        'C: This one. Can someone call me back in an hour and a half? I have a meeting.',
      ],
    });
    const identity = callerIdentity(call);
    const signals = validateSignals(call, judgeByRules(call, { identity, policy })).signals;
    const { classification } = classifyCall(makeContext(call, identity, policy), decideMatch([], new Map(), identity, policy), signals);
    expect(classification.intent).toBe('support');
    expect(classification.suppression.reason).toBe('support');
  });
});
