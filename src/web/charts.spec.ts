import fc from 'fast-check';
import { BARS, countBars, marginGauge, resultBars } from './charts.js';

describe('grafieken voor het financiële overzicht', () => {
  it('de meter staat leeg zonder verlies en halfvol bij de helft van de marge', () => {
    expect(marginGauge(-800000, 0)).toMatchObject({ usedPath: null, fraction: 0, exceeded: false });
    const half = marginGauge(-800000, 400000);
    expect(half.fraction).toBe(0.5);
    expect(half.usedPath).toBe('M20,100 A80,80 0 0 1 100,20');
  });

  it('de meter staat vol en meldt overschrijding boven de goedgekeurde marge', () => {
    expect(marginGauge(-800000, 800000)).toMatchObject({
      fraction: 1,
      exceeded: false,
      usedPath: 'M20,100 A80,80 0 0 1 180,100',
    });
    expect(marginGauge(-800000, 900000)).toMatchObject({ fraction: 1, exceeded: true });
    expect(marginGauge(0, 1)).toMatchObject({ fraction: 1, exceeded: true });
  });

  it('een telling groeit van links, en de grootste vult de rij', () => {
    expect(countBars([4, 2, 0], (n) => n).map(({ x, width }) => ({ x, width }))).toEqual([
      { x: 0, width: BARS.width },
      { x: 0, width: BARS.width / 2 },
      { x: 0, width: 0 },
    ]);
    expect(countBars([0, 0], (n) => n).every((bar) => bar.width === 0)).toBe(true);
  });

  it('een verlies groeit links van de nullijn, een winst rechts, en de grootste vult zijn helft', () => {
    const bars = resultBars([-200000, 100000, 0], (cents) => cents);
    expect(bars.map(({ x, width }) => ({ x, width }))).toEqual([
      { x: BARS.zeroX - BARS.halfWidth, width: BARS.halfWidth },
      { x: BARS.zeroX, width: BARS.halfWidth / 2 },
      { x: BARS.zeroX, width: 0 },
    ]);
  });

  it('geen balk valt ooit buiten de tekening', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e10, max: 1e10 }), { maxLength: 30 }), (results) => {
        for (const bar of resultBars(results, (cents) => cents)) {
          expect(bar.x).toBeGreaterThanOrEqual(BARS.zeroX - BARS.halfWidth - 0.01);
          expect(bar.x + bar.width).toBeLessThanOrEqual(BARS.zeroX + BARS.halfWidth + 0.01);
        }
      }),
    );
  });
});
