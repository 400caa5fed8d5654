/**
 * Reads a webhook body as raw bytes (signatures cover the exact bytes, so nothing may parse or
 * re-encode them first) and enforces the 1 MiB limit in a way the sender can hear.
 *
 * Fastify's own limit answers 413 as soon as it sees a large Content-Length and closes the socket
 * without reading the body; a sender still writing then gets a broken pipe instead of the 413
 * (Python's urllib does, and so do many webhook senders). So a body over the limit is read to its
 * end and thrown away, up to DRAIN_LIMIT_BYTES, before the 413 goes out. Past that we stop reading:
 * nobody legitimate sends 8 MiB to a webhook, and draining it would only help an attacker.
 */
import type { IncomingMessage } from 'node:http';

export const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  readonly statusCode = 413;
  readonly code = 'FST_ERR_CTP_BODY_TOO_LARGE';
  constructor(limit: number) {
    super(`the body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

export function readRawBody(
  payload: IncomingMessage,
  limit: number,
  done: (err: Error | null, body?: Buffer) => void,
): void {
  const declared = Number(payload.headers['content-length']);
  if (declared > DRAIN_LIMIT_BYTES) {
    done(new BodyTooLargeError(limit));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (err: Error | null, body?: Buffer) => {
    if (finished) return;
    finished = true;
    payload.removeListener('data', onData);
    payload.removeListener('end', onEnd);
    payload.removeListener('error', onError);
    done(err, body);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    else chunks.length = 0; // over the limit: keep reading so the sender can finish, keep nothing
    if (size > DRAIN_LIMIT_BYTES) finish(new BodyTooLargeError(limit));
  };
  const onEnd = () => finish(size > limit ? new BodyTooLargeError(limit) : null, size > limit ? undefined : Buffer.concat(chunks, size));
  const onError = (err: Error) => finish(err);
  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onError);
}
