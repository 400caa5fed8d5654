/**
 * Every setting of the service, read from the environment and validated once, at start, with one
 * message per missing or wrong variable. Nothing else reads process.env.
 *
 * "Embedded" defaults: with no TEMPORAL_ADDRESS the service starts its own Temporal dev server;
 * with no REFERRALROCK_BASE_URL / keys it starts and calls the local ReferralRock sandbox; with no
 * webhook secrets it uses fixed development secrets (printed at start, used by `npm run simulate`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { policyConfigSchema, type PolicyConfig } from '../domain/policyConfig';
import { checkClassifierEnv, classifierConfigFrom, classifierEnvShape, type ClassifierConfig } from './classifier';

export const DEV_CALL_WEBHOOK_SECRET = 'whsec_ZGV2LWNhbGwtd2ViaG9vay1zZWNyZXQtMDEyMzQ1Njc4OQ==';
export const DEV_DIALNEXA_WEBHOOK_SECRET = 'dev-dialnexa-webhook-secret';
/** Only with the embedded sandbox and development secrets, on a loopback intake: a demo, not a deployment. */
export const DEV_ADMIN_TOKEN = 'dev-admin-token-for-the-local-demo';
export const SANDBOX_PUBLIC_KEY = 'sandbox-public-key';
/** Seals Temporal payloads when PAYLOAD_ENCRYPTION_KEYS is unset: a development key, public by design. */
export const DEV_PAYLOAD_KEY_ID = 'dev';
export const DEV_PAYLOAD_KEY = 'ZGV2LXBheWxvYWQta2V5LW5vdC1hLXNlY3JldC0wMDE=';
export const SANDBOX_PRIVATE_KEY = 'sandbox-private-key';

const port = z.coerce.number().int().min(1).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const csv = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((v, ctx) => {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
      return z.NEVER;
    }
  }).pipe(schema);

const envSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),
  /** The insights store's SQLite file (default DATA_DIR/insights.sqlite). */
  INSIGHTS_DB: z.string().optional(),
  /** A PostgreSQL URL: the insights store lives there (schema INSIGHTS_DATABASE_SCHEMA) instead of SQLite. */
  INSIGHTS_DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  INSIGHTS_DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case letters, digits and underscores').default('insights'),
  /** The Slack app's signing secret: review notices carry approve / reject buttons that decide through /slack/interactions. */
  SLACK_SIGNING_SECRET: z.string().min(16).optional(),
  /** Per-reviewer sign-in tokens' SQLite file (default DATA_DIR/reviewers.sqlite). */
  REVIEWERS_DB: z.string().optional(),

  INTAKE_HOST: z.string().default('127.0.0.1'),
  INTAKE_PORT: port.default(3000),
  /** Public base URL of the intake (links in notices); defaults to http://INTAKE_HOST:INTAKE_PORT. */
  PUBLIC_BASE_URL: z.url().optional(),
  CALL_WEBHOOK_SECRETS: csv.pipe(z.array(z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/, 'each secret must look like whsec_<base64>')).min(1)).optional(),
  DIALNEXA_WEBHOOK_SECRETS: csv.pipe(z.array(z.string().min(8, 'each secret must be at least 8 characters')).min(1)).optional(),
  /** DialNexa post_call_analysis field -> call model path, e.g. {"caller_email":"caller.email"}. */
  DIALNEXA_FIELD_MAP: json(z.record(z.string(), z.string())).optional(),
  DIALNEXA_MAX_CALL_AGE_HOURS: z.coerce.number().positive().default(24),
  WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().positive().default(300),

  TEMPORAL_ADDRESS: z.string().optional(),
  /** `id:base64key,...` (32-byte keys): the first seals payloads, all open them (rotation). */
  PAYLOAD_ENCRYPTION_KEYS: csv
    .pipe(
      z.array(
        z.string().transform((v, ctx) => {
          const m = /^([A-Za-z0-9_.-]{1,64}):([A-Za-z0-9+/=_-]+)$/.exec(v);
          const key = m ? Buffer.from(m[2], 'base64') : null;
          if (!m || !key || key.length !== 32) {
            ctx.addIssue({ code: 'custom', message: 'each key must be <id>:<base64 of 32 random bytes> (e.g. 2026-12:$(openssl rand -base64 32))' });
            return z.NEVER;
          }
          return { id: m[1], key };
        }),
      ).min(1),
    )
    .optional(),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_API_KEY: z.string().optional(),
  TEMPORAL_TLS: bool.optional(),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /** The Temporal Web UI, for links from the review page (default: the embedded dev server's). */
  TEMPORAL_UI_URL: z.url().optional(),
  TEMPORAL_CLI_PATH: z.string().optional(),
  TEMPORAL_TEST_SERVER_PATH: z.string().optional(),
  TEMPORAL_TASK_QUEUE: z.string().default('dialnexa-calls'),
  /** Server-enforced across every worker: the global ReferralRock request budget. */
  REFERRALROCK_MAX_ACTIVITIES_PER_SECOND: z.coerce.number().positive().default(5),
  /**
   * A workflow bundle built ahead of time (`npm run build:bundle`): the worker loads it instead of
   * running webpack at start. Unset: the worker bundles workflows/ itself (development).
   */
  WORKFLOW_BUNDLE_PATH: z.string().refine((p) => existsSync(p), 'no file there: build it with `npm run build:bundle`').optional(),
  /**
   * Workflows the worker keeps in memory between tasks (about 0.6 MB each); the rest replay when
   * they wake. With 200 a worker idled at 479 MB with 1,700 calls parked and at 571 MB with 10,000
   * (README, Performance: the cache bounds the workflows held, not the rest of the heap).
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(200),

  REFERRALROCK_BASE_URL: z.url().optional(),
  REFERRALROCK_PUBLIC_KEY: z.string().optional(),
  REFERRALROCK_PRIVATE_KEY: z.string().optional(),
  /** Per request; an activity makes at most two requests within its 30 s start-to-close timeout. */
  REFERRALROCK_TIMEOUT_MS: z.coerce.number().int().positive().max(14000, 'must be at most 14000 (the three requests of a write fit its 60 s activity timeout, and each fits the 20 s heartbeat timeout)').default(10000),
  /** Member custom text slot that holds the latest call note (members have no note field). */
  REFERRALROCK_MEMBER_NOTE_SLOT: z.enum(['customText1Value', 'customText2Value']).default('customText1Value'),
  /** On an opt-out, also add the caller's email to ReferralRock's email block list. */
  REFERRALROCK_UNSUBSCRIBE_EMAIL: bool.default(true),
  /** How long a loaded member/referral list is reused for matching (REFERRALROCK_DIRECTORY=snapshot). */
  REFERRALROCK_DIRECTORY_TTL_SECONDS: z.coerce.number().int().min(0).default(30),
  /** snapshot: reread the lists every TTL; live: read once, kept fresh by ReferralRock's webhooks (large programs). */
  REFERRALROCK_DIRECTORY: z.enum(['snapshot', 'live']).default('snapshot'),
  /** The worker's listener for ReferralRock's record webhooks (live directory); port 0 = any free port. */
  RECORD_INDEX_HOST: z.string().default('127.0.0.1'),
  RECORD_INDEX_PORT: z.coerce.number().int().min(0).max(65535).default(4020),
  /** The listener's address as ReferralRock reaches it (required against a real account). */
  RECORD_INDEX_PUBLIC_URL: z.url().optional(),
  /** The secret in the webhook URLs; default: a fresh random one at each start (subscriptions are renewed at start). */
  RECORD_INDEX_HOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,}$/, 'at least 16 letters, digits, - or _').optional(),
  /** How often records created since the last read are fetched (`dateFrom`), catching a lost creation webhook. */
  RECORD_INDEX_RECONCILE_SECONDS: z.coerce.number().int().min(5).default(300),
  /** How often the whole program is read again, catching a lost update or deletion webhook. */
  RECORD_INDEX_RELOAD_HOURS: z.coerce.number().positive().max(500).default(24),

  SANDBOX_HOST: z.string().default('127.0.0.1'),
  SANDBOX_PORT: port.default(4010),
  SANDBOX_SEED: z.string().default('sandbox/demo-seed.json'),
  REFERRALROCK_SANDBOX_PUBLIC_KEY: z.string().default(SANDBOX_PUBLIC_KEY),
  REFERRALROCK_SANDBOX_PRIVATE_KEY: z.string().default(SANDBOX_PRIVATE_KEY),

  /** Bearer token for the review and dead-letter admin routes; unset: those routes are off. */
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Generic outbound webhook (Slack-compatible) for escalations and due follow-ups. */
  NOTIFIER_WEBHOOK_URL: z.url().optional(),
  REVIEW_DEADLINE_BUSINESS_HOURS: z.coerce.number().positive().default(24),

  DEFAULT_REGION: z.string().length(2).optional(),
  DEFAULT_TIMEZONE: z.string().optional(),
  MATCH_THRESHOLD: z.coerce.number().min(0).max(1).optional(),
  MATCH_MARGIN: z.coerce.number().min(0).max(1).optional(),
  HIGH_VALUE_AMOUNT: z.coerce.number().min(0).optional(),
  OWNER_RULES: json(z.array(z.unknown())).optional(),
  DEFAULT_OWNER: z.string().optional(),
  RECORD_URL_TEMPLATE: z.string().optional(),
  REFERRALROCK_PROGRAM: z.string().optional(),

  ...classifierEnvShape,
}).superRefine(checkClassifierEnv);

