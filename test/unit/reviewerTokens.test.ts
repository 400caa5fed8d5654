/**
 * Per-reviewer tokens on a real SQLite file: a token is shown once and kept only as a hash; it
 * names its reviewer until it expires or is revoked; a guessed or altered token names nobody.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ReviewerError, ReviewerTokens } from '../../services/reviewers/reviewerTokens';

let dir: string;
let file: string;
let tokens: ReviewerTokens;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reviewers-'));
  file = path.join(dir, 'reviewers.sqlite');
  tokens = new ReviewerTokens(file);
});
afterEach(() => {
  tokens.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a token names its reviewer; only its hash is kept', () => {
  const added = tokens.add('  Dana Reyes ');
  expect(added.token).toMatch(/^rvw_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  expect(tokens.verify(added.token)).toEqual({ id: added.id, name: 'Dana Reyes' });
  const secret = added.token.split('_').slice(2).join('_');
  const raw = new Database(file, { readonly: true });
  const dump = JSON.stringify(raw.prepare('SELECT * FROM reviewers').all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64url') : v));
  raw.close();
  expect(dump).not.toContain(secret);
  expect(tokens.list()[0]).toMatchObject({ id: added.id, name: 'Dana Reyes', revokedAt: null });
  expect(tokens.list()[0].lastUsedAt).not.toBeNull();
});

test('a guessed, altered or malformed token names nobody', () => {
  const { token } = tokens.add('Dana');
  const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
  for (const t of [altered, 'rvw_nope', '', `${token}x`, token.replace(/^rvw_[A-Za-z0-9]{12}/, 'rvw_AAAAAAAAAAAA')]) expect(tokens.verify(t)).toBeNull();
});

test('a token stops at its expiry, and at once when revoked (by id or by name)', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const short = tokens.add('Eve', { days: 1, now });
  expect(tokens.verify(short.token, new Date('2026-12-01T23:00:00Z'))?.name).toBe('Eve');
  expect(tokens.verify(short.token, new Date('2026-12-02T00:00:01Z'))).toBeNull();
  const a = tokens.add('Fay');
  const b = tokens.add('Fay', { days: null });
  expect(b.expiresAt).toBeNull();
  expect(tokens.revoke(a.id)).toBe(1);
  expect(tokens.verify(a.token)).toBeNull();
  expect(tokens.active(b.id)?.name).toBe('Fay');
  expect(tokens.revoke('Fay')).toBe(1);
  expect(tokens.active(b.id)).toBeNull();
  expect(() => tokens.revoke('Fay')).toThrow(ReviewerError);
  expect(() => tokens.add(' ')).toThrow(/name/);
  expect(() => tokens.add('Gil', { days: 0 })).toThrow(/1 to 3650 days/);
});
