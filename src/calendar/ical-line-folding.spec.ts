import fc from 'fast-check';
import { foldLines } from 'ical-generator';

/**
 * ical-generator 10.2.0's own foldLines, before our patch (docs/patches/ical-generator+10.2.0.patch):
 * it measures every character with a new TextEncoder. The patch must fold every string exactly so.
 */
function foldLinesBeforePatch(input: string): string {
  return input
    .split('\r\n')
    .map((line) => {
      let result = '';
      let c = 0;
      for (let i = 0; i < line.length; i++) {
        let ch = line.charAt(i);
        if (ch >= '\ud800' && ch <= '\udbff') ch += line.charAt(++i);
        const charsize = new TextEncoder().encode(ch).length;
        c += charsize;
        if (c > 74) {
          result += '\r\n ';
          c = charsize;
        }
        result += ch;
      }
      return result;
    })
    .join('\r\n');
}

/** Code units that exercise every UTF-8 length, surrogate pairs and lone surrogates. */
const codeUnit = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0x80, max: 0x7ff }),
  fc.integer({ min: 0x800, max: 0xd7ff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0xe000, max: 0xffff }),
  fc.constant(0x0d0a),
);
const line = fc
  .array(codeUnit, { maxLength: 400 })
  .map((units) => units.map((unit) => (unit === 0x0d0a ? '\r\n' : String.fromCharCode(unit))).join(''));

describe('ical-generator line folding (patched)', () => {
  it('folds every string byte for byte as the unpatched library did', () => {
    fc.assert(
      fc.property(line, (input) => {
        expect(foldLines(input)).toBe(foldLinesBeforePatch(input));
      }),
      { numRuns: 500 },
    );
  });

  it('folds plain ASCII lines (cut every 74 characters) exactly as before', () => {
    const ascii = fc
      .array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength: 600 })
      .map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(fc.array(ascii, { maxLength: 4 }), (lines) => {
        const input = lines.join('\r\n');
        expect(foldLines(input)).toBe(foldLinesBeforePatch(input));
      }),
      { numRuns: 300 },
    );
  });

  it('folds a Dutch programme text with accents and emoji as before', () => {
    const description = `DESCRIPTION:${'Café-concert met Adamo — “C’est ma vie” 🎶 voor bewoners en hun familie. '.repeat(40)}`;
    expect(foldLines(description)).toBe(foldLinesBeforePatch(description));
  });

  it('runs the patched library (npm ci applies docs/patches through postinstall)', () => {
    expect(foldLines.toString()).not.toContain('TextEncoder');
  });
});