export interface Config {
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  dataDir: string;
  intake: {
    host: string;
    port: number;
    publicBaseUrl: string;
    callSecrets: string[];
    dialnexaSecrets: string[];
    usingDevSecrets: boolean;
    fieldMap: Record<string, string> | undefined;
    maxCallAgeHours: number;
    toleranceSeconds: number;
    deadLetterDir: string;
    adminToken: string | undefined;
    /** Per-reviewer tokens (`npm run reviewers`), besides the shared adminToken. */
    reviewersDbFile: string;
    /** Slack's signing secret for the review buttons; null turns /slack/interactions off. */
    slackSigningSecret: string | null;
  };
  notifierWebhookUrl: string | null;
  /** Where finished calls' outcomes are kept for the insights page, the CSV and the weekly digest. */
  insights: { dbFile: string; databaseUrl: string | null; databaseSchema: string };
  review: { deadlineBusinessHours: number };
  temporal: {
    /** null: start the embedded dev server on `port`. */
    address: string | null;
    /** Keys that seal payloads in Temporal (the first seals, all open); the development key when unset. */
    payloadKeys: Array<{ id: string; key: Buffer }>;
    usingDevPayloadKey: boolean;
    namespace: string;
    apiKey: string | undefined;
    tls: boolean;
    port: number;
    uiPort: number;
    /** Where operators open the Temporal Web UI; null when unknown (a cluster without TEMPORAL_UI_URL). */
    uiUrl: string | null;
    cliPath: string | undefined;
    testServerPath: string | undefined;
    taskQueue: string;
    referralRockMaxPerSecond: number;
    /** The calls worker's tuning (worker/createWorkers.ts). */
    worker: { maxCachedWorkflows: number; /** A prebuilt workflow bundle; null: bundle at start. */ bundlePath: string | null };
    dbFile: string;
  };
  referralRock: {
    /** true: the embedded sandbox is started and called. */
    sandbox: boolean;
    baseUrl: string;
    publicKey: string;
    privateKey: string;
    timeoutMs: number;
    memberNoteSlot: 'customText1Value' | 'customText2Value';
    unsubscribeEmail: boolean;
    directoryTtlSeconds: number;
    /** How matching reads the program: a snapshot per TTL, or the live index (liveDirectory.ts). */
    directory: RecordIndexConfig;
  };
  sandbox: { host: string; port: number; seedPath: string; publicKey: string; privateKey: string };
  policy: PolicyConfig;
  /** Which classifier judges calls (CLASSIFIER, LLM_*). */
  classifier: ClassifierConfig;
}

