/** One timed task: warmed up once, then run several times; the median stands for it. */
export interface Timing {
  readonly label: string;
  readonly median: number;
  readonly runs: readonly number[];
}

export async function measure(label: string, runs: number, task: () => unknown): Promise<Timing> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return { label, median: median(times), runs: times };
}

/** A stopwatch for consecutive phases: each call gives the milliseconds since the last one (or since it was made). */
export function laps(): () => number {
  let lap = performance.now();
  return () => {
    const now = performance.now();
    const spent = now - lap;
    lap = now;
    return spent;
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** `goal met` or `goal missed`, with the figure and the goal, for the printed summary. */
export function goal(what: string, value: number, target: number, better: "below" | "above"): string {
  const met = better === "below" ? value <= target : value >= target;
  return `${what}: ${value.toFixed(2)} (goal ${better === "below" ? "<=" : ">="} ${target}) — ${met ? "goal met" : "goal missed"}`;
}
