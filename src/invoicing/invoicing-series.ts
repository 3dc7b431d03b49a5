/**
 * The two gap-free series the operator numbers its documents in. Belgian VAT law (art. 53
 * §2 WBTW and the royal decree nr. 1) asks for one continuous series per kind; we restart
 * each series every calendar year (Europe/Brussels), which the law allows.
 */
export type DocumentKind = 'invoice' | 'credit-note';

/** Five digits in the printed number and the communication: far above the few hundred a year we issue. */
export const MAX_SEQUENCE = 99_999;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 9999;

export interface DocumentKey {
  kind: DocumentKind;
  year: number;
  sequence: number;
}

export function isValidDocumentKey({ year, sequence }: DocumentKey): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(sequence) &&
    sequence >= 1 &&
    sequence <= MAX_SEQUENCE
  );
}
