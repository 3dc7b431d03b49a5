/**
 * CSV that Dutch-language Excel opens with a double click: semicolons (its list separator
 * in nl-BE), CRLF line ends and a UTF-8 byte-order mark so accents survive.
 */
type Cell = string | number | null;

export function toExcelCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  const cell = (value: Cell) => {
    const text = value === null ? '' : String(value);
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
