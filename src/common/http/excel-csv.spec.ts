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

  it.each(['=HYPERLINK("https://evil.example";"klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1'])(
    'maakt van een cel die als formule begint (%s) gewone tekst',
    (name) => {
      const cell = toExcelCsv(['naam'], [[name]]).split('\r\n')[1];
      expect(cell.replace(/^"/, '').startsWith(`'${name.slice(0, 1)}`)).toBe(true);
    },
  );

  it('laat negatieve bedragen en getallen als getal staan', () => {
    expect(toExcelCsv(['bedrag', 'aantal'], [['-1234,50', -3]])).toBe('\uFEFFbedrag;aantal\r\n-1234,50;-3\r\n');
  });
});
