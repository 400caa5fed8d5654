/**
 * A local stand-in for an OpenAI-compatible chat-completions server, for contract tests: no network,
 * no model. Each POST /v1/chat/completions takes the next scripted answer from a queue and records
 * the request (body and headers) so tests can assert on exactly what the client sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Scripted =
  /** 200 with this value as the message content, JSON-encoded (a Signals object, or anything). */
  | { kind: 'content'; value: unknown }
  /** 200 with this raw string as the content (non-JSON, fenced JSON). */
  | { kind: 'raw'; content: string }
  /** 200 with `message.refusal` set and no content. */
  | { kind: 'refusal'; refusal: string }
  /** This status and raw body as sent (a proxy's HTML page, a non-chat JSON body). */
  | { kind: 'body'; status: number; body: string }
  /** This HTTP status with an OpenAI-style error body. */
  | { kind: 'status'; status: number; message?: string }
  /** Wait this long before answering (longer than the client's timeout), then answer `then`. */
  | { kind: 'delay'; ms: number; then: Scripted };

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body (null when it was not JSON). */
  body: unknown;
}

export interface OpenAiStandIn {
  /** e.g. http://127.0.0.1:54321/v1 : what LLM_BASE_URL would be. */
  baseUrl: string;
  requests: Recorded[];
  enqueue(...answers: Scripted[]): void;
  /** Answers still queued (a test that scripted one answer per request should end at 0). */
  pending(): number;
  close(): Promise<void>;
}

function completion(message: Record<string, unknown>, finishReason: string) {
  return {
    id: 'chatcmpl-standin',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'stand-in',
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: finishReason }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

export async function startOpenAiStandIn(): Promise<OpenAiStandIn> {
  const queue: Scripted[] = [];
  const requests: Recorded[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const answer = (res: http.ServerResponse, s: Scripted): void => {
    const send = (status: number, body: unknown, raw = false) => {
      if (res.destroyed) return; // the client gave up (timeout) before the delay ended
      res.writeHead(status, { 'content-type': raw ? 'text/html' : 'application/json' }).end(raw ? String(body) : JSON.stringify(body));
    };
    switch (s.kind) {
      case 'content':
        return send(200, completion({ content: JSON.stringify(s.value), refusal: null }, 'stop'));
      case 'raw':
        return send(200, completion({ content: s.content, refusal: null }, 'stop'));
      case 'refusal':
        return send(200, completion({ content: null, refusal: s.refusal }, 'stop'));
      case 'body':
        return send(s.status, s.body, true);
      case 'status':
        return send(s.status, { error: { message: s.message ?? `scripted ${s.status}`, type: 'server_error' } });
      case 'delay': {
        const t = setTimeout(() => {
          timers.delete(t);
          answer(res, s.then);
        }, s.ms);
        timers.add(t);
        return;
      }
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {
        // recorded as null: the test asserting on the body fails
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        return answer(res, { kind: 'status', status: 404, message: `no route ${req.method} ${req.url}` });
      }
      const next = queue.shift();
      // An unscripted request is a test bug: say so loudly rather than invent an answer.
      answer(res, next ?? { kind: 'status', status: 599, message: 'stand-in: no scripted answer left' });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...answers) => void queue.push(...answers),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
