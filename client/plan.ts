/**
 * `npm run plan -- <webhook-body.json> [--referralrock-seed <seed.json>]`
 *
 * Reads one canonical webhook body (the `call.completed` envelope or its `data` object alone),
 * matches against the configured ReferralRock (or a seed file), writes nothing, and prints the plan
 * as one JSON object on stdout. Bad input: a clear message on stderr and a non-zero exit.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { CALL_COMPLETED, formatFieldErrors, parseCanonicalBody } from '../domain/canonicalEvent';
import { decideCall } from '../domain/decide';
import { createClassifier } from '../integrations/classifiers';
import type { RecordDirectory } from '../domain/records';
import { directoryFromSeed } from '../integrations/referralrock/seedDirectory';
import { createReferralRockClient } from '../integrations/referralrock/client';
import { createReferralRockDirectory } from '../integrations/referralrock/directory';

const USAGE = 'usage: npm run plan -- <webhook-body.json> [--referralrock-seed <seed.json>]';

export class UsageError extends Error {}

export function parseArgs(argv: string[]): { bodyPath: string; seedPath: string | null } {
  let bodyPath: string | null = null;
  let seedPath: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--referralrock-seed') {
      seedPath = argv[++i] ?? null;
      if (!seedPath) throw new UsageError(`--referralrock-seed needs a file\n${USAGE}`);
    } else if (a.startsWith('--referralrock-seed=')) {
      seedPath = a.slice('--referralrock-seed='.length);
    } else if (a === '-h' || a === '--help') {
      throw new UsageError(USAGE);
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}\n${USAGE}`);
    } else if (!bodyPath) {
      bodyPath = a;
    } else {
      throw new UsageError(`unexpected argument ${a}\n${USAGE}`);
    }
  }
  if (!bodyPath) throw new UsageError(USAGE);
  return { bodyPath, seedPath };
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let sandboxHint = '';
  try {
    const { bodyPath, seedPath } = parseArgs(argv);
    const parsed = parseCanonicalBody(readJson(bodyPath, 'webhook body'));
    if (!parsed.ok) {
      process.stderr.write(`invalid webhook body ${bodyPath}:\n${formatFieldErrors(parsed.errors)}\n`);
      return 2;
    }
    if (parsed.type !== CALL_COMPLETED) {
      process.stderr.write(`event type "${parsed.type}" is not handled (only ${CALL_COMPLETED} produces a plan)\n`);
      return 2;
    }
    const config = loadConfig();
    sandboxHint = !seedPath && config.referralRock.sandbox ? ` (is the ReferralRock sandbox running at ${config.referralRock.baseUrl}? start it with \`npm run sandbox\`, or pass --referralrock-seed <seed.json>)` : '';
    let directory: RecordDirectory;
    if (seedPath) {
      directory = directoryFromSeed(readJson(seedPath, 'ReferralRock seed'), { memberNoteSlot: config.referralRock.memberNoteSlot });
    } else {
      directory = createReferralRockDirectory(createReferralRockClient(config.referralRock), config.referralRock, config.policy.programId ?? undefined);
    }
    const plan = await decideCall(parsed.call, directory, config.policy, createClassifier(config.classifier));
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`plan failed: ${message}${/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|unreachable/i.test(message) ? sandboxHint : ''}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
