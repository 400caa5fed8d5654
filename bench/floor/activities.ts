/** The floor workflow's activity: returns at once, so only Temporal's own round trips are measured. */
export async function noop(i: number): Promise<number> {
  return i;
}
