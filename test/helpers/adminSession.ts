/**
 * The admin surfaces (review, follow-ups) as their tests reach them: a real intake (webhooks and
 * all) with admin routes added, as intake/server.ts adds them; the API with a bearer token; the
 * pages' token sign-in, session cookie and CSRF token; form posts as a browser sends them.
 */
import type { FastifyInstance } from 'fastify';
import { buildIntakeServer } from '../../intake/server';
import { TemporalCallStarter } from '../../services/startCall';
import type { Stack } from './stack';

export interface AdminIntake {
  app: FastifyInstance;
  url: string;
}

/** The stack's intake configuration on a random port, with `addRoutes` (e.g. registerReviewRoutes) added before it listens. */
export async function adminIntake(stack: Stack, addRoutes: (app: FastifyInstance) => void): Promise<AdminIntake> {
  const intake = buildIntakeServer({
    config: stack.config.intake,
    starter: new TemporalCallStarter(stack.client, stack.config.temporal.taskQueue),
    deadLetters: stack.deadLetters,
  });
  addRoutes(intake);
  await intake.listen({ host: '127.0.0.1', port: 0 });
  const address = intake.server.address();
  return { app: intake, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

export interface Reply<Body> {
  status: number;
  json: Body;
  text: string;
  headers: Headers;
}

export interface CallOptions {
  /** The bearer token; null sends none (the default is the suite's admin token). */
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A caller of the admin API at `base()` (read at each call: the intake starts in beforeAll),
 * authenticated with `token` unless told otherwise. Redirects are answers, not followed. The JSON
 * answer is read loosely into `Body`: each assertion says what must be there.
 */
export function adminApi<Body>(base: () => string, token: string) {
  return async function call(method: string, path: string, opts: CallOptions = {}): Promise<Reply<Body>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token !== null) headers.authorization = `Bearer ${opts.token ?? token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base()}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), redirect: 'manual' });
    const text = await res.text();
    const json = (res.headers.get('content-type') ?? '').includes('json') && text ? (JSON.parse(text) as Body) : ({} as Body);
    return { status: res.status, json, text, headers: res.headers };
  };
}

/** The CSRF token a signed-in page's forms carry. */
export function csrfOf(pageHtml: string): string | undefined {
  return /name="csrf" value="([^"]+)"/.exec(pageHtml)?.[1];
}

/** Posts a form to `url` as the browser does: with the session cookie, not following the redirect. */
export function postForm(url: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** With the admin routes off, each of `routes` answers 404 even to the right token. */
export async function expectAllNotFound(url: string, routes: string[][], token: string): Promise<void> {
  for (const [method, path] of routes) {
    const res = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
    expect([path, res.status]).toEqual([path, 404]);
  }
}
