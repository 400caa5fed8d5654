/**
 * Injected faults, switchable at run time through PUT /_sandbox/faults, so the client's retries,
 * back-off and circuit handling can be exercised against something that misbehaves like a real API:
 * a share of requests answered 500/503, a share answered 429 with `Retry-After`, added latency, and
 * "down" (every /api request refused with 503). Faults apply to /api routes only, never /_sandbox.
 * Two extensions beyond the contract's list: `writesOnly` (faults hit write methods only, so reads
 * stay clean) and `lostResponseRate` (a write is APPLIED and logged, then its answer is replaced by
 * a 502, as when a response is lost on the way back: the case that makes creates duplicate).
 */
import { z } from 'zod';

export interface FaultSettings {
  errorRate: number;
  rateLimitRate: number;
  retryAfterSeconds: number;
  latencyMs: number;
  down: boolean;
  writesOnly: boolean;
  lostResponseRate: number;
}

export const NO_FAULTS: FaultSettings = {
  errorRate: 0,
  rateLimitRate: 0,
  retryAfterSeconds: 1,
  latencyMs: 0,
  down: false,
  writesOnly: false,
  lostResponseRate: 0,
};

/** PUT body: every field optional; an omitted field keeps its value. */
export const faultPatchSchema = z.strictObject({
  errorRate: z.number().min(0).max(1).optional(),
  rateLimitRate: z.number().min(0).max(1).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  down: z.boolean().optional(),
  writesOnly: z.boolean().optional(),
  lostResponseRate: z.number().min(0).max(1).optional(),
});

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'down' }
  | { kind: 'rateLimit'; retryAfterSeconds: number }
  | { kind: 'error'; status: 500 | 503 };

export class Faults {
  private current: FaultSettings = { ...NO_FAULTS };

  constructor(private readonly random: () => number = Math.random) {}

  get(): FaultSettings {
    return { ...this.current };
  }

  update(patch: Partial<FaultSettings>): FaultSettings {
    this.current = { ...this.current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    return this.get();
  }

  clear(): void {
    this.current = { ...NO_FAULTS };
  }

  /** What to do with one /api request. Down wins; then throttling (checked first, as a gateway would); then errors. */
  decide(isWrite: boolean): FaultDecision {
    const f = this.current;
    if (f.down) return { kind: 'down' };
    if (f.writesOnly && !isWrite) return { kind: 'none' };
    if (f.rateLimitRate > 0 && this.random() < f.rateLimitRate) return { kind: 'rateLimit', retryAfterSeconds: f.retryAfterSeconds };
    if (f.errorRate > 0 && this.random() < f.errorRate) return { kind: 'error', status: this.random() < 0.5 ? 500 : 503 };
    return { kind: 'none' };
  }

  /** After an accepted write: should its answer be lost? */
  loseResponse(): boolean {
    const f = this.current;
    return f.lostResponseRate > 0 && this.random() < f.lostResponseRate;
  }
}
