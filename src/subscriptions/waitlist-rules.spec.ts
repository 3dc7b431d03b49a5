import fc from 'fast-check';
import { SubscriptionStatus } from './subscription-status.js';
import { signOnsToPromote, statusForNewSignOn } from './waitlist-rules.js';

describe('wachtlijst', () => {
  it('bevestigt zolang er plaats is en zet daarna op de wachtlijst', () => {
    expect(statusForNewSignOn(2, 0)).toBe(SubscriptionStatus.Confirmed);
    expect(statusForNewSignOn(2, 1)).toBe(SubscriptionStatus.Confirmed);
    expect(statusForNewSignOn(2, 2)).toBe(SubscriptionStatus.Waitlisted);
    expect(statusForNewSignOn(2, 5)).toBe(SubscriptionStatus.Waitlisted);
  });

  it('houdt de plaats van wie online betaalt vast als pending_payment, maar enkel als er plaats is', () => {
    expect(statusForNewSignOn(2, 1, true)).toBe(SubscriptionStatus.PendingPayment);
    expect(statusForNewSignOn(2, 2, true)).toBe(SubscriptionStatus.Waitlisted);
    expect(statusForNewSignOn(null, 0, true)).toBe(SubscriptionStatus.PendingPayment);
  });

  it('bevestigt altijd als er geen maximum is', () => {
    expect(statusForNewSignOn(null, 10_000)).toBe(SubscriptionStatus.Confirmed);
  });

  it('laat de eersten op de wachtlijst doorschuiven, zoveel als er plaatsen vrij zijn', () => {
    expect(signOnsToPromote(5, 3, ['a', 'b', 'c'])).toEqual(['a', 'b']);
    expect(signOnsToPromote(5, 5, ['a'])).toEqual([]);
    expect(signOnsToPromote(5, 7, ['a'])).toEqual([]);
    expect(signOnsToPromote(null, 7, ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('vult nooit meer dan het maximum en slaat niemand over (eigenschap)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 120 }),
        fc.array(fc.integer(), { maxLength: 50 }),
        (capacity, taken, waiting) => {
          const promoted = signOnsToPromote(capacity, taken, waiting);
          expect(taken + promoted.length).toBeLessThanOrEqual(Math.max(capacity, taken));
          expect(promoted).toEqual(waiting.slice(0, promoted.length));
          if (promoted.length < waiting.length) expect(taken + promoted.length).toBeGreaterThanOrEqual(capacity);
        },
      ),
    );
  });
});
