/**
 * Contract tests of the model-backed classifier against a local OpenAI-compatible stand-in: what it
 * sends, what it accepts, and that every way an endpoint can fail becomes the right typed error.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Call } from '../../domain/call';
import { callerIdentity } from '../../domain/identity';
import { defaultPolicyConfig } from '../../domain/policyConfig';
import { signalsJsonSchema, validateSignals, type ClassifierContext, type Signals } from '../../domain/classify/signals';
import {
  ChatCompletionsClient,
  LlmError,
  LlmHttpError,
  LlmInvalidResponse,
  LlmNoContent,
  LlmNotJson,
  LlmSchemaMismatch,
  LlmTimeout,
  LlmUnreachable,
} from '../../integrations/llm/chatCompletions';
import { LlmClassifier, SYSTEM_PROMPT, promptHashOf } from '../../integrations/llm/llmClassifier';
import { signalsSchema } from '../../domain/classify/signals';
import { startOpenAiStandIn, type OpenAiStandIn } from './openaiStandIn';

const call: Call = {
  callId: 'call_llm_1',
  source: 'canonical',
  direction: 'outbound',
  status: 'completed',
  startedAt: '2026-11-10T16:57:00Z',
  endedAt: '2026-11-10T17:00:00Z',
  caller: { firstName: 'Dana' },
  attribution: {},
  consent: {},
  summary: 'Caller wants pricing for the team plan.',
  links: {},
  transcript: [
    { speaker: 'agent', text: 'Hi Dana, this is Maya from Brightside.' },
    { speaker: 'caller', text: 'Please stop calling me,\nI already told you twice.' },
    { speaker: 'agent', text: 'Understood, I will remove you from our call list.' },
  ],
};
const context: ClassifierContext = { identity: callerIdentity(call), policy: defaultPolicyConfig };

/** A well-formed answer: an affirmed opt-out of calls, quoted from turn 1. */
const optOutAnswer: Signals = {
  intent: { label: 'opt_out', confidence: 0.9, evidence: [{ turn: 1, quote: 'Please stop calling me' }] },
  optOut: { status: 'affirmed', scope: 'calls', evidence: [{ turn: 1, quote: 'Please stop calling me' }] },
  lowFit: { kind: null, evidence: [] },
  flags: [],
  notInterested: null,
  readyToBuy: null,
};

let standIn: OpenAiStandIn;
const TIMEOUT_MS = 3000;
const make = (over: Partial<ConstructorParameters<typeof LlmClassifier>[0]> = {}) =>
  new LlmClassifier({ baseUrl: standIn.baseUrl, model: 'stand-in-model', apiKey: 'sk-test-key', timeoutMs: TIMEOUT_MS, ...over });

/** Runs `fn`, expects it to reject, and returns the error for closer assertions. */
async function failure(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection, got an answer');
}

beforeAll(async () => {
  standIn = await startOpenAiStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.requests.length = 0;
});
afterEach(() => {
  // Every scripted answer was consumed: no test passed without actually calling the endpoint.
  expect(standIn.pending()).toBe(0);
});

describe('request shape', () => {
  it('posts model, temperature 0 and the strict signals schema, with the bearer key', async () => {
    standIn.enqueue({ kind: 'content', value: optOutAnswer });
    await make().classify(call, context);

    expect(standIn.requests).toHaveLength(1);
    const [req] = standIn.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-test-key');
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    const body = req.body as Record<string, unknown>;
    expect(body.model).toBe('stand-in-model');
    expect(body.temperature).toBe(0);
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'call_signals', strict: true, schema: signalsJsonSchema() },
    });
  });

  it('sends the rules as the system message and numbered turns, direction and the summary as a hint', async () => {
    standIn.enqueue({ kind: 'content', value: optOutAnswer });
    await make().classify(call, context);

    const messages = (standIn.requests[0].body as { messages: Array<{ role: string; content: string }> }).messages;
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[0].content).toBe(SYSTEM_PROMPT);
    const user = messages[1].content;
    expect(user).toContain('[turn 0] agent: Hi Dana, this is Maya from Brightside.');
    // A newline inside a turn is flattened so each turn stays on its own numbered line.
    expect(user).toContain('[turn 1] caller: Please stop calling me, I already told you twice.');
    expect(user).toContain('[turn 2] agent: Understood, I will remove you from our call list.');
    expect(user).toContain('Direction: outbound');
    expect(user).toMatch(/summary \(a hint, may be wrong[^\n]*Caller wants pricing for the team plan\./);
    expect(user.indexOf('[turn 0]')).toBeLessThan(user.indexOf('[turn 1]'));
  });

  it('sends no Authorization header without a key', async () => {
    standIn.enqueue({ kind: 'content', value: optOutAnswer }, { kind: 'content', value: optOutAnswer });
    await make({ apiKey: undefined }).classify(call, context);
    await make({ apiKey: '' }).classify(call, context);
    expect(standIn.requests).toHaveLength(2);
    for (const r of standIn.requests) expect(r.headers.authorization).toBeUndefined();
  });

  it('accepts a base URL with a trailing slash', async () => {
    standIn.enqueue({ kind: 'content', value: optOutAnswer });
    await make({ baseUrl: `${standIn.baseUrl}/` }).classify(call, context);
    expect(standIn.requests[0].url).toBe('/v1/chat/completions');
  });
});

