/**
 * `npm run reviewers -- add <name> [--days N | --no-expiry] | list | revoke <id|name>`
 *
 * Per-reviewer sign-in tokens for the review, follow-up and insights pages and APIs: a decision
 * made with one records that reviewer's name, whatever a form says. `add` prints the token once
 * (only its hash is kept); `revoke` ends it, and every session signed in with it, at once. Works on
 * REVIEWERS_DB (default DATA_DIR/reviewers.sqlite), which the intake reads. Exit status: 0 done,
 * 1 refused, 2 wrong usage.
 */
import { loadConfig } from '../config';
import { DEFAULT_TOKEN_DAYS, ReviewerError, ReviewerTokens } from '../services/reviewers/reviewerTokens';
import { UsageError, parseCommandLine, runCli } from './cli';

const USAGE = `usage: npm run reviewers -- <command> [options]
  add <name> [--days N | --no-expiry]   a new token for a reviewer (default ${DEFAULT_TOKEN_DAYS} days); printed once
  list [--json]                         every token: id, name, created, expires, revoked, last used
  revoke <id|name>                      end a token (by name: all of that reviewer's) and its sessions`;

const OPTIONS = { days: { type: 'string' }, 'no-expiry': { type: 'boolean', default: false } } as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  const [command, arg, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!['add', 'list', 'revoke'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (command !== 'list' && !arg) throw new UsageError(`${command} needs ${command === 'add' ? 'a name' : 'an id or a name'}`);
  if (extra.length || (command === 'list' && arg)) throw new UsageError(`unexpected argument "${extra[0] ?? arg}"`);
  const days = values['no-expiry'] ? null : values.days === undefined ? undefined : Number(values.days);
  if (days !== undefined && days !== null && !Number.isInteger(days)) throw new UsageError('--days takes a whole number of days');

  const store = new ReviewerTokens(loadConfig().intake.reviewersDbFile);
  try {
    if (command === 'add') {
      const added = store.add(arg, { days });
      console.log(values.json ? JSON.stringify(added, null, 2) : `reviewer ${added.name} (id ${added.id}), ${added.expiresAt ? `expires ${added.expiresAt}` : 'no expiry'}\ntoken (shown once; sign in at /review?token=<token> or send it as a bearer token):\n${added.token}`);
    } else if (command === 'list') {
      const rows = store.list();
      console.log(
        values.json
          ? JSON.stringify({ reviewers: rows }, null, 2)
          : rows.length
            ? rows.map((r) => `${r.id}  ${r.name}  created ${r.createdAt}  ${r.revokedAt ? `REVOKED ${r.revokedAt}` : r.expiresAt ? `expires ${r.expiresAt}` : 'no expiry'}  last used ${r.lastUsedAt ?? 'never'}`).join('\n')
            : 'no reviewer tokens',
      );
    } else {
      const n = store.revoke(arg);
      console.log(`revoked ${n} token(s) of ${arg}`);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof ReviewerError)) throw err;
    console.error(`error: ${err.message}`);
    return 1;
  } finally {
    store.close();
  }
}

runCli(main, USAGE);
