import { toExcelCsv } from './excel-csv.js';

describe('CSV voor Excel', () => {
  it('begint met een BOM, scheidt met puntkomma en eindigt regels op CRLF', () => {
    expect(toExcelCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa;b\r\n1;x\r\n');
  });

  it('zet velden met puntkomma, aanhalingstekens of regeleinden tussen aanhalingstekens', () => {
    expect(toExcelCsv(['naam'], [['WZC "De Linde"; Peer'], ['twee\nregels'], [null]])).toBe(
      '\uFEFFnaam\r\n"WZC ""De Linde""; Peer"\r\n"twee\nregels"\r\n\r\n',
    );
  });
});