describe('answers', () => {
  it('parses a scripted valid answer into Signals', async () => {
    standIn.enqueue({ kind: 'content', value: optOutAnswer });
    const signals = await make().classify(call, context);
    expect(signals).toEqual(optOutAnswer);
  });

  it('accepts JSON wrapped in a Markdown fence (servers that ignore response_format)', async () => {
    standIn.enqueue({ kind: 'raw', content: '```json\n' + JSON.stringify(optOutAnswer) + '\n```' });
    await expect(make().classify(call, context)).resolves.toEqual(optOutAnswer);
  });

  it('a refusal is LlmNoContent carrying the refusal text', async () => {
    standIn.enqueue({ kind: 'refusal', refusal: "I can't help with that." });
    const err = await failure(() => make().classify(call, context));
    expect(err).toBeInstanceOf(LlmNoContent);
    expect((err as LlmNoContent).refusal).toBe("I can't help with that.");
    expect((err as LlmError).retryable).toBe(false);
  });

  it('empty content is LlmNoContent without a refusal', async () => {
    standIn.enqueue({ kind: 'raw', content: '   ' });
    const err = await failure(() => make().classify(call, context));
    expect(err).toBeInstanceOf(LlmNoContent);
    expect((err as LlmNoContent).refusal).toBeNull();
  });

  it('non-JSON content is LlmNotJson', async () => {
    standIn.enqueue({ kind: 'raw', content: 'Sure! The caller wants to opt out.' });
    const err = await failure(() => make().classify(call, context));
    expect(err).toBeInstanceOf(LlmNotJson);
    expect((err as LlmNotJson).excerpt).toContain('Sure!');
  });

  it('JSON that does not fit the signals schema is LlmSchemaMismatch naming the field', async () => {
    const bad = { ...optOutAnswer, optOut: { ...optOutAnswer.optOut, status: 'maybe' } };
    standIn.enqueue({ kind: 'content', value: bad });
    const err = await failure(() => make().classify(call, context));
    expect(err).toBeInstanceOf(LlmSchemaMismatch);
    expect((err as LlmSchemaMismatch).issues.join('\n')).toContain('optOut.status');
  });

  it('an extra field is a schema mismatch too (the schema is strict)', async () => {
    standIn.enqueue({ kind: 'content', value: { ...optOutAnswer, reasoning: 'because' } });
    await expect(make().classify(call, context)).rejects.toBeInstanceOf(LlmSchemaMismatch);
  });

  it('a 2xx body that is not a chat completion is LlmInvalidResponse', async () => {
    standIn.enqueue({ kind: 'body', status: 200, body: '<html>proxy login</html>' }, { kind: 'body', status: 200, body: '{"choices":[]}' });
    await expect(make().classify(call, context)).rejects.toBeInstanceOf(LlmInvalidResponse);
    await expect(make().classify(call, context)).rejects.toBeInstanceOf(LlmInvalidResponse);
  });
});

