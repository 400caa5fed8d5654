/**
 * `npm run deadletter -- list | show <id> | replay <id> [--force] [--body-file <path>] | remove <id>`
 *
 * Works on the dead-letter directory directly (DATA_DIR/dead-letter), so it needs no running
 * intake; replay connects to Temporal itself and goes through the same processDelivery as a live
 * delivery. To fix a delivery, edit the `body` field of the file `show` names (or pass
 * --body-file), then replay: an edited body is started on the operator's authority, since no
 * sender signature can cover it; --force does the same for an unedited body whose signature no
 * longer verifies (the secret was rotated since).
 */
import { readFileSync } from 'node:fs';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { ConfigError, loadConfig, type Config } from '../config';
import { resolveFieldMap, FieldMapError } from '../integrations/dialnexa/fieldMap';
import { FileDeadLetterStore } from './deadLetter';
import { replayDeadLetter } from './replay';
import { TemporalCallStarter } from '../services/startCall';
import { connectTemporal } from '../services/connectTemporal';

const USAGE = `usage: npm run deadletter -- <command>
  list                                   every dead letter, oldest first
  show <id>                              one dead letter in full (headers, body, field errors) and its file
  replay <id> [--force] [--body-file f]  run it through the intake again and start its workflow
  remove <id>                            delete it`;

async function main(argv: string[]): Promise<number> {
  const [command, id, ...rest] = argv;
  const config = loadConfig();
  const store = new FileDeadLetterStore(config.intake.deadLetterDir);
  switch (command) {
    case 'list': {
      const entries = await store.list();
      if (!entries.length) {
        console.log(`no dead letters in ${config.intake.deadLetterDir}`);
        return 0;
      }
      for (const e of entries) {
        console.log(
          [e.id, e.receivedAt, e.endpoint, e.reason, e.callId ?? '-', `${e.fieldErrorCount} field error(s)`, `attempts ${e.attempts}`, `replays ${e.replays}`].join('  '),
        );
        if (e.message) console.log(`    ${e.message}`);
      }
      return 0;
    }
    case 'show': {
      const entry = id ? await store.get(id) : null;
      if (!entry) return notFound(id);
      console.log(JSON.stringify(entry, null, 2));
      console.log(`\nfile: ${store.locate(entry.id)}  (edit "body" to fix it, then replay)`);
      return 0;
    }
    case 'remove': {
      if (!id || !(await store.remove(id))) return notFound(id);
      console.log(`removed ${id}`);
      return 0;
    }
    case 'replay': {
      if (!id) return notFound(id);
      const force = rest.includes('--force');
      const bodyFile = rest[rest.indexOf('--body-file') + 1];
      const editedBody = rest.includes('--body-file') && bodyFile ? readFileSync(bodyFile) : undefined;
      return replay(config, store, id, { force, editedBody });
    }
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

async function replay(config: Config, store: FileDeadLetterStore, id: string, opts: { force: boolean; editedBody?: Buffer }): Promise<number> {
  const { client, close } = await connectTemporal(config);
  try {
    const region = (config.policy.defaultRegion ?? 'US').toUpperCase();
    const result = await replayDeadLetter(
      store,
      id,
      {
        config: config.intake,
        starter: new TemporalCallStarter(client, config.temporal.taskQueue),
        fieldMap: resolveFieldMap(config.intake.fieldMap).map,
        defaultRegion: isSupportedCountry(region) ? (region as CountryCode) : 'US',
      },
      opts,
    );
    if (!result) return notFound(id);
    console.log(JSON.stringify({ status: result.answer.statusCode, ...result.answer.body, signature: result.signature, removed: result.removed }, null, 2));
    return result.answer.statusCode < 300 ? 0 : 1;
  } finally {
    await close();
  }
}

function notFound(id: string | undefined): number {
  console.error(id ? `no dead letter ${id}` : USAGE);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError || err instanceof FieldMapError ? err.message : err);
    process.exit(1);
  },
);
