/**
 * Per-reviewer sign-in tokens, so a decision records who made it rather than a name typed into a
 * box. A token is `rvw_<id>_<secret>`: the id finds the row, the secret (256 random bits) is kept
 * only as its SHA-256 (a secret that long needs no slow hash), compared in constant time. Tokens
 * expire (default 90 days) and are revoked at once: every request re-reads the row, so a revoked
 * token, and every session signed in with it, stops working on the next click.
 *
 * SQLite (better-sqlite3, `REVIEWERS_DB`, default DATA_DIR/reviewers.sqlite): the CLI writes, the
 * intake reads.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import { serviceErrorClass } from '../serviceError';
import { openSqliteFile } from '../sqliteFile';

export type ReviewerErrorCode = 'invalid_request' | 'not_found';
export const ReviewerError = serviceErrorClass<ReviewerErrorCode>('ReviewerError');
export type ReviewerError = InstanceType<typeof ReviewerError>;

export interface Reviewer {
  id: string;
  name: string;
}

export interface ReviewerRow extends Reviewer {
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export const DEFAULT_TOKEN_DAYS = 90;
const TOKEN = /^rvw_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const digest = (secret: string) => createHash('sha256').update(secret).digest();

export class ReviewerTokens {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openSqliteFile(
      file,
      `CREATE TABLE IF NOT EXISTS reviewers (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, secret_sha256 BLOB NOT NULL,
        created_at TEXT NOT NULL, expires_at TEXT, revoked_at TEXT, last_used_at TEXT)`,
    );
  }

  /** A new token for `name`; the token is shown once and never stored. */
  add(name: string, opts: { days?: number | null; now?: Date } = {}): Reviewer & { token: string; expiresAt: string | null } {
    const clean = name.trim();
    if (!clean || clean.length > 200) throw new ReviewerError('invalid_request', 'a reviewer needs a name of 1 to 200 characters');
    const days = opts.days === undefined ? DEFAULT_TOKEN_DAYS : opts.days;
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) throw new ReviewerError('invalid_request', 'a token lasts 1 to 3650 days');
    const now = opts.now ?? new Date();
    const id = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = days === null ? null : new Date(now.getTime() + days * 86_400_000).toISOString();
    this.db.prepare('INSERT INTO reviewers (id, name, secret_sha256, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(id, clean, digest(secret), now.toISOString(), expiresAt);
    return { id, name: clean, token: `rvw_${id}_${secret}`, expiresAt };
  }

  /** The reviewer a presented token belongs to, if it is theirs, unexpired and unrevoked. */
  verify(token: string, now: Date = new Date()): Reviewer | null {
    const m = TOKEN.exec(token);
    if (!m) return null;
    const row = this.db.prepare('SELECT id, name, secret_sha256 AS hash FROM reviewers WHERE id = ?').get(m[1]) as { id: string; name: string; hash: Buffer } | undefined;
    if (!row || !timingSafeEqual(digest(m[2]), row.hash)) return null;
    if (!this.active(row.id, now)) return null;
    this.db.prepare('UPDATE reviewers SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.id);
    return { id: row.id, name: row.name };
  }

  /** The reviewer behind a session, while their token is neither expired nor revoked. */
  active(id: string, now: Date = new Date()): Reviewer | null {
    const row = this.db.prepare('SELECT id, name, expires_at AS expiresAt, revoked_at AS revokedAt FROM reviewers WHERE id = ?').get(id) as
      | { id: string; name: string; expiresAt: string | null; revokedAt: string | null }
      | undefined;
    if (!row || row.revokedAt || (row.expiresAt && Date.parse(row.expiresAt) <= now.getTime())) return null;
    return { id: row.id, name: row.name };
  }

  list(): ReviewerRow[] {
    return this.db
      .prepare('SELECT id, name, created_at AS createdAt, expires_at AS expiresAt, revoked_at AS revokedAt, last_used_at AS lastUsedAt FROM reviewers ORDER BY created_at, id')
      .all() as ReviewerRow[];
  }

  /** Revokes by id, or every token of a name; how many were revoked. */
  revoke(idOrName: string, now: Date = new Date()): number {
    const r = this.db.prepare('UPDATE reviewers SET revoked_at = ? WHERE revoked_at IS NULL AND (id = ? OR name = ?)').run(now.toISOString(), idOrName, idOrName);
    if (r.changes === 0) throw new ReviewerError('not_found', `no active reviewer token with id or name ${idOrName}`);
    return r.changes;
  }

  close(): void {
    this.db.close();
  }
}
