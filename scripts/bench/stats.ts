/** The p-th percentile (nearest rank) of some timings; 0 when there are none. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

/** Rounded to `digits` decimals, for reports. */
export function round(x: number, digits = 2): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}

/** The mean of some timings. */
export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Adds one pass's time to a page's list (per page, every pass: what the A/B scripts compare page by page). */
export function addPass(byPage: Map<string, number[]>, page: string, ms: number): void {
  byPage.set(page, [...(byPage.get(page) ?? []), ms]);
}
