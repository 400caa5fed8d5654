/**
 * Which classifier judges calls, read from the environment:
 *   CLASSIFIER      rules (default, embedded, no network) | llm | ensemble
 *   LLM_BASE_URL    an OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 (llm, ensemble)
 *   LLM_MODEL       the model name the endpoint knows (llm, ensemble)
 *   LLM_API_KEY     optional: sent as a Bearer token (local servers need none)
 *   LLM_TIMEOUT_MS  per request, default 20000
 *
 * Kept apart so config/index.ts can merge it: spread `classifierEnvShape` into its env schema, apply
 * `checkClassifierEnv` to the merged schema with `.superRefine`, and build the typed settings with
 * `classifierConfigFrom(parsedEnv)`. Like there, empty strings are expected to be dropped before
 * parsing (loadConfig does it): `LLM_API_KEY=` means "no key".
 */
import { z } from 'zod';

export const classifierKindSchema = z.enum(['rules', 'llm', 'ensemble']);
export type ClassifierKind = z.infer<typeof classifierKindSchema>;

export const classifierEnvShape = {
  CLASSIFIER: classifierKindSchema.default('rules'),
  // http(s) only: a file: or data: URL would be a typo, not an endpoint.
  LLM_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:11434/v1' }).optional(),
  LLM_MODEL: z.string().trim().min(1).optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  // No upper bound here: whoever runs the classifier (an activity) must fit it in its own timeout.
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20000),
};

type ClassifierEnvShape = z.output<z.ZodObject<typeof classifierEnvShape>>;

/** `llm` and `ensemble` cannot run without an endpoint and a model; says which variable is missing. */
export function checkClassifierEnv(env: ClassifierEnvShape, ctx: z.RefinementCtx): void {
  if (env.CLASSIFIER === 'rules') return;
  for (const name of ['LLM_BASE_URL', 'LLM_MODEL'] as const) {
    if (!env[name]) {
      ctx.addIssue({ code: 'custom', path: [name], message: `required when CLASSIFIER=${env.CLASSIFIER} (set ${name}, or use CLASSIFIER=rules)` });
    }
  }
}

export const classifierEnvSchema = z.object(classifierEnvShape).superRefine(checkClassifierEnv);
export type ClassifierEnv = z.output<typeof classifierEnvSchema>;

export interface LlmSettings {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
}

export interface ClassifierConfig {
  kind: ClassifierKind;
  /** null with `rules`: no endpoint is called, even when LLM_* variables are set. */
  llm: LlmSettings | null;
}

/**
 * The typed settings from an env already parsed by `classifierEnvSchema` (or a schema that merged
 * its shape). Throws when an llm kind lacks its settings, in case the refinement was not applied.
 */
export function classifierConfigFrom(env: Pick<ClassifierEnv, keyof ClassifierEnv>): ClassifierConfig {
  if (env.CLASSIFIER === 'rules') return { kind: 'rules', llm: null };
  if (!env.LLM_BASE_URL || !env.LLM_MODEL) {
    const missing = !env.LLM_BASE_URL ? 'LLM_BASE_URL' : 'LLM_MODEL';
    throw new Error(`${missing}: required when CLASSIFIER=${env.CLASSIFIER}`);
  }
  return {
    kind: env.CLASSIFIER,
    llm: { baseUrl: env.LLM_BASE_URL, model: env.LLM_MODEL, apiKey: env.LLM_API_KEY ?? null, timeoutMs: env.LLM_TIMEOUT_MS },
  };
}
