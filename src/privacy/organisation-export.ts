import { strToU8, zipSync, type Zippable } from 'fflate';

/** The name of the one JSON file in the export ZIP; the invoices' PDF and UBL files lie beside it. */
export const EXPORT_JSON_NAME = 'gegevens.json';

export interface ExportDocument {
  /** Such as `facturen/factuur-2026-00042.pdf`. */
  path: string;
  body: Buffer | string;
}

/** "WZC De Linde" on 30 November 2026 gives `satelliet-gegevens-wzc-de-linde-2026-11-30.zip`: ASCII, so every browser keeps it. */
export function exportFileName(organisationName: string, brusselsDay: string): string {
  const slug = organisationName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `satelliet-gegevens-${slug || 'organisatie'}-${brusselsDay}.zip`;
}

/** One JSON file with everything, plus the documents as issued; a fixed timestamp keeps the archive reproducible per content. */
export function packExport(data: unknown, documents: readonly ExportDocument[], at: Date): Uint8Array {
  const files: Zippable = { [EXPORT_JSON_NAME]: strToU8(JSON.stringify(data, null, 2)) };
  for (const document of documents) {
    files[document.path] = typeof document.body === 'string' ? strToU8(document.body) : new Uint8Array(document.body);
  }
  return zipSync(files, { level: 6, mtime: at });
}
