/**
 * UBL amounts as text, from integer cents with integer arithmetic only: a float never touches
 * an amount on its way to a document. Amounts for people (PDF, mails) use formatEuroCents from
 * src/common/format/dutch-format.ts.
 */
export function decimalAmount(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be an integer, got ${cents}`);
  const magnitude = Math.abs(cents);
  const rest = String(magnitude % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}${Math.floor(magnitude / 100)}.${rest}`;
}
