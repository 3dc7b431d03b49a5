/**
 * Money as text, from integer cents with integer arithmetic only: a float never touches an
 * amount on its way to a document.
 */
function splitCents(cents: number): { sign: string; euros: string; rest: string } {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be an integer, got ${cents}`);
  const magnitude = Math.abs(cents);
  return {
    sign: cents < 0 ? '-' : '',
    euros: String(Math.floor(magnitude / 100)),
    rest: String(magnitude % 100).padStart(2, '0'),
  };
}

/** 123450 → "1234.50", the decimal form UBL amounts take. */
export function decimalAmount(cents: number): string {
  const { sign, euros, rest } = splitCents(cents);
  return `${sign}${euros}.${rest}`;
}

/** 123450 → "€ 1.234,50", the way Flemish documents show money. */
export function formatEuro(cents: number): string {
  const { sign, euros, rest } = splitCents(cents);
  const grouped = euros.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${sign === '-' ? '- ' : ''}€ ${grouped},${rest}`;
}
