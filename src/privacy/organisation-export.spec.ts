import { strFromU8, unzipSync } from 'fflate';
import { EXPORT_JSON_NAME, exportFileName, packExport } from './organisation-export.js';

describe('exportFileName', () => {
  it('makes a Dutch, ASCII-only name from the organisation and the day', () => {
    expect(exportFileName('WZC Sint-Jozef & Zonnebloem', '2026-11-30')).toBe(
      'satelliet-gegevens-wzc-sint-jozef-zonnebloem-2026-11-30.zip',
    );
    expect(exportFileName('Cultuurcentrum Brühl – Œuvre', '2026-01-02')).toBe(
      'satelliet-gegevens-cultuurcentrum-bruhl-uvre-2026-01-02.zip',
    );
  });

  it('still names the file when nothing of the name is usable', () => {
    expect(exportFileName('’’', '2026-11-30')).toBe('satelliet-gegevens-organisatie-2026-11-30.zip');
  });
});

describe('packExport', () => {
  it('puts the data as JSON and each document under its path', () => {
    const zip = packExport(
      { organisation: { name: 'CC Peer' } },
      [{ path: 'facturen/factuur-1.xml', body: '<Invoice/>' }],
      new Date(),
    );
    const files = unzipSync(zip);
    expect(JSON.parse(strFromU8(files[EXPORT_JSON_NAME]))).toEqual({ organisation: { name: 'CC Peer' } });
    expect(strFromU8(files['facturen/factuur-1.xml'])).toBe('<Invoice/>');
  });
});
