/**
 * Integer-cent arithmetic for the break-even maths. Every step is checked to stay a safe
 * integer, so a figure is either exact to the cent or an error, never a silently rounded float.
 */

export function assertCents(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} moet een geheel getal zijn, niet ${value}`);
  return value;
}

export function assertNonNegative(value: number, what: string): number {
  if (assertCents(value, what) < 0) throw new RangeError(`${what} mag niet negatief zijn, niet ${value}`);
  return value;
}

/** Sums amounts or counts, failing rather than losing a cent past Number.MAX_SAFE_INTEGER. */
export function exactSum(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum = assertCents(sum + assertCents(value, 'een term'), 'een som');
  return sum;
}

export function exactProduct(cents: number, count: number): number {
  return assertCents(cents * count, 'een product');
}

/** ⌈dividend / divisor⌉ for a non-negative dividend; BigInt because a float quotient can round onto an integer. */
export function divideRoundingUp(dividend: number, divisor: number): number {
  assertNonNegative(dividend, 'het deeltal');
  if (assertCents(divisor, 'de deler') <= 0) throw new RangeError('de deler moet positief zijn');
  return Number((BigInt(dividend) + BigInt(divisor) - 1n) / BigInt(divisor));
}

/** dividend / divisor to the nearest integer, a half up, for a non-negative dividend; BigInt for the same reason. */
export function divideRoundingHalfUp(dividend: number, divisor: number): number {
  assertNonNegative(dividend, 'het deeltal');
  if (assertCents(divisor, 'de deler') <= 0) throw new RangeError('de deler moet positief zijn');
  return Number((2n * BigInt(dividend) + BigInt(divisor)) / (2n * BigInt(divisor)));
}

/** ⌊cents × numerator / denominator⌋ for non-negative values, without an intermediate product that could overflow. */
export function scaleRoundingDown(cents: number, numerator: number, denominator: number): number {
  assertNonNegative(cents, 'het bedrag');
  assertNonNegative(numerator, 'de teller');
  if (assertCents(denominator, 'de noemer') <= 0) throw new RangeError('de noemer moet positief zijn');
  return assertCents(Number((BigInt(cents) * BigInt(numerator)) / BigInt(denominator)), 'een deel');
}
