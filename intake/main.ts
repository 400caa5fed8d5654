/**
 * `npm run intake`: the webhook intake alone, starting workflows on TEMPORAL_ADDRESS (or the
 * embedded dev server's default address). `startIntake` is the same start without the process
 * plumbing, for the `npm start` orchestrator that runs everything in one process.
 */
import type { Logger } from 'pino';
import { ConfigError, DEV_CALL_WEBHOOK_SECRET, DEV_DIALNEXA_WEBHOOK_SECRET, loadConfig, type Config } from '../config';
import { createLogger } from '../config/logger';
import { TemporalCallStarter, type CallStarter } from '../services/startCall';
import { checkFieldMap, FieldMapError } from '../integrations/dialnexa/fieldMap';
import { FileDeadLetterStore, type DeadLetterStore } from './deadLetter';
import { buildIntakeServer } from './server';
import { ReviewService } from '../services/review/reviewService';
import { FollowUpService } from '../services/followUps/followUpService';
import { InsightsService } from '../services/insights/insightsService';
import { openInsightsStore } from '../insights/openStore';
import { ReviewerTokens } from '../services/reviewers/reviewerTokens';
import type { FastifyInstance } from 'fastify';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { connectTemporal } from '../services/connectTemporal';
import { AesGcmPayloadCodec } from '../integrations/temporal/payloadCodec';

export interface IntakeDeps {
  starter: CallStarter;
  logger?: Logger;
  /** Bearer token of the admin and review routes (default config.intake.adminToken); without one they answer 404. */
  adminToken?: string;
  /** The review API and page over Temporal. */
  reviewService?: ReviewService;
  /** The follow-up API and page over Temporal. */
  followUpService?: FollowUpService;
  /** The insights page and CSV over the insights store. */
  insightsService?: InsightsService;
  /** Per-reviewer sign-in tokens (default: the file of config.intake.reviewersDbFile). */
  reviewerTokens?: ReviewerTokens | null;
  /** Defaults to a file store under config.intake.deadLetterDir. */
  deadLetters?: DeadLetterStore;
  /** Override config.intake.port (0: any free port, for tests). */
  port?: number;
}

export interface RunningIntake {
  app: FastifyInstance;
  /** http://host:port actually bound. */
  url: string;
  deadLetters: DeadLetterStore;
  close(): Promise<void>;
}

/**
 * Checks the DialNexa field map (refusing a map with unknown targets, warning about call-model
 * fields DialNexa calls will never fill), builds the server and listens.
 */
export async function startIntake(config: Config, deps: IntakeDeps): Promise<RunningIntake> {
  const log = deps.logger ?? createLogger(config, 'intake');
  const report = checkFieldMap(config.intake.fieldMap);
  if (report.errors.length) throw new FieldMapError(report.errors);
  if (report.neverFilled.length) {
    log.warn({ neverFilled: report.neverFilled }, 'DialNexa calls will never fill these call-model fields; add them to DIALNEXA_FIELD_MAP if your agent extracts them');
  }
  if (config.intake.callSecrets.includes(DEV_CALL_WEBHOOK_SECRET) || config.intake.dialnexaSecrets.includes(DEV_DIALNEXA_WEBHOOK_SECRET)) {
    // Fixed, public development secrets: printed so `npm run simulate` and curl users can sign.
    log.warn(
      { callSecret: DEV_CALL_WEBHOOK_SECRET, dialnexaSecret: DEV_DIALNEXA_WEBHOOK_SECRET },
      'using the development webhook secrets; set CALL_WEBHOOK_SECRETS and DIALNEXA_WEBHOOK_SECRETS in production',
    );
  }
  const deadLetters = deps.deadLetters ?? new FileDeadLetterStore(config.intake.deadLetterDir);
  const adminToken = deps.adminToken ?? config.intake.adminToken;
  if (config.temporal.usingDevPayloadKey) {
    log.warn('sealing Temporal payloads with the development key; set PAYLOAD_ENCRYPTION_KEYS in production');
  }
  const app = buildIntakeServer({
    config: config.intake,
    starter: deps.starter,
    deadLetters,
    logger: log,
    codec: new AesGcmPayloadCodec(config.temporal.payloadKeys),
    temporalUiUrl: config.temporal.uiUrl,
    adminToken,
    defaultRegion: regionOf(config),
    reviewService: deps.reviewService,
    followUpService: deps.followUpService,
    insightsService: deps.insightsService,
    reviewerTokens: deps.reviewerTokens === undefined ? new ReviewerTokens(config.intake.reviewersDbFile) : deps.reviewerTokens,
    slackSigningSecret: config.intake.slackSigningSecret,
  });
  await app.listen({ host: config.intake.host, port: deps.port ?? config.intake.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (deps.port ?? config.intake.port);
  const url = `http://${config.intake.host.includes(':') ? `[${config.intake.host}]` : config.intake.host}:${port}`;
  log.info({ url, deadLetterDir: config.intake.deadLetterDir, admin: Boolean(adminToken) }, 'intake listening');
  return { app, url, deadLetters, close: () => app.close() };
}

/** DEFAULT_REGION (policy) also decides how DialNexa numbers without a country code are read. */
function regionOf(config: Config): CountryCode {
  const region = (config.policy.defaultRegion ?? 'US').toUpperCase();
  return isSupportedCountry(region) ? region : 'US';
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config, 'intake');
  const { client, address, close } = await connectTemporal(config);
  const intake = await startIntake(config, {
    starter: new TemporalCallStarter(client, config.temporal.taskQueue),
    logger: log,
    reviewService: new ReviewService(client, { namespace: config.temporal.namespace, temporalUiUrl: config.temporal.uiUrl }),
    followUpService: new FollowUpService(client, { namespace: config.temporal.namespace, temporalUiUrl: config.temporal.uiUrl }),
    insightsService: new InsightsService(openInsightsStore(config.insights)),
  });
  console.log(`intake listening on ${intake.url} (POST /webhooks/calls, POST /webhooks/dialnexa; Temporal ${address})`);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'intake shutting down');
    // Finish in-flight deliveries (Fastify waits for them), then drop the Temporal connection.
    await intake.close();
    await close();
    process.exit(0);
  };
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void shutdown(sig));
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof ConfigError || err instanceof FieldMapError ? err.message : err);
    process.exit(1);
  });
}