describe('failures', () => {
  it('a 500 is a retryable LlmHttpError with the status and the server message', async () => {
    standIn.enqueue({ kind: 'status', status: 500, message: 'model overloaded' });
    const err = await failure(() => make().classify(call, context));
    expect(err).toBeInstanceOf(LlmHttpError);
    expect((err as LlmHttpError).status).toBe(500);
    expect((err as LlmHttpError).apiMessage).toBe('model overloaded');
    expect((err as LlmHttpError).retryable).toBe(true);
  });

  it('a 401 is an LlmHttpError that is not retryable, and never echoes the key', async () => {
    standIn.enqueue({ kind: 'status', status: 401, message: 'invalid api key' });
    const err = await failure(() => make().classify(call, context));
    expect(err).toBeInstanceOf(LlmHttpError);
    expect((err as LlmHttpError).retryable).toBe(false);
    expect(JSON.stringify(err) + String(err)).not.toContain('sk-test-key');
  });

  it('an answer slower than the timeout is LlmTimeout, thrown within the timeout', async () => {
    const timeoutMs = 300;
    standIn.enqueue({ kind: 'delay', ms: 5000, then: { kind: 'content', value: optOutAnswer } });
    const started = Date.now();
    const err = await failure(() => make({ timeoutMs }).classify(call, context));
    const elapsed = Date.now() - started;
    expect(err).toBeInstanceOf(LlmTimeout);
    expect(err).toBeInstanceOf(LlmUnreachable);
    expect((err as LlmTimeout).retryable).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 20);
    expect(elapsed).toBeLessThan(timeoutMs + 1000);
  });

  it('a closed port is LlmUnreachable (not a timeout)', async () => {
    const spare = http.createServer();
    await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
    const { port } = spare.address() as AddressInfo;
    await new Promise<void>((r) => spare.close(() => r()));
    const err = await failure(() => make({ baseUrl: `http://127.0.0.1:${port}/v1` }).classify(call, context));
    expect(err).toBeInstanceOf(LlmUnreachable);
    expect(err).not.toBeInstanceOf(LlmTimeout);
    expect((err as LlmUnreachable).code).toBe('ECONNREFUSED');
  });

  it("the caller's AbortSignal cancels the request", async () => {
    standIn.enqueue({ kind: 'delay', ms: 5000, then: { kind: 'content', value: optOutAnswer } });
    const client = new ChatCompletionsClient({ baseUrl: standIn.baseUrl, model: 'm', timeoutMs: TIMEOUT_MS });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const started = Date.now();
    const err = await failure(() =>
      client.structured({ messages: [{ role: 'user', content: 'x' }], schemaName: 'call_signals', jsonSchema: {}, schema: signalsSchema, signal: abort.signal }),
    );
    expect(err).toBeInstanceOf(LlmUnreachable);
    expect(err).not.toBeInstanceOf(LlmTimeout);
    expect((err as LlmUnreachable).code).toBe('ERR_CANCELED');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
  });
});

describe('identity and version', () => {
  it('id names the model; version is the first 12 hex of the prompt hash', () => {
    const c = make();
    expect(c.id).toBe('llm:stand-in-model');
    expect(c.model).toBe('stand-in-model');
    expect(c.promptHash).toMatch(/^[0-9a-f]{64}$/);
    expect(c.version).toBe(c.promptHash.slice(0, 12));
    expect(c.promptHash).toBe(promptHashOf(SYSTEM_PROMPT, signalsJsonSchema()));
  });

  it('the hash is stable across instances and models, and changes with the prompt or the schema', () => {
    const a = make();
    const b = make({ model: 'another-model', apiKey: null, baseUrl: 'http://127.0.0.1:1/v1' });
    expect(b.promptHash).toBe(a.promptHash);
    expect(b.version).toBe(a.version);
    expect(b.id).not.toBe(a.id);

    const schema = signalsJsonSchema();
    expect(promptHashOf(SYSTEM_PROMPT + ' ', schema)).not.toBe(a.promptHash);
    expect(promptHashOf(SYSTEM_PROMPT.replace('affirmed', 'confirmed'), schema)).not.toBe(a.promptHash);
    expect(promptHashOf(SYSTEM_PROMPT, { ...schema, description: 'changed' })).not.toBe(a.promptHash);
  });
});

describe('with validateSignals', () => {
  it('an opt-out quoting words not in the transcript loses its label: it becomes uncertain', async () => {
    const invented: Signals = {
      ...optOutAnswer,
      optOut: { status: 'affirmed', scope: 'all', evidence: [{ turn: 1, quote: 'take me off every list you have' }] },
    };
    standIn.enqueue({ kind: 'content', value: invented });
    const raw = await make().classify(call, context);
    expect(raw.optOut.status).toBe('affirmed'); // the classifier passes the answer through as given

    const { signals, refused } = validateSignals(call, raw);
    expect(signals.optOut).toEqual({ status: 'uncertain', scope: 'all', evidence: [] });
    expect(refused.join('\n')).toMatch(/opt-out affirmed: no verbatim evidence/);
    // The intent's quote is real and survives.
    expect(signals.intent.label).toBe('opt_out');
  });

  it('the same opt-out with a verbatim quote (across the flattened newline) stays affirmed', async () => {
    const verbatim: Signals = {
      ...optOutAnswer,
      optOut: { status: 'affirmed', scope: 'calls', evidence: [{ turn: 1, quote: 'Please stop calling me, I already told you twice.' }] },
    };
    standIn.enqueue({ kind: 'content', value: verbatim });
    const { signals, refused } = validateSignals(call, await make().classify(call, context));
    expect(signals.optOut.status).toBe('affirmed');
    expect(signals.optOut.evidence).toHaveLength(1);
    expect(refused).toEqual([]);
  });

  it('a quote pointing at the wrong turn is refused as well', async () => {
    const wrongTurn: Signals = { ...optOutAnswer, optOut: { ...optOutAnswer.optOut, evidence: [{ turn: 2, quote: 'Please stop calling me' }] } };
    standIn.enqueue({ kind: 'content', value: wrongTurn });
    const { signals } = validateSignals(call, await make().classify(call, context));
    expect(signals.optOut.status).toBe('uncertain');
  });
});
