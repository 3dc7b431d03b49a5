import { type DocumentKey, type DocumentKind, isValidDocumentKey } from './invoicing-series.js';

/**
 * Belgian structured communication (gestructureerde mededeling, OGM/VCS): twelve digits shown
 * as +++123/4567/89002+++. The last two digits are the first ten modulo 97, with 97 for a
 * remainder of 0, so that banks can reject a mistyped one.
 *
 * Every document gets one derived from its place in its series, so it is unique without a
 * lookup and a payment's communication leads straight back to the document:
 *
 *   base = YYYY · K · NNNNN   (year, kind digit 1 = invoice / 2 = credit note, sequence)
 *
 * e.g. invoice 2026-00042 → base 2026100042 → +++202/6100/04229+++. Since (kind, year,
 * sequence) is unique per document and this mapping is injective, so are the communications.
 */
export type StructuredCommunication = string;

const KIND_DIGIT: Record<DocumentKind, string> = { invoice: '1', 'credit-note': '2' };

export function checkDigits(base: string): string {
  if (!/^\d{10}$/.test(base)) throw new RangeError(`base must be ten digits, got "${base}"`);
  // Ten digits stay below 2^53, so plain integer arithmetic is exact.
  const remainder = Number(base) % 97;
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** The bare twelve digits for a ten-digit base. */
export function communicationFromBase(base: string): StructuredCommunication {
  return `${base}${checkDigits(base)}`;
}

export function communicationForDocument(key: DocumentKey): StructuredCommunication {
  if (!isValidDocumentKey(key)) throw new RangeError(`no communication for ${JSON.stringify(key)}`);
  return communicationFromBase(`${key.year}${KIND_DIGIT[key.kind]}${String(key.sequence).padStart(5, '0')}`);
}

/**
 * Reads what people and bank statements write: with or without +++ (or ***, which some banks
 * print), slashes and spaces. Returns the bare twelve digits, or null when it is not a valid one.
 */
export function parseStructuredCommunication(input: string): StructuredCommunication | null {
  const trimmed = input.trim();
  const inner = /^(\+{3}|\*{3})(.*)\1$/.exec(trimmed)?.[2] ?? trimmed;
  const digits = inner.replace(/[\s/]/g, '');
  return isValidStructuredCommunication(digits) ? digits : null;
}

/** True for twelve bare digits whose check digits match. */
export function isValidStructuredCommunication(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  return checkDigits(digits.slice(0, 10)) === digits.slice(10);
}

/** +++123/4567/89002+++, the form on invoices and in bank apps. */
export function formatStructuredCommunication(digits: StructuredCommunication): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/** Which document a paid communication belongs to, or null when it is not one of ours. */
export function documentKeyFromCommunication(input: string): DocumentKey | null {
  const digits = parseStructuredCommunication(input);
  if (digits === null) return null;
  const kind = (Object.keys(KIND_DIGIT) as DocumentKind[]).find((k) => KIND_DIGIT[k] === digits[4]);
  if (kind === undefined) return null;
  const key = { kind, year: Number(digits.slice(0, 4)), sequence: Number(digits.slice(5, 10)) };
  return isValidDocumentKey(key) ? key : null;
}
