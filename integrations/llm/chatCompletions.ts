/**
 * A small client for any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI's v1
 * API, Ollama, llama.cpp server, vLLM): one POST to `${baseUrl}/chat/completions` asking for a
 * strict JSON Schema answer, and the answer checked before anyone sees it.
 *
 * It never retries and never falls back: the caller decides (the classifier seam falls back to the
 * rules, an activity retries). Every failure is one of the error classes below, so the caller can
 * tell "the model is down" (retryable) from "the model answered something unusable" (not).
 */
import axios, { isAxiosError } from 'axios';
import { z } from 'zod';

export interface ChatCompletionsOptions {
  /** e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:8080/v1 (llama.cpp). */
  baseUrl: string;
  model: string;
  /** Sent as `Authorization: Bearer <apiKey>`; local servers usually need none. */
  apiKey?: string | null;
  /** Whole-request deadline, connection included. */
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface StructuredRequest<T> {
  messages: ChatMessage[];
  /** `response_format.json_schema.name`. */
  schemaName: string;
  /** The JSON Schema the model must fill (strict structured output). */
  jsonSchema: Record<string, unknown>;
  /** Its zod twin: not every server enforces `strict`, so the answer is checked here too. */
  schema: z.ZodType<T>;
  /** Cancels the request (e.g. an activity's cancellation signal). */
  signal?: AbortSignal;
}

// ---------------------------------------------------------------------------------------------
// Errors. None keeps the axios error as `cause`: its config carries the Authorization header, and
// loggers and Temporal's failure converter serialise causes.

export abstract class LlmError extends Error {
  /** true: the same request may succeed later (outage, overload, timeout). */
  abstract readonly retryable: boolean;

  protected constructor(
    message: string,
    /** The URL called (no credentials), for logs. */
    readonly endpoint: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** No answer came back: connection refused, reset, DNS, or the caller cancelled. */
export class LlmUnreachable extends LlmError {
  readonly retryable = true;

  constructor(
    /** Node/axios code (ECONNREFUSED, ERR_CANCELED, ...) or null. */
    readonly code: string | null,
    detail: string,
    endpoint: string,
  ) {
    super(`LLM endpoint ${endpoint} unreachable: ${detail}`, endpoint);
  }
}

/** The deadline passed before a complete answer. A kind of unreachable: nothing usable came back. */
export class LlmTimeout extends LlmUnreachable {
  constructor(
    readonly timeoutMs: number,
    endpoint: string,
  ) {
    super('ETIMEDOUT', `no answer within ${timeoutMs} ms`, endpoint);
    this.message = `LLM endpoint ${endpoint} timed out after ${timeoutMs} ms`;
  }
}

/** A non-2xx answer. 408, 429 and 5xx may pass; other statuses (bad key, unknown model, bad request) will not. */
export class LlmHttpError extends LlmError {
  readonly retryable: boolean;

  constructor(
    readonly status: number,
    /** The server's own explanation, shortened, when it gave one. */
    readonly apiMessage: string | null,
    endpoint: string,
  ) {
    super(`LLM endpoint ${endpoint} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}`, endpoint);
    this.retryable = status === 408 || status === 429 || status >= 500;
  }
}

/** A 2xx body that is not a chat completion (wrong path, a proxy's HTML page, an incompatible server). */
export class LlmInvalidResponse extends LlmError {
  readonly retryable = false;

  constructor(
    readonly issues: string[],
    endpoint: string,
  ) {
    super(`LLM endpoint ${endpoint} answered with something that is not a chat completion: ${issues.join('; ')}`, endpoint);
  }
}

/** The model refused (`message.refusal`) or returned no content at all. */
export class LlmNoContent extends LlmError {
  readonly retryable = false;

  constructor(
    /** The model's refusal text; null when the content was simply empty. */
    readonly refusal: string | null,
    readonly finishReason: string | null,
    endpoint: string,
  ) {
    super(
      refusal !== null
        ? `LLM refused: ${refusal.slice(0, 300)}`
        : `LLM returned no content (finish_reason ${finishReason ?? 'unknown'})`,
      endpoint,
    );
  }
}

/** The content is not JSON (a server that ignored response_format, or an answer cut off at max tokens). */
export class LlmNotJson extends LlmError {
  readonly retryable = false;

  constructor(
    /** The start of the content, for the log. */
    readonly excerpt: string,
    readonly finishReason: string | null,
    endpoint: string,
  ) {
    super(`LLM content is not JSON (finish_reason ${finishReason ?? 'unknown'}): ${JSON.stringify(excerpt)}`, endpoint);
  }
}

/** The content is JSON but does not fit the schema asked for. */
export class LlmSchemaMismatch extends LlmError {
  readonly retryable = false;

  constructor(
    readonly issues: string[],
    endpoint: string,
  ) {
    super(`LLM answer does not fit the schema: ${issues.slice(0, 10).join('; ')}`, endpoint);
  }
}

// ---------------------------------------------------------------------------------------------

/** Only what we read; servers add fields of their own (usage, system_fingerprint, timings). */
const envelopeSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullable().optional(),
          refusal: z.string().nullable().optional(),
        }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

const issuesOf = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);

export class ChatCompletionsClient {
  readonly model: string;
  readonly endpoint: string;
  private readonly apiKey: string | null;
  private readonly timeoutMs: number;

