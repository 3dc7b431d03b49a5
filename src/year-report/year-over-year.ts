/** How a figure moved since the year before. */
export type Direction = 'higher' | 'lower' | 'equal';

export interface Comparison {
  previousYear: number;
  previous: number;
  direction: Direction;
}

/**
 * A figure against the same figure a year earlier. Null when the previous year has no data for
 * it: "lager dan in 2022" would then compare with nothing and mislead the reader.
 */
export function compareWithPreviousYear(current: number, previous: number | null, previousYear: number): Comparison | null {
  if (previous === null) return null;
  const direction: Direction = current > previous ? 'higher' : current < previous ? 'lower' : 'equal';
  return { previousYear, previous, direction };
}

/** "hoger dan in 2022", "lager dan in 2022", "gelijk aan 2022", or nothing without a comparison. */
export function comparisonWords(comparison: Comparison | null): string {
  if (!comparison) return '';
  switch (comparison.direction) {
    case 'higher':
      return `hoger dan in ${comparison.previousYear}`;
    case 'lower':
      return `lager dan in ${comparison.previousYear}`;
    case 'equal':
      return `gelijk aan ${comparison.previousYear}`;
  }
}
