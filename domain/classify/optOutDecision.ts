/**
 * The opt-out detector's reading (optOut.ts) weighed against the call model's opt-out head
 * (callModel.ts). Rule 3: an opt-out the engine cannot be sure of is held, never guessed, and two
 * sources that disagree are exactly that. The model never applies an opt-out on its own and never
 * lifts one; it only turns a disagreement into a hold:
 *  - the detector affirms an opt-out that the model reads, clearly, as no opt-out at all (another
 *    company's list, a robocall's menu, a past request already settled): held, not applied;
 *  - the call holds no words the detector's frames know, but the model reads it as an opt-out or a
 *    possible one (a wording no frame lists): held, with the caller's sentence that weighs most
 *    towards it. Where the frames saw words and their guards set them aside ("don't take me off
 *    the list", someone else's words), the detector's reading of negation and speaker stands.
 * Missing an opt-out cannot be undone; a hold can, by the reviewer.
 */
import type { OptOutReading } from './callModel';
import type { Quote, Signals } from './signals';
import { scopeOfWords } from './optOut';

/** How sure the model must be that there is no opt-out before an affirmed one is held instead. */
const CLEARLY_NONE = 0.8;

/**
 * The model clearly reads no opt-out where the detector affirms one. (On a call the low-fit
 * detector heard as spam or a vendor an opt-out is applied or nothing: a hold would pause a record
 * the robocall only spoofed.)
 */
export function modelDoubtsOptOut(reading: OptOutReading | null, lowFitHeard: boolean): boolean {
  return reading != null && !lowFitHeard && reading.p.none >= CLEARLY_NONE;
}

export interface OptOutContext {
  /** The low-fit detector heard spam, a vendor or a wrong number. */
  lowFitHeard: boolean;
  /** The call was read as low fit (by the detector or the intent model). */
  lowFitCall: boolean;
  /** The opt-out frames saw words of theirs, whatever their guards decided. */
  framesSawWords: boolean;
}

export function weighOptOut(detected: Signals['optOut'], reading: OptOutReading | null, ctx: OptOutContext): Signals['optOut'] {
  if (!reading) return detected;
  if (detected.status === 'affirmed' && modelDoubtsOptOut(reading, ctx.lowFitHeard)) return { ...detected, status: 'uncertain' };
  if (detected.status === 'none' && !ctx.lowFitCall && !ctx.framesSawWords && reading.evidence) {
    const top = (Object.entries(reading.p) as Array<[keyof OptOutReading['p'], number]>).sort((a, b) => b[1] - a[1])[0][0];
    if (top !== 'none') {
      const quote: Quote = { turn: reading.evidence.turn, quote: reading.evidence.text };
      return { status: 'uncertain', scope: scopeOfWords([quote.quote]), evidence: [quote] };
    }
  }
  return detected;
}
