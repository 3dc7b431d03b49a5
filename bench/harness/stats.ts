export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
}

/**
 * Runs every contender once per round, in turn, for `rounds` rounds. Alternating keeps a busy
 * neighbour on the machine from landing on one side only, so the ratios stay meaningful.
 */
export async function alternate<K extends string, R>(
  rounds: number,
  contenders: Record<K, () => Promise<R>>,
): Promise<Record<K, R[]>> {
  const names = Object.keys(contenders) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as R[]])) as Record<K, R[]>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) results[name].push(await contenders[name]());
  }
  return results;
}

/** `12.3 (11.8–13.0)`: median with min–max. */
export function formatSpread(values: readonly number[], digits = 0): string {
  const { min, median, max } = spread(values);
  return `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
}

/** Ratio of medians, and its range over the rounds paired as they ran. */
export function formatRatio(app: readonly number[], ceiling: readonly number[], digits = 2): string {
  const pairs = app.map((value, index) => value / ceiling[index]);
  return formatSpread(pairs, digits);
}