  constructor(options: ChatCompletionsOptions) {
    this.model = options.model;
    this.endpoint = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    this.apiKey = options.apiKey || null;
    this.timeoutMs = options.timeoutMs;
  }

  /** Asks for one JSON object fitting `jsonSchema`; returns it parsed by `schema`, or throws an LlmError. */
  async structured<T>(req: StructuredRequest<T>): Promise<T> {
    const body = {
      model: this.model,
      // Labelling, not writing: the same call should get the same answer.
      temperature: 0,
      messages: req.messages,
      response_format: { type: 'json_schema', json_schema: { name: req.schemaName, strict: true, schema: req.jsonSchema } },
    };
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;

    // axios's `timeout` is a socket inactivity timer; the AbortSignal makes it a hard deadline
    // (a server trickling bytes cannot hold a worker slot forever).
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = req.signal ? AbortSignal.any([deadline, req.signal]) : deadline;
    let res;
    try {
      res = await axios.post<string>(this.endpoint, body, {
        headers,
        timeout: this.timeoutMs,
        signal,
        // Read as text and parse here: a non-JSON body must become a typed error, not a string.
        responseType: 'text',
        transformResponse: (d: unknown) => d,
        validateStatus: () => true,
        // A redirect is a misconfigured base URL (http vs https); say so rather than re-POST.
        maxRedirects: 0,
        maxContentLength: 5 * 1024 * 1024,
      });
    } catch (err) {
      throw this.transportError(err, deadline, req.signal);
    }

    const text = typeof res.data === 'string' ? res.data : '';
    if (res.status < 200 || res.status >= 300) throw new LlmHttpError(res.status, apiMessageOf(text), this.endpoint);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new LlmInvalidResponse([`body is not JSON: ${JSON.stringify(text.slice(0, 200))}`], this.endpoint);
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) throw new LlmInvalidResponse(issuesOf(envelope.error), this.endpoint);

    const choice = envelope.data.choices[0];
    const finishReason = choice.finish_reason ?? null;
    const refusal = choice.message.refusal?.trim();
    if (refusal) throw new LlmNoContent(refusal, finishReason, this.endpoint);
    const content = choice.message.content?.trim();
    if (!content) throw new LlmNoContent(null, finishReason, this.endpoint);

    let answer: unknown;
    try {
      answer = JSON.parse(unfence(content));
    } catch {
      throw new LlmNotJson(content.slice(0, 200), finishReason, this.endpoint);
    }
    const parsed = req.schema.safeParse(answer);
    if (!parsed.success) throw new LlmSchemaMismatch(issuesOf(parsed.error), this.endpoint);
    return parsed.data;
  }

  private transportError(err: unknown, deadline: AbortSignal, callerSignal: AbortSignal | undefined): LlmError {
    if (deadline.aborted) return new LlmTimeout(this.timeoutMs, this.endpoint);
    if (callerSignal?.aborted) return new LlmUnreachable('ERR_CANCELED', 'cancelled by the caller', this.endpoint);
    if (isAxiosError(err)) {
      const code = err.code ?? null;
      // axios's own timer (socket idle) fired before the deadline signal.
      if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return new LlmTimeout(this.timeoutMs, this.endpoint);
      return new LlmUnreachable(code, err.message, this.endpoint);
    }
    return new LlmUnreachable(null, err instanceof Error ? err.message : String(err), this.endpoint);
  }
}

/**
 * Some servers ignore response_format (older llama.cpp and vLLM builds) and the model then wraps
 * its JSON in a Markdown fence; the JSON inside is still the answer.
 */
function unfence(content: string): string {
  const m = content.match(/^```(?:json)?\s*\n([\s\S]*?)\n?```$/i);
  return m ? m[1] : content;
}

/** OpenAI/vLLM: `{ error: { message } }`; Ollama/llama.cpp: `{ error: "..." }` or `{ error: { message } }`; else the text. */
function apiMessageOf(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  try {
    const o = JSON.parse(t) as { error?: unknown; message?: unknown };
    const e = o?.error;
    const msg = typeof e === 'string' ? e : typeof (e as { message?: unknown })?.message === 'string' ? (e as { message: string }).message : typeof o?.message === 'string' ? o.message : null;
    if (msg) return msg.slice(0, 300);
  } catch {
    // not JSON: quote the start of it
  }
  return t.slice(0, 300);
}
