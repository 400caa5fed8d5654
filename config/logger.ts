/** One pino logger for the process: JSON lines in production, readable lines on a terminal. */
import pino, { type Logger } from 'pino';
import type { Config } from './index';

export function createLogger(config: Pick<Config, 'logLevel'>, name = 'dialnexa-referralrock'): Logger {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return pino({
    name,
    level: config.logLevel,
    // Callers' phone numbers and emails never belong in logs.
    redact: { paths: ['*.email', '*.phone', '*.fromNumber', '*.from_number', 'headers.authorization'], censor: '[redacted]' },
    // Request lines name the method and path only: a sign-in link's `?token=` must not reach the log.
    serializers: { req: requestLine },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } } : {}),
  });
}

/** A request as the log shows it: the query string's secrets (token, signature) replaced. */
export function requestLine(req: { method?: string; url?: string; id?: unknown; ip?: string }): Record<string, unknown> {
  return { method: req.method, url: scrubUrl(req.url ?? ''), id: req.id, remoteAddress: req.ip };
}

export function scrubUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const k of [...params.keys()]) if (/token|secret|signature|key|code/i.test(k)) params.set(k, '[redacted]');
  return `${url.slice(0, q)}?${params.toString()}`;
}
