/**
 * Routes the Temporal SDK's own log lines (worker state, activity failures, core) into our pino
 * logger, so a process writes one log format. Must run before any worker or native connection.
 */
import { Runtime, type LogLevel, type LogMetadata, type Logger as TemporalLogger } from '@temporalio/worker';
import type { Logger } from 'pino';

/** The ReferralRock worker runs activities only, by design: the SDK's warning about it is noise. */
export function isExpectedNotice(message: string): boolean {
  return message.startsWith('No workflows registered');
}

export function installRuntimeLogger(log: Logger): void {
  const sdk = log.child({ component: 'temporal-sdk' });
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => {
    const fields = (meta ?? {}) as Record<string, unknown>;
    if (isExpectedNotice(message)) return sdk.debug(fields, message);
    switch (level) {
      case 'TRACE':
        return sdk.trace(fields, message);
      case 'DEBUG':
        return sdk.debug(fields, message);
      case 'INFO':
        return sdk.info(fields, message);
      case 'WARN':
        return sdk.warn(fields, message);
      default:
        return sdk.error(fields, message);
    }
  };
  const logger: TemporalLogger = {
    log: write,
    trace: (m, meta) => write('TRACE', m, meta),
    debug: (m, meta) => write('DEBUG', m, meta),
    info: (m, meta) => write('INFO', m, meta),
    warn: (m, meta) => write('WARN', m, meta),
    error: (m, meta) => write('ERROR', m, meta),
  };
  Runtime.install({ logger });
}
