/** What the benches share: a percentile of sorted samples and figures rounded for their JSON line. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Two decimals. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;
