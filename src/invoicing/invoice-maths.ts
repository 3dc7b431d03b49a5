/**
 * Invoice arithmetic in integer euro cents.
 *
 * Rounding rule: each line's net is quantity × unit price (exact, in cents); its VAT is
 * net × rate / 100 rounded half up to the cent, where "up" means away from zero, so that a
 * reversed line rounds to exactly minus the original. Every total is a plain sum of line
 * amounts, so totals equal the sum of their lines to the cent and a credit note reverses its
 * invoice exactly. The per-rate VAT subtotal is the sum of its lines' VAT too; it may differ
 * from rounding the rate's taxable amount once by at most half a cent per line, well inside
 * the one-unit tolerance of EN 16931 rule BR-CO-17.
 */
export interface InvoiceLine {
  description: string;
  /** Whole units (screens, sign-ons); negative only on the signed lines of a credit note. */
  quantity: number;
  unitPriceCents: number;
  vatRatePercent: number;
}

export interface CalculatedLine extends InvoiceLine {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export interface VatSubtotal {
  vatRatePercent: number;
  taxableCents: number;
  vatCents: number;
}

export interface InvoiceTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** One entry per VAT rate, highest rate first. */
  vatSubtotals: VatSubtotal[];
}

export interface InvoiceCalculation {
  lines: CalculatedLine[];
  totals: InvoiceTotals;
}

/** Cents and Belgian rates (21, 12, 6, 0 %) are whole numbers; a fraction here is a bug upstream. */
function assertWholeAmounts(line: InvoiceLine): void {
  for (const field of ['quantity', 'unitPriceCents', 'vatRatePercent'] as const) {
    if (!Number.isSafeInteger(line[field])) throw new RangeError(`${field} must be an integer, got ${line[field]}`);
  }
  if (line.unitPriceCents < 0 || line.vatRatePercent < 0 || line.vatRatePercent > 100) {
    throw new RangeError(`unit price and VAT rate must be non-negative, got ${JSON.stringify(line)}`);
  }
}

/** numerator / divisor rounded half away from zero, in integers only. */
export function divideRoundingHalfAwayFromZero(numerator: number, divisor: number): number {
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / divisor);
  const rounded = (magnitude % divisor) * 2 >= divisor ? quotient + 1 : quotient;
  // 0 - x rather than -x, so that a zero stays +0 and compares equal everywhere.
  return numerator < 0 ? 0 - rounded : rounded;
}

export function calculateLine(line: InvoiceLine): CalculatedLine {
  assertWholeAmounts(line);
  const netCents = line.quantity * line.unitPriceCents;
  if (!Number.isSafeInteger(netCents * line.vatRatePercent)) throw new RangeError('line amount too large');
  const vatCents = divideRoundingHalfAwayFromZero(netCents * line.vatRatePercent, 100);
  return { ...line, netCents, vatCents, grossCents: netCents + vatCents };
}

export function calculateInvoice(lines: readonly InvoiceLine[]): InvoiceCalculation {
  const calculated = lines.map(calculateLine);
  const byRate = new Map<number, VatSubtotal>();
  for (const line of calculated) {
    const subtotal = byRate.get(line.vatRatePercent) ?? { vatRatePercent: line.vatRatePercent, taxableCents: 0, vatCents: 0 };
    subtotal.taxableCents += line.netCents;
    subtotal.vatCents += line.vatCents;
    byRate.set(line.vatRatePercent, subtotal);
  }
  const sum = (pick: (line: CalculatedLine) => number) => calculated.reduce((total, line) => total + pick(line), 0);
  return {
    lines: calculated,
    totals: {
      netCents: sum((l) => l.netCents),
      vatCents: sum((l) => l.vatCents),
      grossCents: sum((l) => l.grossCents),
      vatSubtotals: [...byRate.values()].sort((a, b) => b.vatRatePercent - a.vatRatePercent),
    },
  };
}

/**
 * The signed lines a full credit note books against an invoice: the same lines with the
 * quantity negated. The credit-note document itself shows them positive (UBL CreditNote and
 * Belgian practice do); these signed lines are for balances and refunds due.
 */
export function reverseLines(lines: readonly InvoiceLine[]): InvoiceLine[] {
  return lines.map((line) => ({ ...line, quantity: 0 - line.quantity }));
}
