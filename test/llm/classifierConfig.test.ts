/** The CLASSIFIER / LLM_* environment: defaults, the llm requirements, and the typed settings. */
import { classifierConfigFrom, classifierEnvSchema, classifierEnvShape, checkClassifierEnv } from '../../config/classifier';
import { z } from 'zod';

const problems = (env: Record<string, string>) => {
  const r = classifierEnvSchema.safeParse(env);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('classifier config', () => {
  it('defaults to the rules, with no endpoint, even when LLM_* variables are set', () => {
    expect(classifierConfigFrom(classifierEnvSchema.parse({}))).toEqual({ kind: 'rules', llm: null });
    expect(classifierConfigFrom(classifierEnvSchema.parse({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'qwen2.5' }))).toEqual({ kind: 'rules', llm: null });
  });

  it('llm: typed settings with the default timeout and no key', () => {
    const env = classifierEnvSchema.parse({ CLASSIFIER: 'llm', LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'qwen2.5:7b' });
    expect(classifierConfigFrom(env)).toEqual({
      kind: 'llm',
      llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b', apiKey: null, timeoutMs: 20000 },
    });
  });

  it('ensemble: key and timeout as given (the timeout coerced from its string)', () => {
    const env = classifierEnvSchema.parse({
      CLASSIFIER: 'ensemble',
      LLM_BASE_URL: 'https://api.openai.com/v1',
      LLM_MODEL: 'gpt-4o-mini',
      LLM_API_KEY: 'sk-x',
      LLM_TIMEOUT_MS: '15000',
    });
    expect(classifierConfigFrom(env)).toEqual({
      kind: 'ensemble',
      llm: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-x', timeoutMs: 15000 },
    });
  });

  it.each(['llm', 'ensemble'])('%s without an endpoint or a model names each missing variable', (kind) => {
    const missingBoth = problems({ CLASSIFIER: kind });
    expect(missingBoth).toHaveLength(2);
    expect(missingBoth[0]).toMatch(new RegExp(`^LLM_BASE_URL: required when CLASSIFIER=${kind}`));
    expect(missingBoth[1]).toMatch(new RegExp(`^LLM_MODEL: required when CLASSIFIER=${kind}`));
    expect(problems({ CLASSIFIER: kind, LLM_BASE_URL: 'http://localhost:8080/v1' })).toEqual([
      expect.stringMatching(/^LLM_MODEL: required/),
    ]);
    expect(problems({ CLASSIFIER: kind, LLM_MODEL: 'm' })).toEqual([expect.stringMatching(/^LLM_BASE_URL: required/)]);
  });

  it('rejects an unknown kind, a non-http URL and a bad timeout', () => {
    expect(problems({ CLASSIFIER: 'gpt' })[0]).toMatch(/^CLASSIFIER: /);
    expect(problems({ CLASSIFIER: 'llm', LLM_BASE_URL: 'not a url', LLM_MODEL: 'm' })[0]).toMatch(/^LLM_BASE_URL: must be an http\(s\) URL/);
    expect(problems({ CLASSIFIER: 'llm', LLM_BASE_URL: 'file:///etc/passwd', LLM_MODEL: 'm' })[0]).toMatch(/^LLM_BASE_URL: /);
    expect(problems({ LLM_TIMEOUT_MS: 'soon' })[0]).toMatch(/^LLM_TIMEOUT_MS: /);
    expect(problems({ LLM_TIMEOUT_MS: '0' })[0]).toMatch(/^LLM_TIMEOUT_MS: /);
    expect(problems({ LLM_TIMEOUT_MS: '1.5' })[0]).toMatch(/^LLM_TIMEOUT_MS: /);
  });

  it('classifierConfigFrom refuses an llm kind without its settings (refinement not applied)', () => {
    const unrefined = z.object(classifierEnvShape).parse({ CLASSIFIER: 'llm', LLM_MODEL: 'm' });
    expect(() => classifierConfigFrom(unrefined)).toThrow(/^LLM_BASE_URL: required when CLASSIFIER=llm/);
  });

  it('merges into a larger env schema: shape spread, check applied', () => {
    const merged = z.object({ LOG_LEVEL: z.string().default('info'), ...classifierEnvShape }).superRefine(checkClassifierEnv);
    const bad = merged.safeParse({ CLASSIFIER: 'llm' });
    expect(bad.success).toBe(false);
    const ok = merged.parse({ CLASSIFIER: 'llm', LLM_BASE_URL: 'http://127.0.0.1:8000/v1', LLM_MODEL: 'm', LOG_LEVEL: 'debug' });
    expect(classifierConfigFrom(ok).llm?.baseUrl).toBe('http://127.0.0.1:8000/v1');
  });
});
