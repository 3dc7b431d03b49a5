/**
 * CSV that Dutch-language Excel opens with a double click: semicolons (its list separator
 * in nl-BE), CRLF line ends and a UTF-8 byte-order mark so accents survive.
 */
type Cell = string | number | null;

/** Excel runs a cell that starts like this as a formula (CSV injection), unless it is a plain number. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(,\d+)?$/;

export function toExcelCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  const lines = [header, ...rows].map((row) => row.map(excelCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A name like `=HYPERLINK(…)` typed by a satellite would run when finance opens the export; a
 * leading apostrophe makes Excel show it as text, which is what it is.
 */
function excelCell(value: Cell): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
