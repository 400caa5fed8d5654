/**
 * The project's small SQLite files (the insights store, the reviewer tokens): opened the same way
 * everywhere: the folder made, WAL so one process writes while others read, and a busy wait
 * instead of an immediate "database is locked" when two write at once.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export function openSqliteFile(file: string, schema: string): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  return db;
}
