/**
 * How many API requests the sandbox answered, per method and route (GET /_sandbox/requests), so a
 * bench can report ReferralRock requests per call: reads as well as the writes the write log keeps.
 * Counts /api routes only; cleared by POST /_sandbox/reset.
 */
export class RequestCounter {
  private readonly counts = new Map<string, number>();

  add(method: string, route: string): void {
    const key = `${method.toUpperCase()} ${route.toLowerCase()}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** `{ total, reads, writes, byRoute }`; a GET is a read, anything else a write. */
  summary(): { total: number; reads: number; writes: number; byRoute: Record<string, number> } {
    let reads = 0;
    let writes = 0;
    for (const [key, n] of this.counts) {
      if (key.startsWith('GET ')) reads += n;
      else writes += n;
    }
    return { total: reads + writes, reads, writes, byRoute: Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1])) };
  }

  clear(): void {
    this.counts.clear();
  }
}
