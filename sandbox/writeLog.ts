/**
 * The log of accepted writes (GET /_sandbox/writes), oldest first, so tests and outside checks can
 * assert exactly what the service changed. Only writes the sandbox accepted (answered 2xx) are
 * logged; a refused write (4xx/5xx, faults, bad auth) never is. A bulk request is logged when at
 * least one of its items was applied (an all-failed bulk changed nothing, so it is not a write).
 */
export interface WriteEntry {
  at: string;
  method: string;
  /** The request path as sent (original casing), without the query string. */
  path: string;
  /** The query-string parameters (e.g. `shouldSendEmail`), `{}` when none. */
  query: Record<string, unknown>;
  body: unknown;
}

export class WriteLog {
  private entries: WriteEntry[] = [];

  record(entry: WriteEntry): void {
    this.entries.push(entry);
  }

  list(): WriteEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