export interface RecordIndexConfig {
  mode: 'snapshot' | 'live';
  host: string;
  port: number;
  /** Where ReferralRock posts; null: the listener's own address (the sandbox on this machine). */
  publicUrl: string | null;
  /** null: a random secret per start. */
  hookSecret: string | null;
  reconcileSeconds: number;
  reloadHours: number;
  /** Remembers the webhook subscriptions this worker made (ReferralRock cannot list them). */
  stateFile: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the whole configuration; throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set": compose files and shells often export VAR= .
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];

  const rrKeysGiven = Boolean(e.REFERRALROCK_PUBLIC_KEY || e.REFERRALROCK_PRIVATE_KEY);
  const useSandbox = !e.REFERRALROCK_BASE_URL && !rrKeysGiven;
  if (!useSandbox && !(e.REFERRALROCK_PUBLIC_KEY && e.REFERRALROCK_PRIVATE_KEY)) {
    problems.push('REFERRALROCK_PUBLIC_KEY and REFERRALROCK_PRIVATE_KEY: both are required to call a real ReferralRock account');
  }
  // Secure by default: the public development secrets, keys and payload key only ever serve a
  // service that nothing outside this machine can reach.
  const intakeExposed = !isLoopback(e.INTAKE_HOST);
  const temporalHost = e.TEMPORAL_ADDRESS ? e.TEMPORAL_ADDRESS.replace(/^\[?([^\]]*?)\]?(?::\d+)?$/, '$1') : '127.0.0.1';
  const clusterRemote = !isLoopback(temporalHost);
  const reachable = intakeExposed ? `the intake listens on ${e.INTAKE_HOST}, beyond loopback` : `Temporal is at ${e.TEMPORAL_ADDRESS}, beyond loopback`;
  if (intakeExposed || clusterRemote) {
    if (!e.PAYLOAD_ENCRYPTION_KEYS) problems.push(`PAYLOAD_ENCRYPTION_KEYS: required because ${reachable}; the development key is public (make one with: echo "k1:$(openssl rand -base64 32)")`);
  }
  if (intakeExposed) {
    if (!e.CALL_WEBHOOK_SECRETS || e.CALL_WEBHOOK_SECRETS.includes(DEV_CALL_WEBHOOK_SECRET)) problems.push(`CALL_WEBHOOK_SECRETS: required because ${reachable}; the development secret is public`);
    if (!e.DIALNEXA_WEBHOOK_SECRETS || e.DIALNEXA_WEBHOOK_SECRETS.includes(DEV_DIALNEXA_WEBHOOK_SECRET)) problems.push(`DIALNEXA_WEBHOOK_SECRETS: required because ${reachable}; the development secret is public`);
    if (e.REFERRALROCK_PUBLIC_KEY === SANDBOX_PUBLIC_KEY || e.REFERRALROCK_PRIVATE_KEY === SANDBOX_PRIVATE_KEY) {
      problems.push(`REFERRALROCK_PUBLIC_KEY / REFERRALROCK_PRIVATE_KEY: the sandbox keys are public; set your account's keys because ${reachable} (or keep the sandbox demo on loopback with npm start)`);
    }
    if (e.ADMIN_TOKEN === DEV_ADMIN_TOKEN) problems.push(`ADMIN_TOKEN: the development token is public; set your own because ${reachable}`);
  }
  const sandboxUrl = `http://${e.SANDBOX_HOST}:${e.SANDBOX_PORT}`;
  const baseUrl = e.REFERRALROCK_BASE_URL ?? (useSandbox ? sandboxUrl : 'https://api.referralrock.com');
  if (e.REFERRALROCK_DIRECTORY === 'live' && !useSandbox && !e.RECORD_INDEX_PUBLIC_URL) {
    problems.push('RECORD_INDEX_PUBLIC_URL: required with REFERRALROCK_DIRECTORY=live against a real account (the address at which ReferralRock reaches the worker\'s webhook listener)');
  }
  if (!useSandbox && !e.REFERRALROCK_PROGRAM) {
    problems.push('REFERRALROCK_PROGRAM: required against a real account (the program new members join: id, name or title)');
  }

  const policyInput = {
    defaultRegion: e.DEFAULT_REGION,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    matchThreshold: e.MATCH_THRESHOLD,
    matchMargin: e.MATCH_MARGIN,
    highValueAmount: e.HIGH_VALUE_AMOUNT,
    ownerRules: e.OWNER_RULES,
    defaultOwner: e.DEFAULT_OWNER,
    recordUrlTemplate: e.RECORD_URL_TEMPLATE,
    programId: e.REFERRALROCK_PROGRAM ?? (useSandbox ? 'prog-brightside' : undefined),
  };
  const policy = policyConfigSchema.safeParse(
    Object.fromEntries(Object.entries(policyInput).filter(([, v]) => v !== undefined)),
  );
  if (!policy.success) {
    for (const i of policy.error.issues) problems.push(`policy ${i.path.join('.')}: ${i.message}`);
  }
  if (policy.success && !isValidTimeZone(policy.data.defaultTimezone)) {
    problems.push(`DEFAULT_TIMEZONE: "${policy.data.defaultTimezone}" is not an IANA time zone`);
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = path.resolve(e.DATA_DIR);
  return {
    logLevel: e.LOG_LEVEL,
    dataDir,
    intake: {
      host: e.INTAKE_HOST,
      port: e.INTAKE_PORT,
      publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://${e.INTAKE_HOST}:${e.INTAKE_PORT}`,
      callSecrets: e.CALL_WEBHOOK_SECRETS ?? [DEV_CALL_WEBHOOK_SECRET],
      dialnexaSecrets: e.DIALNEXA_WEBHOOK_SECRETS ?? [DEV_DIALNEXA_WEBHOOK_SECRET],
      usingDevSecrets: !e.CALL_WEBHOOK_SECRETS || !e.DIALNEXA_WEBHOOK_SECRETS,
      fieldMap: e.DIALNEXA_FIELD_MAP,
      maxCallAgeHours: e.DIALNEXA_MAX_CALL_AGE_HOURS,
      toleranceSeconds: e.WEBHOOK_TOLERANCE_SECONDS,
      deadLetterDir: path.join(dataDir, 'dead-letter'),
      adminToken: e.ADMIN_TOKEN ?? (useSandbox && !e.CALL_WEBHOOK_SECRETS && isLoopback(e.INTAKE_HOST) ? DEV_ADMIN_TOKEN : undefined),
      reviewersDbFile: path.resolve(e.REVIEWERS_DB ?? path.join(dataDir, 'reviewers.sqlite')),
      slackSigningSecret: e.SLACK_SIGNING_SECRET ?? null,
    },
    notifierWebhookUrl: e.NOTIFIER_WEBHOOK_URL ?? null,
    insights: {
      dbFile: path.resolve(e.INSIGHTS_DB ?? path.join(dataDir, 'insights.sqlite')),
      databaseUrl: e.INSIGHTS_DATABASE_URL ?? null,
      databaseSchema: e.INSIGHTS_DATABASE_SCHEMA,
    },
    review: { deadlineBusinessHours: e.REVIEW_DEADLINE_BUSINESS_HOURS },
    temporal: {
      address: e.TEMPORAL_ADDRESS ?? null,
      payloadKeys: e.PAYLOAD_ENCRYPTION_KEYS ?? [{ id: DEV_PAYLOAD_KEY_ID, key: Buffer.from(DEV_PAYLOAD_KEY, 'base64') }],
      usingDevPayloadKey: !e.PAYLOAD_ENCRYPTION_KEYS,
      namespace: e.TEMPORAL_NAMESPACE,
      apiKey: e.TEMPORAL_API_KEY,
      tls: e.TEMPORAL_TLS ?? Boolean(e.TEMPORAL_API_KEY),
      port: e.TEMPORAL_PORT,
      uiPort: e.TEMPORAL_UI_PORT,
      uiUrl: e.TEMPORAL_UI_URL ?? (e.TEMPORAL_ADDRESS ? null : `http://127.0.0.1:${e.TEMPORAL_UI_PORT}`),
      cliPath: e.TEMPORAL_CLI_PATH,
      testServerPath: e.TEMPORAL_TEST_SERVER_PATH,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      referralRockMaxPerSecond: e.REFERRALROCK_MAX_ACTIVITIES_PER_SECOND,
      worker: { maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS, bundlePath: e.WORKFLOW_BUNDLE_PATH ? path.resolve(e.WORKFLOW_BUNDLE_PATH) : null },
      dbFile: path.join(dataDir, 'temporal.sqlite'),
    },
    referralRock: {
      sandbox: useSandbox,
      baseUrl,
      publicKey: useSandbox ? e.REFERRALROCK_SANDBOX_PUBLIC_KEY : e.REFERRALROCK_PUBLIC_KEY!,
      privateKey: useSandbox ? e.REFERRALROCK_SANDBOX_PRIVATE_KEY : e.REFERRALROCK_PRIVATE_KEY!,
      timeoutMs: e.REFERRALROCK_TIMEOUT_MS,
      memberNoteSlot: e.REFERRALROCK_MEMBER_NOTE_SLOT,
      unsubscribeEmail: e.REFERRALROCK_UNSUBSCRIBE_EMAIL,
      directoryTtlSeconds: e.REFERRALROCK_DIRECTORY_TTL_SECONDS,
      directory: {
        mode: e.REFERRALROCK_DIRECTORY,
        host: e.RECORD_INDEX_HOST,
        port: e.RECORD_INDEX_PORT,
        publicUrl: e.RECORD_INDEX_PUBLIC_URL ?? null,
        hookSecret: e.RECORD_INDEX_HOOK_SECRET ?? null,
        reconcileSeconds: e.RECORD_INDEX_RECONCILE_SECONDS,
        reloadHours: e.RECORD_INDEX_RELOAD_HOURS,
        stateFile: path.join(dataDir, `record-index-hooks-${e.RECORD_INDEX_PORT}.json`),
      },
    },
    sandbox: {
      host: e.SANDBOX_HOST,
      port: e.SANDBOX_PORT,
      seedPath: path.resolve(e.SANDBOX_SEED),
      publicKey: e.REFERRALROCK_SANDBOX_PUBLIC_KEY,
      privateKey: e.REFERRALROCK_SANDBOX_PRIVATE_KEY,
    },
    policy: policy.data!,
    classifier: classifierConfigFrom(e),
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
