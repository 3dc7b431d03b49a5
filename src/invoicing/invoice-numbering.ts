import { type DocumentKey, type DocumentKind, isValidDocumentKey } from './invoicing-series.js';

/**
 * Printed document numbers: `2026-00042` for invoices and `CN-2026-00003` for credit notes
 * (creditnota). The year comes first so numbers sort by issue, and the prefix keeps the two
 * series apart at a glance and for the accountant's import.
 */
const PREFIX: Record<DocumentKind, string> = { invoice: '', 'credit-note': 'CN-' };

export function formatDocumentNumber(key: DocumentKey): string {
  if (!isValidDocumentKey(key)) throw new RangeError(`no document number for ${JSON.stringify(key)}`);
  return `${PREFIX[key.kind]}${key.year}-${String(key.sequence).padStart(5, '0')}`;
}

export function parseDocumentNumber(input: string): DocumentKey | null {
  const match = /^(CN-)?(\d{4})-(\d{5})$/i.exec(input.trim());
  if (!match) return null;
  const key: DocumentKey = { kind: match[1] ? 'credit-note' : 'invoice', year: Number(match[2]), sequence: Number(match[3]) };
  return isValidDocumentKey(key) ? key : null;
}

/**
 * Takes the next number of a series inside the issuing transaction and returns it as
 * `sequence`. Parameters: $1 the kind ('invoice' | 'credit-note'), $2 the calendar year.
 *
 * The upsert row-locks the counter of (kind, year) until the transaction ends, exactly as
 * `SELECT … FOR UPDATE` followed by an UPDATE would, but also creates the first counter of a
 * year without a race. Concurrent issuers therefore queue on that row; a rolled-back issue
 * also rolls back its increment, so the series has no gaps and no duplicates. Run it as the
 * last statement before inserting the document so the lock is held briefly.
 *
 * Expected table (the lead's migration owns it):
 *   CREATE TABLE document_number_counters (
 *     kind text NOT NULL, year integer NOT NULL, last_sequence integer NOT NULL,
 *     PRIMARY KEY (kind, year));
 */
export const NEXT_DOCUMENT_SEQUENCE_SQL = `
INSERT INTO document_number_counters (kind, year, last_sequence)
VALUES ($1, $2, 1)
ON CONFLICT (kind, year) DO UPDATE SET last_sequence = document_number_counters.last_sequence + 1
RETURNING last_sequence AS sequence`;
