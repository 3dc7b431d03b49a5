import fc from 'fast-check';
import {
  chargeableOnline,
  checkoutAmount,
  checkoutIdempotencyKey,
  checkoutSessionExpiry,
  refundIdempotencyKey,
} from './checkout-rules.js';

describe('bedrag van een online betaling', () => {
  it.each([
    [9500, 6, 570, 10070],
    [25000, 6, 1500, 26500],
    [25, 6, 2, 27], // 1,5 cent btw: half rondt naar boven
    [50, 21, 11, 61], // 10,5 cent btw
    [3, 21, 1, 4], // 0,63 cent btw
    [1, 21, 0, 1], // 0,21 cent btw
    [12345, 0, 0, 12345],
    [0, 21, 0, 0],
  ])('rekent %i cent aan %i %% btw om naar %i cent btw en %i cent te betalen', (net, rate, vat, gross) => {
    expect(checkoutAmount(net, rate)).toEqual({ netCents: net, vatRatePercent: rate, vatCents: vat, grossCents: gross });
  });

  it('wijkt nooit meer dan een halve cent af van de exacte btw, en rondt de helft naar boven', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(0, 6, 12, 21), (net, rate) => {
        const { vatCents, grossCents } = checkoutAmount(net, rate);
        const errorInHundredths = vatCents * 100 - net * rate;
        expect(errorInHundredths).toBeGreaterThan(-50);
        expect(errorInHundredths).toBeLessThanOrEqual(50);
        expect(grossCents).toBe(net + vatCents);
        expect(Number.isSafeInteger(grossCents)).toBe(true);
      }),
    );
  });

  it('weigert gebroken of negatieve bedragen en tarieven', () => {
    expect(() => checkoutAmount(10.5, 6)).toThrow(RangeError);
    expect(() => checkoutAmount(-1, 6)).toThrow(RangeError);
    expect(() => checkoutAmount(100, 5.5)).toThrow(RangeError);
    expect(() => checkoutAmount(100, 101)).toThrow(RangeError);
    expect(() => checkoutAmount(Number.MAX_SAFE_INTEGER, 21)).toThrow(RangeError);
  });
});

describe('welk aandeel Stripe kan aanrekenen', () => {
  it.each([
    [0, 21, false], // niets te betalen
    [46, 6, false], // 46 + 2,76 → 49 cent met btw: onder Stripes minimum van € 0,50
    [47, 6, true], // 47 + 2,82 → 50 cent
    [40, 21, false], // 40 + 8,4 → 48 cent
    [41, 21, true], // 41 + 8,61 → 50 cent
    [49, 0, false],
    [50, 0, true],
  ])('%i cent excl. %i %% btw: online %s', (net, rate, expected) => {
    expect(chargeableOnline(net, rate)).toBe(expected);
  });

  it('valt samen met het minimum van Stripe op het bedrag met btw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), fc.constantFrom(0, 6, 12, 21), (net, rate) => {
        expect(chargeableOnline(net, rate)).toBe(net > 0 && checkoutAmount(net, rate).grossCents >= 50);
      }),
    );
  });
});

describe('vervaltijd van een Stripe Checkout-sessie', () => {
  const now = new Date('2026-11-20T10:00:00.000Z');
  const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  it('volgt een vasthoudtijd die binnen het venster van Stripe valt', () => {
    expect(checkoutSessionExpiry(minutesLater(45), now)).toEqual(minutesLater(45));
  });

  it('houdt een sessie minstens 31 minuten open, ook bij een kortere vasthoudtijd', () => {
    expect(checkoutSessionExpiry(minutesLater(10), now)).toEqual(minutesLater(31));
    expect(checkoutSessionExpiry(minutesLater(30), now)).toEqual(minutesLater(31));
  });

  it('sluit een sessie ten laatste een minuut voor de 24 uur van Stripe', () => {
    expect(checkoutSessionExpiry(minutesLater(48 * 60), now)).toEqual(minutesLater(24 * 60 - 1));
  });

  it('rondt naar boven af op een hele seconde', () => {
    expect(checkoutSessionExpiry(new Date(minutesLater(45).getTime() + 1), now)).toEqual(
      new Date(minutesLater(45).getTime() + 1000),
    );
  });
});

describe('idempotentiesleutels voor Stripe', () => {
  it('noemen de intekening, de handeling en de poging', () => {
    expect(checkoutIdempotencyKey('5b1c', 1)).toBe('checkout:5b1c:1');
    expect(refundIdempotencyKey('5b1c', 2)).toBe('refund:5b1c:2');
  });

  it('weigeren een poging die geen geheel getal vanaf 1 is', () => {
    expect(() => checkoutIdempotencyKey('5b1c', 0)).toThrow(RangeError);
    expect(() => refundIdempotencyKey('5b1c', 1.5)).toThrow(RangeError);
  });
});
