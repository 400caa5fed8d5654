/**
 * A tiny real HTTP server answering canned ReferralRock responses, for the client's unit tests only
 * (the service itself is always tested against the sandbox). A real server, not a mocked axios, so
 * the tests see exactly what goes over the wire: method, path, query string, auth header, body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  /** Parsed JSON body, or undefined when empty / not JSON. */
  body: unknown;
}

export interface Canned {
  status?: number;
  /** Serialised as JSON unless `raw` is given. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  /** Wait before answering (to trigger client timeouts). */
  delayMs?: number;
}

export type Handler = (req: SeenRequest) => Canned | Promise<Canned>;

export interface FakeReferralRock {
  url: string;
  seen: SeenRequest[];
  /** Replace the handler between tests. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startFakeReferralRock(handler: Handler = () => ({ status: 404 })): Promise<FakeReferralRock> {
  let current = handler;
  const seen: SeenRequest[] = [];
  // Pending delayed answers, cleared on close so no timer outlives the test.
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = rawBody ? (JSON.parse(rawBody) as unknown) : undefined;
      } catch {
        body = undefined;
      }
      const url = new URL(req.url ?? '/', 'http://fake');
      const request: SeenRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        body,
      };
      seen.push(request);
      Promise.resolve(current(request))
        .then(async (canned) => {
          if (canned.delayMs) await sleep(canned.delayMs);
          if (res.destroyed) return;
          const payload = canned.raw ?? (canned.body === undefined ? '' : JSON.stringify(canned.body));
          res.writeHead(canned.status ?? 200, {
            ...(canned.raw === undefined && canned.body !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
            ...canned.headers,
          });
          res.end(payload);
        })
        .catch((err: unknown) => {
          res.writeHead(599);
          res.end(String(err));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    handle(h) {
      current = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL where nothing listens: a port we bound and released. */
export async function deadUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

export const KEYS = { publicKey: 'pub-key-123', privateKey: 'priv-key-456' };

export function basicAuthOf(publicKey: string, privateKey: string): string {
  return `Basic ${Buffer.from(`${publicKey}:${privateKey}`).toString('base64')}`;
}

/** An API-shaped member with the fields a list would carry. */
export function member(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    displayName: `Member ${id}`,
    firstName: 'Sam',
    lastName: 'Lee',
    email: `${id}@example.com`,
    phone: '+14155550101',
    externalIdentifier: '',
    referralCode: `CODE-${id}`,
    programId: 'prog-main',
    programName: 'main',
    programTitle: 'Main',
    disabledFlag: false,
    payoutInfo: null,
    dateOfBirth: null,
    customOption1Name: null,
    customOption1Value: null,
    customText1Name: 'Call note',
    customText1Value: '',
    customText2Name: null,
    customText2Value: null,
    rewardAmountTotal: 150,
    createDt: '2026-02-18T13:22:41.56Z',
    someNewField: 'kept',
    ...extra,
  };
}

/** An API-shaped referral. */
export function referral(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    firstName: 'Dana',
    lastName: 'Whitfield',
    fullName: 'Dana Whitfield',
    email: `${id}@northwind.io`,
    phoneNumber: '+14155550123',
    companyName: 'Northwind',
    externalIdentifier: null,
    amount: 2500,
    amountFormatted: '$2,500.00',
    status: 'pending',
    preferredContact: 'callMorning',
    note: 'first call',
    publicNote: '',
    programId: 'prog-main',
    referringMemberId: 'm-1',
    referringMemberName: 'Sam Lee',
    memberEmail: 'm-1@example.com',
    memberReferralCode: 'SAM-22',
    createDate: '2026-02-18T13:22:41.56Z',
    approvedDate: null,
    qualifiedDate: null,
    IPAddressSource: null,
    ...extra,
  };
}
