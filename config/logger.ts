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
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } } : {}),
  });
}
