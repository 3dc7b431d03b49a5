import { isValidEnterpriseNumber, normaliseEnterpriseNumber } from './enterprise-number.js';

/** BE 0799.000.183 → BE0799000183; the way the VAT number is stored and put on invoices. */
export function normaliseVatNumber(input: string): string {
  return input.replace(/[\s.]/g, '').toUpperCase();
}

/** A Belgian VAT number is "BE" and the enterprise number, so it passes the same mod-97 check. */
export function isValidBelgianVatNumber(input: string): boolean {
  const vat = normaliseVatNumber(input);
  return /^BE[01]\d{9}$/.test(vat) && isValidEnterpriseNumber(vat.slice(2));
}

/** The VAT number of a Belgian enterprise is its own enterprise number: a different one is a typing error. */
export function vatNumberBelongsTo(vatNumber: string, enterpriseNumber: string): boolean {
  return normaliseVatNumber(vatNumber).slice(2) === normaliseEnterpriseNumber(enterpriseNumber);
}

/** BE68 5390 0754 7034 → BE68539007547034. */
export function normaliseIban(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/**
 * ISO 13616: move the country code and check digits to the end, turn letters into 10–35, and
 * the number modulo 97 must be 1. Belgian IBANs are 16 characters long.
 */
export function isValidIban(input: string): boolean {
  const iban = normaliseIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('BE') && iban.length !== 16) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n;
}

/** What invoices need from the operator and a reader can name. */
export interface OperatorInvoiceDetails {
  name: string | null;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  iban: string | null;
}

const LABELS: Record<keyof OperatorInvoiceDetails, string> = {
  name: 'naam',
  enterpriseNumber: 'ondernemingsnummer',
  vatNumber: 'btw-nummer',
  iban: 'IBAN',
};

/** The details an invoice cannot go without, in Dutch, in the order the admin page asks them. */
export function missingOperatorDetails(operator: OperatorInvoiceDetails | undefined): string[] {
  return (Object.keys(LABELS) as (keyof OperatorInvoiceDetails)[])
    .filter((key) => !operator?.[key]?.trim())
    .map((key) => LABELS[key]);
}

/** The sentence the invoicing refusal and the admin banner share. */
export function missingOperatorSentence(missing: readonly string[]): string {
  return (
    `Facturen kunnen pas uitgaan als de gegevens van de operator volledig zijn. Nog in te vullen: ${missing.join(', ')}. ` +
    'Een admin vult ze in op /beheer/organisatie.'
  );
}
